//! One object under a lifecycle configuration: its storage class for each range of days, when it
//! is deleted, and the days billed under each class's minimum storage duration.

use super::config::{Config, Filter, Resolved, problems};
use super::{MIN_TRANSITION_BYTES, api_name, rank, transition_allowed};
use crate::explain::{Msg, Step};
use crate::model::s3::StorageClass;

/// The object asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// Size in bytes.
    pub size: u64,
    /// Age in days since creation (the end of the timeline).
    pub days: u32,
    /// Days it has been noncurrent at the end (versioned bucket), if it is noncurrent.
    pub noncurrent_days: Option<u32>,
    /// Its key, to match prefixes (`None`: prefixes are assumed to match).
    pub key: Option<String>,
    /// The class it was uploaded to.
    pub class: StorageClass,
}

/// A range of days in one class: `from_day` inclusive, `to_day` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// First day in the class.
    pub from_day: u32,
    /// Day it left the class (or the end of the timeline).
    pub to_day: u32,
    /// The class.
    pub class: StorageClass,
    /// Whether the object was a noncurrent version during the range.
    pub noncurrent: bool,
}

/// The answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What S3 would refuse the configuration for (empty: valid).
    pub problems: Vec<Msg>,
    /// The object's classes, oldest first.
    pub timeline: Vec<Segment>,
    /// The day the object is deleted (current expiration, or noncurrent expiration), if ever.
    pub expires_on_day: Option<u32>,
    /// Days billed per class so far, in timeline order.
    pub billed_days: Vec<(StorageClass, u32)>,
    /// Of those, days charged beyond the days stored (early deletion or transition).
    pub early_days: Vec<(StorageClass, u32)>,
    /// The explanation.
    pub steps: Vec<Step>,
}

fn sizes(f: &Filter) -> (Option<u64>, Option<u64>) {
    let inner = f.and.as_deref();
    (
        inner.and_then(|a| a.object_size_greater_than).or(f.object_size_greater_than),
        inner.and_then(|a| a.object_size_less_than).or(f.object_size_less_than),
    )
}

fn prefix(r: &Resolved) -> Option<&str> {
    let f = r.rule.filter.as_ref();
    f.and_then(|f| f.and.as_deref().and_then(|a| a.prefix.as_deref()).or(f.prefix.as_deref()))
        .or(r.rule.prefix.as_deref())
        .filter(|p| !p.is_empty())
}

fn has_tags(r: &Resolved) -> bool {
    r.rule
        .filter
        .as_ref()
        .is_some_and(|f| f.tag.is_some() || f.and.as_deref().is_some_and(|a| a.tag.is_some() || !a.tags.is_empty()))
}

/// Whether the rule applies to the object; pushes the reason when it does not.
fn applies(r: &Resolved, obj: &Object, steps: &mut Vec<Step>) -> bool {
    let name = r.name.as_str();
    if !r.enabled {
        steps.push(Step::fact(Msg::new("calc5-lc-step-disabled").arg("rule", name)));
        return false;
    }
    if let (Some(p), Some(key)) = (prefix(r), obj.key.as_deref())
        && !key.starts_with(p)
    {
        steps
            .push(Step::fact(Msg::new("calc5-lc-step-prefix-miss").arg("rule", name).arg("prefix", p).arg("key", key)));
        return false;
    }
    if let (Some(p), None) = (prefix(r), obj.key.as_deref()) {
        steps.push(Step::convention(Msg::new("calc5-lc-step-prefix-assumed").arg("rule", name).arg("prefix", p)));
    }
    if has_tags(r) {
        steps.push(Step::convention(Msg::new("calc5-lc-step-tags-assumed").arg("rule", name)));
    }
    let (gt, lt) = r.rule.filter.as_ref().map_or((None, None), sizes);
    if gt.is_some_and(|g| obj.size <= g) || lt.is_some_and(|l| obj.size >= l) {
        steps.push(Step::fact(
            Msg::new("calc5-lc-step-size-miss")
                .arg("rule", name)
                .arg("size", obj.size)
                .arg("gt", gt.map_or_else(|| "-".to_owned(), |g| g.to_string()))
                .arg("lt", lt.map_or_else(|| "-".to_owned(), |l| l.to_string())),
        ));
        return false;
    }
    steps.push(Step::fact(Msg::new("calc5-lc-step-applies").arg("rule", name)));
    true
}

