//! Sync to a bootcamp's `PostgreSQL` server (issue 18). The local `SQLite` database stays the
//! learner's own copy and the source of truth: a sync only ever sends rows, with ids that are
//! stable (device, local row id and time), so pushing twice adds nothing and a failed or killed
//! sync is simply run again.
//!
//! `server` connects (TLS when offered, the password from the environment or a pgpass file, never
//! from the URL) and migrates the server schema; `push` sends what is pending; `pull` reads a
//! cohort back into the same [`crate::cohort::export::Export`] structures the file report reads;
//! `admin` creates the per-learner and lead roles.

pub mod admin;
pub mod pull;
pub mod push;
pub mod schema;
pub mod server;

/// Why a sync could not be done.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// Not a `PostgreSQL` URL.
    #[error("{url}: {reason}")]
    Url {
        /// The URL as given.
        url: String,
        /// The parser's reason.
        reason: String,
    },
    /// The URL carries a password (it would be stored and visible in `ps`).
    #[error("password in URL")]
    PasswordInUrl,
    /// The connection failed.
    #[error("{0}")]
    Connect(String),
    /// Nothing answers at that address (server down, wrong host or port, firewall).
    #[error("{address}: {reason}")]
    Refused {
        /// `host:port`.
        address: String,
        /// The driver's reason.
        reason: String,
    },
    /// The server refused the password (or the role does not exist).
    #[error("{user}: {reason}")]
    BadPassword {
        /// The role.
        user: String,
        /// The server's reason.
        reason: String,
    },
    /// The server wants a password and none was found.
    #[error("no password for {user} at {address}")]
    NoPassword {
        /// The role.
        user: String,
        /// `host:port`.
        address: String,
    },
    /// A statement failed on the server.
    #[error("{0}")]
    Server(String),
    /// The server schema is newer than this awsdrill.
    #[error("server schema version {found} is newer than this awsdrill ({supported})")]
    SchemaTooNew {
        /// Server version.
        found: i32,
        /// Ours.
        supported: usize,
    },
    /// The schema is missing or old and this role may not create it.
    #[error("{0}")]
    SchemaDenied(String),
    /// The role may not read the cohort.
    #[error("role {role} may not read cohort {cohort}")]
    NotLead {
        /// The connecting role.
        role: String,
        /// The cohort.
        cohort: String,
    },
    /// Local database error.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// A server error as one line: the server's own message (and detail) when there is one, else the
/// whole chain of causes.
pub fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_owned(),
        };
    }
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

pub(crate) fn server_err(e: &postgres::Error) -> SyncError {
    SyncError::Server(describe(e))
}
