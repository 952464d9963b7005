//! Lifecycle rules: every transition, each refusal, notes and the properties of the state machine.

use proptest::prelude::*;

use super::*;

fn run(state: State, action: Action) -> Outcome {
    apply(&Instance::new(state), action)
}

#[test]
fn state_codes_and_names() {
    let codes: Vec<_> = State::ALL.iter().map(|s| (s.name(), s.code())).collect();
    assert_eq!(
        codes,
        [("pending", 0), ("running", 16), ("shutting-down", 32), ("terminated", 48), ("stopping", 64), ("stopped", 80)]
    );
    assert_eq!(State::from_name("Shutting-Down"), Some(State::ShuttingDown));
    assert_eq!(State::from_name("rebooting"), None);
    assert_eq!(Action::from_name("HIBERNATE"), Some(Action::Hibernate));
    assert_eq!(Action::from_name("shutdown"), None);
}

/// (from, action, through, final, billed through, billed final)
type Row = (State, Action, &'static [State], State, &'static [bool], bool);

#[test]
fn accepted_transitions() {
    use State::{Pending, Running, ShuttingDown, Stopped, Stopping, Terminated};
    // (from, action, through, final, billed through, billed final)
    let table: &[Row] = &[
        (Running, Action::Stop, &[Stopping], Stopped, &[false], false),
        (Running, Action::Hibernate, &[Stopping], Stopped, &[true], false),
        (Stopped, Action::Start, &[Pending], Running, &[false], true),
        (Running, Action::Reboot, &[], Running, &[], true),
        (Pending, Action::Terminate, &[ShuttingDown], Terminated, &[false], false),
        (Running, Action::Terminate, &[ShuttingDown], Terminated, &[false], false),
        (Stopping, Action::Terminate, &[ShuttingDown], Terminated, &[false], false),
        (Stopped, Action::Terminate, &[ShuttingDown], Terminated, &[false], false),
        (ShuttingDown, Action::Terminate, &[], Terminated, &[], false),
        (Terminated, Action::Terminate, &[], Terminated, &[], false),
    ];
    for &(from, action, through, last, billed_through, billed_final) in table {
        let out = run(from, action);
        assert!(out.ok && out.error.is_none() && !out.ignored, "{from} {action}");
        assert_eq!(out.through, through, "{from} {action}");
        assert_eq!(out.final_state, last, "{from} {action}");
        assert_eq!(out.billed_through, billed_through, "{from} {action}");
        assert_eq!(out.billed_final, billed_final, "{from} {action}");
        assert_eq!(out.notes.len(), 4);
    }
}

#[test]
fn refusals() {
    for from in State::ALL {
        for action in Action::API {
            let out = run(from, action);
            let accepted = lifecycle_valid(from, action);
            if accepted {
                continue;
            }
            if (from, action) == (State::Terminated, Action::Reboot) {
                continue;
            }
            assert!(!out.ok, "{from} {action}");
            assert_eq!(out.error, Some(Refusal::IncorrectInstanceState));
            assert_eq!(out.final_state, from);
            assert!(out.through.is_empty() && out.billed_through.is_empty());
            assert_eq!(out.notes.iter().filter(|n| n.id == "ec2-note-unchanged").count(), 4);
            // Documented only for starting a terminated instance; elsewhere the code is an assumption.
            let documented = (from, action) == (State::Terminated, Action::Start);
            assert_eq!(out.steps.iter().any(|s| s.convention && s.msg.id == "ec2-step-refused-assumed"), !documented);
            assert_eq!(out.steps.iter().any(|s| s.msg.id == "ec2-step-refused-start-terminated"), documented);
        }
    }
}

fn lifecycle_valid(from: State, action: Action) -> bool {
    match action {
        Action::Start => from == State::Stopped,
        Action::Stop | Action::Hibernate | Action::Reboot | Action::OsShutdown => from == State::Running,
        Action::Terminate => true,
    }
}

#[test]
fn rebooting_a_terminated_instance_is_ignored_not_refused() {
    let out = run(State::Terminated, Action::Reboot);
    assert!(out.ok && out.ignored && out.error.is_none());
    assert_eq!(out.final_state, State::Terminated);
    assert!(out.steps.iter().any(|s| s.convention && s.msg.id == "ec2-step-reboot-ignored-ok"));
}

#[test]
fn a_reboot_has_no_rebooting_state_and_no_new_billing_period() {
    let out = run(State::Running, Action::Reboot);
    assert!(out.through.is_empty());
    assert!(out.steps.iter().any(|s| s.msg.id == "ec2-step-reboot-stays-running"));
    assert!(!out.steps.iter().any(|s| s.msg.id == "ec2-step-start-billing"));
}

