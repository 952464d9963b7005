//! `awsdrill calc elb` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc elb`.
#[derive(Debug, Args)]
pub struct ElbArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc elb`.
pub fn run(_args: &ElbArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
