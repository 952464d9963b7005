//! `awsdrill progress export|import`.

use clap::Subcommand;

use crate::app::ExitStatus;
use crate::context::Ctx;

/// `progress` subcommands.
#[derive(Debug, Subcommand)]
pub enum ProgressCommand {
    /// Export history
    Export,
}

/// Runs a `progress` subcommand.
pub fn run(_cmd: &ProgressCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
