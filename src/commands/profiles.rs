//! `awsdrill profiles`: the learners kept apart on this machine (`--profile NAME`), one database
//! each under `<data dir>/profiles/`, plus the default `progress.db`.

use std::path::{Path, PathBuf};

use clap::Args;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;

/// Arguments of `profiles`.
#[derive(Debug, Default, Args)]
pub struct ProfilesArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// One profile database.
#[derive(Debug, Serialize)]
pub struct ProfileFile {
    /// Profile name; null for the default database.
    pub name: Option<String>,
    /// The file.
    pub path: PathBuf,
    /// Last modified, RFC 3339 (UTC), when the file system reports it.
    pub modified: Option<String>,
    /// The database this run uses.
    pub current: bool,
}

fn modified(path: &Path) -> Option<String> {
    let time = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(chrono::DateTime::<chrono::Utc>::from(time).format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// Lists the default database and every `profiles/*.db`, names sorted.
pub fn list(dir: &Path, current: &Path) -> Vec<ProfileFile> {
    let mut out = Vec::new();
    let default = dir.join("progress.db");
    if default.is_file() {
        out.push(ProfileFile { name: None, modified: modified(&default), current: default == current, path: default });
    }
    let mut named: Vec<ProfileFile> = std::fs::read_dir(dir.join("profiles"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "db") && p.is_file())
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_owned();
            Some(ProfileFile { name: Some(name), modified: modified(&path), current: path == current, path })
        })
        .collect();
    named.sort_by(|a, b| a.name.cmp(&b.name));
    out.extend(named);
    out
}

/// Runs `profiles`.
pub fn run(args: &ProfilesArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let Some(dir) = ctx.data_folder() else {
        anyhow::bail!(ctx.i18n.t("error-no-data-dir"));
    };
    let files = list(&dir, &ctx.db_path.0);
    if args.json.json {
        crate::commands::print_json(&serde_json::json!({ "dir": dir, "profiles": files }))?;
        return Ok(ExitStatus::Success);
    }
    let i18n = &ctx.i18n;
    if files.is_empty() {
        println!("{}", i18n.ta("profiles-none", &crate::fargs!("dir" => dir.display().to_string())));
        return Ok(ExitStatus::Success);
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![i18n.t("profiles-col-name"), i18n.t("profiles-col-modified"), i18n.t("profiles-col-path")]);
    for f in &files {
        let name = f.name.clone().unwrap_or_else(|| i18n.t("profiles-default"));
        let name = if f.current { format!("{name} *") } else { name };
        table.add_row(vec![name, f.modified.clone().unwrap_or_else(|| "-".to_owned()), f.path.display().to_string()]);
    }
    println!("{table}");
    println!("{}", i18n.t("profiles-hint"));
    Ok(ExitStatus::Success)
}
