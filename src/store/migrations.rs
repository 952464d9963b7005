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

/// Mock-exam attempts. Kept apart from `review` and `item_state` on purpose: a mock exam must not
/// move the study schedule.
const V2: &str = "
CREATE TABLE exam_attempt (
    id              INTEGER PRIMARY KEY,
    exam            TEXT NOT NULL,               -- exam code, e.g. clf-c02
    seed            INTEGER NOT NULL,            -- the paper seed (u64 stored as its i64 bits)
    started_at      INTEGER NOT NULL,            -- Unix seconds
    finished_at     INTEGER NOT NULL,
    lang            TEXT NOT NULL,
    esl             INTEGER NOT NULL DEFAULT 0,
    timed_out       INTEGER NOT NULL DEFAULT 0,
    total           INTEGER NOT NULL,
    correct         INTEGER NOT NULL,
    scaled_estimate INTEGER NOT NULL,
    pass_mark       INTEGER NOT NULL,
    passed          INTEGER NOT NULL
) STRICT;
CREATE INDEX exam_attempt_finished ON exam_attempt(finished_at);

CREATE TABLE exam_attempt_domain (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,
    domain     INTEGER NOT NULL,
    weight     INTEGER NOT NULL,
    total      INTEGER NOT NULL,
    correct    INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, domain)
) STRICT;

CREATE TABLE exam_attempt_item (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    item_id    TEXT NOT NULL,
    domain     INTEGER NOT NULL,
    answer     TEXT,                             -- NULL when unanswered
    correct    INTEGER NOT NULL,
    flagged    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (attempt_id, position)
) STRICT;
";

/// Quiz attempts (issue 11): one row per sitting; the per-item answers and per-domain scores are
/// JSON because a quiz's items and domains vary per file and are only read back whole.
const QUIZ_ATTEMPTS: &str = "
CREATE TABLE quiz_attempt (
    id           INTEGER PRIMARY KEY,
    quiz_id      TEXT NOT NULL,
    title        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seed         INTEGER NOT NULL,
    taken_at     INTEGER NOT NULL,              -- Unix seconds
    lang         TEXT NOT NULL,
    total        INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    pass_percent INTEGER NOT NULL,
    passed       INTEGER NOT NULL,
    items        TEXT NOT NULL,                 -- JSON: [{id, answer, correct, domains}]
    domains      TEXT NOT NULL                  -- JSON: [{domain, total, correct}]
) STRICT;
CREATE INDEX quiz_attempt_taken ON quiz_attempt(taken_at);
";

/// Mock exams in progress (issue 10): the frozen paper, every answer as it is given, and the
/// exam time already used, so a sitting can be left and resumed. `attempt_id` is set when the
/// sitting is submitted and its result stored in `exam_attempt`.
const EXAM_SITTINGS: &str = "
CREATE TABLE exam_sitting (
    id          INTEGER PRIMARY KEY,
    exam        TEXT NOT NULL,
    seed        INTEGER NOT NULL,                -- paper seed (u64 stored as its i64 bits)
    started_at  INTEGER NOT NULL,                -- Unix seconds
    updated_at  INTEGER NOT NULL,                -- last answer or leave, Unix seconds
    lang        TEXT NOT NULL,
    esl         INTEGER NOT NULL DEFAULT 0,
    limit_secs  INTEGER,                         -- NULL without a timer
    used_secs   INTEGER NOT NULL DEFAULT 0,      -- exam time spent while the paper was open
    position    INTEGER NOT NULL DEFAULT 0,      -- the item on screen when last saved
    items       TEXT NOT NULL,                   -- JSON: [[item id, domain index]] in paper order
    attempt_id  INTEGER REFERENCES exam_attempt(id) ON DELETE SET NULL,
    scheduled   INTEGER NOT NULL DEFAULT 0       -- wrong items put into the study schedule
) STRICT;
CREATE INDEX exam_sitting_open ON exam_sitting(attempt_id, updated_at);

CREATE TABLE exam_sitting_answer (
    sitting_id  INTEGER NOT NULL REFERENCES exam_sitting(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    answer      TEXT,                            -- as typed (a,c); NULL when cleared
    flagged     INTEGER NOT NULL DEFAULT 0,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (sitting_id, position)
) STRICT;
";

/// Suspend, bury and flag marks (issue 17), apart from `item_state` so that restoring a schedule
/// (undo, import) never touches them, and a mark on a never-seen item needs no schedule row.
const ITEM_MARKS: &str = "
CREATE TABLE item_mark (
    item_id    TEXT PRIMARY KEY,
    suspended  INTEGER NOT NULL DEFAULT 0,
    buried_day INTEGER,                         -- study day it is buried for; NULL when not buried
    flagged_at INTEGER,                         -- Unix seconds; NULL when not flagged
    flag_note  TEXT
) STRICT;
";

/// Sync to a bootcamp's `PostgreSQL` (issue 18): the connection (never a password), and which rows
/// the server already has. A pushed row is remembered by its id *and* its time, so a row id that
/// `SQLite` hands out again after a delete is still seen as new.
const SYNC: &str = "
CREATE TABLE sync_config (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    server    TEXT NOT NULL,                    -- postgres:// URL without a password
    cohort    TEXT NOT NULL,
    learner   TEXT NOT NULL,
    device    TEXT NOT NULL,                    -- random, kept across set-ups
    last_sync INTEGER,                          -- Unix seconds of the last complete sync
    last_error TEXT
) STRICT;
CREATE TABLE sync_pushed (
    kind     TEXT NOT NULL CHECK (kind IN ('review', 'exam', 'quiz')),
    local_id INTEGER NOT NULL,
    stamp    INTEGER NOT NULL,
    PRIMARY KEY (kind, local_id, stamp)
) STRICT, WITHOUT ROWID;
CREATE TABLE sync_item (
    item_id     TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
) STRICT, WITHOUT ROWID;
";

/// Every migration, oldest first.
fn list() -> Vec<M<'static>> {
    vec![M::up(V1), M::up(V2), M::up(QUIZ_ATTEMPTS), M::up(EXAM_SITTINGS), M::up(ITEM_MARKS), M::up(SYNC)]
}

/// Every migration, oldest first.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(list())
}

/// The schema version this binary writes: one per migration.
pub fn latest() -> usize {
    list().len()
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
