//! `awsdrill cohort export|report`: one learner's versioned export, and the bootcamp report over
//! many exports (table, CSV, JSON or a self-contained HTML page).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use crate::app::ExitStatus;
use crate::cohort::export::{self, DayRecord, ExamDomain, ExamRecord, Export, GoalRecord, ItemRecord, ReadError};
use crate::cohort::goal::Goal;
use crate::cohort::report::{self, Options};
use crate::cohort::{html, render};
use crate::commands::goal::parse_exam;
use crate::content::Exam;
use crate::context::Ctx;
use crate::fargs;

/// `cohort` subcommands.
#[derive(Debug, Subcommand)]
pub enum CohortCommand {
    /// Write this learner's progress as one versioned JSON file for the bootcamp lead
    Export(ExportArgs),
    /// Report over many learners' export files (or a folder of them)
    Report(ReportArgs),
}

/// Arguments of `cohort export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Learner name [default: the profile name, else $USER]
    #[arg(long, value_name = "NAME")]
    pub learner: Option<String>,
    /// Replace the name with a stable pseudonym (learner-xxxxxx)
    #[arg(long)]
    pub anonymize: bool,
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Terminal tables
    Table,
    /// One row per learner
    Csv,
    /// One JSON object
    Json,
    /// One self-contained page
    Html,
    /// Gradebook: best / latest score of every quiz and mock exam, one column each
    Gradebook,
    /// Moodle grade import CSV: Learner, then the best score of each quiz and mock exam
    #[value(name = "moodle-grades")]
    MoodleGrades,
}

/// Arguments of `cohort report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Export files, or folders of *.json export files
    #[arg(required_unless_present = "server", value_name = "FILES|DIR")]
    pub inputs: Vec<PathBuf>,
    /// Read the cohort live from this `PostgreSQL` server (postgres:// URL of a lead role, without a password)
    #[arg(long, value_name = "URL", requires = "cohort", conflicts_with = "inputs")]
    pub server: Option<String>,
    /// The cohort to read from --server
    #[arg(long, value_name = "NAME", requires = "server")]
    pub cohort: Option<String>,
    /// The exam: clf-c02 or saa-c03 [default: the learners' most common goal]
    #[arg(long, value_name = "EXAM")]
    pub goal: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Leave the leaderboard out
    #[arg(long)]
    pub no_leaderboard: bool,
}

/// Runs `cohort`.
pub fn run(cmd: &CohortCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        CohortCommand::Export(args) => run_export(args, ctx),
        CohortCommand::Report(args) => run_report(args, ctx),
    }
}

fn write_out(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    if let Some(p) = path {
        return std::fs::write(p, text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()));
    }
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

/// Builds this database's export.
pub fn build_export(ctx: &mut Ctx, name: &str, anonymize: bool) -> anyhow::Result<Export> {
    let generated = ctx.now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let store = ctx.store()?;
    let goal = Goal::load(store)?.map(|g| GoalRecord { exam: g.exam.code().to_owned(), date: g.date.to_string() });
    let mut last_rating: HashMap<String, u32> = HashMap::new();
    store.for_each_review(|id, _, rating, mode| {
        if mode != "cram" {
            last_rating.insert(id.to_owned(), rating);
        }
        Ok(())
    })?;
    let mut items: Vec<ItemRecord> = store
        .states()?
        .into_iter()
        .map(|(id, s)| ItemRecord {
            phase: s.phase.name().to_owned(),
            stability: s.memory.map(|m| f64::from(m.stability)),
            difficulty: s.memory.map(|m| f64::from(m.difficulty)),
            due: s.due,
            last_review: s.last_review,
            reps: s.reps,
            lapses: s.lapses,
            leech: s.leech,
            last_rating: last_rating.get(&id).copied(),
            id,
        })
        .collect();
    items.sort_by(|a, b| a.id.cmp(&b.id));
    let store_days = store.days()?;
    let attempts = store.attempts()?;
    let quizzes = store.quiz_attempts()?;
    let days = store_days
        .iter()
        .map(|d| DayRecord {
            date: ctx.day_date(d.day),
            reviews: d.reviews,
            correct: d.correct,
            graded: d.graded,
            new_items: d.new_items,
        })
        .collect();
    let exams = attempts
        .into_iter()
        .map(|a| ExamRecord {
            exam: a.exam,
            finished_at: a.finished_at,
            total: a.total,
            correct: a.correct,
            scaled_estimate: a.scaled_estimate,
            pass_mark: a.pass_mark,
            passed: a.passed,
            domains: a
                .domains
                .into_iter()
                .map(|d| ExamDomain { domain: d.domain, weight: d.weight, total: d.total, correct: d.correct })
                .collect(),
        })
        .collect();
    let learner = if anonymize { export::pseudonym(name) } else { name.to_owned() };
    Ok(Export {
        format: export::FORMAT.to_owned(),
        version: export::VERSION,
        learner,
        anonymized: anonymize,
        generated,
        goal,
        items,
        days,
        exams,
        quizzes,
    })
}

fn run_export(args: &ExportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let name = args
        .learner
        .clone()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| ctx.profile.clone())
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "learner".to_owned());
    let export = build_export(ctx, name.trim(), args.anonymize)?;
    let mut text = serde_json::to_string_pretty(&export)?;
    text.push('\n');
    write_out(args.output.as_deref(), &text)?;
    if let Some(path) = &args.output {
        eprintln!("{}", ctx.i18n.ta("cohort-exported", &fargs!("learner" => export.learner.clone(), "file" => path.display().to_string(), "items" => export.items.len())));
    }
    Ok(ExitStatus::Success)
}

