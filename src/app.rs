//! The edge of the program: the only place `anyhow` errors are turned into text and exit codes.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser as _;

use crate::cli::Cli;
use crate::context::Ctx;

/// The exit-code contract: 0 ok, 1 "ran, but the result is a failure", 2 usage or internal error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Everything went as asked.
    Success,
    /// The command ran but its result is a failure: invalid content, a quiz or exam not passed.
    Failure,
    /// Bad usage, unreadable input or an internal error.
    Error,
    /// Stopped by Ctrl-C after saving (128 + SIGINT, as a shell reports it).
    Interrupted,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::from(0),
            ExitStatus::Failure => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
            ExitStatus::Interrupted => ExitCode::from(130),
        }
    }
}

/// Parses `args`, runs the command and prints any error chain on stderr.
pub fn main_entry(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    // `println!` panics when the reader of a pipe goes away (`awsdrill cards list | head`);
    // that is a normal way to stop reading, so leave quietly with 0. Any other panic is a bug:
    // say so and use the error exit code instead of Rust's 101.
    std::panic::set_hook(Box::new(|info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if text.contains("Broken pipe") {
            std::process::exit(0);
        }
        eprintln!(
            "awsdrill: internal error: {info}
Please report this with the command you ran."
        );
        std::process::exit(2);
    }));
    let args: Vec<OsString> = args.into_iter().collect();
    // Parse with clap's own tree first: localizing every help text costs as much as the rest of
    // start-up, and only help, `--version` and usage errors ever show it.
    if let Ok(cli) = Cli::try_parse_from(&args) {
        return finish(run(cli));
    }
    let i18n = crate::i18n::Localizer::new(crate::help::early_lang(&args, crate::context::env_var));
    // The localized tree accepts exactly the same arguments, so it fails the same way.
    let err = match crate::help::command(&i18n)
        .try_get_matches_from(&args)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches))
    {
        Ok(cli) => return finish(run(cli)),
        Err(localized) => localized,
    };
    // clap prints help/version on stdout (exit 0) and usage errors on stderr (exit 2).
    if err.use_stderr() {
        let _ = write!(io::stderr().lock(), "{}", crate::help::render_error(&err, &i18n, &args));
        return ExitCode::from(2);
    }
    let _ = err.print();
    ExitCode::from(0)
}

/// Maps the outcome of a run to the exit code, printing any error chain on stderr.
fn finish(result: anyhow::Result<ExitStatus>) -> ExitCode {
    match result {
        Ok(status) => status.into(),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(0);
            }
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "awsdrill: {err}");
            for cause in err.chain().skip(1) {
                let _ = writeln!(stderr, "  {cause}");
            }
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

/// Builds the context from the command line and the environment, then runs the subcommand.
pub fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    let mut ctx = Ctx::from_cli(&cli)?;
    let command = cli.command.unwrap_or(crate::cli::Command::Study(cli.study));
    let result = crate::commands::dispatch(command, &mut ctx).map_err(|err| localize(&ctx.i18n, err));
    ctx.exit_without_freeing();
    result
}

/// Replaces the English text of errors the user can act on with the localized message.
fn localize(i18n: &crate::i18n::Localizer, err: anyhow::Error) -> anyhow::Error {
    use crate::store::StoreError;
    let Some(store) = err.downcast_ref::<StoreError>() else {
        return err;
    };
    let text = match store {
        StoreError::Foreign { path } => {
            i18n.ta("error-db-foreign", &crate::fargs!("path" => path.display().to_string()))
        }
        StoreError::TooNew { path, found, supported } => i18n.ta(
            "error-db-too-new",
            &crate::fargs!("path" => path.display().to_string(), "found" => *found, "supported" => *supported),
        ),
        _ => return err,
    };
    anyhow::anyhow!(text)
}
