//! Mock exams in progress: the frozen paper and each answer as it is given, one `BEGIN IMMEDIATE`
//! transaction per answer, so leaving, Ctrl-C or `kill -9` lose at most the answer on screen.
//! Submitting stores the attempt, closes the sitting and schedules the missed items together.

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::exam::insert_attempt_rows;
use super::{Attempt, Store, StoreError, sqlite, upsert_state};
use crate::srs::ItemState;

/// One sitting of a mock exam, finished or not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Sitting {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// Exam code.
    pub exam: String,
    /// Paper seed.
    pub seed: u64,
    /// Unix seconds.
    pub started_at: i64,
    /// Last answer or leave, Unix seconds.
    pub updated_at: i64,
    /// Language of the sitting.
    pub lang: String,
    /// ESL accommodation.
    pub esl: bool,
    /// Time allowed in seconds; `None` without a timer.
    pub limit_secs: Option<i64>,
    /// Exam time already used while the paper was open.
    pub used_secs: i64,
    /// The item on screen when last saved (0-based).
    pub position: usize,
    /// `(item id, blueprint domain index)` in paper order.
    #[serde(skip)]
    pub items: Vec<(String, usize)>,
    /// The stored result once submitted.
    pub attempt_id: Option<i64>,
    /// Items answered so far.
    pub answered: usize,
    /// Items on the paper.
    pub total: usize,
}

/// One saved answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SittingAnswer {
    /// Paper position (0-based).
    pub position: usize,
    /// As typed (`a,c`); `None` when cleared.
    pub answer: Option<String>,
    /// Flagged for review.
    pub flagged: bool,
}

const COLUMNS: &str = "s.id, s.exam, s.seed, s.started_at, s.updated_at, s.lang, s.esl, s.limit_secs, s.used_secs, s.position, s.items, s.attempt_id,
    (SELECT count(*) FROM exam_sitting_answer a WHERE a.sitting_id = s.id AND a.answer IS NOT NULL)";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Sitting> {
    let items: String = r.get(10)?;
    let items: Vec<(String, usize)> = serde_json::from_str(&items)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(Sitting {
        id: r.get(0)?,
        exam: r.get(1)?,
        seed: r.get::<_, i64>(2)? as u64,
        started_at: r.get(3)?,
        updated_at: r.get(4)?,
        lang: r.get(5)?,
        esl: r.get(6)?,
        limit_secs: r.get(7)?,
        used_secs: r.get(8)?,
        position: r.get::<_, i64>(9)?.max(0) as usize,
        total: items.len(),
        items,
        attempt_id: r.get(11)?,
        answered: r.get::<_, i64>(12)?.max(0) as usize,
    })
}

impl Store {
    /// Stores a new sitting (its paper, no answers yet); returns its id.
    pub fn start_sitting(&mut self, s: &Sitting) -> Result<i64, StoreError> {
        let err = sqlite(&self.path);
        let items = serde_json::to_string(&s.items).expect("ids and indexes serialize");
        self.conn
            .execute(
                "INSERT INTO exam_sitting (exam, seed, started_at, updated_at, lang, esl, limit_secs, used_secs, position, items)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![s.exam, s.seed as i64, s.started_at, s.updated_at, s.lang, s.esl, s.limit_secs, s.used_secs, s.position as i64, items],
            )
            .map_err(&err)?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Saves the answer and flag of one item with the time used so far, in one transaction.
    pub fn save_sitting_answer(
        &mut self,
        id: i64,
        answer: &SittingAnswer,
        used_secs: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = sqlite(&path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        tx.execute(
            "INSERT INTO exam_sitting_answer (sitting_id, position, answer, flagged, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (sitting_id, position) DO UPDATE SET answer = excluded.answer, flagged = excluded.flagged, answered_at = excluded.answered_at",
            params![id, answer.position as i64, answer.answer, answer.flagged, now],
        )
        .map_err(&err)?;
        tx.execute(
            "UPDATE exam_sitting SET used_secs = ?2, updated_at = ?3, position = ?4 WHERE id = ?1",
            params![id, used_secs, now, answer.position as i64],
        )
        .map_err(&err)?;
        tx.commit().map_err(&err)
    }

    /// Saves the time used and the item on screen (on leaving).
    pub fn save_sitting_time(&mut self, id: i64, position: usize, used_secs: i64, now: i64) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE exam_sitting SET used_secs = ?2, updated_at = ?3, position = ?4 WHERE id = ?1",
                params![id, used_secs, now, position as i64],
            )
            .map_err(sqlite(&self.path))?;
        Ok(())
    }

    /// Every sitting, oldest first; only the unfinished ones with `open_only`.
    pub fn sittings(&self, open_only: bool) -> Result<Vec<Sitting>, StoreError> {
        let err = sqlite(&self.path);
        let filter = if open_only { "WHERE s.attempt_id IS NULL" } else { "" };
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM exam_sitting s {filter} ORDER BY s.started_at, s.id"))
            .map_err(&err)?;
        stmt.query_map([], row).map_err(&err)?.collect::<Result<_, _>>().map_err(&err)
    }

