//! Markdown for handouts and answer sheets: a `###` stem, `- [x]` / `- [ ]` options (right ones
//! ticked), the answer line and the explanation as a quote, one paragraph per line. `--student`
//! leaves every box empty and writes neither answers nor explanations.

use std::fmt::Write as _;

use super::{FlatAnswer, Paper};
use crate::exam::paper::letter;

fn md(text: &str) -> String {
    // Keep authored text literal: a leading marker or HTML must not change the structure.
    text.replace('\\', "\\\\").replace('<', "&lt;").replace('*', "\\*").replace('_', "\\_").replace('`', "\\`")
}

/// The whole paper as Markdown; `student` hides the key.
pub fn render(paper: &Paper<'_>, student: bool) -> String {
    let i18n = paper.i18n;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&paper.title));
    let _ = writeln!(out, "seed: {}", paper.seed);
    if let Some(m) = paper.minutes {
        let _ = writeln!(out, "\n{}", i18n.ta("quiz-md-minutes", &crate::fargs!("minutes" => m)));
    }
    for (n, item) in paper.flat().iter().enumerate() {
        let _ = writeln!(out, "\n### {}. {}", n + 1, md(&item.stem[0]));
        for line in &item.stem[1..] {
            let _ = writeln!(out, "\n{}", md(line));
        }
        out.push('\n');
        let answer = match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                if *choose > 1 {
                    let _ = writeln!(out, "*{}*\n", i18n.ta("quiz-md-choose", &crate::fargs!("n" => *choose)));
                }
                for (i, (text, correct, _)) in options.iter().enumerate() {
                    let tick = if *correct && !student { 'x' } else { ' ' };
                    let _ = writeln!(out, "- [{tick}] {}) {}", letter(i), md(text));
                }
                options.iter().enumerate().filter(|(_, o)| o.1).map(|(i, _)| letter(i)).collect::<Vec<_>>().join(", ")
            }
            FlatAnswer::Number(v) => v.to_string(),
            FlatAnswer::Text(a) => a.first().cloned().unwrap_or_default(),
        };
        if student {
            if !matches!(item.answer, FlatAnswer::Choice { .. }) {
                let _ = writeln!(out, "**{}** ____________", i18n.t("quiz-md-answer"));
            }
        } else {
            let _ = writeln!(out, "\n**{}** {}", i18n.t("quiz-md-answer"), md(&answer));
            if !item.explanation.is_empty() {
                out.push('\n');
                // A bare `>` between lines keeps each line its own paragraph inside the quote.
                let quoted: Vec<String> = item.explanation.iter().map(|l| format!("> {}", md(l))).collect();
                let _ = writeln!(out, "{}", quoted.join("\n>\n"));
            }
        }
        let _ = writeln!(out, "\n<!-- {} -->", item.id.replace("--", "-"));
    }
    out
}
