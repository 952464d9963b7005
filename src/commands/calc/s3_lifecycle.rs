//! `awsdrill calc s3-lifecycle`: validate a lifecycle configuration as S3 does and follow one
//! object through it (rules: docs/model/s3-lifecycle.md).

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::{Map, Value, json};

use super::calc4_common::{neutral_msgs, neutral_steps, print_with_errors};
use super::ops_common::{print_steps, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::dynamodb::parse_size;
use crate::model::s3_lifecycle::{Object, Outcome, accepted_classes, api_name, class_named, evaluate, parse};

/// Arguments of `calc s3-lifecycle`.
#[derive(Debug, Args)]
pub struct S3LifecycleArgs {
    /// Lifecycle configuration file, in S3's JSON ({"Rules": [...]})
    #[arg(long)]
    config: PathBuf,
    /// Object size: bytes, or with a unit B, KB, MB, GB (1 KB = 1,024 bytes)
    #[arg(long, allow_hyphen_values = true)]
    size: String,
    /// Age of the object in days
    #[arg(long, allow_hyphen_values = true)]
    days: String,
    /// Days the object has been a noncurrent version (versioned bucket)
    #[arg(long, allow_hyphen_values = true)]
    noncurrent_days: Option<String>,
    /// Object key, to match the rules' prefixes (without it, prefixes are assumed to match)
    #[arg(long)]
    key: Option<String>,
    /// Storage class the object was uploaded to
    #[arg(long = "class", default_value = "STANDARD")]
    class: String,
    #[command(flatten)]
    json: JsonFlag,
}

fn days(flag: &'static str, text: &str) -> Result<u32, Msg> {
    text.trim().parse::<u32>().map_err(|_| Msg::new("calc5-err-days").arg("flag", flag).arg("value", text))
}

fn compute(args: &S3LifecycleArgs, files: &dyn Fn(&Path) -> std::io::Result<String>) -> Result<Outcome, Msg> {
    let shown = args.config.display().to_string();
    let size = parse_size(&args.size)
        .ok_or_else(|| Msg::new("calc4-err-size").arg("flag", "--size").arg("value", args.size.as_str()))?;
    let age = days("--days", &args.days)?;
    let noncurrent = args.noncurrent_days.as_deref().map(|t| days("--noncurrent-days", t)).transpose()?;
    if let Some(n) = noncurrent.filter(|n| *n > age) {
        return Err(Msg::new("calc5-lc-err-noncurrent-age").arg("noncurrent", n).arg("days", age));
    }
    let class = class_named(&args.class).ok_or_else(|| {
        Msg::new("calc5-lc-err-class").arg("value", args.class.as_str()).arg("accepted", accepted_classes())
    })?;
    let text = files(&args.config)
        .map_err(|e| Msg::new("calc5-err-read").arg("path", shown.as_str()).arg("detail", e.to_string()))?;
    let (config, rules) =
        parse(&text).map_err(|e| Msg::new("calc5-err-in-file").arg("path", shown.as_str()).arg("detail", e.msg()))?;
    let obj = Object { size, days: age, noncurrent_days: noncurrent, key: args.key.clone(), class };
    Ok(evaluate(&config, &rules, &obj))
}

fn per_class(list: &[(crate::model::s3::StorageClass, u32)]) -> Value {
    Value::Object(list.iter().map(|(c, d)| (api_name(*c).to_owned(), json!(d))).collect::<Map<_, _>>())
}

fn to_json(o: &Outcome) -> Value {
    let timeline: Vec<Value> = o
        .timeline
        .iter()
        .map(|s| json!({"from_day": s.from_day, "to_day": s.to_day, "class": api_name(s.class), "noncurrent": s.noncurrent}))
        .collect();
    json!({
        "schema": 1,
        "valid": o.problems.is_empty(),
        "errors": neutral_msgs(&o.problems),
        "timeline": timeline,
        "final_class": o.timeline.last().map(|s| api_name(s.class)),
        "expires_on_day": o.expires_on_day,
        "billed_days": per_class(&o.billed_days),
        "early_days": per_class(&o.early_days),
        "steps": neutral_steps(&o.steps),
    })
}

/// What `--json` prints, without the localized text of steps and errors (see `calc4_common`).
pub fn json_value(args: &S3LifecycleArgs, files: &dyn Fn(&Path) -> std::io::Result<String>) -> anyhow::Result<Value> {
    let o = compute(args, files).map_err(|m| anyhow::anyhow!("{}", m.id))?;
    Ok(to_json(&o))
}

/// Runs `calc s3-lifecycle`. A configuration S3 would refuse is still an answer (exit 0).
pub fn run(args: &S3LifecycleArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let o = compute(args, &|p| std::fs::read_to_string(p)).map_err(|m| usage_error(ctx, &m))?;
    if args.json.json {
        print_with_errors(ctx, to_json(&o), &o.steps, &o.problems)?;
    } else {
        for m in &o.problems {
            println!("{} {}", ctx.i18n.t("calc5-label-refused"), ctx.i18n.msg(m));
        }
        print_steps(ctx, &o.steps, "asg-label-convention");
    }
    Ok(ExitStatus::Success)
}
