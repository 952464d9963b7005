//! `awsdrill study`: today's session.

use clap::Args;

use crate::app::ExitStatus;
use crate::context::Ctx;

/// Arguments of `study`.
#[derive(Debug, Default, Args)]
pub struct StudyArgs {
    /// Only items of this topic (and its subtopics), e.g. vpc or ec2.lifecycle
    #[arg(long)]
    pub topic: Option<String>,
    /// End the session after this many answers
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// New items allowed today [default: 20]
    #[arg(long = "new", value_name = "N")]
    pub new: Option<u32>,
    /// Review any items, weakest first, without changing the schedule
    #[arg(long)]
    pub cram: bool,
}

/// Runs `study`.
pub fn run(_args: &StudyArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    anyhow::bail!(ctx.i18n.t("error-not-built"))
}
