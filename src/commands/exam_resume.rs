//! `awsdrill exam resume [ID] [--strict]`, and the sitting itself for new and resumed exams:
//! every answer is saved as it is given, `:q` and Ctrl-C leave the paper for later, and a
//! submitted paper is graded, stored and its missed items scheduled for study.

use std::io::Write as _;

use crate::app::ExitStatus;
use crate::context::Ctx;
use crate::exam::resume::{left_secs, schedule_missed, used_secs};
use crate::exam::{self, Blueprint, PaperItem, Sheet};
use crate::i18n::Localizer;
use crate::srs::Scheduler;
use crate::store::{Attempt, AttemptDomain, AttemptItem, Sitting, SittingAnswer, Store};
use crate::ui::sitting::{self, Keeper, Outcome};

use super::exam::{ExamArgs, Usage, load_blueprint};

/// Runs `exam resume`.
pub fn run(args: &ExamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let open = ctx.store()?.sittings(true)?;
    let chosen = match args.id {
        Some(id) => open.iter().find(|s| s.id == id),
        None => open.last(),
    };
    let Some(sitting) = chosen.cloned() else {
        if let Some(id) = args.id {
            let finished = ctx.store()?.sitting(id)?.is_some();
            let key = if finished { "exam2-resume-finished" } else { "exam2-resume-unknown" };
            return Err(Usage(ctx.i18n.ta(key, &crate::fargs!("id" => id))).into());
        }
        println!("{}", ctx.i18n.t("exam2-resume-none"));
        return Ok(ExitStatus::Success);
    };
    let bp = load_blueprint(ctx, &sitting.exam)?;
    let left = if args.strict {
        left_secs(sitting.limit_secs, used_secs(0, 0, sitting.started_at, clock(ctx)(), true))
    } else {
        left_secs(sitting.limit_secs, sitting.used_secs)
    };
    let left = left.map_or_else(|| ctx.i18n.t("exam2-no-limit"), hms);
    let key = if args.strict { "exam2-resuming-strict" } else { "exam2-resuming" };
    let intro = ctx.i18n.ta(
        key,
        &crate::fargs!("id" => sitting.id, "exam" => sitting.exam.clone(), "answered" => sitting.answered,
            "total" => sitting.total, "left" => left),
    );
    sit(ctx, &sitting, &bp, (args.strict, args.json.json), intro)
}

/// The exam clock in Unix seconds: the injected `AWSDRILL_NOW` stands still (so tests of
/// time-outs are deterministic), otherwise the wall clock.
pub fn clock(ctx: &Ctx) -> impl Fn() -> i64 + use<> {
    let fixed = crate::context::env_var("AWSDRILL_NOW").map(|_| ctx.now_secs());
    move || fixed.unwrap_or_else(|| chrono::Utc::now().timestamp())
}

/// `1:05:09`.
pub fn hms(secs: i64) -> String {
    let secs = secs.max(0);
    format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// Saves every change of the sheet as it happens, and keeps the exam time.
struct Saver<'a, C: Fn() -> i64> {
    store: &'a mut Store,
    sitting: &'a Sitting,
    opened_at: i64,
    strict: bool,
    clock: C,
}

impl<C: Fn() -> i64> Saver<'_, C> {
    fn used(&self) -> i64 {
        used_secs(self.sitting.used_secs, self.opened_at, self.sitting.started_at, (self.clock)(), self.strict)
    }
}

impl<C: Fn() -> i64> Keeper for Saver<'_, C> {
    fn changed(&mut self, sheet: &Sheet, i: usize) -> anyhow::Result<()> {
        let answer = SittingAnswer {
            position: i,
            answer: sheet.answer(i).map(exam::paper::response_line),
            flagged: sheet.flagged(i),
        };
        let (used, now) = (self.used(), (self.clock)());
        self.store.save_sitting_answer(self.sitting.id, &answer, used, now)?;
        Ok(())
    }

    fn left(&self) -> Option<i64> {
        left_secs(self.sitting.limit_secs, self.used())
    }

    fn can_leave(&self) -> bool {
        true
    }
}

