//! Step adjustments: bounds are offsets from the alarm threshold.

use serde::Serialize;

use super::AsgError;

/// One step of a step scaling policy. `None` bounds are open (−∞ / +∞).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StepAdjustment {
    /// Lower bound (offset from the threshold), or none.
    pub lower: Option<f64>,
    /// Upper bound (offset from the threshold), or none.
    pub upper: Option<f64>,
    /// The adjustment this step applies.
    pub adjustment: i64,
}

/// Which side of the threshold a step lies on; it decides which bound is inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepSide {
    /// Lower bound ≥ 0: lower inclusive, upper exclusive.
    Above,
    /// Upper bound ≤ 0: lower exclusive, upper inclusive.
    Below,
}

impl StepAdjustment {
    /// The step's side. A step straddling the threshold is treated as above it (model convention).
    pub fn side(&self) -> StepSide {
        match (self.lower, self.upper) {
            (_, Some(u)) if u <= 0.0 => StepSide::Below,
            _ => StepSide::Above,
        }
    }

    /// Does the offset `metric − threshold` fall in this step?
    pub fn contains(&self, offset: f64) -> bool {
        let lo = self.lower.unwrap_or(f64::NEG_INFINITY);
        let hi = self.upper.unwrap_or(f64::INFINITY);
        match self.side() {
            StepSide::Above => lo <= offset && offset < hi,
            StepSide::Below => lo < offset && offset <= hi,
        }
    }
}

/// Checks a policy's steps: no step with both bounds null, at most one null lower and one null
/// upper, lower < upper, and sorted by bound they neither overlap nor leave a gap.
pub fn validate_steps(steps: &[StepAdjustment]) -> Result<(), AsgError> {
    if steps.is_empty() {
        return Err(AsgError::BadSteps("empty"));
    }
    if steps.iter().any(|s| s.lower.is_none() && s.upper.is_none()) {
        return Err(AsgError::BadSteps("both_bounds_null"));
    }
    if steps.iter().filter(|s| s.lower.is_none()).count() > 1 {
        return Err(AsgError::BadSteps("two_null_lower"));
    }
    if steps.iter().filter(|s| s.upper.is_none()).count() > 1 {
        return Err(AsgError::BadSteps("two_null_upper"));
    }
    if steps.iter().any(|s| matches!((s.lower, s.upper), (Some(l), Some(u)) if l >= u)) {
        return Err(AsgError::BadSteps("lower_not_below_upper"));
    }
    let mut sorted = steps.to_vec();
    sorted.sort_by(|a, b| a.lower.unwrap_or(f64::NEG_INFINITY).total_cmp(&b.lower.unwrap_or(f64::NEG_INFINITY)));
    for pair in sorted.windows(2) {
        let (Some(upper), Some(lower)) = (pair[0].upper, pair[1].lower) else {
            // An open upper bound before another step means the two overlap.
            return Err(AsgError::BadSteps("overlap"));
        };
        if upper > lower {
            return Err(AsgError::BadSteps("overlap"));
        }
        if upper < lower {
            return Err(AsgError::BadSteps("gap"));
        }
    }
    Ok(())
}

/// The index of the step that applies when the metric is `metric` and the alarm threshold is
/// `threshold`, or `None` when no step covers the offset.
pub fn choose_step(steps: &[StepAdjustment], threshold: f64, metric: f64) -> Result<Option<usize>, AsgError> {
    validate_steps(steps)?;
    let offset = metric - threshold;
    // At exactly the threshold an above-side step and a below-side step can both match; the
    // above-side one wins (model convention; AWS policies normally lie on one side only).
    let above = steps.iter().position(|s| s.side() == StepSide::Above && s.contains(offset));
    Ok(above.or_else(|| steps.iter().position(|s| s.contains(offset))))
}
