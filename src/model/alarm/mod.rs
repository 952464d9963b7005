//! `CloudWatch` metric-alarm evaluation (`shared/reference/aws-rules.md` §7).
//!
//! The model takes one evaluation's data points (oldest first, `None` for a missing period) and
//! returns the alarm's new state plus the steps that led there. Where AWS documents only
//! examples (the size of the evaluation range) or nothing at all (fewer than N real points under
//! `missing`/`ignore`), the step is a model convention.

#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::explain::{Msg, Step};

/// The three alarm states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum AlarmState {
    /// Within the threshold.
    #[serde(rename = "OK")]
    Ok,
    /// Outside the threshold.
    #[serde(rename = "ALARM")]
    Alarm,
    /// Not enough data (also the state of a new alarm).
    #[serde(rename = "INSUFFICIENT_DATA")]
    InsufficientData,
}

impl AlarmState {
    /// The API spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AlarmState::Ok => "OK",
            AlarmState::Alarm => "ALARM",
            AlarmState::InsufficientData => "INSUFFICIENT_DATA",
        }
    }
}

impl fmt::Display for AlarmState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AlarmState {
    type Err = AlarmError;
    fn from_str(s: &str) -> Result<Self, AlarmError> {
        match s {
            "OK" => Ok(AlarmState::Ok),
            "ALARM" => Ok(AlarmState::Alarm),
            "INSUFFICIENT_DATA" => Ok(AlarmState::InsufficientData),
            _ => Err(AlarmError::UnknownState(s.to_owned())),
        }
    }
}

/// The static-threshold comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Operator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
}

/// The operators the model accepts, as written in the API.
pub const OPERATORS: [&str; 4] = [
    "GreaterThanOrEqualToThreshold",
    "GreaterThanThreshold",
    "LessThanThreshold",
    "LessThanOrEqualToThreshold",
];

/// Operators that compare against an anomaly-detection band, which the model has no band for.
pub const BAND_OPERATORS: [&str; 3] = [
    "LessThanLowerOrGreaterThanUpperThreshold",
    "LessThanLowerThreshold",
    "GreaterThanUpperThreshold",
];

impl Operator {
    /// The API spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::GreaterThanOrEqualToThreshold => OPERATORS[0],
            Operator::GreaterThanThreshold => OPERATORS[1],
            Operator::LessThanThreshold => OPERATORS[2],
            Operator::LessThanOrEqualToThreshold => OPERATORS[3],
        }
    }

    /// A short symbol (`>=`, `>`, `<`, `<=`).
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::GreaterThanOrEqualToThreshold => ">=",
            Operator::GreaterThanThreshold => ">",
            Operator::LessThanThreshold => "<",
            Operator::LessThanOrEqualToThreshold => "<=",
        }
    }

    /// Does `value` breach `threshold`?
    pub fn breaches(self, value: f64, threshold: f64) -> bool {
        match self {
            Operator::GreaterThanOrEqualToThreshold => value >= threshold,
            Operator::GreaterThanThreshold => value > threshold,
            Operator::LessThanThreshold => value < threshold,
            Operator::LessThanOrEqualToThreshold => value <= threshold,
        }
    }
}

impl FromStr for Operator {
    type Err = AlarmError;
    fn from_str(s: &str) -> Result<Self, AlarmError> {
        match s {
            "GreaterThanOrEqualToThreshold" | ">=" => Ok(Operator::GreaterThanOrEqualToThreshold),
            "GreaterThanThreshold" | ">" => Ok(Operator::GreaterThanThreshold),
            "LessThanThreshold" | "<" => Ok(Operator::LessThanThreshold),
            "LessThanOrEqualToThreshold" | "<=" => Ok(Operator::LessThanOrEqualToThreshold),
            _ if BAND_OPERATORS.contains(&s) => Err(AlarmError::BandOperator(s.to_owned())),
            _ => Err(AlarmError::UnknownOperator(s.to_owned())),
        }
    }
}

