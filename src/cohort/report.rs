//! The cohort report: per-learner rows, per-domain spread, weakest topics, hardest items and a
//! leaderboard, computed from learners' exports. Pure: the bank, the day and the clock come in.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::export::Export;
use super::goal::parse_date;
use super::readiness::{self, DomainReadiness, item_domain, pass_line};
use crate::content::{Bank, Exam, Text};
use crate::srs::{ItemState, Memory, Phase, Scheduler};

/// Days without reviews after which a learner is flagged at risk.
pub const INACTIVE_DAYS: i64 = 3;
/// Days shown in the activity heatmap.
pub const HEATMAP_DAYS: i64 = 30;

/// One learner's line.
#[derive(Debug, Clone, Serialize)]
pub struct LearnerRow {
    /// Name or pseudonym.
    pub name: String,
    /// The file it came from.
    pub file: String,
    /// Last day with reviews.
    pub last_active: Option<String>,
    /// Days since then (null if never).
    pub inactive_days: Option<i64>,
    /// Consecutive study days up to today or yesterday.
    pub streak: usize,
    /// Reviews over the last 7 days (today included).
    pub reviews_7d: i64,
    /// Reviews over the last 30 days.
    pub reviews_30d: i64,
    /// All reviews.
    pub reviews_total: i64,
    /// Items reviewed at least once.
    pub items_seen: usize,
    /// Overall readiness (weighted).
    pub readiness: f64,
    /// Per domain.
    pub domains: Vec<DomainReadiness>,
    /// When readiness is predicted for: the learner's exam day, or today without a matching goal.
    pub readiness_at: String,
    /// The latest mock exam of the report's exam.
    pub latest_mock: Option<MockScore>,
    /// Leech count.
    pub leeches: usize,
    /// Flagged at risk.
    pub at_risk: bool,
    /// Why: `inactive` and/or `below-pass-line`.
    pub risk_reasons: Vec<String>,
    /// Reviews per day over the last 30 days, oldest first.
    pub activity: Vec<i64>,
}

/// A mock-exam result.
#[derive(Debug, Clone, Serialize)]
pub struct MockScore {
    /// Scaled-score estimate.
    pub scaled_estimate: u32,
    /// Pass mark.
    pub pass_mark: u32,
    /// Passed.
    pub passed: bool,
}

/// Cohort spread in one domain.
#[derive(Debug, Clone, Serialize)]
pub struct DomainSummary {
    /// Domain number.
    pub domain: u8,
    /// Weight, percent.
    pub weight: u32,
    /// Mean readiness.
    pub mean: f64,
    /// Population standard deviation.
    pub spread: f64,
    /// Lowest.
    pub min: f64,
    /// Highest.
    pub max: f64,
}

/// A topic the cohort is weak in.
#[derive(Debug, Clone, Serialize)]
pub struct TopicRow {
    /// Topic id.
    pub topic: String,
    /// Items of the exam in it.
    pub items: usize,
    /// Cohort mean of predicted recall.
    pub mean: f64,
}

/// An item that trips the cohort up.
#[derive(Debug, Clone, Serialize)]
pub struct HardItem {
    /// Bank id.
    pub id: String,
    /// Title in both languages.
    pub title: Text,
    /// Lapses across the cohort.
    pub lapses: u64,
    /// Reviews across the cohort.
    pub reviews: u64,
    /// `lapses / reviews`.
    pub rate: f64,
}

/// A leaderboard place.
#[derive(Debug, Clone, Serialize)]
pub struct Place {
    /// 1-based.
    pub rank: usize,
    /// Learner.
    pub name: String,
    /// Overall readiness.
    pub readiness: f64,
    /// Reviews over 30 days.
    pub reviews_30d: i64,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Exam code.
    pub exam: String,
    /// The report day.
    pub today: String,
    /// Pass line (estimate).
    pub pass_line: f64,
    /// Learners, by name.
    pub learners: Vec<LearnerRow>,
    /// Per-domain cohort spread.
    pub domains: Vec<DomainSummary>,
    /// Weakest topics first.
    pub weakest_topics: Vec<TopicRow>,
    /// Hardest items first.
    pub hardest_items: Vec<HardItem>,
    /// Null when turned off.
    pub leaderboard: Option<Vec<Place>>,
    /// Dates of the heatmap columns, oldest first.
    pub heatmap_dates: Vec<String>,
}

