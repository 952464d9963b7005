//! The answer sheet of one sitting: answers, flags, the map and the grading. Front ends (line or
//! terminal) drive it; it knows nothing of either.

use super::PaperItem;
use crate::exercise::Response;

/// State of one item on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// No answer yet.
    Unanswered,
    /// Answered.
    Answered,
}

/// Answers and flags for a paper.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The paper, in order.
    pub items: Vec<PaperItem>,
    answers: Vec<Option<Response>>,
    flags: Vec<bool>,
}

impl Sheet {
    /// An empty sheet for `items`.
    pub fn new(items: Vec<PaperItem>) -> Sheet {
        let n = items.len();
        Sheet { items, answers: vec![None; n], flags: vec![false; n] }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the paper is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Records (or clears) the answer to item `i`.
    pub fn set(&mut self, i: usize, response: Option<Response>) {
        if let Some(slot) = self.answers.get_mut(i) {
            *slot = response;
        }
    }

    /// The answer to item `i`.
    pub fn answer(&self, i: usize) -> Option<&Response> {
        self.answers.get(i).and_then(Option::as_ref)
    }

    /// Flags or unflags item `i` for review.
    pub fn toggle_flag(&mut self, i: usize) {
        if let Some(flag) = self.flags.get_mut(i) {
            *flag = !*flag;
        }
    }

    /// Whether item `i` is flagged.
    pub fn flagged(&self, i: usize) -> bool {
        self.flags.get(i).copied().unwrap_or(false)
    }

    /// Answered/unanswered per item.
    pub fn mark(&self, i: usize) -> Mark {
        if self.answer(i).is_some() { Mark::Answered } else { Mark::Unanswered }
    }

    /// Count of unanswered items.
    pub fn unanswered(&self) -> usize {
        (0..self.len()).filter(|&i| self.answer(i).is_none()).count()
    }

    /// The first unanswered item after `from` (wrapping), if any.
    pub fn next_unanswered(&self, from: usize) -> Option<usize> {
        let n = self.len();
        (1..=n).map(|k| (from + k) % n).find(|&i| self.answer(i).is_none())
    }

    /// Right or wrong per item; an unanswered item is wrong (no penalty for guessing).
    pub fn grade(&self) -> Vec<bool> {
        self.items
            .iter()
            .zip(&self.answers)
            .map(|(item, answer)| answer.as_ref().is_some_and(|r| item.is_correct(r)))
            .collect()
    }
}
