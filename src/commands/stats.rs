//! `awsdrill stats`.

use clap::Args;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `stats`.
#[derive(Debug, Default, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `stats`.
pub fn run(_args: &StatsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
