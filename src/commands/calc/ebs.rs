//! `awsdrill calc ebs`: is a volume request valid, and what baseline, maximum and burst does it
//! get (rules: docs/model/ebs.md)?

use std::path::Path;

use clap::Args;
use serde_json::{Value, json};

use super::calc4_common::{neutral_msgs, neutral_steps, print_with_errors};
use super::ops_common::{print_steps, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::dynamodb::parse_size;
use crate::model::ebs_perf::{Perf, evaluate};

/// Arguments of `calc ebs`.
#[derive(Debug, Args)]
pub struct EbsArgs {
    /// Volume type: gp2, gp3, io1, io2, st1 or sc1
    #[arg(long = "type")]
    volume_type: String,
    /// Size: GiB, or with a unit GiB, TiB
    #[arg(long, allow_hyphen_values = true)]
    size: String,
    /// Provisioned IOPS (gp3, io1, io2)
    #[arg(long)]
    iops: Option<u32>,
    /// Provisioned throughput in MiB/s (gp3)
    #[arg(long)]
    throughput: Option<u32>,
    #[command(flatten)]
    json: JsonFlag,
}

fn size_gib(text: &str) -> Option<u32> {
    let plain = text.trim();
    if let Ok(n) = plain.parse::<u32>() {
        return Some(n);
    }
    let bytes = parse_size(plain)?;
    (bytes % (1 << 30) == 0).then(|| u32::try_from(bytes >> 30).ok()).flatten()
}

fn compute(args: &EbsArgs) -> Result<Perf, Msg> {
    let size = size_gib(&args.size).ok_or_else(|| Msg::new("calc4-ebs-err-size").arg("value", args.size.as_str()))?;
    evaluate(&args.volume_type, size, args.iops, args.throughput)
        .ok_or_else(|| Msg::new("calc4-ebs-err-type").arg("value", args.volume_type.as_str()))
}

fn to_json(p: &Perf) -> Value {
    json!({
        "schema": 1,
        "valid": p.errors.is_empty(),
        "errors": neutral_msgs(&p.errors),
        "baseline_iops": p.baseline_iops,
        "max_iops": p.max_iops,
        "throughput_mibs": p.throughput_mibs,
        "burst": {"iops": p.burst_iops, "seconds": p.burst_seconds, "throughput_mibs": p.burst_mibs},
        "steps": neutral_steps(&p.steps),
    })
}

/// What `--json` prints, without the localized text of steps and errors (see `calc4_common`).
pub fn json_value(args: &EbsArgs, _files: &dyn Fn(&Path) -> std::io::Result<String>) -> anyhow::Result<Value> {
    let p = compute(args).map_err(|m| anyhow::anyhow!("{}", m.id))?;
    Ok(to_json(&p))
}

/// Runs `calc ebs`. An invalid request is still an answer: exit 1 with the limits it breaks.
pub fn run(args: &EbsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let p = compute(args).map_err(|m| usage_error(ctx, &m))?;
    if args.json.json {
        print_with_errors(ctx, to_json(&p), &p.steps, &p.errors)?;
    } else {
        for m in &p.errors {
            println!("{} {}", ctx.i18n.t("calc4-ebs-label-invalid"), ctx.i18n.msg(m));
        }
        print_steps(ctx, &p.steps, "asg-label-convention");
    }
    Ok(if p.errors.is_empty() { ExitStatus::Success } else { ExitStatus::Failure })
}
