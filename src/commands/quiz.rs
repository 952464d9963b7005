//! `awsdrill quiz take|key|export FILE`: an instructor's quiz, taken, keyed or exported for an
//! LMS. The same file and seed always give the same paper.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::{Bank, SourceFile};
use crate::context::Ctx;
use crate::exam::{self, PaperItem, Sheet};
use crate::quiz::{self, Quiz, export};
use crate::store::{QuizAttempt, QuizAttemptItem};
use crate::ui::sitting;

/// A quiz's id: its file name without the extension, as the instructor named it.
fn quiz_id(path: &Path) -> String {
    path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned())
}

/// `quiz` subcommands.
#[derive(Debug, Subcommand)]
pub enum QuizCommand {
    /// Sit the quiz (one answer a line when stdin is not a terminal)
    Take(PaperArgs),
    /// Print the answer key for a seed
    Key(PaperArgs),
    /// Write the quiz for an LMS or a handout
    Export(ExportArgs),
    /// Check a quiz file and its own items; problems as path:line:col (exit 1)
    Validate(ValidateArgs),
    /// The quiz attempts kept in this learner's database
    History(HistoryArgs),
}

/// Arguments of `quiz history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// Arguments of `quiz validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The quiz file (YAML)
    pub file: PathBuf,
}

/// A quiz file and the seed of its paper.
#[derive(Debug, Args)]
pub struct PaperArgs {
    /// The quiz file (YAML)
    pub file: PathBuf,
    /// Seed of the paper [default: the file's `seed`]
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    #[command(flatten)]
    json: JsonFlag,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Moodle GIFT text
    Gift,
    /// Moodle XML
    #[value(name = "moodle-xml")]
    MoodleXml,
    /// IMS QTI 2.1 content package (`-o quiz.zip`, or a folder)
    Qti,
    /// Markdown handout with the key
    Markdown,
    /// CSV, one row per item
    Csv,
    /// Kahoot quiz spreadsheet (xlsx)
    Kahoot,
}

/// Arguments of `quiz export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The quiz file (YAML)
    pub file: PathBuf,
    /// Seed of the paper [default: the file's `seed`]
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Format,
    /// Output file (qti: a .zip package, or a folder)
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// csv: start with a UTF-8 byte order mark so Excel shows Korean
    #[arg(long)]
    pub excel: bool,
    /// markdown: the learners' copy, without answers or explanations
    #[arg(long)]
    pub student: bool,
    /// kahoot: seconds for each question [default: the quiz's time spread over its items, else 60]
    #[arg(long, value_name = "SECONDS", value_parser = clap::builder::TypedValueParser::map(clap::builder::PossibleValuesParser::new(["5", "10", "20", "30", "60", "90", "120", "240"]), |s| s.parse::<u16>().unwrap_or(60)))]
    pub time_limit: Option<u16>,
}

/// Runs a `quiz` subcommand.
pub fn run(cmd: &QuizCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        QuizCommand::Take(args) => take(args, ctx),
        QuizCommand::Key(args) => key(args, ctx),
        QuizCommand::Export(args) => export_cmd(args, ctx),
        QuizCommand::Validate(args) => validate(args, ctx),
        QuizCommand::History(args) => history(args, ctx),
    }
}

