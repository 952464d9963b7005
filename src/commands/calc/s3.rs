//! `awsdrill calc s3`: runs operations in order on one bucket and reports each status and the
//! versions left (contract: shared/reference/calc-contract.md, rules: aws-rules.md §6).

use clap::Args;
use serde_json::json;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::{Msg, Step};
use crate::model::s3::{self, Bucket, Op, OpResult};

/// Arguments of `calc s3`.
#[derive(Debug, Args)]
pub struct S3Args {
    /// An operation: "versioning Enabled|Suspended", "put KEY", "delete KEY [`VERSION_ID`]",
    /// "get KEY [`VERSION_ID`]"; repeat to run several in order
    #[arg(long = "op", value_name = "OP", required = true)]
    pub ops: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// The contract's JSON object (plus each result's explanation).
pub fn to_json(bucket: &Bucket, results: &[OpResult], ctx: &Ctx) -> serde_json::Value {
    let mut keys = serde_json::Map::new();
    for (key, list) in &bucket.keys {
        let versions: Vec<_> = list
            .iter()
            .enumerate()
            .map(|(i, v)| json!({"version_id": v.id, "delete_marker": v.delete_marker, "latest": i == 0}))
            .collect();
        keys.insert(key.clone(), json!(versions));
    }
    let results: Vec<_> = results
        .iter()
        .map(|r| {
            let mut v = json!({"op": r.op, "status": r.status});
            if let Some(id) = &r.version_id {
                v["version_id"] = json!(id);
            }
            if r.delete_marker {
                v["delete_marker"] = json!(true);
            }
            v["steps"] = r
                .steps
                .iter()
                .map(|s| json!({"id": s.msg.id, "text": ctx.i18n.msg(&s.msg), "convention": s.convention}))
                .collect();
            v
        })
        .collect();
    json!({"versioning": bucket.versioning.as_str(), "keys": keys, "results": results})
}

fn step_line(ctx: &Ctx, step: &Step) -> String {
    let text = ctx.i18n.teach(&step.msg);
    if step.convention { format!("{} {text}", ctx.i18n.t("s3-convention-label")) } else { text }
}

fn parse_ops(args: &S3Args, ctx: &Ctx) -> anyhow::Result<Vec<Op>> {
    args.ops
        .iter()
        .map(|text| {
            Op::parse(text).map_err(|e| anyhow::anyhow!(ctx.i18n.msg(&Msg::new("s3-err-op").arg("op", e.0.as_str()))))
        })
        .collect()
}

/// The `--json` value of `calc s3`.
pub fn json_value(
    args: &S3Args,
    ctx: &Ctx,
    _files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    let ops = parse_ops(args, ctx)?;
    let (bucket, results) = s3::run(&ops);
    Ok(to_json(&bucket, &results, ctx))
}

/// Runs `calc s3`.
pub fn run(args: &S3Args, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let ops = parse_ops(args, ctx)?;
    let (bucket, results) = s3::run(&ops);
    if args.json.json {
        println!("{}", json_value(args, ctx, &|p| std::fs::read_to_string(p))?);
        return Ok(ExitStatus::Success);
    }
    for (n, r) in results.iter().enumerate() {
        let mut status =
            Msg::new("s3-out-result").arg("n", n + 1).arg("op", r.op.as_str()).arg("status", u64::from(r.status));
        status = status
            .arg("version", r.version_id.clone().unwrap_or_else(|| "none".into()))
            .arg("marker", if r.delete_marker { "true" } else { "false" });
        println!("{}", ctx.i18n.teach(&status));
        for step in &r.steps {
            println!("   {}", step_line(ctx, step));
        }
    }
    println!();
    println!("{}", ctx.i18n.teach(&Msg::new("s3-out-versioning").arg("state", bucket.versioning.as_str())));
    if bucket.keys.is_empty() {
        println!("{}", ctx.i18n.teach(&Msg::new("s3-out-empty")));
    }
    for (key, list) in &bucket.keys {
        println!("{}", ctx.i18n.teach(&Msg::new("s3-out-key").arg("key", key.as_str()).arg("count", list.len())));
        for (i, v) in list.iter().enumerate() {
            let id = match (v.delete_marker, i == 0) {
                (true, true) => "s3-out-marker-latest",
                (true, false) => "s3-out-marker",
                (false, true) => "s3-out-object-latest",
                (false, false) => "s3-out-object",
            };
            println!("   {}", ctx.i18n.teach(&Msg::new(id).arg("version", v.id.as_str())));
        }
    }
    Ok(ExitStatus::Success)
}
