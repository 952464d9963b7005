//! Talking to the person: rendering prompts and feedback, and the front ends that read answers.
//! `line` reads one answer per line from any reader (pipes, scripts, tests); `tty` uses dialoguer
//! prompts when both stdin and stderr are terminals.

pub mod choice;
pub mod interrupt;
pub mod line;
pub mod render;
pub mod tty;

use crate::session::{Current, Input};
use crate::srs::Rating;

/// What a front end hands back for a prompt.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// An answer to grade.
    Answer(Input),
    /// The learner ended the session (end of input, `quit`, Esc).
    Quit,
    /// A `:` command instead of an answer (`:u`, `:s`, …).
    Control(crate::session::Control),
}

/// What the learner does with an item that just became a leech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeechChoice {
    /// Suspend it until `cards unsuspend`.
    Suspend,
    /// Keep studying it.
    Keep,
    /// Show its reference, then ask again.
    Reference,
}

/// Parses an answer to the leech offer: `s`, `k`, `r` (with or without `:`), or the words.
pub fn parse_leech_choice(text: &str) -> Option<LeechChoice> {
    match text.trim().trim_start_matches(':').to_lowercase().as_str() {
        "s" | "suspend" | "정지" | "보류" => Some(LeechChoice::Suspend),
        "k" | "keep" | "" | "유지" => Some(LeechChoice::Keep),
        "r" | "ref" | "reference" | "참고" => Some(LeechChoice::Reference),
        _ => None,
    }
}

/// A front end: shows a prompt, returns the learner's reply; shows feedback.
pub trait Frontend {
    /// Shows `prompt` (already rendered) and reads the answer. `previews` are the ratings with
    /// the interval each would give, for cards.
    fn ask(
        &mut self,
        current: &Current,
        header: &str,
        prompt: &str,
        back: Option<&str>,
        hint: &str,
        previews: &[(Rating, String)],
    ) -> std::io::Result<Reply>;

    /// Shows feedback after an answer.
    fn show(&mut self, text: &str) -> std::io::Result<()>;

    /// Offers suspend / keep / reference for an item that just became a leech (`offer` is the
    /// rendered question).
    fn leech(&mut self, offer: &str) -> std::io::Result<LeechChoice>;
}

/// Parses a rating word or digit, in English or Korean.
pub fn parse_rating(text: &str) -> Option<Rating> {
    match text.trim().to_lowercase().as_str() {
        "1" | "again" | "a" | "다시" => Some(Rating::Again),
        "2" | "hard" | "h" | "어려움" => Some(Rating::Hard),
        "3" | "good" | "g" | "좋음" | "알맞음" => Some(Rating::Good),
        "4" | "easy" | "e" | "쉬움" => Some(Rating::Easy),
        _ => None,
    }
}

/// The `:?` list: every in-session command with what it does.
pub fn commands_help(i18n: &crate::i18n::Localizer) -> String {
    use std::fmt::Write as _;
    let mut out = i18n.t("anki-cmd-title");
    for (word, id) in crate::session::COMMANDS {
        let _ = write!(out, "\n  {word:<6} {}", i18n.t(id));
    }
    out
}

/// Words that end a session from a line prompt.
pub fn is_quit(text: &str) -> bool {
    matches!(text.trim().to_lowercase().as_str(), "quit" | ":q" | "exit" | "종료")
}
pub mod sitting;

/// How many options the item on screen asks for, when it is a choice.
pub fn picks_needed(view: &crate::session::View) -> Option<usize> {
    use crate::session::View;
    match view {
        View::Question { choose, .. } => Some((*choose).max(1)),
        View::Exercise { variant, .. } => match &variant.expected {
            crate::exercise::Expected::Choice { correct, .. } => Some(correct.len().max(1)),
            _ => None,
        },
        View::Card { .. } => None,
    }
}

/// A choice with the wrong number of picks is asked again rather than graded.
pub fn check_picks(
    view: &crate::session::View,
    response: &crate::exercise::Response,
) -> Result<(), crate::explain::Msg> {
    match (picks_needed(view), response) {
        (Some(n), crate::exercise::Response::Choices(picked)) if picked.len() != n => {
            Err(crate::explain::Msg::new("exam2-wrong-count").arg("n", n).arg("picked", picked.len()))
        }
        _ => Ok(()),
    }
}
