//! State transitions: which action is accepted from which state, the states passed through,
//! the final state, billing along the way and what happens to addresses and storage.

use super::{Action, State, billed};
use crate::explain::{Msg, Step};

/// What the root volume is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RootDevice {
    /// An EBS volume (the usual case): the instance can be stopped and hibernated.
    #[default]
    Ebs,
    /// An instance-store volume: the instance can only be rebooted or terminated.
    InstanceStore,
}

/// What a shutdown run inside the operating system does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShutdownBehavior {
    /// Stop the instance (the default).
    #[default]
    Stop,
    /// Terminate the instance.
    Terminate,
}

/// An instance as the model sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instance {
    /// Its current state.
    pub state: State,
    /// Its root device.
    pub root: RootDevice,
    /// `DisableApiTermination`; off by default.
    pub termination_protection: bool,
    /// Instance-initiated shutdown behaviour.
    pub shutdown_behavior: ShutdownBehavior,
}

impl Instance {
    /// An EBS-backed instance in `state`, without termination protection, that stops on shutdown.
    pub fn new(state: State) -> Self {
        Instance {
            state,
            root: RootDevice::Ebs,
            termination_protection: false,
            shutdown_behavior: ShutdownBehavior::Stop,
        }
    }
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The state does not allow the action. Documented for starting a terminated instance;
    /// for other calls the code is an assumption.
    IncorrectInstanceState,
    /// Termination protection is on (the code is an assumption).
    OperationNotPermitted,
    /// An instance-store-backed instance cannot be stopped (the code is an assumption).
    UnsupportedOperation,
}

impl Refusal {
    /// The error code as the API spells it.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::IncorrectInstanceState => "IncorrectInstanceState",
            Refusal::OperationNotPermitted => "OperationNotPermitted",
            Refusal::UnsupportedOperation => "UnsupportedOperation",
        }
    }
}

/// The result of one action.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The state before.
    pub from: State,
    /// The action.
    pub action: Action,
    /// False when refused. An ignored reboot of a terminated instance is `ok` (AWS returns no
    /// error) with `ignored` set.
    pub ok: bool,
    /// True when AWS accepts the call but does nothing (reboot of a terminated instance).
    pub ignored: bool,
    /// Intermediate states passed through, in order (never the starting state).
    pub through: Vec<State>,
    /// The state at the end (the starting state when refused or ignored).
    pub final_state: State,
    /// Why it was refused.
    pub error: Option<Refusal>,
    /// Whether instance usage is billed in each `through` state.
    pub billed_through: Vec<bool>,
    /// Whether instance usage is billed in `final_state`.
    pub billed_final: bool,
    /// The explanation, step by step.
    pub steps: Vec<Step>,
    /// What happens to the public IPv4 address, the Elastic IP, the instance store and EBS.
    pub notes: Vec<Msg>,
}

fn state_msg(id: &'static str, state: State) -> Msg {
    Msg::new(id).arg("state", state.name()).arg("code", state.code())
}

/// The states an action is accepted from (terminate: all; reboot: running, and ignored when
/// terminated).
pub fn valid_from(action: Action) -> &'static [State] {
    match action {
        Action::Start => &[State::Stopped],
        Action::Stop | Action::Hibernate | Action::Reboot | Action::OsShutdown => &[State::Running],
        Action::Terminate => &State::ALL,
    }
}

