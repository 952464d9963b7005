//! Schema migrations, tracked in `PRAGMA user_version`.
//!
//! Append only: never edit, remove or reorder an entry; a released database may be at any of them.

use rusqlite_migration::{M, Migrations};

const V1: &str = "
CREATE TABLE item_state (
    item_id       TEXT PRIMARY KEY,
    phase         INTEGER NOT NULL,
    step          INTEGER NOT NULL DEFAULT 0,
    stability     REAL,
    difficulty    REAL,
    due           INTEGER NOT NULL,
    last_review   INTEGER,
    reps          INTEGER NOT NULL DEFAULT 0,
    lapses        INTEGER NOT NULL DEFAULT 0,
    leech         INTEGER NOT NULL DEFAULT 0,
    interval_days INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX item_state_due ON item_state(due);

CREATE TABLE review (
    id            INTEGER PRIMARY KEY,
    item_id       TEXT NOT NULL,
    reviewed_at   INTEGER NOT NULL,             -- Unix milliseconds
    day           INTEGER NOT NULL,             -- study day (local, starting 04:00)
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    mode          TEXT NOT NULL CHECK (mode IN ('study', 'cram', 'import')),
    phase_before  INTEGER NOT NULL,
    correct       INTEGER,                      -- NULL for self-rated cards
    elapsed_days  INTEGER NOT NULL DEFAULT 0,
    interval_days INTEGER NOT NULL DEFAULT 0,
    lang          TEXT,
    answer        TEXT,
    variant_seed  INTEGER,
    duration_ms   INTEGER
) STRICT;
CREATE INDEX review_item ON review(item_id, reviewed_at);
CREATE INDEX review_day ON review(day);

-- One row per study day, kept in step with `review` in the same transaction so that streaks,
-- heatmaps and totals never scan the whole review log.
CREATE TABLE daily (
    day        INTEGER PRIMARY KEY,
    reviews    INTEGER NOT NULL DEFAULT 0,
    correct    INTEGER NOT NULL DEFAULT 0,
    graded     INTEGER NOT NULL DEFAULT 0,
    new_items  INTEGER NOT NULL DEFAULT 0,
    review_phase INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
";

/// Every migration, oldest first.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
}

/// The schema version this binary writes.
pub fn latest() -> usize {
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn latest_matches_the_list() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let v: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, latest());
    }
}
