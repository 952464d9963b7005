//! `awsdrill content validate [DIR]`: every problem at once, as `path:line:col: reason`;
//! `awsdrill content stats [DIR]`: counts and syllabus gaps (logic in `content_stats`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::content_stats;
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::{self, ContentSource, Severity};
use crate::context::Ctx;

/// `content` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Check content files; every problem is reported as path:line:col
    Validate(ValidateArgs),
    /// Count items by kind, topic and exam task statement, and list syllabus points without items
    Stats(ValidateArgs),
}

/// Arguments of `content validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Content folder [default: --content-dir, else the built-in bank]
    pub dir: Option<PathBuf>,
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs a `content` subcommand.
pub fn run(cmd: &ContentCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        ContentCommand::Validate(args) => validate(args, ctx),
        ContentCommand::Stats(args) => stats(args, ctx),
    }
}

fn source_of(args: &ValidateArgs, ctx: &Ctx) -> ContentSource {
    match &args.dir {
        Some(dir) => ContentSource::Dir(dir.clone()),
        None => ctx.content.0.clone(),
    }
}

fn stats(args: &ValidateArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let source = source_of(args, ctx);
    let dir = match &source {
        ContentSource::Dir(dir) => {
            anyhow::ensure!(
                dir.is_dir(),
                ctx.i18n.ta("error-not-a-dir", &crate::fargs!("path" => dir.display().to_string()))
            );
            dir.display().to_string()
        }
        ContentSource::Embedded => String::new(),
    };
    let (bank, diagnostics) = content::validate_all(&source, crate::context::CONTENT_FILE_CHECKS)?;
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    // Counts over a bank that failed validation would silently omit the broken items.
    anyhow::ensure!(errors == 0, ctx.i18n.ta("error-content-invalid", &crate::fargs!("count" => errors, "dir" => dir)));
    let stats = content_stats::compute(&bank);
    if args.json.json {
        crate::commands::print_json(&stats)?;
    } else {
        content_stats::print(&stats, &ctx.i18n);
    }
    Ok(ExitStatus::Success)
}

fn validate(args: &ValidateArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let source = source_of(args, ctx);
    let root = match &source {
        ContentSource::Dir(dir) => {
            anyhow::ensure!(
                dir.is_dir(),
                ctx.i18n.ta("error-not-a-dir", &crate::fargs!("path" => dir.display().to_string()))
            );
            format!("{}/", dir.display().to_string().trim_end_matches('/'))
        }
        ContentSource::Embedded => "content/".to_owned(),
    };
    let (bank, mut diagnostics) = content::validate_all(&source, crate::context::CONTENT_FILE_CHECKS)?;
    // Model checks need a bank without errors; an item that failed to load has no check to run.
    diagnostics.extend(content::run_checks(&bank, &super::calc::CheckRunner(ctx)));
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    if args.json.json {
        let list: Vec<_> = diagnostics
            .iter()
            .map(|d| {
                serde_json::json!({
                    "file": format!("{root}{}", d.file), "line": d.line, "col": d.col,
                    "severity": d.severity, "message": ctx.i18n.msg(&d.msg),
                })
            })
            .collect();
        crate::commands::print_json(&serde_json::json!({
            "items": bank.items.len(), "errors": errors, "warnings": warnings, "diagnostics": list,
        }))?;
    } else {
        for d in &diagnostics {
            let level = match d.severity {
                Severity::Error => ctx.i18n.t("content-level-error"),
                Severity::Warning => ctx.i18n.t("content-level-warning"),
            };
            println!("{root}{}:{}:{}: {level}: {}", d.file, d.line, d.col, ctx.i18n.msg(&d.msg));
        }
        let summary = crate::fargs!("items" => bank.items.len(), "errors" => errors, "warnings" => warnings);
        if errors == 0 {
            println!("{}", ctx.i18n.ta("content-valid", &summary));
        } else {
            eprintln!("{}", ctx.i18n.ta("content-invalid", &summary));
        }
    }
    Ok(if errors == 0 { ExitStatus::Success } else { ExitStatus::Failure })
}
