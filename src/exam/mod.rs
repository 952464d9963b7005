//! Mock exams and papers, as pure logic: blueprints, the weighted draw, frozen paper items, the
//! answer sheet and the per-domain score. No terminal, no clock, no database here.

pub mod blueprint;
pub mod paper;
pub mod resume;
pub mod sheet;

use rand::seq::SliceRandom;

pub use blueprint::{Blueprint, DomainSpec, Scale, allocate, scaled_estimate};
pub use paper::{KeyAnswer, PaperItem};
pub use sheet::Sheet;

use crate::content::{Bank, Body, Item};
use crate::exercise;

/// A domain that has fewer eligible items than its quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    /// Index in the blueprint's domains.
    pub domain: usize,
    /// Its quota.
    pub wanted: usize,
    /// Items the bank has for it.
    pub available: usize,
}

/// The items drawn for one sitting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draw {
    /// `(item id, domain index)` in paper order.
    pub items: Vec<(String, usize)>,
    /// Domains the bank could not fill.
    pub shortfalls: Vec<Shortfall>,
}

/// The blueprint domain (index) an item counts for: its first task statement of that exam.
/// Cards are not graded, so they never count.
pub fn domain_of(item: &Item, bp: &Blueprint) -> Option<usize> {
    if matches!(item.body, Body::Card { .. }) {
        return None;
    }
    let exam = bp.exam_kind()?;
    let first = item.domains.iter().find(|d| d.exam == exam)?;
    bp.domains.iter().position(|d| d.number == first.domain)
}

/// Draws a paper: each domain's quota (largest remainder) from the items that count for it,
/// then the whole paper shuffled. The same seed and bank give the same items in the same order.
pub fn draw(bank: &Bank, bp: &Blueprint, seed: u64) -> Draw {
    let mut rng = exercise::rng(seed);
    let quotas = bp.allocation();
    let mut items = Vec::new();
    let mut shortfalls = Vec::new();
    for (domain, &wanted) in quotas.iter().enumerate() {
        let mut pool: Vec<&str> =
            bank.items.iter().filter(|i| domain_of(i, bp) == Some(domain)).map(|i| i.id.as_str()).collect();
        pool.shuffle(&mut rng);
        if pool.len() < wanted {
            shortfalls.push(Shortfall { domain, wanted, available: pool.len() });
        }
        items.extend(pool.into_iter().take(wanted).map(|id| (id.to_owned(), domain)));
    }
    items.shuffle(&mut rng);
    Draw { items, shortfalls }
}

/// One domain's line of the result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DomainScore {
    /// Domain number.
    pub domain: u8,
    /// Weight in percent.
    pub weight: u32,
    /// Items of this domain on the paper.
    pub total: usize,
    /// Answered correctly.
    pub correct: usize,
}

/// Per-domain totals in blueprint order; `graded` holds `(domain index, correct)` per item.
pub fn domain_scores(bp: &Blueprint, graded: &[(usize, bool)]) -> Vec<DomainScore> {
    bp.domains
        .iter()
        .enumerate()
        .map(|(i, d)| DomainScore {
            domain: d.number,
            weight: d.weight,
            total: graded.iter().filter(|(dom, _)| *dom == i).count(),
            correct: graded.iter().filter(|(dom, ok)| *dom == i && *ok).count(),
        })
        .collect()
}

/// Percent with one decimal, 0 for an empty paper.
pub fn percent(correct: usize, total: usize) -> f64 {
    if total == 0 { 0.0 } else { (correct as f64 * 1000.0 / total as f64).round() / 10.0 }
}

/// Checks a content folder's exam blueprints, for the content validator.
pub fn check_content_files(
    files: &[crate::content::SourceFile],
    _bank: &Bank,
    out: &mut Vec<crate::content::Diagnostic>,
) {
    blueprint::check_files(files, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentSource, load, read_sources};

    fn blueprints() -> Vec<Blueprint> {
        let files = read_sources(&ContentSource::Embedded).unwrap();
        blueprint::check_files(&files, &mut Vec::new())
    }

    #[test]
    fn draws_reproduce_and_respect_quotas() {
        let bank = load(&ContentSource::Embedded).unwrap();
        for bp in blueprints() {
            let a = draw(&bank, &bp, 42);
            assert_eq!(a, draw(&bank, &bp, 42));
            assert_ne!(a.items, draw(&bank, &bp, 43).items);
            let quotas = bp.allocation();
            for (domain, &quota) in quotas.iter().enumerate() {
                let got = a.items.iter().filter(|(_, d)| *d == domain).count();
                let short = a.shortfalls.iter().find(|s| s.domain == domain);
                match short {
                    Some(s) => assert_eq!((got, s.wanted), (s.available, quota)),
                    None => assert_eq!(got, quota),
                }
            }
            let mut ids: Vec<_> = a.items.iter().map(|(id, _)| id.clone()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), a.items.len(), "no item twice");
            for (id, domain) in &a.items {
                let item = bank.get(id).unwrap();
                assert_ne!(item.kind(), "card");
                assert_eq!(domain_of(item, &bp), Some(*domain));
            }
        }
    }

    #[test]
    fn domain_scores_follow_the_blueprint_order() {
        let bp = &blueprints()[0];
        let scores = domain_scores(bp, &[(0, true), (0, false), (3, true)]);
        assert_eq!(
            scores.iter().map(|s| (s.domain, s.total, s.correct)).collect::<Vec<_>>(),
            vec![(1, 2, 1), (2, 0, 0), (3, 0, 0), (4, 1, 1)]
        );
        assert!((percent(2, 3) - 66.7).abs() < 1e-9);
    }
}
