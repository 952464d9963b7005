//! Every template's answer equals the model's for 500 seeds; every wrong option is diagnosed;
//! every message exists.

use super::*;
use crate::content::Params;
use crate::exercise::{Template, Variant, rng};
use crate::explain::{Arg, Msg};
use crate::i18n::{Lang, Locale, Localizer};
use crate::model::ec2::{self, Action, Capability, Event, Instance, Resource, RunEvent, State, parse_type};

const SEEDS: u64 = 500;

fn var<'a>(v: &'a Variant, name: &str) -> &'a str {
    v.vars.iter().find(|(n, _)| *n == name).map(|(_, s)| s.as_str()).expect("var")
}

fn options(v: &Variant) -> (Vec<&Msg>, Vec<usize>, Vec<Option<&Msg>>) {
    let Expected::Choice { options, correct } = &v.expected else { panic!("choice expected") };
    let labels = options
        .iter()
        .map(|o| match &o.label {
            Label::Msg(m) => m,
            Label::Plain(_) => panic!("plain"),
        })
        .collect();
    (labels, correct.clone(), options.iter().map(|o| o.misconception.as_ref()).collect())
}

/// Every wrong option carries a misconception, right ones none, and labels are distinct.
fn check_choice(v: &Variant) {
    let (labels, correct, mis) = options(v);
    assert!(labels.len() >= 3, "at least three options");
    for (i, m) in mis.iter().enumerate() {
        assert_eq!(m.is_none(), correct.contains(&i), "option {i} of {v:?}");
    }
    for (i, a) in labels.iter().enumerate() {
        assert!(!labels[..i].contains(a), "duplicate option {a:?}");
    }
}

thread_local! {
    // Building a localizer parses every .ftl file; once per test thread keeps this suite fast.
    static L10N: Localizer = Localizer::new(Lang::En);
}

fn all_render(v: &Variant) {
    L10N.with(|l10n| all_render_with(l10n, v));
}

fn all_render_with(l10n: &Localizer, v: &Variant) {
    let mut msgs: Vec<&Msg> = v.context.iter().chain(v.explanation.iter().map(|s| &s.msg)).collect();
    if let Expected::Choice { options, .. } = &v.expected {
        for o in options {
            if let Label::Msg(m) = &o.label {
                msgs.push(m);
            }
            msgs.extend(o.misconception.as_ref());
        }
    }
    if let Expected::Number { misconceptions, .. } = &v.expected {
        msgs.extend(misconceptions.iter().map(|(_, m)| m));
    }
    for m in msgs {
        for locale in Locale::ALL {
            let text = l10n.msg_in(locale, m);
            assert!(!text.contains("ec2-"), "{locale:?} {} renders as {text}", m.id);
        }
        for (_, arg) in &m.args {
            assert!(!matches!(arg, Arg::Str(s) if s.is_empty()));
        }
    }
}

fn variants(t: &dyn Template) -> impl Iterator<Item = Variant> + '_ {
    (0..SEEDS).map(move |seed| t.generate(&Params::new(), &mut rng(seed)))
}

#[test]
fn action_result_matches_the_model() {
    for v in variants(&ActionResult) {
        check_choice(&v);
        all_render(&v);
        let state = State::from_name(var(&v, "state")).unwrap();
        let action = Action::ALL.into_iter().find(|a| a.api() == var(&v, "action")).unwrap();
        let outcome = ec2::apply(&Instance::new(state), action);
        let (labels, correct, _) = options(&v);
        assert_eq!(correct.len(), 1);
        assert_eq!(labels[correct[0]], &action::Answer::of(&outcome).label());
        assert_eq!(v.explanation, outcome.steps);
    }
}

#[test]
fn every_action_pair_has_named_wrong_answers() {
    for (state, action) in action::PAIRS {
        let outcome = ec2::apply(&Instance::new(state), action);
        assert!(action::wrong_answers(&outcome).len() >= 2, "{state} {action}");
    }
}

#[test]
fn billing_matches_the_model() {
    for v in variants(&Billing) {
        check_choice(&v);
        all_render(&v);
        let state = State::from_name(var(&v, "state")).unwrap();
        let hibernating = var(&v, "hibernating") == "true";
        let (labels, correct, _) = options(&v);
        let want = if ec2::billed(state, hibernating) { "ec2-opt-billed" } else { "ec2-opt-not-billed-ebs" };
        assert_eq!(labels[correct[0]].id, want);
    }
}

#[test]
fn billed_seconds_matches_the_model() {
    for v in variants(&BilledSeconds) {
        all_render(&v);
        let events: Vec<RunEvent> = v
            .context
            .iter()
            .map(|m| match m.id {
                "ec2-ctx-start" => RunEvent::Start,
                "ec2-ctx-reboot" => RunEvent::Reboot,
                "ec2-ctx-stop" => RunEvent::Stop,
                _ => match m.args[0].1 {
                    Arg::Int(n) => RunEvent::Run(n as u64),
                    _ => panic!("seconds"),
                },
            })
            .collect();
        let total: u64 = ec2::billable_seconds(&events).unwrap().iter().map(|(_, b)| b).sum();
        let Expected::Number { value, misconceptions } = &v.expected else { panic!("number") };
        assert_eq!(*value, total as i64);
        assert!(misconceptions.iter().all(|(w, _)| w != value));
    }
}

#[test]
fn instance_type_matches_the_model() {
    for name in instance_type::NAMES {
        assert!(!parse_type(name).unwrap().capabilities.is_empty(), "{name}");
    }
    let mut graviton_seen = false;
    for v in variants(&InstanceTypeLetter) {
        check_choice(&v);
        all_render(&v);
        let decoded = parse_type(var(&v, "type")).unwrap();
        let letter = var(&v, "letter").chars().next().unwrap();
        let capability = Capability::from_letter(letter).unwrap();
        assert!(decoded.capabilities.contains(&capability));
        let (labels, correct, mis) = options(&v);
        assert_eq!(labels[correct[0]], &capability.meaning());
        if capability == Capability::Graviton {
            graviton_seen = true;
            assert!(mis.iter().flatten().any(|m| m.id == "ec2-mis-g-gpu"));
        }
    }
    assert!(graviton_seen);
}

#[test]
fn survives_matches_the_model() {
    for v in variants(&SurvivesStop) {
        check_choice(&v);
        all_render(&v);
        let event = survives::EVENTS.into_iter().find(|e| survives::event_text(*e) == var(&v, "action")).unwrap();
        let (labels, correct, _) = options(&v);
        let want = Resource::ALL.into_iter().filter(|r| ec2::fate(*r, event).still_yours()).count();
        assert_eq!(correct.len(), want);
        assert_eq!(var(&v, "n"), want.to_string());
        let picked: Vec<&str> = correct.iter().map(|i| labels[*i].id).collect();
        match event {
            Event::Terminate => assert_eq!(picked, ["ec2-surv-eip"]),
            _ => assert!(!picked.contains(&"ec2-surv-store") && !picked.contains(&"ec2-surv-public-ipv4")),
        }
    }
}

#[test]
fn variants_reproduce_from_the_seed() {
    for t in [&ActionResult as &dyn Template, &Billing, &BilledSeconds, &InstanceTypeLetter, &SurvivesStop] {
        assert_eq!(t.generate(&Params::new(), &mut rng(7)), t.generate(&Params::new(), &mut rng(7)), "{}", t.id());
        assert!(t.check_params(&Params::new()).is_ok());
    }
}
