//! GIFT (Moodle's text format). `::title::stem{ =right ~wrong#feedback ####general }`; choose N
//! uses partial-credit weights (`~%50%`, wrong `~%-100%`); numbers use `{#251}`.

use std::fmt::Write as _;

use super::{FlatAnswer, Paper, share};

/// Escapes GIFT's special characters `~ = # { } :` (and the backslash); a newline becomes `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole paper as GIFT.
pub fn render(paper: &Paper<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {}", paper.title.replace('\n', " "));
    let _ = writeln!(out, "// awsdrill seed {}\n", paper.seed);
    for (n, item) in paper.flat().iter().enumerate() {
        let _ = write!(out, "::{}::{}{{", escape(&format!("{:02} {}", n + 1, item.id)), escape(&item.stem.join("\n")));
        match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                for (text, correct, note) in options {
                    let mark = match (*choose, *correct) {
                        (1, true) => "=".to_owned(),
                        (1, false) => "~".to_owned(),
                        (_, true) => format!("~%{}%", share(*choose)),
                        (_, false) => "~%-100%".to_owned(),
                    };
                    let _ = write!(out, "\n  {mark}{}", escape(text));
                    if let Some(note) = note {
                        let _ = write!(out, "#{}", escape(note));
                    }
                }
            }
            FlatAnswer::Number(value) => {
                let _ = write!(out, "#{value}");
            }
            FlatAnswer::Text(accepted) => {
                for a in accepted {
                    let _ = write!(out, "\n  ={}", escape(a));
                }
            }
        }
        if !item.explanation.is_empty() {
            let _ = write!(out, "\n  ####{}", escape(&item.explanation.join("\n")));
        }
        out.push_str("\n}\n\n");
    }
    out
}
