//! `awsdrill calc iam` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc iam`.
#[derive(Debug, Args)]
pub struct IamArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc iam`.
pub fn run(_args: &IamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
