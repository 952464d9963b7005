//! `awsdrill calc ec2` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc ec2`.
#[derive(Debug, Args)]
pub struct Ec2Args {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc ec2`.
pub fn run(_args: &Ec2Args, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
