//! Full-text search over the bank's own words (never its field names): ids, and the stem, options,
//! feedback, card sides, prompts and explanations in the languages asked for.

use super::{Body, Item, Text};
use crate::i18n::{Lang, Locale};

/// One field of an item where every searched word was found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// `stem`, `option-b`, `feedback-b`, `front`, `back`, `prompt`, `explanation` or `id`.
    pub field: String,
    /// `en` or `ko` (`id` hits carry none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'static str>,
    /// The field's text around the first word, at most [`SNIPPET_CHARS`] characters.
    pub snippet: String,
    /// Where each word starts and ends in `snippet`, as character offsets.
    pub marks: Vec<(usize, usize)>,
}

/// Characters of context shown around a hit.
pub const SNIPPET_CHARS: usize = 100;

/// The text fields of an item, named as in the bank's YAML.
pub fn fields(item: &Item) -> Vec<(String, &Text)> {
    let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
    match &item.body {
        Body::Card { front, back } => vec![("front".into(), front), ("back".into(), back)],
        Body::Question(q) => {
            let mut out = vec![("stem".to_owned(), &q.stem)];
            for (n, option) in q.options.iter().enumerate() {
                out.push((format!("option-{}", letter(n)), &option.text));
                if let Some(feedback) = &option.feedback {
                    out.push((format!("feedback-{}", letter(n)), feedback));
                }
            }
            out.push(("explanation".into(), &q.explanation));
            out
        }
        Body::Exercise(e) => vec![("prompt".into(), &e.prompt)],
    }
}

/// The fields of `item` that contain every word (case-insensitive, at the start of a word), in the
/// languages of `lang`.
/// An item matches when this is not empty; words may also match the id.
pub fn search(item: &Item, words: &[String], lang: Lang) -> Vec<Hit> {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let locales: &[Locale] = match lang {
        Lang::En => &[Locale::En],
        Lang::Ko => &[Locale::Ko],
        Lang::Both => &[Locale::Ko, Locale::En],
    };
    let mut hits = Vec::new();
    if let Some(hit) = hit_in("id", None, &item.id, &words) {
        hits.push(hit);
    }
    for (field, text) in fields(item) {
        for &locale in locales {
            let body = match locale {
                Locale::En => &text.en,
                Locale::Ko => &text.ko,
            };
            if let Some(hit) = hit_in(&field, Some(locale.code()), body, &words) {
                hits.push(hit);
            }
        }
    }
    hits
}

fn hit_in(field: &str, lang: Option<&'static str>, text: &str, words: &[String]) -> Option<Hit> {
    // Search char by char so offsets stay valid whatever lowercasing does to byte lengths.
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
    let mut found = Vec::new();
    for word in words {
        let needle: Vec<char> = word.chars().collect();
        let start = find_word_start(&lower, &needle)?;
        found.push((start, start + needle.len()));
    }
    let first = found.iter().map(|&(s, _)| s).min().unwrap_or(0);
    let from = first.saturating_sub(SNIPPET_CHARS / 3);
    let to = (from + SNIPPET_CHARS).min(chars.len());
    let from = to.saturating_sub(SNIPPET_CHARS).min(from);
    let snippet: String = chars[from..to].iter().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    // Marks are recomputed on the snippet, whose whitespace was folded.
    let snippet_lower: Vec<char> = snippet.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect();
    let marks: Vec<(usize, usize)> = words
        .iter()
        .filter_map(|word| {
            let needle: Vec<char> = word.chars().collect();
            let start = find_word_start(&snippet_lower, &needle)?;
            Some((start, start + needle.len()))
        })
        .collect();
    let ellipsis_before = if from > 0 { "…" } else { "" };
    let ellipsis_after = if to < chars.len() { "…" } else { "" };
    let shift = usize::from(from > 0);
    let marks = marks.into_iter().map(|(s, e): (usize, usize)| (s + shift, e + shift)).collect();
    Some(Hit { field: field.to_owned(), lang, snippet: format!("{ellipsis_before}{snippet}{ellipsis_after}"), marks })
}

/// The first place `needle` starts a word of `hay` (a word starts after anything that is not a
/// letter or digit), so `en` finds "enable" but not "when".
fn find_word_start(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&i| (i == 0 || !hay[i - 1].is_alphanumeric()) && hay[i..i + needle.len()] == *needle)
}

/// The snippet with each marked run wrapped in `open`/`close` (overlapping marks merge).
pub fn marked(hit: &Hit, open: &str, close: &str) -> String {
    let chars: Vec<char> = hit.snippet.chars().collect();
    let mut inside = vec![false; chars.len()];
    for &(start, end) in &hit.marks {
        for flag in inside.iter_mut().take(end.min(chars.len())).skip(start) {
            *flag = true;
        }
    }
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        let before = i > 0 && inside[i - 1];
        if inside[i] && !before {
            out.push_str(open);
        }
        if !inside[i] && before {
            out.push_str(close);
        }
        out.push(*c);
    }
    if inside.last() == Some(&true) {
        out.push_str(close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(front_en: &str, back_ko: &str) -> Item {
        Item {
            id: "vpc.card.nat".into(),
            topic: "vpc".into(),
            domains: Vec::new(),
            syllabus: Vec::new(),
            reference: String::new(),
            tags: Vec::new(),
            body: Body::Card {
                front: Text { en: front_en.into(), ko: "앞면".into() },
                back: Text { en: "Reverse side".into(), ko: back_ko.into() },
            },
            origin: super::super::Origin::default(),
        }
    }

    #[test]
    fn field_names_and_language_codes_never_match() {
        let item = card("What does a NAT gateway do?", "프라이빗 서브넷의 아웃바운드 연결");
        for word in ["en", "ko", "front", "back", "kind", "card", "feedback"] {
            let hits = search(&item, &[word.to_owned()], Lang::Both);
            assert!(hits.iter().all(|h| h.field == "id" || !h.snippet.is_empty()), "{word}: {hits:?}");
            assert!(hits.iter().all(|h| h.field == "id"), "{word} matched text: {hits:?}");
        }
    }

    #[test]
    fn all_words_must_be_in_one_field_and_the_hit_is_marked() {
        let item = card("What does a NAT gateway do?", "프라이빗 서브넷의 아웃바운드 연결");
        let hits = search(&item, &["nat".into(), "GATEWAY".into()], Lang::En);
        assert_eq!(hits.len(), 1);
        assert_eq!(marked(&hits[0], "[", "]"), "What does a [NAT] [gateway] do?");
        assert!(search(&item, &["nat".into(), "back".into()], Lang::En).is_empty());
        let ko = search(&item, &["서브넷".into()], Lang::Ko);
        assert_eq!((ko[0].field.as_str(), ko[0].lang), ("back", Some("ko")));
        assert!(search(&item, &["서브넷".into()], Lang::En).is_empty());
        assert!(search(&item, &["ateway".into()], Lang::En).is_empty(), "matches start at a word");
    }

    #[test]
    fn long_text_is_cut_around_the_hit() {
        let long = format!("{} needle {}", "word ".repeat(80), "tail ".repeat(80));
        let item = card(&long, "x");
        let hit = &search(&item, &["needle".into()], Lang::En)[0];
        assert!(hit.snippet.starts_with('…') && hit.snippet.ends_with('…'), "{}", hit.snippet);
        assert!(marked(hit, "[", "]").contains("[needle]"));
        assert!(hit.snippet.chars().count() <= SNIPPET_CHARS + 2);
    }
}
