//! The plain-line front end: one line answers the current prompt. Used whenever stdin or stderr
//! is not a terminal, and by the tests.

use std::io::{BufRead, Write};

use super::{Frontend, LeechChoice, Reply, is_quit, parse_leech_choice, parse_rating};
use crate::exercise::parse_response;
use crate::i18n::Localizer;
use crate::session::{Current, Input, parse_control, split_rating};
use crate::srs::Rating;

/// Reads answers line by line from `input`, writes prompts and feedback to `output`.
pub struct LineFrontend<'a, R, W> {
    input: R,
    output: W,
    i18n: &'a Localizer,
}

impl<'a, R: BufRead, W: Write> LineFrontend<'a, R, W> {
    /// A front end over a reader and a writer.
    pub fn new(input: R, output: W, i18n: &'a Localizer) -> Self {
        LineFrontend { input, output, i18n }
    }

    fn read_line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
    }
}

impl<R: BufRead, W: Write> Frontend for LineFrontend<'_, R, W> {
    fn ask(
        &mut self,
        current: &Current,
        header: &str,
        prompt: &str,
        back: Option<&str>,
        hint: &str,
        previews: &[(Rating, String)],
    ) -> std::io::Result<Reply> {
        writeln!(self.output, "\n{header}\n{prompt}")?;
        if let Some(back) = back {
            writeln!(self.output, "---\n{back}")?;
            writeln!(self.output, "{}", super::render::rating_menu(self.i18n, previews))?;
        }
        writeln!(self.output, "> {hint}")?;
        self.output.flush()?;
        // Three unreadable lines in a row end the session: a script that keeps sending the
        // same wrong thing (`yes 4`) must not get prompts forever.
        let mut unreadable = 0;
        let mut refuse = |this: &mut Self, text: String, line: &str| -> std::io::Result<()> {
            unreadable += 1;
            if unreadable >= super::sitting::MAX_UNREADABLE {
                let stop = this.i18n.ta(
                    "exam2-study-unreadable",
                    &crate::fargs!("count" => unreadable, "line" => line.trim().to_owned(), "reason" => text),
                );
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, stop));
            }
            writeln!(this.output, "{text}")?;
            this.output.flush()
        };
        loop {
            let Some(line) = self.read_line()? else {
                return Ok(Reply::Quit);
            };
            if is_quit(&line) {
                return Ok(Reply::Quit);
            }
            if line.trim().is_empty() {
                refuse(self, self.i18n.t("exam2-study-empty"), &line)?;
                continue;
            }
            if line.trim_start().starts_with(':') {
                if let Some(control) = parse_control(&line) {
                    return Ok(Reply::Control(control));
                }
                let text = self.i18n.ta("anki-unknown-command", &crate::fargs!("command" => line.trim().to_owned()));
                refuse(self, text, &line)?;
                continue;
            }
            let Some(kind) = current.view.answer_kind() else {
                if let Some(rating) = parse_rating(&line) {
                    return Ok(Reply::Answer(Input::Rating(rating)));
                }
                refuse(self, self.i18n.t("study-bad-rating"), &line)?;
                continue;
            };
            // `b :hard` answers and rates at once.
            let (answer, rating) = split_rating(&line);
            match parse_response(kind, answer) {
                Ok(response) => {
                    if let Err(msg) = super::check_picks(&current.view, &response) {
                        refuse(self, self.i18n.msg(&msg), &line)?;
                        continue;
                    }
                    return Ok(Reply::Answer(Input::Response { response, raw: answer.trim().to_owned(), rating }));
                }
                Err(msg) => refuse(self, self.i18n.msg(&msg), &line)?,
            }
        }
    }

    fn show(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.output, "{text}")?;
        self.output.flush()
    }

    fn leech(&mut self, offer: &str) -> std::io::Result<LeechChoice> {
        for _ in 0..super::sitting::MAX_UNREADABLE {
            writeln!(self.output, "{offer}\n> s / k / r")?;
            self.output.flush()?;
            // The end of input keeps the item: nothing was asked for.
            let Some(line) = self.read_line()? else { return Ok(LeechChoice::Keep) };
            if let Some(choice) = parse_leech_choice(&line) {
                return Ok(choice);
            }
            writeln!(
                self.output,
                "{}",
                self.i18n.ta("anki-leech-bad", &crate::fargs!("line" => line.trim().to_owned()))
            )?;
        }
        Ok(LeechChoice::Keep)
    }
}
