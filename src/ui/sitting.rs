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
use crate::ui::interrupt::CtrlC;

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

/// How a sitting ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Submitted by the learner (or the end of piped input).
    Submitted,
    /// The time ran out; the sheet is submitted as it stands.
    TimedOut,
    /// Left with `:q` or `quit` (or the terminal went away); the paper is kept for later.
    Left,
    /// Ctrl-C; the paper is kept for later.
    Interrupted,
}

/// What a sitting reports to while the paper is open: the exam command saves every change
/// through it and owns the clock; quizzes keep nothing.
pub trait Keeper {
    /// Item `i` was answered, cleared or (un)flagged.
    fn changed(&mut self, sheet: &Sheet, i: usize) -> anyhow::Result<()>;
    /// Seconds left, `None` without a timer.
    fn left(&self) -> Option<i64>;
    /// Whether `:q` leaves (an exam can be resumed; a quiz cannot).
    fn can_leave(&self) -> bool;
}

/// A quiz's keeper: nothing saved, a wall-clock deadline.
struct Wall(Option<Instant>);

impl Keeper for Wall {
    fn changed(&mut self, _: &Sheet, _: usize) -> anyhow::Result<()> {
        Ok(())
    }
    fn left(&self) -> Option<i64> {
        self.0.map(|d| d.saturating_duration_since(Instant::now()).as_secs() as i64)
    }
    fn can_leave(&self) -> bool {
        false
    }
}

/// Unreadable lines in a row for one item before a piped sitting gives up (`yes 4` must not
/// write gigabytes of prompts).
pub const MAX_UNREADABLE: usize = 3;

/// Piped input ended the sitting because it kept sending lines that are not answers.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub String);

/// One generated variant of an exercise, as `cards show` prints it: placeholders filled with
/// example values (never `{cidr}`), its options and its answer, and a note that sessions draw
/// new values.
pub fn render_example(i18n: &Localizer, item: &crate::content::Item) -> String {
    let Some(paper) = PaperItem::build(item, 1, false) else {
        return i18n.t("exam2-cards-no-example");
    };
    let mut out = i18n.text(&paper.stem);
    out.push('\n');
    for line in &paper.context {
        let _ = writeln!(out, "    {}", i18n.teach(line));
    }
    if let Key::Choice { options, .. } = &paper.key {
        for (i, o) in options.iter().enumerate() {
            let _ = writeln!(out, "  {}) {}", paper::letter(i), option_inline(i18n, &o.text));
        }
    }
    let _ = write!(out, "{}", i18n.ta("exam2-cards-example", &crate::fargs!("key" => paper.key_line())));
    out
}

/// Reads one line per item, in order. A blank line leaves the item unanswered; an unreadable
/// line gets the accepted forms and is read again; end of input stops (the rest stay unanswered).
pub fn sit_lines(
    sheet: &mut Sheet,
    i18n: &Localizer,
    input: &mut impl BufRead,
    err: &mut impl Write,
) -> anyhow::Result<()> {
    sit_lines_with(sheet, i18n, input, err, &mut Wall(None)).map(|_| ())
}

/// Reads one line per unanswered item, in paper order, saving each answer through `keeper`.
/// `:q`/`quit` leaves when the keeper allows it; end of input submits; three unreadable lines in a
/// row for one item end with an [`Unreadable`] error.
pub fn sit_lines_with(
    sheet: &mut Sheet,
    i18n: &Localizer,
    input: &mut impl BufRead,
    err: &mut impl Write,
    keeper: &mut dyn Keeper,
) -> anyhow::Result<Outcome> {
    let total = sheet.len();
    let time_up = |keeper: &dyn Keeper| keeper.left().is_some_and(|l| l <= 0);
    let open: Vec<usize> = (0..total).filter(|&i| sheet.answer(i).is_none()).collect();
    for i in open {
        if time_up(keeper) {
            return Ok(Outcome::TimedOut);
        }
        write!(err, "{}", render_item(i18n, i + 1, total, &sheet.items[i]))?;
        err.flush()?;
        let mut unreadable = 0;
        loop {
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                return Ok(Outcome::Submitted);
            }
            if time_up(keeper) {
                return Ok(Outcome::TimedOut);
            }
            if keeper.can_leave() && super::is_quit(&line) {
                return Ok(Outcome::Left);
            }
            if line.trim().is_empty() {
                break;
            }
            match sheet.items[i].parse_counted(&line) {
                Ok(response) => {
                    sheet.set(i, Some(response));
                    keeper.changed(sheet, i)?;
                    break;
                }
                Err(msg) => {
                    unreadable += 1;
                    let text = i18n.ta(
                        "exam-unreadable",
                        &crate::fargs!("line" => line.trim().to_owned(), "accepted" => i18n.msg(&msg)),
                    );
                    if unreadable >= MAX_UNREADABLE {
                        return Err(Unreadable(i18n.ta(
                            "exam2-too-many-unreadable",
                            &crate::fargs!("count" => unreadable, "number" => i + 1, "last" => text),
                        ))
                        .into());
                    }
                    writeln!(err, "{text}")?;
                }
            }
        }
    }
    Ok(Outcome::Submitted)
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
    let deadline = minutes.map(|m| Instant::now() + Duration::from_secs(u64::from(m) * 60));
    let outcome = sit_tty_with(sheet, i18n, 0, &mut Wall(deadline), String::new())?;
    if outcome == Outcome::Interrupted {
        // A quiz has nothing to resume: stop as an interrupted program does.
        std::process::exit(130);
    }
    Ok(outcome == Outcome::TimedOut)
}

