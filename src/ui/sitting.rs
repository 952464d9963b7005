//! Sitting a paper (mock exam or quiz): the line front end (stdin is not a terminal: one line
//! answers each item in order) and the terminal front end (dialoguer: countdown, flags, jumps,
//! a map, confirmation before submit). Both fill a `Sheet`; neither grades.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::time::{Duration, Instant};

use crate::exam::paper::{self, Key, option_inline};
use crate::exam::sheet::Mark;
use crate::exam::{PaperItem, Sheet};
use crate::exercise::{AnswerKind, Response};
use crate::i18n::Localizer;

/// The item as text: number, stem, context, lettered options and what kind of answer it takes.
pub fn render_item(i18n: &Localizer, number: usize, total: usize, item: &PaperItem) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "[{number}/{total}] {}", i18n.text(&item.stem));
    for line in &item.context {
        let _ = writeln!(out, "    {}", i18n.teach(line));
    }
    if let Key::Choice { options, .. } = &item.key {
        for (i, o) in options.iter().enumerate() {
            let _ = writeln!(out, "  {}) {}", paper::letter(i), option_inline(i18n, &o.text));
        }
    }
    let hint = match item.answer_kind() {
        AnswerKind::Choice { options } if item.choose() > 1 => {
            i18n.ta("exam-hint-choose-n", &crate::fargs!("n" => item.choose(), "last" => paper::letter(options - 1)))
        }
        AnswerKind::Choice { options } => {
            i18n.ta("exam-hint-choose-one", &crate::fargs!("last" => paper::letter(options - 1)))
        }
        AnswerKind::Number => i18n.t("exam-hint-number"),
        AnswerKind::Text => i18n.t("exam-hint-text"),
    };
    let _ = writeln!(out, "  ({hint})");
    out
}

/// Reads one line per item, in order. A blank line leaves the item unanswered; an unreadable
/// line gets the accepted forms and is read again; end of input stops (the rest stay unanswered).
pub fn sit_lines(
    sheet: &mut Sheet,
    i18n: &Localizer,
    input: &mut impl BufRead,
    err: &mut impl Write,
) -> io::Result<()> {
    let total = sheet.len();
    for i in 0..total {
        write!(err, "{}", render_item(i18n, i + 1, total, &sheet.items[i]))?;
        loop {
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                return Ok(());
            }
            if line.trim().is_empty() {
                break;
            }
            match sheet.items[i].parse(&line) {
                Ok(response) => {
                    sheet.set(i, Some(response));
                    break;
                }
                Err(msg) => writeln!(
                    err,
                    "{}",
                    i18n.ta(
                        "exam-unreadable",
                        &crate::fargs!("line" => line.trim().to_owned(), "accepted" => i18n.msg(&msg))
                    )
                )?,
            }
        }
    }
    Ok(())
}

