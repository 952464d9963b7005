//! IAM exercises across policy types: cross-account access, boundaries, SCPs, session policies,
//! policy variables, set operators, `NotAction` with Deny, and same-account resource policies.
//! Each template builds a scenario around one documented rule; the key always comes from
//! `model::iam::authorize`, and every wrong option names the misconception it reveals.

#![allow(clippy::needless_pass_by_value)] // JSON builders take owned values built inline.

use rand::RngExt;
use rand::seq::{IndexedRandom, SliceRandom};
use serde_json::{Value, json};

use super::{ChoiceOption, Expected, Label, Rng, Template, Variant, only_params};
use crate::content::Params;
use crate::explain::Msg;
use crate::model::iam::{Context, Decision, Inputs, Policy, PolicyShape, PolicyType, Request, authorize};

/// Which rule a template drills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Cross-account: both the identity side and the resource side must allow.
    CrossAccount,
    /// A permissions boundary caps an administrator policy.
    BoundaryCap,
    /// An SCP denies a Region (and does not touch the management account).
    ScpRegion,
    /// A session policy narrows a role.
    SessionNarrow,
    /// `${aws:username}` home folders.
    HomeFolder,
    /// `ForAllValues` vs `ForAnyValue`.
    SetOperators,
    /// Deny with `NotAction`.
    NotActionDeny,
    /// A same-account resource policy grants without an identity policy.
    SameAccountResource,
}

/// One template per [`Kind`].
pub struct Advanced(pub Kind);

const A: &str = "111122223333";
const B: &str = "444455556666";

fn doc(statements: Value) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

/// A generated scenario: policies by type, principal and request.
struct Scenario {
    /// What the learner reads: (policy type, JSON).
    shown: Vec<(PolicyType, Value)>,
    inputs: Inputs,
}

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from.choose(rng).copied().unwrap_or(from[0])
}

fn parse(v: &Value, ty: PolicyType) -> Policy {
    let shape = match ty {
        PolicyType::Resource => PolicyShape::Principal,
        PolicyType::Rcp => PolicyShape::AnyPrincipal,
        _ => PolicyShape::NoPrincipal,
    };
    Policy::parse(v, shape).expect("generated policies are valid")
}

fn build(
    principal: String,
    resource_account: Option<&str>,
    request: Request,
    shown: Vec<(PolicyType, Value)>,
) -> Scenario {
    let mut inputs = Inputs {
        principal: Some(principal),
        resource_account: resource_account.map(str::to_owned),
        request,
        ..Inputs::default()
    };
    for (ty, v) in &shown {
        let p = parse(v, *ty);
        match ty {
            PolicyType::Identity => inputs.identity.push(p),
            PolicyType::Resource => inputs.resource = Some(p),
            PolicyType::Boundary => inputs.boundary = Some(p),
            PolicyType::Session => inputs.session = Some(p),
            PolicyType::Scp => inputs.scp.push(vec![p]),
            PolicyType::Rcp => inputs.rcp.push(vec![p]),
        }
    }
    Scenario { shown, inputs }
}

fn req(action: &str, resource: &str, context: Context) -> Request {
    Request { action: action.to_owned(), resource: resource.to_owned(), context }
}

fn allow(action: Value, resource: Value) -> Value {
    json!({"Effect": "Allow", "Action": action, "Resource": resource})
}

