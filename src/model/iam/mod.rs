//! IAM policy evaluation as the IAM User Guide documents it (aws-rules.md §5, docs/model/iam.md):
//! statements of every policy type (`evaluate` for identity-based policies alone, `authorize` for
//! the whole flowchart with resource-based policies, boundaries, session policies, SCPs and RCPs).
//! Pure: policies come in as parsed JSON values.

pub mod authorize;
mod condition;
mod context;
mod pattern;
mod principal;
mod variables;

#[cfg(test)]
mod authorize_tests;
#[cfg(test)]
mod differential;
#[cfg(test)]
mod tests;

pub use authorize::{Authorization, Inputs, PolicyType, TypeVerdict, authorize};
pub use context::Context;
pub use principal::{DEFAULT_PRINCIPAL, Grant, Principal, PrincipalKind, PrincipalSpec};

pub use condition::{Condition, Operator, SetOp, parse_cidr, parse_date, supported_operators};
pub use pattern::{Tok, action_matches, glob, glob_toks, resource_matches};

use crate::explain::{Msg, Step};

/// A policy that cannot be read. `field` is a path such as `Statement[1].Effect`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// Wrong JSON type.
    #[error("{field}: expected {expected}")]
    Type {
        /// Where.
        field: String,
        /// What is accepted.
        expected: &'static str,
    },
    /// A required element is missing.
    #[error("{field}: missing (required)")]
    Missing {
        /// Where.
        field: String,
    },
    /// `Effect` is not exactly `Allow` or `Deny`.
    #[error("{field}: \"{value}\" is not an Effect; use Allow or Deny (case-sensitive)")]
    Effect {
        /// Where.
        field: String,
        /// What was written.
        value: String,
    },
    /// Two elements that exclude each other (Action and `NotAction`).
    #[error("{field}: {first} and {second} cannot both appear")]
    Both {
        /// Where.
        field: String,
        /// One element.
        first: &'static str,
        /// The other.
        second: &'static str,
    },
    /// An element the model does not know (or that identity policies may not carry).
    #[error("{field}: unknown or unsupported element")]
    Unknown {
        /// Where.
        field: String,
    },
    /// A condition operator the model does not support.
    #[error("{field}: condition operator {operator} is not supported (supported: {})", supported_operators())]
    Operator {
        /// Where.
        field: String,
        /// The operator as written.
        operator: String,
    },
    /// A value that does not parse.
    #[error("{field}: \"{value}\" is not a valid {expected}")]
    Value {
        /// Where.
        field: String,
        /// What was written.
        value: String,
        /// What is accepted.
        expected: &'static str,
    },
    /// A principal ARN the model cannot read.
    #[error("principal \"{value}\" is not an IAM user, role session, federated user or root ARN")]
    Principal {
        /// As given.
        value: String,
    },
    /// An element a policy of this type must or must not carry (`Principal`).
    #[error("{field}: not allowed in this policy type")]
    Placement {
        /// Where.
        field: String,
        /// The Fluent id explaining the rule.
        rule: &'static str,
    },
    /// A request-context value that a condition cannot compare.
    #[error("context {key}={value}: expected {expected}")]
    Context {
        /// The context key.
        key: String,
        /// Its value.
        value: String,
        /// What is accepted.
        expected: &'static str,
    },
}

impl PolicyError {
    /// The error as a localizable message.
    pub fn msg(&self) -> Msg {
        match self {
            PolicyError::Type { field, expected } => {
                Msg::new("iam-err-type").arg("field", field.as_str()).arg("expected", *expected)
            }
            PolicyError::Missing { field } => Msg::new("iam-err-missing").arg("field", field.as_str()),
            PolicyError::Effect { field, value } => {
                Msg::new("iam-err-effect").arg("field", field.as_str()).arg("value", value.as_str())
            }
            PolicyError::Both { field, first, second } => {
                Msg::new("iam-err-both").arg("field", field.as_str()).arg("first", *first).arg("second", *second)
            }
            PolicyError::Unknown { field } => Msg::new("iam-err-unknown").arg("field", field.as_str()),
            PolicyError::Operator { field, operator } => Msg::new("iam-err-operator")
                .arg("field", field.as_str())
                .arg("operator", operator.as_str())
                .arg("supported", supported_operators()),
            PolicyError::Value { field, value, expected } => Msg::new("iam-err-value")
                .arg("field", field.as_str())
                .arg("value", value.as_str())
                .arg("expected", *expected),
            PolicyError::Principal { value } => Msg::new("iam-eval-err-principal").arg("value", value.as_str()),
            PolicyError::Placement { field, rule } => Msg::new(rule).arg("field", field.as_str()),
            PolicyError::Context { key, value, expected } => Msg::new("iam-err-context")
                .arg("key", key.as_str())
                .arg("value", value.as_str())
                .arg("expected", *expected),
        }
    }
}

