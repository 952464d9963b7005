//! `awsdrill goal set|show|clear`: exam-date mode and readiness on exam day.

use clap::{Args, Subcommand};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::cohort::goal::{Goal, learner_readiness, parse_date};
use crate::cohort::readiness::{Readiness, pace};
use crate::commands::study::saved_config;
use crate::content::Exam;
use crate::context::Ctx;
use crate::fargs;
use crate::i18n::Localizer;
use crate::session::pacing::{GoalPhase, goal_phase, new_allowance};
use crate::srs::Scheduler;

/// `goal` subcommands.
#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Set the exam and its date; study then caps every interval at that day
    Set(SetArgs),
    /// Readiness on exam day, per domain, and the pace of new items needed
    Show(JsonFlag),
    /// Remove the goal
    Clear,
}

/// Arguments of `goal set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The exam: clf-c02 or saa-c03
    pub exam: String,
    /// The exam day, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: String,
}

/// What `goal show --json` prints.
#[derive(Debug, Serialize)]
pub struct GoalReport {
    /// Exam code.
    pub exam: String,
    /// Exam day.
    pub date: String,
    /// Study days left before the exam day (today included).
    pub days_left: i64,
    /// Readiness predicted for the start of the exam day.
    pub readiness: Readiness,
    /// Items of the exam never seen.
    pub unseen: usize,
    /// New items a day needed to see them all before the exam day.
    pub pace_per_day: usize,
    /// The daily new-item limit in use.
    pub new_per_day: u32,
    /// Whether the pace fits within the limit.
    pub pace_ok: bool,
    /// `before`, `exam_day` or `passed`.
    pub phase: &'static str,
    /// New items today allows under the goal (humane cap; none on exam day).
    pub new_today: u32,
}

/// Parses an exam code or fails with a message naming the accepted codes.
pub fn parse_exam(i18n: &Localizer, code: &str) -> anyhow::Result<Exam> {
    Exam::parse(code).ok_or_else(|| anyhow::anyhow!(i18n.ta("goal-bad-exam", &fargs!("exam" => code.to_owned()))))
}

/// Runs `goal`.
pub fn run(cmd: &GoalCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        GoalCommand::Set(args) => set(args, ctx),
        GoalCommand::Show(json) => show(json.json, ctx),
        GoalCommand::Clear => {
            let had = Goal::clear(ctx.store()?)?;
            println!("{}", ctx.i18n.t(if had { "goal-cleared" } else { "goal-none" }));
            Ok(ExitStatus::Success)
        }
    }
}

fn set(args: &SetArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let exam = parse_exam(&ctx.i18n, &args.exam)?;
    let date = parse_date(&args.date)
        .ok_or_else(|| anyhow::anyhow!(ctx.i18n.ta("goal-bad-date", &fargs!("date" => args.date.clone()))))?;
    let goal = Goal { exam, date };
    if goal.day() < ctx.today() {
        anyhow::bail!(ctx.i18n.ta("goal-date-past", &fargs!("date" => args.date.clone())));
    }
    goal.save(ctx.store()?)?;
    let days = goal.day() - ctx.today();
    println!(
        "{}",
        ctx.i18n
            .ta("goal-set", &fargs!("exam" => exam.code().to_uppercase(), "date" => date.to_string(), "days" => days))
    );
    Ok(ExitStatus::Success)
}

/// Builds the goal report, or `None` without a goal.
pub fn report(ctx: &mut Ctx) -> anyhow::Result<Option<GoalReport>> {
    let today = ctx.today();
    let offset = ctx.utc_offset;
    let (_, bank, store) = ctx.parts()?;
    let Some(goal) = Goal::load(store)? else {
        return Ok(None);
    };
    let config = saved_config(store)?;
    let new_per_day = config.new_per_day;
    let scheduler = Scheduler::new(config)?;
    let states = store.states()?;
    let readiness = learner_readiness(bank, &states, &scheduler, goal.exam, goal.start_secs(offset));
    let days_left = goal.day() - today;
    let unseen = readiness.unseen();
    let pace_per_day = pace(unseen, days_left);
    let phase = goal_phase(goal.day(), today);
    Ok(Some(GoalReport {
        exam: goal.exam.code().to_owned(),
        date: goal.date.to_string(),
        days_left,
        unseen,
        pace_per_day,
        new_per_day,
        pace_ok: pace_per_day <= new_per_day as usize,
        phase: match phase {
            GoalPhase::Before(_) => "before",
            GoalPhase::ExamDay => "exam_day",
            GoalPhase::Passed => "passed",
        },
        new_today: new_allowance(new_per_day, unseen, phase).0,
        readiness,
    }))
}

/// A percentage with no decimals.
pub fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The per-domain readiness table, with the overall line.
pub fn readiness_table(i18n: &Localizer, r: &Readiness) -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        i18n.t("goal-col-domain"),
        i18n.t("goal-col-weight"),
        i18n.t("goal-col-seen"),
        i18n.t("goal-col-readiness"),
    ]);
    for d in &r.domains {
        let value = if d.items == 0 { "-".to_owned() } else { pct(d.recall) };
        table.add_row(vec![
            i18n.ta("goal-domain", &fargs!("n" => d.domain)),
            format!("{}%", d.weight),
            format!("{} / {}", d.seen, d.items),
            value,
        ]);
    }
    table.add_row(vec![i18n.t("goal-overall"), "100%".to_owned(), String::new(), pct(r.overall)]);
    table
}

/// The lines under the table: the pass line and whether readiness is above it.
pub fn readiness_lines(i18n: &Localizer, r: &Readiness) -> Vec<String> {
    let verdict = if r.overall >= r.pass_line { "goal-above-line" } else { "goal-below-line" };
    vec![i18n.ta("goal-pass-line", &fargs!("line" => pct(r.pass_line))), i18n.t(verdict), i18n.t("goal-estimate-note")]
}

fn show(json: bool, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let Some(report) = report(ctx)? else {
        if json {
            crate::commands::print_json(&serde_json::Value::Null)?;
        } else {
            println!("{}", ctx.i18n.t("goal-none"));
        }
        return Ok(ExitStatus::Success);
    };
    if json {
        crate::commands::print_json(&report)?;
        return Ok(ExitStatus::Success);
    }
    let i18n = &ctx.i18n;
    let exam = report.exam.to_uppercase();
    match report.phase {
        "passed" => println!(
            "{}",
            i18n.ta(
                "exam2-goal-show-passed",
                &fargs!("exam" => exam, "code" => report.exam.clone(), "date" => report.date.clone())
            )
        ),
        "exam_day" => println!("{}", i18n.ta("exam2-goal-exam-day", &fargs!("exam" => exam))),
        _ => println!(
            "{}",
            i18n.ta("goal-heading", &fargs!("exam" => exam, "date" => report.date.clone(), "days" => report.days_left))
        ),
    }
    println!("{}", readiness_table(i18n, &report.readiness));
    for line in readiness_lines(i18n, &report.readiness) {
        println!("{line}");
    }
    if report.phase == "before" {
        println!("{}", i18n.ta("goal-pace", &fargs!("unseen" => report.unseen, "pace" => report.pace_per_day)));
        if report.pace_per_day > report.new_today as usize {
            println!(
                "{}",
                i18n.ta("exam2-goal-pace-capped", &fargs!("pace" => report.pace_per_day, "cap" => report.new_today))
            );
        } else if !report.pace_ok {
            println!("{}", i18n.ta("exam2-goal-pace-raised", &fargs!("pace" => report.pace_per_day)));
        }
    }
    Ok(ExitStatus::Success)
}