/// Expands folders into their `*.json` files, sorted.
fn input_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    files
}

fn read_message(ctx: &Ctx, file: &str, err: &ReadError) -> String {
    let i18n = &ctx.i18n;
    match err {
        ReadError::Io(e) => i18n.ta("cohort-err-io", &fargs!("file" => file.to_owned(), "reason" => e.to_string())),
        ReadError::Json { line, column, message } => i18n.ta(
            "cohort-err-json",
            &fargs!("file" => file.to_owned(), "line" => *line, "column" => *column, "reason" => message.clone()),
        ),
        ReadError::NotOurs => i18n.ta("cohort-err-format", &fargs!("file" => file.to_owned())),
        ReadError::TooNew(v) => i18n.ta(
            "cohort-err-version",
            &fargs!("file" => file.to_owned(), "version" => *v, "supported" => export::VERSION),
        ),
    }
}

/// When an export was written, for ordering; an unreadable time sorts oldest.
fn generated(export: &Export) -> i64 {
    chrono::DateTime::parse_from_rfc3339(&export.generated).map_or(i64::MIN, |t| t.timestamp())
}

fn run_report(args: &ReportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let cli_exam = args.goal.as_deref().map(|g| parse_exam(&ctx.i18n, g)).transpose()?;
    let mut problems = Vec::new();
    let mut good: Vec<(String, Export)> = Vec::new();
    let mut skipped = Vec::new();
    if let (Some(url), Some(cohort)) = (&args.server, &args.cohort) {
        let generated = ctx.now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let read = crate::commands::sync::connect_interactive(&ctx.i18n, url)
            .and_then(|mut c| crate::sync::pull::cohort_exports(&mut c, cohort, &generated, &|d| ctx.day_date(d)));
        match read {
            Ok(exports) => good = exports,
            Err(e) => anyhow::bail!(crate::commands::sync::message(&ctx.i18n, &e)),
        }
    }
    for path in input_files(&args.inputs) {
        let file = path.display().to_string();
        match export::read(&path) {
            Err(err) => problems.push(read_message(ctx, &file, &err)),
            Ok(mut export) => {
                if let Some(goal) = export
                    .goal
                    .clone()
                    .filter(|g| Exam::parse(&g.exam).is_none() || crate::cohort::goal::parse_date(&g.date).is_none())
                {
                    problems.push(ctx.i18n.ta(
                        "cohort-err-goal",
                        &fargs!("file" => file.clone(), "exam" => goal.exam, "date" => goal.date),
                    ));
                    export.goal = None;
                }
                good.push((file, export));
            }
        }
    }
    // One learner, several exports: the newest by `generated` wins, whatever the file names.
    good.sort_by(|(fa, a), (fb, b)| {
        a.learner.cmp(&b.learner).then_with(|| generated(b).cmp(&generated(a))).then_with(|| fa.cmp(fb))
    });
    let mut kept: Vec<(String, Export)> = Vec::new();
    for (file, export) in good {
        match kept.last() {
            Some((newer, last)) if last.learner == export.learner => {
                skipped.push(ctx.i18n.ta(
                    "instructor-skipped-older",
                    &fargs!("file" => file.clone(), "learner" => export.learner.clone(), "newer" => newer.clone()),
                ));
            }
            _ => kept.push((file, export)),
        }
    }
    let good = kept;
    if good.is_empty() {
        for problem in &problems {
            eprintln!("awsdrill: {problem}");
        }
        eprintln!("awsdrill: {}", ctx.i18n.t("instructor-report-empty"));
        return Ok(ExitStatus::Failure);
    }
    let exam = cli_exam.unwrap_or_else(|| {
        let mut counts: HashMap<Exam, usize> = HashMap::new();
        for (_, e) in &good {
            if let Some(exam) = e.goal.as_ref().and_then(|g| Exam::parse(&g.exam)) {
                *counts.entry(exam).or_default() += 1;
            }
        }
        counts.into_iter().max_by_key(|&(exam, n)| (n, std::cmp::Reverse(exam))).map_or(Exam::ClfC02, |(e, _)| e)
    });
    let today = ctx.today();
    let now = ctx.now_secs();
    let utc_offset = ctx.utc_offset;
    let bank = ctx.bank()?;
    let opts = Options { bank, exam, today, now, utc_offset, leaderboard: !args.no_leaderboard };
    let report = report::build(&good, &opts);
    let text = match args.format {
        Format::Table => render::table(&ctx.i18n, &report),
        Format::Csv => render::csv(&report),
        Format::Json => {
            let mut value = serde_json::to_value(&report)?;
            value["problems"] = serde_json::json!(problems);
            let mut s = serde_json::to_string_pretty(&value)?;
            s.push('\n');
            s
        }
        Format::Html => html::page(&ctx.i18n, &report),
        Format::Gradebook => crate::cohort::gradebook::table(
            &crate::cohort::gradebook::build(&good),
            ctx.i18n.t("instructor-col-learner"),
        ),
        Format::MoodleGrades => crate::cohort::gradebook::moodle_csv(&crate::cohort::gradebook::build(&good)),
    };
    write_out(args.output.as_deref(), &text)?;
    for note in &skipped {
        eprintln!("{note}");
    }
    for problem in &problems {
        eprintln!("awsdrill: {problem}");
    }
    if !problems.is_empty() {
        eprintln!("{}", ctx.i18n.ta("cohort-partial", &fargs!("good" => good.len(), "bad" => problems.len())));
        return Ok(ExitStatus::Failure);
    }
    Ok(ExitStatus::Success)
}