fn history(args: &HistoryArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let attempts = ctx.store()?.quiz_attempts()?;
    if args.json.json {
        crate::commands::print_json(&serde_json::json!({ "attempts": attempts }))?;
        return Ok(ExitStatus::Success);
    }
    if attempts.is_empty() {
        println!("{}", ctx.i18n.t("instructor-history-none"));
        return Ok(ExitStatus::Success);
    }
    let i18n = &ctx.i18n;
    let mut table = crate::commands::exam::table();
    table.set_header(vec![
        i18n.t("instructor-col-taken"),
        i18n.t("instructor-col-quiz"),
        i18n.t("instructor-col-score"),
        i18n.t("instructor-col-result"),
    ]);
    for a in &attempts {
        let taken = chrono::DateTime::from_timestamp(a.taken_at, 0)
            .map(|t| (t + chrono::Duration::seconds(ctx.utc_offset)).format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        let score = format!("{}/{} ({:.0}%)", a.correct, a.total, exam::percent(a.correct, a.total));
        let result = i18n.t(if a.passed { "instructor-passed" } else { "instructor-failed" });
        table.add_row(vec![taken, format!("{} · {}", a.title, a.quiz_id), score, result]);
    }
    println!("{table}");
    Ok(ExitStatus::Success)
}

fn validate(args: &ValidateArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let file = read(ctx, &args.file)?;
    let bank = ctx.bank()?;
    let mut out = Vec::new();
    let quiz = quiz::spec::check_file(&file, bank, &mut out);
    let lines: Vec<String> =
        out.iter().map(|d| format!("{}:{}:{}: {}", file.path, d.line, d.col, ctx.i18n.msg(&d.msg))).collect();
    if !lines.is_empty() {
        eprintln!("{}", lines.join("\n"));
    }
    match quiz {
        Some(q) => {
            let fixed = q.fixed_ids().len();
            let drawn: usize = q.pools.iter().map(|p| p.count).sum();
            println!(
                "{}",
                ctx.i18n.ta(
                    "instructor-quiz-valid",
                    &crate::fargs!("file" => file.path.clone(), "own" => q.own.len(), "count" => fixed + drawn)
                )
            );
            Ok(ExitStatus::Success)
        }
        None => Ok(ExitStatus::Failure),
    }
}

fn read(ctx: &Ctx, path: &Path) -> anyhow::Result<SourceFile> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        anyhow::anyhow!(
            ctx.i18n
                .ta("quiz-err-read", &crate::fargs!("file" => path.display().to_string(), "detail" => e.to_string()))
        )
    })?;
    Ok(SourceFile { path: path.display().to_string(), text })
}

/// Reads and checks a quiz file; problems are reported as `path:line:col` (exit 2).
fn load(ctx: &mut Ctx, path: &Path) -> anyhow::Result<Quiz> {
    let file = read(ctx, path)?;
    let bank = ctx.bank()?;
    let mut out = Vec::new();
    match quiz::spec::check_file(&file, bank, &mut out) {
        Some(q) => Ok(q),
        None => Err(crate::commands::exam::located(&ctx.i18n, &file, &out)),
    }
}

/// A quiz's paper for a seed, with the content hash and exam domains of the items drawn.
struct Drawn {
    quiz: Quiz,
    seed: u64,
    items: Vec<PaperItem>,
    hash: String,
    domains: Vec<Vec<String>>,
}

fn draw(ctx: &mut Ctx, path: &Path, seed: Option<u64>) -> anyhow::Result<Drawn> {
    let (quiz, seed, items) = paper(ctx, path, seed)?;
    let bank = ctx.bank()?.with_extra(&quiz.own);
    let sources: Vec<&crate::content::Item> = items.iter().filter_map(|i| bank.get(&i.id)).collect();
    let hash = quiz::attempt::content_hash(&sources);
    let domains = sources.iter().map(|i| quiz::attempt::item_domains(i)).collect();
    Ok(Drawn { quiz, seed, items, hash, domains })
}

fn paper(ctx: &mut Ctx, path: &Path, seed: Option<u64>) -> anyhow::Result<(Quiz, u64, Vec<PaperItem>)> {
    let quiz = load(ctx, path)?;
    let seed = seed.unwrap_or(quiz.seed);
    let merged;
    let bank: &Bank = ctx.bank()?;
    let bank = if quiz.own.is_empty() {
        bank
    } else {
        merged = bank.with_extra(&quiz.own);
        &merged
    };
    let items = quiz::paper(&quiz, bank, seed).map_err(|short| {
        let pool = &quiz.pools[short.pool];
        anyhow::anyhow!(ctx.i18n.ta(
            "quiz-err-pool-short-seed",
            &crate::fargs!("file" => path.display().to_string(), "pool" => short.pool + 1, "count" => pool.count, "available" => short.available)
        ))
    })?;
    Ok((quiz, seed, items))
}