/// What a prompt's failure means for the sitting: Ctrl-C, or the terminal went away.
fn stopped(err: &dialoguer::Error, ctrl_c: &CtrlC) -> Outcome {
    let dialoguer::Error::IO(io) = err;
    if ctrl_c.hit() || io.kind() == io::ErrorKind::Interrupted { Outcome::Interrupted } else { Outcome::Left }
}

/// Interactive sitting from item `start`, saving every change through `keeper`; `intro` is shown
/// under the first item (the screen is cleared for every item). Ctrl-C and a closed terminal end
/// it without losing what was saved; the cursor is shown again.
pub fn sit_tty_with(
    sheet: &mut Sheet,
    i18n: &Localizer,
    start: usize,
    keeper: &mut dyn Keeper,
    intro: String,
) -> anyhow::Result<Outcome> {
    let term = dialoguer::console::Term::stderr();
    let ctrl_c = CtrlC::catch();
    let outcome = tty_loop(sheet, i18n, (start, intro), keeper, &term, &ctrl_c);
    let _ = term.show_cursor();
    match outcome {
        Err(Stop::Prompt(err)) => {
            // The prompt line was left unfinished: what follows starts on its own line.
            eprintln!();
            Ok(stopped(&err, &ctrl_c))
        }
        Err(Stop::Other(err)) => Err(err),
        Ok(outcome) if ctrl_c.hit() => Ok(if outcome == Outcome::Submitted { outcome } else { Outcome::Interrupted }),
        Ok(outcome) => Ok(outcome),
    }
}

enum Stop {
    Prompt(dialoguer::Error),
    Other(anyhow::Error),
}

impl From<dialoguer::Error> for Stop {
    fn from(err: dialoguer::Error) -> Self {
        Stop::Prompt(err)
    }
}

impl From<anyhow::Error> for Stop {
    fn from(err: anyhow::Error) -> Self {
        Stop::Other(err)
    }
}

impl From<io::Error> for Stop {
    fn from(err: io::Error) -> Self {
        Stop::Prompt(dialoguer::Error::IO(err))
    }
}

