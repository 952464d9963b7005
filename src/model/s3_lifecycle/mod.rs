//! S3 Lifecycle for `calc s3-lifecycle`: AWS's own lifecycle configuration JSON, validated as S3
//! validates it (the transition waterfall, the 30-day rules, ordering within a rule), and one
//! object's timeline under it. Rules and pages: `docs/model/s3-lifecycle.md`. An invalid
//! configuration is an answer (`valid: false` with each reason), not an error.

mod config;
#[cfg(test)]
mod tests;
mod timeline;

pub use config::{Config, ParseError, Resolved, parse, problems};
pub use timeline::{Object, Outcome, Segment, evaluate};

use crate::model::s3::StorageClass;

/// Every class a lifecycle rule may name, with its S3 API name.
pub const API_NAMES: &[(&str, StorageClass)] = &[
    ("STANDARD", StorageClass::Standard),
    ("STANDARD_IA", StorageClass::StandardIa),
    ("INTELLIGENT_TIERING", StorageClass::IntelligentTiering),
    ("ONEZONE_IA", StorageClass::OneZoneIa),
    ("GLACIER_IR", StorageClass::GlacierInstant),
    ("GLACIER", StorageClass::GlacierFlexible),
    ("DEEP_ARCHIVE", StorageClass::DeepArchive),
];

/// The accepted class names, for error messages.
pub fn accepted_classes() -> String {
    API_NAMES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

/// The class an API name stands for.
pub fn class_named(name: &str) -> Option<StorageClass> {
    API_NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// The API name of a class.
pub fn api_name(class: StorageClass) -> &'static str {
    class.info().api_name
}

/// Position in the waterfall diagram of the S3 User Guide (warmest first).
pub fn rank(class: StorageClass) -> u8 {
    match class {
        StorageClass::Standard => 0,
        StorageClass::StandardIa => 1,
        StorageClass::IntelligentTiering => 2,
        StorageClass::OneZoneIa => 3,
        StorageClass::GlacierInstant => 4,
        StorageClass::GlacierFlexible => 5,
        StorageClass::DeepArchive => 6,
    }
}

/// Whether S3 Lifecycle can move an object from `from` to `to` (the supported transitions of
/// "Transitioning objects using Amazon S3 Lifecycle").
pub fn transition_allowed(from: StorageClass, to: StorageClass) -> bool {
    use StorageClass::{
        DeepArchive, GlacierFlexible, GlacierInstant, IntelligentTiering, OneZoneIa, Standard, StandardIa,
    };
    match (from, to) {
        (_, Standard) | (DeepArchive, _) => false,
        (a, b) if a == b => false,
        (GlacierFlexible, to) => to == DeepArchive,
        (Standard, _)
        | (_, DeepArchive | GlacierFlexible)
        | (StandardIa, IntelligentTiering | OneZoneIa | GlacierInstant)
        | (IntelligentTiering, OneZoneIa) => true,
        _ => false,
    }
}

/// Objects smaller than this are not transitioned by default (128 KB).
pub const MIN_TRANSITION_BYTES: u64 = 128 * 1024;

/// Whether a class needs the object to have been stored 30 days before it moves there.
pub fn needs_30_days(class: StorageClass) -> bool {
    matches!(class, StorageClass::StandardIa | StorageClass::OneZoneIa)
}
