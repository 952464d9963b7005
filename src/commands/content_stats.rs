//! `awsdrill content stats [--json] [DIR]`: what the bank holds and which syllabus points it misses.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::content::{Bank, Body};
use crate::fargs;
use crate::i18n::Localizer;

/// Counts for `content stats`; the JSON output is this struct.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct ContentStats {
    /// Items in the bank.
    pub items: usize,
    /// Items per kind (`card`, `question`, `exercise`).
    pub by_kind: BTreeMap<String, usize>,
    /// Items per topic id.
    pub by_topic: BTreeMap<String, usize>,
    /// Items per exam task statement (`clf-c02:3.5`); an item counts once per statement it names.
    pub by_domain: BTreeMap<String, usize>,
    /// Syllabus coverage.
    pub syllabus: Coverage,
    /// Ids of items whose `ref` is empty (validation should make this empty).
    pub without_ref: Vec<String>,
    /// Questions by answer style.
    pub questions: QuestionStyles,
    /// Scenario counts, option-length balance and model checks.
    #[serde(flatten)]
    pub readiness: super::content_balance::ExamReadiness,
}

/// Syllabus points named by at least one item, of all points in `syllabus.yaml`.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Coverage {
    /// Points named by an item.
    pub covered: usize,
    /// Points in the syllabus.
    pub total: usize,
    /// Points no item names, in syllabus order.
    pub uncovered: Vec<Uncovered>,
}

/// A syllabus point without items.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Uncovered {
    /// Point id.
    pub id: String,
    /// Its topic id.
    pub topic: String,
}

/// Questions with one answer versus "choose N".
#[derive(Debug, Serialize, PartialEq, Eq, Default)]
pub struct QuestionStyles {
    /// `choose: 1`.
    pub single: usize,
    /// `choose` of 2 or more.
    pub choose_n: usize,
}

/// Computes the statistics of a loaded bank.
pub fn compute(bank: &Bank) -> ContentStats {
    let mut by_kind = BTreeMap::new();
    let mut by_topic = BTreeMap::new();
    let mut by_domain = BTreeMap::new();
    let mut named: BTreeSet<&str> = BTreeSet::new();
    let mut without_ref = Vec::new();
    let mut questions = QuestionStyles::default();
    for item in &bank.items {
        *by_kind.entry(item.kind().to_owned()).or_insert(0) += 1;
        *by_topic.entry(item.topic.clone()).or_insert(0) += 1;
        for task in &item.domains {
            *by_domain.entry(task.to_string()).or_insert(0) += 1;
        }
        named.extend(item.syllabus.iter().map(String::as_str));
        if item.reference.trim().is_empty() {
            without_ref.push(item.id.clone());
        }
        if let Body::Question(q) = &item.body {
            if q.choose > 1 {
                questions.choose_n += 1;
            } else {
                questions.single += 1;
            }
        }
    }
    let mut covered = 0;
    let mut uncovered = Vec::new();
    for topic in &bank.syllabus.topics {
        for point in &topic.points {
            if named.contains(point.id.as_str()) {
                covered += 1;
            } else {
                uncovered.push(Uncovered { id: point.id.clone(), topic: topic.id.clone() });
            }
        }
    }
    ContentStats {
        items: bank.items.len(),
        by_kind,
        by_topic,
        by_domain,
        syllabus: Coverage { covered, total: bank.syllabus.point_count(), uncovered },
        without_ref,
        questions,
        readiness: super::content_balance::compute(bank),
    }
}

/// Prints the statistics as localized text.
pub fn print(stats: &ContentStats, i18n: &Localizer) {
    println!("{}", i18n.ta("cstats-items", &fargs!("count" => stats.items)));
    println!("\n{}", i18n.t("cstats-by-kind"));
    for (kind, n) in &stats.by_kind {
        println!("  {:<24} {n:>5}", i18n.t(&format!("cstats-kind-{kind}")));
    }
    for (title, map) in [("cstats-by-topic", &stats.by_topic), ("cstats-by-domain", &stats.by_domain)] {
        println!("\n{}", i18n.t(title));
        for (key, n) in map {
            println!("  {key:<24} {n:>5}");
        }
    }
    let q = &stats.questions;
    println!("\n{}", i18n.ta("cstats-questions", &fargs!("single" => q.single, "choose_n" => q.choose_n)));
    let s = &stats.syllabus;
    let percent = (s.covered * 100).checked_div(s.total).unwrap_or(100);
    println!(
        "{}",
        i18n.ta("cstats-syllabus", &fargs!("covered" => s.covered, "total" => s.total, "percent" => percent))
    );
    if !s.uncovered.is_empty() {
        println!("\n{}", i18n.t("cstats-uncovered"));
        for gap in &s.uncovered {
            println!("  {:<48} {}", gap.id, gap.topic);
        }
    }
    println!("\n{}", i18n.ta("cstats-without-ref", &fargs!("count" => stats.without_ref.len())));
    for id in &stats.without_ref {
        println!("  {id}");
    }
    print_readiness(&stats.readiness, i18n);
}

fn print_readiness(r: &super::content_balance::ExamReadiness, i18n: &Localizer) {
    println!("\n{}", i18n.t("cstats-scenarios"));
    for (task, n) in &r.scenarios {
        println!("  {task:<24} {n:>5}");
    }
    let b = &r.balance;
    println!(
        "\n{}",
        i18n.ta(
            "cstats-key-longest",
            &fargs!("count" => b.single_key_longest, "total" => b.single, "percent" => b.single_key_longest_percent)
        )
    );
    println!(
        "{}",
        i18n.ta(
            "cstats-keys-longest",
            &fargs!("count" => b.choose_n_keys_longest, "total" => b.choose_n, "percent" => b.choose_n_keys_longest_percent)
        )
    );
    let c = &r.checks;
    println!(
        "{}",
        i18n.ta("cstats-checks", &fargs!("checked" => c.checked, "unchecked" => c.computable_unchecked.len()))
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentSource, load};

    #[test]
    fn the_shipped_bank_adds_up() {
        let bank = load(&ContentSource::Embedded).unwrap();
        let stats = compute(&bank);
        assert_eq!(stats.items, bank.items.len());
        assert_eq!(stats.by_kind.values().sum::<usize>(), stats.items);
        assert_eq!(stats.by_topic.values().sum::<usize>(), stats.items);
        assert_eq!(stats.syllabus.covered + stats.syllabus.uncovered.len(), stats.syllabus.total);
        assert!(stats.without_ref.is_empty());
        let questions = stats.by_kind.get("question").copied().unwrap_or(0);
        assert_eq!(stats.questions.single + stats.questions.choose_n, questions);
        for gap in &stats.syllabus.uncovered {
            assert_eq!(bank.syllabus.topic_of_point(&gap.id).map(|t| t.id.as_str()), Some(gap.topic.as_str()));
        }
    }
}
