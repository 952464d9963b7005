//! `awsdrill exam review [ID] [--wrong] [--flagged] [--json]`: every item of a finished mock exam,
//! grouped by domain, with the learner's answer, the key, the note on every option and the
//! explanation. The paper is rebuilt from its seed, so old attempts review the same way.

use std::fmt::Write as _;

use crate::app::ExitStatus;
use crate::context::Ctx;
use crate::exam::paper::{self, Key, Note, option_inline};
use crate::exam::{Blueprint, PaperItem};
use crate::i18n::Localizer;
use crate::store::{Attempt, AttemptItem};
use crate::ui::sitting::render_item;

use super::exam::{ExamArgs, Usage, load_blueprint};

/// Runs `exam review`.
pub fn run(args: &ExamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let attempts = ctx.store()?.attempts()?;
    let chosen = match args.id {
        Some(id) => attempts.into_iter().find(|a| a.id == id),
        None => attempts.into_iter().max_by_key(|a| (a.finished_at, a.id)),
    };
    let Some(attempt) = chosen else {
        if let Some(id) = args.id {
            return Err(Usage(ctx.i18n.ta("exam2-review-unknown", &crate::fargs!("id" => id))).into());
        }
        println!("{}", ctx.i18n.t("exam2-review-none"));
        return Ok(ExitStatus::Success);
    };
    let bp = load_blueprint(ctx, &attempt.exam)?;
    let rows = ctx.store()?.attempt_items(attempt.id)?;
    let bank = ctx.bank()?;
    let papers: Vec<Option<PaperItem>> =
        rows.iter().map(|r| bank.get(&r.item_id).and_then(|item| PaperItem::build(item, attempt.seed, true))).collect();
    let keep = |r: &AttemptItem| match (args.wrong, args.flagged) {
        (false, false) => true,
        (wrong, flagged) => (wrong && !r.correct) || (flagged && r.flagged),
    };
    let i18n = &ctx.i18n;
    if args.json.json {
        let items: Vec<_> = rows
            .iter()
            .zip(&papers)
            .enumerate()
            .filter(|(_, (r, _))| keep(r))
            .map(|(i, (r, p))| item_json(i18n, i, r, p.as_ref()))
            .collect();
        crate::commands::print_json(&serde_json::json!({
            "attempt": attempt.id,
            "exam": attempt.exam,
            "seed": attempt.seed,
            "total": attempt.total,
            "correct": attempt.correct,
            "items": items,
        }))?;
        return Ok(ExitStatus::Success);
    }
    print!("{}", render(i18n, &bp, &attempt, &rows, &papers, &keep));
    Ok(ExitStatus::Success)
}

fn render(
    i18n: &Localizer,
    bp: &Blueprint,
    attempt: &Attempt,
    rows: &[AttemptItem],
    papers: &[Option<PaperItem>],
    keep: &dyn Fn(&AttemptItem) -> bool,
) -> String {
    let mut out = String::new();
    let title = i18n.text_inline(&bp.title);
    let _ = writeln!(
        out,
        "{}",
        i18n.ta(
            "exam2-review-title",
            &crate::fargs!("id" => attempt.id, "title" => title, "correct" => attempt.correct, "total" => attempt.total)
        )
    );
    let mut shown = 0;
    for d in &bp.domains {
        let in_domain: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].domain == d.number).collect();
        let listed: Vec<usize> = in_domain.iter().copied().filter(|&i| keep(&rows[i])).collect();
        if listed.is_empty() {
            continue;
        }
        let right = in_domain.iter().filter(|&&i| rows[i].correct).count();
        let _ = writeln!(
            out,
            "\n== {}. {} · {} ==",
            d.number,
            i18n.text_inline(&d.name),
            i18n.ta("exam2-review-domain-score", &crate::fargs!("correct" => right, "total" => in_domain.len()))
        );
        for i in listed {
            shown += 1;
            match &papers[i] {
                Some(p) => out.push_str(&render_one(i18n, i, rows.len(), &rows[i], p)),
                None => {
                    let _ = writeln!(out, "\n[{}/{}] {}", i + 1, rows.len(), i18n.t("exam2-review-item-gone"));
                }
            }
        }
    }
    if shown == 0 {
        let _ = writeln!(out, "\n{}", i18n.t("exam2-review-nothing"));
    }
    out
}

fn render_one(i18n: &Localizer, i: usize, total: usize, row: &AttemptItem, item: &PaperItem) -> String {
    let mut out = String::new();
    let verdict = i18n.t(if row.correct { "exam2-review-right" } else { "exam2-review-wrong" });
    let flag = if row.flagged { format!(" ⚑ {}", i18n.t("exam-flagged")) } else { String::new() };
    let _ = write!(out, "\n{verdict}{flag}\n{}", render_item(i18n, i + 1, total, item));
    let given = row.answer.clone().unwrap_or_else(|| i18n.t("exam-unanswered"));
    let _ = writeln!(
        out,
        "  {}",
        i18n.ta("exam-review-answers", &crate::fargs!("given" => given, "key" => item.key_line()))
    );
    if let Key::Choice { options, correct } = &item.key {
        let picked = picked(row, item);
        for (k, o) in options.iter().enumerate() {
            let mark = match (correct.contains(&k), picked.contains(&k)) {
                (true, _) => '✓',
                (false, true) => '✗',
                (false, false) => ' ',
            };
            let note = o.note.as_ref().map(|n| format!(" — {}", paper::note_inline(i18n, n))).unwrap_or_default();
            let _ = writeln!(out, "  {mark} {}) {}{note}", paper::letter(k), option_inline(i18n, &o.text));
        }
    }
    for line in paper::explanation_lines(i18n, &item.explanation) {
        let _ = writeln!(out, "  {line}");
    }
    out
}

fn picked(row: &AttemptItem, item: &PaperItem) -> Vec<usize> {
    match row.answer.as_deref().and_then(|a| item.parse(a).ok()) {
        Some(crate::exercise::Response::Choices(p)) => p,
        _ => Vec::new(),
    }
}

fn item_json(i18n: &Localizer, i: usize, row: &AttemptItem, item: Option<&PaperItem>) -> serde_json::Value {
    let mut v = serde_json::json!({
        "position": i + 1,
        "id": row.item_id,
        "domain": row.domain,
        "answer": row.answer,
        "correct": row.correct,
        "flagged": row.flagged,
    });
    let Some(item) = item else { return v };
    v["stem"] = serde_json::json!(i18n.text(&item.stem));
    v["key"] = serde_json::json!(item.key_answer());
    if let Key::Choice { options, correct } = &item.key {
        v["options"] = options
            .iter()
            .enumerate()
            .map(|(k, o)| {
                serde_json::json!({
                    "letter": paper::letter(k),
                    "text": option_inline(i18n, &o.text),
                    "correct": correct.contains(&k),
                    "note": o.note.as_ref().map(|n: &Note| paper::note_inline(i18n, n)),
                })
            })
            .collect();
    }
    v["explanation"] = serde_json::json!(paper::explanation_lines(i18n, &item.explanation));
    v
}
