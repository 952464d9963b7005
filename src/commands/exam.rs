//! `awsdrill exam clf-c02|saa-c03 [--seed S] [--esl] [--no-timer] [--json]` and `exam history`:
//! a full mock exam at the real length, time and domain weights. Attempts are stored apart from
//! the study schedule, which a mock exam never changes.

use std::io::Write as _;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::{self, Diagnostic, SourceFile};
use crate::context::Ctx;
use crate::exam::{self, Blueprint, DomainScore, PaperItem, Sheet, blueprint};
use crate::i18n::Localizer;
use crate::store::{Attempt, AttemptDomain, AttemptItem};
use crate::ui::sitting;

/// Which exam (or the history of attempts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExamTarget {
    /// AWS Certified Cloud Practitioner
    #[value(name = "clf-c02")]
    ClfC02,
    /// AWS Certified Solutions Architect – Associate
    #[value(name = "saa-c03")]
    SaaC03,
    /// List stored attempts
    History,
}

/// Arguments of `exam`.
#[derive(Debug, Args)]
pub struct ExamArgs {
    /// The exam to sit, or `history`
    pub exam: ExamTarget,
    /// Seed of the paper: the same seed gives the same items in the same order [default: from the clock]
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// English-as-a-second-language accommodation: 30 more minutes
    #[arg(long)]
    pub esl: bool,
    /// No countdown and no time-out
    #[arg(long)]
    pub no_timer: bool,
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs `exam`.
pub fn run(args: &ExamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let code = match args.exam {
        ExamTarget::History => return history(args.json.json, ctx),
        ExamTarget::ClfC02 => "clf-c02",
        ExamTarget::SaaC03 => "saa-c03",
    };
    let bp = load_blueprint(ctx, code)?;
    let seed = args.seed.unwrap_or_else(|| ctx.now.timestamp_millis().unsigned_abs());
    let draw = exam::draw(ctx.bank()?, &bp, seed);
    for short in &draw.shortfalls {
        let name = ctx.i18n.text_inline(&bp.domains[short.domain].name);
        eprintln!(
            "{}",
            ctx.i18n.ta(
                "exam-warn-shortfall",
                &crate::fargs!("domain" => name, "wanted" => short.wanted, "available" => short.available)
            )
        );
    }
    let bank = ctx.bank()?;
    let mut domains = Vec::new();
    let mut items = Vec::new();
    for (id, domain) in &draw.items {
        if let Some(paper) = bank.get(id).and_then(|item| PaperItem::build(item, seed, true)) {
            items.push(paper);
            domains.push(*domain);
        }
    }
    anyhow::ensure!(!items.is_empty(), ctx.i18n.ta("exam-err-no-items", &crate::fargs!("exam" => code)));
    if items.len() < bp.items {
        eprintln!(
            "{}",
            ctx.i18n.ta("exam-warn-short-paper", &crate::fargs!("count" => items.len(), "items" => bp.items))
        );
    }
    let mut sheet = Sheet::new(items);
    let started_at = ctx.now_secs();
    let minutes = (!args.no_timer).then(|| bp.minutes_with(args.esl));
    let timed_out = if sitting::interactive() {
        sitting::sit_tty(&mut sheet, &ctx.i18n, minutes)?
    } else {
        sitting::sit_lines(&mut sheet, &ctx.i18n, &mut std::io::stdin().lock(), &mut std::io::stderr().lock())?;
        false
    };
    let finished_at = if sitting::interactive() { chrono::Utc::now().timestamp().max(started_at) } else { started_at };
    let graded = sheet.grade();
    let pairs: Vec<(usize, bool)> = domains.iter().copied().zip(graded.iter().copied()).collect();
    let scores = exam::domain_scores(&bp, &pairs);
    let total = sheet.len();
    let correct = graded.iter().filter(|g| **g).count();
    let scaled = bp.scaled(correct, total);
    let passed = scaled >= bp.pass;

    let attempt = Attempt {
        id: 0,
        exam: code.to_owned(),
        seed,
        started_at,
        finished_at,
        lang: ctx.i18n.lang().code().to_owned(),
        esl: args.esl,
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
    ctx.store()?.insert_attempt(&attempt)?;

    if args.json.json {
        let domains: Vec<_> = scores
            .iter()
            .map(
                |s| serde_json::json!({"domain": s.domain, "weight": s.weight, "total": s.total, "correct": s.correct}),
            )
            .collect();
        crate::commands::print_json(&serde_json::json!({
            "exam": code,
            "seed": seed,
            "total": total,
            "correct": correct,
            "raw_percent": exam::percent(correct, total),
            "scaled_estimate": scaled,
            "passed": passed,
            "domains": domains,
            "items": sheet.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        }))?;
    } else {
        let mut out = std::io::stdout().lock();
        write!(out, "{}", render_result(&ctx.i18n, &bp, seed, &scores, (correct, total), timed_out))?;
        if correct < total {
            writeln!(out, "\n{}", ctx.i18n.t("exam-review-heading"))?;
            write!(out, "{}", sitting::render_review(&ctx.i18n, &sheet, &graded))?;
        }
    }
    Ok(if passed { ExitStatus::Success } else { ExitStatus::Failure })
}

/// Reads and checks `exams/<code>.yaml` from the content source.
fn load_blueprint(ctx: &Ctx, code: &str) -> anyhow::Result<Blueprint> {
    let files = content::read_sources(&ctx.content.0)?;
    let name = format!("exams/{code}.yaml");
    let file = files
        .iter()
        .find(|f| f.path == name)
        .with_context(|| ctx.i18n.ta("exam-err-no-blueprint", &crate::fargs!("file" => name.clone())))?;
    let mut out = Vec::new();
    blueprint::check_file(file, &mut out).ok_or_else(|| located(&ctx.i18n, file, &out))
}

/// An error listing diagnostics as `path:line:col: message`.
pub fn located(i18n: &Localizer, file: &SourceFile, diagnostics: &[Diagnostic]) -> anyhow::Error {
    let lines: Vec<String> =
        diagnostics.iter().map(|d| format!("{}:{}:{}: {}", file.path, d.line, d.col, i18n.msg(&d.msg))).collect();
    anyhow::anyhow!(lines.join("\n"))
}

/// A table that measures with display width (Hangul is two columns wide) and never asks the
/// terminal for its size, so output is the same in a pipe.
pub fn table() -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled);
    t
}