/// `Allow` or `Deny` (case-sensitive in policies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Grants.
    Allow,
    /// Denies explicitly.
    Deny,
}

impl Effect {
    /// As written in policies and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        }
    }
}

/// A list of patterns, or every value except those listed (`NotAction` / `NotResource`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternList {
    /// True for `NotAction` / `NotResource`.
    pub negated: bool,
    /// The patterns as written.
    pub patterns: Vec<String>,
}

/// One statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// `Sid`, if any.
    pub sid: Option<String>,
    /// `Effect`.
    pub effect: Effect,
    /// `Action` or `NotAction`.
    pub action: PatternList,
    /// `Resource` or `NotResource`.
    pub resource: PatternList,
    /// `Condition`, flattened (all must hold).
    pub conditions: Vec<Condition>,
    /// `Principal` / `NotPrincipal` (resource-based policies and RCPs only).
    pub principal: Option<PrincipalSpec>,
}

/// A policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Statements in document order.
    pub statements: Vec<Statement>,
    /// `"Version": "2012-10-17"`: policy variables are substituted. Older or missing versions take
    /// `${…}` as literal text, as the guide warns.
    pub variables: bool,
}

/// Where a policy is attached decides whether it names a principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyShape {
    /// Identity-based, boundary, session policy, SCP: `Principal` is refused.
    NoPrincipal,
    /// Resource-based: every statement needs `Principal` or `NotPrincipal`.
    Principal,
    /// RCP: `Principal` may appear and must be `"*"`.
    AnyPrincipal,
}

fn strings(value: &serde_json::Value, field: &str) -> Result<Vec<String>, PolicyError> {
    let type_err = || PolicyError::Type { field: field.to_owned(), expected: "string | [string, ...]" };
    match value {
        serde_json::Value::String(s) => Ok(vec![s.clone()]),
        serde_json::Value::Array(list) if !list.is_empty() => {
            list.iter().map(|v| v.as_str().map(str::to_owned).ok_or_else(type_err)).collect()
        }
        _ => Err(type_err()),
    }
}

fn pattern_list(
    obj: &serde_json::Map<String, serde_json::Value>,
    field: &str,
    plain: &'static str,
    not: &'static str,
) -> Result<PatternList, PolicyError> {
    match (obj.get(plain), obj.get(not)) {
        (Some(_), Some(_)) => Err(PolicyError::Both { field: field.to_owned(), first: plain, second: not }),
        (Some(v), None) => Ok(PatternList { negated: false, patterns: strings(v, &format!("{field}.{plain}"))? }),
        (None, Some(v)) => Ok(PatternList { negated: true, patterns: strings(v, &format!("{field}.{not}"))? }),
        (None, None) => Err(PolicyError::Missing { field: format!("{field}.{plain}") }),
    }
}

fn parse_principal(
    obj: &serde_json::Map<String, serde_json::Value>,
    field: &str,
    shape: PolicyShape,
) -> Result<Option<PrincipalSpec>, PolicyError> {
    let given = match (obj.get("Principal"), obj.get("NotPrincipal")) {
        (Some(_), Some(_)) => {
            return Err(PolicyError::Both { field: field.to_owned(), first: "Principal", second: "NotPrincipal" });
        }
        (Some(v), None) => Some(("Principal", v, false)),
        (None, Some(v)) => Some(("NotPrincipal", v, true)),
        (None, None) => None,
    };
    match (shape, given) {
        (PolicyShape::NoPrincipal, Some((name, _, _))) => {
            Err(PolicyError::Placement { field: format!("{field}.{name}"), rule: "iam-eval-err-principal-in-identity" })
        }
        (PolicyShape::Principal, None) => {
            Err(PolicyError::Placement { field: format!("{field}.Principal"), rule: "iam-eval-err-principal-missing" })
        }
        (PolicyShape::AnyPrincipal, Some((name, v, negated))) => {
            let spec = PrincipalSpec::parse(v, &format!("{field}.{name}"), negated)?;
            if negated || !spec.any || !spec.aws.is_empty() || !spec.other.is_empty() {
                return Err(PolicyError::Placement {
                    field: format!("{field}.{name}"),
                    rule: "iam-eval-err-rcp-principal",
                });
            }
            Ok(None)
        }
        (PolicyShape::Principal, Some((name, v, negated))) => {
            Ok(Some(PrincipalSpec::parse(v, &format!("{field}.{name}"), negated)?))
        }
        (_, None) => Ok(None),
    }
}

