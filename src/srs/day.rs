//! Study days: local days that begin at 04:00, so a late-night session counts for the day it
//! belongs to. Every day number in the tool comes from here.

/// The local hour at which a study day begins.
pub const DAY_STARTS_AT_HOUR: i64 = 4;

/// The study day of a Unix time, for a learner `utc_offset` seconds east of UTC.
pub fn day_of(unix_secs: i64, utc_offset: i64) -> i64 {
    (unix_secs + utc_offset - DAY_STARTS_AT_HOUR * 3600).div_euclid(super::DAY)
}

/// The Unix time at which study day `day` begins (04:00 local).
pub fn day_start(day: i64, utc_offset: i64) -> i64 {
    day * super::DAY + DAY_STARTS_AT_HOUR * 3600 - utc_offset
}

/// Per-day totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct DayTotals {
    /// Study day number.
    pub day: i64,
    /// Reviews of any kind.
    pub reviews: i64,
    /// Graded answers that were right.
    pub correct: i64,
    /// Graded answers.
    pub graded: i64,
    /// Items seen for the first time.
    pub new_items: i64,
    /// Reviews of items in the review phase (counted against the review limit).
    pub review_phase: i64,
}

/// Consecutive days with reviews, ending today or yesterday.
pub fn streak(days: &[DayTotals], today: i64) -> usize {
    let active: std::collections::HashSet<i64> = days.iter().filter(|d| d.reviews > 0).map(|d| d.day).collect();
    let mut day = if active.contains(&today) { today } else { today - 1 };
    let mut count = 0;
    while active.contains(&day) {
        count += 1;
        day -= 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(day: i64) -> DayTotals {
        DayTotals { day, reviews: 1, ..DayTotals::default() }
    }

    #[test]
    fn a_day_runs_from_four_to_four_local() {
        let kst = 9 * 3600;
        // 2026-12-07 03:59 KST is still study day of 12-06; 04:00 starts 12-07.
        let start = day_start(20_429, kst);
        assert_eq!(day_of(start, kst), 20_429);
        assert_eq!(day_of(start - 1, kst), 20_428);
        assert_eq!(day_of(start + super::super::DAY - 1, kst), 20_429);
    }

    #[test]
    fn streak_counts_back_from_today_or_yesterday() {
        assert_eq!(streak(&[day(8), day(9), day(10)], 10), 3);
        assert_eq!(streak(&[day(8), day(9)], 10), 2, "today not studied yet keeps the streak");
        assert_eq!(streak(&[day(7), day(9), day(10)], 10), 2);
        assert_eq!(streak(&[day(5)], 10), 0);
        assert_eq!(streak(&[], 10), 0);
    }
}
