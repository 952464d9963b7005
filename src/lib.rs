//! awsdrill: drill AWS certification exams in Korean and English.
//!
//! Data flows one way: `content` (YAML bank) and `model` (pure service model) feed `exercise`
//! (seeded variants), `srs` schedules, `store` persists, `session` runs a drill without knowing
//! about terminals, `ui` talks to the person, and `commands` wire one subcommand each.

pub mod app;
pub mod cli;
pub mod cohort;
pub mod commands;
pub mod content;
pub mod context;
pub mod exam;
pub mod exercise;
pub mod explain;
pub mod help;
pub mod i18n;
pub mod model;
pub mod quiz;
pub mod session;
pub mod srs;
pub mod store;
pub mod sync;
pub mod ui;
