//! Ctrl-C in the terminal front ends: caught while a prompt waits, so the caller can save, show
//! the cursor again, print its summary and exit 130 instead of dying mid-screen.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Ctrl-C while a prompt waits: the prompt library restores the terminal mode and raises SIGINT;
/// with this flag registered the process survives, and the prompt returns `Interrupted`.
pub struct CtrlC {
    hit: Arc<AtomicBool>,
    id: Option<signal_hook::SigId>,
}

impl CtrlC {
    /// Catches SIGINT until dropped.
    pub fn catch() -> CtrlC {
        let hit = Arc::new(AtomicBool::new(false));
        let id = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&hit)).ok();
        CtrlC { hit, id }
    }

    /// Whether Ctrl-C was pressed.
    pub fn hit(&self) -> bool {
        self.hit.load(Ordering::Relaxed)
    }
}

impl Drop for CtrlC {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            signal_hook::low_level::unregister(id);
        }
    }
}
