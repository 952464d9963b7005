//! The exam-date goal, kept in the `setting` table (`goal_exam`, `goal_date`), and the readiness
//! of the learner in this database.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::readiness::{self, Readiness};
use crate::content::{Bank, Exam};
use crate::srs::{ItemState, Phase, Scheduler};
use crate::store::{Store, StoreError};

/// Settings key of the goal exam.
pub const KEY_EXAM: &str = "goal_exam";
/// Settings key of the goal date (`YYYY-MM-DD`).
pub const KEY_DATE: &str = "goal_date";

/// An exam and the day it is sat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Goal {
    /// The exam.
    pub exam: Exam,
    /// The exam day.
    pub date: NaiveDate,
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

impl Goal {
    /// The study-day number of the exam day (same numbering as `Ctx::day_of`).
    pub fn day(&self) -> i64 {
        self.date.signed_duration_since(NaiveDate::default()).num_days()
    }

    /// Unix seconds when the exam day begins (04:00 local, when the study day turns over): the
    /// moment readiness is predicted for and the cap on every interval.
    pub fn start_secs(&self, utc_offset: i64) -> i64 {
        crate::srs::day_start(self.day(), utc_offset)
    }

    /// The goal saved in the database, if both keys hold valid values.
    pub fn load(store: &Store) -> Result<Option<Goal>, StoreError> {
        let exam = store.setting(KEY_EXAM)?.and_then(|e| Exam::parse(&e));
        let date = store.setting(KEY_DATE)?.and_then(|d| parse_date(&d));
        Ok(exam.zip(date).map(|(exam, date)| Goal { exam, date }))
    }

    /// Saves the goal.
    pub fn save(&self, store: &Store) -> Result<(), StoreError> {
        store.set_setting(KEY_EXAM, self.exam.code())?;
        store.set_setting(KEY_DATE, &self.date.format("%Y-%m-%d").to_string())
    }

    /// Removes any goal; returns whether one was set.
    pub fn clear(store: &Store) -> Result<bool, StoreError> {
        let had = Goal::load(store)?.is_some();
        store.clear_settings(&[KEY_EXAM, KEY_DATE])?;
        Ok(had)
    }
}

/// Readiness of one learner's schedules for `exam`, predicted at `at` (Unix seconds).
pub fn learner_readiness<S: std::hash::BuildHasher>(
    bank: &Bank,
    states: &HashMap<String, ItemState, S>,
    scheduler: &Scheduler,
    exam: Exam,
    at: i64,
) -> Readiness {
    readiness::compute(exam, bank, |id| {
        states.get(id).filter(|s| s.phase != Phase::New).map(|s| scheduler.retrievability(s, at))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exam_day_starts_at_the_study_day_turnover() {
        let goal = Goal { exam: Exam::ClfC02, date: parse_date("2026-12-20").unwrap() };
        let start = goal.start_secs(0);
        assert_eq!(chrono::DateTime::from_timestamp(start, 0).unwrap().to_rfc3339(), "2026-12-20T04:00:00+00:00");
        assert_eq!(goal.start_secs(9 * 3600), start - 9 * 3600);
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("tomorrow").is_none());
    }

    #[test]
    fn goals_round_trip_through_the_settings() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(Goal::load(&store).unwrap(), None);
        let goal = Goal { exam: Exam::SaaC03, date: parse_date("2027-01-05").unwrap() };
        goal.save(&store).unwrap();
        assert_eq!(Goal::load(&store).unwrap(), Some(goal));
        assert!(Goal::clear(&store).unwrap());
        assert!(!Goal::clear(&store).unwrap());
    }
}
