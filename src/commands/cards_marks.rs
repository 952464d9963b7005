//! `cards suspend|unsuspend|bury|flag|unflag ID…`, the `--suspended`/`--flagged` filters of
//! `cards list`, and the schedule and history part of `cards show` (issue 17).

use std::fmt::Write as _;

use clap::Args;
use serde_json::json;

use crate::app::ExitStatus;
use crate::content::Bank;
use crate::context::Ctx;
use crate::fargs;
use crate::i18n::Localizer;
use crate::store::{ItemMark, MarkChange, Store};

/// Arguments of `cards suspend|unsuspend|bury|unflag`.
#[derive(Debug, Args)]
pub struct IdsArgs {
    /// Item ids
    #[arg(required = true)]
    pub ids: Vec<String>,
}

/// Arguments of `cards flag`.
#[derive(Debug, Args)]
pub struct FlagArgs {
    /// Item ids
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// A note kept with the flag
    #[arg(long)]
    pub note: Option<String>,
}

/// Which mark a command sets or clears.
#[derive(Debug, Clone, Copy)]
pub enum Which {
    /// `cards suspend`.
    Suspend,
    /// `cards unsuspend`.
    Unsuspend,
    /// `cards bury`.
    Bury,
    /// `cards flag`.
    Flag,
    /// `cards unflag`.
    Unflag,
}

/// Every id must name an item of the bank; the first that does not is the error, with close ids.
fn check_ids(i18n: &Localizer, bank: &Bank, ids: &[String]) -> anyhow::Result<()> {
    for id in ids {
        if bank.get(id).is_none() {
            anyhow::bail!(i18n.msg(&crate::content::unknown_item(bank, id)));
        }
    }
    Ok(())
}

/// Runs one of the mark commands.
pub fn run(which: Which, ids: &[String], note: Option<&str>, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let now = ctx.now_secs();
    let today = ctx.today();
    ctx.bank()?;
    check_ids(&ctx.i18n, ctx.bank.as_ref().expect("loaded above"), ids)?;
    let (i18n, _, store) = ctx.parts()?;
    let change = match which {
        Which::Suspend => MarkChange::Suspend(true),
        Which::Unsuspend => MarkChange::Suspend(false),
        Which::Bury => MarkChange::Bury(today),
        Which::Flag => MarkChange::Flag(now, note.map(str::to_owned)),
        Which::Unflag => MarkChange::Unflag,
    };
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    store.change_marks(&refs, &change)?;
    let id = match which {
        Which::Suspend => "anki-cards-suspended",
        Which::Unsuspend => "anki-cards-unsuspended",
        Which::Bury => "anki-cards-buried",
        Which::Flag => "anki-cards-flagged",
        Which::Unflag => "anki-cards-unflagged",
    };
    println!("{}", i18n.ta(id, &fargs!("count" => ids.len(), "ids" => ids.join(", "))));
    Ok(ExitStatus::Success)
}

/// The ids `cards list --suspended/--flagged` keeps (both: either mark).
pub fn filter(
    store: &Store,
    suspended: bool,
    flagged: bool,
) -> anyhow::Result<std::collections::HashMap<String, ItemMark>> {
    Ok(store.marks()?.into_iter().filter(|(_, m)| (suspended && m.suspended) || (flagged && m.flagged())).collect())
}

/// The schedule, marks and review history of one item, for `cards show`.
pub fn schedule(ctx: &mut Ctx, id: &str) -> anyhow::Result<(String, serde_json::Value)> {
    let now = ctx.now_secs();
    let today = ctx.today();
    let utc_offset = ctx.utc_offset;
    let (i18n, _, store) = ctx.parts()?;
    let config = super::study::saved_config(store)?;
    let scheduler = crate::srs::Scheduler::new(config)?;
    let state = store.state(id)?;
    let mark = store.mark(id)?;
    let log = store.review_log(id)?;
    let date = |secs: i64| {
        chrono::DateTime::from_timestamp(secs + utc_offset, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    let mut out = format!("\n{}", i18n.t("anki-show-schedule"));
    let mut json = json!({"marks": mark, "history": log});
    match &state {
        Some(s) if s.phase != crate::srs::Phase::New => {
            let r = scheduler.retrievability(s, now);
            let (stability, difficulty) = s.memory.map_or((None, None), |m| (Some(m.stability), Some(m.difficulty)));
            let fmt = |v: Option<f32>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:.2}"));
            let _ = write!(
                out,
                "\n  {}",
                i18n.ta(
                    "anki-show-state",
                    &fargs!(
                        "due" => date(s.due),
                        "stability" => fmt(stability),
                        "difficulty" => fmt(difficulty),
                        "recall" => format!("{:.0}%", r * 100.0),
                        "lapses" => s.lapses,
                        "reps" => s.reps
                    )
                )
            );
            json["schedule"] = json!({
                "phase": format!("{:?}", s.phase).to_lowercase(), "due": s.due, "stability": stability,
                "difficulty": difficulty, "retrievability": r, "lapses": s.lapses, "reps": s.reps, "leech": s.leech,
            });
        }
        _ => {
            let _ = write!(out, "\n  {}", i18n.t("anki-show-unseen"));
            json["schedule"] = serde_json::Value::Null;
        }
    }
    let mut marks = Vec::new();
    if mark.suspended {
        marks.push(i18n.t("anki-mark-suspended"));
    }
    if mark.buried_on(today) {
        marks.push(i18n.t("anki-mark-buried"));
    }
    if mark.flagged() {
        let note = mark.flag_note.clone().unwrap_or_default();
        marks.push(i18n.ta("anki-mark-flagged", &fargs!("note" => note)).trim_end().to_owned());
    }
    if state.as_ref().is_some_and(|s| s.leech) {
        marks.push(i18n.t("anki-mark-leech"));
    }
    if !marks.is_empty() {
        let _ = write!(out, "\n  {}", marks.join(" · "));
    }
    let _ = write!(out, "\n{}", i18n.ta("anki-show-history", &fargs!("count" => log.len())));
    for review in &log {
        let verdict = match review.correct {
            Some(true) => "✓",
            Some(false) => "✗",
            None => "·",
        };
        let rating = crate::srs::Rating::ALL
            .get(review.rating.saturating_sub(1) as usize)
            .map_or_else(String::new, |r| crate::ui::render::rating_name(i18n, *r));
        let _ = write!(
            out,
            "\n  {} {verdict} {rating:<6} {:<6} {}",
            date(review.at_ms.div_euclid(1000)),
            review.mode,
            i18n.ta("time-days", &fargs!("n" => review.interval_days))
        );
    }
    Ok((out, json))
}