/// `TreatMissingData`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Treatment {
    /// `missing` (the default).
    #[serde(rename = "missing")]
    Missing,
    /// `notBreaching`
    #[serde(rename = "notBreaching")]
    NotBreaching,
    /// `breaching`
    #[serde(rename = "breaching")]
    Breaching,
    /// `ignore`
    #[serde(rename = "ignore")]
    Ignore,
}

/// The treatments, as written in the API.
pub const TREATMENTS: [&str; 4] = ["missing", "notBreaching", "breaching", "ignore"];

impl Treatment {
    /// All four, in API order.
    pub const ALL: [Treatment; 4] = [
        Treatment::Missing,
        Treatment::NotBreaching,
        Treatment::Breaching,
        Treatment::Ignore,
    ];

    /// The API spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Treatment::Missing => "missing",
            Treatment::NotBreaching => "notBreaching",
            Treatment::Breaching => "breaching",
            Treatment::Ignore => "ignore",
        }
    }
}

impl FromStr for Treatment {
    type Err = AlarmError;
    fn from_str(s: &str) -> Result<Self, AlarmError> {
        match s {
            "missing" => Ok(Treatment::Missing),
            "notBreaching" => Ok(Treatment::NotBreaching),
            "breaching" => Ok(Treatment::Breaching),
            "ignore" => Ok(Treatment::Ignore),
            _ => Err(AlarmError::UnknownTreatment(s.to_owned())),
        }
    }
}

/// What can be wrong with an alarm's input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AlarmError {
    /// Not one of the comparison operators.
    #[error("unknown comparison operator {0:?}")]
    UnknownOperator(String),
    /// An anomaly-detection operator: needs a band the model does not have.
    #[error("operator {0:?} needs an anomaly-detection band")]
    BandOperator(String),
    /// Not one of the `TreatMissingData` values.
    #[error("unknown missing-data treatment {0:?}")]
    UnknownTreatment(String),
    /// Not an alarm state.
    #[error("unknown alarm state {0:?}")]
    UnknownState(String),
    /// N must be at least 1.
    #[error("evaluation periods must be at least 1")]
    ZeroPeriods,
    /// M must be from 1 to N.
    #[error("datapoints to alarm {m} must be from 1 to N = {n}")]
    BadDatapoints {
        /// M
        m: u32,
        /// N
        n: u32,
    },
    /// A period that is neither 10/20/30 s nor a multiple of 60 s.
    #[error("period {0} s is not 10, 20, 30 or a multiple of 60")]
    BadPeriod(u32),
    /// Period × N over the limit (7 days, or 1 day for periods under an hour).
    #[error("period × evaluation periods = {total} s exceeds {limit} s")]
    TooLong {
        /// Period × N.
        total: u64,
        /// The limit that applies.
        limit: u64,
    },
    /// A data point that is neither a number nor `-`.
    #[error("data point {0:?} is not a number or -")]
    BadPoint(String),
    /// No data points at all.
    #[error("no data points")]
    NoPoints,
}

impl AlarmError {
    /// The localized message for this error.
    pub fn msg(&self) -> Msg {
        match self {
            AlarmError::UnknownOperator(v) => Msg::new("alarm-err-operator")
                .arg("value", v.as_str())
                .arg("accepted", OPERATORS.join(", ")),
            AlarmError::BandOperator(v) => Msg::new("alarm-err-band-operator")
                .arg("value", v.as_str())
                .arg("accepted", OPERATORS.join(", ")),
            AlarmError::UnknownTreatment(v) => Msg::new("alarm-err-treatment")
                .arg("value", v.as_str())
                .arg("accepted", TREATMENTS.join(", ")),
            AlarmError::UnknownState(v) => Msg::new("alarm-err-state").arg("value", v.as_str()),
            AlarmError::ZeroPeriods => Msg::new("alarm-err-zero-periods"),
            AlarmError::BadDatapoints { m, n } => {
                Msg::new("alarm-err-datapoints").arg("m", *m).arg("n", *n)
            }
            AlarmError::BadPeriod(p) => Msg::new("alarm-err-period").arg("period", *p),
            AlarmError::TooLong { total, limit } => Msg::new("alarm-err-too-long")
                .arg("total", *total)
                .arg("limit", *limit),
            AlarmError::BadPoint(v) => Msg::new("alarm-err-point").arg("value", v.as_str()),
            AlarmError::NoPoints => Msg::new("alarm-err-no-points"),
        }
    }
}

