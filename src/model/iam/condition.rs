//! Condition blocks: `{"Operator": {"key": value-or-list}}`. Several operators or keys are `ANDed`;
//! several values for one key are `ORed` (for negated operators: the value must match none).
//! `ForAllValues:` / `ForAnyValue:` compare a multivalued request key as a set (IAM User Guide,
//! "Single-valued vs. multivalued context keys").

use std::net::IpAddr;

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::pattern::{Tok, glob_toks, literal_text};
use super::variables::resolve;
use super::{Context, PolicyError};

/// The condition operators the model knows. Anything else is rejected by name when the policy is
/// read, never silently ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// Exact, case-sensitive.
    StringEquals,
    /// Negated `StringEquals`.
    StringNotEquals,
    /// Exact, ignoring case.
    StringEqualsIgnoreCase,
    /// Negated `StringEqualsIgnoreCase`.
    StringNotEqualsIgnoreCase,
    /// `*` and `?` wildcards, case-sensitive.
    StringLike,
    /// Negated `StringLike`.
    StringNotLike,
    /// Numbers equal.
    NumericEquals,
    /// Numbers differ.
    NumericNotEquals,
    /// Context value < policy value.
    NumericLessThan,
    /// Context value ≤ policy value.
    NumericLessThanEquals,
    /// Context value > policy value.
    NumericGreaterThan,
    /// Context value ≥ policy value.
    NumericGreaterThanEquals,
    /// Same instant.
    DateEquals,
    /// Different instant.
    DateNotEquals,
    /// Context date before policy date.
    DateLessThan,
    /// At or before.
    DateLessThanEquals,
    /// After.
    DateGreaterThan,
    /// At or after.
    DateGreaterThanEquals,
    /// `true` / `false`.
    Bool,
    /// Address inside one of the CIDR blocks.
    IpAddress,
    /// Address outside every CIDR block.
    NotIpAddress,
    /// `true`: the key must be absent; `false`: present.
    Null,
    /// ARN components match (wildcards allowed; same as `ArnLike`).
    ArnEquals,
    /// ARN components match with wildcards.
    ArnLike,
    /// Negated `ArnEquals`.
    ArnNotEquals,
    /// Negated `ArnLike`.
    ArnNotLike,
    /// Base64 text equal byte for byte.
    BinaryEquals,
}

/// A set operator in front of the operator name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOp {
    /// Every request value must match (true when the key is absent).
    ForAllValues,
    /// At least one request value must match (false when the key is absent).
    ForAnyValue,
}

impl SetOp {
    /// As written.
    pub fn name(self) -> &'static str {
        match self {
            SetOp::ForAllValues => "ForAllValues",
            SetOp::ForAnyValue => "ForAnyValue",
        }
    }
}

const OPERATORS: &[(&str, Operator)] = &[
    ("StringEquals", Operator::StringEquals),
    ("StringNotEquals", Operator::StringNotEquals),
    ("StringEqualsIgnoreCase", Operator::StringEqualsIgnoreCase),
    ("StringNotEqualsIgnoreCase", Operator::StringNotEqualsIgnoreCase),
    ("StringLike", Operator::StringLike),
    ("StringNotLike", Operator::StringNotLike),
    ("NumericEquals", Operator::NumericEquals),
    ("NumericNotEquals", Operator::NumericNotEquals),
    ("NumericLessThan", Operator::NumericLessThan),
    ("NumericLessThanEquals", Operator::NumericLessThanEquals),
    ("NumericGreaterThan", Operator::NumericGreaterThan),
    ("NumericGreaterThanEquals", Operator::NumericGreaterThanEquals),
    ("DateEquals", Operator::DateEquals),
    ("DateNotEquals", Operator::DateNotEquals),
    ("DateLessThan", Operator::DateLessThan),
    ("DateLessThanEquals", Operator::DateLessThanEquals),
    ("DateGreaterThan", Operator::DateGreaterThan),
    ("DateGreaterThanEquals", Operator::DateGreaterThanEquals),
    ("Bool", Operator::Bool),
    ("IpAddress", Operator::IpAddress),
    ("NotIpAddress", Operator::NotIpAddress),
    ("Null", Operator::Null),
    ("ArnEquals", Operator::ArnEquals),
    ("ArnLike", Operator::ArnLike),
    ("ArnNotEquals", Operator::ArnNotEquals),
    ("ArnNotLike", Operator::ArnNotLike),
    ("BinaryEquals", Operator::BinaryEquals),
];

