//! `awsdrill calc asg` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc asg`.
#[derive(Debug, Args)]
pub struct AsgArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc asg`.
pub fn run(_args: &AsgArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
