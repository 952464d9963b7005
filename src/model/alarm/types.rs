//! The alarm's vocabulary: states, operators, treatments, input errors and their parsing.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::explain::Msg;

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
pub const OPERATORS: [&str; 4] =
    ["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"];

/// Operators that compare against an anomaly-detection band, which the model has no band for.
pub const BAND_OPERATORS: [&str; 3] =
    ["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"];

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
    pub const ALL: [Treatment; 4] =
        [Treatment::Missing, Treatment::NotBreaching, Treatment::Breaching, Treatment::Ignore];

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
            AlarmError::UnknownOperator(v) => {
                Msg::new("alarm-err-operator").arg("value", v.as_str()).arg("accepted", OPERATORS.join(", "))
            }
            AlarmError::BandOperator(v) => {
                Msg::new("alarm-err-band-operator").arg("value", v.as_str()).arg("accepted", OPERATORS.join(", "))
            }
            AlarmError::UnknownTreatment(v) => {
                Msg::new("alarm-err-treatment").arg("value", v.as_str()).arg("accepted", TREATMENTS.join(", "))
            }
            AlarmError::UnknownState(v) => Msg::new("alarm-err-state").arg("value", v.as_str()),
            AlarmError::ZeroPeriods => Msg::new("alarm-err-zero-periods"),
            AlarmError::BadDatapoints { m, n } => Msg::new("alarm-err-datapoints").arg("m", *m).arg("n", *n),
            AlarmError::BadPeriod(p) => Msg::new("alarm-err-period").arg("period", *p),
            AlarmError::TooLong { total, limit } => {
                Msg::new("alarm-err-too-long").arg("total", *total).arg("limit", *limit)
            }
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
