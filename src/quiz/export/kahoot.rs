//! Kahoot's quiz spreadsheet (xlsx), laid out as Kahoot's own import template: notes above,
//! the header on row 8, one question a row from row 9 (column A its number, B the question, C–F
//! up to four answers, G the time limit, H the correct answers as `1,3`). Kahoot allows
//! 120 characters a question and 75 an answer: longer texts are shortened with `…` and reported,
//! as are items Kahoot cannot hold (typed answers, more than four right options).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::{FlatAnswer, Paper};

/// Kahoot's limits and allowed time limits (seconds).
pub const QUESTION_MAX: usize = 120;
/// Characters an answer may have.
pub const ANSWER_MAX: usize = 75;
/// The time limits Kahoot accepts.
pub const TIME_LIMITS: [u16; 8] = [5, 10, 20, 30, 60, 90, 120, 240];
/// Answers a quiz question may have.
pub const ANSWERS_MAX: usize = 4;

/// The header row as in Kahoot's template (the importer reads these columns by position).
const HEADER: [&str; 8] = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
];

/// What had to change for Kahoot, per item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Adjustment {
    /// The question was cut from `chars` characters.
    QuestionShortened { id: String, chars: usize },
    /// An answer was cut from `chars` characters.
    AnswerShortened { id: String, chars: usize },
    /// Only four answers fit: `dropped` wrong ones were left out.
    AnswersDropped { id: String, dropped: usize },
    /// Kahoot's quiz questions are choices only.
    Skipped { id: String },
}

/// The time limit for each question: the quiz's minutes spread over its items, rounded up to
/// a limit Kahoot allows; 60 s when the quiz has no time limit.
pub fn default_seconds(minutes: Option<u32>, items: usize) -> u16 {
    let Some(m) = minutes else { return 60 };
    let each = (u64::from(m) * 60).div_ceil(items.max(1) as u64);
    TIME_LIMITS.iter().copied().find(|t| u64::from(*t) >= each).unwrap_or(240)
}

fn shorten(text: &str, max: usize) -> Option<String> {
    let count = text.chars().count();
    (count > max).then(|| format!("{}…", text.chars().take(max - 1).collect::<String>().trim_end()))
}

/// The spreadsheet's bytes and what was adjusted. `notes` are the localized lines above the header.
pub fn render(paper: &Paper<'_>, seconds: u16, notes: &[String]) -> Result<(Vec<u8>, Vec<Adjustment>), XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1")?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 1, &paper.title, &bold)?;
    for (i, note) in notes.iter().enumerate().take(6) {
        sheet.write_string(1 + i as u32, 1, note)?;
    }
    for (col, h) in HEADER.iter().enumerate() {
        sheet.write_string_with_format(7, col as u16, *h, &bold)?;
    }
    sheet.set_column_width(1, 60)?;
    for col in 2..=5 {
        sheet.set_column_width(col, 30)?;
    }
    let mut adjustments = Vec::new();
    let mut row = 8u32;
    for item in paper.flat() {
        let FlatAnswer::Choice { options, .. } = &item.answer else {
            adjustments.push(Adjustment::Skipped { id: item.id.clone() });
            continue;
        };
        let right = options.iter().filter(|o| o.1).count();
        if right == 0 || right > ANSWERS_MAX {
            adjustments.push(Adjustment::Skipped { id: item.id.clone() });
            continue;
        }
        // Keep every right answer and the first wrong ones, in the paper's order.
        let mut wrong_room = ANSWERS_MAX - right;
        let kept: Vec<&(String, bool, Option<String>)> = options
            .iter()
            .filter(|o| {
                o.1 || (wrong_room > 0 && {
                    wrong_room -= 1;
                    true
                })
            })
            .collect();
        if kept.len() < options.len() {
            adjustments.push(Adjustment::AnswersDropped { id: item.id.clone(), dropped: options.len() - kept.len() });
        }
        let question = item.stem.join(" ");
        let question = match shorten(&question, QUESTION_MAX) {
            Some(short) => {
                adjustments
                    .push(Adjustment::QuestionShortened { id: item.id.clone(), chars: question.chars().count() });
                short
            }
            None => question,
        };
        sheet.write_number(row, 0, f64::from(row - 7))?;
        sheet.write_string(row, 1, &question)?;
        let mut correct = Vec::new();
        for (i, (text, is_right, _)) in kept.iter().enumerate() {
            let text = match shorten(text, ANSWER_MAX) {
                Some(short) => {
                    adjustments.push(Adjustment::AnswerShortened { id: item.id.clone(), chars: text.chars().count() });
                    short
                }
                None => text.clone(),
            };
            sheet.write_string(row, 2 + i as u16, &text)?;
            if *is_right {
                correct.push((i + 1).to_string());
            }
        }
        sheet.write_number(row, 6, f64::from(seconds))?;
        sheet.write_string(row, 7, correct.join(","))?;
        row += 1;
    }
    Ok((book.save_to_buffer()?, adjustments))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_limits_round_up_to_kahoots_set() {
        assert_eq!(default_seconds(None, 10), 60);
        assert_eq!(default_seconds(Some(10), 10), 60);
        assert_eq!(default_seconds(Some(10), 12), 60);
        assert_eq!(default_seconds(Some(10), 30), 20);
        assert_eq!(default_seconds(Some(90), 10), 240);
    }

    #[test]
    fn shortening_counts_characters_not_bytes() {
        let ko = "가".repeat(120);
        assert_eq!(shorten(&ko, QUESTION_MAX), None);
        let long = "가".repeat(121);
        let short = shorten(&long, QUESTION_MAX).unwrap();
        assert_eq!(short.chars().count(), QUESTION_MAX);
        assert!(short.ends_with('…'));
    }
}
