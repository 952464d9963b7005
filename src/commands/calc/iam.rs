//! `awsdrill calc iam`: evaluates one request against identity-based policies
//! (contract: shared/reference/calc-contract.md, rules: aws-rules.md §5).

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::{Msg, Step};
use crate::model::iam::{self, Evaluation, Policy, Request};

/// Arguments of `calc iam`.
#[derive(Debug, Args)]
pub struct IamArgs {
    /// A policy document (JSON); repeat for several policies, numbered from 0 in the order given
    #[arg(long = "policy", value_name = "FILE", required = true)]
    pub policies: Vec<PathBuf>,
    /// The requested action, e.g. s3:GetObject (compared case-insensitively)
    #[arg(long, value_name = "ACTION")]
    pub action: String,
    /// The resource ARN (compared case-sensitively)
    #[arg(long, value_name = "ARN")]
    pub resource: String,
    /// A request-context value for conditions, e.g. aws:SourceIp=203.0.113.5 (repeatable)
    #[arg(long = "context", value_name = "KEY=VALUE")]
    pub context: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

fn fail(ctx: &Ctx, msg: &Msg) -> anyhow::Error {
    anyhow::anyhow!(ctx.i18n.msg(msg))
}

/// Reads and parses one policy file; errors name the file (and line:col for bad JSON).
fn load(
    path: &std::path::Path,
    ctx: &Ctx,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<Policy> {
    let shown = path.display().to_string();
    let text = files(path)
        .map_err(|e| fail(ctx, &Msg::new("iam-err-read").arg("path", shown.as_str()).arg("error", e.to_string())))?;
    let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        fail(
            ctx,
            &Msg::new("iam-err-json")
                .arg("path", shown.as_str())
                .arg("line", e.line())
                .arg("col", e.column())
                .arg("error", e.to_string()),
        )
    })?;
    Policy::from_json(&doc)
        .map_err(|e| fail(ctx, &Msg::new("iam-err-policy").arg("path", shown.as_str()).arg("detail", e.msg())))
}

/// Parses the `--context key=value` flags; a key may appear once.
fn context(args: &IamArgs, ctx: &Ctx) -> anyhow::Result<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for raw in &args.context {
        let Some((key, value)) = raw.split_once('=').filter(|(k, _)| !k.trim().is_empty()) else {
            return Err(fail(ctx, &Msg::new("iam-err-context-arg").arg("value", raw.as_str())));
        };
        let key = key.trim().to_owned();
        if map.keys().any(|k: &String| k.eq_ignore_ascii_case(&key)) {
            return Err(fail(ctx, &Msg::new("iam-err-context-dup").arg("key", key.as_str())));
        }
        map.insert(key, value.to_owned());
    }
    Ok(map)
}

fn step_line(ctx: &Ctx, step: &Step) -> String {
    let text = ctx.i18n.teach(&step.msg);
    if step.convention { format!("{} {text}", ctx.i18n.t("iam-convention-label")) } else { text }
}

/// The contract's JSON object (plus the explanation steps).
pub fn to_json(eval: &Evaluation, ctx: &Ctx) -> serde_json::Value {
    let statement = |r: &iam::StatementResult| json!({"policy": r.policy, "statement": r.statement, "sid": r.sid, "effect": r.effect.as_str()});
    let statements: Vec<_> = eval
        .statements
        .iter()
        .map(|r| {
            let mut v = statement(r);
            v["applies"] = json!(r.applies);
            v
        })
        .collect();
    let steps: Vec<_> = eval
        .steps
        .iter()
        .map(|s| json!({"id": s.msg.id, "text": ctx.i18n.msg(&s.msg), "convention": s.convention}))
        .collect();
    json!({
        "decision": eval.decision.as_str(),
        "deciding": eval.deciding.iter().map(|&i| statement(&eval.statements[i])).collect::<Vec<_>>(),
        "statements": statements,
        "steps": steps,
    })
}

/// The `--json` value of `calc iam`.
pub fn json_value(
    args: &IamArgs,
    ctx: &Ctx,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    Ok(to_json(&evaluate_args(args, ctx, files)?.2, ctx))
}

fn evaluate_args(
    args: &IamArgs,
    ctx: &Ctx,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<(Vec<Policy>, Request, Evaluation)> {
    let policies = args.policies.iter().map(|p| load(p, ctx, files)).collect::<anyhow::Result<Vec<_>>>()?;
    let request = Request {
        action: args.action.trim().to_owned(),
        resource: args.resource.trim().to_owned(),
        context: context(args, ctx)?,
    };
    if request.action.is_empty() || request.resource.is_empty() {
        return Err(fail(ctx, &Msg::new("iam-err-request")));
    }
    let eval = iam::evaluate(&policies, &request).map_err(|e| fail(ctx, &e.msg()))?;
    Ok((policies, request, eval))
}

/// Runs `calc iam`.
pub fn run(args: &IamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (policies, request, eval) = evaluate_args(args, ctx, &|p| std::fs::read_to_string(p))?;
    if args.json.json {
        println!("{}", to_json(&eval, ctx));
        return Ok(ExitStatus::Success);
    }
    println!(
        "{}",
        ctx.i18n.teach(
            &Msg::new("iam-out-request")
                .arg("action", request.action.as_str())
                .arg("resource", request.resource.as_str())
        )
    );
    for (i, (path, policy)) in args.policies.iter().zip(&policies).enumerate() {
        println!(
            "{}",
            ctx.i18n.teach(
                &Msg::new("iam-out-policy")
                    .arg("policy", i)
                    .arg("path", path.display().to_string())
                    .arg("count", policy.statements.len())
            )
        );
    }
    for (key, value) in &request.context {
        println!(
            "{}",
            ctx.i18n.teach(&Msg::new("iam-out-context").arg("key", key.as_str()).arg("value", value.as_str()))
        );
    }
    println!();
    for (n, step) in eval.steps.iter().enumerate() {
        println!("{}. {}", n + 1, step_line(ctx, step));
    }
    println!();
    println!("{}", ctx.i18n.teach(&Msg::new("iam-out-decision").arg("decision", eval.decision.msg())));
    Ok(ExitStatus::Success)
}
