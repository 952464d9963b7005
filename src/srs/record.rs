//! What one review leaves behind, as the store records it and the session produces it.

use super::Phase;

/// One review to record.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRecord {
    /// Item id.
    pub item_id: String,
    /// Unix milliseconds.
    pub reviewed_at_ms: i64,
    /// Study day number.
    pub day: i64,
    /// 1–4.
    pub rating: u32,
    /// `study`, `cram` or `import`.
    pub mode: Mode,
    /// Phase before the review.
    pub phase_before: Phase,
    /// Graded right or wrong; `None` for self-rated cards.
    pub correct: Option<bool>,
    /// Days since the previous review.
    pub elapsed_days: u32,
    /// Interval scheduled by this review (days).
    pub interval_days: u32,
    /// Language shown.
    pub lang: Option<String>,
    /// The learner's answer as typed.
    pub answer: Option<String>,
    /// The exercise variant's seed.
    pub variant_seed: Option<u64>,
    /// Time to answer.
    pub duration_ms: Option<u64>,
}

/// How a review happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A scheduled study session.
    Study,
    /// A cram session (schedule untouched).
    Cram,
    /// Imported history.
    Import,
}

impl Mode {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Study => "study",
            Mode::Cram => "cram",
            Mode::Import => "import",
        }
    }
}
