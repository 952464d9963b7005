//! `awsdrill calc dynamodb`: read and write capacity (or request) units for a workload, with each
//! per-item rounding step shown (rules: docs/model/dynamodb.md).

use std::path::Path;

use clap::Args;
use serde_json::{Value, json};

use super::calc4_common::{neutral_steps, num, print_with_text};
use super::ops_common::{print_steps, usage_error};
use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::model::dynamodb::{Capacity, Consistency, DynamoError, Mode, capacity, parse_size};

/// Arguments of `calc dynamodb`.
#[derive(Debug, Args)]
pub struct DynamodbArgs {
    /// Item size: bytes, or with a unit B, KB, KiB, MB (1 KB = 1,024 bytes)
    #[arg(long, allow_hyphen_values = true)]
    item_size: String,
    /// Reads per second
    #[arg(long, default_value_t = 0)]
    reads: u64,
    /// Writes per second
    #[arg(long, default_value_t = 0)]
    writes: u64,
    /// eventual, strong or transactional
    #[arg(long, default_value = "strong")]
    consistency: String,
    /// provisioned or on-demand
    #[arg(long, default_value = "provisioned")]
    mode: String,
    #[command(flatten)]
    json: JsonFlag,
}

fn compute(args: &DynamodbArgs) -> Result<Capacity, DynamoError> {
    let bytes = parse_size(&args.item_size).ok_or_else(|| DynamoError::Size(args.item_size.clone()))?;
    let c: Consistency = args.consistency.parse()?;
    let m: Mode = args.mode.parse()?;
    capacity(bytes, args.reads, args.writes, c, m)
}

fn to_json(x: &Capacity) -> Value {
    let p = &x.per_item;
    #[allow(clippy::cast_precision_loss)]
    let half = |h: u64| num(h as f64 / 2.0);
    json!({
        "schema": 1,
        "read_units": num(x.read_units),
        "write_units": num(x.write_units),
        "per_item": {
            "bytes": p.bytes,
            "read_blocks": p.read_blocks,
            "write_blocks": p.write_blocks,
            "read_units": half(p.read_halves),
            "write_units": half(p.write_halves),
        },
        "steps": neutral_steps(&x.steps),
    })
}

/// What `--json` prints, without the localized step text (see `calc4_common`).
pub fn json_value(args: &DynamodbArgs, _files: &dyn Fn(&Path) -> std::io::Result<String>) -> anyhow::Result<Value> {
    let x = compute(args).map_err(|e| anyhow::anyhow!(e.to_string()))?;
    Ok(to_json(&x))
}

/// Runs `calc dynamodb`.
pub fn run(args: &DynamodbArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let x = compute(args).map_err(|e| usage_error(ctx, &e.msg()))?;
    if args.json.json {
        print_with_text(ctx, to_json(&x), &x.steps)?;
    } else {
        print_steps(ctx, &x.steps, "asg-label-convention");
    }
    Ok(ExitStatus::Success)
}
