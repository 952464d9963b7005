//! Everything a command needs from the outside world, gathered once: language, clock, paths,
//! and lazily the bank and the database. Tests fix the clock with `AWSDRILL_NOW`.

use std::path::PathBuf;

use anyhow::Context as _;
use chrono::{DateTime, Local, Offset, TimeZone, Utc};

use crate::cli::{Cli, LangArg};
use crate::content::{self, Bank, ContentSource, LoadError};
use crate::i18n::{Lang, LangSource, Localizer, resolve_lang};
use crate::store::Store;

/// Where a path came from, for `awsdrill paths`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSource {
    /// A command-line flag.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// The platform convention (XDG data home, or ~/.local/share).
    Convention(&'static str),
    /// Built into the binary.
    Embedded,
    /// A profile's own database, in the `profiles/` folder beside the database the named
    /// source (`--db`, `AWSDRILL_DB` or the convention) points at.
    Profile(&'static str),
}

/// Hours after local midnight when a new study day begins (as in Anki).
pub use crate::srs::DAY_STARTS_AT_HOUR;

/// The journeys' readers of a content folder's other files: exam blueprints and quiz files.
pub const CONTENT_FILE_CHECKS: &[content::FileCheck] =
    &[crate::exam::check_content_files, crate::quiz::spec::check_files];

/// The run's context.
pub struct Ctx {
    /// Localizer for the chosen language.
    pub i18n: Localizer,
    /// Where the language came from.
    pub lang_source: LangSource,
    /// The current time.
    pub now: DateTime<Utc>,
    /// Local offset from UTC in seconds, at `now`.
    pub utc_offset: i64,
    /// The database path and its source.
    pub db_path: (PathBuf, PathSource),
    /// Where content comes from.
    pub content: (ContentSource, PathSource),
    /// The profile, if any.
    pub profile: Option<String>,
    pub(crate) bank: Option<Bank>,
    store: Option<Store>,
}

impl std::fmt::Debug for Ctx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx").field("now", &self.now).field("db_path", &self.db_path).finish_non_exhaustive()
    }
}

/// An environment variable, with empty values counted as unset.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The data folder: `$XDG_DATA_HOME/awsdrill` when it is absolute, else `~/.local/share/awsdrill`.
pub fn data_dir(env: impl Fn(&str) -> Option<String>) -> Option<(PathBuf, &'static str)> {
    if let Some(xdg) = env("XDG_DATA_HOME").map(PathBuf::from).filter(|p| p.is_absolute()) {
        return Some((xdg.join("awsdrill"), "XDG_DATA_HOME"));
    }
    env("HOME").map(|home| (PathBuf::from(home).join(".local/share/awsdrill"), "HOME"))
}

