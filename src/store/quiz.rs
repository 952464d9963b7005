//! Quiz attempts: one row per sitting of an instructor's quiz, written in one transaction.

use rusqlite::{TransactionBehavior, params};
use serde::{Deserialize, Serialize};

use super::{Store, StoreError, sqlite};

/// One item of a quiz attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizAttemptItem {
    /// Item id (bank id, or the quiz's own id).
    pub id: String,
    /// The answer as typed, `None` when unanswered.
    pub answer: Option<String>,
    /// Graded right.
    pub correct: bool,
    /// Exam domains of the item (`saa-c03:1`).
    pub domains: Vec<String>,
}

/// The score of one exam domain in a quiz attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizAttemptDomain {
    /// `saa-c03:1`.
    pub domain: String,
    /// Items of the domain.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
}

/// A finished quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizAttempt {
    /// Row id (0 before it is stored).
    #[serde(skip)]
    pub id: i64,
    /// The quiz's id (its file name without extension).
    pub quiz_id: String,
    /// The title as the instructor typed it, in the language of the sitting.
    pub title: String,
    /// Hash of the items drawn, so a regrade knows whether the paper is still the same.
    pub content_hash: String,
    /// Paper seed.
    pub seed: u64,
    /// Unix seconds.
    pub taken_at: i64,
    /// Language of the sitting.
    pub lang: String,
    /// Items on the paper.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
    /// Pass mark, percent.
    pub pass_percent: u32,
    /// At or above the mark.
    pub passed: bool,
    /// Per-item answers.
    pub items: Vec<QuizAttemptItem>,
    /// Per-domain scores.
    pub domains: Vec<QuizAttemptDomain>,
}

impl Store {
    /// Stores a finished quiz attempt; returns its id.
    pub fn insert_quiz_attempt(&mut self, a: &QuizAttempt) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let err = sqlite(&path);
        let items = serde_json::to_string(&a.items).unwrap_or_default();
        let domains = serde_json::to_string(&a.domains).unwrap_or_default();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        tx.execute(
            "INSERT INTO quiz_attempt (quiz_id, title, content_hash, seed, taken_at, lang, total, correct, pass_percent, passed, items, domains)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![a.quiz_id, a.title, a.content_hash, a.seed.cast_signed(), a.taken_at, a.lang, a.total as i64, a.correct as i64, a.pass_percent, a.passed, items, domains],
        )
        .map_err(&err)?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(&err)?;
        Ok(id)
    }

    /// Every quiz attempt, oldest first.
    pub fn quiz_attempts(&self) -> Result<Vec<QuizAttempt>, StoreError> {
        let err = sqlite(&self.path);
        let mut stmt = self
            .conn
            .prepare("SELECT id, quiz_id, title, content_hash, seed, taken_at, lang, total, correct, pass_percent, passed, items, domains FROM quiz_attempt ORDER BY taken_at, id")
            .map_err(&err)?;
        stmt.query_map([], |r| {
            let items: String = r.get(11)?;
            let domains: String = r.get(12)?;
            Ok(QuizAttempt {
                id: r.get(0)?,
                quiz_id: r.get(1)?,
                title: r.get(2)?,
                content_hash: r.get(3)?,
                seed: r.get::<_, i64>(4)?.cast_unsigned(),
                taken_at: r.get(5)?,
                lang: r.get(6)?,
                total: usize::try_from(r.get::<_, i64>(7)?).unwrap_or(0),
                correct: usize::try_from(r.get::<_, i64>(8)?).unwrap_or(0),
                pass_percent: r.get(9)?,
                passed: r.get(10)?,
                items: serde_json::from_str(&items).unwrap_or_default(),
                domains: serde_json::from_str(&domains).unwrap_or_default(),
            })
        })
        .map_err(&err)?
        .collect::<Result<_, _>>()
        .map_err(&err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiz_attempts_round_trip() {
        let mut store = Store::open_in_memory().unwrap();
        let attempt = QuizAttempt {
            id: 0,
            quiz_id: "week1".into(),
            title: "1주차 VPC".into(),
            content_hash: "00ff".into(),
            seed: u64::MAX,
            taken_at: 1_800_000_000,
            lang: "ko".into(),
            total: 2,
            correct: 1,
            pass_percent: 50,
            passed: true,
            items: vec![QuizAttemptItem {
                id: "a".into(),
                answer: None,
                correct: false,
                domains: vec!["saa-c03:3".into()],
            }],
            domains: vec![QuizAttemptDomain { domain: "saa-c03:3".into(), total: 2, correct: 1 }],
        };
        let id = store.insert_quiz_attempt(&attempt).unwrap();
        let got = store.quiz_attempts().unwrap();
        assert_eq!(got, vec![QuizAttempt { id, ..attempt }]);
    }
}
