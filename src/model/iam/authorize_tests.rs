//! Flowchart cases.
