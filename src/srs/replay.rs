//! Rebuilding an item's schedule from its review history, as `progress import` does: every review,
//! old and new, goes through the scheduler in time order, so imported and local reviews agree.

use super::{ItemState, Phase, Rating, Scheduler};

/// One review of a history, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastReview {
    /// Unix milliseconds.
    pub at_ms: i64,
    /// The rating given.
    pub rating: Rating,
    /// True when this review is new to the database (it will be written).
    pub fresh: bool,
}

/// What replaying one fresh review produced, for its review row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replayed {
    /// Unix milliseconds.
    pub at_ms: i64,
    /// The rating given.
    pub rating: Rating,
    /// The phase before the review.
    pub phase_before: Phase,
    /// Whole days since the previous review.
    pub elapsed_days: u32,
    /// The interval scheduled by this review, in days.
    pub interval_days: u32,
}

/// Replays `history` (sorted here by time) from a new item; returns the final state and the rows of
/// the fresh reviews. `seed(reps)` gives the fuzz seed of the review made after `reps` reviews, as in
/// a study session. Linear in the history's length.
pub fn replay(
    scheduler: &Scheduler,
    history: &mut [PastReview],
    seed: impl Fn(u32) -> u64,
) -> (ItemState, Vec<Replayed>) {
    history.sort_by_key(|r| r.at_ms);
    let mut state = ItemState::new_item();
    let mut rows = Vec::new();
    for review in history.iter() {
        let at = review.at_ms.div_euclid(1000);
        let before = state.phase;
        let reviewed = scheduler.review(&state, review.rating, at, seed(state.reps), None);
        if review.fresh {
            rows.push(Replayed {
                at_ms: review.at_ms,
                rating: review.rating,
                phase_before: before,
                elapsed_days: reviewed.elapsed_days,
                interval_days: reviewed.state.interval_days,
            });
        }
        state = reviewed.state;
    }
    (state, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srs::Config;

    fn review(at_ms: i64, rating: Rating, fresh: bool) -> PastReview {
        PastReview { at_ms, rating, fresh }
    }

    #[test]
    fn replay_sorts_and_returns_only_fresh_rows() {
        let scheduler = Scheduler::new(Config::default()).unwrap();
        let day = 86_400_000;
        let mut history =
            vec![review(3 * day, Rating::Good, true), review(0, Rating::Good, false), review(day, Rating::Again, true)];
        let (state, rows) = replay(&scheduler, &mut history, |_| 7);
        assert_eq!(state.reps, 3);
        assert_eq!(rows.iter().map(|r| r.at_ms).collect::<Vec<_>>(), vec![day, 3 * day]);
        assert_eq!(state.last_review, Some(3 * 86_400));
    }

    #[test]
    fn replay_equals_reviewing_one_by_one() {
        let scheduler = Scheduler::new(Config::default()).unwrap();
        let ratings = [Rating::Good, Rating::Good, Rating::Hard, Rating::Again, Rating::Good, Rating::Easy];
        let mut history: Vec<PastReview> =
            ratings.iter().enumerate().map(|(i, &r)| review(i as i64 * 2 * 86_400_000, r, true)).collect();
        let (replayed, _) = replay(&scheduler, &mut history, u64::from);
        let mut state = ItemState::new_item();
        for r in &history {
            state = scheduler.review(&state, r.rating, r.at_ms / 1000, u64::from(state.reps), None).state;
        }
        assert_eq!(replayed, state);
    }
}