/// Inputs besides the exports.
#[derive(Debug)]
pub struct Options<'a> {
    /// The bank items are looked up in.
    pub bank: &'a Bank,
    /// The exam the report is for.
    pub exam: Exam,
    /// Today's study day (days since 1970-01-01).
    pub today: i64,
    /// Now, Unix seconds.
    pub now: i64,
    /// Local offset, seconds (exam days start at 04:00 local).
    pub utc_offset: i64,
    /// Show the leaderboard.
    pub leaderboard: bool,
}

fn date_day(text: &str) -> Option<i64> {
    parse_date(text).map(|d| d.signed_duration_since(chrono::NaiveDate::default()).num_days())
}

fn day_date(day: i64) -> String {
    (chrono::NaiveDate::default() + chrono::Days::new(day.max(0) as u64)).to_string()
}

fn states_of(export: &Export) -> HashMap<String, ItemState> {
    export
        .items
        .iter()
        .map(|i| {
            let memory =
                i.stability.zip(i.difficulty).map(|(s, d)| Memory { stability: s as f32, difficulty: d as f32 });
            let phase = if i.reps == 0 { Phase::New } else { Phase::Review };
            let state = ItemState {
                phase,
                step: 0,
                memory,
                due: i.due,
                last_review: i.last_review,
                reps: i.reps,
                lapses: i.lapses,
                leech: i.leech,
                interval_days: 0,
            };
            (i.id.clone(), state)
        })
        .collect()
}

fn learner(
    export: &Export,
    file: &str,
    opts: &Options<'_>,
    scheduler: &Scheduler,
    recall_of: &mut HashMap<String, f64>,
) -> LearnerRow {
    let states = states_of(export);
    let goal = export
        .goal
        .as_ref()
        .filter(|g| Exam::parse(&g.exam) == Some(opts.exam))
        .and_then(|g| date_day(&g.date))
        .filter(|&d| d >= opts.today);
    let (at, at_day) = match goal {
        Some(day) => (crate::srs::day_start(day, opts.utc_offset), day),
        None => (opts.now, opts.today),
    };
    recall_of.clear();
    for (id, s) in &states {
        if s.phase != Phase::New {
            recall_of.insert(id.clone(), scheduler.retrievability(s, at));
        }
    }
    let r = readiness::compute(opts.exam, opts.bank, |id| recall_of.get(id).copied());
    let days: Vec<(i64, i64)> = export.days.iter().filter_map(|d| Some((date_day(&d.date)?, d.reviews))).collect();
    let totals: Vec<crate::store::DayTotals> =
        days.iter().map(|&(day, reviews)| crate::store::DayTotals { day, reviews, ..Default::default() }).collect();
    let since =
        |n: i64| days.iter().filter(|(d, _)| *d > opts.today - n && *d <= opts.today).map(|(_, r)| r).sum::<i64>();
    let last = days.iter().filter(|(_, r)| *r > 0).map(|(d, _)| *d).max();
    let inactive_days = last.map(|d| opts.today - d);
    let mut reasons = Vec::new();
    if inactive_days.is_none_or(|d| d >= INACTIVE_DAYS) {
        reasons.push("inactive".to_owned());
    }
    if r.overall < r.pass_line {
        reasons.push("below-pass-line".to_owned());
    }
    let latest_mock = export
        .exams
        .iter()
        .filter(|e| Exam::parse(&e.exam) == Some(opts.exam))
        .max_by_key(|e| e.finished_at)
        .map(|e| MockScore { scaled_estimate: e.scaled_estimate, pass_mark: e.pass_mark, passed: e.passed });
    LearnerRow {
        name: export.learner.clone(),
        file: file.to_owned(),
        last_active: last.map(day_date),
        inactive_days,
        streak: crate::srs::streak(&totals, opts.today),
        reviews_7d: since(7),
        reviews_30d: since(HEATMAP_DAYS),
        reviews_total: days.iter().map(|(_, r)| r).sum(),
        items_seen: states.values().filter(|s| s.phase != Phase::New).count(),
        readiness: r.overall,
        domains: r.domains,
        readiness_at: day_date(at_day),
        latest_mock,
        leeches: export.items.iter().filter(|i| i.leech).count(),
        at_risk: !reasons.is_empty(),
        risk_reasons: reasons,
        activity: (0..HEATMAP_DAYS)
            .map(|k| {
                let day = opts.today - (HEATMAP_DAYS - 1) + k;
                days.iter().filter(|(d, _)| *d == day).map(|(_, r)| r).sum()
            })
            .collect(),
    }
}

fn mean_sd(values: &[f64]) -> (f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0);
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / values.len() as f64;
    (mean, var.sqrt())
}