fn parse_statement(value: &serde_json::Value, field: &str, shape: PolicyShape) -> Result<Statement, PolicyError> {
    const KNOWN: &[&str] =
        &["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition", "Principal", "NotPrincipal"];
    let serde_json::Value::Object(obj) = value else {
        return Err(PolicyError::Type { field: field.to_owned(), expected: "object" });
    };
    if let Some(unknown) = obj.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(PolicyError::Unknown { field: format!("{field}.{unknown}") });
    }
    let principal = parse_principal(obj, field, shape)?;
    let sid = match obj.get("Sid") {
        None => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err(PolicyError::Type { field: format!("{field}.Sid"), expected: "string" });
        }
    };
    let effect = match obj.get("Effect") {
        None => {
            return Err(PolicyError::Missing { field: format!("{field}.Effect") });
        }
        Some(serde_json::Value::String(s)) if s == "Allow" => Effect::Allow,
        Some(serde_json::Value::String(s)) if s == "Deny" => Effect::Deny,
        Some(other) => {
            let value = other.as_str().map_or_else(|| other.to_string(), str::to_owned);
            return Err(PolicyError::Effect { field: format!("{field}.Effect"), value });
        }
    };
    let action = pattern_list(obj, field, "Action", "NotAction")?;
    let resource = pattern_list(obj, field, "Resource", "NotResource")?;
    let conditions = match obj.get("Condition") {
        Some(block) => condition::parse_block(block, &format!("{field}.Condition"))?,
        None => Vec::new(),
    };
    Ok(Statement { sid, effect, action, resource, conditions, principal })
}

impl Policy {
    /// Reads an identity-based policy document: `Statement` as one object or a list; `Version` and
    /// `Id` accepted; `Principal` refused.
    pub fn from_json(doc: &serde_json::Value) -> Result<Policy, PolicyError> {
        Policy::parse(doc, PolicyShape::NoPrincipal)
    }

    /// Reads a policy document of the given shape.
    pub fn parse(doc: &serde_json::Value, shape: PolicyShape) -> Result<Policy, PolicyError> {
        let serde_json::Value::Object(obj) = doc else {
            return Err(PolicyError::Type { field: "(document)".into(), expected: "object" });
        };
        if let Some(unknown) = obj.keys().find(|k| !["Version", "Id", "Statement"].contains(&k.as_str())) {
            return Err(PolicyError::Unknown { field: unknown.clone() });
        }
        let variables = match obj.get("Version") {
            None => false,
            Some(serde_json::Value::String(v)) if v == "2012-10-17" => true,
            Some(serde_json::Value::String(v)) if v == "2008-10-17" => false,
            Some(other) => {
                let value = other.as_str().map_or_else(|| other.to_string(), str::to_owned);
                return Err(PolicyError::Value {
                    field: "Version".into(),
                    value,
                    expected: "\"2012-10-17\" | \"2008-10-17\"",
                });
            }
        };
        let statements = match obj.get("Statement") {
            None => {
                return Err(PolicyError::Missing { field: "Statement".into() });
            }
            Some(serde_json::Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, s)| parse_statement(s, &format!("Statement[{i}]"), shape))
                .collect::<Result<_, _>>()?,
            Some(single) => vec![parse_statement(single, "Statement", shape)?],
        };
        Ok(Policy { statements, variables })
    }
}

/// The request being authorized.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `service:Action`.
    pub action: String,
    /// The resource ARN.
    pub resource: String,
    /// Request-context keys (`aws:SourceIp`, …) and their values (several for a multivalued key).
    pub context: Context,
}

