//! `awsdrill calc ec2`: what an action does to an instance in a given state (contract:
//! shared/reference/calc-contract.md, section `ec2`), and `--type NAME` to decode an instance type.

use std::io::Write;

use clap::Args;
use serde::Serialize;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::Msg;
use crate::fargs;
use crate::model::ec2::{self, Action, Instance, InstanceType, Size, State, Suffix};

/// Arguments of `calc ec2`.
#[derive(Debug, Args)]
pub struct Ec2Args {
    /// Current state: pending, running, stopping, stopped, shutting-down, terminated
    #[arg(long, value_name = "STATE", conflicts_with = "type_name")]
    state: Option<String>,

    /// Action: start, stop, hibernate, reboot, terminate
    #[arg(long, value_name = "ACTION", conflicts_with = "type_name")]
    action: Option<String>,

    /// The instance has termination protection on (`DisableApiTermination`)
    #[arg(long, conflicts_with = "type_name")]
    termination_protection: bool,

    /// Decode an instance type name instead (e.g. c5n.xlarge)
    #[arg(long = "type", value_name = "NAME")]
    type_name: Option<String>,

    #[command(flatten)]
    json: JsonFlag,
}

/// The `--json` object; field order follows the contract.
#[derive(Debug, Serialize)]
struct Report<'a> {
    state: &'a str,
    action: &'a str,
    ok: bool,
    through: Vec<&'a str>,
    #[serde(rename = "final")]
    final_state: &'a str,
    error: Option<&'a str>,
    billed: Billed,
    notes: Vec<String>,
    ignored: bool,
    steps: Vec<StepOut>,
}

#[derive(Debug, Serialize)]
struct Billed {
    through: Vec<bool>,
    #[serde(rename = "final")]
    final_state: bool,
}

#[derive(Debug, Serialize)]
struct StepOut {
    id: &'static str,
    text: String,
    convention: bool,
}

/// Runs `calc ec2`.
pub fn run(args: &Ec2Args, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    if let Some(name) = &args.type_name {
        return run_type(name, args.json.json, ctx);
    }
    let (Some(state), Some(action)) = (&args.state, &args.action) else {
        anyhow::bail!(ctx.i18n.t("ec2-calc-need-args"));
    };
    let state = State::from_name(state).ok_or_else(|| {
        anyhow::anyhow!(
            ctx.i18n.ta("ec2-calc-bad-state", &fargs!("value" => state.clone(), "accepted" => State::names()))
        )
    })?;
    let action = Action::from_name(action).ok_or_else(|| {
        anyhow::anyhow!(
            ctx.i18n.ta("ec2-calc-bad-action", &fargs!("value" => action.clone(), "accepted" => Action::names()))
        )
    })?;
    let mut instance = Instance::new(state);
    instance.termination_protection = args.termination_protection;
    let outcome = ec2::apply(&instance, action);

    let mut out = std::io::stdout().lock();
    if args.json.json {
        let report = Report {
            state: state.name(),
            action: action.name(),
            ok: outcome.ok,
            through: outcome.through.iter().map(|s| s.name()).collect(),
            final_state: outcome.final_state.name(),
            error: outcome.error.map(ec2::Refusal::code),
            billed: Billed { through: outcome.billed_through.clone(), final_state: outcome.billed_final },
            notes: outcome.notes.iter().map(|n| ctx.i18n.msg(n)).collect(),
            ignored: outcome.ignored,
            steps: outcome
                .steps
                .iter()
                .map(|s| StepOut { id: s.msg.id, text: ctx.i18n.msg(&s.msg), convention: s.convention })
                .collect(),
        };
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
        return Ok(ExitStatus::Success);
    }

    let teach = |msg: &Msg| ctx.i18n.teach(msg);
    writeln!(out, "{}", teach(&Msg::new("ec2-calc-heading").arg("api", action.api()).arg("state", state.name())))?;
    writeln!(out)?;
    for (n, step) in outcome.steps.iter().enumerate() {
        writeln!(out, "{:>2}. {}", n + 1, teach(&step.msg).replace('\n', "\n    "))?;
    }
    writeln!(out)?;
    let mut path = vec![state.name()];
    path.extend(outcome.through.iter().map(|s| s.name()));
    if outcome.ok && !outcome.ignored && !(outcome.through.is_empty() && outcome.final_state == state) {
        path.push(outcome.final_state.name());
    }
    writeln!(out, "{}", teach(&Msg::new("ec2-calc-path").arg("path", path.join(" → "))))?;
    let result = match (outcome.ok, outcome.ignored, outcome.error) {
        (_, _, Some(error)) => Msg::new("ec2-calc-result-refused").arg("error", error.code()),
        (_, true, None) => Msg::new("ec2-calc-result-ignored"),
        _ => Msg::new("ec2-calc-result-ok"),
    };
    writeln!(out, "{}", teach(&result.arg("final", outcome.final_state.name())))?;
    writeln!(out)?;
    writeln!(out, "{}", teach(&Msg::new("ec2-calc-notes")))?;
    for note in &outcome.notes {
        writeln!(out, "  - {}", teach(note).replace('\n', "\n    "))?;
    }
    Ok(ExitStatus::Success)
}

