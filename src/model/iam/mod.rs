//! IAM identity-based policy evaluation (aws-rules.md §5): explicit deny beats allow, allow beats
//! the default implicit deny. Pure: policies come in as parsed JSON values.

mod condition;
mod pattern;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

pub use condition::{Condition, Operator, parse_cidr, parse_date, supported_operators};
pub use pattern::{action_matches, glob, resource_matches};

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
}

/// A policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Statements in document order.
    pub statements: Vec<Statement>,
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

fn parse_statement(value: &serde_json::Value, field: &str) -> Result<Statement, PolicyError> {
    const KNOWN: &[&str] = &["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"];
    let serde_json::Value::Object(obj) = value else {
        return Err(PolicyError::Type { field: field.to_owned(), expected: "object" });
    };
    if let Some(unknown) = obj.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        // Principal / NotPrincipal belong to resource-based policies, which the model does not evaluate.
        return Err(PolicyError::Unknown { field: format!("{field}.{unknown}") });
    }
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
    Ok(Statement { sid, effect, action, resource, conditions })
}

impl Policy {
    /// Reads a policy document: `Statement` as one object or a list; `Version` and `Id` accepted.
    pub fn from_json(doc: &serde_json::Value) -> Result<Policy, PolicyError> {
        let serde_json::Value::Object(obj) = doc else {
            return Err(PolicyError::Type { field: "(document)".into(), expected: "object" });
        };
        if let Some(unknown) = obj.keys().find(|k| !["Version", "Id", "Statement"].contains(&k.as_str())) {
            return Err(PolicyError::Unknown { field: unknown.clone() });
        }
        match obj.get("Version") {
            None => {}
            Some(serde_json::Value::String(v)) if v == "2012-10-17" || v == "2008-10-17" => {}
            Some(other) => {
                let value = other.as_str().map_or_else(|| other.to_string(), str::to_owned);
                return Err(PolicyError::Value {
                    field: "Version".into(),
                    value,
                    expected: "\"2012-10-17\" | \"2008-10-17\"",
                });
            }
        }
        let statements = match obj.get("Statement") {
            None => {
                return Err(PolicyError::Missing { field: "Statement".into() });
            }
            Some(serde_json::Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, s)| parse_statement(s, &format!("Statement[{i}]")))
                .collect::<Result<_, _>>()?,
            Some(single) => vec![parse_statement(single, "Statement")?],
        };
        Ok(Policy { statements })
    }
}

/// The request being authorized.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `service:Action`.
    pub action: String,
    /// The resource ARN.
    pub resource: String,
    /// Request-context keys (`aws:SourceIp`, …) and their values.
    pub context: BTreeMap<String, String>,
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

fn list_matches(list: &PatternList, value: &str, matcher: fn(&str, &str) -> bool) -> bool {
    list.patterns.iter().any(|p| matcher(p, value))
}

fn sid_label(sid: Option<&String>) -> String {
    sid.map_or_else(|| "-".to_owned(), Clone::clone)
}

fn judge(statement: &Statement, request: &Request, steps: &mut Vec<Step>) -> Result<Reason, PolicyError> {
    let action_hit = list_matches(&statement.action, &request.action, action_matches);
    if statement.action.negated == action_hit {
        return Ok(if statement.action.negated { Reason::ActionExcluded } else { Reason::ActionNotListed });
    }
    let resource_hit = list_matches(&statement.resource, &request.resource, resource_matches);
    if statement.resource.negated == resource_hit {
        return Ok(if statement.resource.negated { Reason::ResourceExcluded } else { Reason::ResourceNotListed });
    }
    for cond in &statement.conditions {
        let outcome = cond.evaluate(&request.context)?;
        if outcome.negated_missing {
            steps.push(Step::convention(
                Msg::new("iam-conv-negated-missing")
                    .arg("operator", cond.operator.name())
                    .arg("key", cond.key.as_str()),
            ));
        }
        if !outcome.holds {
            let suffix = if cond.if_exists { "IfExists" } else { "" };
            return Ok(Reason::ConditionFalse {
                operator: format!("{}{suffix}", cond.operator.name()),
                key: cond.key.clone(),
                missing: outcome.key_missing,
            });
        }
    }
    Ok(Reason::Applies)
}

fn reason_step(result: &StatementResult, request: &Request) -> Step {
    let base = |id| {
        Msg::new(id)
            .arg("policy", result.policy)
            .arg("statement", result.statement)
            .arg("sid", sid_label(result.sid.as_ref()))
            .arg("effect", result.effect.as_str())
            .arg("action", request.action.as_str())
            .arg("resource", request.resource.as_str())
    };
    Step::fact(match &result.reason {
        Reason::Applies => base("iam-step-applies"),
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

/// Evaluates `request` against every statement of every policy, in order.
pub fn evaluate(policies: &[Policy], request: &Request) -> Result<Evaluation, PolicyError> {
    let mut steps = Vec::new();
    let mut statements = Vec::new();
    for (p, policy) in policies.iter().enumerate() {
        for (s, statement) in policy.statements.iter().enumerate() {
            let reason = judge(statement, request, &mut steps)?;
            let result = StatementResult {
                policy: p,
                statement: s,
                sid: statement.sid.clone(),
                effect: statement.effect,
                applies: reason == Reason::Applies,
                reason,
            };
            steps.push(reason_step(&result, request));
            statements.push(result);
        }
    }
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