fn take(args: &PaperArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let Drawn { quiz, seed, items, hash, domains } = draw(ctx, &args.file, args.seed)?;
    let mut sheet = Sheet::new(items);
    eprintln!("{}", ctx.i18n.ta("quiz-start", &crate::fargs!("title" => ctx.i18n.text_inline(&quiz.title), "count" => sheet.len(), "seed" => seed.to_string())));
    let timed_out = if sitting::interactive() {
        sitting::sit_tty(&mut sheet, &ctx.i18n, quiz.minutes)?
    } else {
        sitting::sit_lines(&mut sheet, &ctx.i18n, &mut std::io::stdin().lock(), &mut std::io::stderr().lock())?;
        false
    };
    let graded = sheet.grade();
    let total = sheet.len();
    let correct = graded.iter().filter(|g| **g).count();
    let passed = correct * 100 >= quiz.pass_percent as usize * total;
    let attempt_items: Vec<QuizAttemptItem> = sheet
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| QuizAttemptItem {
            id: item.id.clone(),
            answer: sheet.answer(i).map(exam::paper::response_line),
            correct: graded[i],
            domains: domains.get(i).cloned().unwrap_or_default(),
        })
        .collect();
    let attempt = QuizAttempt {
        id: 0,
        quiz_id: quiz_id(&args.file),
        title: ctx.i18n.text_inline(&quiz.title),
        content_hash: hash,
        seed,
        taken_at: ctx.now_secs(),
        lang: ctx.i18n.lang().code().to_owned(),
        total,
        correct,
        pass_percent: quiz.pass_percent,
        passed,
        domains: quiz::attempt::domain_scores(&attempt_items),
        items: attempt_items,
    };
    ctx.store()?.insert_quiz_attempt(&attempt)?;
    if args.json.json {
        let items: Vec<_> = sheet
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                serde_json::json!({
                    "id": item.id, "answer": sheet.answer(i).map(exam::paper::response_line),
                    "key": item.key_answer(), "correct": graded[i],
                })
            })
            .collect();
        crate::commands::print_json(&serde_json::json!({
            "quiz": args.file.display().to_string(), "seed": seed, "total": total, "correct": correct,
            "percent": exam::percent(correct, total), "pass_percent": quiz.pass_percent, "passed": passed,
            "timed_out": timed_out, "content_hash": attempt.content_hash, "domains": attempt.domains, "items": items,
        }))?;
    } else {
        let pct = format!("{:.1}", exam::percent(correct, total));
        println!(
            "{}",
            ctx.i18n.ta("exam-raw-score", &crate::fargs!("correct" => correct, "total" => total, "percent" => pct))
        );
        let verdict = if passed { "quiz-passed" } else { "quiz-failed" };
        println!("{}", ctx.i18n.ta(verdict, &crate::fargs!("pass" => quiz.pass_percent)));
        if correct < total {
            println!("\n{}", ctx.i18n.t("exam-review-heading"));
            print!("{}", sitting::render_review(&ctx.i18n, &sheet, &graded));
        }
    }
    Ok(if passed { ExitStatus::Success } else { ExitStatus::Failure })
}

fn key(args: &PaperArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (quiz, seed, items) = paper(ctx, &args.file, args.seed)?;
    if args.json.json {
        let list: Vec<_> = items.iter().map(|i| serde_json::json!({"id": i.id, "answer": i.key_answer()})).collect();
        crate::commands::print_json(&serde_json::json!({ "items": list }))?;
    } else {
        println!(
            "{}",
            ctx.i18n.ta(
                "quiz-key-title",
                &crate::fargs!("title" => ctx.i18n.text_inline(&quiz.title), "seed" => seed.to_string())
            )
        );
        for (n, item) in items.iter().enumerate() {
            println!("{:>3}. {:<8} {}", n + 1, item.key_line(), item.id);
        }
    }
    Ok(ExitStatus::Success)
}