/// The supported operator names, for error messages.
pub fn supported_operators() -> String {
    let mut names: Vec<&str> = OPERATORS.iter().map(|(n, _)| *n).collect();
    names.push("…IfExists");
    names.push("ForAllValues:…");
    names.push("ForAnyValue:…");
    names.join(", ")
}

impl Operator {
    /// The operator's name as written in policies.
    pub fn name(self) -> &'static str {
        OPERATORS.iter().find(|(_, op)| *op == self).map_or("?", |(n, _)| n)
    }

    /// Negated operators are true when the key is absent (see `evaluate`).
    pub fn negated(self) -> bool {
        matches!(
            self,
            Operator::StringNotEquals
                | Operator::StringNotEqualsIgnoreCase
                | Operator::StringNotLike
                | Operator::NumericNotEquals
                | Operator::DateNotEquals
                | Operator::NotIpAddress
                | Operator::ArnNotEquals
                | Operator::ArnNotLike
        )
    }
}

/// A policy value, parsed once when the policy is read so a bad CIDR or date is reported then.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
    Date(i64),
    Cidr(IpAddr, u8),
    Flag(bool),
}

/// One operator applied to one key.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// The operator.
    pub operator: Operator,
    /// `…IfExists`: true when the key is absent.
    pub if_exists: bool,
    /// `ForAllValues:` / `ForAnyValue:`, if written.
    pub set: Option<SetOp>,
    /// The condition key as written (matched case-insensitively).
    pub key: String,
    values: Vec<Value>,
}

/// How one condition came out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[allow(clippy::struct_excessive_bools)] // Independent facts about one outcome, each explained in a step.
pub struct ConditionOutcome {
    /// Whether it held.
    pub holds: bool,
    /// The key was absent from the request context.
    pub key_missing: bool,
    /// It held only because a negated operator met an absent key (a model convention).
    pub negated_missing: bool,
    /// A multivalued key met an operator without a set operator (a model convention).
    pub multi_without_set: bool,
    /// Every policy value named a variable without value or default, so nothing could match.
    pub unresolved: bool,
}

fn bad(field: &str, value: &str, expected: &'static str) -> PolicyError {
    PolicyError::Value { field: field.to_owned(), value: value.to_owned(), expected }
}

fn scalar(value: &serde_json::Value, field: &str) -> Result<String, PolicyError> {
    match value {
        serde_json::Value::String(s) => Ok(s.clone()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        _ => Err(PolicyError::Type { field: field.to_owned(), expected: "string | number | boolean | [...]" }),
    }
}

/// Parses an IPv4/IPv6 address or CIDR block.
pub fn parse_cidr(text: &str) -> Option<(IpAddr, u8)> {
    let (addr, prefix) = match text.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (text, None),
    };
    let addr: IpAddr = addr.trim().parse().ok()?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let prefix = match prefix {
        Some(p) => p.trim().parse::<u8>().ok().filter(|p| *p <= max)?,
        None => max,
    };
    Some((addr, prefix))
}

fn cidr_contains(net: IpAddr, prefix: u8, ip: IpAddr) -> bool {
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => {
            let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - u32::from(prefix)) };
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) => {
            let mask = if prefix == 0 { 0 } else { u128::MAX << (128 - u32::from(prefix)) };
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    }
}

/// Parses an ISO 8601 date/time or epoch seconds into epoch seconds (UTC when no offset is given).
pub fn parse_date(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(secs) = text.parse::<i64>() {
        return Some(secs);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.timestamp());
    }
    for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Some(t.and_utc().timestamp());
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
}

