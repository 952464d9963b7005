//! Exam-date rules for the daily loop: how many new items a day (never more than a humane cap,
//! none on exam day), whether intervals are still capped at the exam, and how new items lean
//! toward the weakest domains once readiness is known. Pure: days and recall come in as numbers.

/// New items a day that the exam pace may ask for at most, unless the learner saved a higher
/// limit: beyond this the reviews they bring a week later swamp a daily session.
pub const HUMANE_NEW_CAP: u32 = 40;

/// Items of the exam seen before readiness counts as known enough to lean on.
pub const LEAN_AFTER_SEEN: usize = 20;

/// Where today falls against the exam date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalPhase {
    /// Before exam day, with this many study days left (today included).
    Before(i64),
    /// Exam day: reviews only.
    ExamDay,
    /// The date has passed: the goal no longer shapes the schedule.
    Passed,
}

/// The phase of study day `today` for an exam on study day `exam_day`.
pub fn goal_phase(exam_day: i64, today: i64) -> GoalPhase {
    match exam_day - today {
        left if left > 0 => GoalPhase::Before(left),
        0 => GoalPhase::ExamDay,
        _ => GoalPhase::Passed,
    }
}

/// How today's new-item allowance was set under a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// The saved limit already covers the pace.
    Limit,
    /// Raised to the pace needed to see every unseen item in time.
    Raised {
        /// New items a day needed.
        pace: usize,
    },
    /// The pace needed is above the humane cap: capped, and some items will stay unseen.
    Capped {
        /// New items a day needed.
        pace: usize,
        /// What today allows.
        cap: u32,
    },
    /// Exam day: no new items.
    ExamDay,
}

/// Today's new-item allowance under a goal: the saved `limit`, raised toward the pace that sees
/// all `unseen` items before exam day but never above `max(limit, HUMANE_NEW_CAP)`, and zero on
/// exam day. After the date the limit applies unchanged.
pub fn new_allowance(limit: u32, unseen: usize, phase: GoalPhase) -> (u32, Pace) {
    let days_left = match phase {
        GoalPhase::ExamDay => return (0, Pace::ExamDay),
        GoalPhase::Passed => return (limit, Pace::Limit),
        GoalPhase::Before(days) => days,
    };
    let pace = unseen.div_ceil(days_left.max(1) as usize);
    if pace <= limit as usize {
        return (limit, Pace::Limit);
    }
    let cap = limit.max(HUMANE_NEW_CAP);
    if pace > cap as usize { (cap, Pace::Capped { pace, cap }) } else { (pace as u32, Pace::Raised { pace }) }
}

/// Whether intervals are still kept on or before exam day: only while the exam is ahead. On and
/// after exam day a cap would schedule every answer for "now".
pub fn interval_cap(exam_start: i64, now: i64) -> Option<i64> {
    (now < exam_start).then_some(exam_start)
}

/// Draw weights for new items: the guide's `weights`, each scaled by how far its domain's recall
/// lies below the mean (×0.5 to ×1.5), so the weakest domains get more. `None` (the guide's
/// weights) until `seen` items are known or when no domain has items.
pub fn lean_weights(weights: &[u32], recall: &[Option<f64>], seen: usize) -> Option<Vec<f64>> {
    if seen < LEAN_AFTER_SEEN {
        return None;
    }
    let known: Vec<f64> = recall.iter().flatten().copied().collect();
    if known.is_empty() {
        return None;
    }
    let mean = known.iter().sum::<f64>() / known.len() as f64;
    Some(
        weights
            .iter()
            .zip(recall)
            .map(|(&w, r)| f64::from(w) * r.map_or(1.0, |r| (1.0 + mean - r).clamp(0.5, 1.5)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phase_follows_the_calendar() {
        assert_eq!(goal_phase(10, 7), GoalPhase::Before(3));
        assert_eq!(goal_phase(10, 10), GoalPhase::ExamDay);
        assert_eq!(goal_phase(10, 11), GoalPhase::Passed);
    }

    #[test]
    fn the_pace_is_raised_but_humane_and_stops_on_exam_day() {
        assert_eq!(new_allowance(20, 100, GoalPhase::Before(10)), (20, Pace::Limit));
        assert_eq!(new_allowance(20, 300, GoalPhase::Before(10)), (30, Pace::Raised { pace: 30 }));
        // 649 unseen in one day must not ask for 649 new items.
        assert_eq!(new_allowance(20, 649, GoalPhase::Before(1)), (40, Pace::Capped { pace: 649, cap: 40 }));
        // A learner who saved a higher limit keeps it as the cap.
        assert_eq!(new_allowance(60, 649, GoalPhase::Before(2)), (60, Pace::Capped { pace: 325, cap: 60 }));
        assert_eq!(new_allowance(20, 649, GoalPhase::ExamDay), (0, Pace::ExamDay));
        assert_eq!(new_allowance(20, 649, GoalPhase::Passed), (20, Pace::Limit));
    }

    #[test]
    fn intervals_are_capped_only_before_the_exam() {
        assert_eq!(interval_cap(1000, 999), Some(1000));
        assert_eq!(interval_cap(1000, 1000), None);
        assert_eq!(interval_cap(1000, 5000), None);
    }

    #[test]
    fn weights_lean_toward_the_weakest_domain_once_known() {
        let w = [30, 26, 24, 20];
        assert_eq!(lean_weights(&w, &[Some(0.9); 4], 5), None, "too little known yet");
        let even = lean_weights(&w, &[Some(0.5); 4], 50).unwrap();
        assert_eq!(even, vec![30.0, 26.0, 24.0, 20.0]);
        let lean = lean_weights(&w, &[Some(0.9), Some(0.2), Some(0.5), None], 50).unwrap();
        assert!(lean[1] > 26.0 && lean[0] < 30.0, "{lean:?}");
        assert!((lean[3] - 20.0).abs() < 1e-9, "a domain without items keeps its weight");
    }
}
