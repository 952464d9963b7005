//! EC2 exercise templates: the result of an action, billing per state, billed seconds,
//! instance type letters, and what survives stop/start, hibernate/resume and terminate.
//! Every answer comes from `model::ec2`; every wrong option names a misconception.

mod action;
mod billing;
mod instance_type;
mod survives;

pub use action::ActionResult;
pub use billing::{BilledSeconds, Billing};
pub use instance_type::InstanceTypeLetter;
pub use survives::SurvivesStop;

use rand::seq::SliceRandom;

use super::{ChoiceOption, Expected, Label, Rng};
use crate::explain::Msg;

/// Shuffles the right options and the wrong ones (each with its misconception) together.
fn shuffled_choice(rng: &mut Rng, right: Vec<Msg>, wrong: Vec<(Msg, Msg)>) -> Expected {
    let mut all: Vec<(ChoiceOption, bool)> = right
        .into_iter()
        .map(|label| (ChoiceOption { label: Label::Msg(label), misconception: None }, true))
        .chain(
            wrong
                .into_iter()
                .map(|(label, why)| (ChoiceOption { label: Label::Msg(label), misconception: Some(why) }, false)),
        )
        .collect();
    all.shuffle(rng);
    let correct = all.iter().enumerate().filter(|(_, (_, ok))| *ok).map(|(i, _)| i).collect();
    Expected::Choice { options: all.into_iter().map(|(o, _)| o).collect(), correct }
}

#[cfg(test)]
mod tests;
