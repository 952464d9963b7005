//! Localized `--help` and usage errors. clap's texts come from doc comments, in English; here the
//! built command tree is walked and every about and argument help is replaced by its Fluent message
//! (`i18n/*/help.ftl`), so a Korean learner reads Korean in every help page and usage error.
//!
//! Ids: a command's about is the message `cli-<path>` (`cli`, `cli-study`, `cli-calc-subnet`), and
//! each of its arguments is an attribute of that message named after the argument's id
//! (`cli-study.topic`). Global options are described once, on `cli`.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::{Lang, Locale, Localizer, resolve_lang};

/// Arguments clap adds on its own; their help is `cli-builtin.<id>`.
const BUILTIN_ARGS: [&str; 2] = ["help", "version"];

/// The language for help and usage errors, decided before clap parses: `--lang X` / `--lang=X`
/// in the arguments, then the environment, as for everything else.
pub fn early_lang(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" { iter.next() } else { arg.strip_prefix("--lang=") };
        if let Some(lang) = value.and_then(|v| match v {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            "both" => Some(Lang::Both),
            _ => None,
        }) {
            flag = Some(lang);
        }
    }
    resolve_lang(flag, env).0
}

/// The full command tree with every help text in the learner's language.
pub fn command(i18n: &Localizer) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    let heading = Heading::new(i18n);
    localize(cmd, "cli", i18n, &heading, true)
}

struct Heading {
    global: String,
    options: String,
    arguments: String,
    commands: String,
    usage: String,
}

impl Heading {
    fn new(i18n: &Localizer) -> Heading {
        Heading {
            global: i18n.t("cli-heading-global"),
            options: i18n.t("cli-heading-options"),
            arguments: i18n.t("cli-heading-arguments"),
            commands: i18n.t("cli-heading-commands"),
            usage: i18n.t("cli-heading-usage"),
        }
    }
}

fn localize(mut cmd: Command, id: &str, i18n: &Localizer, heading: &Heading, root: bool) -> Command {
    let locale = i18n.primary();
    if let Some(about) = lookup(i18n, locale, id, None) {
        cmd = cmd.about(about).long_about(None);
    }
    let template =
        format!("{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}", heading.usage);
    cmd = cmd.help_template(template).subcommand_help_heading(heading.commands.clone());
    let args: Vec<(String, bool, bool)> =
        cmd.get_arguments().map(|a| (a.get_id().to_string(), a.is_global_set(), a.is_positional())).collect();
    for (arg_id, global, positional) in args {
        let owner = if global || BUILTIN_ARGS.contains(&arg_id.as_str()) {
            if BUILTIN_ARGS.contains(&arg_id.as_str()) { "cli-builtin" } else { "cli" }
        } else {
            id
        };
        let help = lookup(i18n, locale, owner, Some(&arg_id));
        let section = match (global, positional) {
            (true, _) => heading.global.clone(),
            (false, true) => heading.arguments.clone(),
            (false, false) => heading.options.clone(),
        };
        // `--help`/`--version` of a subcommand belong with its own options.
        let section = if BUILTIN_ARGS.contains(&arg_id.as_str()) && !root { heading.options.clone() } else { section };
        cmd = cmd.mut_arg(arg_id.as_str(), |arg: Arg| {
            let arg = arg.help_heading(section);
            match help {
                // clap would add "[possible values: …]" and "[default: …]" in English, and list
                // the values' own (English) help: say both in the learner's language instead.
                Some(text) => {
                    let text = with_values_and_default(&arg, text, i18n);
                    arg.help(text).long_help(None).hide_possible_values(true).hide_default_value(true)
                }
                None => arg,
            }
        });
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in names {
        // clap's own `help` subcommand has one text wherever it appears.
        let child = if name == "help" { "cli-help".to_owned() } else { format!("{id}-{name}") };
        cmd = cmd.mut_subcommand(name.as_str(), |sub| localize(sub, &child, i18n, heading, false));
    }
    cmd
}

fn with_values_and_default(arg: &Arg, mut text: String, i18n: &Localizer) -> String {
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    if !takes_value {
        return text;
    }
    let values: Vec<String> =
        arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_owned()).collect();
    if !values.is_empty() {
        text.push(' ');
        text.push_str(&i18n.ta("cli-possible-values", &crate::fargs!("values" => values.join(", "))));
    }
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() {
        text.push(' ');
        text.push_str(&i18n.ta("cli-default-value", &crate::fargs!("value" => defaults.join(", "))));
    }
    text
}

/// A message value (`attr` None) or attribute, in `locale`, else English; None when neither has it.
fn lookup(i18n: &Localizer, locale: Locale, id: &str, attr: Option<&str>) -> Option<String> {
    [locale, Locale::En].into_iter().find_map(|l| i18n.lookup(l, id, attr))
}