/// The paper of a sitting with its saved answers and flags.
fn rebuild(ctx: &mut Ctx, sitting: &Sitting) -> anyhow::Result<(Sheet, Vec<usize>)> {
    let bank = ctx.bank()?;
    let mut items = Vec::new();
    let mut domains = Vec::new();
    for (id, domain) in &sitting.items {
        let Some(item) = bank.get(id).and_then(|item| PaperItem::build(item, sitting.seed, true)) else {
            anyhow::bail!(ctx.i18n.ta("exam2-err-item-gone", &crate::fargs!("id" => sitting.id)));
        };
        items.push(item);
        domains.push(*domain);
    }
    let mut sheet = Sheet::new(items);
    for saved in ctx.store()?.sitting_answers(sitting.id)? {
        let Some(item) = sheet.items.get(saved.position) else { continue };
        let response = saved.answer.as_deref().and_then(|line| item.parse(line).ok());
        sheet.set(saved.position, response);
        if saved.flagged != sheet.flagged(saved.position) {
            sheet.toggle_flag(saved.position);
        }
    }
    Ok((sheet, domains))
}

/// Sits `sitting` from its first unanswered item until it is submitted, timed out or left.
/// `intro` says what is starting (and how the timer behaves); on a terminal it stays on screen
/// under the first item.
pub fn sit(
    ctx: &mut Ctx,
    sitting: &Sitting,
    bp: &Blueprint,
    (strict, json): (bool, bool),
    intro: String,
) -> anyhow::Result<ExitStatus> {
    let (mut sheet, domains) = rebuild(ctx, sitting)?;
    let clock = clock(ctx);
    let start = (0..sheet.len()).find(|&i| sheet.answer(i).is_none()).unwrap_or(0);
    let (i18n, _, store) = ctx.parts()?;
    let mut saver = Saver { store, sitting, opened_at: clock(), strict, clock };
    let outcome = if sitting::interactive() {
        sitting::sit_tty_with(&mut sheet, i18n, start, &mut saver, intro)?
    } else {
        eprintln!("{intro}");
        sitting::sit_lines_with(
            &mut sheet,
            i18n,
            &mut std::io::stdin().lock(),
            &mut std::io::stderr().lock(),
            &mut saver,
        )?
    };
    let used = saver.used();
    let now = (saver.clock)();
    match outcome {
        Outcome::Left | Outcome::Interrupted => {
            let position = (0..sheet.len()).find(|&i| sheet.answer(i).is_none()).unwrap_or(0);
            saver.store.save_sitting_time(sitting.id, position, used, now)?;
            let left = left_secs(sitting.limit_secs, used);
            print_left(i18n, sitting, &sheet, left, json)?;
            Ok(if outcome == Outcome::Interrupted { ExitStatus::Interrupted } else { ExitStatus::Success })
        }
        Outcome::Submitted | Outcome::TimedOut => {
            finish(ctx, sitting, bp, &sheet, &domains, (used, now, outcome == Outcome::TimedOut), json)
        }
    }
}

fn print_left(i18n: &Localizer, sitting: &Sitting, sheet: &Sheet, left: Option<i64>, json: bool) -> anyhow::Result<()> {
    let answered = sheet.len() - sheet.unanswered();
    if json {
        return crate::commands::print_json(&serde_json::json!({
            "sitting": sitting.id,
            "exam": sitting.exam,
            "finished": false,
            "answered": answered,
            "total": sheet.len(),
            "left_secs": left,
        }));
    }
    let left = left.map_or_else(|| i18n.t("exam2-no-limit"), hms);
    println!(
        "{}",
        i18n.ta(
            "exam2-left",
            &crate::fargs!("answered" => answered, "total" => sheet.len(), "left" => left, "id" => sitting.id)
        )
    );
    Ok(())
}