/// Checks a period against the alarm's limits: 10, 20, 30 or a multiple of 60 seconds;
/// period × N at most 7 days, and at most 1 day when the period is under an hour.
pub fn validate_period(period: u32, evaluation_periods: u32) -> Result<(), AlarmError> {
    if !(matches!(period, 10 | 20 | 30) || (period > 0 && period.is_multiple_of(60))) {
        return Err(AlarmError::BadPeriod(period));
    }
    let total = u64::from(period) * u64::from(evaluation_periods);
    let limit = if period < 3600 { 86_400 } else { 604_800 };
    if total > limit {
        return Err(AlarmError::TooLong { total, limit });
    }
    Ok(())
}

/// Parses `"0,-,80,-,90"`: numbers or `-` (missing), oldest first.
pub fn parse_points(text: &str) -> Result<Vec<Option<f64>>, AlarmError> {
    if text.trim().is_empty() {
        return Err(AlarmError::NoPoints);
    }
    text.split(',')
        .map(|raw| {
            let p = raw.trim();
            if p == "-" {
                return Ok(None);
            }
            match p.parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(Some(v)),
                _ => Err(AlarmError::BadPoint(p.to_owned())),
            }
        })
        .collect()
}

/// An alarm's configuration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlarmConfig {
    /// The comparison.
    pub operator: Operator,
    /// The threshold.
    pub threshold: f64,
    /// N
    pub evaluation_periods: u32,
    /// M
    pub datapoints_to_alarm: u32,
    /// `TreatMissingData`
    pub treatment: Treatment,
}

impl AlarmConfig {
    /// Checks 1 ≤ M ≤ N.
    pub fn validate(&self) -> Result<(), AlarmError> {
        if self.evaluation_periods == 0 {
            return Err(AlarmError::ZeroPeriods);
        }
        if self.datapoints_to_alarm == 0 || self.datapoints_to_alarm > self.evaluation_periods {
            return Err(AlarmError::BadDatapoints {
                m: self.datapoints_to_alarm,
                n: self.evaluation_periods,
            });
        }
        Ok(())
    }
}

/// One period's data point after comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The value breaches the threshold.
    Breaching,
    /// The value does not breach.
    NotBreaching,
    /// No data for the period.
    Missing,
}

impl Mark {
    /// `X`, `0` or `-`, as in AWS's tables.
    pub fn symbol(self) -> char {
        match self {
            Mark::Breaching => 'X',
            Mark::NotBreaching => '0',
            Mark::Missing => '-',
        }
    }
}

/// Which rule decided the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Rule 1: at least N real points.
    EnoughData,
    /// Rule 2: fewer than N real points, filled by `breaching`/`notBreaching`.
    Filled,
    /// Rule 3: every point missing.
    AllMissing,
    /// Rule 4: the premature-alarm rule.
    Premature,
    /// Model convention for `missing`/`ignore` with 1..N−1 real points.
    Convention,
}

/// The result of one evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// The new state.
    pub state: AlarmState,
    /// The rule that decided it.
    pub rule: Rule,
    /// The evaluation range, oldest first (model convention: N + 2 periods).
    pub range: Vec<Mark>,
    /// Real points in the range.
    pub real: usize,
    /// Breaching points counted against M (after any filling).
    pub breaching: usize,
    /// Missing points filled in by the treatment.
    pub filled: usize,
    /// The explanation.
    #[serde(skip)]
    pub steps: Vec<Step>,
}

