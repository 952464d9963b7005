//! `ec2.billing` (is instance usage billed in this state, with the hibernate nuance) and
//! `ec2.billed-seconds` (per-second billing, 60-second minimum per start, reboots).

use rand::RngExt;
use rand::seq::IndexedRandom;

use super::shuffled_choice;
use crate::content::Params;
use crate::exercise::{Expected, Rng, Template, Variant, only_params};
use crate::explain::{Msg, Step};
use crate::model::ec2::{MIN_BILLED_SECONDS, RunEvent, State, billable_seconds, billed};

/// The `ec2.billing` template.
#[derive(Debug, Clone, Copy)]
pub struct Billing;

/// The phases asked about: (state, hibernating, how the instance got there).
pub const PHASES: [(State, bool, &str); 6] = [
    (State::Pending, false, "pending (StartInstances)"),
    (State::Running, false, "running"),
    (State::Stopping, false, "stopping (StopInstances)"),
    (State::Stopping, true, "stopping (StopInstances, Hibernate=true)"),
    (State::Stopped, false, "stopped"),
    (State::ShuttingDown, false, "shutting-down (TerminateInstances)"),
];

/// Why the learner picked "billed" for a state that is not, or the reverse.
fn flipped_misconception(state: State, hibernating: bool) -> Msg {
    Msg::new(match (state, hibernating) {
        (State::Running, _) => "ec2-mis-running-not-billed",
        (State::Stopping, true) => "ec2-mis-hibernate-stopping-free",
        (State::Stopping, false) => "ec2-mis-stopping-always-billed",
        (State::Stopped, _) => "ec2-mis-stopped-billed",
        (State::Pending, _) => "ec2-mis-pending-billed",
        (State::ShuttingDown | State::Terminated, _) => "ec2-mis-shutting-down-billed",
    })
}

impl Template for Billing {
    fn id(&self) -> &'static str {
        "ec2.billing"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["phase"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let &(state, hibernating, phase) = PHASES.choose(rng).unwrap_or(&PHASES[0]);
        let is_billed = billed(state, hibernating);
        let yes = Msg::new("ec2-opt-billed");
        let no = Msg::new("ec2-opt-not-billed-ebs");
        let (right, flipped) = if is_billed { (yes, no) } else { (no, yes) };
        let wrong = vec![
            (flipped, flipped_misconception(state, hibernating)),
            (Msg::new("ec2-opt-nothing-billed"), Msg::new("ec2-mis-nothing-billed")),
            (Msg::new("ec2-opt-billed-hourly"), Msg::new("ec2-mis-hourly")),
        ];
        let expected = shuffled_choice(rng, vec![right], wrong);
        let mut explanation = vec![Step::fact(
            Msg::new(if is_billed { "ec2-expl-billed" } else { "ec2-expl-not-billed" }).arg("state", state.name()),
        )];
        if state == State::Stopping {
            explanation.push(Step::fact(Msg::new("ec2-expl-stopping-hibernate")));
        }
        explanation.push(Step::fact(Msg::new("ec2-expl-ebs-always")));
        Variant {
            vars: vec![
                ("phase", phase.to_owned()),
                ("state", state.name().to_owned()),
                ("hibernating", hibernating.to_string()),
            ],
            context: Vec::new(),
            expected,
            explanation,
        }
    }
}

/// The `ec2.billed-seconds` template.
#[derive(Debug, Clone, Copy)]
pub struct BilledSeconds;

/// Draws a history of one or two billing periods, some with a reboot.
pub fn draw_history(rng: &mut Rng) -> Vec<RunEvent> {
    let periods = rng.random_range(1..=2);
    let mut events = Vec::new();
    for _ in 0..periods {
        events.push(RunEvent::Start);
        events.push(RunEvent::Run(rng.random_range(1..=12) * 5));
        if rng.random_bool(0.5) {
            events.push(RunEvent::Reboot);
            events.push(RunEvent::Run(rng.random_range(1..=12) * 5));
        }
        events.push(RunEvent::Stop);
    }
    events
}

/// Billed seconds in total, or 0 for a history the model rejects (never drawn).
pub fn total_billed(events: &[RunEvent]) -> u64 {
    billable_seconds(events).map_or(0, |p| p.iter().map(|(_, b)| b).sum())
}

impl Template for BilledSeconds {
    fn id(&self) -> &'static str {
        "ec2.billed-seconds"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &[]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let events = draw_history(rng);
        let periods = billable_seconds(&events).unwrap_or_default();
        let value = total_billed(&events);
        let ran: u64 = periods.iter().map(|(r, _)| r).sum();
        // A reboot taken for a stop and a start: every segment gets its own minimum.
        let split: Vec<RunEvent> = events
            .iter()
            .flat_map(|e| if *e == RunEvent::Reboot { vec![RunEvent::Stop, RunEvent::Start] } else { vec![*e] })
            .collect();
        let candidates = [
            (ran, Msg::new("ec2-mis-no-minimum")),
            (total_billed(&split), Msg::new("ec2-mis-reboot-new-period")),
            (3600 * periods.len() as u64, Msg::new("ec2-mis-hourly")),
        ];
        let mut misconceptions: Vec<(i64, Msg)> = Vec::new();
        for (wrong, why) in candidates {
            let wrong = wrong as i64;
            if wrong != value as i64 && !misconceptions.iter().any(|(v, _)| *v == wrong) {
                misconceptions.push((wrong, why));
            }
        }
        let context = events
            .iter()
            .map(|e| match e {
                RunEvent::Start => Msg::new("ec2-ctx-start"),
                RunEvent::Run(s) => Msg::new("ec2-ctx-run").arg("seconds", *s),
                RunEvent::Reboot => Msg::new("ec2-ctx-reboot"),
                RunEvent::Stop => Msg::new("ec2-ctx-stop"),
            })
            .collect();
        let mut explanation: Vec<Step> = periods
            .iter()
            .enumerate()
            .map(|(i, (r, b))| {
                Step::fact(
                    Msg::new("ec2-expl-period")
                        .arg("n", i + 1)
                        .arg("ran", *r)
                        .arg("billed", *b)
                        .arg("min", MIN_BILLED_SECONDS),
                )
            })
            .collect();
        if events.contains(&RunEvent::Reboot) {
            explanation.push(Step::fact(Msg::new("ec2-expl-reboot-same-period")));
        }
        explanation.push(Step::fact(Msg::new("ec2-expl-total").arg("total", value)));
        Variant {
            vars: Vec::new(),
            context,
            expected: Expected::Number { value: value as i64, misconceptions },
            explanation,
        }
    }
}
