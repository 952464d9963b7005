//! Connecting: the URL (`postgres://user@host:port/db?sslmode=…`) never carries the password; it
//! comes from `PGPASSWORD`, else the pgpass file (`PGPASSFILE`, else `~/.pgpass`), as with `psql`.
//! TLS is used when the server offers it (`sslmode=prefer`, the default), required with
//! `sslmode=require` and refused with `sslmode=disable`. As in libpq, `require` alone encrypts
//! without checking the certificate; with `PGSSLROOTCERT` the certificate must chain to that CA.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config};

use super::{SyncError, describe};

/// Parses a server URL, refusing one that carries a password.
pub fn parse_url(url: &str) -> Result<Config, SyncError> {
    let config = Config::from_str(url).map_err(|e| SyncError::Url { url: url.to_owned(), reason: describe(&e) })?;
    if config.get_password().is_some() {
        return Err(SyncError::PasswordInUrl);
    }
    if config.get_hosts().is_empty() {
        return Err(SyncError::Url { url: url.to_owned(), reason: "no host".to_owned() });
    }
    Ok(config)
}

/// One pgpass field: `*` matches anything; `\:` and `\\` are escapes.
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("never empty").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("never empty").push(c),
        }
    }
    fields
}

/// The password of the first matching pgpass line.
pub fn pgpass_lookup(text: &str, host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).find_map(|line| {
        let f = split_pgpass(line);
        let ok = |i: usize, want: &str| f.get(i).is_some_and(|v| v == "*" || v == want);
        (f.len() == 5 && ok(0, host) && ok(1, &port) && ok(2, db) && ok(3, user)).then(|| f[4].clone())
    })
}

fn pgpass_file(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("PGPASSFILE").map(PathBuf::from).or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".pgpass")))
}

/// Fills in what the URL left out: the user (`PGUSER`, else `USER`), a connect timeout, and the
/// password from the environment or the pgpass file.
pub fn complete(config: &mut Config, env: &dyn Fn(&str) -> Option<String>, timeout: Duration) {
    if config.get_user().is_none() {
        config.user(env("PGUSER").or_else(|| env("USER")).as_deref().unwrap_or("postgres"));
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(timeout);
    }
    if let Some(password) = env("PGPASSWORD") {
        config.password(password);
        return;
    }
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = config.get_user().unwrap_or_default().to_owned();
    let db = config.get_dbname().map_or_else(|| user.clone(), str::to_owned);
    let found = pgpass_file(env)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|text| pgpass_lookup(&text, &host, port, &db, &user));
    if let Some(password) = found {
        config.password(password);
    }
}

fn tls(
    config: &Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<postgres_native_tls::MakeTlsConnector, SyncError> {
    let mut builder = native_tls::TlsConnector::builder();
    match env("PGSSLROOTCERT") {
        Some(path) => {
            let pem = std::fs::read(&path).map_err(|e| SyncError::Connect(format!("{path}: {e}")))?;
            let cert =
                native_tls::Certificate::from_pem(&pem).map_err(|e| SyncError::Connect(format!("{path}: {e}")))?;
            builder.add_root_certificate(cert).disable_built_in_roots(true);
        }
        None if config.get_ssl_mode() != SslMode::Disable => {
            builder.danger_accept_invalid_certs(true).danger_accept_invalid_hostnames(true);
        }
        None => {}
    }
    let connector = builder.build().map_err(|e| SyncError::Connect(e.to_string()))?;
    Ok(postgres_native_tls::MakeTlsConnector::new(connector))
}

/// Where a config points, for messages: `host:port` and the user.
fn target(config: &Config) -> (String, String) {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    (format!("{host}:{port}"), config.get_user().unwrap_or_default().to_owned())
}

/// Sorts a failed connection into what the user can act on.
fn classify(config: &Config, e: &postgres::Error) -> SyncError {
    let (address, user) = target(config);
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == postgres::error::SqlState::INVALID_PASSWORD
            || *code == postgres::error::SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return SyncError::BadPassword { user, reason: describe(e) };
        }
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && matches!(io.kind(), std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::TimedOut)
        {
            return SyncError::Refused { address, reason: describe(e) };
        }
        source = cause.source();
    }
    let reason = describe(e);
    if reason.contains("password missing") {
        return SyncError::NoPassword { user, address };
    }
    if reason.contains("timeout") || reason.contains("timed out") {
        return SyncError::Refused { address, reason };
    }
    SyncError::Connect(reason)
}

/// Asks for a password for `user@host:port`; None when it cannot ask.
pub type Prompt<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Connects to `url`. With `prompt`, a missing password is asked for on the terminal (without
/// echo) when there is one, as `psql` does; otherwise it must come from the environment.
pub fn connect_with(
    url: &str,
    env: &dyn Fn(&str) -> Option<String>,
    timeout: Duration,
    prompt: Option<Prompt<'_>>,
) -> Result<Client, SyncError> {
    let mut config = parse_url(url)?;
    complete(&mut config, env, timeout);
    if config.get_password().is_none()
        && let Some(ask) = prompt
    {
        let (address, user) = target(&config);
        if let Some(password) = ask(&format!("{user}@{address}")) {
            config.password(password);
        }
    }
    let tls = tls(&config, env)?;
    config.connect(tls).map_err(|e| classify(&config, &e))
}

/// Connects to `url` without ever prompting.
pub fn connect(url: &str, env: &dyn Fn(&str) -> Option<String>, timeout: Duration) -> Result<Client, SyncError> {
    connect_with(url, env, timeout, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_lines_match_like_libpq() {
        let text = "# comment\nother:5432:*:kim:nope\nlocalhost:5433:boot:kim:s\\:ecret\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(text, "localhost", 5433, "boot", "kim").as_deref(), Some("s:ecret"));
        assert_eq!(pgpass_lookup(text, "localhost", 5432, "boot", "kim").as_deref(), Some("fallback"));
        assert_eq!(pgpass_lookup("h:1:d:u\n", "h", 1, "d", "u"), None);
    }

    #[test]
    fn urls_with_passwords_are_refused() {
        assert!(matches!(parse_url("postgres://kim:pw@localhost/boot"), Err(SyncError::PasswordInUrl)));
        assert!(parse_url("postgres://kim@localhost:5433/boot?sslmode=require").is_ok());
        assert!(matches!(parse_url("postgres://kim@localhost/boot?sslmode=sometimes"), Err(SyncError::Url { .. })));
    }
}
