//! Exporters: the frozen paper (one seed) written as GIFT, Moodle XML, a QTI 2.1 package,
//! Markdown or CSV. Exercise variants become fixed questions; `--lang` picks the language and
//! `both` puts Korean and English together in each stem.

pub mod csv;
pub mod gift;
pub mod markdown;
pub mod moodle;
pub mod qti;

use std::fmt::Write as _;

use crate::exam::PaperItem;
use crate::exam::paper::{self, Key};
use crate::exercise::Expected;
use crate::i18n::Localizer;

/// What every exporter needs besides the items.
pub struct Paper<'a> {
    /// Localizer for the export's language(s).
    pub i18n: &'a Localizer,
    /// Quiz title in the chosen language(s), one line.
    pub title: String,
    /// The seed the paper was drawn with.
    pub seed: u64,
    /// Time limit, minutes.
    pub minutes: Option<u32>,
    /// The items, in order.
    pub items: &'a [PaperItem],
}

/// An item reduced to what formats carry.
pub struct Flat {
    /// Bank id.
    pub id: String,
    /// Stem lines (stem in one or two languages, then context lines).
    pub stem: Vec<String>,
    /// The answer shape.
    pub answer: FlatAnswer,
    /// The explanation, lines.
    pub explanation: Vec<String>,
}

/// Answer shapes the formats know.
pub enum FlatAnswer {
    /// Options with their correctness and feedback; `choose` right ones.
    Choice {
        /// `(text, correct, feedback)` in shown order.
        options: Vec<(String, bool, Option<String>)>,
        /// How many are right.
        choose: usize,
    },
    /// A whole number.
    Number(i64),
    /// Accepted texts.
    Text(Vec<String>),
}

impl Paper<'_> {
    /// Every item flattened in the export language.
    pub fn flat(&self) -> Vec<Flat> {
        let i18n = self.i18n;
        self.items
            .iter()
            .map(|item| {
                let mut stem: Vec<String> = i18n.text(&item.stem).lines().map(str::to_owned).collect();
                stem.extend(
                    item.context.iter().flat_map(|m| i18n.teach(m).lines().map(str::to_owned).collect::<Vec<_>>()),
                );
                let answer = match &item.key {
                    Key::Choice { options, correct } => FlatAnswer::Choice {
                        options: options
                            .iter()
                            .map(|o| {
                                (
                                    paper::option_inline(i18n, &o.text),
                                    o.correct,
                                    o.note.as_ref().map(|n| paper::note_inline(i18n, n)),
                                )
                            })
                            .collect(),
                        choose: correct.len(),
                    },
                    Key::Typed(Expected::Number { value, .. }) => FlatAnswer::Number(*value),
                    Key::Typed(Expected::Text { accepted, .. }) => FlatAnswer::Text(accepted.clone()),
                    Key::Typed(Expected::Choice { .. }) => FlatAnswer::Text(vec![item.key_line()]),
                };
                let explanation = paper::explanation_lines(i18n, &item.explanation)
                    .iter()
                    .flat_map(|l| l.lines().map(str::to_owned).collect::<Vec<_>>())
                    .collect();
                Flat { id: item.id.clone(), stem, answer, explanation }
            })
            .collect()
    }
}

/// Escapes text for XML content and attribute values.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab/newline are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines as HTML paragraphs (escaped for HTML; escape again with [`xml`] to embed in XML).
pub fn html_paragraphs(lines: &[String]) -> String {
    lines.iter().fold(String::new(), |mut out, l| {
        let _ = write!(out, "<p>{}</p>", xml(l));
        out
    })
}

/// A choose-N weight as a percent for one right option: 100/N, up to five decimals.
pub fn share(n: usize) -> String {
    let value = 100.0 / n.max(1) as f64;
    let text = format!("{value:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_shares() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(share(1), "100");
        assert_eq!(share(2), "50");
        assert_eq!(share(3), "33.33333");
    }
}
