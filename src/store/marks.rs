//! Suspend, bury and flag marks on items (issue 17), and what sibling burying needs from the log.

use std::collections::{HashMap, HashSet};

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::{Store, StoreError, sqlite};

/// The marks of one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ItemMark {
    /// Left out of every schedule until unsuspended.
    pub suspended: bool,
    /// The study day it is buried for, if any.
    pub buried_day: Option<i64>,
    /// When it was flagged (Unix seconds), if it is.
    pub flagged_at: Option<i64>,
    /// The learner's note on the flag.
    pub flag_note: Option<String>,
}

impl ItemMark {
    /// Whether the item is buried on study day `today`.
    pub fn buried_on(&self, today: i64) -> bool {
        self.buried_day.is_some_and(|d| d >= today)
    }

    /// Whether the item is flagged.
    pub fn flagged(&self) -> bool {
        self.flagged_at.is_some()
    }
}

/// A change to marks, applied to many items at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkChange {
    /// Suspend (`true`) or unsuspend.
    Suspend(bool),
    /// Bury for this study day.
    Bury(i64),
    /// Flag at this time, with an optional note (a new flag replaces the old note).
    Flag(i64, Option<String>),
    /// Remove the flag and its note.
    Unflag,
}

impl Store {
    /// Every item's marks (items without any are absent).
    pub fn marks(&self) -> Result<HashMap<String, ItemMark>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item_id, suspended, buried_day, flagged_at, flag_note FROM item_mark")
            .map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, row_mark(r)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// One item's marks.
    pub fn mark(&self, item_id: &str) -> Result<ItemMark, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT item_id, suspended, buried_day, flagged_at, flag_note FROM item_mark WHERE item_id = ?1",
                [item_id],
                row_mark,
            )
            .optional()
            .map_err(sqlite(&self.path))?
            .unwrap_or_default())
    }

    /// Applies `change` to every item of `ids`, in one transaction.
    pub fn change_marks(&mut self, ids: &[&str], change: &MarkChange) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        for id in ids {
            tx.execute("INSERT INTO item_mark (item_id) VALUES (?1) ON CONFLICT(item_id) DO NOTHING", [id])
                .map_err(sqlite(&path))?;
            let result = match change {
                MarkChange::Suspend(on) => {
                    tx.execute("UPDATE item_mark SET suspended = ?2 WHERE item_id = ?1", params![id, i64::from(*on)])
                }
                MarkChange::Bury(day) => {
                    tx.execute("UPDATE item_mark SET buried_day = ?2 WHERE item_id = ?1", params![id, day])
                }
                MarkChange::Flag(at, note) => tx.execute(
                    "UPDATE item_mark SET flagged_at = ?2, flag_note = ?3 WHERE item_id = ?1",
                    params![id, at, note],
                ),
                MarkChange::Unflag => {
                    tx.execute("UPDATE item_mark SET flagged_at = NULL, flag_note = NULL WHERE item_id = ?1", [id])
                }
            };
            result.map_err(sqlite(&path))?;
        }
        // A row with no mark left says nothing; keep the table to marked items.
        tx.execute("DELETE FROM item_mark WHERE suspended = 0 AND buried_day IS NULL AND flagged_at IS NULL", [])
            .map_err(sqlite(&path))?;
        tx.commit().map_err(sqlite(&path))
    }

    /// Items with a scheduled (not cram) review on study day `day`, for sibling burying.
    pub fn answered_on(&self, day: i64) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT item_id FROM review WHERE day = ?1 AND mode = 'study'")
            .map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([day], |r| r.get(0)).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// One item's review log, oldest first: (Unix ms, rating, mode, correct, interval days).
    pub fn review_log(&self, item_id: &str) -> Result<Vec<LoggedReview>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT reviewed_at, rating, mode, correct, interval_days FROM review WHERE item_id = ?1 ORDER BY reviewed_at, id",
            )
            .map_err(sqlite(&self.path))?;
        let rows = stmt
            .query_map([item_id], |r| {
                Ok(LoggedReview {
                    at_ms: r.get(0)?,
                    rating: r.get(1)?,
                    mode: r.get(2)?,
                    correct: r.get::<_, Option<i64>>(3)?.map(|c| c != 0),
                    interval_days: r.get(4)?,
                })
            })
            .map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }
}

/// One row of an item's review log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LoggedReview {
    /// Unix milliseconds.
    pub at_ms: i64,
    /// 1–4.
    pub rating: u32,
    /// `study`, `cram` or `import`.
    pub mode: String,
    /// Graded right or wrong; `None` for self-rated cards.
    pub correct: Option<bool>,
    /// The interval this review scheduled, in days.
    pub interval_days: u32,
}

fn row_mark(r: &rusqlite::Row<'_>) -> rusqlite::Result<ItemMark> {
    Ok(ItemMark {
        suspended: r.get::<_, i64>(1)? != 0,
        buried_day: r.get(2)?,
        flagged_at: r.get(3)?,
        flag_note: r.get(4)?,
    })
}
