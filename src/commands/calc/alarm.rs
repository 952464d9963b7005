//! `awsdrill calc alarm` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc alarm`.
#[derive(Debug, Args)]
pub struct AlarmArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc alarm`.
pub fn run(_args: &AlarmArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
