//! Which new items today brings: drawn for the exam the learner prepares, each domain's share
//! following the exam guide's weights, topics interleaved, and two items on the same syllabus point
//! never both new on one day. Pure over the bank.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::content::{Bank, Exam, Item};

/// A `--domain` filter: a whole domain (`saa-c03:2`) or one task statement (`saa-c03:2.1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomainFilter {
    /// The exam.
    pub exam: Exam,
    /// Domain number, from 1.
    pub domain: u8,
    /// Task statement, or every task of the domain.
    pub task: Option<u8>,
}

impl DomainFilter {
    /// Parses `saa-c03:2` or `saa-c03:2.1`; `None` unless the domain (and task) exists.
    pub fn parse(text: &str) -> Option<DomainFilter> {
        let (exam, rest) = text.split_once(':')?;
        let exam = Exam::parse(exam)?;
        let (domain, task) = match rest.split_once('.') {
            Some((d, t)) => (d.parse::<u8>().ok()?, Some(t.parse::<u8>().ok()?)),
            None => (rest.parse::<u8>().ok()?, None),
        };
        let tasks = *exam.tasks_per_domain().get(usize::from(domain).checked_sub(1)?)?;
        if task.is_some_and(|t| t < 1 || t > tasks) {
            return None;
        }
        Some(DomainFilter { exam, domain, task })
    }

    /// Whether the item is tagged with this domain (or task statement).
    pub fn matches(&self, item: &Item) -> bool {
        item.domains
            .iter()
            .any(|d| d.exam == self.exam && d.domain == self.domain && self.task.is_none_or(|t| t == d.task))
    }
}

/// The item's domain in `exam` (its first tag there), 0-based.
fn domain_of(item: &Item, exam: Exam) -> Option<usize> {
    item.domains.iter().find(|d| d.exam == exam).map(|d| usize::from(d.domain) - 1)
}

/// Orders candidate new items (indices into `bank.items`, already in syllabus order) and keeps
/// `room` of them. With an exam, only its items, by deficit against `weights` (percent or any
/// positive scale, one per domain); without one, foundations first (CLF-C02 by its weights), then
/// SAA-C03, then the rest. `busy_points` are syllabus points already new today.
pub fn pick_new(
    bank: &Bank,
    candidates: &[usize],
    exam: Option<Exam>,
    weights: Option<&[f64]>,
    busy_points: &HashSet<String>,
    room: usize,
) -> Vec<usize> {
    let mut points = busy_points.clone();
    let mut out = Vec::with_capacity(room);
    let exams: Vec<Exam> = match exam {
        Some(e) => vec![e],
        None => vec![Exam::ClfC02, Exam::SaaC03],
    };
    let mut used: HashSet<usize> = HashSet::new();
    for (n, exam_now) in exams.iter().enumerate() {
        if out.len() >= room {
            break;
        }
        let pool: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|i| !used.contains(i) && domain_of(&bank.items[*i], *exam_now).is_some())
            .collect();
        let default: Vec<f64> = exam_now.weights().iter().map(|w| f64::from(*w)).collect();
        let w = if n == 0 { weights.unwrap_or(&default) } else { &default };
        for i in draw(bank, &pool, *exam_now, w, &mut points, room - out.len()) {
            used.insert(i);
            out.push(i);
        }
    }
    if exam.is_none() {
        for &i in candidates {
            if out.len() >= room {
                break;
            }
            if !used.contains(&i) && sibling_free(&bank.items[i], &points) {
                mark(&bank.items[i], &mut points);
                out.push(i);
            }
        }
    }
    out
}

fn sibling_free(item: &Item, points: &HashSet<String>) -> bool {
    !item.syllabus.iter().any(|p| points.contains(p))
}

fn mark(item: &Item, points: &mut HashSet<String>) {
    points.extend(item.syllabus.iter().cloned());
}

/// Deficit-based interleaving: each draw goes to the domain furthest behind its weighted share;
/// within a domain, topics take turns.
fn draw(
    bank: &Bank,
    pool: &[usize],
    exam: Exam,
    weights: &[f64],
    points: &mut HashSet<String>,
    room: usize,
) -> Vec<usize> {
    let domains = weights.len();
    // Per domain: per topic a queue, visited round-robin.
    let mut queues: Vec<Vec<VecDeque<usize>>> = vec![Vec::new(); domains];
    let mut topic_slot: Vec<HashMap<&str, usize>> = vec![HashMap::new(); domains];
    for &i in pool {
        let item = &bank.items[i];
        let Some(d) = domain_of(item, exam).filter(|d| *d < domains) else { continue };
        let slot = *topic_slot[d].entry(item.topic.as_str()).or_insert_with(|| {
            queues[d].push(VecDeque::new());
            queues[d].len() - 1
        });
        queues[d][slot].push_back(i);
    }
    let mut turn = vec![0usize; domains];
    let mut taken = vec![0f64; domains];
    let total: f64 = weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    let mut out = Vec::with_capacity(room);
    let mut drawn = 0f64;
    let mut blocked = vec![false; domains];
    while out.len() < room {
        drawn += 1.0;
        let best = (0..domains).filter(|d| !blocked[*d] && queues[*d].iter().any(|q| !q.is_empty())).max_by(|a, b| {
            let da = weights[*a] / total * drawn - taken[*a];
            let db = weights[*b] / total * drawn - taken[*b];
            da.total_cmp(&db).then(b.cmp(a))
        });
        let Some(d) = best else { break };
        if let Some(i) = next_in_domain(bank, &mut queues[d], &mut turn[d], points) {
            mark(&bank.items[i], points);
            taken[d] += 1.0;
            out.push(i);
        } else {
            // Everything left in this domain shares a point with today's items.
            blocked[d] = true;
            drawn -= 1.0;
        }
    }
    out
}

/// The next item of a domain whose syllabus points are free today, topics in turn.
fn next_in_domain(
    bank: &Bank,
    topics: &mut [VecDeque<usize>],
    turn: &mut usize,
    points: &HashSet<String>,
) -> Option<usize> {
    let n = topics.len();
    for step in 0..n {
        let t = (*turn + step) % n;
        if let Some(pos) = topics[t].iter().position(|i| sibling_free(&bank.items[*i], points)) {
            *turn = (t + 1) % n;
            return topics[t].remove(pos);
        }
    }
    None
}