fn parse_flag(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn parse_value(op: Operator, text: &str, field: &str) -> Result<Value, PolicyError> {
    use Operator as O;
    Ok(match op {
        O::NumericEquals
        | O::NumericNotEquals
        | O::NumericLessThan
        | O::NumericLessThanEquals
        | O::NumericGreaterThan
        | O::NumericGreaterThanEquals => Value::Number(
            text.trim().parse::<f64>().ok().filter(|n| n.is_finite()).ok_or_else(|| bad(field, text, "number"))?,
        ),
        O::DateEquals
        | O::DateNotEquals
        | O::DateLessThan
        | O::DateLessThanEquals
        | O::DateGreaterThan
        | O::DateGreaterThanEquals => Value::Date(parse_date(text).ok_or_else(|| bad(field, text, "ISO 8601 date"))?),
        O::IpAddress | O::NotIpAddress => {
            let (ip, prefix) = parse_cidr(text).ok_or_else(|| bad(field, text, "IP address or CIDR"))?;
            Value::Cidr(ip, prefix)
        }
        O::Bool | O::Null => Value::Flag(parse_flag(text).ok_or_else(|| bad(field, text, "true | false"))?),
        _ => Value::Text(text.to_owned()),
    })
}

/// Parses a `Condition` element (`field` names it for errors, e.g. `Statement[0].Condition`).
pub fn parse_block(block: &serde_json::Value, field: &str) -> Result<Vec<Condition>, PolicyError> {
    let serde_json::Value::Object(ops) = block else {
        return Err(PolicyError::Type { field: field.to_owned(), expected: "object" });
    };
    let mut out = Vec::new();
    for (name, keys) in ops {
        let op_field = format!("{field}.{name}");
        let (set, unqualified) = if let Some(rest) = name.strip_prefix("ForAllValues:") {
            (Some(SetOp::ForAllValues), rest)
        } else if let Some(rest) = name.strip_prefix("ForAnyValue:") {
            (Some(SetOp::ForAnyValue), rest)
        } else {
            (None, name.as_str())
        };
        let (base, if_exists) = match unqualified.strip_suffix("IfExists") {
            Some(base) if base != "Null" => (base, true),
            _ => (unqualified, false),
        };
        let Some(operator) = OPERATORS
            .iter()
            .find(|(n, _)| *n == base)
            .map(|(_, op)| *op)
            .filter(|op| !(set.is_some() && *op == Operator::Null))
        else {
            // `ForAllValues:Null` is refused: Null tests presence, not values.
            return Err(PolicyError::Operator { field: op_field, operator: name.clone() });
        };
        let serde_json::Value::Object(keys) = keys else {
            return Err(PolicyError::Type { field: op_field, expected: "object" });
        };
        for (key, values) in keys {
            let key_field = format!("{op_field}.{key}");
            let raw: Vec<String> = match values {
                serde_json::Value::Array(list) if list.is_empty() => {
                    return Err(PolicyError::Type { field: key_field, expected: "non-empty list" });
                }
                serde_json::Value::Array(list) => {
                    list.iter().map(|v| scalar(v, &key_field)).collect::<Result<_, _>>()?
                }
                other => vec![scalar(other, &key_field)?],
            };
            let values = raw.iter().map(|v| parse_value(operator, v, &key_field)).collect::<Result<_, _>>()?;
            out.push(Condition { operator, if_exists, set, key: key.clone(), values });
        }
    }
    Ok(out)
}

impl Condition {
    /// The operator as written (`ForAnyValue:StringLikeIfExists`).
    pub fn label(&self) -> String {
        let set = self.set.map_or(String::new(), |s| format!("{}:", s.name()));
        let suffix = if self.if_exists { "IfExists" } else { "" };
        format!("{set}{}{suffix}", self.operator.name())
    }

    /// Evaluates the condition against the request context; `variables` says whether policy
    /// variables are substituted (Version 2012-10-17).
    pub fn evaluate(&self, context: &Context, variables: bool) -> Result<ConditionOutcome, PolicyError> {
        let actual = context.get(&self.key).filter(|v| !v.is_empty());
        let missing = actual.is_none();
        let mut out = ConditionOutcome { key_missing: missing, ..ConditionOutcome::default() };
        if self.operator == Operator::Null {
            out.holds = self.values.contains(&Value::Flag(missing));
            return Ok(out);
        }
        // Text values may hold variables; a value that cannot be resolved is dropped, and a
        // condition left without values cannot match (the guide: the element does not match).
        let mut resolved: Vec<Resolved> = Vec::new();
        for value in &self.values {
            match value {
                Value::Text(t) => {
                    if let Some(toks) = resolve(t, variables, context) {
                        resolved.push(Resolved::Text(toks));
                    }
                }
                other => resolved.push(Resolved::Other(other.clone())),
            }
        }
        if resolved.is_empty() {
            out.unresolved = true;
            return Ok(out);
        }
        let Some(actual) = actual else {
            out.holds = match self.set {
                Some(SetOp::ForAllValues) => true,
                Some(SetOp::ForAnyValue) => self.if_exists,
                None => self.if_exists || self.operator.negated(),
            };
            out.negated_missing = out.holds && self.set.is_none() && !self.if_exists && self.operator.negated();
            return Ok(out);
        };
        let negated = self.operator.negated();
        // Whether one request value matches any policy value (before negation).
        let hit = |a: &String| -> Result<bool, PolicyError> {
            let err = |expected| PolicyError::Context { key: self.key.clone(), value: a.clone(), expected };
            let mut any = false;
            for r in &resolved {
                any |= self.matches_one(r, a, err)?;
            }
            Ok(any)
        };
        let mut verdicts = Vec::with_capacity(actual.len());
        for a in actual {
            verdicts.push(hit(a)? != negated);
        }
        out.holds = match self.set {
            Some(SetOp::ForAllValues) => verdicts.iter().all(|v| *v),
            Some(SetOp::ForAnyValue) => verdicts.iter().any(|v| *v),
            None if actual.len() == 1 => verdicts[0],
            None => {
                // A multivalued key without a set operator: the model reads it as "any request
                // value matches" (negated: "no request value matches"), a labelled convention.
                out.multi_without_set = true;
                let any_hit = verdicts.iter().any(|v| *v != negated);
                any_hit != negated
            }
        };
        Ok(out)
    }

    fn matches_one(
        &self,
        value: &Resolved,
        actual: &str,
        err: impl Fn(&'static str) -> PolicyError,
    ) -> Result<bool, PolicyError> {
        use Operator as O;
        Ok(match (self.operator, value) {
            (O::StringEquals | O::StringNotEquals | O::BinaryEquals, Resolved::Text(v)) => literal_text(v) == actual,
            (O::StringEqualsIgnoreCase | O::StringNotEqualsIgnoreCase, Resolved::Text(v)) => {
                literal_text(v).to_lowercase() == actual.to_lowercase()
            }
            (O::StringLike | O::StringNotLike, Resolved::Text(v)) => glob_toks(v, actual),
            (O::ArnEquals | O::ArnLike | O::ArnNotEquals | O::ArnNotLike, Resolved::Text(v)) => arn_like(v, actual),
            (op, Resolved::Other(Value::Number(v))) => {
                let a = actual.trim().parse::<f64>().map_err(|_| err("number"))?;
                match op {
                    O::NumericEquals | O::NumericNotEquals => (a - v).abs() < f64::EPSILON,
                    O::NumericLessThan => a < *v,
                    O::NumericLessThanEquals => a <= *v,
                    O::NumericGreaterThan => a > *v,
                    _ => a >= *v,
                }
            }
            (op, Resolved::Other(Value::Date(v))) => {
                let a = parse_date(actual).ok_or_else(|| err("ISO 8601 date"))?;
                match op {
                    O::DateEquals | O::DateNotEquals => a == *v,
                    O::DateLessThan => a < *v,
                    O::DateLessThanEquals => a <= *v,
                    O::DateGreaterThan => a > *v,
                    _ => a >= *v,
                }
            }
            (_, Resolved::Other(Value::Cidr(net, prefix))) => {
                let ip: IpAddr = actual.trim().parse().map_err(|_| err("IP address"))?;
                cidr_contains(*net, *prefix, ip)
            }
            (_, Resolved::Other(Value::Flag(v))) => parse_flag(actual).ok_or_else(|| err("true | false"))? == *v,
            // Parsing pairs every operator with its own kind of value, so nothing else occurs.
            _ => false,
        })
    }
}

/// A policy value ready to compare: text compiled with variables substituted, or a parsed value.
enum Resolved {
    Text(Vec<Tok>),
    Other(Value),
}

/// `ArnLike`: each of the six colon-separated parts matches on its own, wildcards staying inside
/// their part; the resource part (the sixth) may itself hold colons.
fn arn_like(pattern: &[Tok], actual: &str) -> bool {
    let mut parts: Vec<&[Tok]> = Vec::with_capacity(6);
    let mut start = 0;
    for (i, t) in pattern.iter().enumerate() {
        if *t == Tok::Lit(':') && parts.len() < 5 {
            parts.push(&pattern[start..i]);
            start = i + 1;
        }
    }
    parts.push(&pattern[start..]);
    let actual_parts: Vec<&str> = actual.splitn(6, ':').collect();
    parts.len() == 6 && actual_parts.len() == 6 && parts.iter().zip(&actual_parts).all(|(p, a)| glob_toks(p, a))
}