/// Applies `action` to `instance`. Never panics; every input has an outcome.
pub fn apply(instance: &Instance, action: Action) -> Outcome {
    let from = instance.state;
    let mut steps = vec![Step::fact(state_msg("ec2-step-initial", from))];
    let refuse = |steps: Vec<Step>, error: Refusal| refused(from, action, steps, error);

    // An OS shutdown turns into a stop or a terminate, decided by the instance's settings.
    let action_taken = if action == Action::OsShutdown && from == State::Running {
        let terminate =
            instance.root == RootDevice::InstanceStore || instance.shutdown_behavior == ShutdownBehavior::Terminate;
        steps.push(Step::fact(Msg::new(match (instance.root, terminate) {
            (RootDevice::InstanceStore, _) => "ec2-step-shutdown-store",
            (RootDevice::Ebs, true) => "ec2-step-shutdown-terminate",
            (RootDevice::Ebs, false) => "ec2-step-shutdown-stop",
        })));
        if terminate && instance.termination_protection {
            steps.push(Step::fact(Msg::new("ec2-step-protection-not-for-shutdown")));
        }
        if terminate { Action::Terminate } else { Action::Stop }
    } else {
        action
    };

    if !valid_from(action_taken).contains(&from) {
        return match (action, from) {
            (Action::Reboot, State::Terminated) => ignored_reboot(from, steps),
            (Action::Start, State::Terminated) => {
                steps.push(Step::fact(Msg::new("ec2-step-refused-start-terminated")));
                refuse(steps, Refusal::IncorrectInstanceState)
            }
            _ => {
                let valid = valid_from(action_taken).iter().map(|s| s.name()).collect::<Vec<_>>().join(", ");
                let id =
                    if action == Action::OsShutdown { "ec2-step-refused-shutdown" } else { "ec2-step-refused-assumed" };
                steps.push(Step::convention(
                    Msg::new(id).arg("api", action.api()).arg("state", from.name()).arg("valid", valid),
                ));
                refuse(steps, Refusal::IncorrectInstanceState)
            }
        };
    }
    if matches!(action_taken, Action::Stop | Action::Hibernate) && instance.root == RootDevice::InstanceStore {
        steps.push(Step::convention(state_msg("ec2-step-refused-instance-store", from)));
        return refuse(steps, Refusal::UnsupportedOperation);
    }
    if action == Action::Terminate && instance.termination_protection && from != State::Terminated {
        steps.push(Step::convention(state_msg("ec2-step-refused-protection", from)));
        return refuse(steps, Refusal::OperationNotPermitted);
    }

    steps.push(Step::fact(Msg::new("ec2-step-accepted").arg("api", action_taken.api()).arg("state", from.name())));
    let (through, final_state) = path(from, action_taken);
    let hibernating = action_taken == Action::Hibernate;
    let billed_through: Vec<bool> = through.iter().map(|s| billed(*s, hibernating)).collect();
    let billed_final = billed(final_state, false);

    match (action_taken, from) {
        (Action::Reboot, _) => steps.push(Step::fact(Msg::new("ec2-step-reboot-stays-running"))),
        (Action::Terminate, State::Terminated) => {
            steps.push(Step::fact(Msg::new("ec2-step-terminate-repeat")));
        }
        (Action::Terminate, State::ShuttingDown) => {
            steps.push(Step::convention(Msg::new("ec2-step-terminate-already-shutting-down")));
        }
        _ => {}
    }
    if hibernating {
        steps.push(Step::fact(Msg::new("ec2-step-hibernate-memory")));
    }
    for (state, is_billed) in through.iter().zip(&billed_through) {
        let id = match (state, is_billed, hibernating) {
            (State::Stopping, true, true) => "ec2-step-through-hibernating",
            (_, true, _) => "ec2-step-through-billed",
            (_, false, _) => "ec2-step-through-not-billed",
        };
        steps.push(Step::fact(state_msg(id, *state)));
    }
    if action_taken != Action::Reboot && from != State::Terminated {
        let id = match final_state {
            State::Terminated => "ec2-step-final-terminated",
            _ if billed_final => "ec2-step-final-billed",
            _ => "ec2-step-final-not-billed",
        };
        steps.push(Step::fact(state_msg(id, final_state)));
    }
    match action_taken {
        Action::Start => steps.push(Step::fact(Msg::new("ec2-step-start-billing"))),
        Action::Stop | Action::Hibernate => {
            steps.push(Step::fact(Msg::new("ec2-step-stop-billing")));
        }
        _ => {}
    }
    if from != State::Terminated {
        steps.push(Step::fact(Msg::new("ec2-step-ipv4-charge")));
    }
    let notes = notes_for(action_taken, from);
    Outcome {
        from,
        action,
        ok: true,
        ignored: false,
        through,
        final_state,
        error: None,
        billed_through,
        billed_final,
        steps,
        notes,
    }
}

