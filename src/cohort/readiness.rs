//! Readiness: the predicted recall on exam day, per exam domain and overall, weighted by the
//! exam guide's domain weights. Pure: recall comes in as a function of the item id.

use serde::Serialize;

use crate::content::{Bank, Exam, Item};

/// The pass line of an exam as a readiness share: the scaled pass mark over 1000
/// (CLF-C02 700 → 0.70, SAA-C03 720 → 0.72). An estimate: AWS publishes no raw-to-scaled mapping.
pub fn pass_line(exam: Exam) -> f64 {
    match exam {
        Exam::ClfC02 => 0.70,
        Exam::SaaC03 => 0.72,
    }
}

/// The domain an item counts towards for `exam`: that of its first task statement of the exam.
pub fn item_domain(item: &Item, exam: Exam) -> Option<u8> {
    item.domains.iter().find(|d| d.exam == exam).map(|d| d.domain)
}

/// Readiness in one domain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainReadiness {
    /// Domain number, from 1.
    pub domain: u8,
    /// Weight in the exam guide, percent.
    pub weight: u32,
    /// Items of the bank in this domain.
    pub items: usize,
    /// Of those, items reviewed at least once.
    pub seen: usize,
    /// Mean predicted recall over the domain's items (unseen items count 0); 0 without items.
    pub recall: f64,
}

/// Readiness for one exam.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    /// Exam code.
    pub exam: String,
    /// Weighted mean of the domains that have items.
    pub overall: f64,
    /// The pass line (an estimate; see [`pass_line`]).
    pub pass_line: f64,
    /// Always true: readiness is a model estimate, not a score.
    pub estimate: bool,
    /// Per domain, domain 1 first.
    pub domains: Vec<DomainReadiness>,
}

impl Readiness {
    /// Items of the exam never reviewed.
    pub fn unseen(&self) -> usize {
        self.domains.iter().map(|d| d.items - d.seen).sum()
    }
}

/// Computes readiness. `recall(id)` is `Some(p)` for an item reviewed at least once (its
/// predicted recall at the exam), `None` for an unseen item (counted as 0).
///
/// Domains with no items in the bank are left out and the other weights renormalized: an
/// unmeasurable domain should not drag the estimate to zero, and the table shows it empty.
pub fn compute(exam: Exam, bank: &Bank, recall: impl Fn(&str) -> Option<f64>) -> Readiness {
    let weights = exam.weights();
    let mut sums = vec![0.0_f64; weights.len()];
    let mut counts = vec![0_usize; weights.len()];
    let mut seen = vec![0_usize; weights.len()];
    for item in &bank.items {
        let Some(domain) = item_domain(item, exam) else {
            continue;
        };
        let slot = usize::from(domain - 1);
        counts[slot] += 1;
        if let Some(p) = recall(&item.id) {
            seen[slot] += 1;
            sums[slot] += p.clamp(0.0, 1.0);
        }
    }
    let domains: Vec<DomainReadiness> = weights
        .iter()
        .enumerate()
        .map(|(i, &weight)| DomainReadiness {
            domain: (i + 1) as u8,
            weight,
            items: counts[i],
            seen: seen[i],
            recall: if counts[i] == 0 { 0.0 } else { sums[i] / counts[i] as f64 },
        })
        .collect();
    Readiness {
        exam: exam.code().to_owned(),
        overall: weighted(&domains),
        pass_line: pass_line(exam),
        estimate: true,
        domains,
    }
}

/// The weighted mean over domains that have items.
pub fn weighted(domains: &[DomainReadiness]) -> f64 {
    let (sum, weight) = domains
        .iter()
        .filter(|d| d.items > 0)
        .fold((0.0, 0.0), |(s, w), d| (s + d.recall * f64::from(d.weight), w + f64::from(d.weight)));
    if weight > 0.0 { sum / weight } else { 0.0 }
}

/// New items a day needed to see every unseen item before the exam day (`days_left` study days,
/// today included). With no day left, every unseen item is due today.
pub fn pace(unseen: usize, days_left: i64) -> usize {
    if days_left <= 0 { unseen } else { unseen.div_ceil(days_left as usize) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(domain: u8, weight: u32, items: usize, recall: f64) -> DomainReadiness {
        DomainReadiness { domain, weight, items, seen: items, recall }
    }

    #[test]
    fn pass_lines_follow_the_pass_marks() {
        assert!((pass_line(Exam::ClfC02) - 0.70).abs() < 1e-9);
        assert!((pass_line(Exam::SaaC03) - 0.72).abs() < 1e-9);
    }

    #[test]
    fn overall_is_weighted_by_the_guide() {
        let domains = [d(1, 24, 2, 1.0), d(2, 30, 2, 0.5), d(3, 34, 2, 0.0), d(4, 12, 2, 1.0)];
        // (24 + 15 + 0 + 12) / 100
        assert!((weighted(&domains) - 0.51).abs() < 1e-9);
    }

    #[test]
    fn empty_domains_are_left_out_and_weights_renormalized() {
        let domains = [d(1, 30, 0, 0.0), d(2, 26, 0, 0.0), d(3, 24, 3, 0.6), d(4, 20, 1, 0.3)];
        // (0.6 × 24 + 0.3 × 20) / 44
        assert!((weighted(&domains) - (14.4 + 6.0) / 44.0).abs() < 1e-9);
        assert!(weighted(&[d(1, 30, 0, 0.0)]).abs() < 1e-9);
    }

    #[test]
    fn pace_rounds_up_and_handles_the_last_day() {
        assert_eq!(pace(100, 10), 10);
        assert_eq!(pace(101, 10), 11);
        assert_eq!(pace(7, 0), 7);
        assert_eq!(pace(0, 5), 0);
    }
}
