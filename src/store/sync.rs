//! Local bookkeeping of the sync to a bootcamp server: the connection, and which rows the server
//! already has. Rows are only ever marked after the server committed them, so a sync killed at any
//! point re-sends at most one batch, which the server ignores (the ids are stable).

use std::collections::{HashMap, HashSet};

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::{Store, StoreError, sqlite};
use crate::srs::ItemState;

/// The sync set-up of this database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConfig {
    /// `postgres://` URL, never with a password.
    pub server: String,
    /// Cohort name.
    pub cohort: String,
    /// Learner name on the server.
    pub learner: String,
    /// This database's id on the server (random, kept across set-ups).
    pub device: String,
    /// Last complete sync, Unix seconds.
    pub last_sync: Option<i64>,
    /// Why the last sync failed, if it did.
    pub last_error: Option<String>,
}

/// A review the server does not have yet.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingReview {
    /// Local row id.
    pub local_id: i64,
    /// Unix milliseconds.
    pub reviewed_at: i64,
    /// Item id.
    pub item_id: String,
    /// Study day.
    pub day: i64,
    /// 1–4.
    pub rating: i64,
    /// `study`, `cram`, `import`.
    pub mode: String,
    /// Phase code before the review.
    pub phase_before: i64,
    /// Graded right or wrong.
    pub correct: Option<bool>,
    /// Days since the previous review.
    pub elapsed_days: i64,
    /// Scheduled interval.
    pub interval_days: i64,
    /// Language shown.
    pub lang: Option<String>,
    /// The answer typed.
    pub answer: Option<String>,
    /// Variant seed (u64 bits).
    pub variant_seed: Option<i64>,
    /// Time to answer.
    pub duration_ms: Option<i64>,
}

/// What a sync would send.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncPending {
    /// Reviews.
    pub reviews: u64,
    /// Mock exams.
    pub exams: u64,
    /// Quiz attempts.
    pub quizzes: u64,
    /// Item schedules changed since the last sync.
    pub items: u64,
    /// Rows the server has that were deleted here (an undone review, a reset item).
    pub removed: u64,
}

impl SyncPending {
    /// Nothing to send.
    pub fn is_empty(&self) -> bool {
        *self == SyncPending::default()
    }
}

/// A fingerprint of a schedule: a change of any field sends the item again.
pub fn fingerprint(s: &ItemState) -> String {
    let memory = s.memory.map(|m| (m.stability.to_bits(), m.difficulty.to_bits()));
    format!(
        "{}|{}|{memory:?}|{}|{:?}|{}|{}|{}|{}",
        s.phase.code(),
        s.step,
        s.due,
        s.last_review,
        s.reps,
        s.lapses,
        s.leech,
        s.interval_days
    )
}

const PENDING_REVIEWS: &str = "FROM review r WHERE NOT EXISTS (SELECT 1 FROM sync_pushed p WHERE p.kind = 'review' AND p.local_id = r.id AND p.stamp = r.reviewed_at)";
const VANISHED_REVIEWS: &str = "FROM sync_pushed p WHERE p.kind = 'review' AND NOT EXISTS (SELECT 1 FROM review r WHERE r.id = p.local_id AND r.reviewed_at = p.stamp)";

impl Store {
    /// The sync set-up, if there is one.
    pub fn sync_config(&self) -> Result<Option<SyncConfig>, StoreError> {
        self.conn
            .query_row(
                "SELECT server, cohort, learner, device, last_sync, last_error FROM sync_config WHERE id = 1",
                [],
                |r| {
                    Ok(SyncConfig {
                        server: r.get(0)?,
                        cohort: r.get(1)?,
                        learner: r.get(2)?,
                        device: r.get(3)?,
                        last_sync: r.get(4)?,
                        last_error: r.get(5)?,
                    })
                },
            )
            .optional()
            .map_err(sqlite(&self.path))
    }

    /// Stores the set-up. A new server, cohort or learner forgets what was pushed, so everything
    /// is offered to the new place (the server ignores what it already has).
    pub fn set_sync_config(&mut self, config: &SyncConfig) -> Result<(), StoreError> {
        let path = self.path.clone();
        let old = self.sync_config()?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        let moved =
            old.is_none_or(|o| o.server != config.server || o.cohort != config.cohort || o.learner != config.learner);
        if moved {
            tx.execute_batch("DELETE FROM sync_pushed; DELETE FROM sync_item;").map_err(sqlite(&path))?;
        }
        tx.execute(
            "INSERT INTO sync_config (id, server, cohort, learner, device, last_sync, last_error) VALUES (1, ?1, ?2, ?3, ?4, NULL, NULL)
             ON CONFLICT(id) DO UPDATE SET server = excluded.server, cohort = excluded.cohort, learner = excluded.learner,
                device = excluded.device",
            params![config.server, config.cohort, config.learner, config.device],
        )
        .map_err(sqlite(&path))?;
        tx.commit().map_err(sqlite(&path))
    }