/// Whether the default 128 KB minimum stops this transition (a size filter on the rule lifts it).
fn too_small(r: &Resolved, config: &Config, size: u64, class: StorageClass) -> bool {
    let custom = r.rule.filter.as_ref().is_some_and(|f| sizes(f) != (None, None));
    let archive_ok = config.transition_default_minimum_object_size.as_deref() == Some("varies_by_storage_class")
        && matches!(class, StorageClass::GlacierFlexible | StorageClass::DeepArchive);
    !custom && !archive_ok && size < MIN_TRANSITION_BYTES
}

/// Walks one phase (current or noncurrent) from `start` to `end`, moving along `candidates`
/// (absolute day, class, rule) and returning the class at the end.
fn walk(
    mut class: StorageClass,
    start: u32,
    end: u32,
    noncurrent: bool,
    mut candidates: Vec<(u32, StorageClass, String)>,
    segs: &mut Vec<Segment>,
    steps: &mut Vec<Step>,
) -> StorageClass {
    candidates.sort_by_key(|c| (c.0, rank(c.1)));
    let mut from = start;
    let mut days: Vec<u32> = candidates.iter().map(|c| c.0.max(start)).filter(|d| *d < end).collect();
    days.dedup();
    for day in days {
        // Among the transitions due by this day, S3 takes the coldest one the waterfall allows.
        let due = candidates.iter().filter(|c| c.0 <= day && transition_allowed(class, c.1)).max_by_key(|c| rank(c.1));
        let Some((_, to, rule)) = due else { continue };
        if day > from {
            segs.push(Segment { from_day: from, to_day: day, class, noncurrent });
        }
        steps.push(Step::fact(
            Msg::new("calc5-lc-step-transition")
                .arg("day", day)
                .arg("rule", rule.as_str())
                .arg("from", api_name(class))
                .arg("to", api_name(*to)),
        ));
        class = *to;
        from = day;
    }
    if end > from {
        segs.push(Segment { from_day: from, to_day: end, class, noncurrent });
    }
    class
}

/// Evaluates `obj` under the configuration's rules.
pub fn evaluate(config: &Config, rules: &[Resolved], obj: &Object) -> Outcome {
    let problems = problems(rules);
    let mut steps = Vec::new();
    let mut timeline = Vec::new();
    if !problems.is_empty() {
        steps.push(Step::fact(Msg::new("calc5-lc-step-refused").arg("count", problems.len())));
        timeline.push(Segment { from_day: 0, to_day: obj.days, class: obj.class, noncurrent: false });
        let billed = vec![(obj.class, obj.days)];
        return Outcome {
            problems,
            timeline,
            expires_on_day: None,
            billed_days: billed,
            early_days: Vec::new(),
            steps,
        };
    }
    steps.push(Step::fact(Msg::new("calc5-lc-step-valid").arg("count", rules.len())));
    let matching: Vec<&Resolved> = rules.iter().filter(|r| applies(r, obj, &mut steps)).collect();
    let became_noncurrent = obj.noncurrent_days.map(|n| obj.days.saturating_sub(n));
    let mut candidates = |pick: &dyn Fn(&Resolved) -> Vec<(u32, StorageClass)>, offset: u32| {
        let mut out = Vec::new();
        for r in &matching {
            for (d, class) in pick(r) {
                if too_small(r, config, obj.size, class) {
                    steps.push(Step::fact(
                        Msg::new("calc5-lc-step-too-small")
                            .arg("rule", r.name.as_str())
                            .arg("size", obj.size)
                            .arg("class", api_name(class)),
                    ));
                } else {
                    out.push((d + offset, class, r.name.clone()));
                }
            }
        }
        out
    };
    let current = candidates(&|r| r.transitions.clone(), 0);
    let older = candidates(&|r| r.noncurrent.clone(), became_noncurrent.unwrap_or(0));
    let min_days = |f: &dyn Fn(&Resolved) -> Option<u32>| matching.iter().filter_map(|r| f(r)).min();
    let expires_on_day = match became_noncurrent {
        None => min_days(&|r| r.rule.expiration.as_ref().and_then(|e| e.days)),
        Some(b) => {
            min_days(&|r| r.rule.noncurrent_version_expiration.as_ref().and_then(|e| e.noncurrent_days)).map(|n| b + n)
        }
    };
    let end = expires_on_day.map_or(obj.days, |e| e.min(obj.days));
    let class = match became_noncurrent {
        None => walk(obj.class, 0, end, false, current, &mut timeline, &mut steps),
        Some(b) => {
            let b = b.min(end);
            let at_b = walk(obj.class, 0, b, false, current, &mut timeline, &mut steps);
            steps.push(Step::fact(Msg::new("calc5-lc-step-noncurrent").arg("day", b)));
            walk(at_b, b, end, true, older, &mut timeline, &mut steps)
        }
    };
    match expires_on_day {
        Some(e) if e <= obj.days => steps.push(Step::fact(Msg::new("calc5-lc-step-expired").arg("day", e))),
        Some(e) => steps.push(Step::fact(Msg::new("calc5-lc-step-expires-later").arg("day", e).arg("age", obj.days))),
        None => steps.push(Step::fact(Msg::new("calc5-lc-step-no-expiration"))),
    }
    if became_noncurrent.is_some() {
        steps.push(Step::fact(Msg::new("calc5-lc-step-current-expiration-ignored")));
    }
    if timeline.is_empty() {
        timeline.push(Segment { from_day: 0, to_day: 0, class, noncurrent: became_noncurrent.is_some() });
    }
    let deleted = expires_on_day.is_some_and(|e| e <= obj.days);
    let (billed_days, early_days) = billing(&timeline, deleted, &mut steps);
    size_notes(obj.size, &timeline, &mut steps);
    Outcome { problems, timeline, expires_on_day, billed_days, early_days, steps }
}

