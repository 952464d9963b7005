//! Progress in `SQLite`: item schedules, the review log, daily totals, settings.
//!
//! WAL, foreign keys, an explicit busy timeout, append-only migrations on `user_version`, and a
//! copy of the file before any migration. A file that is not ours, or is newer than this binary,
//! is refused before anything is written to it.

mod exam;
mod marks;
mod migrations;
mod quiz;
mod sitting;
mod sync;
mod undo;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

pub use crate::srs::{DayTotals, Mode, ReviewRecord};
use crate::srs::{ItemState, Memory, Phase};

pub use exam::{Attempt, AttemptDomain, AttemptItem};
pub use marks::{ItemMark, LoggedReview, MarkChange};
pub use migrations::latest as latest_schema;
pub use quiz::{QuizAttempt, QuizAttemptDomain, QuizAttemptItem};
pub use sitting::{Sitting, SittingAnswer};
pub use sync::{PendingReview, SyncConfig, SyncPending, fingerprint as sync_fingerprint};
pub use undo::UndoToken;

/// Marks a `SQLite` file as an awsdrill database (`PRAGMA application_id`), "AWSD".
pub const APPLICATION_ID: i32 = 0x4157_5344;

/// Why the database cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Not a `SQLite` file, or a `SQLite` file of another program.
    #[error(
        "{path} is not an awsdrill database; it was left untouched. Point --db (or AWSDRILL_DB) at another file, or move this one away"
    )]
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// Written by a newer awsdrill.
    #[error(
        "{path} uses schema version {found}, newer than this awsdrill understands ({supported}); it was left untouched. Update awsdrill, or use another --db"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// Ours.
        supported: usize,
    },
    /// The folder for a new database cannot be created.
    #[error("cannot create {path}: {source}")]
    Create {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Another `SQLite` error.
    #[error("database {path}: {source}")]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: rusqlite::Error,
    },
    /// Migration failure.
    #[error("cannot upgrade {path}: {source}; a copy was kept at {backup}")]
    Migrate {
        /// The file.
        path: PathBuf,
        /// The copy made before migrating.
        backup: String,
        /// The cause.
        source: rusqlite_migration::Error,
    },
}

/// The open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

fn sqlite(path: &Path) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |source| StoreError::Sqlite { path: path.to_owned(), source }
}

