//! `awsdrill calc alarm`: a `CloudWatch` alarm's state for one series of data points
//! (contract: shared/reference/calc-contract.md).

use clap::Args;
use serde_json::json;

use super::ops_common::{print_steps, steps_json, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::model::alarm::{AlarmConfig, AlarmState, Operator, Treatment, evaluate, parse_points, validate_period};

/// Arguments of `calc alarm`. (Doc comments are clap help text, so API names stay unquoted.)
#[allow(clippy::doc_markdown)]
#[derive(Debug, Args)]
pub struct AlarmArgs {
    /// Comparison operator, e.g. GreaterThanOrEqualToThreshold
    #[arg(long)]
    operator: String,
    /// Threshold the data points are compared with
    #[arg(long, allow_negative_numbers = true)]
    threshold: f64,
    /// N: periods the alarm looks at
    #[arg(long)]
    evaluation_periods: u32,
    /// M: breaching points needed (default N)
    #[arg(long)]
    datapoints_to_alarm: Option<u32>,
    /// missing (default), notBreaching, breaching or ignore
    #[arg(long, default_value = "missing")]
    treat_missing_data: String,
    /// Data points, oldest first, `-` for a missing period, e.g. "0,-,80,-,90"
    #[arg(long, allow_hyphen_values = true)]
    points: String,
    /// State before this evaluation (default INSUFFICIENT_DATA, a new alarm's state)
    #[arg(long, default_value = "INSUFFICIENT_DATA")]
    current_state: String,
    /// Period in seconds, checked against CloudWatch's limits (optional)
    #[arg(long)]
    period: Option<u32>,
    #[command(flatten)]
    json: JsonFlag,
}

/// The `--json` value of `calc alarm`.
pub fn json_value(
    args: &AlarmArgs,
    ctx: &Ctx,
    _files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    compute(args, ctx).map(|(v, _)| v)
}

/// Runs `calc alarm`.
pub fn run(args: &AlarmArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (value, steps) = compute(args, ctx)?;
    if args.json.json {
        crate::commands::print_json(&value)?;
    } else {
        print_steps(ctx, &steps, "alarm-label-convention");
    }
    Ok(ExitStatus::Success)
}

fn compute(args: &AlarmArgs, ctx: &Ctx) -> anyhow::Result<(serde_json::Value, Vec<crate::explain::Step>)> {
    let err = |e: crate::model::alarm::AlarmError| usage_error(ctx, &e.msg());
    let operator: Operator = args.operator.parse().map_err(err)?;
    let treatment: Treatment = args.treat_missing_data.parse().map_err(err)?;
    let current: AlarmState = args.current_state.parse().map_err(err)?;
    let points = parse_points(&args.points).map_err(err)?;
    let config = AlarmConfig {
        operator,
        threshold: args.threshold,
        evaluation_periods: args.evaluation_periods,
        datapoints_to_alarm: args.datapoints_to_alarm.unwrap_or(args.evaluation_periods),
        treatment,
    };
    config.validate().map_err(err)?;
    if let Some(period) = args.period {
        validate_period(period, args.evaluation_periods).map_err(err)?;
    }
    let eval = evaluate(&config, &points, current).map_err(err)?;
    let value = json!({
        "state": eval.state,
        "previous_state": current,
        "operator": operator.as_str(),
        "threshold": args.threshold,
        "evaluation_periods": config.evaluation_periods,
        "datapoints_to_alarm": config.datapoints_to_alarm,
        "treat_missing_data": treatment.as_str(),
        "range": eval.range,
        "real_points": eval.real,
        "breaching": eval.breaching,
        "filled": eval.filled,
        "rule": eval.rule,
        "convention": eval.steps.iter().any(|s| s.convention && s.msg.id != "alarm-step-range"),
        "steps": steps_json(ctx, &eval.steps),
    });
    Ok((value, eval.steps))
}
