//! `alarm.state`: an alarm's state for a data series and a missing-data treatment.

use rand::RngExt;

use super::choice;
use crate::content::Params;
use crate::exercise::{Label, Rng, Template, Variant, only_params, param_u32};
use crate::explain::Msg;
use crate::model::alarm::{AlarmConfig, AlarmState as State, Mark, Operator, Treatment, evaluate, evaluate_marks};

/// `alarm.state`.
pub struct AlarmState;

const STATES: [State; 3] = [State::Ok, State::Alarm, State::InsufficientData];

/// The points as the prompt shows them, oldest first.
pub(super) fn points_text(points: &[Option<f64>]) -> String {
    points.iter().map(|p| p.map_or_else(|| "-".to_owned(), |v| format!("{v}"))).collect::<Vec<_>>().join(", ")
}

/// "M out of N must be consecutive": ALARM only with M breaching points in a row among the
/// newest N real points (otherwise what the model says, so only the ALARM/OK split differs).
fn consecutive_misreading(cfg: &AlarmConfig, marks: &[Mark], current: State) -> State {
    let eval = evaluate_marks(cfg, marks, current);
    if eval.state != State::Alarm {
        return eval.state;
    }
    let real: Vec<Mark> = eval.range.iter().copied().filter(|m| *m != Mark::Missing).collect();
    let newest = &real[real.len().saturating_sub(cfg.evaluation_periods as usize)..];
    let mut run = 0;
    let mut best = 0;
    for m in newest {
        run = if *m == Mark::Breaching { run + 1 } else { 0 };
        best = best.max(run);
    }
    if best >= cfg.datapoints_to_alarm as usize { State::Alarm } else { State::Ok }
}

impl Template for AlarmState {
    fn id(&self) -> &'static str {
        "alarm.state"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["operator", "threshold", "n", "m", "treatment", "current", "points"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &["max_n"])?;
        param_u32(params, "max_n", 4, 2..=5).map(|_| ())
    }

    fn generate(&self, params: &Params, rng: &mut Rng) -> Variant {
        let max_n = param_u32(params, "max_n", 4, 2..=5).unwrap_or(4);
        let n = rng.random_range(2..=max_n);
        let m = rng.random_range(1..=n);
        let operator =
            [Operator::GreaterThanThreshold, Operator::GreaterThanOrEqualToThreshold, Operator::LessThanThreshold]
                [rng.random_range(0..3)];
        let threshold = f64::from(rng.random_range(5u32..=9) * 10);
        let treatment = Treatment::ALL[rng.random_range(0..4)];
        let current = STATES[rng.random_range(0..3)];
        // Lean towards missing points so the treatment matters in most variants.
        let points: Vec<Option<f64>> = (0..n + 2)
            .map(|_| match rng.random_range(0..10) {
                0..=3 => None,
                _ => Some(f64::from(rng.random_range(0u32..=10) * 10)),
            })
            .collect();
        let cfg = AlarmConfig { operator, threshold, evaluation_periods: n, datapoints_to_alarm: m, treatment };
        let eval = evaluate(&cfg, &points, current).expect("generated input is valid");
        let marks: Vec<Mark> = eval.range.clone();

        let mut wrong = Vec::new();
        let consecutive = consecutive_misreading(&cfg, &marks, current);
        if consecutive != eval.state {
            wrong.push((Label::Plain(consecutive.as_str().into()), Msg::new("alarm-mis-consecutive")));
        }
        let as_breaching =
            evaluate_marks(&AlarmConfig { treatment: Treatment::Breaching, ..cfg }, &marks, current).state;
        if as_breaching != eval.state && treatment != Treatment::Breaching {
            wrong.push((Label::Plain(as_breaching.as_str().into()), Msg::new("alarm-mis-missing-breaching")));
        }
        let all_n = evaluate_marks(&AlarmConfig { datapoints_to_alarm: n, ..cfg }, &marks, current).state;
        if all_n != eval.state {
            wrong.push((Label::Plain(all_n.as_str().into()), Msg::new("alarm-mis-all-n")));
        }
        for s in STATES {
            let why = if s == State::InsufficientData {
                Msg::new("alarm-mis-insufficient")
            } else {
                Msg::new("alarm-mis-other").arg("state", s.as_str())
            };
            wrong.push((Label::Plain(s.as_str().into()), why));
        }
        let expected = choice(rng, Label::Plain(eval.state.as_str().into()), wrong);
        Variant {
            vars: vec![
                ("operator", operator.as_str().into()),
                ("threshold", format!("{threshold}")),
                ("n", n.to_string()),
                ("m", m.to_string()),
                ("treatment", treatment.as_str().into()),
                ("current", current.as_str().into()),
                ("points", points_text(&points)),
            ],
            context: vec![Msg::new("alarm-ctx-legend")],
            expected,
            explanation: eval.steps,
        }
    }
}
