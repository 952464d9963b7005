//! The `:` commands of a study session (issue 17) as the study loop applies them: each one that
//! changes the database does so in its own transaction, and the session follows.

use std::collections::{HashMap, HashSet};

use crate::content::Bank;
use crate::fargs;
use crate::i18n::Localizer;
use crate::session::{Control, Current, Outcome, Session, siblings};
use crate::srs::{ItemState, Phase};
use crate::store::{MarkChange, Store, UndoToken};
use crate::ui::{Frontend, LeechChoice};

/// Items the plan leaves out today: suspended, buried for today, and (with sibling burying) the
/// new and review items that share a syllabus point with one already answered today.
#[allow(clippy::implicit_hasher)]
pub fn excluded(
    bank: &Bank,
    store: &Store,
    states: &HashMap<String, ItemState>,
    today: i64,
    bury_siblings: bool,
) -> anyhow::Result<HashSet<usize>> {
    let marks = store.marks()?;
    let answered: Vec<usize> = if bury_siblings {
        let ids = store.answered_on(today)?;
        bank.items.iter().enumerate().filter(|(_, i)| ids.contains(&i.id)).map(|(n, _)| n).collect()
    } else {
        Vec::new()
    };
    let mut out = HashSet::new();
    for (n, item) in bank.items.iter().enumerate() {
        if marks.get(&item.id).is_some_and(|m| m.suspended || m.buried_on(today)) {
            out.insert(n);
            continue;
        }
        let learning = states.get(&item.id).is_some_and(|s| matches!(s.phase, Phase::Learning | Phase::Relearning));
        if !learning && answered.iter().any(|&a| siblings(&bank.items[a], item)) {
            out.insert(n);
        }
    }
    Ok(out)
}

/// What the loop does after a command.
pub enum After {
    /// Ask the same prompt again (the command changed nothing on screen).
    AskAgain,
    /// Fetch the next prompt from the session (undo, re-rate, suspend, bury).
    Next,
}

/// Everything a command needs from the loop.
pub struct Controls<'s, 'a> {
    /// The running session.
    pub session: &'s mut Session<'a>,
    /// The learner's database.
    pub store: &'s mut Store,
    /// Messages.
    pub i18n: &'s Localizer,
    /// Undo tokens of this session's answers, newest last.
    pub tokens: &'s mut Vec<UndoToken>,
    /// Study day and time of the command.
    pub today: i64,
    /// Now, Unix seconds.
    pub now: i64,
}

impl Controls<'_, '_> {
    /// Records an answer so that it can be undone.
    pub fn record(&mut self, outcome: &Outcome) -> anyhow::Result<()> {
        let token = self.store.record_undoable(&outcome.record, outcome.reviewed.as_ref().map(|r| &r.state))?;
        self.tokens.push(token);
        Ok(())
    }

    /// Applies `control` typed at `current`; returns what the loop does next.
    pub fn apply(&mut self, control: &Control, current: &Current, ui: &mut dyn Frontend) -> anyhow::Result<After> {
        let i18n = self.i18n;
        let id = self.session.item(current).id.clone();
        match control {
            Control::Undo => {
                let Some(token) = self.tokens.pop() else {
                    ui.show(&i18n.t("anki-undo-nothing"))?;
                    return Ok(After::AskAgain);
                };
                self.store.undo(&token)?;
                self.session.undo();
                ui.show(&i18n.ta("anki-undone", &fargs!("id" => token.item_id().to_owned())))?;
                Ok(After::Next)
            }
            Control::Suspend => {
                self.store.change_marks(&[&id], &MarkChange::Suspend(true))?;
                self.session.drop_item(current.entry.item);
                ui.show(&i18n.ta("anki-suspended", &fargs!("id" => id)))?;
                Ok(After::Next)
            }
            Control::Bury => {
                self.store.change_marks(&[&id], &MarkChange::Bury(self.today))?;
                self.session.drop_item(current.entry.item);
                ui.show(&i18n.ta("anki-buried", &fargs!("id" => id)))?;
                Ok(After::Next)
            }
            Control::Flag(note) => {
                self.store.change_marks(&[&id], &MarkChange::Flag(self.now, note.clone()))?;
                ui.show(&i18n.ta("anki-flagged", &fargs!("id" => id)))?;
                Ok(After::AskAgain)
            }
            Control::Reference => {
                let url = self.session.item(current).reference.clone();
                ui.show(&i18n.ta("study-reference", &fargs!("url" => url)))?;
                Ok(After::AskAgain)
            }
            Control::Help => {
                ui.show(&crate::ui::commands_help(i18n))?;
                Ok(After::AskAgain)
            }
            Control::Rerate(rating) => {
                if !self.session.can_rerate() {
                    ui.show(&i18n.t("anki-rerate-nothing"))?;
                    return Ok(After::AskAgain);
                }
                let Some(token) = self.tokens.pop() else { return Ok(After::AskAgain) };
                // Re-rating replaces the answer: its row and schedule go, the new ones come in.
                self.store.undo(&token)?;
                let Some(outcome) = self.session.rerate(*rating) else { return Ok(After::Next) };
                self.record(&outcome)?;
                let when = outcome
                    .reviewed
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), |r| crate::ui::render::until(i18n, self.now, r.state.due));
                let name = crate::ui::render::rating_name(i18n, *rating);
                ui.show(&i18n.ta(
                    "anki-rerated",
                    &fargs!("id" => token.item_id().to_owned(), "rating" => name, "when" => when),
                ))?;
                Ok(After::Next)
            }
        }
    }

    /// After an answer that made its item a leech: offer suspend / keep / reference.
    pub fn offer_leech(&mut self, current: &Current, ui: &mut dyn Frontend) -> anyhow::Result<()> {
        let i18n = self.i18n;
        let item = self.session.item(current);
        let (id, url) = (item.id.clone(), item.reference.clone());
        let offer = i18n.t("anki-leech-offer");
        // A reference shown, the offer comes back; three times at most, so no input loops it.
        for _ in 0..3 {
            match ui.leech(&offer)? {
                LeechChoice::Suspend => {
                    self.store.change_marks(&[&id], &MarkChange::Suspend(true))?;
                    self.session.drop_item(current.entry.item);
                    ui.show(&i18n.ta("anki-suspended", &fargs!("id" => id)))?;
                    return Ok(());
                }
                LeechChoice::Keep => return Ok(()),
                LeechChoice::Reference => {
                    ui.show(&i18n.ta("study-reference", &fargs!("url" => url.clone())))?;
                }
            }
        }
        Ok(())
    }
}
