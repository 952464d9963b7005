//! `awsdrill calc asg`: an Auto Scaling group's new desired capacity after one policy
//! (contract: shared/reference/calc-contract.md).

use clap::Args;
use serde_json::json;

use super::ops_common::{print_steps, steps_json, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::asg::{AdjustmentType, AsgError, Capacity, apply_adjustment, target_tracking};

/// Arguments of `calc asg`. (Doc comments are clap help text, so API names stay unquoted.)
#[allow(clippy::doc_markdown)]
#[derive(Debug, Args)]
pub struct AsgArgs {
    /// Minimum size
    #[arg(long)]
    min: u32,
    /// Maximum size
    #[arg(long)]
    max: u32,
    /// Current desired capacity
    #[arg(long)]
    desired: u32,
    /// ChangeInCapacity, ExactCapacity or PercentChangeInCapacity
    #[arg(long, requires = "adjustment", conflicts_with_all = ["target_value", "metric"])]
    adjustment_type: Option<String>,
    /// The policy's adjustment (instances, or percent)
    #[arg(long, allow_negative_numbers = true, requires = "adjustment_type")]
    adjustment: Option<f64>,
    /// Minimum step for PercentChangeInCapacity
    #[arg(long)]
    min_adjustment_magnitude: Option<u32>,
    /// Target tracking: the target value of the metric
    #[arg(long, requires = "metric", allow_negative_numbers = true)]
    target_value: Option<f64>,
    /// Target tracking: the metric's current value
    #[arg(long, requires = "target_value", allow_negative_numbers = true)]
    metric: Option<f64>,
    #[command(flatten)]
    json: JsonFlag,
}

/// The `--json` value of `calc asg`.
pub fn json_value(
    args: &AsgArgs,
    ctx: &Ctx,
    _files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    compute(args, ctx).map(|(v, _)| v)
}

/// Runs `calc asg`.
pub fn run(args: &AsgArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (value, steps) = compute(args, ctx)?;
    if args.json.json {
        crate::commands::print_json(&value)?;
    } else {
        print_steps(ctx, &steps, "asg-label-convention");
    }
    Ok(ExitStatus::Success)
}

fn compute(args: &AsgArgs, ctx: &Ctx) -> anyhow::Result<(serde_json::Value, Vec<crate::explain::Step>)> {
    let err = |e: AsgError| usage_error(ctx, &e.msg());
    let cap = Capacity::new(args.min, args.max, args.desired).map_err(err)?;
    let (outcome, policy, kind) = match (&args.adjustment_type, args.adjustment, args.target_value, args.metric) {
        (Some(kind), Some(adj), None, None) => {
            let kind: AdjustmentType = kind.parse().map_err(err)?;
            (apply_adjustment(cap, kind, adj, args.min_adjustment_magnitude).map_err(err)?, "simple", Some(kind))
        }
        (None, None, Some(target), Some(metric)) if args.min_adjustment_magnitude.is_none() => {
            (target_tracking(cap, target, metric).map_err(err)?, "target_tracking", None)
        }
        _ => return Err(usage_error(ctx, &Msg::new("asg-err-policy"))),
    };
    let value = json!({
        "desired": outcome.desired,
        "raw_change": outcome.raw_change,
        "change": outcome.change,
        "clamped": outcome.clamped,
        "unclamped": outcome.unclamped,
        "previous_desired": cap.desired,
        "min": cap.min,
        "max": cap.max,
        "policy": policy,
        "adjustment_type": kind.map(AdjustmentType::as_str),
        "convention": policy == "target_tracking",
        "steps": steps_json(ctx, &outcome.steps),
    });
    Ok((value, outcome.steps))
}
