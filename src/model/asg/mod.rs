//! EC2 Auto Scaling capacity arithmetic (`shared/reference/aws-rules.md` §8): limits, adjustment
//! types with AWS's rounding of percentage changes, step adjustments, and target tracking (whose
//! formula is a model convention, because AWS publishes none).

mod steps;
#[cfg(test)]
mod tests;

use std::str::FromStr;

use serde::Serialize;

use crate::explain::{Msg, Step};

pub use steps::{StepAdjustment, StepSide, choose_step, validate_steps};

/// A group's capacity limits and desired capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Capacity {
    /// Minimum size.
    pub min: u32,
    /// Maximum size.
    pub max: u32,
    /// Desired capacity (the current capacity a policy starts from).
    pub desired: u32,
}

impl Capacity {
    /// Checks min ≤ desired ≤ max.
    pub fn new(min: u32, max: u32, desired: u32) -> Result<Capacity, AsgError> {
        if min > max {
            return Err(AsgError::MinAboveMax { min, max });
        }
        if desired < min || desired > max {
            return Err(AsgError::DesiredOutside { desired, min, max });
        }
        Ok(Capacity { min, max, desired })
    }

    fn clamp(self, value: i64) -> u32 {
        value.clamp(i64::from(self.min), i64::from(self.max)) as u32
    }
}

/// The adjustment types of simple and step scaling policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AdjustmentType {
    /// Add n (may be negative).
    ChangeInCapacity,
    /// Set desired capacity to n.
    ExactCapacity,
    /// Change by current × n / 100, rounded by AWS's rules.
    PercentChangeInCapacity,
}

/// The accepted spellings.
pub const ADJUSTMENT_TYPES: [&str; 3] = ["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"];

impl AdjustmentType {
    /// The API spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AdjustmentType::ChangeInCapacity => ADJUSTMENT_TYPES[0],
            AdjustmentType::ExactCapacity => ADJUSTMENT_TYPES[1],
            AdjustmentType::PercentChangeInCapacity => ADJUSTMENT_TYPES[2],
        }
    }
}

impl FromStr for AdjustmentType {
    type Err = AsgError;
    fn from_str(s: &str) -> Result<Self, AsgError> {
        match s {
            "ChangeInCapacity" => Ok(AdjustmentType::ChangeInCapacity),
            "ExactCapacity" => Ok(AdjustmentType::ExactCapacity),
            "PercentChangeInCapacity" => Ok(AdjustmentType::PercentChangeInCapacity),
            _ => Err(AsgError::UnknownType(s.to_owned())),
        }
    }
}

/// What can be wrong with an Auto Scaling input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AsgError {
    /// min > max.
    #[error("min {min} is greater than max {max}")]
    MinAboveMax {
        /// min
        min: u32,
        /// max
        max: u32,
    },
    /// desired outside [min, max].
    #[error("desired {desired} is outside [{min}, {max}]")]
    DesiredOutside {
        /// The requested value.
        desired: u32,
        /// min
        min: u32,
        /// max
        max: u32,
    },
    /// An unknown adjustment type.
    #[error("unknown adjustment type {0:?}")]
    UnknownType(String),
    /// A fractional adjustment where AWS takes an integer.
    #[error("adjustment {0} must be a whole number")]
    NotWhole(f64),
    /// `ExactCapacity` below zero.
    #[error("exact capacity {0} is negative")]
    NegativeExact(i64),
    /// `MinAdjustmentMagnitude` with a type other than `PercentChangeInCapacity`.
    #[error("min adjustment magnitude applies only to PercentChangeInCapacity")]
    MagnitudeNotPercent,
    /// Target value must be positive.
    #[error("target value {0} must be greater than 0")]
    BadTarget(f64),
    /// Metric value must be zero or more.
    #[error("metric value {0} must be 0 or more")]
    BadMetric(f64),
    /// Step bounds that overlap, leave a gap, or break the null-bound rules.
    #[error("step adjustments: {0}")]
    BadSteps(&'static str),
}