/// Grades the sheet, stores the attempt, schedules the missed items and shows the result.
fn finish(
    ctx: &mut Ctx,
    sitting: &Sitting,
    bp: &Blueprint,
    sheet: &Sheet,
    domains: &[usize],
    (used, finished_at, timed_out): (i64, i64, bool),
    json: bool,
) -> anyhow::Result<ExitStatus> {
    let graded = sheet.grade();
    let pairs: Vec<(usize, bool)> = domains.iter().copied().zip(graded.iter().copied()).collect();
    let scores = exam::domain_scores(bp, &pairs);
    let total = sheet.len();
    let correct = graded.iter().filter(|g| **g).count();
    let scaled = bp.scaled(correct, total);
    let passed = scaled >= bp.pass;
    let attempt = Attempt {
        id: 0,
        exam: sitting.exam.clone(),
        seed: sitting.seed,
        started_at: sitting.started_at,
        finished_at: finished_at.max(sitting.started_at),
        lang: sitting.lang.clone(),
        esl: sitting.esl,
        timed_out,
        total,
        correct,
        scaled_estimate: scaled,
        pass_mark: bp.pass,
        passed,
        domains: scores
            .iter()
            .map(|s| AttemptDomain { domain: s.domain, weight: s.weight, total: s.total, correct: s.correct })
            .collect(),
        items: sheet
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| AttemptItem {
                item_id: item.id.clone(),
                domain: bp.domains[domains[i]].number,
                answer: sheet.answer(i).map(exam::paper::response_line),
                correct: graded[i],
                flagged: sheet.flagged(i),
            })
            .collect(),
    };
    let missed: Vec<&str> =
        sheet.items.iter().zip(&graded).filter(|(_, ok)| !**ok).map(|(item, _)| item.id.as_str()).collect();
    let next_day = ctx.day_end(ctx.day_of(finished_at));
    let store = ctx.store()?;
    let scheduler = Scheduler::new(super::study::saved_config(store)?)?;
    let schedule = schedule_missed(&scheduler, &store.states()?, &missed, finished_at, next_day, sitting.seed);
    let attempt_id = store.finish_sitting(sitting.id, &attempt, used, &schedule)?;

    if json {
        let domains: Vec<_> = scores
            .iter()
            .map(
                |s| serde_json::json!({"domain": s.domain, "weight": s.weight, "total": s.total, "correct": s.correct}),
            )
            .collect();
        crate::commands::print_json(&serde_json::json!({
            "exam": sitting.exam,
            "seed": sitting.seed,
            "attempt": attempt_id,
            "total": total,
            "correct": correct,
            "raw_percent": exam::percent(correct, total),
            "scaled_estimate": scaled,
            "passed": passed,
            "timed_out": timed_out,
            "scheduled": schedule.len(),
            "domains": domains,
            "items": sheet.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        }))?;
    } else {
        let i18n = &ctx.i18n;
        let mut out = std::io::stdout().lock();
        write!(out, "{}", super::exam::render_result(i18n, bp, sitting.seed, &scores, (correct, total), timed_out))?;
        writeln!(out, "{}", i18n.ta("exam2-scheduled", &crate::fargs!("count" => schedule.len())))?;
        if correct < total {
            writeln!(out, "\n{}", i18n.t("exam-review-heading"))?;
            write!(out, "{}", sitting::render_review(i18n, sheet, &graded))?;
        }
        writeln!(out, "\n{}", i18n.ta("exam2-review-hint", &crate::fargs!("id" => attempt_id)))?;
    }
    Ok(if passed { ExitStatus::Success } else { ExitStatus::Failure })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hms_pads_minutes_and_seconds() {
        assert_eq!(hms(3 * 3600 + 5 * 60 + 9), "3:05:09");
        assert_eq!(hms(-4), "0:00:00");
    }
}