    /// One sitting by id.
    pub fn sitting(&self, id: i64) -> Result<Option<Sitting>, StoreError> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM exam_sitting s WHERE s.id = ?1"), [id], row)
            .optional()
            .map_err(sqlite(&self.path))
    }

    /// The saved answers of a sitting, in paper order.
    pub fn sitting_answers(&self, id: i64) -> Result<Vec<SittingAnswer>, StoreError> {
        let err = sqlite(&self.path);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT position, answer, flagged FROM exam_sitting_answer WHERE sitting_id = ?1 ORDER BY position",
            )
            .map_err(&err)?;
        stmt.query_map([id], |r| {
            Ok(SittingAnswer { position: r.get::<_, i64>(0)?.max(0) as usize, answer: r.get(1)?, flagged: r.get(2)? })
        })
        .map_err(&err)?
        .collect::<Result<_, _>>()
        .map_err(&err)
    }

    /// Submits a sitting in one transaction: stores the attempt, puts the missed items into the
    /// study schedule (`schedule`) and closes the sitting. Returns the attempt id.
    pub fn finish_sitting(
        &mut self,
        id: i64,
        attempt: &Attempt,
        used_secs: i64,
        schedule: &[(String, ItemState)],
    ) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let err = sqlite(&path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        let attempt_id = insert_attempt_rows(&tx, attempt).map_err(&err)?;
        for (item, state) in schedule {
            upsert_state(&tx, item, state).map_err(&err)?;
        }
        tx.execute(
            "UPDATE exam_sitting SET attempt_id = ?2, scheduled = ?3, used_secs = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, attempt_id, schedule.len() as i64, used_secs, attempt.finished_at],
        )
        .map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok(attempt_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::AttemptItem;

    fn sitting() -> Sitting {
        Sitting {
            id: 0,
            exam: "saa-c03".into(),
            seed: u64::MAX - 3,
            started_at: 100,
            updated_at: 100,
            lang: "en".into(),
            esl: false,
            limit_secs: Some(130 * 60),
            used_secs: 0,
            position: 0,
            items: vec![("a".into(), 0), ("b".into(), 2), ("c".into(), 1)],
            attempt_id: None,
            answered: 0,
            total: 3,
        }
    }

    #[test]
    fn answers_are_saved_one_by_one_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let id = {
            let mut store = Store::open(&path).unwrap();
            let id = store.start_sitting(&sitting()).unwrap();
            let first = SittingAnswer { position: 0, answer: Some("b".into()), flagged: false };
            store.save_sitting_answer(id, &first, 40, 140).unwrap();
            let second = SittingAnswer { position: 2, answer: Some("a,c".into()), flagged: true };
            store.save_sitting_answer(id, &second, 75, 175).unwrap();
            // Answering again replaces the row instead of adding one.
            let changed = SittingAnswer { position: 0, answer: Some("d".into()), flagged: false };
            store.save_sitting_answer(id, &changed, 80, 180).unwrap();
            id
        };
        let store = Store::open(&path).unwrap();
        let open = store.sittings(true).unwrap();
        assert_eq!(open.len(), 1);
        let s = &open[0];
        assert_eq!((s.id, s.answered, s.total, s.used_secs, s.position, s.seed), (id, 2, 3, 80, 0, u64::MAX - 3));
        assert_eq!(s.items, sitting().items);
        let answers = store.sitting_answers(id).unwrap();
        assert_eq!(
            answers,
            vec![
                SittingAnswer { position: 0, answer: Some("d".into()), flagged: false },
                SittingAnswer { position: 2, answer: Some("a,c".into()), flagged: true },
            ]
        );
    }

    #[test]
    fn finishing_stores_the_attempt_schedules_and_closes_together() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.start_sitting(&sitting()).unwrap();
        let attempt = Attempt {
            id: 0,
            exam: "saa-c03".into(),
            seed: 1,
            started_at: 100,
            finished_at: 900,
            lang: "en".into(),
            esl: false,
            timed_out: false,
            total: 1,
            correct: 0,
            scaled_estimate: 100,
            pass_mark: 720,
            passed: false,
            domains: Vec::new(),
            items: vec![AttemptItem { item_id: "a".into(), domain: 1, answer: None, correct: false, flagged: false }],
        };
        let state = ItemState { due: 5000, ..ItemState::new_item() };
        let attempt_id = store.finish_sitting(id, &attempt, 800, &[("a".into(), state.clone())]).unwrap();
        assert!(store.sittings(true).unwrap().is_empty());
        let all = store.sittings(false).unwrap();
        assert_eq!((all[0].attempt_id, all[0].used_secs), (Some(attempt_id), 800));
        assert_eq!(store.state("a").unwrap(), Some(state));
        assert_eq!(store.attempts().unwrap().len(), 1);
    }
}