impl AsgError {
    /// The localized message.
    pub fn msg(&self) -> Msg {
        match self {
            AsgError::MinAboveMax { min, max } => Msg::new("asg-err-min-max").arg("min", *min).arg("max", *max),
            AsgError::DesiredOutside { desired, min, max } => {
                Msg::new("asg-err-desired").arg("desired", *desired).arg("min", *min).arg("max", *max)
            }
            AsgError::UnknownType(v) => {
                Msg::new("asg-err-type").arg("value", v.as_str()).arg("accepted", ADJUSTMENT_TYPES.join(", "))
            }
            AsgError::NotWhole(v) => Msg::new("asg-err-not-whole").arg("value", *v),
            AsgError::NegativeExact(v) => Msg::new("asg-err-negative-exact").arg("value", *v),
            AsgError::MagnitudeNotPercent => Msg::new("asg-err-magnitude"),
            AsgError::BadTarget(v) => Msg::new("asg-err-target").arg("value", *v),
            AsgError::BadMetric(v) => Msg::new("asg-err-metric").arg("value", *v),
            AsgError::BadSteps(code) => Msg::new("asg-err-steps").arg("code", *code),
        }
    }
}

/// The result of one policy on a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The new desired capacity, within [min, max].
    pub desired: u32,
    /// The change before rounding (current × p / 100 for percentages).
    pub raw_change: f64,
    /// The change after rounding, before clamping.
    pub change: i64,
    /// current + change, before clamping.
    pub unclamped: i64,
    /// Whether the limits capped the result.
    pub clamped: bool,
    /// The explanation.
    #[serde(skip)]
    pub steps: Vec<Step>,
}

/// Slack for floating-point noise in `current × p / 100` (11 × 30 / 100 is 3.3000000000000003).
const EPS: f64 = 1e-9;

/// Rounds a percentage change as AWS does: above 1 round down; between 0 and 1 → 1; between −1
/// and 0 → −1; below −1 round toward zero. Exactly 0 stays 0.
pub fn round_percent_change(raw: f64) -> i64 {
    if raw >= 1.0 - EPS {
        (raw + EPS).floor() as i64
    } else if raw > 0.0 {
        1
    } else if raw <= -1.0 + EPS {
        (raw - EPS).trunc() as i64
    } else if raw < 0.0 {
        -1
    } else {
        0
    }
}

