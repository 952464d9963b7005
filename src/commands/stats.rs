//! `awsdrill stats`: reviews, due counts, a 14-day forecast, retention, streak and leeches.

use clap::Args;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::context::Ctx;
use crate::fargs;
use crate::srs::Phase;
use crate::store::DayTotals;

/// Arguments of `stats`.
#[derive(Debug, Default, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    json: JsonFlag,
}

/// One day of the forecast.
#[derive(Debug, Serialize)]
pub struct ForecastDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Items due that day.
    pub due: usize,
}

/// Everything `stats` reports.
#[derive(Debug, Serialize)]
pub struct Stats {
    /// All reviews ever (study, cram and imported).
    pub reviews_total: i64,
    /// Reviews today.
    pub reviews_today: i64,
    /// Items due now.
    pub due_now: usize,
    /// Items due tomorrow.
    pub due_tomorrow: usize,
    /// Due counts for the next 14 days, today first.
    pub forecast: Vec<ForecastDay>,
    /// Items seen at least once.
    pub seen: usize,
    /// Items in the bank.
    pub bank_items: usize,
    /// Right answers among reviews of graduated items in the last 30 days.
    pub retention_30d: Retention,
    /// Consecutive study days up to today (or yesterday, if today has no reviews yet).
    pub streak: usize,
    /// Leech item ids.
    pub leeches: Vec<String>,
    /// The leeches with their lapse counts, most lapses first.
    pub leech_lapses: Vec<LeechLapses>,
    /// Reviews per study day over the heatmap's weeks, oldest first (days with reviews only).
    pub activity: Vec<DayTotals>,
    /// Readiness on exam day while a goal is set (`awsdrill goal`), else null.
    pub readiness: Option<crate::commands::goal::GoalReport>,
}

/// True retention: share of reviews of graduated items that were recalled.
#[derive(Debug, Serialize)]
pub struct Retention {
    /// Recalled.
    pub recalled: i64,
    /// Reviewed.
    pub total: i64,
    /// `recalled / total`, or null without reviews.
    pub rate: Option<f64>,
}

const WEEKDAY_IDS: [&str; 7] =
    ["weekday-mon", "weekday-tue", "weekday-wed", "weekday-thu", "weekday-fri", "weekday-sat", "weekday-sun"];

/// Weeks shown in the review heatmap.
pub const HEATMAP_WEEKS: i64 = 26;

/// Monday = 0 for a study day number (day 0 is Thursday 1970-01-01).
fn weekday(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// A contribution-calendar of reviews: one row per weekday, one column per week, today last.
/// Labels are padded by display width so Hangul and Latin labels line up.
pub fn heatmap_lines(labels: &[String], today: i64, activity: &[DayTotals]) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let counts: std::collections::HashMap<i64, i64> = activity.iter().map(|d| (d.day, d.reviews)).collect();
    let peak = counts.values().copied().max().unwrap_or(0).max(1);
    let width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let first = today - i64::try_from(weekday(today)).unwrap_or(0) - (HEATMAP_WEEKS - 1) * 7;
    (0..7)
        .map(|row| {
            let label = labels.get(row).map_or("", String::as_str);
            let mut line = format!("{label}{} ", " ".repeat(width - label.width()));
            for week in 0..HEATMAP_WEEKS {
                let day = first + week * 7 + row as i64;
                let cell = if day > today {
                    ' '
                } else {
                    match counts.get(&day).copied().unwrap_or(0) {
                        0 => '·',
                        n if n * 4 <= peak => '░',
                        n if n * 2 <= peak => '▒',
                        n if n * 4 <= peak * 3 => '▓',
                        _ => '█',
                    }
                };
                line.push(cell);
            }
            line.trim_end().to_owned()
        })
        .collect()
}

/// One leech and how often it was forgotten.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeechLapses {
    /// Item id.
    pub id: String,
    /// Times forgotten.
    pub lapses: u32,
}

