//! A study session as a state machine that knows no terminal: `next` gives the prompt to show,
//! `answer` grades it, reschedules it and returns what to record and what to tell the learner.
//! Front ends in `ui/` drive it; the clock comes in as arguments.

mod control;
pub mod pacing;
mod pick;
mod plan;

use std::collections::VecDeque;

use rand::seq::SliceRandom;

pub use control::{COMMANDS, Control, parse_control, split_rating};

pub use pick::DomainFilter;
pub use plan::{Entry, LEARN_AHEAD_SECS, PlanOptions, QueueCounts, plan, plan_excluding, topic_matches};

use crate::content::{Bank, Body, Item, Text};
use crate::exercise::{self, Grade, Response, Variant};
use crate::srs::{Mode, ReviewRecord};
use crate::srs::{Phase, Rating, Reviewed, Scheduler};

/// What the learner is looking at.
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    /// A card: show the front, then the back, then ask for a rating.
    Card {
        /// Prompt side.
        front: Text,
        /// Answer side.
        back: Text,
    },
    /// A question with its options in display order.
    Question {
        /// The question.
        stem: Text,
        /// `order[k]` is the authored index of the option shown at position `k`.
        order: Vec<usize>,
        /// Options to pick.
        choose: usize,
    },
    /// An exercise variant.
    Exercise {
        /// The prompt, placeholders filled.
        prompt: Text,
        /// The generated variant.
        variant: Box<Variant>,
    },
}

/// The prompt on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Current {
    /// The queue entry.
    pub entry: Entry,
    /// What to show.
    pub view: View,
    /// Seed of this review's variant and option order.
    pub seed: u64,
    /// 1-based position in the session.
    pub number: usize,
}

/// An answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A self-rating (cards).
    Rating(Rating),
    /// A graded answer, with an optional Hard/Easy in place of Good when it is right.
    Response {
        /// Parsed answer; for questions, choices are display positions.
        response: Response,
        /// As typed, kept in the review log.
        raw: String,
        /// Hard or Easy instead of Good, if the learner said so.
        rating: Option<Rating>,
    },
}

/// The result of one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Graded result; `None` for cards.
    pub grade: Option<Grade>,
    /// The rating the scheduler used.
    pub rating: Rating,
    /// New schedule, unless cramming.
    pub reviewed: Option<Reviewed>,
    /// The review row to write, with the new schedule, in one transaction.
    pub record: ReviewRecord,
}

/// Totals for the end-of-session summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Answers given.
    pub answered: usize,
    /// Graded answers that were right.
    pub correct: usize,
    /// Graded answers that were wrong.
    pub wrong: usize,
    /// Cards rated.
    pub cards: usize,
    /// Ratings used, Again..Easy.
    pub ratings: [usize; 4],
    /// Items seen for the first time.
    pub new_seen: usize,
    /// Leech warnings raised.
    pub leeches: usize,
}

/// A running session.
pub struct Session<'a> {
    bank: &'a Bank,
    scheduler: &'a Scheduler,
    queue: VecDeque<Entry>,
    /// Items on learning steps that come back later in this session.
    learning: Vec<Entry>,
    cram: bool,
    limit: Option<usize>,
    day_end: i64,
    cap: Option<i64>,
    review_counts: std::collections::HashMap<String, u64>,
    summary: Summary,
    shown: usize,
    /// What each answer changed, newest last, so `:u` can walk back.
    undo: Vec<Snapshot>,
    /// An undone prompt to ask again before anything else.
    pending: Option<Current>,
    /// Items suspended or buried during the session: never asked again, even after an undo.
    dropped: std::collections::HashSet<usize>,
    bury_siblings: bool,
}

/// The session as it was just before one answer, and the answer itself.
#[derive(Debug, Clone)]
struct Snapshot {
    current: Current,
    input: Input,
    now: i64,
    day: i64,
    lang: String,
    queue: VecDeque<Entry>,
    learning: Vec<Entry>,
    summary: Summary,
    shown: usize,
    review_count: Option<u64>,
    graded_right: bool,
}