/// Builds the report from `(file, export)` pairs that have already passed the input checks.
pub fn build(exports: &[(String, Export)], opts: &Options<'_>) -> Report {
    let scheduler = Scheduler::new(crate::srs::Config::default()).expect("the default configuration is valid");
    let mut recall = HashMap::new();
    let mut topic_sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    let mut learners = Vec::new();
    for (file, export) in exports {
        let row = learner(export, file, opts, &scheduler, &mut recall);
        // Topic means per learner, accumulated for the cohort; `recall` still holds this learner's values.
        let mut per_topic: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
        for item in opts.bank.items.iter().filter(|i| item_domain(i, opts.exam).is_some()) {
            let slot = per_topic.entry(item.topic.as_str()).or_default();
            slot.0 += recall.get(&item.id).copied().unwrap_or(0.0);
            slot.1 += 1;
        }
        for (topic, (sum, n)) in per_topic {
            let slot = topic_sums.entry(topic.to_owned()).or_default();
            slot.0 += sum / n as f64;
            slot.1 += 1;
        }
        learners.push(row);
    }
    learners.sort_by(|a, b| a.name.cmp(&b.name));
    let domains = opts
        .exam
        .weights()
        .iter()
        .enumerate()
        .map(|(i, &weight)| {
            let values: Vec<f64> = learners.iter().filter_map(|l| l.domains.get(i).map(|d| d.recall)).collect();
            let (mean, spread) = mean_sd(&values);
            DomainSummary {
                domain: (i + 1) as u8,
                weight,
                mean,
                spread,
                min: values.iter().copied().fold(f64::INFINITY, f64::min).min(1.0),
                max: values.iter().copied().fold(0.0, f64::max),
            }
        })
        .collect();
    let mut weakest_topics: Vec<TopicRow> = topic_sums
        .into_iter()
        .map(|(topic, (sum, n))| TopicRow {
            items: opts.bank.items.iter().filter(|i| i.topic == topic && item_domain(i, opts.exam).is_some()).count(),
            mean: sum / n.max(1) as f64,
            topic,
        })
        .collect();
    weakest_topics.sort_by(|a, b| a.mean.total_cmp(&b.mean).then_with(|| a.topic.cmp(&b.topic)));
    weakest_topics.truncate(5);
    let mut agg: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for (_, export) in exports {
        for item in &export.items {
            let slot = agg.entry(item.id.as_str()).or_default();
            slot.0 += u64::from(item.lapses);
            slot.1 += u64::from(item.reps);
        }
    }
    let mut hardest_items: Vec<HardItem> = agg
        .into_iter()
        .filter(|&(_, (lapses, reps))| lapses > 0 && reps > 0)
        .filter_map(|(id, (lapses, reviews))| {
            let item = opts.bank.get(id)?;
            Some(HardItem {
                id: id.to_owned(),
                title: item.title().clone(),
                lapses,
                reviews,
                rate: lapses as f64 / reviews as f64,
            })
        })
        .collect();
    hardest_items.sort_by(|a, b| b.rate.total_cmp(&a.rate).then(b.lapses.cmp(&a.lapses)).then_with(|| a.id.cmp(&b.id)));
    hardest_items.truncate(10);
    let leaderboard = opts.leaderboard.then(|| {
        let mut order: Vec<&LearnerRow> = learners.iter().collect();
        order.sort_by(|a, b| {
            b.readiness
                .total_cmp(&a.readiness)
                .then(b.reviews_30d.cmp(&a.reviews_30d))
                .then_with(|| a.name.cmp(&b.name))
        });
        order
            .iter()
            .enumerate()
            .map(|(i, l)| Place {
                rank: i + 1,
                name: l.name.clone(),
                readiness: l.readiness,
                reviews_30d: l.reviews_30d,
            })
            .collect()
    });
    Report {
        exam: opts.exam.code().to_owned(),
        today: day_date(opts.today),
        pass_line: pass_line(opts.exam),
        learners,
        domains,
        weakest_topics,
        hardest_items,
        leaderboard,
        heatmap_dates: (0..HEATMAP_DAYS).map(|k| day_date(opts.today - (HEATMAP_DAYS - 1) + k)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_spread() {
        let (m, s) = mean_sd(&[0.2, 0.4, 0.6]);
        assert!((m - 0.4).abs() < 1e-9);
        assert!((s - (0.08_f64 / 3.0).sqrt()).abs() < 1e-9);
        assert_eq!(mean_sd(&[]), (0.0, 0.0));
    }

    #[test]
    fn dates_and_days_agree() {
        assert_eq!(date_day("1970-01-02"), Some(1));
        assert_eq!(day_date(date_day("2026-11-22").unwrap()), "2026-11-22");
    }
}
