//! `awsdrill calc reach` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc reach`.
#[derive(Debug, Args)]
pub struct ReachArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc reach`.
pub fn run(_args: &ReachArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
