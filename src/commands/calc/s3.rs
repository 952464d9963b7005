//! `awsdrill calc s3` (being built; see shared/reference/calc-contract.md).

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `calc s3`.
#[derive(Debug, Args)]
pub struct S3Args {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `calc s3`.
pub fn run(_args: &S3Args, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
