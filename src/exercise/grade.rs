//! Reading a typed answer and grading it against what the model expects.

use super::Expected;
use crate::explain::Msg;

/// A learner's answer, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// Chosen option indexes, ascending, without repeats.
    Choices(Vec<usize>),
    /// A whole number.
    Number(i64),
    /// Free text, trimmed.
    Text(String),
}

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// Right or wrong (choose-N is all-or-nothing).
    pub correct: bool,
    /// What the wrong answer reveals, if it matches a known misconception.
    pub misconceptions: Vec<Msg>,
    /// Set when a choose-N answer picked another number of options.
    pub count_note: Option<Msg>,
}

/// What kind of answer a prompt takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    /// Letters or numbers of `options` options.
    Choice {
        /// How many options are shown.
        options: usize,
    },
    /// A whole number.
    Number,
    /// Text.
    Text,
}

impl Expected {
    /// The kind of answer this expects.
    pub fn answer_kind(&self) -> AnswerKind {
        match self {
            Expected::Choice { options, .. } => AnswerKind::Choice { options: options.len() },
            Expected::Number { .. } => AnswerKind::Number,
            Expected::Text { .. } => AnswerKind::Text,
        }
    }
}

/// Parses `b`, `2`, `a,c`, `a c` or `ac` as choices; `65,531` as a number; anything else as text.
pub fn parse_response(kind: AnswerKind, line: &str) -> Result<Response, Msg> {
    let line = line.trim();
    match kind {
        AnswerKind::Choice { options } => parse_choices(line, options).map(Response::Choices),
        AnswerKind::Number => {
            let digits: String = line.chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
            digits.parse::<i64>().map(Response::Number).map_err(|_| Msg::new("answer-expected-number"))
        }
        AnswerKind::Text => {
            if line.is_empty() {
                Err(Msg::new("answer-expected-text"))
            } else {
                Ok(Response::Text(line.to_owned()))
            }
        }
    }
}

fn parse_choices(line: &str, options: usize) -> Result<Vec<usize>, Msg> {
    let last_letter = char::from(b'a' + options.clamp(1, 26) as u8 - 1);
    let accepted = || Msg::new("answer-expected-choice").arg("last", last_letter.to_string()).arg("count", options);
    let lower = line.to_lowercase();
    let tokens: Vec<&str> = lower.split([',', ' ', ';', '/']).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        return Err(accepted());
    }
    let mut picked = Vec::new();
    for token in tokens {
        if let Ok(n) = token.parse::<usize>() {
            if n == 0 || n > options {
                return Err(accepted());
            }
            picked.push(n - 1);
        } else if token.chars().all(|c| c.is_ascii_lowercase()) {
            // "ac" is two letters; a single token of letters never means a word here.
            for c in token.chars() {
                let index = usize::from(c as u8 - b'a');
                if index >= options {
                    return Err(accepted());
                }
                picked.push(index);
            }
        } else {
            return Err(accepted());
        }
    }
    picked.sort_unstable();
    picked.dedup();
    Ok(picked)
}

/// Grades a choice answer; a different number of picks than required is wrong, with a note.
pub fn grade_choices(correct: &[usize], picked: &[usize]) -> (bool, Option<Msg>) {
    let right = picked == correct;
    let note = (correct.len() > 1 && picked.len() != correct.len())
        .then(|| Msg::new("answer-choose-n-note").arg("n", correct.len()).arg("picked", picked.len()));
    (right, note)
}

/// Grades a response against an exercise's expected answer.
pub fn grade(expected: &Expected, response: &Response) -> Grade {
    match (expected, response) {
        (Expected::Choice { options, correct }, Response::Choices(picked)) => {
            let (right, count_note) = grade_choices(correct, picked);
            let misconceptions = picked
                .iter()
                .filter(|i| !correct.contains(i))
                .filter_map(|&i| options.get(i).and_then(|o| o.misconception.clone()))
                .collect();
            Grade { correct: right, misconceptions, count_note }
        }
        (Expected::Number { value, misconceptions }, Response::Number(n)) => Grade {
            correct: n == value,
            misconceptions: misconceptions
                .iter()
                .filter(|(v, _)| v == n && n != value)
                .map(|(_, m)| m.clone())
                .collect(),
            count_note: None,
        },
        (Expected::Text { accepted, misconceptions }, Response::Text(t)) => {
            let t = t.trim().to_lowercase();
            let right = accepted.iter().any(|a| a.to_lowercase() == t);
            Grade {
                correct: right,
                misconceptions: if right {
                    Vec::new()
                } else {
                    misconceptions.iter().filter(|(v, _)| *v == t).map(|(_, m)| m.clone()).collect()
                },
                count_note: None,
            }
        }
        _ => Grade { correct: false, misconceptions: Vec::new(), count_note: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_accept_letters_numbers_and_lists() {
        let kind = AnswerKind::Choice { options: 5 };
        assert_eq!(parse_response(kind, "b"), Ok(Response::Choices(vec![1])));
        assert_eq!(parse_response(kind, "2"), Ok(Response::Choices(vec![1])));
        assert_eq!(parse_response(kind, "a,c"), Ok(Response::Choices(vec![0, 2])));
        assert_eq!(parse_response(kind, "C a"), Ok(Response::Choices(vec![0, 2])));
        assert_eq!(parse_response(kind, "ca"), Ok(Response::Choices(vec![0, 2])));
        assert_eq!(parse_response(kind, "1, 5"), Ok(Response::Choices(vec![0, 4])));
        assert!(parse_response(kind, "f").is_err());
        assert!(parse_response(kind, "6").is_err());
        assert!(parse_response(kind, "").is_err());
        assert!(parse_response(kind, "b?").is_err());
    }

    #[test]
    fn numbers_accept_grouping() {
        assert_eq!(parse_response(AnswerKind::Number, "65,531"), Ok(Response::Number(65_531)));
        assert!(parse_response(AnswerKind::Number, "many").is_err());
    }

    #[test]
    fn choose_n_is_all_or_nothing_with_a_note() {
        assert_eq!(grade_choices(&[0, 2], &[0, 2]), (true, None));
        assert!(!grade_choices(&[0, 2], &[0]).0);
        assert!(grade_choices(&[0, 2], &[0]).1.is_some());
        assert!(!grade_choices(&[0, 2], &[0, 1, 2]).0);
        assert_eq!(grade_choices(&[1], &[2]), (false, None));
    }
}
