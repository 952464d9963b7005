//! `asg.new-desired`: desired capacity after a simple scaling policy.

use rand::RngExt;

use super::number;
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::Msg;
use crate::model::asg::{AdjustmentType, Capacity, apply_adjustment};

/// `asg.new-desired`.
pub struct AsgNewDesired;

impl Template for AsgNewDesired {
    fn id(&self) -> &'static str {
        "asg.new-desired"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["min", "max", "desired", "adjustment_type", "adjustment"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let min = rng.random_range(0u32..=4);
        let max = min + rng.random_range(4u32..=20);
        let desired = rng.random_range(min.max(1)..=max);
        let kind = match rng.random_range(0..6) {
            0 => AdjustmentType::ChangeInCapacity,
            1 => AdjustmentType::ExactCapacity,
            _ => AdjustmentType::PercentChangeInCapacity,
        };
        let adjustment: i64 = match kind {
            AdjustmentType::ChangeInCapacity => {
                let n = rng.random_range(1i64..=8);
                if rng.random_bool(0.5) { n } else { -n }
            }
            AdjustmentType::ExactCapacity => rng.random_range(0i64..=i64::from(max) + 4),
            AdjustmentType::PercentChangeInCapacity => {
                let p = [5i64, 10, 15, 20, 25, 30, 33, 40, 50, 67, 75, 100][rng.random_range(0..12)];
                if rng.random_bool(0.5) { p } else { -p }
            }
        };
        let cap = Capacity::new(min, max, desired).expect("generated limits are valid");
        let out = apply_adjustment(cap, kind, adjustment as f64, None).expect("generated adjustment is valid");
        let clamp = |v: i64| v.clamp(i64::from(min), i64::from(max));
        let mut wrong = vec![(out.unclamped, Msg::new("asg-mis-no-clamp").arg("min", min).arg("max", max))];
        if kind == AdjustmentType::PercentChangeInCapacity {
            let raw = out.raw_change;
            wrong.push((clamp(i64::from(desired) + raw.round() as i64), Msg::new("asg-mis-round-nearest")));
            wrong.push((clamp(i64::from(desired) + raw.floor() as i64), Msg::new("asg-mis-floor")));
            wrong.push((clamp(i64::from(desired) + raw.ceil() as i64), Msg::new("asg-mis-ceil")));
            wrong.push((clamp(i64::from(desired) + raw.trunc() as i64), Msg::new("asg-mis-trunc-small")));
        }
        if kind == AdjustmentType::ExactCapacity {
            wrong.push((clamp(i64::from(desired) + adjustment), Msg::new("asg-mis-exact-as-change")));
        }
        Variant {
            vars: vec![
                ("min", min.to_string()),
                ("max", max.to_string()),
                ("desired", desired.to_string()),
                ("adjustment_type", kind.as_str().into()),
                (
                    "adjustment",
                    if adjustment > 0 && kind != AdjustmentType::ExactCapacity {
                        format!("+{adjustment}")
                    } else {
                        adjustment.to_string()
                    },
                ),
            ],
            context: Vec::new(),
            expected: number(i64::from(out.desired), wrong),
            explanation: out.steps,
        }
    }
}
