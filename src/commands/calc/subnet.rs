//! `awsdrill calc subnet` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc subnet`.
#[derive(Debug, Args)]
pub struct SubnetArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc subnet`.
pub fn run(_args: &SubnetArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
