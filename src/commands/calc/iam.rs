//! `awsdrill calc iam`: evaluates one request the way the IAM User Guide's flowchart does, with
//! identity-based policies, a resource-based policy, a permissions boundary, a session policy,
//! SCPs and RCPs (contract: shared/reference/calc-contract.md, rules: docs/model/iam.md).

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::explain::{Msg, Step};
use crate::i18n::{Lang, Localizer};
use crate::model::iam::{self, Authorization, Context, Inputs, Policy, PolicyShape, PolicyType, Request};

/// Arguments of `calc iam`.
#[derive(Debug, Args)]
#[command(after_help = "Coverage: identity-based policies, one resource-based policy (bucket, key, queue, \
secret or role trust policy), a permissions boundary, a session policy, SCPs and RCPs by level, same- and \
cross-account requests, policy variables, every condition operator family with ...IfExists, Null, \
ForAllValues/ForAnyValue. Service rules beyond the general logic: KMS key policies and role trust \
policies must allow (a model-convention step says so); S3 ACLs, S3 Block Public Access, VPC endpoint \
policies, access points and permissions of service principals are not modelled. \
Rules and sources: docs/model/iam.md.")]
pub struct IamArgs {
    /// An identity-based policy (JSON); repeat for several, numbered from 0 in the order given
    #[arg(long = "policy", value_name = "FILE")]
    pub policies: Vec<PathBuf>,
    /// The resource's policy (bucket, key, queue or secret policy; a role's trust policy for sts:AssumeRole)
    #[arg(long = "resource-policy", value_name = "FILE")]
    pub resource_policy: Option<PathBuf>,
    /// The principal's permissions boundary
    #[arg(long, value_name = "FILE")]
    pub boundary: Option<PathBuf>,
    /// SCPs at one level (a policy or an array of policies); repeat from the root OU down to the account
    #[arg(long = "scp", value_name = "FILE")]
    pub scps: Vec<PathBuf>,
    /// RCPs at one level, same shape; the AWS-managed `RCPFullAWSAccess` is implied at each level
    #[arg(long = "rcp", value_name = "FILE")]
    pub rcps: Vec<PathBuf>,
    /// The session policy of a role session or federated user session
    #[arg(long = "session-policy", value_name = "FILE")]
    pub session_policy: Option<PathBuf>,
    /// Who calls: an IAM user, role session (sts assumed-role), federated user or root ARN
    /// [default: `arn:aws:iam::123456789012:user/alice`, with no context keys derived from it]
    #[arg(long, value_name = "ARN")]
    pub principal: Option<String>,
    /// The account that owns the resource [default: the principal's account]
    #[arg(long = "resource-account", value_name = "ID")]
    pub resource_account: Option<String>,
    /// The organization's management account (SCPs and RCPs do not affect it)
    #[arg(long = "management-account", value_name = "ID")]
    pub management_account: Option<String>,
    /// The requested action, e.g. s3:GetObject (compared case-insensitively)
    #[arg(long, value_name = "ACTION")]
    pub action: String,
    /// The resource ARN (compared case-sensitively)
    #[arg(long, value_name = "ARN")]
    pub resource: String,
    /// A request-context value, e.g. aws:SourceIp=203.0.113.5; repeat a key to make it multivalued
    #[arg(long = "context", value_name = "KEY=VALUE")]
    pub context: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// Reads a file; the contract of `json_value` lets the caller supply contents.
pub type Files<'a> = &'a dyn Fn(&Path) -> std::io::Result<String>;

fn fail(i18n: &Localizer, msg: &Msg) -> anyhow::Error {
    anyhow::anyhow!(i18n.msg(msg))
}

fn read_json(path: &Path, files: Files<'_>, i18n: &Localizer) -> anyhow::Result<serde_json::Value> {
    let shown = path.display().to_string();
    let text = files(path)
        .map_err(|e| fail(i18n, &Msg::new("iam-err-read").arg("path", shown.as_str()).arg("error", e.to_string())))?;
    serde_json::from_str(&text).map_err(|e| {
        fail(
            i18n,
            &Msg::new("iam-err-json")
                .arg("path", shown.as_str())
                .arg("line", e.line())
                .arg("col", e.column())
                .arg("error", e.to_string()),
        )
    })
}

fn parse_doc(doc: &serde_json::Value, shape: PolicyShape, shown: &str, i18n: &Localizer) -> anyhow::Result<Policy> {
    Policy::parse(doc, shape)
        .map_err(|e| fail(i18n, &Msg::new("iam-err-policy").arg("path", shown).arg("detail", e.msg())))
}

/// Reads and parses one policy file; errors name the file (and line:col for bad JSON).
fn load(path: &Path, shape: PolicyShape, files: Files<'_>, i18n: &Localizer) -> anyhow::Result<Policy> {
    let doc = read_json(path, files, i18n)?;
    parse_doc(&doc, shape, &path.display().to_string(), i18n)
}

/// One SCP/RCP level: a policy, or an array of policies attached at that level.
fn load_level(path: &Path, shape: PolicyShape, files: Files<'_>, i18n: &Localizer) -> anyhow::Result<Vec<Policy>> {
    let doc = read_json(path, files, i18n)?;
    let shown = path.display().to_string();
    match doc {
        serde_json::Value::Array(list) => {
            list.iter().enumerate().map(|(i, d)| parse_doc(d, shape, &format!("{shown}[{i}]"), i18n)).collect()
        }
        single => Ok(vec![parse_doc(&single, shape, &shown, i18n)?]),
    }
}

/// Parses the `--context key=value` flags; a repeated key collects several values.
fn context(args: &IamArgs, i18n: &Localizer) -> anyhow::Result<Context> {
    let mut map = Context::default();
    for raw in &args.context {
        let Some((key, value)) = raw.split_once('=').filter(|(k, _)| !k.trim().is_empty()) else {
            return Err(fail(i18n, &Msg::new("iam-err-context-arg").arg("value", raw.as_str())));
        };
        map.push(key.trim(), value);
    }
    Ok(map)
}

fn inputs(args: &IamArgs, files: Files<'_>, i18n: &Localizer) -> anyhow::Result<Inputs> {
    let request = Request {
        action: args.action.trim().to_owned(),
        resource: args.resource.trim().to_owned(),
        context: context(args, i18n)?,
    };
    if request.action.is_empty() || request.resource.is_empty() {
        return Err(fail(i18n, &Msg::new("iam-err-request")));
    }
    let one = |p: &Option<PathBuf>, shape| p.as_ref().map(|p| load(p, shape, files, i18n)).transpose();
    Ok(Inputs {
        principal: args.principal.as_ref().map(|p| p.trim().to_owned()),
        resource_account: args.resource_account.as_ref().map(|a| a.trim().to_owned()),
        management_account: args.management_account.as_ref().map(|a| a.trim().to_owned()),
        identity: args
            .policies
            .iter()
            .map(|p| load(p, PolicyShape::NoPrincipal, files, i18n))
            .collect::<anyhow::Result<_>>()?,
        resource: one(&args.resource_policy, PolicyShape::Principal)?,
        boundary: one(&args.boundary, PolicyShape::NoPrincipal)?,
        session: one(&args.session_policy, PolicyShape::NoPrincipal)?,
        scp: args
            .scps
            .iter()
            .map(|p| load_level(p, PolicyShape::NoPrincipal, files, i18n))
            .collect::<anyhow::Result<_>>()?,
        rcp: args
            .rcps
            .iter()
            .map(|p| load_level(p, PolicyShape::AnyPrincipal, files, i18n))
            .collect::<anyhow::Result<_>>()?,
        request,
    })
}

fn evaluate(args: &IamArgs, files: Files<'_>, i18n: &Localizer) -> anyhow::Result<(Inputs, Authorization)> {
    let inputs = inputs(args, files, i18n)?;
    let auth = iam::authorize(&inputs).map_err(|e| fail(i18n, &e.msg()))?;
    Ok((inputs, auth))
}

/// The contract's JSON object. For inputs with identity-based policies only, the statement
/// objects keep their original shape (no `type`), so earlier consumers read them unchanged.
pub fn to_json(auth: &Authorization, i18n: &Localizer) -> serde_json::Value {
    let typed = auth.statements.iter().any(|r| r.ty != PolicyType::Identity);
    let statement = |r: &iam::authorize::TypedResult| {
        let s = &r.result;
        let mut v = json!({"policy": s.policy, "statement": s.statement, "sid": s.sid, "effect": s.effect.as_str()});
        if typed {
            v["type"] = json!(r.ty.as_str());
            if let Some(level) = r.level {
                v["level"] = json!(level);
            }
        }
        v
    };
    let statements: Vec<_> = auth
        .statements
        .iter()
        .map(|r| {
            let mut v = statement(r);
            v["applies"] = json!(r.result.applies);
            if let Some(g) = r.result.grant {
                v["grant"] = json!(g.as_str());
            }
            v
        })
        .collect();
    let steps: Vec<_> = auth
        .steps
        .iter()
        .map(|s| json!({"id": s.msg.id, "text": i18n.msg(&s.msg), "convention": s.convention}))
        .collect();
    let verdicts: serde_json::Map<String, serde_json::Value> =
        auth.types.iter().map(|(t, v)| (t.as_str().to_owned(), json!(v.as_str()))).collect();
    json!({
        "decision": auth.decision.as_str(),
        "deciding": auth.deciding.iter().map(|&i| statement(&auth.statements[i])).collect::<Vec<_>>(),
        "statements": statements,
        "types": verdicts,
        "principal": auth.principal.arn,
        "resource_account": auth.resource_account,
        "cross_account": auth.principal.account != auth.resource_account,
        "steps": steps,
    })
}

/// What `--json` prints (steps in English), for the content validator's `check:` blocks.
pub fn json_value(args: &IamArgs, files: Files<'_>) -> anyhow::Result<serde_json::Value> {
    let i18n = Localizer::new(Lang::En);
    let (_, auth) = evaluate(args, files, &i18n)?;
    Ok(to_json(&auth, &i18n))
}

fn step_line(ctx: &Ctx, step: &Step) -> String {
    let text = ctx.i18n.teach(&step.msg);
    if step.convention { format!("{} {text}", ctx.i18n.t("iam-convention-label")) } else { text }
}

/// Runs `calc iam`.
pub fn run(args: &IamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let read = |p: &Path| std::fs::read_to_string(p);
    let (inputs, auth) = evaluate(args, &read, &ctx.i18n)?;
    if args.json.json {
        println!("{}", to_json(&auth, &ctx.i18n));
        return Ok(ExitStatus::Success);
    }
    let say = |msg: Msg| println!("{}", ctx.i18n.teach(&msg));
    say(Msg::new("iam-out-request")
        .arg("action", inputs.request.action.as_str())
        .arg("resource", inputs.request.resource.as_str()));
    for (i, (path, policy)) in args.policies.iter().zip(&inputs.identity).enumerate() {
        say(Msg::new("iam-out-policy")
            .arg("policy", i + 1)
            .arg("path", path.display().to_string())
            .arg("count", policy.statements.len()));
    }
    let others = [
        (PolicyType::Resource, args.resource_policy.iter().collect::<Vec<_>>()),
        (PolicyType::Boundary, args.boundary.iter().collect()),
        (PolicyType::Session, args.session_policy.iter().collect()),
        (PolicyType::Scp, args.scps.iter().collect()),
        (PolicyType::Rcp, args.rcps.iter().collect()),
    ];
    for (ty, paths) in others {
        for path in paths {
            say(Msg::new("iam-eval-out-file").arg("type", ty.msg()).arg("path", path.display().to_string()));
        }
    }
    for (key, values) in auth.request.context.iter() {
        say(Msg::new("iam-out-context").arg("key", key.as_str()).arg("value", values.join(", ")));
    }
    println!();
    for (n, step) in auth.steps.iter().enumerate() {
        println!("{}. {}", n + 1, step_line(ctx, step));
    }
    println!();
    say(Msg::new("iam-out-decision").arg("decision", auth.decision.msg()));
    Ok(ExitStatus::Success)
}