/// The overall decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// An applicable Allow and no applicable Deny.
    Allow,
    /// An applicable Deny.
    ExplicitDeny,
    /// Nothing applicable allowed the request.
    ImplicitDeny,
}

impl Decision {
    /// The contract's JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::ExplicitDeny => "explicit_deny",
            Decision::ImplicitDeny => "implicit_deny",
        }
    }

    /// The localized name.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Decision::Allow => "iam-decision-allow",
            Decision::ExplicitDeny => "iam-decision-explicit-deny",
            Decision::ImplicitDeny => "iam-decision-implicit-deny",
        })
    }
}

/// Why a statement does or does not apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Action, resource and every condition match.
    Applies,
    /// No Action pattern matches.
    ActionNotListed,
    /// A `NotAction` pattern matches, so the action is excluded.
    ActionExcluded,
    /// No Resource pattern matches.
    ResourceNotListed,
    /// A `NotResource` pattern matches, so the resource is excluded.
    ResourceExcluded,
    /// A resource-based policy statement does not name the principal.
    PrincipalNotNamed,
    /// A variable in the statement's Resource has no value and no default.
    ResourceUnresolved,
    /// A condition is false (operator name, key, whether the key was absent).
    ConditionFalse {
        /// The operator.
        operator: String,
        /// The key.
        key: String,
        /// The key was absent from the request context.
        missing: bool,
    },
}

/// One statement's verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementResult {
    /// 0-based policy index.
    pub policy: usize,
    /// 0-based statement index in that policy.
    pub statement: usize,
    /// Its Sid.
    pub sid: Option<String>,
    /// Its Effect.
    pub effect: Effect,
    /// Whether it applies to the request.
    pub applies: bool,
    /// Why.
    pub reason: Reason,
    /// For a resource-based policy statement that applies: how it names the principal.
    pub grant: Option<Grant>,
}

/// The full result.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The decision.
    pub decision: Decision,
    /// Indexes into `statements` of the statements that decided (every applicable Deny, else every
    /// applicable Allow; empty for an implicit deny).
    pub deciding: Vec<usize>,
    /// Every statement, in policy order then statement order.
    pub statements: Vec<StatementResult>,
    /// The explanation.
    pub steps: Vec<Step>,
}

fn sid_label(sid: Option<&String>) -> String {
    sid.map_or_else(|| "-".to_owned(), Clone::clone)
}

/// What a statement is judged against: the request, the principal (for `Principal` elements), and
/// whether its policy substitutes variables.
struct Judged<'a> {
    request: &'a Request,
    principal: Option<&'a Principal>,
    variables: bool,
}

fn resource_hit(list: &PatternList, j: &Judged<'_>) -> (bool, bool) {
    let mut unresolved = false;
    for p in &list.patterns {
        match variables::resolve(p, j.variables, &j.request.context) {
            Some(toks) if glob_toks(&toks, &j.request.resource) => return (true, unresolved),
            Some(_) => {}
            None => unresolved = true,
        }
    }
    (false, unresolved)
}

fn judge(statement: &Statement, j: &Judged<'_>, steps: &mut Vec<Step>) -> Result<(Reason, Option<Grant>), PolicyError> {
    let mut grant = None;
    if let Some(spec) = &statement.principal {
        match j.principal.and_then(|p| spec.covers(p)) {
            Some(g) => grant = Some(g),
            None => return Ok((Reason::PrincipalNotNamed, None)),
        }
    }
    let action_hit = statement.action.patterns.iter().any(|p| action_matches(p, &j.request.action));
    if statement.action.negated == action_hit {
        return Ok((if statement.action.negated { Reason::ActionExcluded } else { Reason::ActionNotListed }, None));
    }
    let (hit, unresolved) = resource_hit(&statement.resource, j);
    if statement.resource.negated == hit {
        let reason = match (statement.resource.negated, unresolved) {
            (true, _) => Reason::ResourceExcluded,
            (false, true) => Reason::ResourceUnresolved,
            (false, false) => Reason::ResourceNotListed,
        };
        return Ok((reason, None));
    }
    for cond in &statement.conditions {
        let outcome = cond.evaluate(&j.request.context, j.variables)?;
        if outcome.negated_missing {
            steps.push(Step::convention(
                Msg::new("iam-conv-negated-missing")
                    .arg("operator", cond.operator.name())
                    .arg("key", cond.key.as_str()),
            ));
        }
        if outcome.multi_without_set {
            steps.push(Step::convention(
                Msg::new("iam-eval-conv-multi-without-set").arg("operator", cond.label()).arg("key", cond.key.as_str()),
            ));
        }
        if outcome.unresolved {
            steps.push(Step::fact(
                Msg::new("iam-eval-step-condition-unresolved")
                    .arg("operator", cond.label())
                    .arg("key", cond.key.as_str()),
            ));
        }
        if !outcome.holds {
            return Ok((
                Reason::ConditionFalse { operator: cond.label(), key: cond.key.clone(), missing: outcome.key_missing },
                None,
            ));
        }
    }
    Ok((Reason::Applies, grant))
}

