//! The gradebook: per learner, the best and latest score of every quiz and mock exam found in
//! the exports, and a CSV in the shape Moodle's grade import takes.

use std::collections::BTreeMap;

use serde::Serialize;

use super::export::Export;
use super::render::csv_field;

/// Best and latest result of one quiz or exam for one learner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cell {
    /// Best percent (quizzes) or scaled estimate (mock exams).
    pub best: f64,
    /// The latest sitting's value.
    pub latest: f64,
    /// Sittings.
    pub attempts: usize,
}

/// A column: a quiz (by id, with its title as typed) or a mock exam.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Column {
    /// `quiz` or `exam`.
    pub kind: &'static str,
    /// Quiz id or exam code.
    pub id: String,
    /// The quiz's title as the instructor typed it (the exam code for exams).
    pub title: String,
}

/// The whole gradebook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gradebook {
    /// Quizzes (by id), then mock exams.
    pub columns: Vec<Column>,
    /// Learner names as typed, sorted, with one cell per column (`None`: never sat it).
    pub rows: Vec<(String, Vec<Option<Cell>>)>,
}

fn add(cell: &mut Option<Cell>, value: f64) {
    match cell {
        None => *cell = Some(Cell { best: value, latest: value, attempts: 1 }),
        Some(c) => {
            c.best = c.best.max(value);
            c.latest = value;
            c.attempts += 1;
        }
    }
}

fn percent(correct: usize, total: usize) -> f64 {
    (correct * 1000).checked_div(total).map_or(0.0, |v| v as f64 / 10.0)
}

/// Builds the gradebook; attempts are taken oldest first so "latest" is the last sitting.
pub fn build(exports: &[(String, Export)]) -> Gradebook {
    let mut columns: BTreeMap<(u8, String), String> = BTreeMap::new();
    for (_, e) in exports {
        for q in &e.quizzes {
            columns.entry((0, q.quiz_id.clone())).or_insert_with(|| q.title.clone());
        }
        for x in &e.exams {
            columns.entry((1, x.exam.clone())).or_insert_with(|| x.exam.clone());
        }
    }
    let keys: Vec<(u8, String)> = columns.keys().cloned().collect();
    let mut rows: Vec<(String, Vec<Option<Cell>>)> = exports
        .iter()
        .map(|(_, e)| {
            let mut cells = vec![None; keys.len()];
            let mut quizzes: Vec<_> = e.quizzes.iter().collect();
            quizzes.sort_by_key(|q| q.taken_at);
            for q in quizzes {
                if let Some(i) = keys.iter().position(|k| k.0 == 0 && k.1 == q.quiz_id) {
                    add(&mut cells[i], percent(q.correct, q.total));
                }
            }
            let mut exams: Vec<_> = e.exams.iter().collect();
            exams.sort_by_key(|x| x.finished_at);
            for x in exams {
                if let Some(i) = keys.iter().position(|k| k.0 == 1 && k.1 == x.exam) {
                    add(&mut cells[i], f64::from(x.scaled_estimate));
                }
            }
            (e.learner.clone(), cells)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let columns = columns
        .into_iter()
        .map(|((kind, id), title)| Column { kind: if kind == 0 { "quiz" } else { "exam" }, id, title })
        .collect();
    Gradebook { columns, rows }
}

fn value(v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v:.1}") }
}

/// Moodle grade import CSV: a `Learner` column (map it to the user's username or ID number on
/// import) and one column per grade item, holding the best percent of each quiz and the best
/// scaled score of each mock exam; an empty cell leaves that grade unchanged.
pub fn moodle_csv(g: &Gradebook) -> String {
    let mut header = vec!["Learner".to_owned()];
    header.extend(g.columns.iter().map(|c| {
        csv_field(&if c.kind == "quiz" { format!("{} ({})", c.title, c.id) } else { format!("Mock exam {}", c.id) })
    }));
    let mut out = header.join(",");
    out.push('\n');
    for (name, cells) in &g.rows {
        let mut row = vec![csv_field(name)];
        row.extend(cells.iter().map(|c| c.map(|c| value(c.best)).unwrap_or_default()));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// A terminal table: one column per quiz or exam, `best / latest` in each cell.
pub fn table(g: &Gradebook, learner_header: String) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    let mut header = vec![learner_header];
    header.extend(g.columns.iter().map(|c| if c.kind == "quiz" { c.title.clone() } else { c.id.clone() }));
    t.set_header(header);
    for (name, cells) in &g.rows {
        let mut row = vec![name.clone()];
        row.extend(
            cells.iter().map(|c| c.map(|c| format!("{} / {}", value(c.best), value(c.latest))).unwrap_or_default()),
        );
        t.add_row(row);
    }
    format!("{t}\n")
}