fn size_text(size: Size) -> String {
    match size {
        Size::Nano => "nano".into(),
        Size::Micro => "micro".into(),
        Size::Small => "small".into(),
        Size::Medium => "medium".into(),
        Size::Large => "large".into(),
        Size::XLarge(1) => "xlarge".into(),
        Size::XLarge(n) => format!("{n}xlarge"),
        Size::Metal => "metal".into(),
        Size::MetalXl(n) => format!("metal-{n}xl"),
    }
}

/// The lines that describe a decoded type, as messages.
fn type_lines(t: &InstanceType) -> Vec<Msg> {
    let mut lines = vec![
        Msg::new("ec2-calc-type-heading").arg("name", t.name.as_str()),
        Msg::new("ec2-calc-type-family").arg("family", t.family.as_str()).arg("category", t.category.msg()),
        match t.generation {
            Some(g) => Msg::new("ec2-calc-type-generation").arg("generation", g),
            None => Msg::new("ec2-calc-type-no-generation"),
        },
    ];
    if t.capabilities.is_empty() {
        lines.push(Msg::new("ec2-calc-type-no-capability"));
    }
    for c in &t.capabilities {
        lines.push(
            Msg::new("ec2-calc-type-capability").arg("letter", c.letter().to_string()).arg("meaning", c.meaning()),
        );
    }
    match &t.suffix {
        None => {}
        Some(Suffix::Flex) => lines.push(Msg::new("ec2-calc-type-flex")),
        Some(Suffix::MemoryTib(tib)) => {
            lines.push(Msg::new("ec2-calc-type-memory").arg("tib", *tib));
        }
        Some(Suffix::AppleChip(chip)) => {
            lines.push(Msg::new("ec2-calc-type-chip").arg("chip", chip.as_str()));
        }
        Some(Suffix::Accelerator(model)) => {
            lines.push(Msg::new("ec2-calc-type-accelerator").arg("model", model.as_str()));
        }
    }
    lines.push(match t.size {
        Size::Metal | Size::MetalXl(_) => Msg::new("ec2-calc-type-size-metal"),
        _ => Msg::new("ec2-calc-type-size").arg("size", size_text(t.size)),
    });
    lines
}

fn run_type(name: &str, json: bool, ctx: &Ctx) -> anyhow::Result<ExitStatus> {
    let decoded = ec2::parse_type(name).map_err(|e| {
        anyhow::anyhow!(
            ctx.i18n.ta("ec2-calc-bad-type", &fargs!("value" => name.to_owned(), "reason" => ctx.i18n.msg(&e.msg())))
        )
    })?;
    let mut out = std::io::stdout().lock();
    if json {
        let suffix = match &decoded.suffix {
            None => serde_json::Value::Null,
            Some(Suffix::Flex) => serde_json::json!({"kind": "flex"}),
            Some(Suffix::MemoryTib(tib)) => serde_json::json!({"kind": "memory", "tib": tib}),
            Some(Suffix::AppleChip(chip)) => {
                serde_json::json!({"kind": "apple_chip", "chip": chip})
            }
            Some(Suffix::Accelerator(model)) => {
                serde_json::json!({"kind": "accelerator", "model": model})
            }
        };
        let value = serde_json::json!({
            "type": decoded.name,
            "family": decoded.family,
            "category": ctx.i18n.msg(&decoded.category.msg()),
            "generation": decoded.generation,
            "capabilities": decoded.capabilities.iter().map(|c| serde_json::json!({
                "letter": c.letter().to_string(), "meaning": ctx.i18n.msg(&c.meaning())})).collect::<Vec<_>>(),
            "suffix": suffix,
            "size": size_text(decoded.size),
        });
        writeln!(out, "{value}")?;
        return Ok(ExitStatus::Success);
    }
    for line in type_lines(&decoded) {
        writeln!(out, "{}", ctx.i18n.teach(&line))?;
    }
    Ok(ExitStatus::Success)
}
