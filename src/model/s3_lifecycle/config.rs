//! The lifecycle configuration as S3's JSON spells it (`PutBucketLifecycleConfiguration`), and
//! the checks S3 runs before it accepts one. Malformed input (bad JSON, an unknown field or class,
//! a negative number) is a `ParseError`; a well-formed configuration S3 would refuse is valid JSON
//! whose `problems` say why.

use serde::Deserialize;

use super::{accepted_classes, api_name, class_named, needs_30_days, rank, transition_allowed};
use crate::explain::Msg;
use crate::model::s3::StorageClass;

/// `{"Rules": [...]}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Config {
    /// The rules, in the order given.
    pub rules: Vec<Rule>,
    /// `all_storage_classes_128K` (the default) or `varies_by_storage_class`.
    #[serde(default)]
    pub transition_default_minimum_object_size: Option<String>,
}

/// One rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Rule {
    /// `ID`.
    #[serde(rename = "ID", default)]
    pub id: Option<String>,
    /// Which objects the rule applies to.
    #[serde(default)]
    pub filter: Option<Filter>,
    /// The older top-level prefix (instead of `Filter`).
    #[serde(default)]
    pub prefix: Option<String>,
    /// `Enabled` or `Disabled`.
    pub status: String,
    /// Transitions of current versions.
    #[serde(default)]
    pub transitions: Vec<Transition>,
    /// Expiration of current versions.
    #[serde(default)]
    pub expiration: Option<Expiration>,
    /// Transitions of noncurrent versions.
    #[serde(default)]
    pub noncurrent_version_transitions: Vec<NoncurrentTransition>,
    /// Permanent deletion of noncurrent versions.
    #[serde(default)]
    pub noncurrent_version_expiration: Option<NoncurrentExpiration>,
    /// Clean-up of incomplete multipart uploads.
    #[serde(default)]
    pub abort_incomplete_multipart_upload: Option<AbortUpload>,
}

/// A tag.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Tag {
    /// Tag key.
    pub key: String,
    /// Tag value.
    pub value: String,
}

/// `Filter`: a prefix, a tag, sizes, or `And` of several.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Filter {
    /// Key prefix.
    #[serde(default)]
    pub prefix: Option<String>,
    /// One tag.
    #[serde(default)]
    pub tag: Option<Tag>,
    /// Bytes; the object must be larger.
    #[serde(default)]
    pub object_size_greater_than: Option<u64>,
    /// Bytes; the object must be smaller.
    #[serde(default)]
    pub object_size_less_than: Option<u64>,
    /// Several conditions at once.
    #[serde(default)]
    pub and: Option<Box<Filter>>,
    /// Tags inside `And`.
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// A transition of current versions.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Transition {
    /// Days after creation.
    #[serde(default)]
    pub days: Option<u32>,
    /// A date instead of days (not modelled).
    #[serde(default)]
    pub date: Option<String>,
    /// Target class.
    pub storage_class: String,
}

/// Expiration of current versions.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Expiration {
    /// Days after creation.
    #[serde(default)]
    pub days: Option<u32>,
    /// A date instead of days (not modelled).
    #[serde(default)]
    pub date: Option<String>,
    /// Remove delete markers that have no noncurrent versions left.
    #[serde(default)]
    pub expired_object_delete_marker: Option<bool>,
}

/// A transition of noncurrent versions.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct NoncurrentTransition {
    /// Days after the version became noncurrent.
    pub noncurrent_days: u32,
    /// Target class.
    pub storage_class: String,
    /// Keep this many newer noncurrent versions in place.
    #[serde(default)]
    pub newer_noncurrent_versions: Option<u32>,
}

/// Permanent deletion of noncurrent versions.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct NoncurrentExpiration {
    /// Days after the version became noncurrent.
    #[serde(default)]
    pub noncurrent_days: Option<u32>,
    /// Keep this many newer noncurrent versions.
    #[serde(default)]
    pub newer_noncurrent_versions: Option<u32>,
}

/// `AbortIncompleteMultipartUpload`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct AbortUpload {
    /// Days after the upload was initiated.
    pub days_after_initiation: u32,
}

/// Input that is not a lifecycle configuration at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not JSON, or not this shape (serde's message and position).
    #[error("{line}:{column}: {detail}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde says.
        detail: String,
    },
    /// A field whose value is not one of the accepted ones.
    #[error("{field} = {value}")]
    Value {
        /// Path of the field, like `Rules[0].Transitions[1].StorageClass`.
        field: String,
        /// The value given.
        value: String,
        /// What is accepted.
        accepted: String,
    },
}