/// Reads version and identity without writing, so a foreign file is never touched.
fn inspect(path: &Path) -> Result<Option<(i32, i64, bool)>, StoreError> {
    if !path.exists() || std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(None);
    }
    let foreign = || StoreError::Foreign { path: path.to_owned() };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| foreign())?;
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|_| foreign())?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|_| foreign())?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).map_err(|_| foreign())?;
    Ok(Some((app, version, tables == 0)))
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrating it to the latest schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let existing = inspect(path)?;
        let mut backup = None;
        if let Some((app, version, empty)) = existing {
            if !empty && app != APPLICATION_ID {
                return Err(StoreError::Foreign { path: path.to_owned() });
            }
            if version > migrations::latest() as i64 {
                return Err(StoreError::TooNew {
                    path: path.to_owned(),
                    found: version,
                    supported: migrations::latest(),
                });
            }
            if version > 0 && version < migrations::latest() as i64 {
                backup = Some(version);
            }
        } else if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Create { path: parent.to_owned(), source })?;
        }
        let conn = Connection::open(path).map_err(sqlite(path))?;
        let mut store = Store { conn, path: path.to_owned() };
        store.configure()?;
        let backup_path = match backup {
            Some(version) => store.backup_before_migration(version)?,
            None => String::new(),
        };
        store.migrate(&backup_path)?;
        Ok(store)
    }

    /// A private in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(sqlite(&path))?;
        let mut store = Store { conn, path };
        store.configure()?;
        store.migrate("")?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        self.conn.busy_timeout(Duration::from_secs(5)).map_err(sqlite(&path))?;
        self.conn.pragma_update(None, "journal_mode", "WAL").map_err(sqlite(&path))?;
        self.conn.pragma_update(None, "synchronous", "NORMAL").map_err(sqlite(&path))?;
        self.conn.pragma_update(None, "foreign_keys", true).map_err(sqlite(&path))?;
        Ok(())
    }

    fn backup_before_migration(&self, version: i64) -> Result<String, StoreError> {
        let mut target = self.path.clone().into_os_string();
        target.push(format!(".v{version}.bak"));
        let target = PathBuf::from(target);
        let _ = std::fs::remove_file(&target);
        self.conn.execute("VACUUM INTO ?1", [target.to_string_lossy()]).map_err(sqlite(&self.path))?;
        Ok(target.display().to_string())
    }

    fn migrate(&mut self, backup: &str) -> Result<(), StoreError> {
        let path = self.path.clone();
        migrations::migrations().to_latest(&mut self.conn).map_err(|source| StoreError::Migrate {
            path: path.clone(),
            backup: backup.to_owned(),
            source,
        })?;
        // Only a new file needs the mark: writing it on every open would make every read a write
        // (a checkpoint, a new mtime) and fail on a read-only copy.
        let app: i32 = self.conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(sqlite(&path))?;
        if app != APPLICATION_ID {
            self.conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(sqlite(&path))?;
        }
        Ok(())
    }

    /// The file path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw connection, for the store's own tests.
    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Every item's schedule.
    pub fn states(&self) -> Result<HashMap<String, ItemState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, leech, interval_days FROM item_state")
            .map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, row_state(r)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// One item's schedule.
    pub fn state(&self, item_id: &str) -> Result<Option<ItemState>, StoreError> {
        self.conn
            .query_row(
                "SELECT item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, leech, interval_days FROM item_state WHERE item_id = ?1",
                [item_id],
                row_state,
            )
            .optional()
            .map_err(sqlite(&self.path))
    }

    /// Records one review and, unless it was a cram review, the item's new schedule, in one
    /// `BEGIN IMMEDIATE` transaction: a crash loses at most the answer being written.
    pub fn record(&mut self, review: &ReviewRecord, state: Option<&ItemState>) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        insert_review(&tx, review).map_err(sqlite(&path))?;
        if let Some(state) = state {
            upsert_state(&tx, &review.item_id, state).map_err(sqlite(&path))?;
        }
        tx.commit().map_err(sqlite(&path))
    }

    /// Replaces the history of the given items in one transaction (progress import).
    pub fn import(&mut self, reviews: &[ReviewRecord], states: &[(String, ItemState)]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        for review in reviews {
            insert_review(&tx, review).map_err(sqlite(&path))?;
        }
        for (id, state) in states {
            upsert_state(&tx, id, state).map_err(sqlite(&path))?;
        }
        tx.commit().map_err(sqlite(&path))
    }

    /// An import as one transaction that rows are streamed into, so a million reviews never sit
    /// in memory at once; nothing is written unless [`Import::commit`] is called.
    pub fn begin_import(&mut self) -> Result<Import<'_>, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        Ok(Import { tx, path })
    }

    /// Totals for one day.
    pub fn day(&self, day: i64) -> Result<DayTotals, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT day, reviews, correct, graded, new_items, review_phase FROM daily WHERE day = ?1",
                [day],
                row_day,
            )
            .optional()
            .map_err(sqlite(&self.path))?
            .unwrap_or(DayTotals { day, ..DayTotals::default() }))
    }

    /// Every day with activity, oldest first.
    pub fn days(&self) -> Result<Vec<DayTotals>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT day, reviews, correct, graded, new_items, review_phase FROM daily ORDER BY day")
            .map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([], row_day).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }

    /// Count of reviews of this item (any mode), for the next exercise variant's seed.
    pub fn review_count(&self, item_id: &str) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM review WHERE item_id = ?1", [item_id], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(sqlite(&self.path))
    }

    /// A setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(sqlite(&self.path))
    }

    /// Sets a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO setting(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(|_| ())
            .map_err(sqlite(&self.path))
    }

    /// Removes settings, in one transaction; returns how many were set.
    pub fn clear_settings(&self, keys: &[&str]) -> Result<usize, StoreError> {
        let tx = self.conn.unchecked_transaction().map_err(sqlite(&self.path))?;
        let mut removed = 0;
        for key in keys {
            removed += tx.execute("DELETE FROM setting WHERE key = ?1", [key]).map_err(sqlite(&self.path))?;
        }
        tx.commit().map_err(sqlite(&self.path))?;
        Ok(removed)
    }

    /// Graded review-phase answers since `since_day`: (right, total), for true retention.
    pub fn retention_since(&self, since_day: i64) -> Result<(i64, i64), StoreError> {
        self.conn
            .query_row(
                "SELECT coalesce(sum(rating > 1), 0), count(*) FROM review WHERE day >= ?1 AND mode != 'cram' AND phase_before = 2",
                [since_day],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(sqlite(&self.path))
    }

    /// Every review, oldest first, calling `each` per row (export streams instead of collecting).
    pub fn for_each_review(
        &self,
        mut each: impl FnMut(&str, i64, u32, &str) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT item_id, reviewed_at, rating, mode FROM review ORDER BY reviewed_at, id")
            .map_err(sqlite(&self.path))?;
        let mut rows = stmt.query([]).map_err(sqlite(&self.path))?;
        while let Some(row) = rows.next().map_err(sqlite(&self.path))? {
            let id: String = row.get(0).map_err(sqlite(&self.path))?;
            let at: i64 = row.get(1).map_err(sqlite(&self.path))?;
            let rating: u32 = row.get(2).map_err(sqlite(&self.path))?;
            let mode: String = row.get(3).map_err(sqlite(&self.path))?;
            each(&id, at, rating, &mode)?;
        }
        Ok(())
    }

    /// Non-cram review history of one item: (Unix ms, rating), oldest first.
    pub fn history(&self, item_id: &str) -> Result<Vec<(i64, u32)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT reviewed_at, rating FROM review WHERE item_id = ?1 AND mode != 'cram' ORDER BY reviewed_at, id",
            )
            .map_err(sqlite(&self.path))?;
        let rows = stmt.query_map([item_id], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sqlite(&self.path))?;
        rows.collect::<Result<_, _>>().map_err(sqlite(&self.path))
    }
}

