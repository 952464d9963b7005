//! Text for prompts and feedback, shared by every front end. Returns strings; printing is the
//! front end's job.

use std::fmt::Write as _;

use crate::content::{Body, Item};
use crate::exercise::{Expected, Label};
use crate::fargs;
use crate::i18n::Localizer;
use crate::session::{Current, Outcome, View};
use crate::srs::{Phase, Rating};

/// Option letter for a display position.
pub fn letter(position: usize) -> char {
    char::from(b'a' + (position % 26) as u8)
}

/// Indents every line after the first by `width` spaces (for wrapped option text).
fn hang(text: &str, width: usize) -> String {
    text.lines().collect::<Vec<_>>().join(&format!("\n{}", " ".repeat(width)))
}

fn label_text(i18n: &Localizer, label: &Label) -> String {
    match label {
        Label::Plain(s) => s.clone(),
        Label::Msg(m) => i18n.teach(m),
    }
}

/// `[3/20] vpc.routing · question · choose 2`.
pub fn header(i18n: &Localizer, current: &Current, item: &Item, total: usize) -> String {
    let kind = match &current.view {
        View::Card { .. } => i18n.t("study-kind-card"),
        View::Question { choose, .. } if *choose > 1 => i18n.ta("study-kind-choose", &fargs!("n" => *choose)),
        View::Question { .. } => i18n.t("study-kind-question"),
        View::Exercise { .. } => i18n.t("study-kind-exercise"),
    };
    let new =
        if current.entry.state.phase == Phase::New { format!(" · {}", i18n.t("study-new")) } else { String::new() };
    format!("[{}/{}] {} · {}{}", current.number, total.max(current.number), item.topic, kind, new)
}

/// The prompt body: card front, question stem with lettered options, or exercise prompt.
pub fn prompt(i18n: &Localizer, current: &Current, item: &Item) -> String {
    let mut out = String::new();
    match (&current.view, &item.body) {
        (View::Card { front, .. }, _) => out.push_str(&i18n.text(front)),
        (View::Question { stem, order, .. }, Body::Question(q)) => {
            out.push_str(&i18n.text(stem));
            for (position, &authored) in order.iter().enumerate() {
                let _ = write!(out, "\n  {}) {}", letter(position), hang(&i18n.text(&q.options[authored].text), 5));
            }
        }
        (View::Exercise { prompt, variant }, _) => {
            out.push_str(&i18n.text(prompt));
            for line in &variant.context {
                let _ = write!(out, "\n  {}", hang(&i18n.teach(line), 2));
            }
            if let Expected::Choice { options, .. } = &variant.expected {
                for (position, option) in options.iter().enumerate() {
                    let _ = write!(out, "\n  {}) {}", letter(position), hang(&label_text(i18n, &option.label), 5));
                }
            }
        }
        _ => {}
    }
    out
}

/// What to type, for the line front end.
pub fn answer_hint(i18n: &Localizer, current: &Current) -> String {
    match &current.view {
        View::Card { .. } => i18n.t("study-hint-rate"),
        View::Question { order, choose, .. } => {
            let last = letter(order.len().saturating_sub(1)).to_string();
            if *choose > 1 {
                i18n.ta("study-hint-choose", &fargs!("n" => *choose, "last" => last))
            } else {
                i18n.ta("study-hint-choice", &fargs!("last" => last))
            }
        }
        View::Exercise { variant, .. } => match &variant.expected {
            Expected::Choice { options, correct } => {
                let last = letter(options.len().saturating_sub(1)).to_string();
                if correct.len() > 1 {
                    i18n.ta("study-hint-choose", &fargs!("n" => correct.len(), "last" => last))
                } else {
                    i18n.ta("study-hint-choice", &fargs!("last" => last))
                }
            }
            Expected::Number { .. } => i18n.t("study-hint-number"),
            Expected::Text { .. } => i18n.t("study-hint-text"),
        },
    }
}

