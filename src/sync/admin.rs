//! Roles, run by the bootcamp's admin: one login role per learner, member of `awsdrill_learner`
//! and listed in `awsdrill.member` for exactly one (cohort, learner); lead roles, members of
//! `awsdrill_lead` and listed in `awsdrill.lead` for a cohort. The row-level security policies of
//! [`super::schema`] do the rest. The password is sent as a SCRAM verifier computed here, so the
//! server (and its statement log) never sees it in clear. docs/sync.md shows the same SQL.

use postgres::Client;

use super::schema::DATA_TABLES;
use super::{SyncError, server_err};

/// The kind of role to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Reads and writes one learner's rows.
    Learner,
    /// Reads a cohort.
    Lead,
}

/// A role name awsdrill accepts: lower-case ASCII letters, digits and `_`, starting with a
/// letter, at most 63 bytes (`PostgreSQL`'s limit), so it never needs quoting tricks.
pub fn valid_role(name: &str) -> bool {
    name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The default role of a learner: `aws_<cohort>_<learner>`, folded into a valid role name.
pub fn default_role(cohort: &str, learner: &str) -> String {
    let fold = |s: &str| -> String {
        s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
    };
    let mut role = format!("aws_{}_{}", fold(cohort), fold(learner));
    role.truncate(63);
    role
}

/// A random password: 24 letters and digits (about 142 bits).
pub fn random_password() -> String {
    use rand::RngExt as _;
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..24).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// The grants both group roles need; idempotent.
pub fn group_sql() -> String {
    let data = DATA_TABLES.map(|t| format!("awsdrill.{t}")).join(", ");
    format!(
        "DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'awsdrill_learner') THEN CREATE ROLE awsdrill_learner NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'awsdrill_lead') THEN CREATE ROLE awsdrill_lead NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA awsdrill TO awsdrill_learner, awsdrill_lead;
GRANT SELECT ON awsdrill.schema_version, awsdrill.member, awsdrill.lead TO awsdrill_learner, awsdrill_lead;
GRANT SELECT, INSERT, UPDATE, DELETE ON {data} TO awsdrill_learner;
GRANT SELECT ON {data} TO awsdrill_lead;
"
    )
}

/// Creates (or re-keys) a login role and lists it for the cohort (and learner).
pub fn create(
    client: &mut Client,
    kind: Kind,
    cohort: &str,
    learner: Option<&str>,
    role: &str,
    password: &str,
) -> Result<(), SyncError> {
    assert!(valid_role(role), "callers check the role name");
    super::schema::ensure(client)?;
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes()).replace('\'', "''");
    let group = match kind {
        Kind::Learner => "awsdrill_learner",
        Kind::Lead => "awsdrill_lead",
    };
    let mut tx = client.transaction().map_err(|e| server_err(&e))?;
    tx.batch_execute(&group_sql()).map_err(|e| server_err(&e))?;
    let exists: bool = tx
        .query_one("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)", &[&role])
        .map_err(|e| server_err(&e))?
        .get(0);
    let verb = if exists { "ALTER" } else { "CREATE" };
    tx.batch_execute(&format!("{verb} ROLE \"{role}\" LOGIN PASSWORD '{verifier}'; GRANT {group} TO \"{role}\";"))
        .map_err(|e| server_err(&e))?;
    match (kind, learner) {
        (Kind::Learner, Some(name)) => tx.execute(
            "INSERT INTO awsdrill.member (cohort, learner, role) VALUES ($1, $2, $3)
             ON CONFLICT (cohort, learner) DO UPDATE SET role = excluded.role",
            &[&cohort, &name, &role],
        ),
        _ => tx.execute(
            "INSERT INTO awsdrill.lead (cohort, role) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&cohort, &role],
        ),
    }
    .map_err(|e| server_err(&e))?;
    tx.commit().map_err(|e| server_err(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_are_folded_and_checked() {
        assert_eq!(default_role("Spring-2027", "Kim Minji"), "aws_spring_2027_kim_minji");
        assert!(valid_role(&default_role("x", &"y".repeat(100))));
        assert!(!valid_role("Robert\"; DROP"));
        assert!(!valid_role("9lives"));
        let p = random_password();
        assert!(p.len() == 24 && p.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(p, random_password());
    }
}
