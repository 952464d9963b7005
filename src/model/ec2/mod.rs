//! Amazon EC2: the instance lifecycle (states, actions, refusals), billing per state, what
//! survives each action, and instance type names. Rules: `aws-rules.md` section 4 and the
//! instance type table of section 10.

mod billing;
mod instance_type;
mod lifecycle;
mod survival;

pub use billing::{BillingError, MIN_BILLED_SECONDS, RunEvent, billable_seconds, billed};
pub use instance_type::{Capability, Category, InstanceType, Size, Suffix, TypeNameError, parse_type};
pub use lifecycle::{Instance, Outcome, Refusal, RootDevice, ShutdownBehavior, apply, valid_from};
pub use survival::{Event, Fate, Resource, fate};

use std::fmt;

/// An instance state, with the code the API reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum State {
    /// Code 0: being placed on a host and booted.
    Pending,
    /// Code 16: ready; instance usage is billed.
    Running,
    /// Code 32: being terminated.
    ShuttingDown,
    /// Code 48: deleted for good.
    Terminated,
    /// Code 64: being stopped (or hibernated).
    Stopping,
    /// Code 80: shut down; can be started again.
    Stopped,
}

impl State {
    /// Every state, in the order of their codes.
    pub const ALL: [State; 6] =
        [State::Pending, State::Running, State::ShuttingDown, State::Terminated, State::Stopping, State::Stopped];

    /// The API state code.
    pub fn code(self) -> u32 {
        match self {
            State::Pending => 0,
            State::Running => 16,
            State::ShuttingDown => 32,
            State::Terminated => 48,
            State::Stopping => 64,
            State::Stopped => 80,
        }
    }

    /// The API name (`shutting-down`, …), the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Running => "running",
            State::ShuttingDown => "shutting-down",
            State::Terminated => "terminated",
            State::Stopping => "stopping",
            State::Stopped => "stopped",
        }
    }

    /// Parses an API name (ASCII case ignored); `None` for anything else, including `rebooting`.
    pub fn from_name(text: &str) -> Option<State> {
        let text = text.trim();
        State::ALL.into_iter().find(|s| s.name().eq_ignore_ascii_case(text))
    }

    /// True for the in-between states an instance never rests in.
    pub fn is_transitional(self) -> bool {
        matches!(self, State::Pending | State::ShuttingDown | State::Stopping)
    }

    /// The names of every state, comma-separated (for error messages).
    pub fn names() -> String {
        State::ALL.map(State::name).join(", ")
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Something done to an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// `StartInstances`.
    Start,
    /// `StopInstances`.
    Stop,
    /// `StopInstances` with `Hibernate=true`.
    Hibernate,
    /// `RebootInstances`.
    Reboot,
    /// `TerminateInstances`.
    Terminate,
    /// A shutdown command run inside the operating system (not an API call).
    OsShutdown,
}

impl Action {
    /// The actions `calc ec2 --action` accepts (API calls).
    pub const API: [Action; 5] = [Action::Start, Action::Stop, Action::Hibernate, Action::Reboot, Action::Terminate];

    /// Every action the model knows.
    pub const ALL: [Action; 6] =
        [Action::Start, Action::Stop, Action::Hibernate, Action::Reboot, Action::Terminate, Action::OsShutdown];

    /// The short name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Action::Start => "start",
            Action::Stop => "stop",
            Action::Hibernate => "hibernate",
            Action::Reboot => "reboot",
            Action::Terminate => "terminate",
            Action::OsShutdown => "shutdown",
        }
    }

    /// The API call behind the action, as AWS spells it.
    pub fn api(self) -> &'static str {
        match self {
            Action::Start => "StartInstances",
            Action::Stop => "StopInstances",
            Action::Hibernate => "StopInstances (Hibernate=true)",
            Action::Reboot => "RebootInstances",
            Action::Terminate => "TerminateInstances",
            Action::OsShutdown => "shutdown (OS)",
        }
    }

    /// Parses a command-line action name (ASCII case ignored); only the five API actions.
    pub fn from_name(text: &str) -> Option<Action> {
        let text = text.trim();
        Action::API.into_iter().find(|a| a.name().eq_ignore_ascii_case(text))
    }

    /// The names `from_name` accepts, comma-separated.
    pub fn names() -> String {
        Action::API.map(Action::name).join(", ")
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests;
