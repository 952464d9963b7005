//! Instructor quiz files (`content/quizzes/*.yaml`, or any file given to `awsdrill quiz`): fixed
//! item ids and/or pools drawn by topic, exam domain or tag, with a default seed.

use rand::seq::SliceRandom;
use serde::Deserialize;

use crate::content::locate::{Locator, Seg};
use crate::content::{Bank, Body, Diagnostic, Exam, Item, SCHEMA_VERSION, Severity, SourceFile, Text};
use crate::exam::blueprint::serde_diag;
use crate::exercise;
use crate::explain::Msg;
use crate::session::topic_matches;

/// A pool: `count` items drawn from those matching exactly one selector.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    /// A syllabus topic (`vpc` also matches `vpc.security`).
    pub topic: Option<String>,
    /// An exam domain (`saa-c03:1`) or task statement (`saa-c03:1.2`).
    pub domain: Option<String>,
    /// A tag.
    pub tag: Option<String>,
    /// How many items to draw.
    pub count: usize,
}

fn yes() -> bool {
    true
}

/// One entry of a quiz's `items:` list: a bank item's id, or a whole item written in the quiz file
/// in the bank's schema (its id in the quiz's own namespace).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Entry {
    /// A bank item id.
    Id(String),
    /// An item of the quiz's own.
    Inline(serde_yaml::Value),
}

/// A parsed quiz file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// Must be 1.
    pub schema_version: u64,
    /// Shown at the top, and used as the export's title.
    pub title: Text,
    /// The seed used when `--seed` is not given, so a reissue is identical.
    pub seed: u64,
    /// Time limit in minutes (informational in scripted use; exported where a format has it).
    pub minutes: Option<u32>,
    /// Pass mark, percent of items right.
    pub pass_percent: u32,
    /// Shuffle the options of authored questions (with the seed).
    #[serde(default = "yes")]
    pub shuffle_options: bool,
    /// Fixed items, in order, first on the paper: bank ids and the quiz's own items.
    #[serde(default)]
    pub items: Vec<Entry>,
    /// Pools, drawn after the fixed items, in order.
    #[serde(default)]
    pub pools: Vec<Pool>,
    /// The quiz's own items, checked (filled by `check_file`).
    #[serde(skip)]
    pub own: Vec<Item>,
}

/// Parses a domain selector: a whole domain (`saa-c03:1`) or one task statement (`saa-c03:1.2`).
fn parse_selector(selector: &str) -> Option<(Exam, u8, Option<u8>)> {
    let (exam, rest) = selector.split_once(':')?;
    let exam = Exam::parse(exam)?;
    let (domain, task) = match rest.split_once('.') {
        Some((d, t)) => (d.parse::<u8>().ok()?, Some(t.parse::<u8>().ok()?)),
        None => (rest.parse::<u8>().ok()?, None),
    };
    let tasks = *exam.tasks_per_domain().get(usize::from(domain).checked_sub(1)?)?;
    if task.is_some_and(|t| t == 0 || t > tasks) {
        return None;
    }
    Some((exam, domain, task))
}

fn domain_matches(item: &Item, selector: &str) -> Option<bool> {
    let (exam, domain, task) = parse_selector(selector)?;
    Some(item.domains.iter().any(|d| d.exam == exam && d.domain == domain && task.is_none_or(|t| t == d.task)))
}

impl Pool {
    /// Whether `item` may be drawn by this pool (cards never: they are not graded).
    pub fn matches(&self, item: &Item) -> bool {
        if matches!(item.body, Body::Card { .. }) {
            return false;
        }
        if let Some(topic) = &self.topic {
            return topic_matches(&item.topic, topic);
        }
        if let Some(domain) = &self.domain {
            return domain_matches(item, domain).unwrap_or(false);
        }
        if let Some(tag) = &self.tag {
            return item.tags.iter().any(|t| t == tag);
        }
        false
    }
}

/// A pool that could not be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolShort {
    /// Index in `pools`.
    pub pool: usize,
    /// Items found.
    pub available: usize,
}

impl Quiz {
    /// The ids of the fixed items, in order (own items by their id; unnamed ones skipped).
    pub fn fixed_ids(&self) -> Vec<String> {
        self.items
            .iter()
            .filter_map(|entry| match entry {
                Entry::Id(id) => Some(id.clone()),
                Entry::Inline(value) => value.get("id").and_then(serde_yaml::Value::as_str).map(str::to_owned),
            })
            .collect()
    }

    /// The item ids of the paper for `seed`: fixed items, then each pool's draw (no repeats).
    pub fn resolve(&self, bank: &Bank, seed: u64) -> Result<Vec<String>, PoolShort> {
        let mut rng = exercise::rng(seed);
        let mut ids: Vec<String> = self.fixed_ids();
        for (index, pool) in self.pools.iter().enumerate() {
            let mut candidates: Vec<&str> =
                bank.items.iter().filter(|i| pool.matches(i) && !ids.contains(&i.id)).map(|i| i.id.as_str()).collect();
            if candidates.len() < pool.count {
                return Err(PoolShort { pool: index, available: candidates.len() });
            }
            candidates.shuffle(&mut rng);
            ids.extend(candidates.into_iter().take(pool.count).map(str::to_owned));
        }
        Ok(ids)
    }
}