impl ParseError {
    /// The localized message (the caller adds the file name).
    pub fn msg(&self) -> Msg {
        match self {
            ParseError::Json { line, column, detail } => {
                Msg::new("calc5-lc-err-json").arg("line", *line).arg("column", *column).arg("detail", detail.as_str())
            }
            ParseError::Value { field, value, accepted } => Msg::new("calc5-lc-err-value")
                .arg("field", field.as_str())
                .arg("value", value.as_str())
                .arg("accepted", accepted.as_str()),
        }
    }
}

fn bad(field: String, value: &str, accepted: String) -> ParseError {
    ParseError::Value { field, value: value.to_owned(), accepted }
}

/// A rule's checked transitions: (day, class), in the order given.
pub type Steps = Vec<(u32, StorageClass)>;

/// A rule with its names resolved.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The rule as written.
    pub rule: Rule,
    /// `ID`, or `Rules[i]` when it has none.
    pub name: String,
    /// Enabled?
    pub enabled: bool,
    /// Current-version transitions.
    pub transitions: Steps,
    /// Noncurrent-version transitions.
    pub noncurrent: Steps,
}

/// Parses the JSON and resolves class names; `Date`-based actions are refused (the model counts
/// days since creation only).
pub fn parse(text: &str) -> Result<(Config, Vec<Resolved>), ParseError> {
    let config: Config = serde_json::from_str(text).map_err(|e| ParseError::Json {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    if let Some(v) = &config.transition_default_minimum_object_size
        && v != "all_storage_classes_128K"
        && v != "varies_by_storage_class"
    {
        return Err(bad(
            "TransitionDefaultMinimumObjectSize".into(),
            v,
            "all_storage_classes_128K, varies_by_storage_class".into(),
        ));
    }
    let mut out = Vec::new();
    for (i, rule) in config.rules.iter().enumerate() {
        let at = |f: String| format!("Rules[{i}].{f}");
        let enabled = match rule.status.as_str() {
            "Enabled" => true,
            "Disabled" => false,
            other => return Err(bad(at("Status".into()), other, "Enabled, Disabled".into())),
        };
        let mut transitions = Vec::new();
        for (j, t) in rule.transitions.iter().enumerate() {
            let class = class_named(&t.storage_class)
                .filter(|c| *c != StorageClass::Standard)
                .ok_or_else(|| bad(at(format!("Transitions[{j}].StorageClass")), &t.storage_class, targets()))?;
            let Some(days) = t.days else {
                let field = at(format!("Transitions[{j}].Days"));
                return Err(bad(field, t.date.as_deref().unwrap_or("-"), "Days (Date is not modelled)".into()));
            };
            transitions.push((days, class));
        }
        let mut noncurrent = Vec::new();
        for (j, t) in rule.noncurrent_version_transitions.iter().enumerate() {
            let field = at(format!("NoncurrentVersionTransitions[{j}].StorageClass"));
            let class = class_named(&t.storage_class)
                .filter(|c| *c != StorageClass::Standard)
                .ok_or_else(|| bad(field, &t.storage_class, targets()))?;
            noncurrent.push((t.noncurrent_days, class));
        }
        if let Some(e) = &rule.expiration
            && e.date.is_some()
        {
            return Err(bad(at("Expiration.Date".into()), e.date.as_deref().unwrap_or("-"), "Days".into()));
        }
        let name = rule.id.clone().unwrap_or_else(|| format!("Rules[{i}]"));
        out.push(Resolved { rule: rule.clone(), name, enabled, transitions, noncurrent });
    }
    Ok((config, out))
}

fn targets() -> String {
    accepted_classes().trim_start_matches("STANDARD, ").to_owned()
}

/// The problems S3 would refuse the configuration for, in rule order (empty when valid).
pub fn problems(rules: &[Resolved]) -> Vec<Msg> {
    let mut out = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        if rules[..i].iter().any(|o| o.rule.id.is_some() && o.rule.id == r.rule.id) {
            out.push(Msg::new("calc5-lc-prob-duplicate-id").arg("rule", r.name.as_str()));
        }
        if r.rule.filter.is_some() && r.rule.prefix.is_some() {
            out.push(Msg::new("calc5-lc-prob-filter-and-prefix").arg("rule", r.name.as_str()));
        }
        let rule = &r.rule;
        if rule.transitions.is_empty()
            && rule.expiration.is_none()
            && rule.noncurrent_version_transitions.is_empty()
            && rule.noncurrent_version_expiration.is_none()
            && rule.abort_incomplete_multipart_upload.is_none()
        {
            out.push(Msg::new("calc5-lc-prob-no-action").arg("rule", r.name.as_str()));
        }
        filter_problems(r, &mut out);
        chain_problems(r, &r.transitions, "Days", "Transition", &mut out);
        chain_problems(r, &r.noncurrent, "NoncurrentDays", "NoncurrentVersionTransition", &mut out);
        expiration_problems(r, &mut out);
    }
    out
}

fn filter_problems(r: &Resolved, out: &mut Vec<Msg>) {
    let Some(f) = &r.rule.filter else { return };
    let inner = f.and.as_deref();
    let gt = inner.and_then(|a| a.object_size_greater_than).or(f.object_size_greater_than);
    let lt = inner.and_then(|a| a.object_size_less_than).or(f.object_size_less_than);
    if let (Some(g), Some(l)) = (gt, lt)
        && g >= l
    {
        out.push(Msg::new("calc5-lc-prob-size-range").arg("rule", r.name.as_str()).arg("gt", g).arg("lt", l));
    }
    let has_tags = f.tag.is_some() || inner.is_some_and(|a| a.tag.is_some() || !a.tags.is_empty());
    if has_tags && r.rule.abort_incomplete_multipart_upload.is_some() {
        out.push(Msg::new("calc5-lc-prob-abort-tags").arg("rule", r.name.as_str()));
    }
}

/// Transitions of one rule, by day: the 30-day minimums, distinct days and classes, the waterfall
/// order, and 30 days in Standard-IA or One Zone-IA before the next transition.
fn chain_problems(r: &Resolved, steps: &Steps, days_field: &'static str, action: &'static str, out: &mut Vec<Msg>) {
    let rule = r.name.as_str();
    for &(days, class) in steps {
        if needs_30_days(class) && days < 30 {
            out.push(
                Msg::new("calc5-lc-prob-min-30")
                    .arg("rule", rule)
                    .arg("field", days_field)
                    .arg("action", action)
                    .arg("days", days)
                    .arg("class", api_name(class)),
            );
        }
    }
    let mut sorted = steps.clone();
    sorted.sort_by_key(|&(d, c)| (d, rank(c)));
    for pair in sorted.windows(2) {
        let ((d1, c1), (d2, c2)) = (pair[0], pair[1]);
        if c1 == c2 {
            out.push(Msg::new("calc5-lc-prob-same-class").arg("rule", rule).arg("class", api_name(c1)));
        } else if d1 == d2 {
            out.push(
                Msg::new("calc5-lc-prob-same-day")
                    .arg("rule", rule)
                    .arg("field", days_field)
                    .arg("days", d1)
                    .arg("a", api_name(c1))
                    .arg("b", api_name(c2)),
            );
        } else if !transition_allowed(c1, c2) {
            out.push(
                Msg::new("calc5-lc-prob-waterfall")
                    .arg("rule", rule)
                    .arg("from", api_name(c1))
                    .arg("to", api_name(c2))
                    .arg("d1", d1)
                    .arg("d2", d2),
            );
        } else if needs_30_days(c1) && d2 - d1 < 30 {
            out.push(
                Msg::new("calc5-lc-prob-ia-gap")
                    .arg("rule", rule)
                    .arg("from", api_name(c1))
                    .arg("to", api_name(c2))
                    .arg("d1", d1)
                    .arg("d2", d2),
            );
        }
    }
}

fn expiration_problems(r: &Resolved, out: &mut Vec<Msg>) {
    let rule = r.name.as_str();
    if let Some(e) = &r.rule.expiration {
        match (e.days, e.expired_object_delete_marker) {
            (Some(_), Some(true)) => out.push(Msg::new("calc5-lc-prob-marker-and-days").arg("rule", rule)),
            (Some(0), _) => out.push(Msg::new("calc5-lc-prob-expire-zero").arg("rule", rule).arg("field", "Days")),
            (None, None | Some(false)) => out.push(Msg::new("calc5-lc-prob-expire-empty").arg("rule", rule)),
            _ => {}
        }
        if let (Some(days), Some(&(last, class))) = (e.days, r.transitions.iter().max_by_key(|t| t.0))
            && days <= last
        {
            out.push(
                Msg::new("calc5-lc-prob-expire-before")
                    .arg("rule", rule)
                    .arg("field", "Days")
                    .arg("days", days)
                    .arg("last", last)
                    .arg("class", api_name(class)),
            );
        }
    }
    if let Some(e) = &r.rule.noncurrent_version_expiration {
        if e.noncurrent_days == Some(0) {
            out.push(Msg::new("calc5-lc-prob-expire-zero").arg("rule", rule).arg("field", "NoncurrentDays"));
        }
        if let (Some(days), Some(&(last, class))) = (e.noncurrent_days, r.noncurrent.iter().max_by_key(|t| t.0))
            && days <= last
        {
            out.push(
                Msg::new("calc5-lc-prob-expire-before")
                    .arg("rule", rule)
                    .arg("field", "NoncurrentDays")
                    .arg("days", days)
                    .arg("last", last)
                    .arg("class", api_name(class)),
            );
        }
    }
}
