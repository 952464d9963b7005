//! `awsdrill cards list|show`.

use clap::Subcommand;

use crate::app::ExitStatus;
use crate::context::Ctx;

/// `cards` subcommands.
#[derive(Debug, Subcommand)]
pub enum CardsCommand {
    /// List items
    List,
}

/// Runs a `cards` subcommand.
pub fn run(_cmd: &CardsCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
