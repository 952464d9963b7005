//! Which items today's session shows, in what order: due learning steps, then due reviews, then
//! new items, within the daily limits. Pure over the bank, the schedules and the clock.

use std::collections::{HashMap, HashSet};

use super::pick::{DomainFilter, pick_new};
use crate::content::{Bank, Exam};
use crate::srs::DayTotals;
use crate::srs::{ItemState, Phase, Scheduler};

/// Learning items due within this many seconds are shown now rather than making the learner wait.
pub const LEARN_AHEAD_SECS: i64 = 20 * 60;

/// One queued item.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Index into `Bank::items`.
    pub item: usize,
    /// Its schedule before this session's answer.
    pub state: ItemState,
}

/// How to build the queue.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// Only this topic (or topics under it: `vpc` includes `vpc.routing`).
    pub topic: Option<String>,
    /// New items allowed today (before subtracting those already introduced).
    pub new_per_day: u32,
    /// Review-phase items allowed today.
    pub reviews_per_day: u32,
    /// A cram session: any items, lowest recall first; nothing is rescheduled.
    pub cram: bool,
    /// Cram size.
    pub cram_size: usize,
    /// The exam new items are drawn for (the goal's, or `--exam`); also restricts every item.
    pub exam: Option<Exam>,
    /// Only items tagged with this domain or task statement (`--domain`).
    pub domain: Option<DomainFilter>,
    /// Per-domain draw weights for new items (leaning toward weak domains); the guide's otherwise.
    pub weights: Option<Vec<f64>>,
}

/// What today's queue holds, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct QueueCounts {
    /// Learning or relearning steps due.
    pub learning: usize,
    /// Reviews due.
    pub review: usize,
    /// New items.
    pub new: usize,
}

/// Whether `topic` is `filter` or nested under it.
pub fn topic_matches(topic: &str, filter: &str) -> bool {
    topic == filter || topic.strip_prefix(filter).is_some_and(|rest| rest.starts_with('.'))
}

/// Builds the queue.
#[allow(clippy::implicit_hasher)] // callers pass the store's map; a generic hasher adds nothing
pub fn plan(
    bank: &Bank,
    states: &HashMap<String, ItemState>,
    today: &DayTotals,
    now: i64,
    day_end: i64,
    scheduler: &Scheduler,
    opts: &PlanOptions,
) -> (Vec<Entry>, QueueCounts) {
    plan_excluding(bank, states, today, now, day_end, scheduler, opts, &HashSet::new())
}

/// Builds the queue leaving out `excluded` items (indices into `bank.items`: suspended, buried,
/// siblings buried for the day), before the daily limits are applied.
#[allow(clippy::implicit_hasher)]
pub fn plan_excluding(
    bank: &Bank,
    states: &HashMap<String, ItemState>,
    today: &DayTotals,
    now: i64,
    day_end: i64,
    scheduler: &Scheduler,
    opts: &PlanOptions,
    excluded: &HashSet<usize>,
) -> (Vec<Entry>, QueueCounts) {
    let chosen = bank
        .items
        .iter()
        .enumerate()
        .filter(|(index, _)| !excluded.contains(index))
        .filter(|(_, item)| opts.topic.as_deref().is_none_or(|t| topic_matches(&item.topic, t)))
        .filter(|(_, item)| opts.exam.is_none_or(|e| item.in_exam(e)))
        .filter(|(_, item)| opts.domain.is_none_or(|d| d.matches(item)));
    let mut learning = Vec::new();
    let mut review = Vec::new();
    let mut new = Vec::new();
    let mut cram = Vec::new();
    for (index, item) in chosen {
        let state = states.get(&item.id).cloned().unwrap_or_else(ItemState::new_item);
        if opts.cram {
            cram.push(Entry { item: index, state });
            continue;
        }
        match state.phase {
            Phase::New => new.push(Entry { item: index, state }),
            Phase::Learning | Phase::Relearning if state.due <= now + LEARN_AHEAD_SECS => {
                learning.push(Entry { item: index, state });
            }
            Phase::Review if state.due < day_end => review.push(Entry { item: index, state }),
            _ => {}
        }
    }
    if opts.cram {
        // Weakest first; never-seen items (recall 0) lead, in bank order.
        cram.sort_by(|a, b| {
            scheduler
                .retrievability(&a.state, now)
                .total_cmp(&scheduler.retrievability(&b.state, now))
                .then(a.item.cmp(&b.item))
        });
        cram.truncate(opts.cram_size);
        let counts = QueueCounts { review: cram.len(), ..QueueCounts::default() };
        return (cram, counts);
    }
    learning.sort_by_key(|e| (e.state.due, e.item));
    // Most overdue relative to its interval first would need R; due order is close and stable.
    review.sort_by_key(|e| (e.state.due, e.item));
    let review_room = u64::from(opts.reviews_per_day).saturating_sub(today.review_phase.max(0) as u64) as usize;
    review.truncate(review_room);
    // Candidates in syllabus order, each point's card before its questions and exercises; the
    // picker then draws by exam domain weight from that order.
    let point_rank: HashMap<&str, usize> = bank
        .syllabus
        .topics
        .iter()
        .flat_map(|t| t.points.iter())
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    // Cached: the key costs a hash lookup, and the bank is sorted at every start.
    new.sort_by_cached_key(|e| {
        let item = &bank.items[e.item];
        let point = item.syllabus.first().and_then(|p| point_rank.get(p.as_str())).copied().unwrap_or(usize::MAX);
        let kind = match item.kind() {
            "card" => 0,
            "question" => 1,
            _ => 2,
        };
        (point, kind, e.item)
    });
    let new_room = u64::from(opts.new_per_day).saturating_sub(today.new_items.max(0) as u64) as usize;
    // Points still in their first learning steps were introduced today (or just before): their
    // siblings wait for another day.
    let busy: HashSet<String> = learning
        .iter()
        .filter(|e| e.state.phase == Phase::Learning)
        .flat_map(|e| bank.items[e.item].syllabus.iter().cloned())
        .collect();
    let candidates: Vec<usize> = new.iter().map(|e| e.item).collect();
    let exam = opts.exam.or(opts.domain.map(|d| d.exam));
    let picked = pick_new(bank, &candidates, exam, opts.weights.as_deref(), &busy, new_room);
    let mut by_item: HashMap<usize, ItemState> = new.into_iter().map(|e| (e.item, e.state)).collect();
    let new: Vec<Entry> = picked
        .into_iter()
        .map(|item| Entry { item, state: by_item.remove(&item).unwrap_or_else(ItemState::new_item) })
        .collect();
    let counts = QueueCounts { learning: learning.len(), review: review.len(), new: new.len() };
    let mut queue = learning;
    queue.extend(interleave(review, new));
    (queue, counts)
}

/// Spreads new items among reviews (one new after every few reviews) so a long review pile does
/// not push all new material to the end of the session.
fn interleave(review: Vec<Entry>, new: Vec<Entry>) -> Vec<Entry> {
    if review.is_empty() || new.is_empty() {
        let mut all = review;
        all.extend(new);
        return all;
    }
    let every = (review.len() / new.len()).max(1);
    let mut out = Vec::with_capacity(review.len() + new.len());
    let mut new = new.into_iter();
    for (i, entry) in review.into_iter().enumerate() {
        out.push(entry);
        if (i + 1) % every == 0 {
            out.extend(new.next());
        }
    }
    out.extend(new);
    out
}
