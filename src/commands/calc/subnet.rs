//! `awsdrill calc subnet`: size, reserved addresses and placement of a subnet CIDR
//! (contract: shared/reference/calc-contract.md, section `subnet`).

use clap::Args;
use serde_json::{Value, json};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::net::cidr::{Cidr, fmt_ip};
use crate::model::net::explain::subnet_steps;
use crate::model::net::subnet::{Problem, SubnetReport, analyze};

use super::net_render::print_steps;

/// Arguments of `calc subnet`.
#[derive(Debug, Args)]
pub struct SubnetArgs {
    /// The subnet block, like 10.0.1.0/24 (host bits are cleared, as AWS does)
    pub cidr: String,
    /// The VPC block the subnet must fit in
    #[arg(long, value_name = "CIDR")]
    pub vpc: Option<String>,
    /// A block already used by another subnet (repeatable)
    #[arg(long, value_name = "CIDR")]
    pub taken: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// Parses a CIDR argument, naming the flag and the accepted form on failure.
pub fn parse_cidr_arg(ctx: &Ctx, what: &str, text: &str) -> anyhow::Result<(Cidr, bool)> {
    Cidr::parse_with_flag(text)
        .map_err(|_| anyhow::anyhow!(ctx.i18n.msg(&Msg::new("net-err-cidr-arg").arg("what", what).arg("value", text))))
}

/// The contract's JSON object.
pub fn report_json(input: &str, r: &SubnetReport) -> Value {
    let c = r.cidr;
    let problems: Vec<Value> = r
        .problems
        .iter()
        .map(|p| match p {
            Problem::PrefixOutOfRange => json!({"code": "prefix_out_of_range"}),
            Problem::OutsideVpc(vpc) => json!({"code": "outside_vpc", "vpc": vpc.to_string()}),
            Problem::Overlaps(with) => json!({"code": "overlaps", "with": with.to_string()}),
        })
        .collect();
    let reserved = r.reserved.map(|list| {
        list.iter().map(|(ip, role)| json!({"address": fmt_ip(*ip), "role": role.code()})).collect::<Vec<_>>()
    });
    json!({
        "input": input,
        "cidr": c.to_string(),
        "normalized": r.normalized,
        "prefix": c.prefix(),
        "netmask": fmt_ip(c.netmask()),
        "network": fmt_ip(c.network()),
        "broadcast": fmt_ip(c.broadcast()),
        "total": c.size(),
        "reserved": reserved,
        "usable": r.usable,
        "first_usable": r.usable_range.map(|(f, _)| fmt_ip(f)),
        "last_usable": r.usable_range.map(|(_, l)| fmt_ip(l)),
        "valid": r.problems.is_empty(),
        "problems": problems,
    })
}

/// The `--json` value of `calc subnet`.
pub fn json_value(
    args: &SubnetArgs,
    ctx: &Ctx,
    _files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<Value> {
    let report = analyze_args(args, ctx)?;
    Ok(report_json(&args.cidr, &report))
}

fn analyze_args(args: &SubnetArgs, ctx: &Ctx) -> anyhow::Result<SubnetReport> {
    let (cidr, normalized) = parse_cidr_arg(ctx, "CIDR", &args.cidr)?;
    let vpc = args.vpc.as_deref().map(|v| parse_cidr_arg(ctx, "--vpc", v).map(|(c, _)| c)).transpose()?;
    let taken = args
        .taken
        .iter()
        .map(|t| parse_cidr_arg(ctx, "--taken", t).map(|(c, _)| c))
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(analyze(cidr, normalized, vpc, &taken))
}

/// Runs `calc subnet`.
pub fn run(args: &SubnetArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let report = analyze_args(args, ctx)?;
    if args.json.json {
        println!("{}", report_json(&args.cidr, &report));
    } else {
        print_steps(ctx, &subnet_steps(&args.cidr, &report));
    }
    Ok(ExitStatus::Success)
}
