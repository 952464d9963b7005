//! The server schema, in schema `awsdrill`: append-only migrations recorded in
//! `awsdrill.schema_version`, applied under an advisory lock so that many learners syncing for the
//! first time at once migrate it exactly once.
//!
//! Every table carries `cohort` and `learner`. Row-level security: a role listed in `member` for
//! a (cohort, learner) reads and writes only that learner's rows; a role listed in `lead` for a
//! cohort reads the whole cohort. Superusers and the tables' owner (the admin) bypass it.

use postgres::Client;

use super::{SyncError, describe, server_err};

/// Tables holding learner data (each gets the learner and lead policies).
pub const DATA_TABLES: [&str; 5] = ["learner", "review", "item_state", "exam_attempt", "quiz_attempt"];

const V1: &str = "
CREATE TABLE awsdrill.member (
    cohort  text NOT NULL,
    learner text NOT NULL,
    role    name NOT NULL,
    PRIMARY KEY (cohort, learner)
);
CREATE TABLE awsdrill.lead (
    cohort text NOT NULL,
    role   name NOT NULL,
    PRIMARY KEY (cohort, role)
);
CREATE TABLE awsdrill.learner (
    cohort    text NOT NULL,
    learner   text NOT NULL,
    goal_exam text,
    goal_date text,
    synced_at bigint NOT NULL,
    PRIMARY KEY (cohort, learner)
);
CREATE TABLE awsdrill.review (
    cohort        text NOT NULL,
    learner       text NOT NULL,
    device        text NOT NULL,
    local_id      bigint NOT NULL,
    reviewed_at   bigint NOT NULL,          -- Unix milliseconds
    item_id       text NOT NULL,
    day           bigint NOT NULL,          -- the learner's study day
    rating        smallint NOT NULL,
    mode          text NOT NULL,
    phase_before  smallint NOT NULL,
    correct       boolean,
    elapsed_days  bigint NOT NULL,
    interval_days bigint NOT NULL,
    lang          text,
    answer        text,
    variant_seed  bigint,
    duration_ms   bigint,
    PRIMARY KEY (cohort, learner, device, local_id, reviewed_at)
);
CREATE TABLE awsdrill.item_state (
    cohort      text NOT NULL,
    learner     text NOT NULL,
    item_id     text NOT NULL,
    phase       text NOT NULL,
    stability   double precision,
    difficulty  double precision,
    due         bigint NOT NULL,
    last_review bigint,
    reps        bigint NOT NULL,
    lapses      bigint NOT NULL,
    leech       boolean NOT NULL,
    PRIMARY KEY (cohort, learner, item_id)
);
CREATE TABLE awsdrill.exam_attempt (
    cohort          text NOT NULL,
    learner         text NOT NULL,
    device          text NOT NULL,
    local_id        bigint NOT NULL,
    finished_at     bigint NOT NULL,
    exam            text NOT NULL,
    total           bigint NOT NULL,
    correct         bigint NOT NULL,
    scaled_estimate bigint NOT NULL,
    pass_mark       bigint NOT NULL,
    passed          boolean NOT NULL,
    domains         jsonb NOT NULL,
    PRIMARY KEY (cohort, learner, device, local_id, finished_at)
);
CREATE TABLE awsdrill.quiz_attempt (
    cohort   text NOT NULL,
    learner  text NOT NULL,
    device   text NOT NULL,
    local_id bigint NOT NULL,
    taken_at bigint NOT NULL,
    attempt  jsonb NOT NULL,
    PRIMARY KEY (cohort, learner, device, local_id, taken_at)
);
ALTER TABLE awsdrill.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE awsdrill.lead ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_membership ON awsdrill.member FOR SELECT USING (role = current_user);
CREATE POLICY own_lead ON awsdrill.lead FOR SELECT USING (role = current_user);
";

/// The policies' subqueries do not refer to the row, so the server runs each once per statement
/// (a hashed subplan) instead of once per row: a lead's report over 1M reviews would otherwise pay
/// two correlated lookups per review.
fn policies(table: &str) -> String {
    format!(
        "ALTER TABLE awsdrill.{table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY learner_own ON awsdrill.{table}
    USING ((cohort, learner) IN (SELECT m.cohort, m.learner FROM awsdrill.member m WHERE m.role = current_user))
    WITH CHECK ((cohort, learner) IN (SELECT m.cohort, m.learner FROM awsdrill.member m WHERE m.role = current_user));
CREATE POLICY lead_reads ON awsdrill.{table} FOR SELECT
    USING (cohort IN (SELECT l.cohort FROM awsdrill.lead l WHERE l.role = current_user));
"
    )
}

/// Every server migration, oldest first. Append only.
pub fn migrations() -> Vec<String> {
    let mut v1 = V1.to_owned();
    for table in DATA_TABLES {
        v1.push_str(&policies(table));
    }
    vec![v1]
}

/// The server schema version this binary writes.
pub fn latest() -> usize {
    migrations().len()
}

fn version(client: &mut Client) -> Result<Option<i32>, SyncError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('awsdrill.schema_version') IS NOT NULL", &[])
        .map_err(|e| server_err(&e))?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let row = client.query_one("SELECT max(version) FROM awsdrill.schema_version", &[]).map_err(|e| server_err(&e))?;
    Ok(Some(row.get::<_, Option<i32>>(0).unwrap_or(0)))
}

/// Brings the server schema to [`latest`]; a current schema costs one query and needs no rights
/// beyond reading, so learners' roles never need to create anything.
pub fn ensure(client: &mut Client) -> Result<(), SyncError> {
    let latest = latest();
    match version(client)? {
        Some(v) if v as usize == latest => return Ok(()),
        Some(v) if v as usize > latest => return Err(SyncError::SchemaTooNew { found: v, supported: latest }),
        _ => {}
    }
    let denied = |e: &postgres::Error| SyncError::SchemaDenied(describe(e));
    let mut tx = client.transaction().map_err(|e| server_err(&e))?;
    // "AWSD", as the SQLite application id: any constant works if every awsdrill uses the same.
    tx.execute("SELECT pg_advisory_xact_lock(1096241988)", &[]).map_err(|e| server_err(&e))?;
    tx.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS awsdrill;
         CREATE TABLE IF NOT EXISTS awsdrill.schema_version (
             version    integer PRIMARY KEY,
             applied_at timestamptz NOT NULL DEFAULT now()
         );",
    )
    .map_err(|e| denied(&e))?;
    let current: i32 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM awsdrill.schema_version", &[])
        .map_err(|e| server_err(&e))?
        .get(0);
    if current as usize > latest {
        return Err(SyncError::SchemaTooNew { found: current, supported: latest });
    }
    for (i, sql) in migrations().iter().enumerate().skip(current as usize) {
        tx.batch_execute(sql).map_err(|e| denied(&e))?;
        tx.execute("INSERT INTO awsdrill.schema_version (version) VALUES ($1)", &[&((i + 1) as i32)])
            .map_err(|e| server_err(&e))?;
    }
    tx.commit().map_err(|e| server_err(&e))
}