/// The right answer, as the learner would have typed it.
pub fn right_answer(i18n: &Localizer, current: &Current, item: &Item) -> String {
    match (&current.view, &item.body) {
        (View::Question { order, .. }, Body::Question(q)) => order
            .iter()
            .enumerate()
            .filter(|(_, a)| q.options[**a].correct)
            .map(|(p, a)| format!("{}) {}", letter(p), i18n.text_inline(&q.options[*a].text)))
            .collect::<Vec<_>>()
            .join("\n"),
        (View::Exercise { variant, .. }, _) => match &variant.expected {
            Expected::Choice { options, correct } => correct
                .iter()
                .map(|&p| format!("{}) {}", letter(p), label_text(i18n, &options[p].label)))
                .collect::<Vec<_>>()
                .join("\n"),
            Expected::Number { value, .. } => value.to_string(),
            Expected::Text { accepted, .. } => accepted.first().cloned().unwrap_or_default(),
        },
        _ => String::new(),
    }
}

/// Days or minutes until `due`, for "next review in …".
pub fn until(i18n: &Localizer, now: i64, due: i64) -> String {
    let secs = (due - now).max(0);
    if secs < 3600 {
        i18n.ta("time-minutes", &fargs!("n" => (secs + 59) / 60))
    } else if secs < 86_400 {
        i18n.ta("time-hours", &fargs!("n" => (secs + 1800) / 3600))
    } else {
        i18n.ta("time-days", &fargs!("n" => (secs + 43_200) / 86_400))
    }
}

/// Feedback after an answer: verdict, right answer, explanation, option feedback, misconceptions.
pub fn feedback(i18n: &Localizer, current: &Current, item: &Item, outcome: &Outcome, now: i64) -> String {
    let mut out = String::new();
    if let Some(grade) = &outcome.grade {
        out.push_str(&if grade.correct { i18n.t("study-correct") } else { i18n.t("study-wrong") });
        if let Some(note) = &grade.count_note {
            let _ = write!(out, "\n{}", i18n.teach(note));
        }
        if !grade.correct {
            let _ = write!(out, "\n{}\n{}", i18n.t("study-right-answer"), right_answer(i18n, current, item));
        }
        for m in &grade.misconceptions {
            let _ = write!(out, "\n{} {}", i18n.t("study-misconception"), i18n.teach(m));
        }
        match (&current.view, &item.body) {
            (View::Question { order, .. }, Body::Question(q)) => {
                for (position, &authored) in order.iter().enumerate() {
                    if let Some(fb) = &q.options[authored].feedback {
                        let _ = write!(out, "\n  {}) {}", letter(position), hang(&i18n.text(fb), 5));
                    }
                }
                let _ = write!(out, "\n{}", i18n.text(&q.explanation));
            }
            (View::Exercise { variant, .. }, _) => {
                for step in &variant.explanation {
                    let mark = if step.convention { format!("{} ", i18n.t("model-convention")) } else { String::new() };
                    let _ = write!(out, "\n  · {mark}{}", hang(&i18n.teach(&step.msg), 4));
                }
            }
            _ => {}
        }
    }
    let _ = write!(out, "\n{}", i18n.ta("study-reference", &fargs!("url" => item.reference.clone())));
    if let Some(r) = &outcome.reviewed {
        let _ = write!(out, "\n{}", i18n.ta("study-next", &fargs!("when" => until(i18n, now, r.state.due))));
        if r.leech_warning {
            let _ = write!(out, "\n{}", i18n.ta("study-leech", &fargs!("lapses" => r.state.lapses)));
        }
    }
    out
}

/// The rating buttons with the interval each would give: `1 again (1m) · 2 hard (6m) …`.
pub fn rating_menu(i18n: &Localizer, previews: &[(Rating, String)]) -> String {
    previews
        .iter()
        .map(|(r, when)| format!("{} {} ({when})", r.value(), rating_name(i18n, *r)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Localized rating name.
pub fn rating_name(i18n: &Localizer, rating: Rating) -> String {
    i18n.t(match rating {
        Rating::Again => "rating-again",
        Rating::Hard => "rating-hard",
        Rating::Good => "rating-good",
        Rating::Easy => "rating-easy",
    })
}
