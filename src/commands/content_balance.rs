//! Exam-readiness figures of the bank for `content stats`: scenario questions per task statement,
//! how often the key gives itself away by being the longest option, and which questions on
//! computable syllabus points carry a model `check:`.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::content::{Bank, Body, Exam, Question};

/// Scenario counts, option-length balance and model checks.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct ExamReadiness {
    /// Questions tagged `scenario` per task statement; every statement of both exams is listed,
    /// with 0 where there are none.
    pub scenarios: BTreeMap<String, usize>,
    /// How often the key is the longest option.
    pub balance: Balance,
    /// Model checks of keys.
    pub checks: Checks,
}

/// The key-is-longest figures, in English characters.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Balance {
    /// Single-answer questions.
    pub single: usize,
    /// Single-answer questions whose key is strictly longer than every other option.
    pub single_key_longest: usize,
    /// That share in percent, rounded down.
    pub single_key_longest_percent: usize,
    /// Choose-N questions.
    pub choose_n: usize,
    /// Choose-N questions whose N keys are exactly the N longest options (no tie at the edge).
    pub choose_n_keys_longest: usize,
    /// That share in percent, rounded down.
    pub choose_n_keys_longest_percent: usize,
}

/// Questions whose key the model verifies.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Checks {
    /// Questions with `check:`.
    pub checked: usize,
    /// Questions whose syllabus points are all computable and that have no `check:`, by id:
    /// each either gets one or is a question no calculator can decide.
    pub computable_unchecked: Vec<String>,
}

/// The option texts' lengths in characters (English, the language the lengths are balanced in).
fn lengths(q: &Question) -> Vec<usize> {
    q.options.iter().map(|o| o.text.en.chars().count()).collect()
}

/// Whether the keyed options are exactly the `choose` longest ones, with a strict gap to the rest.
pub fn keys_are_longest(q: &Question) -> bool {
    let lens = lengths(q);
    let keyed = q.correct();
    if keyed.is_empty() || keyed.len() == lens.len() {
        return false;
    }
    let shortest_key = keyed.iter().map(|&i| lens[i]).min().unwrap_or(0);
    let longest_other = lens.iter().enumerate().filter(|(i, _)| !keyed.contains(i)).map(|(_, &l)| l).max().unwrap_or(0);
    shortest_key > longest_other
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(0)
}

/// Computes the figures for a loaded bank.
pub fn compute(bank: &Bank) -> ExamReadiness {
    let mut scenarios = BTreeMap::new();
    for exam in Exam::ALL {
        for (d, &tasks) in exam.tasks_per_domain().iter().enumerate() {
            for t in 1..=tasks {
                scenarios.insert(format!("{}:{}.{t}", exam.code(), d + 1), 0);
            }
        }
    }
    let computable: HashSet<&str> =
        bank.syllabus.topics.iter().flat_map(|t| &t.points).filter(|p| p.computable).map(|p| p.id.as_str()).collect();
    let (mut single, mut single_longest, mut multi, mut multi_longest, mut checked) = (0, 0, 0, 0, 0);
    let mut computable_unchecked = Vec::new();
    for item in &bank.items {
        let Body::Question(q) = &item.body else { continue };
        if item.tags.iter().any(|t| t == "scenario") {
            for task in &item.domains {
                *scenarios.entry(task.to_string()).or_insert(0) += 1;
            }
        }
        let longest = keys_are_longest(q);
        if q.choose > 1 {
            multi += 1;
            multi_longest += usize::from(longest);
        } else {
            single += 1;
            single_longest += usize::from(longest);
        }
        if q.check.is_some() {
            checked += 1;
        } else if !item.syllabus.is_empty() && item.syllabus.iter().all(|p| computable.contains(p.as_str())) {
            computable_unchecked.push(item.id.clone());
        }
    }
    ExamReadiness {
        scenarios,
        balance: Balance {
            single,
            single_key_longest: single_longest,
            single_key_longest_percent: percent(single_longest, single),
            choose_n: multi,
            choose_n_keys_longest: multi_longest,
            choose_n_keys_longest_percent: percent(multi_longest, multi),
        },
        checks: Checks { checked, computable_unchecked },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{QuestionOption, Text};

    fn question(lens: &[usize], keyed: &[usize]) -> Question {
        Question {
            stem: Text::new("s", "s"),
            choose: keyed.len(),
            options: lens
                .iter()
                .enumerate()
                .map(|(i, &n)| QuestionOption {
                    text: Text::new("x".repeat(n), "x"),
                    correct: keyed.contains(&i),
                    feedback: None,
                    value: None,
                })
                .collect(),
            explanation: Text::new("e", "e"),
            check: None,
        }
    }

    #[test]
    fn a_key_is_longest_only_when_strictly_longer_than_every_other_option() {
        assert!(keys_are_longest(&question(&[10, 30, 20, 25], &[1])));
        assert!(!keys_are_longest(&question(&[10, 30, 30, 25], &[1])));
        assert!(!keys_are_longest(&question(&[40, 30, 20, 25], &[1])));
    }

    #[test]
    fn choose_n_keys_are_longest_only_as_a_set_with_a_gap() {
        assert!(keys_are_longest(&question(&[50, 40, 10, 20, 30], &[0, 1])));
        assert!(!keys_are_longest(&question(&[50, 30, 10, 20, 30], &[0, 1])));
        assert!(!keys_are_longest(&question(&[50, 10, 40, 20, 30], &[0, 1])));
    }

    #[test]
    fn every_task_statement_of_both_exams_is_listed() {
        let bank = crate::content::load(&crate::content::ContentSource::Embedded).unwrap();
        let figures = compute(&bank);
        assert_eq!(figures.scenarios.len(), 19 + 14);
        assert!(figures.checks.checked >= 8);
        assert_eq!(
            figures.balance.single + figures.balance.choose_n,
            bank.items.iter().filter(|i| matches!(i.body, Body::Question(_))).count()
        );
    }
}