/// The evaluation-range size for N. AWS shows only one example (5 points for N = 3); N + 2 is
/// the model's generalisation.
pub fn range_size(evaluation_periods: u32) -> usize {
    evaluation_periods as usize + 2
}

/// Classifies points against the threshold.
pub fn classify(config: &AlarmConfig, points: &[Option<f64>]) -> Vec<Mark> {
    points
        .iter()
        .map(|p| match p {
            None => Mark::Missing,
            Some(v) if config.operator.breaches(*v, config.threshold) => Mark::Breaching,
            Some(_) => Mark::NotBreaching,
        })
        .collect()
}

fn marks_text(marks: &[Mark]) -> String {
    marks
        .iter()
        .map(|m| m.symbol().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Evaluates an alarm over `points` (oldest first). `current` is the state before this
/// evaluation (kept under `ignore` when the rules say so).
pub fn evaluate(
    config: &AlarmConfig,
    points: &[Option<f64>],
    current: AlarmState,
) -> Result<Evaluation, AlarmError> {
    config.validate()?;
    if points.is_empty() {
        return Err(AlarmError::NoPoints);
    }
    let marks = classify(config, points);
    Ok(evaluate_marks(config, &marks, current))
}

/// Evaluates already-classified marks (oldest first); `config` must be valid.
pub fn evaluate_marks(config: &AlarmConfig, marks: &[Mark], current: AlarmState) -> Evaluation {
    let n = config.evaluation_periods as usize;
    let m = config.datapoints_to_alarm as usize;
    let size = range_size(config.evaluation_periods);
    // The range is the newest `size` periods; periods before the first given point count as missing.
    let range: Vec<Mark> = if marks.len() >= size {
        marks[marks.len() - size..].to_vec()
    } else {
        std::iter::repeat_n(Mark::Missing, size - marks.len())
            .chain(marks.iter().copied())
            .collect()
    };
    let mut steps = vec![
        Step::fact(
            Msg::new("alarm-step-classify")
                .arg("marks", marks_text(marks))
                .arg("operator", config.operator.symbol())
                .arg("threshold", config.threshold),
        ),
        Step::convention(
            Msg::new("alarm-step-range")
                .arg("size", size)
                .arg("n", n)
                .arg("marks", marks_text(&range)),
        ),
    ];
    let real: Vec<Mark> = range
        .iter()
        .copied()
        .filter(|mk| *mk != Mark::Missing)
        .collect();
    let real_breaching = real.iter().filter(|mk| **mk == Mark::Breaching).count();
    let treatment = config.treatment.as_str();
    let done =
        |state: AlarmState, rule: Rule, breaching: usize, filled: usize, mut steps: Vec<Step>| {
            steps.push(Step::fact(
                Msg::new("alarm-step-result").arg("state", state.as_str()),
            ));
            Evaluation {
                state,
                rule,
                range: range.clone(),
                real: real.len(),
                breaching,
                filled,
                steps,
            }
        };

    // Rule 1: enough real data; the treatment plays no part.
    if real.len() >= n {
        let newest = &real[real.len() - n..];
        let breaching = newest.iter().filter(|mk| **mk == Mark::Breaching).count();
        let state = if breaching >= m {
            AlarmState::Alarm
        } else {
            AlarmState::Ok
        };
        steps.push(Step::fact(
            Msg::new("alarm-step-enough")
                .arg("real", real.len())
                .arg("n", n)
                .arg("used", marks_text(newest))
                .arg("breaching", breaching)
                .arg("m", m),
        ));
        return done(state, Rule::EnoughData, breaching, 0, steps);
    }

    // Rule 3: nothing but missing points.
    if real.is_empty() {
        let state = match config.treatment {
            Treatment::Missing => AlarmState::InsufficientData,
            Treatment::Breaching => AlarmState::Alarm,
            Treatment::NotBreaching => AlarmState::Ok,
            Treatment::Ignore => current,
        };
        let id = if config.treatment == Treatment::Ignore {
            "alarm-step-all-missing-retain"
        } else {
            "alarm-step-all-missing"
        };
        steps.push(Step::fact(
            Msg::new(id)
                .arg("treatment", treatment)
                .arg("state", state.as_str()),
        ));
        return done(state, Rule::AllMissing, 0, 0, steps);
    }

    let to_fill = n - real.len();
    match config.treatment {
        // Rule 2: fill just enough missing points to reach N, keep every real point.
        Treatment::Breaching | Treatment::NotBreaching => {
            let breaching = real_breaching
                + if config.treatment == Treatment::Breaching {
                    to_fill
                } else {
                    0
                };
            let state = if breaching >= m {
                AlarmState::Alarm
            } else {
                AlarmState::Ok
            };
            steps.push(Step::fact(
                Msg::new("alarm-step-fill")
                    .arg("real", real.len())
                    .arg("n", n)
                    .arg("filled", to_fill)
                    .arg("treatment", treatment)
                    .arg("breaching", breaching)
                    .arg("m", m),
            ));
            done(state, Rule::Filled, breaching, to_fill, steps)
        }
        Treatment::Missing | Treatment::Ignore => {
            steps.push(Step::fact(
                Msg::new("alarm-step-few")
                    .arg("real", real.len())
                    .arg("n", n)
                    .arg("treatment", treatment),
            ));
            if real_breaching >= m && real_breaching == real.len() {
                steps.push(Step::convention(
                    Msg::new("alarm-step-conv-enough")
                        .arg("breaching", real_breaching)
                        .arg("m", m),
                ));
                return done(
                    AlarmState::Alarm,
                    Rule::Convention,
                    real_breaching,
                    0,
                    steps,
                );
            }
            if real_breaching < real.len() {
                steps.push(Step::convention(Msg::new("alarm-step-conv-ok")));
                return done(AlarmState::Ok, Rule::Convention, real_breaching, 0, steps);
            }
            if config.treatment == Treatment::Ignore {
                steps.push(Step::convention(
                    Msg::new("alarm-step-conv-retain")
                        .arg("breaching", real_breaching)
                        .arg("m", m)
                        .arg("state", current.as_str()),
                ));
                return done(current, Rule::Convention, real_breaching, 0, steps);
            }
            premature(&range, n, m, real_breaching, steps, done)
        }
    }
}

/// Rule 4 under `missing`: every real point breaches but fewer than M of them.
fn premature(
    range: &[Mark],
    n: usize,
    m: usize,
    breaching: usize,
    mut steps: Vec<Step>,
    done: impl Fn(AlarmState, Rule, usize, usize, Vec<Step>) -> Evaluation,
) -> Evaluation {
    let last_n = &range[range.len() - n..];
    // Age 1 = the newest period.
    if let Some(idx) = last_n.iter().position(|mk| *mk == Mark::Breaching) {
        let age = last_n.len() - idx;
        let newer_ok = last_n[idx..].iter().all(|mk| *mk != Mark::NotBreaching);
        if age >= m && newer_ok {
            steps.push(Step::fact(
                Msg::new("alarm-step-premature").arg("age", age).arg("m", m),
            ));
            return done(AlarmState::Alarm, Rule::Premature, breaching, 0, steps);
        }
        steps.push(Step::convention(
            Msg::new("alarm-step-premature-no")
                .arg("age", age)
                .arg("m", m),
        ));
    } else {
        steps.push(Step::convention(
            Msg::new("alarm-step-premature-none").arg("n", n),
        ));
    }
    done(AlarmState::Ok, Rule::Convention, breaching, 0, steps)
}
