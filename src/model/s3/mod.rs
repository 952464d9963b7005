//! Amazon S3 (aws-rules.md §6 and §10): bucket versioning and storage classes.

pub mod classes;
pub mod versioning;

pub use classes::*;
pub use versioning::*;
