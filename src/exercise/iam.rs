//! IAM exercise templates: the decision for a request (`iam.decision`) and the statement that
//! decides it (`iam.deciding-statement`). Scenarios are built around one documented trap each
//! (deny wins, case rules, `?`, literal `.`, false conditions, NotAction/NotResource); the answer
//! always comes from `model::iam::evaluate`.

use rand::RngExt;
use rand::seq::{IndexedRandom, SliceRandom};
use serde_json::json;

use super::{ChoiceOption, Expected, Label, Rng, Template, Variant, only_params};
use crate::content::Params;
use crate::explain::Msg;
use crate::model::iam::{self, Decision, Effect, Evaluation, Policy, Reason, Request};

/// The trap a scenario is built around; it names the misconception each wrong answer reveals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trap {
    DenyWins,
    DenyNotMatching,
    ActionCase,
    ResourceCase,
    DotLiteral,
    QuestionMark,
    ConditionFalse,
    DenyConditionFalse,
    NotAction,
    NotActionOther,
    NotResourceDeny,
    OtherAction,
}

const TRAPS: &[Trap] = &[
    Trap::DenyWins,
    Trap::DenyNotMatching,
    Trap::ActionCase,
    Trap::ResourceCase,
    Trap::DotLiteral,
    Trap::QuestionMark,
    Trap::ConditionFalse,
    Trap::DenyConditionFalse,
    Trap::NotAction,
    Trap::NotActionOther,
    Trap::NotResourceDeny,
    Trap::OtherAction,
];

/// A generated request and policy.
pub struct Scenario {
    trap: Trap,
    /// The policy document (one policy holding every statement).
    pub policy: serde_json::Value,
    /// The request.
    pub request: Request,
}

fn stmt(
    sid: &str,
    effect: &str,
    action: (&str, serde_json::Value),
    resource: (&str, serde_json::Value),
) -> serde_json::Value {
    let mut s = serde_json::Map::new();
    s.insert("Sid".into(), json!(sid));
    s.insert("Effect".into(), json!(effect));
    s.insert(action.0.into(), action.1);
    s.insert(resource.0.into(), resource.1);
    serde_json::Value::Object(s)
}