/// The per-domain table.
pub fn domain_table(i18n: &Localizer, bp: &Blueprint, scores: &[DomainScore]) -> Table {
    let mut t = table();
    t.set_header(vec![
        i18n.t("exam-col-domain"),
        i18n.t("exam-col-weight"),
        i18n.t("exam-col-correct"),
        i18n.t("exam-col-percent"),
    ]);
    for (d, s) in bp.domains.iter().zip(scores) {
        t.add_row(vec![
            format!("{}. {}", d.number, i18n.text_inline(&d.name)),
            format!("{}%", d.weight),
            format!("{} / {}", s.correct, s.total),
            format!("{:.1}%", exam::percent(s.correct, s.total)),
        ]);
    }
    for col in 1..4 {
        if let Some(c) = t.column_mut(col) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

fn render_result(
    i18n: &Localizer,
    bp: &Blueprint,
    seed: u64,
    scores: &[DomainScore],
    (correct, total): (usize, usize),
    timed_out: bool,
) -> String {
    let mut out = String::new();
    let title = i18n.text_inline(&bp.title);
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(i18n.ta("exam-result-title", &crate::fargs!("title" => title, "seed" => seed.to_string())));
    if timed_out {
        line(i18n.t("exam-time-up"));
    }
    let raw = format!("{:.1}", exam::percent(correct, total));
    line(i18n.ta("exam-raw-score", &crate::fargs!("correct" => correct, "total" => total, "percent" => raw)));
    line(domain_table(i18n, bp, scores).to_string());
    let scaled = bp.scaled(correct, total);
    let args = crate::fargs!("scaled" => scaled, "min" => bp.scale.min, "max" => bp.scale.max);
    line(i18n.ta("exam-scaled-estimate", &args));
    line(format!("{} {}", i18n.t("exam-convention-label"), i18n.ta("exam-scaled-convention", &args)));
    let verdict = if scaled >= bp.pass { "exam-passed" } else { "exam-failed" };
    line(i18n.ta(verdict, &crate::fargs!("pass" => bp.pass)));
    out
}

fn history(json: bool, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let attempts = ctx.store()?.attempts()?;
    if json {
        crate::commands::print_json(&serde_json::json!({ "attempts": attempts }))?;
        return Ok(ExitStatus::Success);
    }
    if attempts.is_empty() {
        println!("{}", ctx.i18n.t("exam-history-empty"));
        return Ok(ExitStatus::Success);
    }
    let mut t = table();
    t.set_header(vec![
        ctx.i18n.t("exam-col-date"),
        ctx.i18n.t("exam-col-exam"),
        ctx.i18n.t("exam-col-seed"),
        ctx.i18n.t("exam-col-correct"),
        ctx.i18n.t("exam-col-scaled"),
        ctx.i18n.t("exam-col-result"),
    ]);
    for a in &attempts {
        let date = chrono::DateTime::from_timestamp(a.finished_at + ctx.utc_offset, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        let result = ctx.i18n.t(if a.passed { "exam-history-pass" } else { "exam-history-fail" });
        t.add_row(vec![
            date,
            a.exam.clone(),
            a.seed.to_string(),
            format!("{} / {}", a.correct, a.total),
            format!("~{}", a.scaled_estimate),
            result,
        ]);
    }
    println!("{t}");
    println!("{}", ctx.i18n.t("exam-history-note"));
    Ok(ExitStatus::Success)
}
