//! `awsdrill progress export|import`: review history in and out.
//!
//! CSV rows are `item_id,reviewed_at,rating` (RFC 3339 UTC, ratings 1–4), read and written with the
//! `csv` crate (quoted fields, BOM). Import streams the file, checks every row first and writes
//! nothing if any row is bad; then it rebuilds each item's schedule by replaying its whole history
//! through the scheduler (`srs::replay`), so imported and local reviews agree. Linear in the rows.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, SecondsFormat, Utc};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::app::ExitStatus;
use crate::context::Ctx;
use crate::fargs;
use crate::srs::replay::{PastReview, replay};
use crate::srs::{Rating, Scheduler};
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
            let mut csv = csv::Writer::from_writer(&mut out);
            // Cram answers are part of the history `stats` counts, so they are exported too,
            // marked so that an import keeps them out of the schedule (issue 10).
            csv.write_record(["item_id", "reviewed_at", "rating", "mode"])?;
            let mut failed = None;
            store.for_each_review(|id, at_ms, rating, mode| {
                if failed.is_none() {
                    let at = rfc3339(at_ms.div_euclid(1000));
                    let mode = if mode == "cram" { "cram" } else { "study" };
                    failed = csv.write_record([id, at.as_str(), rating.to_string().as_str(), mode]).err();
                }
                Ok(())
            })?;
            if let Some(err) = failed {
                return Err(err.into());
            }
            csv.flush()?;
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

/// Bad rows shown before giving up; the count of the rest is still reported.
const MAX_PROBLEMS_SHOWN: usize = 50;

/// An import row, with the item as an index into the ids seen (1M rows must fit in little memory).
struct Row {
    item: u32,
    at_ms: i64,
    rating: Rating,
    cram: bool,
}

