//! The terminal front end: dialoguer prompts on stderr, content on stdout.

use dialoguer::Input as TextInput;

use super::choice;

use super::{Frontend, Reply};
use crate::exercise::{AnswerKind, parse_response};
use crate::i18n::Localizer;
use crate::session::{Current, Input};
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
            let choice = choice::choose(&term, &menu)?.and_then(|p| p.first().copied());
            return Ok(match choice {
                Some(i) => Reply::Answer(Input::Rating(Rating::ALL[i])),
                None => Reply::Quit,
            });
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
                        match choice::choose(&term, &menu)? {
                            Some(p) if p.len() != n => {
                                eprintln!(
                                    "{}",
                                    self.i18n.ta("exam2-wrong-count", &crate::fargs!("n" => n, "picked" => p.len()))
                                );
                                // Asked again with the same ticks, so one more tick fixes it.
                                ticked = (0..letters.len()).map(|i| p.contains(&i)).collect();
                            }
                            other => break other,
                        }
                    }
                } else {
                    let prompt = self.i18n.ta(
                        "exam2-tty-single",
                        &crate::fargs!("last" => letters.last().cloned().unwrap_or_default(), "count" => letters.len()),
                    );
                    choice::choose(
                        &term,
                        &choice::Menu {
                            prompt: &prompt,
                            labels: &letters,
                            many: false,
                            ticked: &[],
                            cursor: 0,
                            letters: true,
                        },
                    )?
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
                match parse_response(kind, &line) {
                    Ok(response) => {
                        return Ok(Reply::Answer(Input::Response {
                            response,
                            raw: line.trim().to_owned(),
                            rating: None,
                        }));
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
}