/// Gathers the statistics.
pub fn compute(ctx: &mut Ctx) -> anyhow::Result<Stats> {
    let now = ctx.now_secs();
    let today = ctx.today();
    let day_ends: Vec<i64> = (0..14).map(|d| ctx.day_end(today + d)).collect();
    let dates: Vec<String> = (0..14).map(|d| ctx.day_date(today + d)).collect();
    let (_, bank, store) = ctx.parts()?;
    let states = store.states()?;
    let days = store.days()?;
    let marks = store.marks()?;
    let mut forecast: Vec<ForecastDay> = dates.into_iter().map(|date| ForecastDay { date, due: 0 }).collect();
    let mut due_now = 0;
    let mut leeches = Vec::new();
    let mut leech_lapses = Vec::new();
    for (id, state) in &states {
        if state.phase == Phase::New || bank.get(id).is_none() {
            continue;
        }
        // Suspended items leave every schedule, so they are not due (they stay listed as leeches).
        let suspended = marks.get(id).is_some_and(|m| m.suspended);
        if state.due <= now && !suspended {
            due_now += 1;
        }
        if let Some(slot) = day_ends.iter().position(|&end| state.due < end).filter(|_| !suspended) {
            forecast[slot].due += 1;
        }
        if state.leech {
            leeches.push(id.clone());
            leech_lapses.push(LeechLapses { id: id.clone(), lapses: state.lapses });
        }
    }
    leeches.sort();
    leech_lapses.sort_by(|a, b| b.lapses.cmp(&a.lapses).then_with(|| a.id.cmp(&b.id)));
    let (recalled, total) = store.retention_since(today - 29)?;
    let reviews_total = days.iter().map(|d| d.reviews).sum();
    let reviews_today = days.iter().find(|d| d.day == today).map_or(0, |d| d.reviews);
    let seen = states.values().filter(|s| s.phase != Phase::New).count();
    let bank_items = bank.items.len();
    let streak = crate::srs::streak(&days, today);
    let activity = days.iter().filter(|d| d.day > today - HEATMAP_WEEKS * 7 && d.day <= today).copied().collect();
    let readiness = crate::commands::goal::report(ctx)?;
    Ok(Stats {
        reviews_total,
        reviews_today,
        due_now,
        due_tomorrow: forecast.get(1).map_or(0, |f| f.due),
        seen,
        bank_items,
        retention_30d: Retention { recalled, total, rate: (total > 0).then(|| recalled as f64 / total as f64) },
        streak,
        activity,
        readiness,
        leeches,
        leech_lapses,
        forecast,
    })
}

/// Runs `stats`.
pub fn run(args: &StatsArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let stats = compute(ctx)?;
    if args.json.json {
        crate::commands::print_json(&stats)?;
        return Ok(ExitStatus::Success);
    }
    let i18n = &ctx.i18n;
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    let retention = stats.retention_30d.rate.map_or_else(
        || "-".to_owned(),
        |r| format!("{:.0}% ({}/{})", r * 100.0, stats.retention_30d.recalled, stats.retention_30d.total),
    );
    let rows = [
        ("stats-reviews-today", stats.reviews_today.to_string()),
        ("stats-reviews-total", stats.reviews_total.to_string()),
        ("stats-due-now", stats.due_now.to_string()),
        ("stats-due-tomorrow", stats.due_tomorrow.to_string()),
        ("stats-seen", format!("{} / {}", stats.seen, stats.bank_items)),
        ("stats-retention", retention),
        ("stats-streak", i18n.ta("stats-days", &fargs!("n" => stats.streak))),
        ("stats-leeches", stats.leeches.len().to_string()),
    ];
    for (id, value) in rows {
        table.add_row(vec![i18n.t(id), value]);
    }
    println!("{table}");
    println!("\n{}", i18n.t("stats-heatmap"));
    let labels: Vec<String> = (0..7).map(|d| i18n.t(WEEKDAY_IDS[d])).collect();
    for line in heatmap_lines(&labels, ctx.today(), &stats.activity) {
        println!("  {line}");
    }
    println!("\n{}", i18n.t("stats-forecast"));
    let peak = stats.forecast.iter().map(|f| f.due).max().unwrap_or(0).max(1);
    for day in &stats.forecast {
        let bar = "█".repeat((day.due * 30).div_ceil(peak));
        println!("  {} {:>4} {bar}", day.date, day.due);
    }
    if !stats.leeches.is_empty() {
        println!("\n{}", i18n.t("stats-leech-list"));
        for leech in &stats.leech_lapses {
            println!("  {}  {}", leech.id, i18n.ta("anki-stats-lapses", &fargs!("count" => leech.lapses)));
        }
    }
    if let Some(goal) = &stats.readiness {
        let heading =
            i18n.ta("goal-stats-heading", &fargs!("exam" => goal.exam.to_uppercase(), "date" => goal.date.clone()));
        println!("\n{heading}");
        println!("{}", crate::commands::goal::readiness_table(i18n, &goal.readiness));
        for line in crate::commands::goal::readiness_lines(i18n, &goal.readiness) {
            println!("{line}");
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(day: i64) -> DayTotals {
        DayTotals { day, reviews: 1, ..DayTotals::default() }
    }

    #[test]
    fn heatmap_aligns_hangul_and_latin_labels() {
        use unicode_width::UnicodeWidthStr;
        let ko: Vec<String> = ["월", "화", "수", "목", "금", "토", "일"].iter().map(|s| (*s).to_owned()).collect();
        let today = 20_000;
        let lines = heatmap_lines(&ko, today, &[day(today), day(today - 7)]);
        assert_eq!(lines.len(), 7);
        let row = weekday(today);
        assert!(lines[row].ends_with("▒█") || lines[row].ends_with("██"), "{lines:?}");
        let starts: Vec<usize> = lines.iter().map(|l| l.split(' ').next().unwrap().width()).collect();
        assert!(starts.iter().all(|&w| w == 2));
        let en: Vec<String> =
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].iter().map(|s| (*s).to_owned()).collect();
        let lines = heatmap_lines(&en, today, &[]);
        assert!(lines[0].starts_with("Mon ·"));
    }
}