#[test]
fn termination_protection_blocks_the_api_but_not_an_os_shutdown() {
    let mut instance = Instance::new(State::Running);
    instance.termination_protection = true;
    let out = apply(&instance, Action::Terminate);
    assert_eq!((out.ok, out.error, out.final_state), (false, Some(Refusal::OperationNotPermitted), State::Running));
    assert!(out.steps.iter().any(|s| s.convention && s.msg.id == "ec2-step-refused-protection"));
    // Stop still works, and terminating an already terminated instance is harmless.
    assert!(apply(&instance, Action::Stop).ok);
    instance.state = State::Terminated;
    assert!(apply(&instance, Action::Terminate).ok);
    instance.state = State::Running;
    instance.shutdown_behavior = ShutdownBehavior::Terminate;
    let out = apply(&instance, Action::OsShutdown);
    assert_eq!((out.ok, out.final_state), (true, State::Terminated));
}

#[test]
fn os_shutdown_follows_the_shutdown_behaviour() {
    let mut instance = Instance::new(State::Running);
    let out = apply(&instance, Action::OsShutdown);
    assert_eq!((out.ok, out.through.clone(), out.final_state), (true, vec![State::Stopping], State::Stopped));
    instance.shutdown_behavior = ShutdownBehavior::Terminate;
    assert_eq!(apply(&instance, Action::OsShutdown).final_state, State::Terminated);
    // An instance-store-backed instance always terminates.
    instance.shutdown_behavior = ShutdownBehavior::Stop;
    instance.root = RootDevice::InstanceStore;
    assert_eq!(apply(&instance, Action::OsShutdown).final_state, State::Terminated);
    instance.state = State::Stopped;
    let out = apply(&instance, Action::OsShutdown);
    assert!(!out.ok && out.steps.iter().any(|s| s.convention));
}

#[test]
fn instance_store_backed_instances_cannot_stop_or_hibernate() {
    let mut instance = Instance::new(State::Running);
    instance.root = RootDevice::InstanceStore;
    for action in [Action::Stop, Action::Hibernate] {
        let out = apply(&instance, action);
        assert_eq!((out.ok, out.error, out.final_state), (false, Some(Refusal::UnsupportedOperation), State::Running));
    }
    assert!(apply(&instance, Action::Reboot).ok);
    assert!(apply(&instance, Action::Terminate).ok);
}

#[test]
fn notes_cover_the_four_resources() {
    let ids = |s, a| run(s, a).notes.iter().map(|n| n.id).collect::<Vec<_>>();
    assert_eq!(
        ids(State::Running, Action::Stop),
        ["ec2-note-ipv4-released-stop", "ec2-note-eip-kept", "ec2-note-store-lost-stop", "ec2-note-ebs-stop"]
    );
    assert_eq!(ids(State::Running, Action::Hibernate)[3], "ec2-note-ebs-hibernate");
    assert_eq!(ids(State::Stopped, Action::Start)[0], "ec2-note-ipv4-new");
    assert_eq!(
        ids(State::Running, Action::Terminate),
        [
            "ec2-note-ipv4-released-terminate",
            "ec2-note-eip-disassociated",
            "ec2-note-store-lost-terminate",
            "ec2-note-ebs-terminate"
        ]
    );
    assert_eq!(ids(State::Running, Action::Reboot)[2], "ec2-note-store-kept");
}

#[test]
fn refused_while_stopping_states_the_billing_assumption() {
    let out = run(State::Stopping, Action::Start);
    assert!(!out.billed_final);
    assert!(out.steps.iter().any(|s| s.convention && s.msg.id == "ec2-step-stopping-assumed-plain"));
}

fn any_action() -> impl Strategy<Value = Action> {
    proptest::sample::select(Action::ALL.to_vec())
}

fn any_state() -> impl Strategy<Value = State> {
    proptest::sample::select(State::ALL.to_vec())
}

proptest! {
    #[test]
    fn sequences_never_panic_and_terminated_is_absorbing(
        start in any_state(),
        actions in proptest::collection::vec(any_action(), 0..30),
        protected in any::<bool>(),
        store in any::<bool>(),
        shutdown_terminates in any::<bool>(),
    ) {
        let mut instance = Instance::new(start);
        instance.termination_protection = protected;
        instance.root = if store { RootDevice::InstanceStore } else { RootDevice::Ebs };
        instance.shutdown_behavior = if shutdown_terminates { ShutdownBehavior::Terminate } else { ShutdownBehavior::Stop };
        for action in actions {
            let before = instance.state;
            let out = apply(&instance, action);
            prop_assert!(State::ALL.contains(&out.final_state));
            prop_assert!(!out.final_state.is_transitional() || !out.ok || out.final_state == before);
            prop_assert_eq!(out.through.len(), out.billed_through.len());
            prop_assert_eq!(out.ok, out.error.is_none());
            prop_assert_eq!(out.notes.len(), 4);
            if !out.ok {
                prop_assert_eq!(out.final_state, before);
            }
            if before == State::Terminated {
                prop_assert_eq!(out.final_state, State::Terminated);
            }
            instance.state = out.final_state;
        }
    }
}