impl<'a> Session<'a> {
    /// A session over a planned queue. `review_counts` gives how many times each item was reviewed
    /// before, which seeds exercise variants; `cap` is the exam-date cap, if any.
    pub fn new(
        bank: &'a Bank,
        scheduler: &'a Scheduler,
        queue: Vec<Entry>,
        review_counts: std::collections::HashMap<String, u64>,
        cram: bool,
        limit: Option<usize>,
        day_end: i64,
        cap: Option<i64>,
    ) -> Self {
        Session {
            bank,
            scheduler,
            queue: queue.into(),
            learning: Vec::new(),
            cram,
            limit,
            day_end,
            cap,
            review_counts,
            summary: Summary::default(),
            shown: 0,
            undo: Vec::new(),
            pending: None,
            dropped: std::collections::HashSet::new(),
            bury_siblings: false,
        }
    }

    /// Buries the siblings of every answered item (items sharing a syllabus point) for the rest
    /// of the session, as Anki does; learning steps are never buried.
    #[must_use]
    pub fn with_sibling_burying(mut self, on: bool) -> Self {
        self.bury_siblings = on;
        self
    }

    /// Whether there is an answer to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether the last answer was auto-graded right, so `:hard`/`:easy` can re-rate it.
    pub fn can_rerate(&self) -> bool {
        self.undo.last().is_some_and(|s| s.graded_right)
    }

    /// Takes back the last answer: the session returns to just before it and `next` asks that
    /// prompt again (same variant, same option order). The caller undoes the stored row.
    pub fn undo(&mut self) -> Option<&Current> {
        let snap = self.undo.pop()?;
        self.restore(&snap);
        self.pending = Some(snap.current);
        self.pending.as_ref()
    }

    /// Re-rates the last auto-graded right answer with `rating` (Hard or Easy), as if it had been
    /// given with it; returns the new outcome to record in place of the old one.
    pub fn rerate(&mut self, rating: Rating) -> Option<Outcome> {
        if !self.can_rerate() {
            return None;
        }
        let snap = self.undo.pop()?;
        self.restore(&snap);
        let input = match snap.input.clone() {
            Input::Response { response, raw, .. } => Input::Response { response, raw, rating: Some(rating) },
            other @ Input::Rating(_) => other,
        };
        Some(self.answer(&snap.current, &input, snap.now, snap.day, &snap.lang))
    }

    /// Puts a prompt back so that `next` shows it again (after a command that changed nothing on
    /// screen, such as `:f` or `:?`).
    pub fn ask_again(&mut self, current: Current) {
        self.pending = Some(current);
    }

    /// Leaves an item out for the rest of the session (suspended or buried from the prompt).
    pub fn drop_item(&mut self, item: usize) {
        self.dropped.insert(item);
        self.queue.retain(|e| e.item != item);
        self.learning.retain(|e| e.item != item);
        if self.pending.as_ref().is_some_and(|p| p.entry.item == item) {
            self.pending = None;
        }
    }

    fn restore(&mut self, snap: &Snapshot) {
        self.queue.clone_from(&snap.queue);
        self.learning.clone_from(&snap.learning);
        self.queue.retain(|e| !self.dropped.contains(&e.item));
        self.learning.retain(|e| !self.dropped.contains(&e.item));
        self.summary = snap.summary;
        self.shown = snap.shown;
        let id = &self.bank.items[snap.current.entry.item].id;
        match snap.review_count {
            Some(n) => {
                self.review_counts.insert(id.clone(), n);
            }
            None => {
                self.review_counts.remove(id);
            }
        }
    }

    /// Totals so far.
    pub fn summary(&self) -> Summary {
        self.summary
    }

    /// Items waiting in the queue.
    pub fn remaining(&self) -> usize {
        self.queue.len() + self.learning.len()
    }