fn export_cmd(args: &ExportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (quiz, seed, items) = paper(ctx, &args.file, args.seed)?;
    let i18n = &ctx.i18n;
    for (set, flag, format, fmt_name) in [
        (args.excel, "--excel", Format::Csv, "csv"),
        (args.student, "--student", Format::Markdown, "markdown"),
        (args.time_limit.is_some(), "--time-limit", Format::Kahoot, "kahoot"),
    ] {
        if set && args.format != format {
            anyhow::bail!(i18n.ta("instructor2-flag-format", &crate::fargs!("flag" => flag, "format" => fmt_name)));
        }
    }
    let paper = export::Paper {
        i18n,
        title: i18n.text_inline(&quiz.title),
        seed,
        minutes: quiz.minutes,
        pass_percent: quiz.pass_percent,
        items: &items,
    };
    let write_err = |path: &Path, e: &dyn std::fmt::Display| {
        anyhow::anyhow!(
            i18n.ta("quiz-err-write", &crate::fargs!("file" => path.display().to_string(), "detail" => e.to_string()))
        )
    };
    let mut written = items.len();
    let single: Option<Vec<u8>> = match args.format {
        Format::Gift => Some(export::gift::render(&paper).into_bytes()),
        Format::MoodleXml => Some(export::moodle::render(&paper).into_bytes()),
        Format::Markdown => Some(export::markdown::render(&paper, args.student).into_bytes()),
        Format::Csv => Some(export::csv::render(&paper, args.excel).into_bytes()),
        Format::Kahoot => {
            let seconds = args.time_limit.unwrap_or_else(|| export::kahoot::default_seconds(quiz.minutes, items.len()));
            let notes = [
                i18n.t("instructor2-kahoot-note"),
                i18n.ta("instructor2-kahoot-seed", &crate::fargs!("seed" => seed.to_string())),
            ];
            let (bytes, adjustments) =
                export::kahoot::render(&paper, seconds, &notes).map_err(|e| write_err(&args.output, &e))?;
            for a in &adjustments {
                eprintln!("{}", kahoot_adjustment(i18n, a));
            }
            written -= adjustments.iter().filter(|a| matches!(a, export::kahoot::Adjustment::Skipped { .. })).count();
            Some(bytes)
        }
        Format::Qti => None,
    };
    if let Some(bytes) = single {
        std::fs::write(&args.output, bytes).map_err(|e| write_err(&args.output, &e))?;
    } else {
        let files = export::qti::render(&paper);
        let written = if export::qti::is_zip(&args.output) {
            export::qti::write_zip(&args.output, &files)
        } else {
            export::qti::write_dir(&args.output, &files)
        };
        written.map_err(|e| write_err(&args.output, &e))?;
    }
    eprintln!(
        "{}",
        i18n.ta("quiz-exported", &crate::fargs!("count" => written, "file" => args.output.display().to_string()))
    );
    Ok(ExitStatus::Success)
}

fn kahoot_adjustment(i18n: &crate::i18n::Localizer, a: &export::kahoot::Adjustment) -> String {
    use export::kahoot::{ANSWER_MAX, Adjustment, QUESTION_MAX};
    match a {
        Adjustment::QuestionShortened { id, chars } => i18n.ta(
            "instructor2-kahoot-question-cut",
            &crate::fargs!("id" => id.clone(), "chars" => *chars, "max" => QUESTION_MAX),
        ),
        Adjustment::AnswerShortened { id, chars } => i18n.ta(
            "instructor2-kahoot-answer-cut",
            &crate::fargs!("id" => id.clone(), "chars" => *chars, "max" => ANSWER_MAX),
        ),
        Adjustment::AnswersDropped { id, dropped } => {
            i18n.ta("instructor2-kahoot-answers-dropped", &crate::fargs!("id" => id.clone(), "count" => *dropped))
        }
        Adjustment::Skipped { id } => i18n.ta("instructor2-kahoot-skipped", &crate::fargs!("id" => id.clone())),
    }
}
