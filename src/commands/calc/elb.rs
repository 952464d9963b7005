//! `awsdrill calc elb`: target health after a sequence of checks, and where traffic goes
//! (contract: shared/reference/calc-contract.md).

use clap::Args;
use serde_json::{Map, json};

use super::ops_common::{print_steps, steps_json, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::elb::{ElbError, LbType, TargetInput, defaults, evaluate_group, parse_target};

/// Arguments of `calc elb`.
#[derive(Debug, Args)]
pub struct ElbArgs {
    /// alb, nlb, gwlb or clb
    #[arg(long = "type")]
    kind: String,
    /// Consecutive successes to turn healthy (default from the type)
    #[arg(long)]
    healthy_threshold: Option<u32>,
    /// Consecutive failures to turn unhealthy (default from the type)
    #[arg(long)]
    unhealthy_threshold: Option<u32>,
    /// NAME:healthy|unhealthy|initial=ok,fail,… (repeatable; no state = newly registered)
    #[arg(long = "target")]
    targets: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// The `--json` value of `calc elb`.
pub fn json_value(
    args: &ElbArgs,
    ctx: &Ctx,
    _files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    compute(args, ctx).map(|(v, _)| v)
}

/// Runs `calc elb`.
pub fn run(args: &ElbArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (value, steps) = compute(args, ctx)?;
    if args.json.json {
        crate::commands::print_json(&value)?;
    } else {
        print_steps(ctx, &steps, "elb-label-convention");
    }
    Ok(ExitStatus::Success)
}

fn compute(args: &ElbArgs, ctx: &Ctx) -> anyhow::Result<(serde_json::Value, Vec<crate::explain::Step>)> {
    let err = |e: ElbError| usage_error(ctx, &e.msg());
    let kind: LbType = args.kind.parse().map_err(err)?;
    if args.targets.is_empty() {
        return Err(usage_error(ctx, &Msg::new("elb-err-no-targets")));
    }
    let inputs: Vec<TargetInput> =
        args.targets.iter().map(|t| parse_target(t)).collect::<Result<_, _>>().map_err(err)?;
    let d = defaults(kind);
    let healthy = args.healthy_threshold.unwrap_or(d.healthy_threshold);
    let unhealthy = args.unhealthy_threshold.unwrap_or(d.unhealthy_threshold);
    let result = evaluate_group(kind, healthy, unhealthy, &inputs).map_err(err)?;
    let mut targets = Map::new();
    for t in &result.targets {
        targets.insert(t.name.clone(), json!({"states": t.states, "final": t.final_state}));
    }
    let value = json!({
            "type": kind,
            "healthy_threshold": healthy,
            "unhealthy_threshold": unhealthy,
            "targets": targets,
            "order": result.targets.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
            "routable": result.routable,
            "fail_open": result.fail_open,
            "fail_open_mode": result.fail_open_mode,
            "steps": steps_json(ctx, &result.steps),
    });
    Ok((value, result.steps))
}