/// Parses and checks one quiz file against the bank; `None` when it has errors.
pub fn check_file(file: &SourceFile, bank: &Bank, out: &mut Vec<Diagnostic>) -> Option<Quiz> {
    let locator = Locator::new(&file.text);
    let de = serde_yaml::Deserializer::from_str(&file.text);
    let mut quiz: Quiz = match serde_path_to_error::deserialize(de) {
        Ok(q) => q,
        Err(err) => {
            out.push(serde_diag(file, &locator, &err));
            return None;
        }
    };
    let before = out.len();
    let mut error = |path: &[Seg], msg: Msg| {
        let pos = locator.find(path);
        out.push(Diagnostic { file: file.path.clone(), line: pos.line, col: pos.col, severity: Severity::Error, msg });
    };
    let k = |s: &str| Seg::Key(s.to_owned());
    if quiz.schema_version != SCHEMA_VERSION {
        error(
            &[k("schema_version")],
            Msg::new("content-err-schema-version").arg("found", quiz.schema_version).arg("supported", SCHEMA_VERSION),
        );
    }
    for (lang, text) in [("en", &quiz.title.en), ("ko", &quiz.title.ko)] {
        if text.trim().is_empty() {
            error(&[k("title"), k(lang)], Msg::new("content-err-empty-text").arg("lang", lang));
        }
    }
    if !(1..=100).contains(&quiz.pass_percent) {
        error(&[k("pass_percent")], Msg::new("quiz-err-pass").arg("found", quiz.pass_percent));
    }
    if quiz.minutes == Some(0) {
        error(&[k("minutes")], Msg::new("exam-err-positive").arg("field", "minutes"));
    }
    if quiz.items.is_empty() && quiz.pools.is_empty() {
        error(&[], Msg::new("quiz-err-empty"));
    }
    let mut own = Vec::new();
    let mut collided = Vec::new();
    let mut inline_diags = Vec::new();
    for (i, entry) in quiz.items.iter().enumerate() {
        let here = [k("items"), Seg::Index(i)];
        if let Entry::Inline(value) = entry {
            let item = crate::content::check_inline_item(file, &here, value.clone(), &bank.syllabus, &mut inline_diags);
            if let Some(item) = item {
                if bank.get(&item.id).is_some() {
                    collided.push(item.id.clone());
                    error(
                        &[k("items"), Seg::Index(i), k("id")],
                        Msg::new("quiz-err-own-collides").arg("id", item.id.as_str()),
                    );
                } else if matches!(item.body, Body::Card { .. }) {
                    error(&here, Msg::new("quiz-err-card").arg("id", item.id.as_str()));
                } else {
                    own.push(item);
                }
            }
        }
    }
    let ids = quiz.fixed_ids();
    for (i, entry) in quiz.items.iter().enumerate() {
        let Entry::Id(id) = entry else { continue };
        let here = [k("items"), Seg::Index(i)];
        match bank.get(id) {
            None if own.iter().any(|o| o.id == *id) => {}
            None => error(&here, crate::content::unknown_item(bank, id)),
            Some(item) if matches!(item.body, Body::Card { .. }) => {
                error(&here, Msg::new("quiz-err-card").arg("id", id.as_str()));
            }
            Some(_) => {}
        }
    }
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) && !collided.contains(id) {
            error(&[k("items"), Seg::Index(i)], Msg::new("quiz-err-repeated").arg("id", id.as_str()));
        }
    }
    for (i, pool) in quiz.pools.iter().enumerate() {
        let here = |f: &str| [k("pools"), Seg::Index(i), k(f)];
        let selectors =
            [pool.topic.is_some(), pool.domain.is_some(), pool.tag.is_some()].iter().filter(|s| **s).count();
        if selectors != 1 {
            error(&[k("pools"), Seg::Index(i)], Msg::new("quiz-err-selector").arg("found", selectors));
        }
        if let Some(topic) = &pool.topic
            && !bank.syllabus.topics.iter().any(|t| topic_matches(&t.id, topic))
        {
            error(&here("topic"), Msg::new("content-err-unknown-topic").arg("topic", topic.as_str()));
        }
        if let Some(domain) = &pool.domain
            && parse_selector(domain).is_none()
        {
            error(&here("domain"), Msg::new("quiz-err-domain").arg("domain", domain.as_str()));
        }
        if pool.count == 0 {
            error(&here("count"), Msg::new("exam-err-positive").arg("field", "count"));
        }
    }
    out.append(&mut inline_diags);
    if out.len() != before {
        return None;
    }
    quiz.own = own;
    let merged;
    let bank = if quiz.own.is_empty() {
        bank
    } else {
        merged = bank.with_extra(&quiz.own);
        &merged
    };
    if let Err(short) = quiz.resolve(bank, quiz.seed) {
        let pool = &quiz.pools[short.pool];
        let pos = locator.find(&[k("pools"), Seg::Index(short.pool), k("count")]);
        out.push(Diagnostic {
            file: file.path.clone(),
            line: pos.line,
            col: pos.col,
            severity: Severity::Error,
            msg: Msg::new("quiz-err-pool-short").arg("count", pool.count).arg("available", short.available),
        });
        return None;
    }
    Some(quiz)
}

/// Checks every file under `quizzes/`.
pub fn check_files(files: &[SourceFile], bank: &Bank, out: &mut Vec<Diagnostic>) {
    for file in files.iter().filter(|f| f.path.starts_with("quizzes/")) {
        check_file(file, bank, out);
    }
}
