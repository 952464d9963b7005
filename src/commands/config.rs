//! `awsdrill config set KEY VALUE` and `config show`: study settings saved in the database, so
//! a daily limit chosen once holds for every later session (`--new` stays a one-day override).

use clap::{Args, Subcommand, ValueEnum};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::commands::study::{keys, saved_config};
use crate::context::Ctx;
use crate::fargs;
use crate::srs::Config;

/// `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Save a study setting
    Set(SetArgs),
    /// Show the study settings in use and where each comes from
    Show(JsonFlag),
}

/// A setting a learner may save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Key {
    /// New items a day (1–200)
    NewPerDay,
    /// Review-phase items a day (1–9999)
    ReviewsPerDay,
    /// Desired retention (0.70–0.99)
    Retention,
}

impl Key {
    const ALL: [Key; 3] = [Key::NewPerDay, Key::ReviewsPerDay, Key::Retention];

    fn name(self) -> &'static str {
        match self {
            Key::NewPerDay => "new-per-day",
            Key::ReviewsPerDay => "reviews-per-day",
            Key::Retention => "retention",
        }
    }

    fn db_key(self) -> &'static str {
        match self {
            Key::NewPerDay => keys::NEW_PER_DAY,
            Key::ReviewsPerDay => keys::REVIEWS_PER_DAY,
            Key::Retention => keys::RETENTION,
        }
    }

    /// The value in `config`, as text.
    fn value(self, config: &Config) -> String {
        match self {
            Key::NewPerDay => config.new_per_day.to_string(),
            Key::ReviewsPerDay => config.reviews_per_day.to_string(),
            Key::Retention => config.desired_retention.to_string(),
        }
    }

    /// The value normalized for storage, or `None` when out of range.
    fn check(self, text: &str) -> Option<String> {
        let text = text.trim();
        match self {
            Key::NewPerDay => text.parse::<u32>().ok().filter(|n| (1..=200).contains(n)).map(|n| n.to_string()),
            Key::ReviewsPerDay => text.parse::<u32>().ok().filter(|n| (1..=9999).contains(n)).map(|n| n.to_string()),
            Key::Retention => text.parse::<f32>().ok().filter(|r| (0.70..=0.99).contains(r)).map(|r| r.to_string()),
        }
    }

    fn range(self) -> &'static str {
        match self {
            Key::NewPerDay => "1–200",
            Key::ReviewsPerDay => "1–9999",
            Key::Retention => "0.70–0.99",
        }
    }
}

/// Arguments of `config set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The setting
    pub key: Key,
    /// Its new value
    pub value: String,
}

/// Runs `config`.
pub fn run(cmd: &ConfigCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        ConfigCommand::Set(args) => {
            let Some(value) = args.key.check(&args.value) else {
                anyhow::bail!(ctx.i18n.ta(
                    "exam2-config-bad-value",
                    &fargs!("key" => args.key.name(), "value" => args.value.clone(), "range" => args.key.range())
                ));
            };
            ctx.store()?.set_setting(args.key.db_key(), &value)?;
            println!("{}", ctx.i18n.ta("exam2-config-saved", &fargs!("key" => args.key.name(), "value" => value)));
            Ok(ExitStatus::Success)
        }
        ConfigCommand::Show(json) => {
            let store = ctx.store()?;
            let config = saved_config(store)?;
            let mut rows = Vec::new();
            for key in Key::ALL {
                let saved = store.setting(key.db_key())?.is_some();
                rows.push((key, key.value(&config), saved));
            }
            if json.json {
                let map: serde_json::Map<String, serde_json::Value> = rows
                    .iter()
                    .map(|(k, v, saved)| (k.name().to_owned(), serde_json::json!({"value": v, "saved": saved})))
                    .collect();
                crate::commands::print_json(&map)?;
                return Ok(ExitStatus::Success);
            }
            for (key, value, saved) in rows {
                let from = ctx.i18n.t(if saved { "exam2-config-from-saved" } else { "exam2-config-from-default" });
                println!("{} = {value} ({from})", key.name());
            }
            println!("{}", ctx.i18n.t("exam2-config-hint"));
            Ok(ExitStatus::Success)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_and_normalized() {
        assert_eq!(Key::NewPerDay.check(" 30 "), Some("30".into()));
        assert_eq!(Key::NewPerDay.check("0"), None);
        assert_eq!(Key::NewPerDay.check("lots"), None);
        assert_eq!(Key::Retention.check("0.85"), Some("0.85".into()));
        assert_eq!(Key::Retention.check("1.5"), None);
        assert_eq!(Key::ReviewsPerDay.check("10000"), None);
    }
}
