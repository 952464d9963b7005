//! `awsdrill completions SHELL`: a completion script for the shell, on stdout.

use clap::Args;
use clap_complete::Shell;

use crate::app::ExitStatus;
use crate::context::Ctx;

/// `completions` arguments.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the script; descriptions follow `--lang` like `--help` does.
pub fn run(args: &CompletionsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let mut cmd = crate::help::command(&ctx.i18n);
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut cmd, "awsdrill", &mut out);
    Ok(ExitStatus::Success)
}
