//! Template = model, over 500 seeds each: the expected answer is recomputed from the variant's
//! own placeholder values through the model (and, for options, each wrong one has its
//! misconception), so a template can never drift from the rules.

use std::collections::BTreeMap;

use super::*;
use crate::exercise::{Template, Variant, rng};
use crate::model::alarm::{AlarmConfig, AlarmState as State, Treatment, evaluate, parse_points};
use crate::model::asg::{Capacity, apply_adjustment};
use crate::model::elb::{Health, run_checks};
use crate::model::{ebs, lambda};

const SEEDS: u64 = 500;

fn variants(t: &dyn Template) -> Vec<Variant> {
    let params = BTreeMap::new();
    t.check_params(&params).expect("default params are valid");
    (0..SEEDS).map(|seed| t.generate(&params, &mut rng(seed))).collect()
}

fn var<'a>(v: &'a Variant, name: &str) -> &'a str {
    &v.vars.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no var {name}")).1
}

fn right_label(v: &Variant) -> String {
    let Expected::Choice { options, correct } = &v.expected else { panic!("not a choice") };
    assert_eq!(correct.len(), 1);
    assert!(options.len() >= 3, "at least three options");
    for (i, o) in options.iter().enumerate() {
        assert_eq!(o.misconception.is_none(), i == correct[0], "every wrong option names a misconception");
    }
    match &options[correct[0]].label {
        Label::Plain(text) => text.clone(),
        Label::Msg(m) => m.id.to_owned(),
    }
}

fn number_value(v: &Variant) -> i64 {
    let Expected::Number { value, misconceptions } = &v.expected else { panic!("not a number") };
    assert!(misconceptions.iter().all(|(w, _)| w != value));
    *value
}

#[test]
fn alarm_state_matches_the_model() {
    for v in variants(&AlarmState) {
        let n: u32 = var(&v, "n").parse().expect("n");
        let cfg = AlarmConfig {
            operator: var(&v, "operator").parse().expect("op"),
            threshold: var(&v, "threshold").parse().expect("threshold"),
            evaluation_periods: n,
            datapoints_to_alarm: var(&v, "m").parse().expect("m"),
            treatment: var(&v, "treatment").parse::<Treatment>().expect("t"),
        };
        let points = parse_points(&var(&v, "points").replace(' ', "")).expect("points");
        let current: State = var(&v, "current").parse().expect("state");
        let want = evaluate(&cfg, &points, current).expect("valid").state;
        assert_eq!(right_label(&v), want.as_str());
    }
}

#[test]
fn asg_new_desired_matches_the_model() {
    for v in variants(&AsgNewDesired) {
        let p = |name| var(&v, name).parse::<u32>().expect(name);
        let cap = Capacity::new(p("min"), p("max"), p("desired")).expect("cap");
        let adj: f64 = var(&v, "adjustment").trim_start_matches('+').parse().expect("adj");
        let out = apply_adjustment(cap, var(&v, "adjustment_type").parse().expect("type"), adj, None).expect("valid");
        assert_eq!(number_value(&v), i64::from(out.desired));
    }
}

#[test]
fn elb_target_health_matches_the_model() {
    for v in variants(&ElbTargetHealth) {
        let h: u32 = var(&v, "healthy_threshold").parse().expect("h");
        let u: u32 = var(&v, "unhealthy_threshold").parse().expect("u");
        let start: Health = var(&v, "start").parse().expect("start");
        let checks: Vec<bool> = var(&v, "checks").split(", ").map(|c| c == "ok").collect();
        let want = run_checks(start, &checks, h, u).last().copied().unwrap_or(start);
        assert_eq!(right_label(&v), want.as_str());
    }
}

#[test]
fn elb_which_lb_matches_the_comparison_data() {
    let features = elb::askable();
    for v in variants(&ElbWhichLb) {
        let feature = features.iter().find(|f| f.requirement_id() == v.context[0].id).expect("feature");
        assert_eq!(right_label(&v), crate::model::elb::types_with(*feature)[0].name());
    }
}

#[test]
fn ebs_gp2_baseline_matches_the_model() {
    for v in variants(&EbsGp2Baseline) {
        let size: u32 = var(&v, "size").parse().expect("size");
        assert_eq!(number_value(&v), i64::from(ebs::gp2_baseline_iops(size).expect("valid")));
    }
}

#[test]
fn lambda_templates_match_the_model() {
    for v in variants(&LambdaBilledDuration) {
        let d: f64 = var(&v, "duration").parse().expect("duration");
        assert_eq!(number_value(&v), lambda::billed_ms(d).expect("valid") as i64);
    }
    for v in variants(&LambdaCost) {
        let d: f64 = var(&v, "duration").parse().expect("duration");
        let memory: u32 = var(&v, "memory").parse().expect("memory");
        let gbs = lambda::gb_seconds(memory, lambda::billed_ms(d).expect("valid")).expect("valid");
        assert_eq!(right_label(&v), storage::gbs_label(gbs));
    }
}

#[test]
fn variants_reproduce_from_their_seed() {
    for t in crate::exercise::templates()
        .iter()
        .filter(|t| ["alarm.", "asg.", "elb.", "ebs.", "lambda."].iter().any(|p| t.id().starts_with(p)))
    {
        let params = BTreeMap::new();
        assert_eq!(t.generate(&params, &mut rng(7)), t.generate(&params, &mut rng(7)), "{}", t.id());
    }
}

#[test]
fn every_message_a_variant_uses_exists_in_both_locales() {
    use crate::i18n::{Lang, Locale, Localizer};
    let l = Localizer::new(Lang::Both);
    let check = |m: &crate::explain::Msg| {
        for locale in [Locale::En, Locale::Ko] {
            let text = l.msg_in(locale, m);
            assert_ne!(text, m.id, "missing message {} in {locale:?}", m.id);
            assert!(!text.contains("{$") && !text.contains("{ $"), "unfilled variable in {}", m.id);
        }
    };
    for t in [
        &AlarmState as &dyn Template,
        &AsgNewDesired,
        &ElbTargetHealth,
        &ElbWhichLb,
        &EbsGp2Baseline,
        &LambdaBilledDuration,
        &LambdaCost,
    ] {
        for v in variants(t).iter().take(100) {
            v.context.iter().for_each(check);
            v.explanation.iter().for_each(|s| check(&s.msg));
            match &v.expected {
                Expected::Choice { options, .. } => {
                    for m in options.iter().filter_map(|o| o.misconception.as_ref()) {
                        check(m);
                    }
                }
                Expected::Number { misconceptions, .. } => {
                    for (_, m) in misconceptions {
                        check(m);
                    }
                }
                Expected::Text { misconceptions, .. } => {
                    for (_, m) in misconceptions {
                        check(m);
                    }
                }
            }
        }
    }
}
