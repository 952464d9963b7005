//! `awsdrill exam clf-c02|saa-c03 [--seed S] [--esl] [--no-timer] [--json]` and `exam history`:
//! a full mock exam at the real length, time and domain weights. Attempts are stored apart from
//! the study schedule, which a mock exam never changes.

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::{self, Diagnostic, SourceFile};
use crate::context::Ctx;
use crate::exam::{self, Blueprint, DomainScore, PaperItem, blueprint};
use crate::i18n::Localizer;
use crate::store::Sitting;

/// Which exam (or what to do with the stored ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExamTarget {
    /// AWS Certified Cloud Practitioner
    #[value(name = "clf-c02")]
    ClfC02,
    /// AWS Certified Solutions Architect – Associate
    #[value(name = "saa-c03")]
    SaaC03,
    /// List stored attempts, finished and unfinished
    History,
    /// Continue the unfinished exam where it stopped
    Resume,
    /// Every item of a finished exam with your answer, the key and the explanations
    Review,
}

/// Arguments of `exam`.
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // clap flags, each its own switch
pub struct ExamArgs {
    /// The exam to sit, or `history`, `resume`, `review`
    pub exam: ExamTarget,
    /// `review`: the attempt number; `resume`: the unfinished exam's number [default: the latest]
    #[arg(value_name = "ID")]
    pub id: Option<i64>,
    /// Seed of the paper: the same seed gives the same items in the same order [default: from the clock]
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// English-as-a-second-language accommodation: 30 more minutes
    #[arg(long)]
    pub esl: bool,
    /// No countdown and no time-out
    #[arg(long)]
    pub no_timer: bool,
    /// `resume`: the clock kept running while the exam was closed (wall time since it started)
    #[arg(long)]
    pub strict: bool,
    /// `review`: only the items answered wrong or left unanswered
    #[arg(long)]
    pub wrong: bool,
    /// `review`: only the items flagged for review
    #[arg(long)]
    pub flagged: bool,
    #[command(flatten)]
    pub(crate) json: JsonFlag,
}