    /// Records the outcome of a sync: `Ok(time)` when it completed, `Err(reason)` when it failed
    /// (the time of the last complete sync is kept).
    pub fn set_sync_result(&self, outcome: Result<i64, &str>) -> Result<(), StoreError> {
        let done = match outcome {
            Ok(at) => self.conn.execute("UPDATE sync_config SET last_sync = ?1, last_error = NULL WHERE id = 1", [at]),
            Err(why) => self.conn.execute("UPDATE sync_config SET last_error = ?1 WHERE id = 1", [why]),
        };
        done.map(|_| ()).map_err(sqlite(&self.path))
    }

    /// Up to `limit` reviews the server does not have, oldest row first.
    pub fn sync_pending_reviews(&self, limit: usize) -> Result<Vec<PendingReview>, StoreError> {
        let sql = format!(
            "SELECT id, reviewed_at, item_id, day, rating, mode, phase_before, correct, elapsed_days, interval_days, lang, answer, variant_seed, duration_ms {PENDING_REVIEWS} ORDER BY id LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(sqlite(&self.path))?;
        let rows = stmt
            .query_map([limit as i64], |r| {
                Ok(PendingReview {
                    local_id: r.get(0)?,
                    reviewed_at: r.get(1)?,
                    item_id: r.get(2)?,
                    day: r.get(3)?,
                    rating: r.get(4)?,
                    mode: r.get(5)?,
                    phase_before: r.get(6)?,
                    correct: r.get::<_, Option<i64>>(7)?.map(|c| c != 0),
                    elapsed_days: r.get(8)?,
                    interval_days: r.get(9)?,
                    lang: r.get(10)?,
                    answer: r.get(11)?,
                    variant_seed: r.get(12)?,
                    duration_ms: r.get(13)?,
                })
            })
            .map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// Pushed reviews that no longer exist here: `(local id, reviewed_at)`.
    pub fn sync_vanished_reviews(&self) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT local_id, stamp {VANISHED_REVIEWS}")).map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// The `(local id, stamp)` pairs of one kind the server has.
    pub fn sync_pushed(&self, kind: &str) -> Result<HashSet<(i64, i64)>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT local_id, stamp FROM sync_pushed WHERE kind = ?1").map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// Marks rows as on the server (`add`) or no longer there (`!add`), in one transaction.
    pub fn sync_mark(&mut self, kind: &str, rows: &[(i64, i64)], add: bool) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        {
            let sql = if add {
                "INSERT OR IGNORE INTO sync_pushed (kind, local_id, stamp) VALUES (?1, ?2, ?3)"
            } else {
                "DELETE FROM sync_pushed WHERE kind = ?1 AND local_id = ?2 AND stamp = ?3"
            };
            let mut stmt = tx.prepare_cached(sql).map_err(sqlite(&path))?;
            for (id, stamp) in rows {
                stmt.execute(params![kind, id, stamp]).map_err(sqlite(&path))?;
            }
        }
        tx.commit().map_err(sqlite(&path))
    }

    /// The fingerprints of the schedules the server has.
    pub fn sync_item_fingerprints(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT item_id, fingerprint FROM sync_item").map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// Records schedules as on the server (`Some(fingerprint)`) or removed from it (`None`).
    pub fn sync_mark_items(&mut self, items: &[(String, Option<String>)]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        {
            let mut put = tx
                .prepare_cached(
                    "INSERT INTO sync_item (item_id, fingerprint) VALUES (?1, ?2)
                     ON CONFLICT(item_id) DO UPDATE SET fingerprint = excluded.fingerprint",
                )
                .map_err(sqlite(&path))?;
            let mut del = tx.prepare_cached("DELETE FROM sync_item WHERE item_id = ?1").map_err(sqlite(&path))?;
            for (id, fp) in items {
                match fp {
                    Some(fp) => put.execute(params![id, fp]),
                    None => del.execute(params![id]),
                }
                .map_err(sqlite(&path))?;
            }
        }
        tx.commit().map_err(sqlite(&path))
    }

    /// Counts what a sync would send (reads only).
    pub fn sync_pending(&self) -> Result<SyncPending, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            self.conn.query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(sqlite(&self.path))
        };
        let reviews = count(&format!("SELECT count(*) {PENDING_REVIEWS}"))?;
        let vanished = count(&format!("SELECT count(*) {VANISHED_REVIEWS}"))?;
        let exams = count(
            "SELECT count(*) FROM exam_attempt a WHERE NOT EXISTS (SELECT 1 FROM sync_pushed p WHERE p.kind = 'exam' AND p.local_id = a.id AND p.stamp = a.finished_at)",
        )?;
        let quizzes = count(
            "SELECT count(*) FROM quiz_attempt a WHERE NOT EXISTS (SELECT 1 FROM sync_pushed p WHERE p.kind = 'quiz' AND p.local_id = a.id AND p.stamp = a.taken_at)",
        )?;
        let pushed = self.sync_item_fingerprints()?;
        let states = self.states()?;
        let items =
            states.iter().filter(|(id, s)| pushed.get(*id).is_none_or(|fp| *fp != fingerprint(s))).count() as u64;
        let gone = pushed.keys().filter(|id| !states.contains_key(*id)).count() as u64;
        Ok(SyncPending { reviews, exams, quizzes, items, removed: vanished + gone })
    }
}
