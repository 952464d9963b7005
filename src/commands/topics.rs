//! `awsdrill topics [--exam E] [--json]`: every topic of the syllabus with its items, how many
//! are seen, and mastery (mean predicted recall now, unseen items counting 0), so a learner can
//! pick a `--topic` for study with their eyes open.

use std::collections::HashMap;

use clap::Args;
use comfy_table::CellAlignment;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::commands::study::saved_config;
use crate::content::{Bank, Exam};
use crate::context::Ctx;
use crate::fargs;
use crate::srs::{ItemState, Phase, Scheduler};

/// Arguments of `topics`.
#[derive(Debug, Args)]
pub struct TopicsArgs {
    /// Only items of this exam (clf-c02 or saa-c03)
    #[arg(long, value_name = "EXAM")]
    pub exam: Option<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// One topic's line.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TopicRow {
    /// Topic id, as `study --topic` takes it.
    pub topic: String,
    /// Title in the chosen language(s).
    pub title: String,
    /// Items in the topic (of the exam, with `--exam`).
    pub items: usize,
    /// Of those, reviewed at least once.
    pub seen: usize,
    /// Never reviewed.
    pub unseen: usize,
    /// Mean predicted recall now, 0–1 (unseen items count 0).
    pub mastery: f64,
}

/// The rows in syllabus order; topics without items are left out.
#[allow(clippy::implicit_hasher)] // callers pass the store's map
pub fn rows(
    bank: &Bank,
    states: &HashMap<String, ItemState>,
    scheduler: &Scheduler,
    exam: Option<Exam>,
    now: i64,
    title: impl Fn(&crate::content::Text) -> String,
) -> Vec<TopicRow> {
    bank.syllabus
        .topics
        .iter()
        .filter_map(|t| {
            let items: Vec<_> =
                bank.items.iter().filter(|i| i.topic == t.id && exam.is_none_or(|e| i.in_exam(e))).collect();
            if items.is_empty() {
                return None;
            }
            let recall: Vec<f64> = items
                .iter()
                .filter_map(|i| states.get(&i.id).filter(|s| s.phase != Phase::New))
                .map(|s| scheduler.retrievability(s, now))
                .collect();
            Some(TopicRow {
                topic: t.id.clone(),
                title: title(&t.title),
                items: items.len(),
                seen: recall.len(),
                unseen: items.len() - recall.len(),
                mastery: recall.iter().fold(0.0, |sum, r| sum + r) / items.len() as f64,
            })
        })
        .collect()
}

/// Runs `topics`.
pub fn run(args: &TopicsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let exam =
        match &args.exam {
            Some(code) => Some(crate::content::Exam::parse(code).ok_or_else(|| {
                anyhow::anyhow!(ctx.i18n.ta("learner-road-bad-exam", &fargs!("value" => code.clone())))
            })?),
            None => None,
        };
    let now = ctx.now_secs();
    let (i18n, bank, store) = ctx.parts()?;
    let scheduler = Scheduler::new(saved_config(store)?)?;
    let states = store.states()?;
    let rows = rows(bank, &states, &scheduler, exam, now, |t| i18n.text_inline(t));
    if args.json.json {
        crate::commands::print_json(&serde_json::json!({ "exam": exam.map(Exam::code), "topics": rows }))?;
        return Ok(ExitStatus::Success);
    }
    let mut t = crate::commands::exam::table();
    t.set_header(vec![
        i18n.t("exam2-topics-col-topic"),
        i18n.t("exam2-topics-col-title"),
        i18n.t("exam2-topics-col-items"),
        i18n.t("exam2-topics-col-seen"),
        i18n.t("exam2-topics-col-unseen"),
        i18n.t("exam2-topics-col-mastery"),
    ]);
    for r in &rows {
        t.add_row(vec![
            r.topic.clone(),
            r.title.clone(),
            r.items.to_string(),
            r.seen.to_string(),
            r.unseen.to_string(),
            format!("{:.0}%", r.mastery * 100.0),
        ]);
    }
    for col in 2..6 {
        if let Some(c) = t.column_mut(col) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    println!("{t}");
    println!("{}", i18n.t("exam2-topics-hint"));
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentSource, load};
    use crate::srs::{Config, Rating};

    #[test]
    fn rows_count_seen_items_and_their_recall() {
        let bank = load(&ContentSource::Embedded).unwrap();
        let scheduler = Scheduler::new(Config::default()).unwrap();
        let all = rows(&bank, &HashMap::new(), &scheduler, None, 0, |t| t.en.clone());
        assert_eq!(all.iter().map(|r| r.items).sum::<usize>(), bank.items.len());
        assert!(all.iter().all(|r| r.seen == 0 && r.mastery.to_bits() == 0), "0, never -0");
        let saa = rows(&bank, &HashMap::new(), &scheduler, Some(Exam::SaaC03), 0, |t| t.en.clone());
        assert!(saa.iter().map(|r| r.items).sum::<usize>() < bank.items.len());
        let first = bank.items.iter().find(|i| i.topic == all[0].topic).unwrap();
        let state = scheduler.review(&ItemState::new_item(), Rating::Easy, 1000, 1, None).state;
        let states = HashMap::from([(first.id.clone(), state)]);
        let seen = rows(&bank, &states, &scheduler, None, 2000, |t| t.en.clone());
        assert_eq!((seen[0].seen, seen[0].unseen), (1, all[0].items - 1));
        assert!(seen[0].mastery > 0.0 && seen[0].mastery <= 1.0 / all[0].items as f64);
    }
}