fn tty_loop(
    sheet: &mut Sheet,
    i18n: &Localizer,
    (start, intro): (usize, String),
    keeper: &mut dyn Keeper,
    term: &dialoguer::console::Term,
    ctrl_c: &CtrlC,
) -> Result<Outcome, Stop> {
    use dialoguer::{Confirm, Input};
    let n = sheet.len();
    let mut i = start.min(n.saturating_sub(1));
    let mut note = intro;
    let time_up = |keeper: &dyn Keeper| keeper.left().is_some_and(|l| l <= 0);
    loop {
        if ctrl_c.hit() {
            return Ok(Outcome::Interrupted);
        }
        if time_up(keeper) {
            eprintln!("{}", i18n.t("exam-time-up"));
            return Ok(Outcome::TimedOut);
        }
        term.clear_screen()?;
        let timer = keeper.left().map_or_else(
            || i18n.t("exam-no-timer"),
            |l| i18n.ta("exam-time-left", &crate::fargs!("time" => clock(Duration::from_secs(l.max(0) as u64)))),
        );
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
        eprintln!("{}", i18n.t(if keeper.can_leave() { "exam2-tty-help" } else { "exam-tty-help" }));
        if !note.is_empty() {
            eprintln!("{note}");
            note.clear();
        }
        let line: String = Input::new().with_prompt(">").allow_empty(true).interact_text_on(term)?;
        if time_up(keeper) {
            eprintln!("{}", i18n.t("exam-time-up"));
            return Ok(Outcome::TimedOut);
        }
        let line = line.trim();
        match line {
            "" | ":n" => i = (i + 1) % n,
            ":p" => i = (i + n - 1) % n,
            ":f" => {
                sheet.toggle_flag(i);
                keeper.changed(sheet, i)?;
            }
            ":m" => {
                eprintln!("{}", render_map(i18n, sheet));
                let _: String =
                    Input::new().with_prompt(i18n.t("exam-press-enter")).allow_empty(true).interact_text_on(term)?;
            }
            ":s" => {
                let prompt = i18n.ta(
                    "exam-confirm-submit",
                    &crate::fargs!("unanswered" => sheet.unanswered(), "flagged" => flagged),
                );
                if Confirm::new().with_prompt(prompt).default(false).interact_on(term)? {
                    return Ok(Outcome::Submitted);
                }
            }
            _ if keeper.can_leave() && super::is_quit(line) => return Ok(Outcome::Left),
            _ if line.starts_with(":g") => match line[2..].trim().parse::<usize>() {
                Ok(k) if (1..=n).contains(&k) => i = k - 1,
                _ => note = i18n.ta("exam-bad-jump", &crate::fargs!("total" => n)),
            },
            _ if line.starts_with(':') => {
                note = i18n.t(if keeper.can_leave() { "exam2-unknown-command" } else { "exam-unknown-command" });
            }
            _ => match sheet.items[i].parse_counted(line) {
                Ok(response) => {
                    sheet.set(i, Some(response));
                    keeper.changed(sheet, i)?;
                    if let Some(next) = sheet.next_unanswered(i) {
                        i = next;
                    } else {
                        let prompt =
                            i18n.ta("exam-confirm-submit", &crate::fargs!("unanswered" => 0, "flagged" => flagged));
                        if Confirm::new().with_prompt(prompt).default(true).interact_on(term)? {
                            return Ok(Outcome::Submitted);
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
    }
    out
}

/// Whether both stdin and stderr are terminals (the interactive front end needs both).
pub fn interactive() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Question, QuestionOption, Text};
    use crate::i18n::Lang;

    fn paper(choose: usize) -> Vec<PaperItem> {
        let opt = |en: &str, correct| QuestionOption { text: Text::new(en, en), correct, feedback: None, value: None };
        let q = Question {
            stem: Text::new("Pick", "고르세요"),
            choose,
            options: vec![opt("A", true), opt("B", choose > 1), opt("C", false), opt("D", false)],
            explanation: Text::new("why", "이유"),
            check: None,
        };
        (0..3).map(|i| PaperItem::from_question(&format!("q{i}"), &q, 1, false)).collect()
    }

    /// Records what was saved; its clock is a number the test sets.
    struct Log {
        saved: Vec<usize>,
        left: Option<i64>,
    }

    impl Keeper for Log {
        fn changed(&mut self, _: &Sheet, i: usize) -> anyhow::Result<()> {
            self.saved.push(i);
            Ok(())
        }
        fn left(&self) -> Option<i64> {
            self.left
        }
        fn can_leave(&self) -> bool {
            true
        }
    }

    fn sit(sheet: &mut Sheet, input: &str, keeper: &mut Log) -> anyhow::Result<Outcome> {
        let i18n = Localizer::new(Lang::En);
        sit_lines_with(sheet, &i18n, &mut input.as_bytes(), &mut Vec::new(), keeper)
    }

    #[test]
    fn each_answer_is_saved_and_quit_leaves_at_the_next_item() {
        let mut sheet = Sheet::new(paper(1));
        let mut log = Log { saved: Vec::new(), left: Some(60) };
        assert_eq!(sit(&mut sheet, "a\n:q\n", &mut log).unwrap(), Outcome::Left);
        assert_eq!(log.saved, vec![0]);
        // Resuming skips what is answered.
        assert_eq!(sit(&mut sheet, "b\nc\n", &mut log).unwrap(), Outcome::Submitted);
        assert_eq!(log.saved, vec![0, 1, 2]);
    }

    #[test]
    fn no_time_left_submits_without_reading() {
        let mut sheet = Sheet::new(paper(1));
        let mut log = Log { saved: Vec::new(), left: Some(0) };
        assert_eq!(sit(&mut sheet, "a\n", &mut log).unwrap(), Outcome::TimedOut);
        assert!(log.saved.is_empty() && sheet.answer(0).is_none());
    }

    #[test]
    fn wrong_counts_are_asked_again_and_three_bad_lines_stop() {
        let mut sheet = Sheet::new(paper(2));
        let mut log = Log { saved: Vec::new(), left: None };
        assert_eq!(sit(&mut sheet, "a\na,b\n:q\n", &mut log).unwrap(), Outcome::Left);
        assert_eq!(log.saved, vec![0]);
        let err = sit(&mut sheet, "a\nzz\n9\nc,d\n", &mut log).unwrap_err();
        assert!(err.downcast_ref::<Unreadable>().is_some(), "{err}");
        assert_eq!(log.saved, vec![0], "nothing graded from the bad lines");
    }
}
