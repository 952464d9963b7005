//! Exam-date goals, readiness, and the bootcamp view over many learners' exports.
//!
//! `readiness` is pure arithmetic; `goal` reads and writes the goal settings; `export` is the
//! versioned per-learner file; `report` aggregates exports; `render` and `html` print a report.

pub mod export;
pub mod goal;
pub mod gradebook;
pub mod html;
pub mod readiness;
pub mod render;
pub mod report;
