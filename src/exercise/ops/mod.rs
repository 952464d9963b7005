//! Exercise templates over the operations models: `CloudWatch` alarms, Auto Scaling, load
//! balancers, EBS and Lambda. Every answer comes from `crate::model`; every wrong option or
//! value carries the named misconception that produces it.

mod alarm;
mod asg;
mod calc4;
mod elb;
mod storage;
#[cfg(test)]
mod tests;

use rand::seq::SliceRandom;

use super::{ChoiceOption, Expected, Label, Rng};
use crate::explain::Msg;

pub use alarm::AlarmState;
pub use asg::AsgNewDesired;
pub use calc4::{DynamoRcu, DynamoStrongRcu, DynamoTransactional, DynamoWcu, EbsGp2BurstSeconds, EbsGp3MaxIops};
pub use elb::{ElbTargetHealth, ElbWhichLb};
pub use storage::{EbsGp2Baseline, LambdaBilledDuration, LambdaCost};

/// Builds a shuffled single-answer choice: the right label plus wrong labels, each with its
/// misconception. Labels equal to the right one or to an earlier wrong one are dropped.
fn choice(rng: &mut Rng, right: Label, wrong: Vec<(Label, Msg)>) -> Expected {
    let mut options = vec![(ChoiceOption { label: right, misconception: None }, true)];
    for (label, why) in wrong {
        if options.iter().all(|(o, _)| o.label != label) {
            options.push((ChoiceOption { label, misconception: Some(why) }, false));
        }
    }
    options.shuffle(rng);
    let correct = options.iter().position(|(_, ok)| *ok).into_iter().collect();
    Expected::Choice { options: options.into_iter().map(|(o, _)| o).collect(), correct }
}

/// Number answer with misconception values, dropping any that equal the answer or repeat.
fn number(value: i64, wrong: Vec<(i64, Msg)>) -> Expected {
    let mut misconceptions: Vec<(i64, Msg)> = Vec::new();
    for (v, why) in wrong {
        if v != value && misconceptions.iter().all(|(seen, _)| *seen != v) {
            misconceptions.push((v, why));
        }
    }
    Expected::Number { value, misconceptions }
}
