//! `awsdrill progress export|import`: review history in and out.
//!
//! CSV rows are `item_id,reviewed_at,rating` (RFC 3339 UTC, ratings 1–4). Import checks every row
//! first and writes nothing if any row is bad; then it rebuilds each item's schedule by replaying
//! its whole history through the scheduler, so imported and local reviews agree.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, SecondsFormat, Utc};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::app::ExitStatus;
use crate::context::Ctx;
use crate::fargs;
use crate::srs::{ItemState, Rating, Scheduler};
use crate::store::{Mode, ReviewRecord};

/// `progress` subcommands.
#[derive(Debug, Subcommand)]
pub enum ProgressCommand {
    /// Write your history: CSV reviews (`item_id,reviewed_at,rating`) or JSON item states
    Export(ExportArgs),
    /// Add reviews from a CSV file (`item_id,reviewed_at,rating`) and rebuild schedules
    Import(ImportArgs),
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One review per row.
    Csv,
    /// One item state per row.
    Json,
}

/// Arguments of `progress export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Arguments of `progress import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file with the header `item_id,reviewed_at,rating`
    pub file: PathBuf,
}

/// Runs a `progress` subcommand.
pub fn run(cmd: &ProgressCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        ProgressCommand::Export(args) => export(args, ctx),
        ProgressCommand::Import(args) => import(args, ctx),
    }
}

fn rfc3339(unix_secs: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix_secs, 0)
        .map(|d| d.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// One row of the JSON export.
#[derive(Debug, Serialize)]
struct StateRow {
    item_id: String,
    state: &'static str,
    stability: Option<f32>,
    difficulty: Option<f32>,
    due: String,
    last_review: Option<String>,
    reps: u32,
    lapses: u32,
    leech: bool,
}

fn export(args: &ExportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| {
            anyhow::anyhow!(
                ctx.i18n
                    .ta("error-write-file", &fargs!("path" => path.display().to_string(), "reason" => e.to_string()))
            )
        })?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let store = ctx.store()?;
    match args.format {
        Format::Csv => {
            writeln!(out, "item_id,reviewed_at,rating")?;
            store.for_each_review(|id, at_ms, rating, mode| {
                if mode != "cram" {
                    let _ = writeln!(out, "{},{},{rating}", csv_field(id), rfc3339(at_ms.div_euclid(1000)));
                }
                Ok(())
            })?;
        }
        Format::Json => {
            let mut rows: Vec<StateRow> = store
                .states()?
                .into_iter()
                .map(|(item_id, s)| StateRow {
                    item_id,
                    state: s.phase.name(),
                    stability: s.memory.map(|m| m.stability),
                    difficulty: s.memory.map(|m| m.difficulty),
                    due: rfc3339(s.due),
                    last_review: s.last_review.map(rfc3339),
                    reps: s.reps,
                    lapses: s.lapses,
                    leech: s.leech,
                })
                .collect();
            rows.sort_by(|a, b| a.item_id.cmp(&b.item_id));
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_owned() }
}

/// A parsed import row.
struct Row {
    item_id: String,
    at_ms: i64,
    rating: Rating,
}

fn import(args: &ImportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let text = std::fs::read_to_string(&args.file).map_err(|e| {
        anyhow::anyhow!(
            ctx.i18n
                .ta("error-read-file", &fargs!("path" => args.file.display().to_string(), "reason" => e.to_string()))
        )
    })?;
    let file = args.file.display().to_string();
    let offset = ctx.utc_offset;
    let (i18n, bank, store) = ctx.parts()?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim().trim_start_matches('\u{feff}') == "item_id,reviewed_at,rating" => {}
        _ => problems.push(i18n.ta("import-bad-header", &fargs!("file" => file.clone()))),
    }
    for (index, line) in lines {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let at = |what: String| {
            i18n.ta("import-bad-row", &fargs!("file" => file.clone(), "line" => number, "reason" => what))
        };
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [id, when, rating] = fields[..] else {
            problems.push(at(i18n.ta("import-field-count", &fargs!("count" => fields.len()))));
            continue;
        };
        let id = id.trim_matches('"');
        if bank.get(id).is_none() {
            problems.push(at(i18n.ta("import-unknown-id", &fargs!("id" => id.to_owned()))));
            continue;
        }
        let Ok(time) = DateTime::parse_from_rfc3339(when) else {
            problems.push(at(i18n.ta("import-bad-time", &fargs!("value" => when.to_owned()))));
            continue;
        };
        let Some(rating) = rating.parse::<i64>().ok().and_then(Rating::from_value) else {
            problems.push(at(i18n.ta("import-bad-rating", &fargs!("value" => rating.to_owned()))));
            continue;
        };
        rows.push(Row { item_id: id.to_owned(), at_ms: time.with_timezone(&Utc).timestamp_millis(), rating });
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        anyhow::bail!(i18n.ta("import-nothing-written", &fargs!("count" => problems.len())));
    }
    // Re-importing the same file must not double the history.
    let mut known: HashSet<(String, i64)> = HashSet::new();
    let affected: HashSet<&str> = rows.iter().map(|r| r.item_id.as_str()).collect();
    let mut history: BTreeMap<String, Vec<(i64, u32)>> = BTreeMap::new();
    for id in &affected {
        let h = store.history(id)?;
        for (at, _) in &h {
            known.insert(((*id).to_owned(), *at));
        }
        history.insert((*id).to_owned(), h);
    }
    let fresh: Vec<&Row> = rows.iter().filter(|r| known.insert((r.item_id.clone(), r.at_ms))).collect();
    for row in &fresh {
        history.entry(row.item_id.clone()).or_default().push((row.at_ms, row.rating.value()));
    }
    let scheduler = Scheduler::new(crate::commands::study::saved_config(store)?)?;
    let mut states = Vec::new();
    let mut records = Vec::new();
    for (id, mut reviews) in history {
        reviews.sort_unstable();
        let mut state = ItemState::new_item();
        for (at_ms, rating) in reviews {
            let rating = Rating::from_value(i64::from(rating)).unwrap_or(Rating::Good);
            let at = at_ms.div_euclid(1000);
            let before = state.phase;
            let reviewed =
                scheduler.review(&state, rating, at, crate::exercise::variant_seed(&id, u64::from(state.reps)), None);
            if fresh.iter().any(|r| r.item_id == id && r.at_ms == at_ms) {
                records.push(ReviewRecord {
                    item_id: id.clone(),
                    reviewed_at_ms: at_ms,
                    day: (at + offset - crate::context::DAY_STARTS_AT_HOUR * 3600).div_euclid(86_400),
                    rating: rating.value(),
                    mode: Mode::Import,
                    phase_before: before,
                    correct: None,
                    elapsed_days: reviewed.elapsed_days,
                    interval_days: reviewed.state.interval_days,
                    lang: None,
                    answer: None,
                    variant_seed: None,
                    duration_ms: None,
                });
            }
            state = reviewed.state;
        }
        states.push((id, state));
    }
    store.import(&records, &states)?;
    println!(
        "{}",
        i18n.ta(
            "import-done",
            &fargs!("reviews" => records.len(), "items" => states.len(), "skipped" => rows.len() - records.len())
        )
    );
    Ok(ExitStatus::Success)
}
