//! Command-line surface (clap derive). Values are parsed here and validated in `context`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands;

/// Drill AWS certification exams (CLF-C02, SAA-C03) in Korean and English.
#[derive(Debug, Parser)]
#[command(
    name = "awsdrill",
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("AWSDRILL_COMMIT"), ", built ", env!("AWSDRILL_BUILD_DATE"), ")"),
    about,
    propagate_version = true
)]
pub struct Cli {
    /// Language of the interface and content [else `AWSDRILL_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// Progress database [else `AWSDRILL_DB`, else `$XDG_DATA_HOME/awsdrill/progress.db`]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Load content from this folder instead of the bank built into the binary [else `AWSDRILL_CONTENT_DIR`]
    #[arg(long, global = true, value_name = "DIR")]
    pub content_dir: Option<PathBuf>,

    /// Keep this learner's progress apart from others on a shared machine [else `AWSDRILL_PROFILE`]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// `study` options, for bare `awsdrill`
    #[command(flatten)]
    pub study: commands::study::StudyArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// 한국어
    Ko,
    /// English
    En,
    /// Korean and English together
    Both,
}

/// Subcommands; bare `awsdrill` is `awsdrill study`.
#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // Parsed once per run; boxing would only obscure the clap derive.
pub enum Command {
    /// Today's due items, scheduled by spaced repetition (the default)
    Study(commands::study::StudyArgs),
    /// Full mock exam at the real length, time and domain weights; `exam history` lists attempts, `exam resume` continues one, `exam review` shows every item
    Exam(commands::exam::ExamArgs),
    /// Instructor quizzes: take, answer key, export to LMS formats
    #[command(subcommand)]
    Quiz(commands::quiz::QuizCommand),
    /// Ask the service model directly, with a step-by-step explanation
    #[command(subcommand)]
    Calc(commands::calc::CalcCommand),
    /// List, show and search the items of the bank
    #[command(subcommand)]
    Cards(commands::cards::CardsCommand),
    /// Reviews, retention, streak, forecast and leeches
    Stats(commands::stats::StatsArgs),
    /// Export or import your review history
    #[command(subcommand)]
    Progress(commands::progress::ProgressCommand),
    /// Tools for content authors
    #[command(subcommand)]
    Content(commands::content::ContentCommand),
    /// Where the database and content are, and why
    Paths(commands::paths::PathsArgs),
    /// Exam-date mode: set an exam and its date, see readiness on exam day
    #[command(subcommand)]
    Goal(commands::goal::GoalCommand),
    /// List the learner profiles (progress databases) on this machine
    Profiles(commands::profiles::ProfilesArgs),
    /// Bootcamp tracking: export a learner's progress, report over a cohort
    #[command(subcommand)]
    Cohort(commands::cohort::CohortCommand),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page, or write one page per command into a folder
    Man(commands::man::ManArgs),
    /// Study settings saved in the database: `config set new-per-day 30`, `config show`
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// Topics with item counts, seen and unseen items, and mastery
    Topics(commands::topics::TopicsArgs),
}

impl Default for Command {
    fn default() -> Self {
        Command::Study(commands::study::StudyArgs::default())
    }
}

/// `--json` for commands whose output is data.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct JsonFlag {
    /// Print one JSON object on stdout instead of text
    #[arg(long)]
    pub json: bool,
}
