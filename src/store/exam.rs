//! Mock-exam attempts: one row per sitting plus its per-domain and per-item rows, written in one
//! transaction. Nothing here touches `item_state` or `review`.

use rusqlite::{TransactionBehavior, params};

use super::{Store, StoreError, sqlite};

/// One domain line of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AttemptDomain {
    /// Domain number.
    pub domain: u8,
    /// Weight in percent.
    pub weight: u32,
    /// Items of the domain.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
}

/// One item of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AttemptItem {
    /// Bank id.
    pub item_id: String,
    /// Domain number.
    pub domain: u8,
    /// The answer as typed (`a,c`), `None` when unanswered.
    pub answer: Option<String>,
    /// Graded right.
    pub correct: bool,
    /// Flagged for review when submitted.
    pub flagged: bool,
}

/// A finished mock exam.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Attempt {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// Exam code.
    pub exam: String,
    /// Paper seed.
    pub seed: u64,
    /// Unix seconds.
    pub started_at: i64,
    /// Unix seconds.
    pub finished_at: i64,
    /// Language of the sitting.
    pub lang: String,
    /// ESL accommodation used.
    pub esl: bool,
    /// Submitted by the clock.
    pub timed_out: bool,
    /// Items on the paper.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
    /// The scaled-score estimate (model convention).
    pub scaled_estimate: u32,
    /// The pass mark of the exam.
    pub pass_mark: u32,
    /// Estimate at or above the mark.
    pub passed: bool,
    /// Per-domain results.
    pub domains: Vec<AttemptDomain>,
    /// Per-item answers (empty in listings).
    #[serde(skip)]
    pub items: Vec<AttemptItem>,
}

impl Store {
    /// Stores a finished attempt with its domain and item rows; returns its id.
    pub fn insert_attempt(&mut self, a: &Attempt) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let err = sqlite(&path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        let id = insert_attempt_rows(&tx, a).map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok(id)
    }

    /// Every attempt, oldest first, with domain lines (item rows are not loaded).
    pub fn attempts(&self) -> Result<Vec<Attempt>, StoreError> {
        let err = sqlite(&self.path);
        let mut stmt = self
            .conn
            .prepare("SELECT id, exam, seed, started_at, finished_at, lang, esl, timed_out, total, correct, scaled_estimate, pass_mark, passed FROM exam_attempt ORDER BY finished_at, id")
            .map_err(&err)?;
        let mut attempts: Vec<Attempt> = stmt
            .query_map([], |r| {
                Ok(Attempt {
                    id: r.get(0)?,
                    exam: r.get(1)?,
                    seed: r.get::<_, i64>(2)? as u64,
                    started_at: r.get(3)?,
                    finished_at: r.get(4)?,
                    lang: r.get(5)?,
                    esl: r.get(6)?,
                    timed_out: r.get(7)?,
                    total: r.get::<_, i64>(8)? as usize,
                    correct: r.get::<_, i64>(9)? as usize,
                    scaled_estimate: r.get(10)?,
                    pass_mark: r.get(11)?,
                    passed: r.get(12)?,
                    domains: Vec::new(),
                    items: Vec::new(),
                })
            })
            .map_err(&err)?
            .collect::<Result<_, _>>()
            .map_err(&err)?;
        let mut dstmt = self
            .conn
            .prepare(
                "SELECT domain, weight, total, correct FROM exam_attempt_domain WHERE attempt_id = ?1 ORDER BY domain",
            )
            .map_err(&err)?;
        for a in &mut attempts {
            a.domains = dstmt
                .query_map([a.id], |r| {
                    Ok(AttemptDomain {
                        domain: r.get(0)?,
                        weight: r.get(1)?,
                        total: r.get::<_, i64>(2)? as usize,
                        correct: r.get::<_, i64>(3)? as usize,
                    })
                })
                .map_err(&err)?
                .collect::<Result<_, _>>()
                .map_err(&err)?;
        }
        Ok(attempts)
    }

    /// The answers of one attempt, in paper order.
    pub fn attempt_items(&self, attempt_id: i64) -> Result<Vec<AttemptItem>, StoreError> {
        let err = sqlite(&self.path);
        let mut stmt = self
            .conn
            .prepare("SELECT item_id, domain, answer, correct, flagged FROM exam_attempt_item WHERE attempt_id = ?1 ORDER BY position")
            .map_err(&err)?;
        stmt.query_map([attempt_id], |r| {
            Ok(AttemptItem {
                item_id: r.get(0)?,
                domain: r.get(1)?,
                answer: r.get(2)?,
                correct: r.get(3)?,
                flagged: r.get(4)?,
            })
        })
        .map_err(&err)?
        .collect::<Result<_, _>>()
        .map_err(&err)
    }
}

/// The rows of one attempt, inside the caller's transaction.
pub(super) fn insert_attempt_rows(tx: &rusqlite::Connection, a: &Attempt) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO exam_attempt (exam, seed, started_at, finished_at, lang, esl, timed_out, total, correct, scaled_estimate, pass_mark, passed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![a.exam, a.seed as i64, a.started_at, a.finished_at, a.lang, a.esl, a.timed_out, a.total as i64, a.correct as i64, a.scaled_estimate, a.pass_mark, a.passed],
    )?;
    let id = tx.last_insert_rowid();
    for d in &a.domains {
        tx.execute(
            "INSERT INTO exam_attempt_domain (attempt_id, domain, weight, total, correct) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, d.domain, d.weight, d.total as i64, d.correct as i64],
        )?;
    }
    for (position, item) in a.items.iter().enumerate() {
        tx.execute(
            "INSERT INTO exam_attempt_item (attempt_id, position, item_id, domain, answer, correct, flagged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, position as i64, item.item_id, item.domain, item.answer, item.correct, item.flagged],
        )?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_round_trip_and_leave_the_schedule_alone() {
        let mut store = Store::open_in_memory().unwrap();
        let attempt = Attempt {
            id: 0,
            exam: "clf-c02".into(),
            seed: u64::MAX,
            started_at: 10,
            finished_at: 20,
            lang: "ko".into(),
            esl: true,
            timed_out: false,
            total: 2,
            correct: 1,
            scaled_estimate: 550,
            pass_mark: 700,
            passed: false,
            domains: vec![AttemptDomain { domain: 1, weight: 24, total: 2, correct: 1 }],
            items: vec![
                AttemptItem { item_id: "a".into(), domain: 1, answer: Some("b".into()), correct: true, flagged: false },
                AttemptItem { item_id: "b".into(), domain: 1, answer: None, correct: false, flagged: true },
            ],
        };
        let id = store.insert_attempt(&attempt).unwrap();
        let listed = store.attempts().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0], Attempt { id, items: Vec::new(), ..attempt.clone() });
        assert_eq!(store.attempt_items(id).unwrap(), attempt.items);
        assert!(store.states().unwrap().is_empty());
        let reviews: i64 = store.conn().query_row("SELECT count(*) FROM review", [], |r| r.get(0)).unwrap();
        assert_eq!(reviews, 0);
        // Child rows need their attempt.
        let orphan = store.conn().execute("INSERT INTO exam_attempt_domain VALUES (999, 1, 1, 1, 1)", []);
        assert!(orphan.is_err());
    }
}
