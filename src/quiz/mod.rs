//! Instructor quizzes: the file format, building a paper for a seed, and the exporters.

pub mod attempt;
pub mod export;
pub mod spec;

pub use spec::{Pool, Quiz};

use crate::content::Bank;
use crate::exam::PaperItem;

/// The paper of `quiz` for `seed`, item ids resolved and variants frozen.
pub fn paper(quiz: &Quiz, bank: &Bank, seed: u64) -> Result<Vec<PaperItem>, spec::PoolShort> {
    let ids = quiz.resolve(bank, seed)?;
    Ok(ids
        .iter()
        .filter_map(|id| bank.get(id))
        .filter_map(|item| PaperItem::build(item, seed, quiz.shuffle_options))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentSource, SourceFile, load, read_sources};

    #[test]
    fn shipped_quizzes_resolve_for_many_seeds_without_repeats() {
        let bank = load(&ContentSource::Embedded).unwrap();
        let files = read_sources(&ContentSource::Embedded).unwrap();
        let quizzes: Vec<_> = files.iter().filter(|f| f.path.starts_with("quizzes/")).collect();
        assert!(quizzes.len() >= 3);
        for file in quizzes {
            let mut out = Vec::new();
            let quiz = spec::check_file(file, &bank, &mut out).unwrap_or_else(|| panic!("{}: {out:?}", file.path));
            for seed in 0..200 {
                let ids = quiz.resolve(&bank, seed).unwrap_or_else(|s| panic!("{} seed {seed}: {s:?}", file.path));
                let mut unique = ids.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), ids.len());
                assert_eq!(paper(&quiz, &bank, seed).unwrap().len(), ids.len());
            }
            assert_eq!(quiz.resolve(&bank, 5), quiz.resolve(&bank, 5));
        }
    }

    #[test]
    fn quiz_problems_are_located() {
        let bank = load(&ContentSource::Embedded).unwrap();
        let text = "schema_version: 1\ntitle: {en: T, ko: T}\nseed: 1\npass_percent: 170\nitems: [vpc.q.service-definition]\npools:\n  - topic: vpc\n    tag: numbers\n    count: 1\n  - domain: clf-c02:3.9\n    count: 1\n  - topic: nope\n    count: 1\n";
        let file = SourceFile { path: "quizzes/q.yaml".into(), text: text.into() };
        let mut out = Vec::new();
        assert!(spec::check_file(&file, &bank, &mut out).is_none());
        let got: Vec<_> = out.iter().map(|d| (d.msg.id, d.line)).collect();
        assert_eq!(
            got,
            vec![
                ("quiz-err-pass", 4),
                ("quiz-err-selector", 7),
                ("quiz-err-domain", 10),
                ("content-err-unknown-topic", 12)
            ]
        );
        let file = SourceFile { path: "quizzes/q.yaml".into(), text: text.replace("pass_percent", "pass_pct") };
        let mut out = Vec::new();
        spec::check_file(&file, &bank, &mut out);
        assert_eq!((out[0].msg.id, out[0].line), ("content-err-unknown-field", 4));
    }
}
