//! `CloudWatch` metric-alarm evaluation (`shared/reference/aws-rules.md` §7).
//!
//! The model takes one evaluation's data points (oldest first, `None` for a missing period) and
//! returns the alarm's new state plus the steps that led there. Where AWS documents only
//! examples (the size of the evaluation range) or nothing at all (fewer than N real points under
//! `missing`/`ignore`), the step is a model convention.

#[cfg(test)]
mod tests;
mod types;

use serde::Serialize;

use crate::explain::{Msg, Step};

pub use types::{
    AlarmError, AlarmState, BAND_OPERATORS, OPERATORS, Operator, TREATMENTS, Treatment, parse_points, validate_period,
};

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
            return Err(AlarmError::BadDatapoints { m: self.datapoints_to_alarm, n: self.evaluation_periods });
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
    marks.iter().map(|m| m.symbol().to_string()).collect::<Vec<_>>().join(" ")
}

/// Evaluates an alarm over `points` (oldest first). `current` is the state before this
/// evaluation (kept under `ignore` when the rules say so).
pub fn evaluate(config: &AlarmConfig, points: &[Option<f64>], current: AlarmState) -> Result<Evaluation, AlarmError> {
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
        std::iter::repeat_n(Mark::Missing, size - marks.len()).chain(marks.iter().copied()).collect()
    };
    let mut steps = vec![
        Step::fact(
            Msg::new("alarm-step-classify")
                .arg("marks", marks_text(marks))
                .arg("operator", config.operator.symbol())
                .arg("threshold", config.threshold),
        ),
        Step::convention(Msg::new("alarm-step-range").arg("size", size).arg("n", n).arg("marks", marks_text(&range))),
    ];
    let real: Vec<Mark> = range.iter().copied().filter(|mk| *mk != Mark::Missing).collect();
    let real_breaching = real.iter().filter(|mk| **mk == Mark::Breaching).count();
    let treatment = config.treatment.as_str();
    let done = |state: AlarmState, rule: Rule, breaching: usize, filled: usize, mut steps: Vec<Step>| {
        steps.push(Step::fact(Msg::new("alarm-step-result").arg("state", state.as_str())));
        Evaluation { state, rule, range: range.clone(), real: real.len(), breaching, filled, steps }
    };

    // Rule 1: enough real data; the treatment plays no part.
    if real.len() >= n {
        let newest = &real[real.len() - n..];
        let breaching = newest.iter().filter(|mk| **mk == Mark::Breaching).count();
        let state = if breaching >= m { AlarmState::Alarm } else { AlarmState::Ok };
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
        steps.push(Step::fact(Msg::new(id).arg("treatment", treatment).arg("state", state.as_str())));
        return done(state, Rule::AllMissing, 0, 0, steps);
    }

    let to_fill = n - real.len();
    match config.treatment {
        // Rule 2: fill just enough missing points to reach N, keep every real point.
        Treatment::Breaching | Treatment::NotBreaching => {
            let breaching = real_breaching + if config.treatment == Treatment::Breaching { to_fill } else { 0 };
            let state = if breaching >= m { AlarmState::Alarm } else { AlarmState::Ok };
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
                Msg::new("alarm-step-few").arg("real", real.len()).arg("n", n).arg("treatment", treatment),
            ));
            if real_breaching >= m && real_breaching == real.len() {
                steps.push(Step::convention(
                    Msg::new("alarm-step-conv-enough").arg("breaching", real_breaching).arg("m", m),
                ));
                return done(AlarmState::Alarm, Rule::Convention, real_breaching, 0, steps);
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
            steps.push(Step::fact(Msg::new("alarm-step-premature").arg("age", age).arg("m", m)));
            return done(AlarmState::Alarm, Rule::Premature, breaching, 0, steps);
        }
        steps.push(Step::convention(Msg::new("alarm-step-premature-no").arg("age", age).arg("m", m)));
    } else {
        steps.push(Step::convention(Msg::new("alarm-step-premature-none").arg("n", n)));
    }
    done(AlarmState::Ok, Rule::Convention, breaching, 0, steps)
}