/// Intermediate states and the final state of an accepted action.
fn path(from: State, action: Action) -> (Vec<State>, State) {
    match action {
        Action::Start => (vec![State::Pending], State::Running),
        Action::Stop | Action::Hibernate | Action::OsShutdown => (vec![State::Stopping], State::Stopped),
        Action::Reboot => (Vec::new(), State::Running),
        Action::Terminate => match from {
            // Already on the way (or there): no new intermediate state to report.
            State::ShuttingDown | State::Terminated => (Vec::new(), State::Terminated),
            _ => (vec![State::ShuttingDown], State::Terminated),
        },
    }
}

fn refused(from: State, action: Action, mut steps: Vec<Step>, error: Refusal) -> Outcome {
    if from == State::Stopping {
        // AWS bills a stopping instance only when it hibernates; the request does not say which.
        steps.push(Step::convention(Msg::new("ec2-step-stopping-assumed-plain")));
    }
    steps.push(Step::fact(Msg::new("ec2-step-refused-error").arg("error", error.code()).arg("state", from.name())));
    Outcome {
        from,
        action,
        ok: false,
        ignored: false,
        through: Vec::new(),
        final_state: from,
        error: Some(error),
        billed_through: Vec::new(),
        billed_final: billed(from, false),
        steps,
        notes: unchanged_notes(),
    }
}

fn ignored_reboot(from: State, mut steps: Vec<Step>) -> Outcome {
    steps.push(Step::fact(Msg::new("ec2-step-reboot-ignored")));
    steps.push(Step::convention(Msg::new("ec2-step-reboot-ignored-ok")));
    Outcome {
        from,
        action: Action::Reboot,
        ok: true,
        ignored: true,
        through: Vec::new(),
        final_state: from,
        error: None,
        billed_through: Vec::new(),
        billed_final: false,
        steps,
        notes: unchanged_notes(),
    }
}

const RESOURCE_IDS: [&str; 4] = ["ec2-res-public-ipv4", "ec2-res-eip", "ec2-res-instance-store", "ec2-res-ebs-root"];

fn unchanged_notes() -> Vec<Msg> {
    RESOURCE_IDS.iter().map(|id| Msg::new("ec2-note-unchanged").arg("what", Msg::new(id))).collect()
}

/// Notes on the public IPv4 address, Elastic IP, instance store and EBS, in that order.
fn notes_for(action: Action, from: State) -> Vec<Msg> {
    let ids: [&'static str; 4] = match (action, from) {
        (Action::Terminate, State::Terminated) => return unchanged_notes(),
        (Action::Start, _) => ["ec2-note-ipv4-new", "ec2-note-eip-kept", "ec2-note-store-empty", "ec2-note-ebs-start"],
        (Action::Stop | Action::OsShutdown, _) => {
            ["ec2-note-ipv4-released-stop", "ec2-note-eip-kept", "ec2-note-store-lost-stop", "ec2-note-ebs-stop"]
        }
        (Action::Hibernate, _) => {
            ["ec2-note-ipv4-released-stop", "ec2-note-eip-kept", "ec2-note-store-lost-stop", "ec2-note-ebs-hibernate"]
        }
        (Action::Reboot, _) => ["ec2-note-ipv4-kept", "ec2-note-eip-kept", "ec2-note-store-kept", "ec2-note-ebs-kept"],
        (Action::Terminate, _) => [
            "ec2-note-ipv4-released-terminate",
            "ec2-note-eip-disassociated",
            "ec2-note-store-lost-terminate",
            "ec2-note-ebs-terminate",
        ],
    };
    ids.into_iter().map(Msg::new).collect()
}
