//! Networking exercise templates. Every answer comes from `model::net`; every wrong option is a
//! named misconception.

mod choose;
pub(crate) mod filters;
mod subnet;
#[cfg(test)]
mod tests;

use rand::RngExt;
use rand::seq::SliceRandom;

pub use filters::{NaclReturnTraffic, NaclVerdict, ReachBlocker, RoutePublicPrivate};
pub use subnet::{CidrOverlap, SubnetPrefixFor, SubnetReserved, SubnetUsable, SubnetValidInVpc};

use super::{ChoiceOption, Expected, Label, Rng};
use crate::explain::Msg;
use crate::model::net::cidr::Cidr;

/// Shuffles options; the right ones are those without a misconception.
fn shuffled(mut options: Vec<ChoiceOption>, rng: &mut Rng) -> Expected {
    options.shuffle(rng);
    let correct = options.iter().enumerate().filter(|(_, o)| o.misconception.is_none()).map(|(i, _)| i).collect();
    Expected::Choice { options, correct }
}

fn right(label: Label) -> ChoiceOption {
    ChoiceOption { label, misconception: None }
}

fn wrong(label: Label, why: Msg) -> ChoiceOption {
    ChoiceOption { label, misconception: Some(why) }
}

#[allow(clippy::needless_pass_by_value)] // call sites pass temporaries
fn plain(text: impl ToString) -> Label {
    Label::Plain(text.to_string())
}

/// A random block of `prefix` inside one of the RFC 1918 ranges wide enough for it.
fn private_block(prefix: u8, rng: &mut Rng) -> Cidr {
    let ranges: Vec<(u32, u8)> =
        [(0x0A00_0000, 8), (0xAC10_0000, 12), (0xC0A8_0000, 16)].into_iter().filter(|&(_, p)| p <= prefix).collect();
    let (base, p) = ranges[rng.random_range(0..ranges.len())];
    let host = rng.random_range(0..=u32::MAX) & !crate::model::net::cidr::mask(p);
    Cidr::new(base | host, prefix)
}
