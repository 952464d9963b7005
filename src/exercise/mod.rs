//! Exercises: templates that turn seeded inputs into a question whose answer the model computes.
//!
//! A template is pure: given its parameters and a seeded RNG it returns a `Variant` with the
//! values for the prompt's `{placeholders}`, the expected answer (computed by `model/`), wrong
//! options that each encode a named misconception, and the model's explanation.

mod ec2;
mod grade;
pub mod iam;
pub mod iam_advanced;
mod net;
mod ops;
mod registry;
pub mod s3;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

pub use grade::{AnswerKind, Grade, Response, grade, grade_choices, parse_response};
pub use registry::{template, template_ids, templates};

use crate::content::{Params, Text};
use crate::explain::{Msg, Step};

/// The RNG every template draws from; `ChaCha8` so variants reproduce across platforms and versions.
pub type Rng = ChaCha8Rng;

/// The seed of the `review`-th variant of `item_id`: the same item and review number always give
/// the same variant.
pub fn variant_seed(item_id: &str, review: u64) -> u64 {
    // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in item_id.bytes().chain(review.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A fresh RNG for `seed`.
pub fn rng(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}

/// An option label: language-neutral text (a CIDR, a number) or a message to localize.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Label {
    /// Shown as it is in every language.
    Plain(String),
    /// Localized.
    Msg(Msg),
}

/// One option of a multiple-choice variant.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChoiceOption {
    /// What the learner sees.
    pub label: Label,
    /// For a wrong option: the misconception that leads to it.
    pub misconception: Option<Msg>,
}

/// What counts as right.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "answer", rename_all = "lowercase")]
pub enum Expected {
    /// Pick exactly the options at `correct` (one for a single answer; all-or-nothing for N).
    Choice {
        /// Options in display order (templates shuffle them with the variant's RNG).
        options: Vec<ChoiceOption>,
        /// Indexes of the right options, ascending.
        correct: Vec<usize>,
    },
    /// Type a whole number.
    Number {
        /// The right value.
        value: i64,
        /// Wrong values that reveal a misconception.
        misconceptions: Vec<(i64, Msg)>,
    },
    /// Type a word or value; compared case-insensitively after trimming.
    Text {
        /// Every accepted spelling; the first is shown as the answer.
        accepted: Vec<String>,
        /// Wrong answers that reveal a misconception (lower-case).
        misconceptions: Vec<(String, Msg)>,
    },
}

/// One generated exercise.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Variant {
    /// Values for the prompt's placeholders.
    pub vars: Vec<(&'static str, String)>,
    /// Extra context shown under the prompt (a rule table, a route table), localized.
    pub context: Vec<Msg>,
    /// The answer.
    pub expected: Expected,
    /// The model's explanation.
    pub explanation: Vec<Step>,
}

/// A template over the service model.
pub trait Template: Sync {
    /// The id authors write in `template:`.
    fn id(&self) -> &'static str;

    /// Placeholders `generate` fills.
    fn placeholders(&self) -> &'static [&'static str];

    /// Checks the YAML `params`; the message says what is wrong and what is accepted.
    fn check_params(&self, params: &Params) -> Result<(), Msg>;

    /// Draws one variant. `params` have passed `check_params`.
    fn generate(&self, params: &Params, rng: &mut Rng) -> Variant;
}

/// The `{name}` placeholders in a prompt (`{{` and `}}` are literal braces).
pub fn placeholders_in(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if rest[open..].starts_with("{{") {
            rest = &rest[open + 2..];
            continue;
        }
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    names.push(name.to_owned());
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// Fills a prompt's placeholders from a variant.
pub fn fill(text: &str, vars: &[(&'static str, String)]) -> String {
    let mut out = text.replace("{{", "\u{0}").replace("}}", "\u{1}");
    for (name, value) in vars {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out.replace('\u{0}', "{").replace('\u{1}', "}")
}

/// Fills both languages of a prompt.
pub fn fill_text(text: &Text, vars: &[(&'static str, String)]) -> Text {
    Text::new(fill(&text.en, vars), fill(&text.ko, vars))
}

/// Reads an integer parameter with a default, checking its range.
pub fn param_u32(
    params: &Params,
    name: &'static str,
    default: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, Msg> {
    let Some(value) = params.get(name) else {
        return Ok(default);
    };
    let bad = || Msg::new("exercise-param-range").arg("name", name).arg("min", *range.start()).arg("max", *range.end());
    let n = value.as_u64().ok_or_else(bad)?;
    let n = u32::try_from(n).map_err(|_| bad())?;
    if range.contains(&n) { Ok(n) } else { Err(bad()) }
}

/// Rejects parameters a template does not know.
pub fn only_params(params: &Params, known: &[&'static str]) -> Result<(), Msg> {
    match params.keys().find(|k| !known.contains(&k.as_str())) {
        Some(unknown) => Err(Msg::new("exercise-param-unknown")
            .arg("name", unknown.as_str())
            .arg("known", if known.is_empty() { "-".to_owned() } else { known.join(", ") })),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled() {
        let text = "Subnet {cidr} in {vpc}, literal {{braces}}";
        assert_eq!(placeholders_in(text), vec!["cidr", "vpc"]);
        let filled = fill(text, &[("cidr", "10.0.1.0/24".into()), ("vpc", "10.0.0.0/16".into())]);
        assert_eq!(filled, "Subnet 10.0.1.0/24 in 10.0.0.0/16, literal {braces}");
    }

    #[test]
    fn variant_seed_is_stable() {
        assert_eq!(variant_seed("a", 0), variant_seed("a", 0));
        assert_ne!(variant_seed("a", 0), variant_seed("a", 1));
        assert_ne!(variant_seed("a", 0), variant_seed("b", 0));
    }
}