/// Every (message id, attribute) the command tree asks for, for the completeness test.
pub fn required_ids() -> Vec<(String, Option<String>)> {
    fn walk(cmd: &Command, id: &str, out: &mut Vec<(String, Option<String>)>) {
        out.push((id.to_owned(), None));
        for arg in cmd.get_arguments() {
            let arg_id = arg.get_id().as_str();
            if arg.is_global_set() && id != "cli" || BUILTIN_ARGS.contains(&arg_id) {
                continue;
            }
            out.push((id.to_owned(), Some(arg_id.to_owned())));
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() != "help" {
                walk(sub, &format!("{id}-{}", sub.get_name()), out);
            }
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "cli", &mut out);
    for builtin in BUILTIN_ARGS {
        out.push(("cli-builtin".to_owned(), Some(builtin.to_owned())));
    }
    out.push(("cli-help".to_owned(), None));
    out
}

/// A usage error in the learner's language, naming the flag and what it accepts; English keeps
/// clap's own wording, which already does.
pub fn render_error(err: &clap::Error, i18n: &Localizer, args: &[OsString]) -> String {
    if i18n.primary() == Locale::En {
        return clap_text(err);
    }
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let id = match err.kind() {
        ErrorKind::InvalidValue => "cli-error-invalid-value",
        ErrorKind::UnknownArgument => "cli-error-unknown-argument",
        ErrorKind::InvalidSubcommand => "cli-error-invalid-subcommand",
        ErrorKind::MissingRequiredArgument => "cli-error-missing-argument",
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "cli-error-missing-subcommand"
        }
        ErrorKind::ValueValidation => "cli-error-value-validation",
        ErrorKind::ArgumentConflict => "cli-error-conflict",
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => "cli-error-value-count",
        ErrorKind::NoEquals => "cli-error-no-equals",
        _ => return clap_text(err),
    };
    let arg = if arg.is_empty() { text(ContextKind::InvalidSubcommand) } else { arg };
    // A parser's own reason ("invalid digit found in string") is English; keep it only in English.
    let reason = err.source().map(ToString::to_string).filter(|r| r.chars().any(is_hangul)).unwrap_or_default();
    let mut out = i18n.ta(
        id,
        &crate::fargs!(
            "arg" => arg,
            "value" => value,
            "valid" => text(ContextKind::ValidValue),
            "other" => text(ContextKind::PriorArg)
        ),
    );
    if !reason.is_empty() {
        let _ = write!(out, " ({reason})");
    }
    let suggested =
        [text(ContextKind::SuggestedArg), text(ContextKind::SuggestedSubcommand), text(ContextKind::SuggestedValue)]
            .into_iter()
            .find(|s| !s.is_empty());
    if let Some(suggested) = suggested {
        out.push('\n');
        out.push_str(&i18n.ta("cli-error-did-you-mean", &crate::fargs!("suggested" => suggested)));
    }
    let usage = usage_of(args, i18n);
    if !usage.is_empty() {
        let _ = write!(out, "\n\n{}: {usage}", i18n.t("cli-heading-usage"));
    }
    out.push_str("\n\n");
    out.push_str(&i18n.t("cli-error-see-help"));
    out.push('\n');
    out
}

use std::error::Error as _;

/// clap's own rendering, coloured only on a terminal that allows colour.
fn clap_text(err: &clap::Error) -> String {
    use std::io::IsTerminal as _;
    let styled = err.render();
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The usage line of the deepest subcommand named in `args`, without clap's English heading.
fn usage_of(args: &[OsString], i18n: &Localizer) -> String {
    let mut cmd = command(i18n);
    let mut current = &mut cmd;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if current.find_subcommand(arg).is_some() {
            current = current.find_subcommand_mut(arg).expect("found above");
        }
    }
    let usage = current.render_usage().to_string();
    usage.trim().split_once(':').map_or(usage.trim(), |(_, rest)| rest.trim()).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn early_lang_reads_the_flag_in_both_spellings() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(early_lang(&args(&["awsdrill", "--lang", "ko", "study"]), env_none), Lang::Ko);
        assert_eq!(early_lang(&args(&["awsdrill", "stats", "--lang=both"]), env_none), Lang::Both);
        assert_eq!(early_lang(&args(&["awsdrill", "--", "--lang", "ko"]), env_none), Lang::En);
        let ko_env = |k: &str| (k == "LANG").then(|| "ko_KR.UTF-8".to_owned());
        assert_eq!(early_lang(&args(&["awsdrill"]), ko_env), Lang::Ko);
    }

    #[test]
    fn every_command_and_argument_has_help_in_both_locales() {
        let i18n = Localizer::new(Lang::En);
        let mut missing = Vec::new();
        for locale in Locale::ALL {
            for (id, attr) in required_ids() {
                if i18n.lookup(locale, &id, attr.as_deref()).is_none() {
                    missing.push(format!(
                        "{}: {id}{}",
                        locale.code(),
                        attr.map(|a| format!(".{a}")).unwrap_or_default()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "help messages missing:\n{}", missing.join("\n"));
    }

    #[test]
    fn korean_help_is_korean_and_lists_global_options_once() {
        let i18n = Localizer::new(Lang::Ko);
        let mut cmd = command(&i18n);
        let help = cmd.render_help().to_string();
        assert!(help.contains("사용법:"), "{help}");
        assert!(help.contains("전역 옵션"), "{help}");
        let mut study = command(&i18n);
        let study = study.find_subcommand_mut("study").expect("study exists").render_help().to_string();
        assert!(study.contains("전역 옵션"), "{study}");
        assert_eq!(study.matches("--lang").count(), 1, "{study}");
    }

    #[test]
    fn korean_usage_error_names_the_flag_and_the_values() {
        let i18n = Localizer::new(Lang::Ko);
        let err = command(&i18n).try_get_matches_from(["awsdrill", "--lang", "ko", "exam", "--esl", "--seed", "x"]);
        let args: Vec<OsString> =
            ["awsdrill", "--lang", "ko", "exam", "--esl", "--seed", "x"].map(OsString::from).into();
        let text = render_error(&err.expect_err("bad seed"), &i18n, &args);
        assert!(text.contains("awsdrill exam"), "{text}");
        assert!(text.contains("--seed"), "{text}");
        assert!(text.contains("사용법"), "{text}");
        let err = command(&i18n).try_get_matches_from(["awsdrill", "--lang", "fr"]).expect_err("bad lang");
        let text = render_error(&err, &i18n, &[]);
        assert!(text.contains("ko, en, both"), "{text}");
    }
}
