//! CSV (RFC 4180, CRLF rows): one row per item, options in columns a–f, the answer as `b`,
//! `a;c` or `251`. `--excel` starts the file with a UTF-8 byte order mark: without it Excel reads
//! the file in the system's legacy code page and Korean comes out garbled.

use super::{FlatAnswer, Paper};
use crate::exam::paper::letter;

/// Quotes a field when it holds a comma, quote or line break.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_owned() }
}

/// The whole paper as CSV with a header row; `excel` adds the byte order mark.
pub fn render(paper: &Paper<'_>, excel: bool) -> String {
    let mut out = String::from(if excel { "\u{feff}" } else { "" });
    out.push_str("number,id,type,choose,question,a,b,c,d,e,f,answer,explanation\r\n");
    for (n, item) in paper.flat().iter().enumerate() {
        let mut row = vec![(n + 1).to_string(), item.id.clone()];
        let mut opts = vec![String::new(); 6];
        let (kind, choose, answer) = match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                for (i, o) in options.iter().enumerate().take(6) {
                    opts[i].clone_from(&o.0);
                }
                let key = options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.1)
                    .map(|(i, _)| letter(i))
                    .collect::<Vec<_>>()
                    .join(";");
                (if *choose > 1 { "multiple" } else { "single" }, choose.to_string(), key)
            }
            FlatAnswer::Number(v) => ("number", String::new(), v.to_string()),
            FlatAnswer::Text(a) => ("text", String::new(), a.join(";")),
        };
        row.extend([kind.to_owned(), choose, item.stem.join("\n")]);
        row.extend(opts);
        row.extend([answer, item.explanation.join("\n")]);
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