/// Runs `exam`.
pub fn run(args: &ExamArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    check_flags(args, &ctx.i18n)?;
    let code = match args.exam {
        ExamTarget::History => return history(args.json.json, ctx),
        ExamTarget::Resume => return super::exam_resume::run(args, ctx),
        ExamTarget::Review => return super::exam_review::run(args, ctx),
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
    let items: Vec<(String, usize)> = draw
        .items
        .into_iter()
        .filter(|(id, _)| bank.get(id).and_then(|item| PaperItem::build(item, seed, true)).is_some())
        .collect();
    anyhow::ensure!(!items.is_empty(), ctx.i18n.ta("exam-err-no-items", &crate::fargs!("exam" => code)));
    if items.len() < bp.items {
        eprintln!(
            "{}",
            ctx.i18n.ta("exam-warn-short-paper", &crate::fargs!("count" => items.len(), "items" => bp.items))
        );
    }
    let now = super::exam_resume::clock(ctx)();
    if let Some(open) = ctx.store()?.sittings(true)?.last() {
        eprintln!("{}", ctx.i18n.ta("exam2-other-open", &crate::fargs!("id" => open.id, "exam" => open.exam.clone())));
    }
    let mut sitting = Sitting {
        id: 0,
        exam: code.to_owned(),
        seed,
        started_at: now,
        updated_at: now,
        lang: ctx.i18n.lang().code().to_owned(),
        esl: args.esl,
        limit_secs: (!args.no_timer).then(|| i64::from(bp.minutes_with(args.esl)) * 60),
        used_secs: 0,
        position: 0,
        total: items.len(),
        items,
        attempt_id: None,
        answered: 0,
    };
    sitting.id = ctx.store()?.start_sitting(&sitting)?;
    let intro = ctx.i18n.ta("exam2-started", &crate::fargs!("id" => sitting.id));
    super::exam_resume::sit(ctx, &sitting, &bp, (false, args.json.json), intro)
}

/// Flags that belong to another form of `exam` are usage errors, not silently ignored.
fn check_flags(args: &ExamArgs, i18n: &Localizer) -> anyhow::Result<()> {
    let sitting = matches!(args.exam, ExamTarget::ClfC02 | ExamTarget::SaaC03);
    let misplaced = [
        (args.id.is_some() && !matches!(args.exam, ExamTarget::Resume | ExamTarget::Review), "ID"),
        (args.seed.is_some() && !sitting, "--seed"),
        (args.esl && !sitting, "--esl"),
        (args.no_timer && !sitting, "--no-timer"),
        (args.strict && args.exam != ExamTarget::Resume, "--strict"),
        (args.wrong && args.exam != ExamTarget::Review, "--wrong"),
        (args.flagged && args.exam != ExamTarget::Review, "--flagged"),
    ];
    if let Some((_, name)) = misplaced.iter().find(|(bad, _)| *bad) {
        return Err(Usage(i18n.ta("exam2-misplaced-flag", &crate::fargs!("flag" => *name))).into());
    }
    Ok(())
}

/// A usage error found after parsing (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// Reads and checks `exams/<code>.yaml` from the content source.
pub(crate) fn load_blueprint(ctx: &Ctx, code: &str) -> anyhow::Result<Blueprint> {
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

pub(crate) fn render_result(
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
    let open = ctx.store()?.sittings(true)?;
    if json {
        let unfinished: Vec<_> = open
            .iter()
            .map(|s| {
                let mut v = serde_json::to_value(s).expect("plain data serializes");
                v["left_secs"] = serde_json::json!(exam::resume::left_secs(s.limit_secs, s.used_secs));
                v
            })
            .collect();
        crate::commands::print_json(&serde_json::json!({ "attempts": attempts, "unfinished": unfinished }))?;
        return Ok(ExitStatus::Success);
    }
    if attempts.is_empty() && open.is_empty() {
        println!("{}", ctx.i18n.t("exam-history-empty"));
        return Ok(ExitStatus::Success);
    }
    let date = |secs: i64| {
        chrono::DateTime::from_timestamp(secs + ctx.utc_offset, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    if !open.is_empty() {
        println!("{}", ctx.i18n.t("exam2-history-unfinished"));
        let mut t = table();
        t.set_header(vec![
            ctx.i18n.t("exam2-col-number"),
            ctx.i18n.t("exam2-col-saved"),
            ctx.i18n.t("exam-col-exam"),
            ctx.i18n.t("exam2-col-answered"),
            ctx.i18n.t("exam2-col-left"),
        ]);
        for s in &open {
            let left = exam::resume::left_secs(s.limit_secs, s.used_secs)
                .map_or_else(|| ctx.i18n.t("exam2-no-limit"), super::exam_resume::hms);
            t.add_row(vec![
                s.id.to_string(),
                date(s.updated_at),
                s.exam.clone(),
                format!("{} / {}", s.answered, s.total),
                left,
            ]);
        }
        println!("{t}");
        println!("{}", ctx.i18n.t("exam2-history-resume-hint"));
    }
    if attempts.is_empty() {
        return Ok(ExitStatus::Success);
    }
    let mut t = table();
    t.set_header(vec![
        ctx.i18n.t("exam2-col-number"),
        ctx.i18n.t("exam-col-date"),
        ctx.i18n.t("exam-col-exam"),
        ctx.i18n.t("exam-col-seed"),
        ctx.i18n.t("exam-col-correct"),
        ctx.i18n.t("exam-col-scaled"),
        ctx.i18n.t("exam-col-result"),
    ]);
    for a in &attempts {
        let result = ctx.i18n.t(if a.passed { "exam-history-pass" } else { "exam-history-fail" });
        t.add_row(vec![
            a.id.to_string(),
            date(a.finished_at),
            a.exam.clone(),
            a.seed.to_string(),
            format!("{} / {}", a.correct, a.total),
            format!("~{}", a.scaled_estimate),
            result,
        ]);
    }
    println!("{t}");
    println!("{}", ctx.i18n.t("exam-history-note"));
    println!("{}", ctx.i18n.t("exam2-history-review-hint"));
    Ok(ExitStatus::Success)
}
