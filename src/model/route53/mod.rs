//! Route 53 routing policies for `calc route53`: which record of a record set answers a query,
//! or with what probability each one does, including the documented fallbacks when records are
//! unhealthy. Rules and pages: `docs/model/route53.md`.

pub mod geo;
mod input;
pub mod ip;
mod route;
#[cfg(test)]
mod tests;

pub use input::{Client, Coordinates, InputError, LOCATION_FORMS, Policy, Record, RecordSet, Role};
pub use route::{Outcome, evaluate};

/// Most records a multivalue answer carries.
pub const MULTIVALUE_MAX: usize = 8;
