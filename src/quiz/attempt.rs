//! What a quiz sitting leaves behind: the content hash of the paper's items (so a regrade knows
//! whether the bank changed) and the per-domain scores.

use std::collections::BTreeMap;

use crate::content::Item;
use crate::store::{QuizAttemptDomain, QuizAttemptItem};

/// A stable 64-bit FNV-1a hash of the drawn items' content (their canonical JSON), in hex. Not a
/// security hash: it only has to notice that an item's text, options or key changed.
pub fn content_hash(items: &[&Item]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for item in items {
        let json = serde_json::to_string(item).unwrap_or_default();
        for byte in json.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The exam domains (`saa-c03:1`) of an item, each once, sorted.
pub fn item_domains(item: &Item) -> Vec<String> {
    let mut out: Vec<String> = item.domains.iter().map(|d| format!("{}:{}", d.exam.code(), d.domain)).collect();
    out.sort();
    out.dedup();
    out
}

/// Per-domain totals over the graded items, domains sorted.
pub fn domain_scores(items: &[QuizAttemptItem]) -> Vec<QuizAttemptDomain> {
    let mut by: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for item in items {
        for domain in &item.domains {
            let entry = by.entry(domain).or_default();
            entry.0 += 1;
            entry.1 += usize::from(item.correct);
        }
    }
    by.into_iter()
        .map(|(domain, (total, correct))| QuizAttemptDomain { domain: domain.to_owned(), total, correct })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentSource, load};

    #[test]
    fn the_hash_changes_with_any_item_text_and_not_otherwise() {
        let bank = load(&ContentSource::Embedded).unwrap();
        let a = &bank.items[0];
        let b = &bank.items[1];
        assert_eq!(content_hash(&[a, b]), content_hash(&[a, b]));
        assert_ne!(content_hash(&[a, b]), content_hash(&[b, a]));
        let mut changed = a.clone();
        changed.reference.push('x');
        assert_ne!(content_hash(&[a]), content_hash(&[&changed]));
    }

    #[test]
    fn domains_are_scored_per_item() {
        let item = |correct, domains: &[&str]| QuizAttemptItem {
            id: "x".into(),
            answer: None,
            correct,
            domains: domains.iter().map(|d| (*d).to_owned()).collect(),
        };
        let scores = domain_scores(&[item(true, &["saa-c03:1"]), item(false, &["saa-c03:1", "clf-c02:3"])]);
        assert_eq!(
            scores,
            vec![
                QuizAttemptDomain { domain: "clf-c02:3".into(), total: 1, correct: 0 },
                QuizAttemptDomain { domain: "saa-c03:1".into(), total: 2, correct: 1 },
            ]
        );
    }
}