fn scenario(rng: &mut Rng, filler: bool) -> Scenario {
    let trap = *TRAPS.choose(rng).unwrap_or(&Trap::DenyWins);
    let bucket = *["reports", "media-2024", "app-logs", "finance", "team-data"].choose(rng).unwrap_or(&"reports");
    let key = *["q1.csv", "cat.png", "notes.txt", "index.html"].choose(rng).unwrap_or(&"q1.csv");
    let b = format!("arn:aws:s3:::{bucket}");
    let all = format!("{b}/*");
    let allow_get = || stmt("AllowRead", "Allow", ("Action", json!("s3:GetObject")), ("Resource", json!(all)));
    let mut context = iam::Context::default();
    let (mut statements, action, resource) = match trap {
        Trap::DenyWins | Trap::DenyNotMatching => {
            let deny = stmt(
                "DenySecret",
                "Deny",
                ("Action", json!("s3:GetObject")),
                ("Resource", json!(format!("{b}/secret/*"))),
            );
            let folder = if trap == Trap::DenyWins { "secret" } else { "public" };
            (vec![allow_get(), deny], "s3:GetObject".to_owned(), format!("{b}/{folder}/{key}"))
        }
        Trap::ActionCase => {
            let action = *["S3:getobject", "s3:GETOBJECT", "s3:getObject"].choose(rng).unwrap_or(&"S3:getobject");
            (vec![allow_get()], action.to_owned(), format!("{b}/{key}"))
        }
        Trap::ResourceCase => {
            (vec![allow_get()], "s3:GetObject".to_owned(), format!("arn:aws:s3:::{}/{key}", bucket.to_uppercase()))
        }
        Trap::DotLiteral => {
            let s = stmt(
                "AllowReport",
                "Allow",
                ("Action", json!("s3:GetObject")),
                ("Resource", json!(format!("{b}/report.txt"))),
            );
            let c = *["X", "_", "-", "1"].choose(rng).unwrap_or(&"X");
            (vec![s], "s3:GetObject".to_owned(), format!("{b}/report{c}txt"))
        }
        Trap::QuestionMark => {
            let s =
                stmt("AllowF", "Allow", ("Action", json!("s3:GetObject")), ("Resource", json!(format!("{b}/f?.txt"))));
            let digits = if rng.random_bool(0.5) {
                format!("{}", rng.random_range(0..10))
            } else {
                format!("{}", rng.random_range(10..100))
            };
            (vec![s], "s3:GetObject".to_owned(), format!("{b}/f{digits}.txt"))
        }
        Trap::ConditionFalse => {
            let mut s = allow_get();
            s["Sid"] = json!("AllowOffice");
            s["Condition"] = json!({"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}});
            context.insert("aws:SourceIp", &format!("198.51.100.{}", rng.random_range(1..255)));
            (vec![s], "s3:GetObject".to_owned(), format!("{b}/{key}"))
        }
        Trap::DenyConditionFalse => {
            let allow = stmt("AllowS3", "Allow", ("Action", json!("s3:*")), ("Resource", json!(all)));
            let mut deny = stmt("DenyNoMfa", "Deny", ("Action", json!("s3:DeleteObject")), ("Resource", json!(all)));
            deny["Condition"] = json!({"Bool": {"aws:MultiFactorAuthPresent": "false"}});
            context.insert("aws:MultiFactorAuthPresent", "true");
            (vec![allow, deny], "s3:DeleteObject".to_owned(), format!("{b}/{key}"))
        }
        Trap::NotAction | Trap::NotActionOther => {
            let s = stmt("AllowAllButIam", "Allow", ("NotAction", json!("iam:*")), ("Resource", json!("*")));
            if trap == Trap::NotAction {
                (vec![s], "iam:CreateUser".to_owned(), "arn:aws:iam::123456789012:user/dev".to_owned())
            } else {
                (vec![s], "s3:GetObject".to_owned(), format!("{b}/{key}"))
            }
        }
        Trap::NotResourceDeny => {
            let allow = stmt("AllowAll", "Allow", ("Action", json!("*")), ("Resource", json!("*")));
            let deny = stmt(
                "DenyOtherBuckets",
                "Deny",
                ("Action", json!("s3:*")),
                ("NotResource", json!([b.clone(), all.clone()])),
            );
            (vec![allow, deny], "s3:GetObject".to_owned(), format!("arn:aws:s3:::other-bucket/{key}"))
        }
        Trap::OtherAction => (vec![allow_get()], "s3:PutObject".to_owned(), format!("{b}/{key}")),
    };
    if filler {
        let s = stmt("AllowEc2Describe", "Allow", ("Action", json!("ec2:Describe*")), ("Resource", json!("*")));
        let at = rng.random_range(0..=statements.len());
        statements.insert(at, s);
    }
    let policy = json!({"Version": "2012-10-17", "Statement": statements});
    Scenario { trap, policy, request: Request { action, resource, context } }
}

/// Evaluates a scenario with the model.
fn evaluate(s: &Scenario) -> Evaluation {
    let policy = Policy::from_json(&s.policy).expect("generated policies are valid");
    iam::evaluate(&[policy], &s.request).expect("generated requests evaluate")
}

/// The prompt's variables: the policy JSON, action, resource and context (so a test can re-run
/// the model on exactly what the learner sees).
fn vars(s: &Scenario) -> Vec<(&'static str, String)> {
    let context = if s.request.context.is_empty() {
        "-".to_owned()
    } else {
        s.request.context.iter().map(|(k, v)| format!("{k}={}", v.join("|"))).collect::<Vec<_>>().join(", ")
    };
    vec![
        ("policy", s.policy.to_string()),
        ("action", s.request.action.clone()),
        ("resource", s.request.resource.clone()),
        ("context", context),
    ]
}

fn context_lines(s: &Scenario) -> Vec<Msg> {
    let mut lines: Vec<Msg> = s.policy["Statement"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|st| {
                    Msg::new("iam-ex-statement")
                        .arg("sid", st["Sid"].as_str().unwrap_or("-"))
                        .arg("json", st.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    lines.push(
        Msg::new("iam-ex-request")
            .arg("action", s.request.action.as_str())
            .arg("resource", s.request.resource.as_str()),
    );
    if !s.request.context.is_empty() {
        let pairs =
            s.request.context.iter().map(|(k, v)| format!("{k}={}", v.join("|"))).collect::<Vec<_>>().join(", ");
        lines.push(Msg::new("iam-ex-context").arg("pairs", pairs));
    }
    lines
}

/// Why someone would answer `wrong` when the model says `right`.
fn decision_misconception(trap: Trap, right: Decision, wrong: Decision) -> &'static str {
    use Decision::{Allow, ExplicitDeny, ImplicitDeny};
    match (right, wrong) {
        (ExplicitDeny, Allow) => "iam-mis-allow-overrides-deny",
        (ExplicitDeny, _) if trap == Trap::NotResourceDeny => "iam-mis-not-excluded",
        (ExplicitDeny, _) => "iam-mis-implicit-is-explicit",
        (ImplicitDeny, Allow) => match trap {
            Trap::ResourceCase => "iam-mis-resources-case",
            Trap::DotLiteral => "iam-mis-dot-wildcard",
            Trap::QuestionMark => "iam-mis-question-mark",
            Trap::NotAction => "iam-mis-not-excluded",
            _ => "iam-mis-default-allow",
        },
        (ImplicitDeny, _) => match trap {
            Trap::ConditionFalse | Trap::DenyConditionFalse => "iam-mis-false-condition-denies",
            Trap::NotAction | Trap::NotActionOther => "iam-mis-not-action-denies",
            _ => "iam-mis-implicit-is-explicit",
        },
        (Allow, ExplicitDeny) => match trap {
            Trap::DenyConditionFalse | Trap::ConditionFalse => "iam-mis-false-condition-denies",
            Trap::NotAction | Trap::NotActionOther => "iam-mis-not-action-denies",
            Trap::DenyNotMatching => "iam-mis-deny-not-applicable",
            _ => "iam-mis-implicit-is-explicit",
        },
        (Allow, _) => match trap {
            Trap::ActionCase => "iam-mis-actions-case",
            Trap::QuestionMark => "iam-mis-question-mark",
            Trap::NotActionOther => "iam-mis-not-action-denies",
            Trap::DenyNotMatching => "iam-mis-deny-not-applicable",
            _ => "iam-mis-missed-allow",
        },
    }
}

/// `iam.decision`: allowed, explicitly denied or implicitly denied?
pub struct DecisionTemplate;

impl Template for DecisionTemplate {
    fn id(&self) -> &'static str {
        "iam.decision"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["action", "resource", "context", "policy"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let filler = rng.random_bool(0.5);
        let s = scenario(rng, filler);
        let eval = evaluate(&s);
        let mut options: Vec<(Decision, ChoiceOption)> =
            [Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny]
                .into_iter()
                .map(|d| {
                    let misconception =
                        (d != eval.decision).then(|| Msg::new(decision_misconception(s.trap, eval.decision, d)));
                    (d, ChoiceOption { label: Label::Msg(d.msg()), misconception })
                })
                .collect();
        options.shuffle(rng);
        let correct = options.iter().position(|(d, _)| *d == eval.decision).into_iter().collect();
        Variant {
            vars: vars(&s),
            context: context_lines(&s),
            expected: Expected::Choice { options: options.into_iter().map(|(_, o)| o).collect(), correct },
            explanation: eval.steps,
        }
    }
}

fn statement_misconception(
    trap: Trap,
    result: &iam::StatementResult,
    decider: Option<&iam::StatementResult>,
) -> &'static str {
    match &result.reason {
        Reason::Applies if result.effect == Effect::Allow && decider.is_some_and(|d| d.effect == Effect::Deny) => {
            "iam-mis-allow-overrides-deny"
        }
        Reason::Applies | Reason::ActionNotListed | Reason::PrincipalNotNamed | Reason::ResourceUnresolved => {
            "iam-mis-not-applicable"
        }
        Reason::ActionExcluded | Reason::ResourceExcluded => "iam-mis-not-excluded",
        Reason::ConditionFalse { .. } => "iam-mis-false-condition-denies",
        Reason::ResourceNotListed => match trap {
            Trap::ResourceCase => "iam-mis-resources-case",
            Trap::DotLiteral => "iam-mis-dot-wildcard",
            Trap::QuestionMark => "iam-mis-question-mark",
            Trap::DenyNotMatching => "iam-mis-deny-not-applicable",
            _ => "iam-mis-not-applicable",
        },
    }
}

/// `iam.deciding-statement`: which statement decides (by Sid), or none (implicit deny)?
pub struct DecidingStatementTemplate;

/// The Sid of the statement that decides, or `None` for an implicit deny (for tests).
pub fn deciding_sid(policy: &serde_json::Value, request: &Request) -> Option<String> {
    let p = Policy::from_json(policy).ok()?;
    let eval = iam::evaluate(&[p], request).ok()?;
    eval.deciding.first().and_then(|&i| eval.statements[i].sid.clone())
}

impl Template for DecidingStatementTemplate {
    fn id(&self) -> &'static str {
        "iam.deciding-statement"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["action", "resource", "context", "policy"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let s = scenario(rng, true);
        let eval = evaluate(&s);
        let decider = eval.deciding.first().map(|&i| &eval.statements[i]);
        let mut options: Vec<(bool, ChoiceOption)> = eval
            .statements
            .iter()
            .map(|r| {
                let right = decider.is_some_and(|d| d.statement == r.statement);
                let misconception = (!right).then(|| Msg::new(statement_misconception(s.trap, r, decider)));
                (
                    right,
                    ChoiceOption { label: Label::Plain(r.sid.clone().unwrap_or_else(|| "-".into())), misconception },
                )
            })
            .collect();
        let none_misconception = decider.map(|d| {
            Msg::new(if d.effect == Effect::Deny {
                "iam-mis-implicit-is-explicit"
            } else {
                decision_misconception(s.trap, Decision::Allow, Decision::ImplicitDeny)
            })
        });
        options.push((
            decider.is_none(),
            ChoiceOption { label: Label::Msg(Msg::new("iam-ex-none")), misconception: none_misconception },
        ));
        options.shuffle(rng);
        let correct = options.iter().position(|(right, _)| *right).into_iter().collect();
        Variant {
            vars: vars(&s),
            context: context_lines(&s),
            expected: Expected::Choice { options: options.into_iter().map(|(_, o)| o).collect(), correct },
            explanation: eval.steps,
        }
    }
}

#[cfg(test)]
#[allow(clippy::needless_pass_by_value, clippy::case_sensitive_file_extension_comparisons)]
mod tests {
    use super::*;
    use crate::exercise::rng;

    /// Re-runs the model on the variant's own variables.
    fn model_from_vars(v: &Variant) -> (Decision, Option<String>) {
        let get = |name: &str| v.vars.iter().find(|(n, _)| *n == name).map(|(_, s)| s.clone()).expect("var");
        let policy: serde_json::Value = serde_json::from_str(&get("policy")).expect("json");
        let context = match get("context").as_str() {
            "-" => iam::Context::default(),
            pairs => iam::Context::from_pairs(pairs.split(", ").filter_map(|p| p.split_once('='))),
        };
        let request = Request { action: get("action"), resource: get("resource"), context };
        let p = Policy::from_json(&policy).expect("policy");
        (iam::evaluate(&[p], &request).expect("eval").decision, deciding_sid(&policy, &request))
    }

    fn chosen(v: &Variant) -> (&Label, usize) {
        let Expected::Choice { options, correct } = &v.expected else { panic!("choice expected") };
        assert_eq!(correct.len(), 1);
        for (i, o) in options.iter().enumerate() {
            assert_eq!(o.misconception.is_none(), i == correct[0], "every wrong option names a misconception");
        }
        (&options[correct[0]].label, options.len())
    }

    #[test]
    fn decision_template_equals_model_for_500_seeds() {
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..500 {
            let v = DecisionTemplate.generate(&Params::new(), &mut rng(seed));
            let (decision, _) = model_from_vars(&v);
            let (label, n) = chosen(&v);
            assert_eq!(n, 3);
            assert_eq!(label, &Label::Msg(decision.msg()), "seed {seed}");
            seen.insert(decision.as_str());
        }
        assert_eq!(seen.len(), 3, "all three decisions occur");
    }

    #[test]
    fn deciding_statement_template_equals_model_for_500_seeds() {
        for seed in 0..500 {
            let v = DecidingStatementTemplate.generate(&Params::new(), &mut rng(seed));
            let (_, sid) = model_from_vars(&v);
            let (label, _) = chosen(&v);
            match sid {
                Some(sid) => assert_eq!(label, &Label::Plain(sid), "seed {seed}"),
                None => assert_eq!(label, &Label::Msg(Msg::new("iam-ex-none")), "seed {seed}"),
            }
        }
    }

    #[test]
    fn every_trap_gives_the_documented_decision() {
        for seed in 0..300 {
            let s = scenario(&mut rng(seed), false);
            let expected = match s.trap {
                Trap::DenyWins | Trap::NotResourceDeny => Decision::ExplicitDeny,
                Trap::DenyNotMatching | Trap::ActionCase | Trap::DenyConditionFalse | Trap::NotActionOther => {
                    Decision::Allow
                }
                Trap::QuestionMark => {
                    if s.request.resource.ends_with(".txt")
                        && s.request.resource.rsplit('/').next().is_some_and(|f| f.len() == 6)
                    {
                        Decision::Allow
                    } else {
                        Decision::ImplicitDeny
                    }
                }
                _ => Decision::ImplicitDeny,
            };
            assert_eq!(evaluate(&s).decision, expected, "{:?}", s.trap);
            assert!(evaluate(&s).deciding.len() <= 1);
        }
    }
}
