//! `ec2.action-result`: which state an action leaves the instance in, including refusals and
//! the ignored reboot of a terminated instance.

use rand::seq::IndexedRandom;

use super::shuffled_choice;
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::Msg;
use crate::model::ec2::{self, Action, Instance, Outcome, State};

/// The template.
#[derive(Debug, Clone, Copy)]
pub struct ActionResult;

/// The (state, action) pairs asked about: every accepted action from the resting states, the
/// documented refusal, refusals from stopped/terminated, and the ignored reboot. Refusals from
/// transitional states are left out because their error code is only an assumption.
pub const PAIRS: [(State, Action); 12] = [
    (State::Running, Action::Stop),
    (State::Running, Action::Hibernate),
    (State::Running, Action::Reboot),
    (State::Running, Action::Terminate),
    (State::Stopped, Action::Start),
    (State::Stopped, Action::Terminate),
    (State::Stopped, Action::Hibernate),
    (State::Stopped, Action::Reboot),
    (State::Terminated, Action::Start),
    (State::Terminated, Action::Stop),
    (State::Terminated, Action::Reboot),
    (State::Pending, Action::Terminate),
];

/// A possible answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Accepted; ends in this state.
    Ends(State),
    /// Refused; stays in this state.
    Refused(State),
    /// Ignored; stays in this state.
    Ignored(State),
    /// The made-up "rebooting" state.
    Rebooting,
    /// The made-up "hibernated" state.
    Hibernated,
}

impl Answer {
    /// The model's answer for an outcome.
    pub fn of(outcome: &Outcome) -> Answer {
        match (outcome.ok, outcome.ignored) {
            (true, true) => Answer::Ignored(outcome.final_state),
            (true, false) => Answer::Ends(outcome.final_state),
            (false, _) => Answer::Refused(outcome.from),
        }
    }

    /// The option text.
    pub fn label(self) -> Msg {
        match self {
            Answer::Ends(s) => Msg::new("ec2-opt-ends").arg("state", s.name()),
            Answer::Refused(s) => Msg::new("ec2-opt-refused").arg("state", s.name()),
            Answer::Ignored(s) => Msg::new("ec2-opt-ignored").arg("state", s.name()),
            Answer::Rebooting => Msg::new("ec2-opt-rebooting"),
            Answer::Hibernated => Msg::new("ec2-opt-hibernated"),
        }
    }
}

/// The state an accepted action normally ends in.
fn normal_final(action: Action) -> State {
    match action {
        Action::Start | Action::Reboot => State::Running,
        Action::Stop | Action::Hibernate | Action::OsShutdown => State::Stopped,
        Action::Terminate => State::Terminated,
    }
}

/// The misconception behind choosing `candidate` when the model says `outcome`; `None` when no
/// named misconception leads there (or when the option would be ambiguous).
pub fn misconception(outcome: &Outcome, candidate: Answer) -> Option<Msg> {
    let (from, action, correct) = (outcome.from, outcome.action, Answer::of(outcome));
    if candidate == correct {
        return None;
    }
    let api = action.api();
    match candidate {
        Answer::Rebooting => (action == Action::Reboot).then(|| Msg::new("ec2-mis-rebooting-state")),
        Answer::Hibernated => (action == Action::Hibernate).then(|| Msg::new("ec2-mis-hibernated-state")),
        // "Ignored, stays X" reads like "ends in X" when the instance does not move.
        Answer::Ignored(_) => (outcome.final_state != from || !outcome.ok).then(|| Msg::new("ec2-mis-ignored")),
        Answer::Refused(_) => Some(match correct {
            Answer::Ignored(_) => Msg::new("ec2-mis-reboot-not-error"),
            _ => Msg::new("ec2-mis-thought-refused").arg("api", api).arg("state", from.name()),
        }),
        Answer::Ends(s) => match correct {
            Answer::Refused(_) if s == from => None,
            Answer::Refused(_) if from == State::Terminated && action == Action::Start && s == State::Running => {
                Some(Msg::new("ec2-mis-start-terminated"))
            }
            Answer::Refused(_) if from == State::Stopped && s == State::Running => {
                Some(Msg::new("ec2-mis-starts-it").arg("api", api))
            }
            Answer::Refused(_) if s == normal_final(action) => {
                let valid = ec2::valid_from(action).iter().map(|v| v.name()).collect::<Vec<_>>().join(", ");
                Some(Msg::new("ec2-mis-not-refused").arg("api", api).arg("state", from.name()).arg("valid", valid))
            }
            Answer::Ignored(_) if s == State::Running => Some(Msg::new("ec2-mis-reboot-revives")),
            Answer::Ends(_) if outcome.through.contains(&s) => {
                Some(Msg::new("ec2-mis-transitional-final").arg("state", s.name()))
            }
            Answer::Ends(_) if matches!(action, Action::Stop | Action::Hibernate) && s == State::Terminated => {
                Some(Msg::new("ec2-mis-stop-terminates"))
            }
            Answer::Ends(_) if action == Action::Terminate && s == State::Stopped && from != State::Stopped => {
                Some(Msg::new("ec2-mis-terminate-stops"))
            }
            Answer::Ends(_) if action == Action::Reboot && s == State::Pending => {
                Some(Msg::new("ec2-mis-reboot-pending"))
            }
            _ => None,
        },
    }
}

/// Every wrong answer with a named misconception for this outcome.
pub fn wrong_answers(outcome: &Outcome) -> Vec<(Answer, Msg)> {
    let from = outcome.from;
    let mut candidates: Vec<Answer> = State::ALL.into_iter().map(Answer::Ends).collect();
    candidates.extend([Answer::Refused(from), Answer::Ignored(from), Answer::Rebooting, Answer::Hibernated]);
    candidates.into_iter().filter_map(|c| misconception(outcome, c).map(|m| (c, m))).collect()
}

impl Template for ActionResult {
    fn id(&self) -> &'static str {
        "ec2.action-result"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["state", "action"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let &(state, action) = PAIRS.choose(rng).unwrap_or(&PAIRS[0]);
        let outcome = ec2::apply(&Instance::new(state), action);
        let mut wrong = wrong_answers(&outcome);
        rand::seq::SliceRandom::shuffle(wrong.as_mut_slice(), rng);
        wrong.truncate(3);
        let expected = shuffled_choice(
            rng,
            vec![Answer::of(&outcome).label()],
            wrong.into_iter().map(|(a, m)| (a.label(), m)).collect(),
        );
        Variant {
            vars: vec![("state", state.name().to_owned()), ("action", action.api().to_owned())],
            context: Vec::new(),
            expected,
            explanation: outcome.steps,
        }
    }
}
