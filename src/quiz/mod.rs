//! Instructor quizzes: the file format, building a paper for a seed, and the exporters.

pub mod export;
pub mod spec;

pub use spec::{Pool, Quiz};

use crate::content::Bank;
use crate::exam::PaperItem;

/// The paper of `quiz` for `seed`, item ids resolved and variants frozen.
pub fn paper(quiz: &Quiz, bank: &Bank, seed: u64) -> Result<Vec<PaperItem>, spec::PoolShort> {
    let ids = quiz.resolve(bank, seed)?;
    Ok(ids.iter().filter_map(|id| bank.get(id)).filter_map(|item| PaperItem::build(item, seed, quiz.shuffle_options)).collect())
}
