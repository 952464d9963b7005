//! What is billed as instance usage in each state, and per-second billing with its one-minute
//! minimum each time an instance starts.

use super::State;

/// Each start is billed at least this many seconds.
pub const MIN_BILLED_SECONDS: u64 = 60;

/// Whether instance usage is billed in `state`. `hibernating` says whether a `stopping`
/// instance is hibernating (the only case in which `stopping` is billed).
///
/// Attached EBS volumes (including the saved memory of a hibernated instance) and public IPv4
/// addresses are billed separately, whatever the state; this is about instance time only.
pub fn billed(state: State, hibernating: bool) -> bool {
    match state {
        State::Running => true,
        State::Stopping => hibernating,
        State::Pending | State::ShuttingDown | State::Terminated | State::Stopped => false,
    }
}

/// One event in an instance's running history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunEvent {
    /// The instance starts (or is launched): a new billing period begins.
    Start,
    /// It stays running this many seconds.
    Run(u64),
    /// It is rebooted: the billing period goes on.
    Reboot,
    /// It is stopped or terminated: the billing period ends.
    Stop,
}

/// A history that makes no sense (running while stopped, starting twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BillingError {
    /// `Run`, `Reboot` or `Stop` while the instance is not running (event index).
    #[error("event {0} needs a running instance")]
    NotRunning(usize),
    /// `Start` while the instance is already running (event index).
    #[error("event {0} starts an instance that is already running")]
    AlreadyRunning(usize),
}

/// Billed seconds of each billing period: per second, at least [`MIN_BILLED_SECONDS`] per start;
/// a reboot does not start a new period. Returns `(seconds run, seconds billed)` per period; a
/// period still open at the end is billed as if it stopped there.
pub fn billable_seconds(events: &[RunEvent]) -> Result<Vec<(u64, u64)>, BillingError> {
    let mut periods = Vec::new();
    let mut current: Option<u64> = None;
    for (index, event) in events.iter().enumerate() {
        match (*event, current) {
            (RunEvent::Start, None) => current = Some(0),
            (RunEvent::Start, Some(_)) => return Err(BillingError::AlreadyRunning(index)),
            (RunEvent::Run(secs), Some(ran)) => current = Some(ran.saturating_add(secs)),
            (RunEvent::Reboot, Some(_)) => {}
            (RunEvent::Stop, Some(ran)) => {
                periods.push((ran, ran.max(MIN_BILLED_SECONDS)));
                current = None;
            }
            (RunEvent::Run(_) | RunEvent::Reboot | RunEvent::Stop, None) => {
                return Err(BillingError::NotRunning(index));
            }
        }
    }
    if let Some(ran) = current {
        periods.push((ran, ran.max(MIN_BILLED_SECONDS)));
    }
    Ok(periods)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_table() {
        let table = [
            (State::Pending, false, false),
            (State::Running, true, true),
            (State::Stopping, false, true),
            (State::Stopped, false, false),
            (State::ShuttingDown, false, false),
            (State::Terminated, false, false),
        ];
        for (state, plain, hibernating) in table {
            assert_eq!(billed(state, false), plain, "{state}");
            assert_eq!(billed(state, true), hibernating, "{state} hibernating");
        }
    }

    #[test]
    fn per_second_with_a_minute_minimum_per_start() {
        use RunEvent::{Reboot, Run, Start, Stop};
        assert_eq!(billable_seconds(&[Start, Run(30), Stop]).unwrap(), vec![(30, 60)]);
        assert_eq!(billable_seconds(&[Start, Run(61), Stop]).unwrap(), vec![(61, 61)]);
        // A reboot keeps the period: 40 + 50 = 90, not 60 + 60.
        assert_eq!(billable_seconds(&[Start, Run(40), Reboot, Run(50), Stop]).unwrap(), vec![(90, 90)]);
        // Each start is a new period with its own minimum.
        assert_eq!(billable_seconds(&[Start, Run(10), Stop, Start, Run(10)]).unwrap(), vec![(10, 60), (10, 60)]);
        assert_eq!(billable_seconds(&[Start, Reboot, Stop]).unwrap(), vec![(0, 60)]);
    }

    #[test]
    fn nonsense_histories_are_errors() {
        use RunEvent::{Run, Start, Stop};
        assert_eq!(billable_seconds(&[Run(5)]), Err(BillingError::NotRunning(0)));
        assert_eq!(billable_seconds(&[Start, Start]), Err(BillingError::AlreadyRunning(1)));
        assert_eq!(billable_seconds(&[Start, Stop, Stop]), Err(BillingError::NotRunning(2)));
        assert_eq!(billable_seconds(&[Start, Run(u64::MAX), Run(5)]).unwrap(), vec![(u64::MAX, u64::MAX)]);
    }
}
