//! `elb.target-health` (a target's state after a check sequence) and `elb.which-lb` (which load
//! balancer type fits a requirement, from the comparison data).

use rand::RngExt;

use super::choice;
use crate::content::Params;
use crate::exercise::{Label, Rng, Template, Variant, only_params};
use crate::explain::{Msg, Step};
use crate::model::elb::{Feature, Health, LbType, TargetInput, defaults, evaluate_group, info, run_checks, types_with};

/// `elb.target-health`.
pub struct ElbTargetHealth;

/// "Totals, not runs": the state flips once the total of successes/failures reaches a threshold.
fn cumulative_misreading(start: Health, checks: &[bool], h: u32, u: u32) -> Health {
    let mut state = start;
    let (mut ok, mut fail) = (0, 0);
    for &c in checks {
        if c {
            ok += 1;
        } else {
            fail += 1;
        }
        if state != Health::Healthy && c && ok >= h {
            state = Health::Healthy;
            ok = 0;
            fail = 0;
        } else if state != Health::Unhealthy && !c && fail >= u {
            state = Health::Unhealthy;
            ok = 0;
            fail = 0;
        }
    }
    state
}

impl Template for ElbTargetHealth {
    fn id(&self) -> &'static str {
        "elb.target-health"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["type", "healthy_threshold", "unhealthy_threshold", "start", "checks"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let kind = LbType::ALL[rng.random_range(0..4)];
        let d = defaults(kind);
        // Defaults most of the time; sometimes custom thresholds, as a console user sets them.
        let (h, u) = if rng.random_bool(0.5) {
            (d.healthy_threshold, d.unhealthy_threshold)
        } else {
            (rng.random_range(2..=5), rng.random_range(2..=4))
        };
        let start = [Health::Initial, Health::Healthy, Health::Unhealthy][rng.random_range(0..3)];
        let len = rng.random_range(3..=h.max(u) as usize + 3);
        let bias = rng.random_range(2..=8);
        let checks: Vec<bool> = (0..len).map(|_| rng.random_range(0..10) < bias).collect();
        let group = evaluate_group(kind, h, u, &[TargetInput { name: "target".into(), start, checks: checks.clone() }])
            .expect("valid thresholds");
        let answer = group.targets[0].final_state;
        let mut wrong = Vec::new();
        let single = run_checks(start, &checks, 1, 1).last().copied().unwrap_or(start);
        if single != answer {
            wrong.push((Label::Plain(single.as_str().into()), Msg::new("elb-mis-single-check")));
        }
        let cumulative = cumulative_misreading(start, &checks, h, u);
        if cumulative != answer {
            wrong.push((Label::Plain(cumulative.as_str().into()), Msg::new("elb-mis-cumulative")));
        }
        for s in [Health::Initial, Health::Healthy, Health::Unhealthy] {
            wrong.push((Label::Plain(s.as_str().into()), Msg::new("elb-mis-other").arg("state", s.as_str())));
        }
        Variant {
            vars: vec![
                ("type", kind.name().into()),
                ("healthy_threshold", h.to_string()),
                ("unhealthy_threshold", u.to_string()),
                ("start", start.as_str().into()),
                ("checks", checks.iter().map(|c| if *c { "ok" } else { "fail" }).collect::<Vec<_>>().join(", ")),
            ],
            context: Vec::new(),
            expected: choice(rng, Label::Plain(answer.as_str().into()), wrong),
            explanation: group.steps.into_iter().filter(|s| s.msg.id != "elb-step-route-healthy").collect(),
        }
    }
}

/// `elb.which-lb`.
pub struct ElbWhichLb;

fn misconception(wrong: LbType) -> Msg {
    Msg::new(match wrong {
        LbType::Alb => "elb-mis-alb",
        LbType::Nlb => "elb-mis-nlb",
        LbType::Gwlb => "elb-mis-gwlb",
        LbType::Clb => "elb-mis-clb",
    })
}

/// Features exactly one type offers (the ones a "which load balancer" question can ask about).
pub(super) fn askable() -> Vec<Feature> {
    Feature::ALL.into_iter().filter(|f| types_with(*f).len() == 1).collect()
}

impl Template for ElbWhichLb {
    fn id(&self) -> &'static str {
        "elb.which-lb"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &[]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let features = askable();
        let feature = features[rng.random_range(0..features.len())];
        let answer = types_with(feature)[0];
        let wrong = LbType::ALL
            .into_iter()
            .filter(|t| *t != answer)
            .map(|t| (Label::Plain(t.name().into()), misconception(t)))
            .collect();
        let data = info(answer);
        Variant {
            vars: Vec::new(),
            context: vec![Msg::new(feature.requirement_id())],
            expected: choice(rng, Label::Plain(answer.name().into()), wrong),
            explanation: vec![Step::fact(
                Msg::new("elb-explain-type")
                    .arg("type", answer.name())
                    .arg("layers", data.layers)
                    .arg("protocols", data.protocols),
            )],
        }
    }
}
