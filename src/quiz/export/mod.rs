//! Exporters: the frozen paper (one seed) written as GIFT, Moodle XML, a QTI 2.1 package,
//! Markdown, CSV or a Kahoot spreadsheet. Exercise variants become fixed questions; `--lang`
//! picks the language; `both` puts Korean and English together in plain formats and uses
//! Moodle's multilang spans in the HTML ones (GIFT, Moodle XML), so each learner sees one.

pub mod csv;
pub mod gift;
pub mod kahoot;
pub mod markdown;
pub mod moodle;
pub mod qti;

use crate::exam::PaperItem;
use crate::exam::paper::{self, Key};
use crate::exercise::Expected;
use crate::i18n::{Lang, Localizer};

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
    /// Pass mark, percent of the items.
    pub pass_percent: u32,
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
        self.flat_with(self.i18n)
    }

    /// Every item with its texts as HTML fragments (escaped; lines joined by `<br>`; `%` as
    /// `&#37;` so no text can read as a GIFT weight). With `--lang both` each text holds
    /// Moodle's multilang spans, Korean first: `<span lang="ko" class="multilang">…</span>`.
    /// Accepted typed answers stay plain text (LMSs compare them literally).
    pub fn flat_html(&self) -> Vec<Flat> {
        if self.i18n.lang() != Lang::Both {
            return self.flat().into_iter().map(|f| f.map_html(html)).collect();
        }
        let ko = self.flat_with(&Localizer::new(Lang::Ko));
        let en = self.flat_with(&Localizer::new(Lang::En));
        ko.into_iter().zip(en).map(|(k, e)| k.merge_html(e)).collect()
    }

    fn flat_with(&self, i18n: &Localizer) -> Vec<Flat> {
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

impl Flat {
    fn map_html(self, f: impl Fn(&str) -> String) -> Flat {
        let join = |lines: &[String]| if lines.is_empty() { Vec::new() } else { vec![f(&lines.join("\n"))] };
        let answer = match self.answer {
            FlatAnswer::Choice { options, choose } => FlatAnswer::Choice {
                options: options.into_iter().map(|(t, c, n)| (f(&t), c, n.map(|n| f(&n)))).collect(),
                choose,
            },
            other => other,
        };
        Flat { stem: join(&self.stem), explanation: join(&self.explanation), answer, id: self.id }
    }

    /// `self` (Korean) and `en` (the same item in English) as multilang HTML.
    fn merge_html(self, en: Flat) -> Flat {
        let ml = |ko: &str, en: &str| {
            format!(
                "<span lang=\"ko\" class=\"multilang\">{}</span><span lang=\"en\" class=\"multilang\">{}</span>",
                html(ko),
                html(en)
            )
        };
        let join = |ko: &[String], en: &[String]| {
            if ko.is_empty() && en.is_empty() { Vec::new() } else { vec![ml(&ko.join("\n"), &en.join("\n"))] }
        };
        let answer = match (self.answer, en.answer) {
            (FlatAnswer::Choice { options, choose }, FlatAnswer::Choice { options: en_opts, .. }) => {
                FlatAnswer::Choice {
                    options: options
                        .into_iter()
                        .zip(en_opts)
                        .map(|((kt, c, kn), (et, _, en_note))| {
                            let note = match (kn, en_note) {
                                (Some(k), Some(e)) => Some(ml(&k, &e)),
                                (k, e) => k.or(e).map(|n| html(&n)),
                            };
                            (ml(&kt, &et), c, note)
                        })
                        .collect(),
                    choose,
                }
            }
            (FlatAnswer::Text(mut ko), FlatAnswer::Text(en)) => {
                for a in en {
                    if !ko.contains(&a) {
                        ko.push(a);
                    }
                }
                FlatAnswer::Text(ko)
            }
            (ko, _) => ko,
        };
        Flat {
            stem: join(&self.stem, &en.stem),
            explanation: join(&self.explanation, &en.explanation),
            answer,
            id: self.id,
        }
    }
}

/// Plain text as an HTML fragment: escaped, line breaks as `<br>`, `%` as `&#37;`.
pub fn html(text: &str) -> String {
    xml(text).replace('%', "&#37;").replace("\r\n", "\n").replace('\n', "<br>")
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
        assert_eq!(html("%50% <env>\nx"), "&#37;50&#37; &lt;env&gt;<br>x");
        assert_eq!(share(1), "100");
        assert_eq!(share(2), "50");
        assert_eq!(share(3), "33.33333");
    }
}
