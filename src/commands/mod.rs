//! One module per subcommand; `dispatch` routes the parsed command to it.

pub mod calc;
pub mod cards;
pub mod cards_marks;
pub mod cohort;
pub mod completions;
pub mod config;
pub mod content;
pub mod content_balance;
pub mod content_stats;
pub mod exam;
pub mod exam_resume;
pub mod exam_review;
pub mod goal;
pub mod man;
pub mod paths;
pub mod profiles;
pub mod progress;
pub mod quiz;
pub mod stats;
pub mod study;
pub mod study_controls;
pub mod sync;
pub mod topics;

use crate::app::ExitStatus;
use crate::cli::Command;
use crate::context::Ctx;

/// Runs one subcommand.
pub fn dispatch(command: Command, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let session = matches!(command, Command::Study(_) | Command::Exam(_) | Command::Quiz(_));
    let status = dispatch_one(command, ctx);
    if session && status.is_ok() {
        sync::after_session(ctx);
    }
    status
}

fn dispatch_one(command: Command, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Study(args) => study::run(&args, ctx),
        Command::Exam(args) => exam::run(&args, ctx),
        Command::Quiz(cmd) => quiz::run(&cmd, ctx),
        Command::Calc(cmd) => calc::run(&cmd, ctx),
        Command::Cards(cmd) => cards::run(&cmd, ctx),
        Command::Stats(args) => stats::run(&args, ctx),
        Command::Progress(cmd) => progress::run(&cmd, ctx),
        Command::Content(cmd) => content::run(&cmd, ctx),
        Command::Paths(args) => paths::run(&args, ctx),
        Command::Goal(cmd) => goal::run(&cmd, ctx),
        Command::Profiles(args) => profiles::run(&args, ctx),
        Command::Cohort(cmd) => cohort::run(&cmd, ctx),
        Command::Completions(args) => completions::run(&args, ctx),
        Command::Man(args) => man::run(&args, ctx),
        Command::Config(cmd) => config::run(&cmd, ctx),
        Command::Topics(args) => topics::run(&args, ctx),
        Command::Sync(args) => sync::run(&args, ctx),
    }
}

/// Writes a JSON value on stdout, one object, newline-terminated.
pub fn print_json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // Keep the io::Error visible to the broken-pipe check in `app` (`awsdrill … --json | head`).
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| match e.io_error_kind() {
        Some(kind) => anyhow::Error::new(std::io::Error::from(kind)),
        None => anyhow::Error::new(e),
    })?;
    writeln!(out)?;
    Ok(())
}