/// Days per storage class, in the order the object first entered each class.
type DaysPerClass = Vec<(StorageClass, u32)>;

/// Days billed per class: each stay is billed at least the class's minimum when it ended by a
/// transition or a deletion; a stay still running at the end is billed as stored so far.
fn billing(timeline: &[Segment], deleted: bool, steps: &mut Vec<Step>) -> (DaysPerClass, DaysPerClass) {
    let mut stays: Vec<(StorageClass, u32)> = Vec::new();
    for s in timeline {
        match stays.last_mut() {
            Some((c, d)) if *c == s.class => *d += s.to_day - s.from_day,
            _ => stays.push((s.class, s.to_day - s.from_day)),
        }
    }
    let mut billed: Vec<(StorageClass, u32)> = Vec::new();
    let mut early: Vec<(StorageClass, u32)> = Vec::new();
    let last = stays.len().saturating_sub(1);
    for (i, &(class, stored)) in stays.iter().enumerate() {
        let ended = i < last || deleted;
        let min = class.info().min_days;
        let charged = if ended { stored.max(min) } else { stored };
        if charged > stored {
            steps.push(Step::fact(
                Msg::new("calc5-lc-step-early")
                    .arg("class", api_name(class))
                    .arg("stored", stored)
                    .arg("min", min)
                    .arg("extra", charged - stored),
            ));
            add(&mut early, class, charged - stored);
        }
        add(&mut billed, class, charged);
        steps.push(Step::fact(
            Msg::new("calc5-lc-step-billed").arg("class", api_name(class)).arg("stored", stored).arg("billed", charged),
        ));
    }
    (billed, early)
}

fn add(list: &mut Vec<(StorageClass, u32)>, class: StorageClass, days: u32) {
    match list.iter_mut().find(|(c, _)| *c == class) {
        Some((_, d)) => *d += days,
        None => list.push((class, days)),
    }
}

fn size_notes(size: u64, timeline: &[Segment], steps: &mut Vec<Step>) {
    let mut seen: Vec<StorageClass> = Vec::new();
    for s in timeline {
        if seen.contains(&s.class) {
            continue;
        }
        seen.push(s.class);
        let info = s.class.info();
        if info.min_billable_kb > 0 && size < u64::from(info.min_billable_kb) * 1024 {
            steps.push(Step::fact(
                Msg::new("calc5-lc-step-min-size")
                    .arg("class", api_name(s.class))
                    .arg("size", size)
                    .arg("kb", info.min_billable_kb),
            ));
        }
        if info.overhead_kb > 0 {
            steps.push(Step::fact(Msg::new("calc5-lc-step-overhead").arg("class", api_name(s.class))));
        }
    }
}
