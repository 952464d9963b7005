//! GIFT (Moodle's text format). `::title::[html]stem{ =right ~wrong#feedback ####general }`;
//! choose N uses partial-credit weights (`~%50%`, wrong `~%-100%`); numbers use `{#251}`.
//! Every text is HTML (`[html]`): `<`, `&` and `%` are entities, so neither markup in the text
//! nor a leading `%50%` changes the question; `--lang both` uses Moodle's multilang spans.

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
    for (n, item) in paper.flat_html().iter().enumerate() {
        let _ =
            write!(out, "::{}::[html]{}{{", escape(&format!("{:02} {}", n + 1, item.id)), escape(&item.stem.join("")));
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
            let _ = write!(out, "\n  ####{}", escape(&item.explanation.join("")));
        }
        out.push_str("\n}\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Question, QuestionOption, Text};
    use crate::exam::PaperItem;
    use crate::i18n::{Lang, Localizer};

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(escape("a~b=c#d{e}f:g\\h\ni"), "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
        let opt = |en: &str, correct| QuestionOption {
            text: Text::new(en, en),
            correct,
            feedback: Some(Text::new("x=#y", "x")),
            value: None,
        };
        let q = Question {
            stem: Text::new("Route 0.0.0.0/0 → igw: {which}?", "?"),
            choose: 2,
            options: vec![opt("a=b", true), opt("~c", false), opt("{d}", true), opt("%50% <env>.<id>", false)],
            explanation: Text::new("e:f", "e"),
            check: None,
        };
        let items = [PaperItem::from_question("odd.item", &q, 1, false)];
        let i18n = Localizer::new(Lang::En);
        let text = render(&super::super::Paper {
            i18n: &i18n,
            title: "T".into(),
            seed: 1,
            minutes: None,
            pass_percent: 70,
            items: &items,
        });
        assert!(text.contains("::01 odd.item::[html]Route 0.0.0.0/0 → igw\\: \\{which\\}?{"), "{text}");
        assert!(text.contains("~%-100%&\\#37;50&\\#37; &lt;env&gt;.&lt;id&gt;"), "{text}");
        assert!(text.contains("~%50%a\\=b#x\\=\\#y"), "{text}");
        assert!(text.contains("~%-100%\\~c"), "{text}");
        assert!(text.contains("~%50%\\{d\\}"), "{text}");
        assert!(text.contains("####e\\:f"), "{text}");
    }
}