fn reason_step(result: &StatementResult, request: &Request) -> Step {
    let base = |id| {
        Msg::new(id)
            // People count policies and statements from 1; the JSON keeps 0-based indices.
            .arg("policy", result.policy + 1)
            .arg("statement", result.statement + 1)
            .arg("sid", sid_label(result.sid.as_ref()))
            .arg("effect", result.effect.as_str())
            .arg("action", request.action.as_str())
            .arg("resource", request.resource.as_str())
    };
    Step::fact(match &result.reason {
        Reason::Applies => match result.grant {
            Some(g) => base("iam-eval-step-applies-principal").arg("grant", g.as_str()),
            None => base("iam-step-applies"),
        },
        Reason::PrincipalNotNamed => base("iam-eval-step-principal-not-named"),
        Reason::ResourceUnresolved => base("iam-eval-step-resource-unresolved"),
        Reason::ActionNotListed => base("iam-step-action-not-listed"),
        Reason::ActionExcluded => base("iam-step-action-excluded"),
        Reason::ResourceNotListed => base("iam-step-resource-not-listed"),
        Reason::ResourceExcluded => base("iam-step-resource-excluded"),
        Reason::ConditionFalse { operator, key, missing: true } => {
            base("iam-step-condition-missing").arg("operator", operator.as_str()).arg("key", key.as_str())
        }
        Reason::ConditionFalse { operator, key, missing: false } => {
            base("iam-step-condition-false").arg("operator", operator.as_str()).arg("key", key.as_str())
        }
    })
}

/// Judges every statement of `policies` (numbered from `first`), appending one step each.
fn judge_policies(
    policies: &[&Policy],
    request: &Request,
    principal: Option<&Principal>,
    steps: &mut Vec<Step>,
) -> Result<Vec<StatementResult>, PolicyError> {
    let mut out = Vec::new();
    for (p, policy) in policies.iter().enumerate() {
        let j = Judged { request, principal, variables: policy.variables };
        for (s, statement) in policy.statements.iter().enumerate() {
            let (reason, grant) = judge(statement, &j, steps)?;
            let result = StatementResult {
                policy: p,
                statement: s,
                sid: statement.sid.clone(),
                effect: statement.effect,
                applies: reason == Reason::Applies,
                reason,
                grant,
            };
            steps.push(reason_step(&result, request));
            out.push(result);
        }
    }
    Ok(out)
}

/// Evaluates `request` against identity-based policies alone, statement by statement, in order.
pub fn evaluate(policies: &[Policy], request: &Request) -> Result<Evaluation, PolicyError> {
    let mut steps = Vec::new();
    let refs: Vec<&Policy> = policies.iter().collect();
    let statements = judge_policies(&refs, request, None, &mut steps)?;
    let applicable = |effect| {
        statements
            .iter()
            .enumerate()
            .filter(|(_, r)| r.applies && r.effect == effect)
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    };
    let denies = applicable(Effect::Deny);
    let allows = applicable(Effect::Allow);
    let (decision, deciding, id) = if !denies.is_empty() {
        (Decision::ExplicitDeny, denies, "iam-step-final-deny")
    } else if !allows.is_empty() {
        (Decision::Allow, allows, "iam-step-final-allow")
    } else {
        (Decision::ImplicitDeny, Vec::new(), "iam-step-final-implicit")
    };
    let names: Vec<String> =
        deciding.iter().map(|&i| format!("{}/{}", statements[i].policy, statements[i].statement)).collect();
    steps.push(Step::fact(Msg::new(id).arg("statements", names.join(", ")).arg("count", deciding.len())));
    Ok(Evaluation { decision, deciding, statements, steps })
}
