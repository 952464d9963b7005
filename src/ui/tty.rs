//! The terminal front end: dialoguer prompts on stderr, content on stdout.

use dialoguer::Input as TextInput;

use super::choice;

use super::{Frontend, LeechChoice, Reply};
use crate::exercise::{AnswerKind, parse_response};
use crate::i18n::Localizer;
use crate::session::{Control, Current, Input, parse_control};
use crate::srs::Rating;

/// Interactive prompts.
pub struct TtyFrontend<'a> {
    i18n: &'a Localizer,
}

impl<'a> TtyFrontend<'a> {
    /// A terminal front end.
    pub fn new(i18n: &'a Localizer) -> Self {
        TtyFrontend { i18n }
    }
}

fn io(err: dialoguer::Error) -> std::io::Error {
    match err {
        dialoguer::Error::IO(e) => e,
    }
}

impl Frontend for TtyFrontend<'_> {
    fn ask(
        &mut self,
        current: &Current,
        header: &str,
        prompt: &str,
        back: Option<&str>,
        hint: &str,
        previews: &[(Rating, String)],
    ) -> std::io::Result<Reply> {
        println!("\n{header}\n{prompt}");
        if let Some(back) = back {
            let reveal: String = TextInput::new()
                .with_prompt(self.i18n.t("study-press-enter"))
                .allow_empty(true)
                .interact_text()
                .map_err(io)?;
            if super::is_quit(&reveal) {
                return Ok(Reply::Quit);
            }
            if reveal.trim_start().starts_with(':') {
                if let Some(control) = self.parse_typed(&reveal) {
                    return Ok(Reply::Control(control));
                }
                return self.ask(current, header, prompt, Some(back), hint, previews);
            }
            println!("---\n{back}");
            let items: Vec<String> = previews
                .iter()
                .map(|(r, when)| format!("{} {} ({when})", r.value(), super::render::rating_name(self.i18n, *r)))
                .collect();
            // Digits 1–4 rate directly, as on the line front end.
            let prompt = self.i18n.t("study-rate");
            let term = dialoguer::console::Term::stderr();
            let menu =
                choice::Menu { prompt: &prompt, labels: &items, many: false, ticked: &[], cursor: 2, letters: false };
            loop {
                match choice::choose_or_command(&term, &menu)? {
                    choice::Picked::Options(p) => {
                        return Ok(p.first().map_or(Reply::Quit, |&i| Reply::Answer(Input::Rating(Rating::ALL[i]))));
                    }
                    choice::Picked::Command => {
                        if let Some(control) = self.command_line()? {
                            return Ok(Reply::Control(control));
                        }
                    }
                    choice::Picked::Escape => return Ok(Reply::Quit),
                }
            }
        }
        let Some(kind) = current.view.answer_kind() else {
            return Ok(Reply::Quit);
        };
        match kind {
            AnswerKind::Choice { options } => {
                let letters: Vec<String> = (0..options).map(|p| super::render::letter(p).to_string()).collect();
                let term = dialoguer::console::Term::stderr();
                let many = matches!(&current.view, crate::session::View::Question { choose, .. } if *choose > 1)
                    || matches!(&current.view, crate::session::View::Exercise { variant, .. }
                        if matches!(&variant.expected, crate::exercise::Expected::Choice { correct, .. } if correct.len() > 1));
                let picked: Option<Vec<usize>> = if many {
                    // The widget's own keys, not the typed form: Space ticks, Enter submits; a
                    // wrong number of ticks is asked again, never graded.
                    let n = super::picks_needed(&current.view).unwrap_or(1);
                    let prompt = self.i18n.ta("exam2-tty-multi", &crate::fargs!("n" => n));
                    let mut ticked = vec![false; letters.len()];
                    loop {
                        let menu = choice::Menu {
                            prompt: &prompt,
                            labels: &letters,
                            many: true,
                            ticked: &ticked,
                            cursor: 0,
                            letters: true,
                        };
                        match choice::choose_or_command(&term, &menu)? {
                            choice::Picked::Command => {
                                if let Some(control) = self.command_line()? {
                                    return Ok(Reply::Control(control));
                                }
                            }
                            choice::Picked::Escape => break None,
                            choice::Picked::Options(p) if p.len() != n => {
                                eprintln!(
                                    "{}",
                                    self.i18n.ta("exam2-wrong-count", &crate::fargs!("n" => n, "picked" => p.len()))
                                );
                                // Asked again with the same ticks, so one more tick fixes it.
                                ticked = (0..letters.len()).map(|i| p.contains(&i)).collect();
                            }
                            choice::Picked::Options(p) => break Some(p),
                        }
                    }
                } else {
                    let prompt = self.i18n.ta(
                        "exam2-tty-single",
                        &crate::fargs!("last" => letters.last().cloned().unwrap_or_default(), "count" => letters.len()),
                    );
                    let menu = choice::Menu {
                        prompt: &prompt,
                        labels: &letters,
                        many: false,
                        ticked: &[],
                        cursor: 0,
                        letters: true,
                    };
                    loop {
                        match choice::choose_or_command(&term, &menu)? {
                            choice::Picked::Options(p) => break Some(p),
                            choice::Picked::Escape => break None,
                            choice::Picked::Command => {
                                if let Some(control) = self.command_line()? {
                                    return Ok(Reply::Control(control));
                                }
                            }
                        }
                    }
                };
                Ok(match picked {
                    Some(p) => {
                        let raw = p.iter().map(|&i| super::render::letter(i).to_string()).collect::<Vec<_>>().join(",");
                        Reply::Answer(Input::Response {
                            response: crate::exercise::Response::Choices(p),
                            raw,
                            rating: None,
                        })
                    }
                    None => Reply::Quit,
                })
            }
            AnswerKind::Number | AnswerKind::Text => loop {
                let line: String = TextInput::new().with_prompt(hint).interact_text().map_err(io)?;
                if super::is_quit(&line) {
                    return Ok(Reply::Quit);
                }
                if line.trim_start().starts_with(':') {
                    if let Some(control) = self.parse_typed(&line) {
                        return Ok(Reply::Control(control));
                    }
                    continue;
                }
                let (answer, rating) = crate::session::split_rating(&line);
                match parse_response(kind, answer) {
                    Ok(response) => {
                        return Ok(Reply::Answer(Input::Response { response, raw: answer.trim().to_owned(), rating }));
                    }
                    Err(msg) => eprintln!("{}", self.i18n.msg(&msg)),
                }
            },
        }
    }

    fn show(&mut self, text: &str) -> std::io::Result<()> {
        println!("{text}");
        Ok(())
    }

    fn leech(&mut self, offer: &str) -> std::io::Result<LeechChoice> {
        let labels =
            [self.i18n.t("anki-leech-suspend"), self.i18n.t("anki-leech-keep"), self.i18n.t("anki-leech-reference")];
        let term = dialoguer::console::Term::stderr();
        let menu = choice::Menu { prompt: offer, labels: &labels, many: false, ticked: &[], cursor: 1, letters: false };
        Ok(match choice::choose(&term, &menu)?.and_then(|p| p.first().copied()) {
            Some(0) => LeechChoice::Suspend,
            Some(2) => LeechChoice::Reference,
            _ => LeechChoice::Keep,
        })
    }
}

impl TtyFrontend<'_> {
    /// Reads a command after `:` was pressed in a menu; `None` (after saying why) when it is not one.
    fn command_line(&self) -> std::io::Result<Option<Control>> {
        let line: String = TextInput::new()
            .with_prompt(self.i18n.t("anki-tty-command"))
            .allow_empty(true)
            .interact_text()
            .map_err(io)?;
        Ok(self.parse_typed(&format!(":{}", line.trim_start_matches(':'))))
    }

    fn parse_typed(&self, line: &str) -> Option<Control> {
        let control = parse_control(line);
        if control.is_none() {
            eprintln!("{}", self.i18n.ta("anki-unknown-command", &crate::fargs!("command" => line.trim().to_owned())));
        }
        control
    }
}
