//! `awsdrill calc route53 --records FILE`: which record of a Route 53 record set answers a query,
//! or with what probability each does (rules: docs/model/route53.md).

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::{Map, Value, json};

use super::calc4_common::{neutral_steps, num, print_with_text};
use super::ops_common::{print_steps, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::route53::{InputError, Outcome, RecordSet, evaluate};

/// Arguments of `calc route53`.
#[derive(Debug, Args)]
pub struct Route53Args {
    /// Record set file (YAML): policy, records, client
    #[arg(long)]
    records: PathBuf,
    #[command(flatten)]
    json: JsonFlag,
}

/// `path:line:col` of the record with this ID (its `id:` line), or the file alone.
fn place_of(path: &str, text: &str, e: &InputError) -> String {
    let needle = match (&e.record, e.field.split('.').next()) {
        (Some(id), _) => format!("id: {id}"),
        (None, Some(top)) => format!("{top}:"),
        (None, None) => return path.to_owned(),
    };
    let hits: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            line.find(&needle)
                .filter(|&c| {
                    let after = line[c + needle.len()..].chars().next();
                    !matches!(after, Some(ch) if ch.is_alphanumeric() || ch == '-' || ch == '_')
                })
                .map(|c| (i + 1, c + 1))
        })
        .collect();
    match hits.as_slice() {
        [(line, col)] => format!("{path}:{line}:{col}"),
        _ => path.to_owned(),
    }
}

fn compute(args: &Route53Args, files: &dyn Fn(&Path) -> std::io::Result<String>) -> Result<Outcome, Msg> {
    let shown = args.records.display().to_string();
    let text = files(&args.records)
        .map_err(|e| Msg::new("route53-err-read").arg("path", shown.as_str()).arg("detail", e.to_string()))?;
    let set: RecordSet = serde_yaml::from_str(&text).map_err(|e| {
        let place = e.location().map_or_else(|| shown.clone(), |l| format!("{shown}:{}:{}", l.line(), l.column()));
        Msg::new("route53-err-yaml").arg("place", place).arg("detail", e.to_string())
    })?;
    set.validate().map_err(|e| {
        Msg::new("route53-err-in-file")
            .arg("place", place_of(&shown, &text, &e))
            .arg("field", e.field.as_str())
            .arg("reason", e.reason)
    })?;
    Ok(evaluate(&set))
}

fn to_json(o: &Outcome) -> Value {
    let probabilities: Map<String, Value> = o.probabilities.iter().map(|(id, p)| (id.clone(), num(*p))).collect();
    json!({
        "schema": 1,
        "answers": o.answers,
        "probabilities": probabilities,
        "no_answer": o.no_answer,
        "max_answers": o.max_answers,
        "steps": neutral_steps(&o.steps),
    })
}

/// What `--json` prints, without the localized text of the steps (see `calc4_common`).
pub fn json_value(args: &Route53Args, files: &dyn Fn(&Path) -> std::io::Result<String>) -> anyhow::Result<Value> {
    let o = compute(args, files).map_err(|m| anyhow::anyhow!("{}", m.id))?;
    Ok(to_json(&o))
}

/// Runs `calc route53`. A query with no answer is still an answer (exit 0).
pub fn run(args: &Route53Args, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let o = compute(args, &|p| std::fs::read_to_string(p)).map_err(|m| usage_error(ctx, &m))?;
    if args.json.json {
        print_with_text(ctx, to_json(&o), &o.steps)?;
    } else {
        print_steps(ctx, &o.steps, "asg-label-convention");
    }
    Ok(ExitStatus::Success)
}
