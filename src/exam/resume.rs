//! What leaving and resuming a mock exam means: how much exam time is used and left, and how
//! the items missed in a finished paper enter the study schedule. Pure: time comes in as Unix
//! seconds.

use std::collections::HashMap;

use crate::srs::{ItemState, Phase, Rating, Scheduler};

/// Exam time used at `now`. The timer only runs while the paper is open (`used_before` was
/// spent in earlier openings, this one began at `opened_at`); `strict` counts wall time since the
/// exam started instead, as a real test centre would.
pub fn used_secs(used_before: i64, opened_at: i64, started_at: i64, now: i64, strict: bool) -> i64 {
    if strict { (now - started_at).max(0) } else { used_before + (now - opened_at).max(0) }
}

/// Seconds left of `limit` (never negative); `None` without a timer.
pub fn left_secs(limit: Option<i64>, used: i64) -> Option<i64> {
    limit.map(|l| (l - used).max(0))
}

/// The schedules of the items missed in a finished paper: each counts as a lapse (rated Again)
/// at `now` and is due when the next study day begins, so tomorrow's session brings it back.
/// Items never studied enter their learning steps the same way.
#[allow(clippy::implicit_hasher)] // callers pass the store's map
pub fn schedule_missed(
    scheduler: &Scheduler,
    states: &HashMap<String, ItemState>,
    missed: &[&str],
    now: i64,
    next_day: i64,
    seed: u64,
) -> Vec<(String, ItemState)> {
    let mut once = std::collections::HashSet::new();
    missed
        .iter()
        .filter(|id| once.insert(**id))
        .map(|&id| {
            let before = states.get(id).cloned().unwrap_or_else(ItemState::new_item);
            let mut after = scheduler.review(&before, Rating::Again, now, seed, None).state;
            // A mock exam is not a study review: keep the count of reviews as it was.
            after.reps = before.reps;
            if after.phase == Phase::Review {
                after.phase = Phase::Relearning;
                after.step = 0;
                after.interval_days = 0;
            }
            after.due = next_day.max(now);
            (id.to_owned(), after)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srs::{Config, DAY};

    #[test]
    fn the_timer_stops_while_the_paper_is_closed_unless_strict() {
        // 20 minutes used before leaving; reopened two days later, 5 minutes in.
        let started = 1_000;
        let reopened = started + 2 * DAY;
        assert_eq!(used_secs(1200, reopened, started, reopened + 300, false), 1500);
        assert_eq!(used_secs(1200, reopened, started, reopened + 300, true), 2 * DAY + 300);
        assert_eq!(left_secs(Some(5400), 1500), Some(3900));
        assert_eq!(left_secs(Some(5400), 9999), Some(0));
        assert_eq!(left_secs(None, 9999), None);
    }

    #[test]
    fn missed_items_are_due_tomorrow_and_known_ones_lapse() {
        let scheduler = Scheduler::new(Config::default()).unwrap();
        let now = 100 * DAY;
        let tomorrow = 101 * DAY + 4 * 3600;
        let known = scheduler.review(&ItemState::new_item(), Rating::Easy, now - 30 * DAY, 1, None).state;
        let known = scheduler.review(&known, Rating::Good, now - 20 * DAY, 1, None).state;
        assert_eq!(known.phase, Phase::Review);
        let states = HashMap::from([("known".to_owned(), known.clone())]);
        let out = schedule_missed(&scheduler, &states, &["known", "fresh", "known"], now, tomorrow, 7);
        assert_eq!(out.len(), 2, "an item twice on the list is scheduled once");
        let (_, k) = &out[0];
        assert_eq!((k.phase, k.lapses, k.due, k.reps), (Phase::Relearning, known.lapses + 1, tomorrow, known.reps));
        assert!(k.memory.unwrap().stability < known.memory.unwrap().stability);
        let (_, f) = &out[1];
        assert_eq!((f.phase, f.due, f.lapses, f.reps), (Phase::Learning, tomorrow, 0, 0));
        assert!(f.memory.is_some());
    }
}
