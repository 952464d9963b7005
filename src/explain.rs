//! Localizable messages as data. The model and the exercise generator return these instead of
//! strings, so they stay pure and every explanation can be shown in either language.

use serde::Serialize;

/// One argument of a message: text (already language-neutral, e.g. a CIDR) or a number.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text shown as it is.
    Str(String),
    /// An integer (Fluent may select plural forms on it).
    Int(i64),
    /// A decimal number.
    Num(f64),
    /// A nested message, rendered in the same language first (e.g. a state or verdict name).
    Msg(Box<Msg>),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}
impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Int(value)
    }
}
impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Int(i64::from(value))
    }
}
impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Int(value as i64)
    }
}
impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Int(value as i64)
    }
}
impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Num(value)
    }
}
impl From<Msg> for Arg {
    fn from(value: Msg) -> Self {
        Arg::Msg(Box::new(value))
    }
}

/// A Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    /// The Fluent message id, present in every locale under `i18n/`.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Msg { id, args: Vec::new() }
    }

    /// Adds an argument (builder style).
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// One step of an explanation. `convention` marks a rule AWS does not publish, which the learner
/// must be told is the model's own choice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// What the step says.
    pub msg: Msg,
    /// True where AWS publishes no rule and the model picked one.
    pub convention: bool,
}

impl Step {
    /// A documented step.
    pub fn fact(msg: Msg) -> Self {
        Step { msg, convention: false }
    }

    /// A step that follows a model convention.
    pub fn convention(msg: Msg) -> Self {
        Step { msg, convention: true }
    }
}

/// Shorthand: `msg!("id", "name" => value, ...)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:literal => $value:expr)* $(,)?) => {
        $crate::explain::Msg::new($id)$(.arg($name, $value))*
    };
}
