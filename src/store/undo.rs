//! Undoing an answer: the review row goes, the day's totals drop back, and the item's schedule
//! row is put back exactly as it was (or removed, if the item had none), in one transaction.

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, TransactionBehavior};

use super::{ItemState, ReviewRecord, Store, StoreError, insert_review, sqlite, upsert_state};

/// What undoing one recorded answer needs; returned by [`Store::record_undoable`].
#[derive(Debug, Clone, PartialEq)]
pub struct UndoToken {
    review_id: i64,
    item_id: String,
    /// The schedule row before the answer, column by column, as stored.
    previous: Option<Vec<(String, Value)>>,
}

impl UndoToken {
    /// The item the answer was about.
    pub fn item_id(&self) -> &str {
        &self.item_id
    }
}

impl Store {
    /// Like [`Store::record`], and returns what [`Store::undo`] needs to take the answer back.
    pub fn record_undoable(
        &mut self,
        review: &ReviewRecord,
        state: Option<&ItemState>,
    ) -> Result<UndoToken, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        let previous = raw_state(&tx, &review.item_id).map_err(sqlite(&path))?;
        let review_id = insert_review(&tx, review).map_err(sqlite(&path))?;
        if let Some(state) = state {
            upsert_state(&tx, &review.item_id, state).map_err(sqlite(&path))?;
        }
        tx.commit().map_err(sqlite(&path))?;
        Ok(UndoToken { review_id, item_id: review.item_id.clone(), previous })
    }

    /// Takes back one recorded answer.
    pub fn undo(&mut self, token: &UndoToken) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sqlite(&path))?;
        let row: Option<(i64, String, i64, Option<i64>)> = tx
            .query_row("SELECT day, mode, phase_before, correct FROM review WHERE id = ?1", [token.review_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
            .map_err(sqlite(&path))?;
        if let Some((day, mode, phase_before, correct)) = row {
            let counted = mode != "cram";
            // The same increments `insert_review` made, subtracted.
            tx.execute(
                "UPDATE daily SET reviews = reviews - 1, correct = correct - ?2, graded = graded - ?3,
                    new_items = new_items - ?4, review_phase = review_phase - ?5 WHERE day = ?1",
                rusqlite::params![
                    day,
                    i64::from(correct == Some(1)),
                    i64::from(correct.is_some()),
                    i64::from(counted && phase_before == 0),
                    i64::from(counted && phase_before == 2),
                ],
            )
            .map_err(sqlite(&path))?;
            tx.execute("DELETE FROM daily WHERE day = ?1 AND reviews <= 0", [day]).map_err(sqlite(&path))?;
            tx.execute("DELETE FROM review WHERE id = ?1", [token.review_id]).map_err(sqlite(&path))?;
        }
        tx.execute("DELETE FROM item_state WHERE item_id = ?1", [&token.item_id]).map_err(sqlite(&path))?;
        if let Some(columns) = &token.previous {
            let names: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
            let marks = vec!["?"; names.len()].join(", ");
            let sql = format!("INSERT INTO item_state ({}) VALUES ({marks})", names.join(", "));
            tx.execute(&sql, rusqlite::params_from_iter(columns.iter().map(|(_, v)| v))).map_err(sqlite(&path))?;
        }
        tx.commit().map_err(sqlite(&path))
    }
}

/// The item's schedule row as stored, every column (whatever later migrations add).
fn raw_state(conn: &rusqlite::Connection, item_id: &str) -> rusqlite::Result<Option<Vec<(String, Value)>>> {
    let mut stmt = conn.prepare_cached("SELECT * FROM item_state WHERE item_id = ?1")?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    stmt.query_row([item_id], |r| {
        names.iter().enumerate().map(|(i, n)| Ok((n.clone(), r.get::<_, Value>(i)?))).collect()
    })
    .optional()
}
