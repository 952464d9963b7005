//! `awsdrill calc reach SCENARIO.yaml`: can a flow complete, request and response?
//! (contract: shared/reference/calc-contract.md, section `reach`).

use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::model::net::cidr::fmt_ip;
use crate::model::net::explain::reach_steps;
use crate::model::net::reach::{Check, Detail, Reach, reach};
use crate::model::net::scenario::{Reason, Scenario, ScenarioError};

use super::net_render::{err, print_steps, steps_json};

/// Arguments of `calc reach`.
#[derive(Debug, Args)]
pub struct ReachArgs {
    /// Scenario file (YAML): VPC, subnets, route tables, NACLs, security groups, instances, flow
    pub scenario: PathBuf,
    #[command(flatten)]
    json: JsonFlag,
}

/// The fields that identify what a check looked at (without its verdict).
fn identity(c: &Check) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("step".into(), c.step.code().into());
    match &c.detail {
        Detail::Sg { instance, allowed_by, .. } => {
            m.insert("instance".into(), instance.as_str().into());
            m.insert("group".into(), allowed_by.as_ref().map(|(g, _)| g.as_str()).into());
            m.insert("rule".into(), allowed_by.as_ref().map(|(_, r)| *r).into());
        }
        Detail::Nacl { subnet, acl, decider } => {
            m.insert("subnet".into(), subnet.as_str().into());
            m.insert("acl".into(), acl.as_str().into());
            m.insert("rule".into(), decider.to_string().into());
        }
        Detail::Route { subnet, table, route } => {
            m.insert("subnet".into(), subnet.as_str().into());
            m.insert("route_table".into(), table.as_str().into());
            m.insert("destination".into(), route.as_ref().map(|r| r.destination.to_string()).into());
            m.insert("target".into(), route.as_ref().map(|r| r.target.to_string()).into());
        }
        Detail::Igw => {}
        Detail::PublicIp { resource, address } => {
            m.insert("resource".into(), resource.as_str().into());
            m.insert("address".into(), address.map(fmt_ip).into());
        }
    }
    m
}

fn check_json(c: &Check) -> Value {
    let mut m = identity(c);
    m.insert("verdict".into(), if c.allow { "allow" } else { "deny" }.into());
    m.insert("from".into(), c.from.as_str().into());
    m.insert("to".into(), c.to.as_str().into());
    Value::Object(m)
}

/// The contract's JSON object (plus the explanation).
pub fn reach_json(r: &Reach) -> Value {
    let blocked = r.blocked().map(|(leg, c)| {
        let mut m = Map::new();
        m.insert("direction".into(), leg.code().into());
        m.extend(identity(c));
        Value::Object(m)
    });
    json!({
        "reachable": r.reachable(),
        "request": r.request.iter().map(check_json).collect::<Vec<_>>(),
        "response": r.response.iter().map(check_json).collect::<Vec<_>>(),
        "blocked_at": blocked,
    })
}

/// `path:line:col` for a value, when it occurs on exactly one line of the file.
fn locate(path: &str, text: &str, value: &str) -> String {
    if value.is_empty() || value == "-" {
        return path.to_owned();
    }
    let hits: Vec<(usize, usize)> =
        text.lines().enumerate().filter_map(|(i, line)| line.find(value).map(|col| (i + 1, col + 1))).collect();
    match hits.as_slice() {
        [(line, col)] => format!("{path}:{line}:{col}"),
        _ => path.to_owned(),
    }
}

fn scenario_error(ctx: &Ctx, path: &str, text: &str, e: &ScenarioError) -> anyhow::Error {
    let (id, detail) = match &e.reason {
        Reason::PrefixOutOfRange => ("net-err-prefix", String::new()),
        Reason::OutsideVpc => ("net-err-outside-vpc", String::new()),
        Reason::Overlaps(with) => ("net-err-overlaps", with.clone()),
        Reason::Duplicate => ("net-err-duplicate", String::new()),
        Reason::Unknown(known) => ("net-err-unknown", known.clone()),
        Reason::NotInSubnet(cidr) => ("net-err-not-in-subnet", cidr.clone()),
        Reason::Reserved => ("net-err-reserved", String::new()),
        Reason::AddressTaken(other) => ("net-err-address-taken", other.clone()),
        Reason::SgRemote => ("net-err-sg-remote", String::new()),
        Reason::SourceGroupOutbound => ("net-err-sg-outbound-group", String::new()),
        Reason::DuplicateRule => ("net-err-duplicate-rule", String::new()),
        Reason::BadEndpoint => ("net-err-endpoint", String::new()),
        Reason::SameEnds => ("net-err-same-ends", String::new()),
        Reason::InternetInVpc => ("net-err-internet-in-vpc", String::new()),
        Reason::MissingPort => ("net-err-missing-port", String::new()),
    };
    let inner = Msg::new(id)
        .arg("value", e.value.as_str())
        .arg("detail", if detail.is_empty() { "-".to_owned() } else { detail });
    err(
        ctx,
        &Msg::new("net-err-scenario")
            .arg("place", locate(path, text, &e.value))
            .arg("field", e.field.as_str())
            .arg("reason", inner),
    )
}

/// Reads and validates a scenario file; errors name `path:line:col` and the field.
pub fn load(
    ctx: &Ctx,
    path: &std::path::Path,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<(Scenario, crate::model::net::scenario::Endpoint, crate::model::net::scenario::Endpoint)> {
    let shown = path.display().to_string();
    let text = files(path)
        .map_err(|e| err(ctx, &Msg::new("net-err-read").arg("path", shown.as_str()).arg("detail", e.to_string())))?;
    let scenario: Scenario = serde_yaml::from_str(&text).map_err(|e| {
        let place = e.location().map_or_else(|| shown.clone(), |l| format!("{shown}:{}:{}", l.line(), l.column()));
        err(ctx, &Msg::new("net-err-yaml").arg("place", place).arg("detail", e.to_string()))
    })?;
    let (from, to) = scenario.validate().map_err(|e| scenario_error(ctx, &shown, &text, &e))?;
    Ok((scenario, from, to))
}

/// The `--json` value of `calc reach`.
pub fn json_value(
    args: &ReachArgs,
    ctx: &Ctx,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<Value> {
    let (scenario, from, to) = load(ctx, &args.scenario, files)?;
    let result = reach(&scenario, from, to);
    let steps = reach_steps(&result, scenario.flow.protocol, scenario.flow.source_port);
    let mut value = reach_json(&result);
    value["explanation"] = steps_json(ctx, &steps);
    Ok(value)
}

/// Runs `calc reach`.
pub fn run(args: &ReachArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    if args.json.json {
        println!("{}", json_value(args, ctx, &|p| std::fs::read_to_string(p))?);
        return Ok(ExitStatus::Success);
    }
    let (scenario, from, to) = load(ctx, &args.scenario, &|p| std::fs::read_to_string(p))?;
    let result = reach(&scenario, from, to);
    let steps = reach_steps(&result, scenario.flow.protocol, scenario.flow.source_port);
    print_steps(ctx, &steps);
    Ok(ExitStatus::Success)
}