/// Tidies a float for display and JSON (drops floating-point noise).
pub fn tidy(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

fn finish(cap: Capacity, raw: f64, change: i64, mut steps: Vec<Step>) -> Outcome {
    let unclamped = i64::from(cap.desired) + change;
    let desired = cap.clamp(unclamped);
    let clamped = i64::from(desired) != unclamped;
    if clamped {
        let id = if unclamped > i64::from(cap.max) { "asg-step-clamp-max" } else { "asg-step-clamp-min" };
        steps.push(Step::fact(Msg::new(id).arg("value", unclamped).arg("min", cap.min).arg("max", cap.max)));
    } else {
        steps.push(Step::fact(
            Msg::new("asg-step-within").arg("value", unclamped).arg("min", cap.min).arg("max", cap.max),
        ));
    }
    steps.push(Step::fact(Msg::new("asg-step-result").arg("desired", desired)));
    Outcome { desired, raw_change: tidy(raw), change, unclamped, clamped, steps }
}

/// Applies a simple or step policy's adjustment to the group.
pub fn apply_adjustment(
    cap: Capacity,
    kind: AdjustmentType,
    adjustment: f64,
    min_magnitude: Option<u32>,
) -> Result<Outcome, AsgError> {
    if min_magnitude.is_some() && kind != AdjustmentType::PercentChangeInCapacity {
        return Err(AsgError::MagnitudeNotPercent);
    }
    let whole = || {
        if adjustment.fract() == 0.0 && adjustment.is_finite() {
            Ok(adjustment as i64)
        } else {
            Err(AsgError::NotWhole(adjustment))
        }
    };
    let current = i64::from(cap.desired);
    let mut steps = vec![Step::fact(
        Msg::new("asg-step-start").arg("desired", cap.desired).arg("min", cap.min).arg("max", cap.max),
    )];
    match kind {
        AdjustmentType::ChangeInCapacity => {
            let n = whole()?;
            steps.push(Step::fact(Msg::new("asg-step-change").arg("n", n)));
            Ok(finish(cap, n as f64, n, steps))
        }
        AdjustmentType::ExactCapacity => {
            let n = whole()?;
            if n < 0 {
                return Err(AsgError::NegativeExact(n));
            }
            steps.push(Step::fact(Msg::new("asg-step-exact").arg("n", n)));
            Ok(finish(cap, (n - current) as f64, n - current, steps))
        }
        AdjustmentType::PercentChangeInCapacity => {
            let raw = current as f64 * adjustment / 100.0;
            let rounded = round_percent_change(raw);
            let rule = if raw >= 1.0 - EPS {
                "asg-round-down"
            } else if raw > 0.0 {
                "asg-round-up-one"
            } else if raw <= -1.0 + EPS {
                "asg-round-toward-zero"
            } else if raw < 0.0 {
                "asg-round-minus-one"
            } else {
                "asg-round-zero"
            };
            steps.push(Step::fact(
                Msg::new("asg-step-percent")
                    .arg("current", current)
                    .arg("percent", tidy(adjustment))
                    .arg("raw", tidy(raw))
                    .arg("rule", Msg::new(rule))
                    .arg("change", rounded),
            ));
            let mut change = rounded;
            if let Some(k) = min_magnitude {
                let k = i64::from(k);
                if change != 0 && change.abs() < k {
                    change = change.signum() * k;
                    steps.push(Step::fact(Msg::new("asg-step-magnitude").arg("k", k).arg("change", change)));
                } else {
                    steps.push(Step::fact(Msg::new("asg-step-magnitude-ok").arg("k", k)));
                }
            }
            Ok(finish(cap, raw, change, steps))
        }
    }
}

/// Target tracking: `desired = ceil(current × metric / target)`, clamped to [min, max]. AWS
/// publishes no formula, so the computing step is a model convention.
pub fn target_tracking(cap: Capacity, target: f64, metric: f64) -> Result<Outcome, AsgError> {
    if !(target > 0.0 && target.is_finite()) {
        return Err(AsgError::BadTarget(target));
    }
    if !(metric >= 0.0 && metric.is_finite()) {
        return Err(AsgError::BadMetric(metric));
    }
    let current = f64::from(cap.desired);
    let exact = current * metric / target;
    let wanted = (exact - EPS).ceil().max(0.0) as i64;
    let steps = vec![
        Step::fact(Msg::new("asg-step-start").arg("desired", cap.desired).arg("min", cap.min).arg("max", cap.max)),
        Step::convention(
            Msg::new("asg-step-target")
                .arg("current", cap.desired)
                .arg("metric", tidy(metric))
                .arg("target", tidy(target))
                .arg("exact", tidy(exact))
                .arg("wanted", wanted),
        ),
    ];
    Ok(finish(cap, exact - current, wanted - i64::from(cap.desired), steps))
}

/// A manual `SetDesiredCapacity`: rejected outside [min, max] (the limits must change first).
pub fn set_desired(cap: Capacity, desired: u32) -> Result<Capacity, AsgError> {
    Capacity::new(cap.min, cap.max, desired)
}

/// Several policies firing at once: the largest resulting capacity wins, for scale-out and
/// scale-in alike.
pub fn resolve_policies(results: &[u32]) -> Option<u32> {
    results.iter().copied().max()
}

/// Documented facts about cooldowns, warm-up and concurrent policies, for explanations.
pub fn policy_facts() -> Vec<Step> {
    [
        "asg-fact-cooldown",
        "asg-fact-warmup",
        "asg-fact-largest-wins",
        "asg-fact-target-multi",
        "asg-fact-insufficient-data",
    ]
    .into_iter()
    .map(|id| Step::fact(Msg::new(id)))
    .collect()
}
