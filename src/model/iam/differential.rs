//! Differential test.