fn row_state(r: &rusqlite::Row<'_>) -> rusqlite::Result<ItemState> {
    let memory = match (r.get::<_, Option<f64>>(3)?, r.get::<_, Option<f64>>(4)?) {
        (Some(s), Some(d)) => Some(Memory { stability: s as f32, difficulty: d as f32 }),
        _ => None,
    };
    Ok(ItemState {
        phase: Phase::from_code(r.get(1)?).unwrap_or(Phase::New),
        step: r.get(2)?,
        memory,
        due: r.get(5)?,
        last_review: r.get(6)?,
        reps: r.get(7)?,
        lapses: r.get(8)?,
        leech: r.get::<_, i64>(9)? != 0,
        interval_days: r.get(10)?,
    })
}

fn row_day(r: &rusqlite::Row<'_>) -> rusqlite::Result<DayTotals> {
    Ok(DayTotals {
        day: r.get(0)?,
        reviews: r.get(1)?,
        correct: r.get(2)?,
        graded: r.get(3)?,
        new_items: r.get(4)?,
        review_phase: r.get(5)?,
    })
}

/// Inserts the review row and its day's totals; returns the review row's id.
fn insert_review(tx: &Connection, review: &ReviewRecord) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO review (item_id, reviewed_at, day, rating, mode, phase_before, correct, elapsed_days, interval_days, lang, answer, variant_seed, duration_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        review.item_id,
        review.reviewed_at_ms,
        review.day,
        review.rating,
        review.mode.as_str(),
        review.phase_before.code(),
        review.correct,
        review.elapsed_days,
        review.interval_days,
        review.lang,
        review.answer,
        review.variant_seed.map(|s| s as i64),
        review.duration_ms.map(|d| d as i64),
    ])?;
    // Read before the daily upsert, which moves `last_insert_rowid` to its own row.
    let id = tx.last_insert_rowid();
    let new_item = i64::from(review.phase_before == Phase::New && review.mode != Mode::Cram);
    let review_phase = i64::from(review.phase_before == Phase::Review && review.mode != Mode::Cram);
    tx.prepare_cached(
        "INSERT INTO daily (day, reviews, correct, graded, new_items, review_phase) VALUES (?1, 1, ?2, ?3, ?4, ?5)
         ON CONFLICT(day) DO UPDATE SET reviews = reviews + 1, correct = correct + ?2, graded = graded + ?3,
            new_items = new_items + ?4, review_phase = review_phase + ?5",
    )?
    .execute(params![
        review.day,
        i64::from(review.correct == Some(true)),
        i64::from(review.correct.is_some()),
        new_item,
        review_phase
    ])?;
    Ok(id)
}

/// A running import (see [`Store::begin_import`]); dropped without `commit`, it writes nothing.
pub struct Import<'a> {
    tx: rusqlite::Transaction<'a>,
    path: PathBuf,
}

impl Import<'_> {
    /// Adds one review row (and its day's totals).
    pub fn review(&self, review: &ReviewRecord) -> Result<(), StoreError> {
        insert_review(&self.tx, review).map(drop).map_err(sqlite(&self.path))
    }

    /// Sets an item's schedule.
    pub fn state(&self, item_id: &str, state: &ItemState) -> Result<(), StoreError> {
        upsert_state(&self.tx, item_id, state).map_err(sqlite(&self.path))
    }

    /// Makes the whole import durable at once.
    pub fn commit(self) -> Result<(), StoreError> {
        self.tx.commit().map_err(sqlite(&self.path))
    }
}

fn upsert_state(tx: &Connection, item_id: &str, s: &ItemState) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO item_state (item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, leech, interval_days)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT(item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step, stability = excluded.stability,
            difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, reps = excluded.reps,
            lapses = excluded.lapses, leech = excluded.leech, interval_days = excluded.interval_days",
    )?
    .execute(params![
        item_id,
        s.phase.code(),
        s.step,
        s.memory.map(|m| f64::from(m.stability)),
        s.memory.map(|m| f64::from(m.difficulty)),
        s.due,
        s.last_review,
        s.reps,
        s.lapses,
        i64::from(s.leech),
        s.interval_days,
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests;