/// Checks a profile name: letters, digits, `-` and `_`, up to 40 characters.
pub fn valid_profile(name: &str) -> bool {
    !name.is_empty() && name.len() <= 40 && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// One of our own variables, which must be text: a value that is not UTF-8 is an error naming the
/// variable, never a silent fallback to another learner's default database.
fn own_var(name: &'static str, i18n: &Localizer) -> anyhow::Result<Option<String>> {
    match std::env::var_os(name) {
        None => Ok(None),
        Some(value) => match value.into_string() {
            Ok(text) => Ok(Some(text).filter(|v| !v.trim().is_empty())),
            Err(_) => anyhow::bail!(i18n.ta("error-env-not-utf8", &crate::fargs!("var" => name))),
        },
    }
}

/// A path variable: any bytes the platform accepts, empty counted as unset.
fn path_var(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// The database a run uses. Without a profile: `--db`, else `AWSDRILL_DB`, else the data folder's
/// `progress.db`. With a profile the learner always gets `profiles/NAME.db`, so two profiles never
/// share rows whatever `AWSDRILL_DB` says: `--db`/`AWSDRILL_DB` then only name the folder — the
/// folder itself when the path is an existing directory, else the folder holding that file.
pub fn resolve_db(
    flag: Option<PathBuf>,
    profile: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    i18n: &Localizer,
) -> anyhow::Result<(PathBuf, PathSource)> {
    let named = match flag {
        Some(path) => Some((path, "--db")),
        None => path_var("AWSDRILL_DB").map(|p| (p, "AWSDRILL_DB")),
    };
    let Some(name) = profile else {
        if let Some((path, origin)) = named {
            let source = if origin == "--db" { PathSource::Flag(origin) } else { PathSource::Env(origin) };
            return Ok((path, source));
        }
        let (dir, why) = data_dir(env).with_context(|| i18n.t("error-no-data-dir"))?;
        return Ok((dir.join("progress.db"), PathSource::Convention(why)));
    };
    let (folder, origin) = match named {
        Some((path, origin)) => {
            let folder = if path.is_dir() { path } else { path.parent().map(PathBuf::from).unwrap_or_default() };
            (folder, origin)
        }
        None => data_dir(env).with_context(|| i18n.t("error-no-data-dir"))?,
    };
    Ok((folder.join("profiles").join(format!("{name}.db")), PathSource::Profile(origin)))
}

impl Ctx {
    /// Closes the database and leaves the bank and the messages to the operating system: the
    /// process is about to exit, and freeing them one allocation at a time costs more than the
    /// rest of a short command.
    pub fn exit_without_freeing(mut self) {
        drop(self.store.take());
        std::mem::forget(self);
    }

    /// The folder holding `progress.db` and `profiles/` for this run.
    pub fn data_folder(&self) -> Option<PathBuf> {
        match &self.db_path.1 {
            PathSource::Profile(_) => self.db_path.0.parent()?.parent().map(PathBuf::from),
            PathSource::Flag(_) | PathSource::Env(_) => self.db_path.0.parent().map(PathBuf::from),
            PathSource::Convention(_) | PathSource::Embedded => data_dir(env_var).map(|(d, _)| d),
        }
    }

    /// Builds the context from the parsed command line and the process environment.
    pub fn from_cli(cli: &Cli) -> anyhow::Result<Ctx> {
        let flag = cli.lang.map(|l| match l {
            LangArg::Ko => Lang::Ko,
            LangArg::En => Lang::En,
            LangArg::Both => Lang::Both,
        });
        let (lang, lang_source) = resolve_lang(flag, env_var);
        let i18n = Localizer::new(lang);

        let now = match own_var("AWSDRILL_NOW", &i18n)? {
            Some(text) => DateTime::parse_from_rfc3339(&text)
                .with_context(|| i18n.ta("error-bad-now", &crate::fargs!("value" => text.clone())))?
                .with_timezone(&Utc),
            None => Utc::now(),
        };
        let utc_offset = i64::from(Local.offset_from_utc_datetime(&now.naive_utc()).fix().local_minus_utc());

        let profile = match &cli.profile {
            Some(name) => Some(name.clone()),
            None => own_var("AWSDRILL_PROFILE", &i18n)?,
        };
        if let Some(name) = &profile {
            anyhow::ensure!(valid_profile(name), i18n.ta("error-bad-profile", &crate::fargs!("name" => name.clone())));
        }
        let db_path = resolve_db(cli.db.clone(), profile.as_deref(), env_var, &i18n)?;
        let content = if let Some(dir) = &cli.content_dir {
            (ContentSource::Dir(dir.clone()), PathSource::Flag("--content-dir"))
        } else if let Some(dir) = path_var("AWSDRILL_CONTENT_DIR") {
            (ContentSource::Dir(dir), PathSource::Env("AWSDRILL_CONTENT_DIR"))
        } else {
            (ContentSource::Embedded, PathSource::Embedded)
        };
        Ok(Ctx { i18n, lang_source, now, utc_offset, db_path, content, profile, bank: None, store: None })
    }

    /// A context for unit tests: English, a fixed clock, in-memory database, embedded content.
    pub fn for_tests(lang: Lang, now: DateTime<Utc>) -> Ctx {
        Ctx {
            i18n: Localizer::new(lang),
            lang_source: LangSource::Default,
            now,
            utc_offset: 0,
            db_path: (PathBuf::from(":memory:"), PathSource::Flag("--db")),
            content: (ContentSource::Embedded, PathSource::Embedded),
            profile: None,
            bank: None,
            store: None,
        }
    }

    /// Now as Unix seconds.
    pub fn now_secs(&self) -> i64 {
        self.now.timestamp()
    }

    /// The study day of a Unix time: local days that begin at 04:00.
    pub fn day_of(&self, unix_secs: i64) -> i64 {
        crate::srs::day_of(unix_secs, self.utc_offset)
    }

    /// Today's study day.
    pub fn today(&self) -> i64 {
        self.day_of(self.now_secs())
    }

    /// Unix time when study day `day` ends (the next 04:00 local).
    pub fn day_end(&self, day: i64) -> i64 {
        crate::srs::day_start(day + 1, self.utc_offset)
    }

    /// The calendar date of a study day, `YYYY-MM-DD`.
    pub fn day_date(&self, day: i64) -> String {
        let noon = day * 86_400 + 12 * 3600;
        DateTime::from_timestamp(noon, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
    }

    /// The bank, loaded on first use.
    pub fn bank(&mut self) -> anyhow::Result<&Bank> {
        if self.bank.is_none() {
            let bank = content::load_with(&self.content.0, CONTENT_FILE_CHECKS).map_err(|err| match err {
                LoadError::Invalid(list) => {
                    let dir = match &self.content.0 {
                        ContentSource::Dir(d) => d.display().to_string(),
                        ContentSource::Embedded => String::new(),
                    };
                    anyhow::anyhow!(
                        self.i18n.ta("error-content-invalid", &crate::fargs!("count" => list.len(), "dir" => dir))
                    )
                }
                other @ LoadError::Io { .. } => anyhow::Error::new(other),
            })?;
            self.bank = Some(bank);
        }
        Ok(self.bank.as_ref().expect("loaded above"))
    }

    /// The database if this run already opened it (never creates the file).
    pub fn store_if_open(&mut self) -> Option<&mut Store> {
        self.store.as_mut()
    }

    /// The database, opened (and migrated) on first use.
    pub fn store(&mut self) -> anyhow::Result<&mut Store> {
        if self.store.is_none() {
            let path = &self.db_path.0;
            let store = if path.as_os_str() == ":memory:" { Store::open_in_memory()? } else { Store::open(path)? };
            self.store = Some(store);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }

    /// Localizer, bank and store together (borrowed at once).
    pub fn parts(&mut self) -> anyhow::Result<(&Localizer, &Bank, &mut Store)> {
        self.bank()?;
        self.store()?;
        Ok((&self.i18n, self.bank.as_ref().expect("loaded"), self.store.as_mut().expect("opened")))
    }
}
