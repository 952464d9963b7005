//! In-session commands (issue 17): `:u` undo, `:s` suspend, `:b` bury, `:f` flag, `:r` reference,
//! `:hard`/`:easy` to re-rate the last right answer, `:?` help. They start with `:` so they never
//! collide with option letters or typed answers.

use crate::srs::Rating;

/// A command typed at a prompt instead of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    /// Take back the last answer and ask that item again.
    Undo,
    /// Suspend the item on screen and move on.
    Suspend,
    /// Bury the item on screen for today and move on.
    Bury,
    /// Flag the item on screen, with an optional note, and stay on it.
    Flag(Option<String>),
    /// Show the item's reference again.
    Reference,
    /// Re-rate the last auto-graded right answer (Hard or Easy instead of Good).
    Rerate(Rating),
    /// List the commands.
    Help,
}

/// Every command as typed, in the order `:?` lists them, with its message id.
pub const COMMANDS: [(&str, &str); 8] = [
    (":u", "anki-cmd-undo"),
    (":s", "anki-cmd-suspend"),
    (":b", "anki-cmd-bury"),
    (":f", "anki-cmd-flag"),
    (":r", "anki-cmd-reference"),
    (":hard", "anki-cmd-hard"),
    (":easy", "anki-cmd-easy"),
    (":?", "anki-cmd-help"),
];

/// Parses a line that starts with `:`; `None` when it is not one of ours (`:q` is the quit word).
pub fn parse_control(line: &str) -> Option<Control> {
    let line = line.trim();
    let rest = line.strip_prefix(':')?;
    let (word, arg) = match rest.split_once(char::is_whitespace) {
        Some((w, a)) => (w, a.trim()),
        None => (rest, ""),
    };
    let control = match word.to_lowercase().as_str() {
        "u" | "undo" => Control::Undo,
        "s" | "suspend" => Control::Suspend,
        "b" | "bury" => Control::Bury,
        "f" | "flag" => Control::Flag((!arg.is_empty()).then(|| arg.to_owned())),
        "r" | "ref" | "reference" => Control::Reference,
        "hard" | "h" => Control::Rerate(Rating::Hard),
        "easy" | "e" => Control::Rerate(Rating::Easy),
        "?" | "help" | "h?" => Control::Help,
        _ => return None,
    };
    // Only the flag takes an argument; `:s foo` is a typo, not a suspend.
    (arg.is_empty() || matches!(control, Control::Flag(_))).then_some(control)
}

/// Splits a trailing `:hard` or `:easy` off an answer line (`b :hard`), so a learner can rate
/// while answering.
pub fn split_rating(line: &str) -> (&str, Option<Rating>) {
    let trimmed = line.trim_end();
    for (suffix, rating) in [(":hard", Rating::Hard), (":easy", Rating::Easy)] {
        if let Some(head) = trimmed.strip_suffix(suffix)
            && (head.is_empty() || head.ends_with(char::is_whitespace))
            && !head.trim().is_empty()
        {
            return (head.trim_end(), Some(rating));
        }
    }
    (line, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_and_typos_do_not() {
        assert_eq!(parse_control(":u"), Some(Control::Undo));
        assert_eq!(parse_control("  :S "), Some(Control::Suspend));
        assert_eq!(parse_control(":f"), Some(Control::Flag(None)));
        assert_eq!(parse_control(":f  wrong key? "), Some(Control::Flag(Some("wrong key?".into()))));
        assert_eq!(parse_control(":hard"), Some(Control::Rerate(Rating::Hard)));
        assert_eq!(parse_control(":easy"), Some(Control::Rerate(Rating::Easy)));
        assert_eq!(parse_control(":?"), Some(Control::Help));
        assert_eq!(parse_control(":s now"), None);
        assert_eq!(parse_control(":q"), None);
        assert_eq!(parse_control("a"), None);
        assert_eq!(parse_control(":x"), None);
    }

    #[test]
    fn a_rating_can_ride_on_the_answer() {
        assert_eq!(split_rating("b :hard"), ("b", Some(Rating::Hard)));
        assert_eq!(split_rating("251 :easy"), ("251", Some(Rating::Easy)));
        assert_eq!(split_rating(":hard"), (":hard", None));
        assert_eq!(split_rating("b"), ("b", None));
        assert_eq!(split_rating("b:hard"), ("b:hard", None));
    }
}
