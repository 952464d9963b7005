//! Moodle XML. Single answer: `<single>true</single>`; choose N: `<single>false</single>` with a
//! fraction of 100/N on each right option and -100 on each wrong one (Moodle's core multichoice
//! grades partially; the negative fractions make a wrong pick cost what a right one earns).
//! Numbers are `numerical` questions with tolerance 0; texts are `shortanswer`. `--lang both`
//! writes Moodle's multilang spans (the core "Multi-language content" filter shows one).

use std::fmt::Write as _;

use super::{FlatAnswer, Paper, share, xml};

/// HTML fragments (from [`Paper::flat_html`]) as one paragraph each.
fn paragraphs(html: &[String]) -> String {
    html.iter().fold(String::new(), |mut out, h| {
        let _ = write!(out, "<p>{h}</p>");
        out
    })
}

fn text_el(out: &mut String, tag: &str, html: &str) {
    let _ = writeln!(out, "    <{tag} format=\"html\"><text>{}</text></{tag}>", xml(html));
}

/// The whole paper as a Moodle XML `<quiz>`.
pub fn render(paper: &Paper<'_>) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    let _ = writeln!(out, "  <!-- awsdrill seed {} -->", paper.seed);
    let _ = writeln!(
        out,
        "  <question type=\"category\"><category><text>$course$/awsdrill/{}</text></category></question>",
        xml(&paper.title.replace('/', "-"))
    );
    for (n, item) in paper.flat_html().iter().enumerate() {
        let kind = match item.answer {
            FlatAnswer::Choice { .. } => "multichoice",
            FlatAnswer::Number(_) => "numerical",
            FlatAnswer::Text(_) => "shortanswer",
        };
        let _ = writeln!(out, "  <question type=\"{kind}\">");
        let _ = writeln!(out, "    <name><text>{}</text></name>", xml(&format!("{:02} {}", n + 1, item.id)));
        text_el(&mut out, "questiontext", &paragraphs(&item.stem));
        text_el(&mut out, "generalfeedback", &paragraphs(&item.explanation));
        out.push_str("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n");
        match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                let _ = writeln!(out, "    <single>{}</single>", *choose == 1);
                // The seeded order is the keyed order: letters in the key must stay valid.
                out.push_str("    <shuffleanswers>0</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
                for (text, correct, note) in options {
                    let fraction = match (*choose, *correct) {
                        (_, true) => share(*choose),
                        (1, false) => "0".to_owned(),
                        (_, false) => "-100".to_owned(),
                    };
                    let _ = writeln!(out, "    <answer fraction=\"{fraction}\" format=\"html\">");
                    let _ = writeln!(out, "      <text>{}</text>", xml(&paragraphs(std::slice::from_ref(text))));
                    if let Some(note) = note {
                        let _ = writeln!(
                            out,
                            "      <feedback format=\"html\"><text>{}</text></feedback>",
                            xml(&paragraphs(std::slice::from_ref(note)))
                        );
                    }
                    out.push_str("    </answer>\n");
                }
            }
            FlatAnswer::Number(value) => {
                let _ =
                    writeln!(out, "    <answer fraction=\"100\"><text>{value}</text><tolerance>0</tolerance></answer>");
            }
            FlatAnswer::Text(accepted) => {
                out.push_str("    <usecase>0</usecase>\n");
                for a in accepted {
                    let _ = writeln!(out, "    <answer fraction=\"100\"><text>{}</text></answer>", xml(a));
                }
            }
        }
        out.push_str("  </question>\n");
    }
    out.push_str("</quiz>\n");
    out
}