fn clock(remaining: Duration) -> String {
    let secs = remaining.as_secs();
    format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// The answered/unanswered/flagged map, ten items a row.
pub fn render_map(i18n: &Localizer, sheet: &Sheet) -> String {
    let mut out = String::new();
    for i in 0..sheet.len() {
        let mark = match sheet.mark(i) {
            Mark::Answered => '●',
            Mark::Unanswered => '○',
        };
        let flag = if sheet.flagged(i) { '⚑' } else { ' ' };
        let _ = write!(out, "{:>3}{mark}{flag} ", i + 1);
        if (i + 1) % 10 == 0 {
            out.push('\n');
        }
    }
    let flagged = (0..sheet.len()).filter(|&i| sheet.flagged(i)).count();
    let _ = write!(
        out,
        "\n{}",
        i18n.ta("exam-map-legend", &crate::fargs!("answered" => sheet.len() - sheet.unanswered(), "unanswered" => sheet.unanswered(), "flagged" => flagged))
    );
    out
}

/// Interactive sitting on the terminal. Returns `true` when the time ran out (the sheet is then
/// submitted as it stands; an answer typed after the deadline does not count).
pub fn sit_tty(sheet: &mut Sheet, i18n: &Localizer, minutes: Option<u32>) -> anyhow::Result<bool> {
    use dialoguer::{Confirm, Input};
    let term = dialoguer::console::Term::stderr();
    let deadline = minutes.map(|m| Instant::now() + Duration::from_secs(u64::from(m) * 60));
    let left = || deadline.map(|d| d.saturating_duration_since(Instant::now()));
    let n = sheet.len();
    let mut i = 0;
    let mut note = String::new();
    loop {
        if left().is_some_and(|l| l.is_zero()) {
            eprintln!("{}", i18n.t("exam-time-up"));
            return Ok(true);
        }
        term.clear_screen()?;
        let timer = left()
            .map_or_else(|| i18n.t("exam-no-timer"), |l| i18n.ta("exam-time-left", &crate::fargs!("time" => clock(l))));
        let flagged = (0..n).filter(|&k| sheet.flagged(k)).count();
        eprintln!(
            "{timer} · {}",
            i18n.ta(
                "exam-progress",
                &crate::fargs!("answered" => n - sheet.unanswered(), "total" => n, "flagged" => flagged)
            )
        );
        eprint!("{}", render_item(i18n, i + 1, n, &sheet.items[i]));
        if let Some(r) = sheet.answer(i) {
            eprintln!("  → {}", paper::response_line(r));
        }
        if sheet.flagged(i) {
            eprintln!("  ⚑ {}", i18n.t("exam-flagged"));
        }
        eprintln!("{}", i18n.t("exam-tty-help"));
        if !note.is_empty() {
            eprintln!("{note}");
            note.clear();
        }
        let line: String = Input::new().with_prompt(">").allow_empty(true).interact_text_on(&term)?;
        if left().is_some_and(|l| l.is_zero()) {
            eprintln!("{}", i18n.t("exam-time-up"));
            return Ok(true);
        }
        let line = line.trim();
        match line {
            "" | ":n" => i = (i + 1) % n,
            ":p" => i = (i + n - 1) % n,
            ":f" => sheet.toggle_flag(i),
            ":m" => {
                eprintln!("{}", render_map(i18n, sheet));
                let _: String =
                    Input::new().with_prompt(i18n.t("exam-press-enter")).allow_empty(true).interact_text_on(&term)?;
            }
            ":s" => {
                let prompt = i18n.ta(
                    "exam-confirm-submit",
                    &crate::fargs!("unanswered" => sheet.unanswered(), "flagged" => flagged),
                );
                if Confirm::new().with_prompt(prompt).default(false).interact_on(&term)? {
                    return Ok(false);
                }
            }
            _ if line.starts_with(":g") => match line[2..].trim().parse::<usize>() {
                Ok(k) if (1..=n).contains(&k) => i = k - 1,
                _ => note = i18n.ta("exam-bad-jump", &crate::fargs!("total" => n)),
            },
            _ if line.starts_with(':') => note = i18n.t("exam-unknown-command"),
            _ => match sheet.items[i].parse(line) {
                Ok(response) => {
                    sheet.set(i, Some(response));
                    if let Some(next) = sheet.next_unanswered(i) {
                        i = next;
                    } else {
                        let prompt =
                            i18n.ta("exam-confirm-submit", &crate::fargs!("unanswered" => 0, "flagged" => flagged));
                        if Confirm::new().with_prompt(prompt).default(true).interact_on(&term)? {
                            return Ok(false);
                        }
                    }
                }
                Err(msg) => note = i18n.msg(&msg),
            },
        }
    }
}

/// The review of every wrong item: stem, the answer given, the key, the notes on the options
/// chosen, and the explanation.
pub fn render_review(i18n: &Localizer, sheet: &Sheet, graded: &[bool]) -> String {
    let mut out = String::new();
    for (i, item) in sheet.items.iter().enumerate() {
        if graded.get(i).copied().unwrap_or(false) {
            continue;
        }
        let _ = write!(out, "\n{}", render_item(i18n, i + 1, sheet.len(), item));
        let given = sheet.answer(i).map_or_else(|| i18n.t("exam-unanswered"), paper::response_line);
        let _ = writeln!(
            out,
            "  {}",
            i18n.ta("exam-review-answers", &crate::fargs!("given" => given, "key" => item.key_line()))
        );
        if let (Key::Choice { options, correct }, Some(Response::Choices(picked))) = (&item.key, sheet.answer(i)) {
            if correct.len() > 1 && picked.len() != correct.len() {
                let _ = writeln!(
                    out,
                    "  {}",
                    i18n.ta("answer-choose-n-note", &crate::fargs!("n" => correct.len(), "picked" => picked.len()))
                );
            }
            for &p in picked.iter().filter(|p| !correct.contains(p)) {
                if let Some(note) = options.get(p).and_then(|o| o.note.as_ref()) {
                    let _ = writeln!(out, "  {}) {}", paper::letter(p), paper::note_inline(i18n, note));
                }
            }
        }
        for line in paper::explanation_lines(i18n, &item.explanation) {
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(out, "  [{}]", item.id);
    }
    out
}

/// Whether both stdin and stderr are terminals (the interactive front end needs both).
pub fn interactive() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal() && io::stderr().is_terminal()
}