#[allow(clippy::too_many_lines)] // One arm per template keeps each scenario readable in place.
fn scenario(kind: Kind, rng: &mut Rng) -> Scenario {
    let user = pick(rng, &["alice", "bob", "mina", "jun"]);
    let user_arn = |acct: &str| format!("arn:aws:iam::{acct}:user/{user}");
    let bucket = pick(rng, &["reports", "media", "team-data", "finance"]);
    let obj = format!("arn:aws:s3:::{bucket}/{}", pick(rng, &["q1.csv", "a.png", "notes.txt"]));
    let none = Context::default();
    match kind {
        Kind::CrossAccount => {
            let case = rng.random_range(0..3);
            let mut shown = Vec::new();
            if case != 1 {
                shown.push((
                    PolicyType::Identity,
                    doc(json!([allow(json!("s3:GetObject"), json!(format!("arn:aws:s3:::{bucket}/*")))])),
                ));
            }
            if case != 0 {
                let principal = if rng.random_bool(0.5) { json!({"AWS": user_arn(A)}) } else { json!({"AWS": A}) };
                shown.push((
                    PolicyType::Resource,
                    doc(json!([{"Effect": "Allow", "Principal": principal, "Action": "s3:GetObject", "Resource": format!("arn:aws:s3:::{bucket}/*")}])),
                ));
            }
            build(user_arn(A), Some(B), req("s3:GetObject", &obj, none), shown)
        }
        Kind::BoundaryCap => {
            let action =
                pick(rng, &["s3:GetObject", "iam:CreateUser", "ec2:DescribeInstances", "ec2:TerminateInstances"]);
            let shown = vec![
                (PolicyType::Identity, doc(json!([allow(json!("*"), json!("*"))]))),
                (PolicyType::Boundary, doc(json!([allow(json!(["s3:*", "ec2:Describe*"]), json!("*"))]))),
            ];
            build(user_arn(A), None, req(action, "*", none), shown)
        }
        Kind::ScpRegion => {
            let region = pick(rng, &["eu-west-1", "us-east-1", "ap-northeast-2"]);
            let mgmt = rng.random_bool(0.25);
            let mut context = Context::default();
            context.insert("aws:RequestedRegion", region);
            let shown = vec![
                (PolicyType::Identity, doc(json!([allow(json!("*"), json!("*"))]))),
                (
                    PolicyType::Scp,
                    doc(json!([
                        {"Sid": "FullAWSAccess", "Effect": "Allow", "Action": "*", "Resource": "*"},
                        {"Sid": "DenyOutsideEu", "Effect": "Deny", "Action": "*", "Resource": "*",
                         "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}}
                    ])),
                ),
            ];
            let mut s = build(user_arn(A), None, req("ec2:RunInstances", "*", context), shown);
            if mgmt {
                s.inputs.management_account = Some(A.to_owned());
            }
            s
        }
        Kind::SessionNarrow => {
            let action = pick(rng, &["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]);
            let shown = vec![
                (PolicyType::Identity, doc(json!([allow(json!("s3:*"), json!("*"))]))),
                (
                    PolicyType::Session,
                    doc(json!([allow(json!("s3:GetObject"), json!(format!("arn:aws:s3:::{bucket}/*")))])),
                ),
            ];
            build(format!("arn:aws:sts::{A}:assumed-role/DataRole/{user}"), None, req(action, &obj, none), shown)
        }
        Kind::HomeFolder => {
            let case = rng.random_range(0..3);
            let owner = if case == 1 { pick(rng, &["carol", "dave"]) } else { user };
            let principal = if case == 2 { format!("arn:aws:sts::{A}:assumed-role/Dev/{user}") } else { user_arn(A) };
            let shown = vec![(
                PolicyType::Identity,
                doc(json!([allow(
                    json!(["s3:GetObject", "s3:PutObject"]),
                    json!("arn:aws:s3:::home-bucket/home/${aws:username}/*")
                )])),
            )];
            let resource = format!("arn:aws:s3:::home-bucket/home/{owner}/cv.pdf");
            build(principal, None, req("s3:GetObject", &resource, none), shown)
        }
        Kind::SetOperators => {
            let op = pick(rng, &["ForAllValues:StringEquals", "ForAnyValue:StringEquals"]);
            let mut keys: Vec<&str> =
                ["env", "owner", "cost-center"].into_iter().filter(|_| rng.random_bool(0.5)).collect();
            keys.shuffle(rng);
            let mut context = Context::default();
            for k in &keys {
                context.push("aws:TagKeys", k);
            }
            let shown = vec![(
                PolicyType::Identity,
                doc(json!([{"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*",
                    "Condition": {op: {"aws:TagKeys": ["env", "owner"]}}}])),
            )];
            build(
                user_arn(A),
                None,
                req("ec2:CreateTags", &format!("arn:aws:ec2:eu-west-1:{A}:instance/i-0abc"), context),
                shown,
            )
        }
        Kind::NotActionDeny => {
            let action = pick(rng, &["s3:GetObject", "ec2:RunInstances", "iam:CreateUser", "s3:PutObject"]);
            let shown = vec![
                (PolicyType::Identity, doc(json!([allow(json!("*"), json!("*"))]))),
                (
                    PolicyType::Identity,
                    doc(json!([{"Sid": "DenyAllButS3", "Effect": "Deny", "NotAction": "s3:*", "Resource": "*"}])),
                ),
            ];
            build(user_arn(A), None, req(action, if action.starts_with("s3") { &obj } else { "*" }, none), shown)
        }
        Kind::SameAccountResource => {
            let principal = match rng.random_range(0..3) {
                0 => json!({"AWS": user_arn(A)}),
                1 => json!({"AWS": format!("arn:aws:iam::{A}:root")}),
                _ => json!({"AWS": format!("arn:aws:iam::{A}:user/someone-else")}),
            };
            let shown = vec![(
                PolicyType::Resource,
                doc(
                    json!([{"Effect": "Allow", "Principal": principal, "Action": "s3:GetObject", "Resource": format!("arn:aws:s3:::{bucket}/*")}]),
                ),
            )];
            build(user_arn(A), None, req("s3:GetObject", &obj, none), shown)
        }
    }
}

/// The misconception behind answering `wrong` in a `kind` scenario.
fn misconception(kind: Kind, wrong: Decision) -> &'static str {
    use Decision::{Allow, ExplicitDeny, ImplicitDeny};
    match (kind, wrong) {
        (Kind::CrossAccount, Allow) => "iam-adv-mis-cross-one-side",
        (Kind::CrossAccount, ExplicitDeny) => "iam-adv-mis-cross-explicit",
        (Kind::CrossAccount, ImplicitDeny) => "iam-adv-mis-cross-missed",
        (Kind::BoundaryCap, Allow) => "iam-adv-mis-boundary-admin",
        (Kind::BoundaryCap, ExplicitDeny) => "iam-adv-mis-boundary-explicit",
        (Kind::BoundaryCap, ImplicitDeny) => "iam-adv-mis-boundary-grants",
        (Kind::ScpRegion, Allow) => "iam-adv-mis-scp-admin",
        (Kind::ScpRegion, ExplicitDeny) => "iam-adv-mis-scp-everywhere",
        (Kind::ScpRegion, ImplicitDeny) => "iam-adv-mis-scp-implicit",
        (Kind::SessionNarrow, Allow) => "iam-adv-mis-session-ignored",
        (Kind::SessionNarrow, ExplicitDeny) => "iam-adv-mis-session-explicit",
        (Kind::SessionNarrow, ImplicitDeny) => "iam-adv-mis-session-grants",
        (Kind::HomeFolder, Allow) => "iam-adv-mis-home-any",
        (Kind::HomeFolder, ExplicitDeny) => "iam-adv-mis-home-explicit",
        (Kind::HomeFolder, ImplicitDeny) => "iam-adv-mis-home-literal",
        (Kind::SetOperators, Allow) => "iam-adv-mis-set-swapped",
        (Kind::SetOperators, ExplicitDeny) => "iam-adv-mis-set-explicit",
        (Kind::SetOperators, ImplicitDeny) => "iam-adv-mis-set-empty",
        (Kind::NotActionDeny, Allow) => "iam-adv-mis-notaction-allow-wins",
        (Kind::NotActionDeny, ExplicitDeny) => "iam-adv-mis-notaction-listed",
        (Kind::NotActionDeny, ImplicitDeny) => "iam-adv-mis-notaction-implicit",
        (Kind::SameAccountResource, Allow) => "iam-adv-mis-same-account-root",
        (Kind::SameAccountResource, ExplicitDeny) => "iam-adv-mis-same-account-explicit",
        (Kind::SameAccountResource, ImplicitDeny) => "iam-adv-mis-same-account-needs-identity",
    }
}

fn context_lines(s: &Scenario) -> Vec<Msg> {
    let mut lines: Vec<Msg> = s
        .shown
        .iter()
        .map(|(ty, v)| Msg::new("iam-adv-policy").arg("type", ty.msg()).arg("json", v.to_string()))
        .collect();
    let i = &s.inputs;
    lines.push(
        Msg::new("iam-adv-principal")
            .arg("principal", i.principal.clone().unwrap_or_default())
            .arg("account", i.resource_account.clone().unwrap_or_else(|| A.to_owned())),
    );
    if let Some(m) = &i.management_account {
        lines.push(Msg::new("iam-adv-management").arg("account", m.as_str()));
    }
    if !i.request.context.is_empty() {
        let pairs =
            i.request.context.iter().map(|(k, v)| format!("{k}=[{}]", v.join(", "))).collect::<Vec<_>>().join("; ");
        lines.push(Msg::new("iam-ex-context").arg("pairs", pairs));
    }
    lines
}

impl Template for Advanced {
    fn id(&self) -> &'static str {
        match self.0 {
            Kind::CrossAccount => "iam.cross-account",
            Kind::BoundaryCap => "iam.boundary-cap",
            Kind::ScpRegion => "iam.scp-region",
            Kind::SessionNarrow => "iam.session-narrow",
            Kind::HomeFolder => "iam.home-folder",
            Kind::SetOperators => "iam.set-operators",
            Kind::NotActionDeny => "iam.notaction-deny",
            Kind::SameAccountResource => "iam.same-account-resource",
        }
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["principal", "action", "resource"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let s = scenario(self.0, rng);
        let auth = authorize(&s.inputs).expect("generated scenarios evaluate");
        let mut options: Vec<(Decision, ChoiceOption)> =
            [Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny]
                .into_iter()
                .map(|d| {
                    let misconception = (d != auth.decision).then(|| Msg::new(misconception(self.0, d)));
                    (d, ChoiceOption { label: Label::Msg(d.msg()), misconception })
                })
                .collect();
        options.shuffle(rng);
        let correct = options.iter().position(|(d, _)| *d == auth.decision).into_iter().collect();
        Variant {
            vars: vec![
                ("principal", auth.principal.arn.clone()),
                ("action", s.inputs.request.action.clone()),
                ("resource", s.inputs.request.resource.clone()),
            ],
            context: context_lines(&s),
            expected: Expected::Choice { options: options.into_iter().map(|(_, o)| o).collect(), correct },
            explanation: auth.steps,
        }
    }
}

/// The eight templates, for the registry.
pub const ALL: [Advanced; 8] = [
    Advanced(Kind::CrossAccount),
    Advanced(Kind::BoundaryCap),
    Advanced(Kind::ScpRegion),
    Advanced(Kind::SessionNarrow),
    Advanced(Kind::HomeFolder),
    Advanced(Kind::SetOperators),
    Advanced(Kind::NotActionDeny),
    Advanced(Kind::SameAccountResource),
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::exercise::rng;

    #[test]
    fn every_template_keys_the_model_and_reaches_its_outcomes() {
        for t in &ALL {
            let mut seen = BTreeSet::new();
            for seed in 0..200 {
                let v = t.generate(&Params::new(), &mut rng(seed));
                let Expected::Choice { options, correct } = &v.expected else { panic!("choice") };
                assert_eq!(correct.len(), 1);
                for (i, o) in options.iter().enumerate() {
                    assert_eq!(o.misconception.is_none(), i == correct[0], "{} seed {seed}", t.id());
                }
                let Label::Msg(m) = &options[correct[0]].label else { panic!("label") };
                seen.insert(m.id);
            }
            assert!(seen.len() >= 2, "{} reaches only {seen:?}", t.id());
        }
    }

    #[test]
    fn documented_answers() {
        let decide = |k, seed| {
            let s = scenario(k, &mut rng(seed));
            (authorize(&s.inputs).expect("ok").decision, s)
        };
        for seed in 0..100 {
            let (d, s) = decide(Kind::BoundaryCap, seed);
            let inside =
                s.inputs.request.action.starts_with("s3:") || s.inputs.request.action.starts_with("ec2:Describe");
            assert_eq!(d == Decision::Allow, inside, "boundary caps admin");
            let (d, s) = decide(Kind::CrossAccount, seed);
            assert_eq!(d == Decision::Allow, s.shown.len() == 2, "cross-account needs both sides");
            let (d, s) = decide(Kind::NotActionDeny, seed);
            assert_eq!(d == Decision::Allow, s.inputs.request.action.starts_with("s3:"));
            if d != Decision::Allow {
                assert_eq!(d, Decision::ExplicitDeny);
            }
        }
    }
}