    /// Learning items that will be due later today, after the session ends: (count, earliest due).
    pub fn pending_learning(&self) -> Option<(usize, i64)> {
        self.learning.iter().map(|e| e.state.due).min().map(|due| (self.learning.len(), due))
    }

    /// The item of a prompt.
    pub fn item(&self, current: &Current) -> &'a Item {
        &self.bank.items[current.entry.item]
    }

    /// The next prompt at `now`, or `None` when the session is over.
    pub fn next(&mut self, now: i64) -> Option<Current> {
        if let Some(again) = self.pending.take() {
            return Some(again);
        }
        if self.limit.is_some_and(|limit| self.summary.answered >= limit) {
            return None;
        }
        let entry = self.take_next(now)?;
        let item = &self.bank.items[entry.item];
        let reviews = self.review_counts.get(&item.id).copied().unwrap_or(0);
        let seed = exercise::variant_seed(&item.id, reviews);
        let view = match &item.body {
            Body::Card { front, back } => View::Card { front: front.clone(), back: back.clone() },
            Body::Question(q) => {
                let mut order: Vec<usize> = (0..q.options.len()).collect();
                order.shuffle(&mut exercise::rng(seed));
                View::Question { stem: q.stem.clone(), order, choose: q.choose }
            }
            Body::Exercise(ex) => {
                // Validation guarantees the template exists.
                let template = exercise::template(&ex.template)?;
                let variant = template.generate(&ex.params, &mut exercise::rng(seed));
                View::Exercise { prompt: exercise::fill_text(&ex.prompt, &variant.vars), variant: Box::new(variant) }
            }
        };
        self.shown += 1;
        Some(Current { entry, view, seed, number: self.shown })
    }

    fn take_next(&mut self, now: i64) -> Option<Entry> {
        loop {
            let entry = self.take_any(now)?;
            if !self.dropped.contains(&entry.item) {
                return Some(entry);
            }
        }
    }

    fn take_any(&mut self, now: i64) -> Option<Entry> {
        let due_now = self.earliest_learning().filter(|&(_, due)| due <= now);
        if let Some((at, _)) = due_now {
            return Some(self.learning.remove(at));
        }
        if let Some(entry) = self.queue.pop_front() {
            return Some(entry);
        }
        let ahead = self.earliest_learning().filter(|&(_, due)| due <= now + LEARN_AHEAD_SECS);
        ahead.map(|(at, _)| self.learning.remove(at))
    }

    fn earliest_learning(&self) -> Option<(usize, i64)> {
        self.learning.iter().enumerate().map(|(i, e)| (i, e.state.due)).min_by_key(|&(_, due)| due)
    }

    /// Grades and reschedules. `day` is the study day of `now` (for daily totals).
    pub fn answer(&mut self, current: &Current, input: &Input, now: i64, day: i64, lang: &str) -> Outcome {
        let item = &self.bank.items[current.entry.item];
        self.undo.push(Snapshot {
            current: current.clone(),
            input: input.clone(),
            now,
            day,
            lang: lang.to_owned(),
            queue: self.queue.clone(),
            learning: self.learning.clone(),
            summary: self.summary,
            shown: self.shown,
            review_count: self.review_counts.get(&item.id).copied(),
            graded_right: false,
        });
        let (grade, rating, raw) = match (input, &current.view, &item.body) {
            (Input::Rating(r), _, _) => (None, *r, None),
            (Input::Response { response, raw, rating }, View::Question { order, .. }, Body::Question(q)) => {
                let picked = match response {
                    Response::Choices(positions) => {
                        let mut authored: Vec<usize> =
                            positions.iter().filter_map(|&p| order.get(p).copied()).collect();
                        authored.sort_unstable();
                        authored
                    }
                    _ => Vec::new(),
                };
                let (correct, count_note) = exercise::grade_choices(&q.correct(), &picked);
                let grade = Grade { correct, misconceptions: Vec::new(), count_note };
                (Some(grade), graded_rating(correct, *rating), Some(raw.clone()))
            }
            (Input::Response { response, raw, rating }, View::Exercise { variant, .. }, _) => {
                let grade = exercise::grade(&variant.expected, response);
                let r = graded_rating(grade.correct, *rating);
                (Some(grade), r, Some(raw.clone()))
            }
            (Input::Response { raw, .. }, _, _) => (None, Rating::Again, Some(raw.clone())),
        };

        let before = &current.entry.state;
        let reviewed = (!self.cram).then(|| self.scheduler.review(before, rating, now, current.seed, self.cap));
        if let Some(r) = &reviewed {
            if matches!(r.state.phase, Phase::Learning | Phase::Relearning) && r.state.due < self.day_end {
                self.learning.push(Entry { item: current.entry.item, state: r.state.clone() });
            }
        } else if rating == Rating::Again && self.cram {
            // Cramming repeats what was missed, once more at the end.
            self.queue.push_back(current.entry.clone());
        }
        *self.review_counts.entry(item.id.clone()).or_insert(0) += 1;
        if self.bury_siblings && !self.cram {
            let bank = self.bank;
            // Learning steps are never buried: they are due now and would slip a day.
            self.queue.retain(|e| {
                e.item == current.entry.item
                    || matches!(e.state.phase, Phase::Learning | Phase::Relearning)
                    || !siblings(&bank.items[e.item], item)
            });
        }
        if let Some(snap) = self.undo.last_mut() {
            snap.graded_right = grade.as_ref().is_some_and(|g| g.correct);
        }

        let s = &mut self.summary;
        s.answered += 1;
        s.ratings[rating.value() as usize - 1] += 1;
        match &grade {
            Some(g) if g.correct => s.correct += 1,
            Some(_) => s.wrong += 1,
            None => s.cards += 1,
        }
        if before.phase == Phase::New && !self.cram {
            s.new_seen += 1;
        }
        if reviewed.as_ref().is_some_and(|r| r.leech_warning) {
            s.leeches += 1;
        }

        let record = ReviewRecord {
            item_id: item.id.clone(),
            reviewed_at_ms: now * 1000,
            day,
            rating: rating.value(),
            mode: if self.cram { Mode::Cram } else { Mode::Study },
            phase_before: before.phase,
            correct: grade.as_ref().map(|g| g.correct),
            elapsed_days: reviewed.as_ref().map_or(0, |r| r.elapsed_days),
            interval_days: reviewed.as_ref().map_or(0, |r| r.state.interval_days),
            lang: Some(lang.to_owned()),
            answer: raw,
            variant_seed: matches!(current.view, View::Exercise { .. } | View::Question { .. }).then_some(current.seed),
            duration_ms: None,
        };
        Outcome { grade, rating, reviewed, record }
    }
}

/// Items teaching the same syllabus point.
pub fn siblings(a: &Item, b: &Item) -> bool {
    a.id != b.id && a.syllabus.iter().any(|p| b.syllabus.contains(p))
}

/// Auto-graded items: wrong → Again; right → Good, or Hard/Easy if the learner chose it.
fn graded_rating(correct: bool, chosen: Option<Rating>) -> Rating {
    match (correct, chosen) {
        (false, _) => Rating::Again,
        (true, Some(r @ (Rating::Hard | Rating::Easy))) => r,
        (true, _) => Rating::Good,
    }
}

pub use exercise::AnswerKind;

impl View {
    /// The kind of answer this view takes; `None` for cards (rated, not answered).
    pub fn answer_kind(&self) -> Option<AnswerKind> {
        match self {
            View::Card { .. } => None,
            View::Question { order, .. } => Some(AnswerKind::Choice { options: order.len() }),
            View::Exercise { variant, .. } => Some(variant.expected.answer_kind()),
        }
    }
}

#[cfg(test)]
mod tests;
