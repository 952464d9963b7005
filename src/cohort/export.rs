//! The per-learner cohort file: one versioned JSON object (`format: "awsdrill-cohort"`,
//! `version: 2`) with the goal, every item's schedule, reviews per day, mock-exam results and
//! quiz attempts. Version 2 only added `quizzes`, so version 1 files still read (with no quizzes).
//! Dates are calendar dates and times are Unix seconds, so files from different time zones merge.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// The `format` value of every cohort file.
pub const FORMAT: &str = "awsdrill-cohort";
/// The newest version this binary writes and reads.
pub const VERSION: u32 = 2;

/// One learner's export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`FORMAT`].
    pub format: String,
    /// File version.
    pub version: u32,
    /// Learner name, or a pseudonym.
    pub learner: String,
    /// Whether `learner` is a pseudonym.
    #[serde(default)]
    pub anonymized: bool,
    /// When the file was written (RFC 3339).
    pub generated: String,
    /// The exam goal, if one was set.
    pub goal: Option<GoalRecord>,
    /// Every reviewed item's schedule.
    pub items: Vec<ItemRecord>,
    /// Reviews per study day, oldest first.
    pub days: Vec<DayRecord>,
    /// Mock exams, oldest first.
    pub exams: Vec<ExamRecord>,
    /// Quiz attempts, oldest first (version 2).
    #[serde(default)]
    pub quizzes: Vec<crate::store::QuizAttempt>,
}

/// The goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalRecord {
    /// Exam code.
    pub exam: String,
    /// Exam day, `YYYY-MM-DD`.
    pub date: String,
}

/// One item's schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemRecord {
    /// Bank id.
    pub id: String,
    /// `new`, `learning`, `review` or `relearning`.
    pub phase: String,
    /// FSRS stability in days.
    pub stability: Option<f64>,
    /// FSRS difficulty, 1–10.
    pub difficulty: Option<f64>,
    /// Next due time, Unix seconds.
    pub due: i64,
    /// Last review, Unix seconds.
    pub last_review: Option<i64>,
    /// Reviews (cram excluded).
    pub reps: u32,
    /// Lapses.
    pub lapses: u32,
    /// Marked as a leech.
    #[serde(default)]
    pub leech: bool,
    /// The last rating, 1–4.
    pub last_rating: Option<u32>,
}

/// Reviews on one study day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRecord {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Reviews of any kind.
    pub reviews: i64,
    /// Graded answers that were right.
    pub correct: i64,
    /// Graded answers.
    pub graded: i64,
    /// Items seen for the first time.
    pub new_items: i64,
}

/// One mock exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamRecord {
    /// Exam code.
    pub exam: String,
    /// Finished, Unix seconds.
    pub finished_at: i64,
    /// Items on the paper.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
    /// Scaled-score estimate.
    pub scaled_estimate: u32,
    /// Pass mark.
    pub pass_mark: u32,
    /// Estimate at or above the mark.
    pub passed: bool,
    /// Per domain.
    pub domains: Vec<ExamDomain>,
}

/// One domain of a mock exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamDomain {
    /// Domain number.
    pub domain: u8,
    /// Weight, percent.
    pub weight: u32,
    /// Items.
    pub total: usize,
    /// Right answers.
    pub correct: usize,
}

/// Why a cohort file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Cannot read the file.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not JSON, truncated, or the wrong shape.
    #[error("line {line}, column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's reason.
        message: String,
    },
    /// JSON, but not an awsdrill cohort file.
    #[error("not an awsdrill cohort file")]
    NotOurs,
    /// Written by a newer awsdrill.
    #[error("format version {0} is newer than this awsdrill reads ({VERSION})")]
    TooNew(u64),
}

fn json_error(e: &serde_json::Error) -> ReadError {
    ReadError::Json { line: e.line(), column: e.column(), message: e.to_string() }
}

/// Parses a cohort file's text: the version is checked before the shape, so a newer file is
/// reported as newer rather than as malformed.
pub fn parse(text: &str) -> Result<Export, ReadError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotOurs);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(ReadError::TooNew(v)),
        Some(_) => {}
        None => return Err(ReadError::NotOurs),
    }
    serde_json::from_str(text).map_err(|e| json_error(&e))
}

/// Reads a cohort file.
pub fn read(path: &Path) -> Result<Export, ReadError> {
    parse(&std::fs::read_to_string(path)?)
}

/// A stable pseudonym for a name: `learner-` and six hex digits of the name's 64-bit FNV-1a hash
/// (trimmed, case-folded), so the same learner gets the same pseudonym in every export.
pub fn pseudonym(name: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.trim().to_lowercase().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("learner-{:06x}", hash >> 40)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Export {
        Export {
            format: FORMAT.into(),
            version: VERSION,
            learner: "kim".into(),
            anonymized: false,
            generated: "2026-11-22T09:00:00Z".into(),
            goal: Some(GoalRecord { exam: "clf-c02".into(), date: "2026-12-20".into() }),
            items: vec![],
            days: vec![DayRecord { date: "2026-11-21".into(), reviews: 3, correct: 2, graded: 3, new_items: 1 }],
            exams: vec![],
            quizzes: vec![],
        }
    }

    #[test]
    fn pseudonyms_are_stable_and_distinct() {
        assert_eq!(pseudonym("Kim Minji"), pseudonym(" kim minji "));
        assert_ne!(pseudonym("Kim Minji"), pseudonym("Lee Jiwoo"));
        let p = pseudonym("김민지");
        assert!(p.starts_with("learner-") && p.len() == 14, "{p}");
        // FNV-1a of the empty string is the offset basis.
        assert_eq!(pseudonym(""), "learner-cbf29c");
    }

    #[test]
    fn files_round_trip() {
        let text = serde_json::to_string(&sample()).unwrap();
        assert_eq!(parse(&text).unwrap(), sample());
    }

    #[test]
    fn newer_truncated_and_foreign_files_are_told_apart() {
        let text = serde_json::to_string(&sample()).unwrap();
        let newer = text.replace("\"version\":2", "\"version\":3");
        assert!(matches!(parse(&newer), Err(ReadError::TooNew(3))));
        // Version 1 had no quizzes; it still reads.
        let old = text.replace("\"version\":2", "\"version\":1").replace(",\"quizzes\":[]", "");
        assert!(parse(&old).is_ok_and(|e| e.quizzes.is_empty() && e.version == 1));
        assert!(matches!(parse(&text[..text.len() / 2]), Err(ReadError::Json { line: 1, .. })));
        assert!(matches!(parse("{\"format\":\"other\"}"), Err(ReadError::NotOurs)));
    }
}
