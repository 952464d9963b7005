//! `awsdrill paths`: where the database and content are, and why.

use clap::Args;
use serde_json::json;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::ContentSource;
use crate::context::{Ctx, PathSource};
use crate::i18n::LangSource;

/// Arguments of `paths`.
#[derive(Debug, Default, Args)]
pub struct PathsArgs {
    #[command(flatten)]
    json: JsonFlag,
}

fn source_text(ctx: &Ctx, source: &PathSource) -> String {
    match source {
        PathSource::Flag(flag) => ctx.i18n.ta("paths-source-flag", &crate::fargs!("flag" => *flag)),
        PathSource::Env(var) => ctx.i18n.ta("paths-source-env", &crate::fargs!("var" => *var)),
        PathSource::Convention(var) => ctx.i18n.ta("paths-source-convention", &crate::fargs!("var" => *var)),
        PathSource::Embedded => ctx.i18n.t("paths-source-embedded"),
        PathSource::Profile(origin) => ctx.i18n.ta(
            "profile-db-source",
            &crate::fargs!("name" => ctx.profile.clone().unwrap_or_default(), "origin" => *origin),
        ),
    }
}

fn source_code(source: &PathSource) -> String {
    match source {
        PathSource::Flag(flag) => (*flag).to_owned(),
        PathSource::Env(var) | PathSource::Convention(var) => format!("${var}"),
        PathSource::Embedded => "embedded".to_owned(),
        PathSource::Profile(origin) => format!("profile in folder of {origin}"),
    }
}

/// Runs `paths`.
pub fn run(args: &PathsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let db = ctx.db_path.0.display().to_string();
    let content = match &ctx.content.0 {
        ContentSource::Embedded => ctx.i18n.t("paths-content-embedded"),
        ContentSource::Dir(dir) => dir.display().to_string(),
    };
    let lang_source = match &ctx.lang_source {
        LangSource::Flag => "--lang".to_owned(),
        LangSource::Env(var) => format!("${var}"),
        LangSource::Default => "default".to_owned(),
    };
    if args.json.json {
        crate::commands::print_json(&json!({
            "database": {"path": db, "source": source_code(&ctx.db_path.1), "exists": ctx.db_path.0.exists()},
            "content": {"path": content, "source": source_code(&ctx.content.1)},
            "lang": {"value": ctx.i18n.lang().code(), "source": lang_source},
            "profile": ctx.profile,
        }))?;
        return Ok(ExitStatus::Success);
    }
    let db_source = source_text(ctx, &ctx.db_path.1);
    let content_source = source_text(ctx, &ctx.content.1);
    let exists = if ctx.db_path.0.exists() { String::new() } else { format!(" {}", ctx.i18n.t("paths-not-created")) };
    println!("{}: {db}{exists}\n    {db_source}", ctx.i18n.t("paths-database"));
    println!("{}: {content}\n    {content_source}", ctx.i18n.t("paths-content"));
    println!("{}: {} ({lang_source})", ctx.i18n.t("paths-lang"), ctx.i18n.lang().code());
    if let Some(profile) = &ctx.profile {
        println!("{}: {profile}", ctx.i18n.t("paths-profile"));
    }
    Ok(ExitStatus::Success)
}