fn import(args: &ImportArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let file = args.file.display().to_string();
    let reader = std::fs::File::open(&args.file).map_err(|e| {
        anyhow::anyhow!(ctx.i18n.ta("error-read-file", &fargs!("path" => file.clone(), "reason" => e.to_string())))
    })?;
    let offset = ctx.utc_offset;
    let now_ms = ctx.now.timestamp_millis();
    let (i18n, bank, store) = ctx.parts()?;
    let progress = Progress::new();
    let mut csv = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let mut problems: Vec<String> = Vec::new();
    let mut problem_count = 0usize;
    let mut note = |line: u64, what: String| {
        problem_count += 1;
        if problems.len() < MAX_PROBLEMS_SHOWN {
            problems.push(i18n.ta("import-bad-row", &fargs!("file" => file.clone(), "line" => line, "reason" => what)));
        }
    };
    // Files without the `mode` column (older exports, hand-made files) hold study reviews only.
    let columns = csv.headers().map_or(0, csv::StringRecord::len);
    let header_ok = csv.headers().is_ok_and(|h| {
        h.iter().eq(["item_id", "reviewed_at", "rating"]) || h.iter().eq(["item_id", "reviewed_at", "rating", "mode"])
    });
    if !header_ok {
        anyhow::bail!(i18n.ta("import-bad-header", &fargs!("file" => file.clone())));
    }
    let mut ids: Vec<String> = Vec::new();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = csv.position().line() + 1;
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(err) => {
                let line = err.position().map_or(line, csv::Position::line);
                note(line, i18n.ta("import-bad-csv", &fargs!("reason" => err.to_string())));
                if matches!(err.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = record.position().map_or(line, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let [id, when, rating, mode] = [0, 1, 2, 3].map(|i| record.get(i).unwrap_or(""));
        if record.len() != columns {
            note(line, i18n.ta("import-field-count", &fargs!("count" => record.len())));
            continue;
        }
        if bank.get(id).is_none() {
            note(line, i18n.ta("import-unknown-id", &fargs!("id" => id.to_owned())));
            continue;
        }
        let Ok(time) = DateTime::parse_from_rfc3339(when) else {
            note(line, i18n.ta("import-bad-time", &fargs!("value" => when.to_owned())));
            continue;
        };
        let at_ms = time.with_timezone(&Utc).timestamp_millis();
        if at_ms > now_ms {
            note(line, i18n.ta("import-future-time", &fargs!("value" => when.to_owned())));
            continue;
        }
        let Some(rating) = rating.parse::<i64>().ok().and_then(Rating::from_value) else {
            note(line, i18n.ta("import-bad-rating", &fargs!("value" => rating.to_owned())));
            continue;
        };
        let cram = match mode {
            "" | "study" => false,
            "cram" => true,
            other => {
                note(line, i18n.ta("exam2-import-bad-mode", &fargs!("value" => other.to_owned())));
                continue;
            }
        };
        let item = *index.entry(id.to_owned()).or_insert_with(|| {
            ids.push(id.to_owned());
            (ids.len() - 1) as u32
        });
        rows.push(Row { item, at_ms, rating, cram });
        progress.read(rows.len());
    }
    if problem_count > 0 {
        progress.finish();
        for p in &problems {
            eprintln!("{p}");
        }
        if problem_count > problems.len() {
            eprintln!("{}", i18n.ta("import-more-problems", &fargs!("count" => problem_count - problems.len())));
        }
        anyhow::bail!(i18n.ta("import-nothing-written", &fargs!("count" => problem_count)));
    }
    // Each item's history: what the database holds plus the new rows; re-importing the same file
    // must not double it, so a review already there (same item, same millisecond) is skipped.
    let mut histories: Vec<Vec<PastReview>> = Vec::with_capacity(ids.len());
    let mut seen: HashSet<(u32, i64)> = HashSet::with_capacity(rows.len());
    for (n, id) in ids.iter().enumerate() {
        let old = store.history(id)?;
        let mut history = Vec::with_capacity(old.len());
        for (at_ms, rating) in old {
            seen.insert((n as u32, at_ms));
            let rating = Rating::from_value(i64::from(rating)).unwrap_or(Rating::Good);
            history.push(PastReview { at_ms, rating, fresh: false });
        }
        histories.push(history);
    }
    let total = rows.len();
    let mut crams: Vec<Row> = Vec::new();
    for row in rows {
        if seen.insert((row.item, row.at_ms)) {
            if row.cram {
                crams.push(row);
            } else {
                histories[row.item as usize].push(PastReview { at_ms: row.at_ms, rating: row.rating, fresh: true });
            }
        }
    }
    drop(seen);
    let scheduler = Scheduler::new(crate::commands::study::saved_config(store)?)?;
    progress.replaying(ids.len());
    let item_count = ids.len();
    let mut written = 0usize;
    let import = store.begin_import()?;
    // Cram reviews are history only: recorded as they were, never replayed into a schedule.
    for row in &crams {
        let at = row.at_ms.div_euclid(1000);
        import.review(&ReviewRecord {
            item_id: ids[row.item as usize].clone(),
            reviewed_at_ms: row.at_ms,
            day: crate::srs::day_of(at, offset),
            rating: row.rating.value(),
            mode: Mode::Cram,
            phase_before: crate::srs::Phase::Review,
            correct: None,
            elapsed_days: 0,
            interval_days: 0,
            lang: None,
            answer: None,
            variant_seed: None,
            duration_ms: None,
        })?;
        written += 1;
    }
    for (id, mut history) in ids.into_iter().zip(histories) {
        if history.is_empty() {
            // Only cram answers: the item has no schedule to rebuild.
            progress.replayed();
            continue;
        }
        let (state, replayed) =
            replay(&scheduler, &mut history, |reps| crate::exercise::variant_seed(&id, u64::from(reps)));
        drop(history);
        for r in replayed {
            let at = r.at_ms.div_euclid(1000);
            import.review(&ReviewRecord {
                item_id: id.clone(),
                reviewed_at_ms: r.at_ms,
                day: crate::srs::day_of(at, offset),
                rating: r.rating.value(),
                mode: Mode::Import,
                phase_before: r.phase_before,
                correct: None,
                elapsed_days: r.elapsed_days,
                interval_days: r.interval_days,
                lang: None,
                answer: None,
                variant_seed: None,
                duration_ms: None,
            })?;
            written += 1;
        }
        import.state(&id, &state)?;
        progress.replayed();
    }
    import.commit()?;
    progress.finish();
    println!(
        "{}",
        i18n.ta("import-done", &fargs!("reviews" => written, "items" => item_count, "skipped" => total - written))
    );
    Ok(ExitStatus::Success)
}

/// A progress bar on an attended terminal (indicatif hides itself otherwise).
struct Progress(indicatif::ProgressBar);

impl Progress {
    fn new() -> Progress {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {human_pos} rows").expect("valid template"));
        Progress(bar)
    }

    fn read(&self, rows: usize) {
        if rows.is_multiple_of(10_000) {
            self.0.set_position(rows as u64);
        }
    }

    fn replaying(&self, items: usize) {
        self.0.set_length(items as u64);
        self.0.set_position(0);
        self.0.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {human_pos}/{human_len} items").expect("valid template"),
        );
    }

    fn replayed(&self) {
        self.0.inc(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
