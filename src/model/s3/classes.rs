//! S3 storage classes (aws-rules.md §10) as data, with the minimum-duration and minimum-size
//! rules, and a cost comparison for an access pattern.
//!
//! Prices are a **model convention**: AWS prices differ by Region and change over time, so the
//! model uses rounded US East (N. Virginia) list prices, in units of 0.00001 USD, only to rank
//! classes. The minimum durations and sizes are AWS's documented rules.

use crate::explain::{Msg, Step};

/// A storage class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageClass {
    /// S3 Standard.
    Standard,
    /// S3 Intelligent-Tiering.
    IntelligentTiering,
    /// S3 Standard-IA.
    StandardIa,
    /// S3 One Zone-IA.
    OneZoneIa,
    /// S3 Glacier Instant Retrieval.
    GlacierInstant,
    /// S3 Glacier Flexible Retrieval.
    GlacierFlexible,
    /// S3 Glacier Deep Archive.
    DeepArchive,
}

/// How an object's data is read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Milliseconds, no restore.
    Milliseconds,
    /// A restore taking minutes to hours (Glacier Flexible Retrieval).
    RestoreHours,
    /// A restore within 12 to 48 hours (Deep Archive).
    RestoreDays,
}

/// The documented facts of one class, plus the model's convention prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassInfo {
    /// The class.
    pub class: StorageClass,
    /// The API name (`STANDARD_IA`, …).
    pub api_name: &'static str,
    /// The name people use.
    pub name: &'static str,
    /// Availability Zones the data is stored in (at least this many).
    pub azs: u32,
    /// Minimum storage duration in days (0 = none).
    pub min_days: u32,
    /// Minimum billable object size in KB (0 = none).
    pub min_billable_kb: u32,
    /// Metadata overhead billed per object in KB (Glacier Flexible and Deep Archive).
    pub overhead_kb: u32,
    /// How the data is read.
    pub access: Access,
    /// Model convention: storage price per GB-month, in 0.00001 USD.
    pub storage_price: u32,
    /// Model convention: retrieval price per GB, in 0.00001 USD.
    pub retrieval_price: u32,
}

/// The table of aws-rules.md §10, in the order AWS lists the classes.
pub const CLASSES: &[ClassInfo] = &[
    ClassInfo {
        class: StorageClass::Standard,
        api_name: "STANDARD",
        name: "S3 Standard",
        azs: 3,
        min_days: 0,
        min_billable_kb: 0,
        overhead_kb: 0,
        access: Access::Milliseconds,
        storage_price: 2300,
        retrieval_price: 0,
    },
    ClassInfo {
        class: StorageClass::IntelligentTiering,
        api_name: "INTELLIGENT_TIERING",
        name: "S3 Intelligent-Tiering",
        azs: 3,
        min_days: 0,
        min_billable_kb: 0,
        overhead_kb: 0,
        access: Access::Milliseconds,
        storage_price: 2300,
        retrieval_price: 0,
    },
    ClassInfo {
        class: StorageClass::StandardIa,
        api_name: "STANDARD_IA",
        name: "S3 Standard-IA",
        azs: 3,
        min_days: 30,
        min_billable_kb: 128,
        overhead_kb: 0,
        access: Access::Milliseconds,
        storage_price: 1250,
        retrieval_price: 1000,
    },
    ClassInfo {
        class: StorageClass::OneZoneIa,
        api_name: "ONEZONE_IA",
        name: "S3 One Zone-IA",
        azs: 1,
        min_days: 30,
        min_billable_kb: 128,
        overhead_kb: 0,
        access: Access::Milliseconds,
        storage_price: 1000,
        retrieval_price: 1000,
    },
    ClassInfo {
        class: StorageClass::GlacierInstant,
        api_name: "GLACIER_IR",
        name: "S3 Glacier Instant Retrieval",
        azs: 3,
        min_days: 90,
        min_billable_kb: 128,
        overhead_kb: 0,
        access: Access::Milliseconds,
        storage_price: 400,
        retrieval_price: 3000,
    },
    ClassInfo {
        class: StorageClass::GlacierFlexible,
        api_name: "GLACIER",
        name: "S3 Glacier Flexible Retrieval",
        azs: 3,
        min_days: 90,
        min_billable_kb: 0,
        overhead_kb: 40,
        access: Access::RestoreHours,
        storage_price: 360,
        retrieval_price: 1000,
    },
    ClassInfo {
        class: StorageClass::DeepArchive,
        api_name: "DEEP_ARCHIVE",
        name: "S3 Glacier Deep Archive",
        azs: 3,
        min_days: 180,
        min_billable_kb: 0,
        overhead_kb: 40,
        access: Access::RestoreDays,
        storage_price: 99,
        retrieval_price: 2000,
    },
];

impl StorageClass {
    /// The class's table row.
    pub fn info(self) -> &'static ClassInfo {
        CLASSES.iter().find(|c| c.class == self).unwrap_or(&CLASSES[0])
    }
}

/// Days billed for an object stored `stored_days` then deleted, overwritten or transitioned:
/// never less than the class's minimum storage duration.
pub fn billed_days(class: StorageClass, stored_days: u32) -> u32 {
    stored_days.max(class.info().min_days)
}

/// Days charged beyond the days actually stored (the early-deletion charge, in days).
pub fn early_deletion_days(class: StorageClass, stored_days: u32) -> u32 {
    class.info().min_days.saturating_sub(stored_days)
}

/// KB billed for one object of `size_kb`: the minimum billable size, plus any per-object
/// metadata overhead.
pub fn billable_kb(class: StorageClass, size_kb: u32) -> u32 {
    let info = class.info();
    size_kb.max(info.min_billable_kb) + info.overhead_kb
}

/// What the data needs and how it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pattern {
    /// Days the data is kept before it is deleted.
    pub days: u32,
    /// How many times the whole data set is read over those days.
    pub reads: u32,
    /// Reads must return in milliseconds (no restore).
    pub instant: bool,
    /// The data must survive the loss of an Availability Zone.
    pub multi_az: bool,
}

/// Cost of one GB under `pattern`, ×30 to stay in integers (0.00001 USD × 30). `ignore_minimum`
/// and `ignore_retrieval` compute the misconceptions that leave those parts out.
pub fn cost_per_gb_x30(class: StorageClass, pattern: &Pattern, ignore_minimum: bool, ignore_retrieval: bool) -> u64 {
    let info = class.info();
    let days = if ignore_minimum { pattern.days } else { billed_days(class, pattern.days) };
    let storage = u64::from(info.storage_price) * u64::from(days);
    let retrieval = if ignore_retrieval { 0 } else { u64::from(info.retrieval_price) * u64::from(pattern.reads) * 30 };
    storage + retrieval
}

/// Whether a class meets the pattern's requirements.
pub fn eligible(class: StorageClass, pattern: &Pattern) -> bool {
    let info = class.info();
    // Intelligent-Tiering's price depends on monitoring fees and tier moves the model does not
    // simulate, so it is left out of the comparison (model convention).
    class != StorageClass::IntelligentTiering
        && (!pattern.instant || info.access == Access::Milliseconds)
        && (!pattern.multi_az || info.azs >= 3)
}

/// The cheapest eligible class, with the cost of every eligible class (cheapest first, ties by
/// table order) and the explanation.
pub fn cheapest(pattern: &Pattern) -> (StorageClass, Vec<(StorageClass, u64)>, Vec<Step>) {
    let mut costs: Vec<(StorageClass, u64)> = CLASSES
        .iter()
        .filter(|c| eligible(c.class, pattern))
        .map(|c| (c.class, cost_per_gb_x30(c.class, pattern, false, false)))
        .collect();
    costs.sort_by_key(|&(class, cost)| (cost, class));
    let mut steps = vec![Step::convention(Msg::new("s3-conv-prices"))];
    for info in CLASSES.iter().filter(|c| !eligible(c.class, pattern)) {
        steps.push(Step::fact(
            Msg::new("s3-step-class-excluded").arg("class", info.name).arg("reason", exclusion(info, pattern)),
        ));
    }
    for &(class, cost) in &costs {
        let info = class.info();
        steps.push(Step::fact(
            Msg::new("s3-step-class-cost")
                .arg("class", info.name)
                .arg("days", billed_days(class, pattern.days))
                .arg("min", info.min_days)
                .arg("reads", pattern.reads)
                .arg("cost", format_usd(cost)),
        ));
    }
    let best = costs.first().map_or(StorageClass::Standard, |c| c.0);
    steps.push(Step::fact(Msg::new("s3-step-class-cheapest").arg("class", best.info().name)));
    (best, costs, steps)
}

fn exclusion(info: &ClassInfo, pattern: &Pattern) -> Msg {
    if info.class == StorageClass::IntelligentTiering {
        Msg::new("s3-why-intelligent")
    } else if pattern.instant && info.access != Access::Milliseconds {
        Msg::new("s3-why-restore")
    } else {
        Msg::new("s3-why-one-zone")
    }
}

/// A ×30 cost in 0.00001 USD as dollars per GB, e.g. `0.0123`.
pub fn format_usd(cost_x30: u64) -> String {
    let hundred_thousandths = cost_x30 as f64 / 30.0;
    format!("{:.4}", hundred_thousandths / 100_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_the_reference() {
        let row = |c: StorageClass| c.info();
        assert_eq!((row(StorageClass::Standard).min_days, row(StorageClass::Standard).min_billable_kb), (0, 0));
        assert_eq!((row(StorageClass::StandardIa).min_days, row(StorageClass::StandardIa).min_billable_kb), (30, 128));
        assert_eq!((row(StorageClass::OneZoneIa).azs, row(StorageClass::OneZoneIa).min_days), (1, 30));
        assert_eq!(
            (row(StorageClass::GlacierInstant).min_days, row(StorageClass::GlacierInstant).min_billable_kb),
            (90, 128)
        );
        assert_eq!(
            (row(StorageClass::GlacierFlexible).min_days, row(StorageClass::GlacierFlexible).overhead_kb),
            (90, 40)
        );
        assert_eq!((row(StorageClass::DeepArchive).min_days, row(StorageClass::DeepArchive).overhead_kb), (180, 40));
        assert!(CLASSES.iter().filter(|c| c.class != StorageClass::OneZoneIa).all(|c| c.azs >= 3));
    }

    #[test]
    fn early_deletion_is_charged_to_the_minimum() {
        assert_eq!(billed_days(StorageClass::StandardIa, 10), 30);
        assert_eq!(early_deletion_days(StorageClass::StandardIa, 10), 20);
        assert_eq!(billed_days(StorageClass::GlacierInstant, 100), 100);
        assert_eq!(early_deletion_days(StorageClass::DeepArchive, 60), 120);
        assert_eq!(early_deletion_days(StorageClass::Standard, 1), 0);
    }

    #[test]
    fn minimum_billable_size() {
        assert_eq!(billable_kb(StorageClass::StandardIa, 10), 128);
        assert_eq!(billable_kb(StorageClass::StandardIa, 500), 500);
        assert_eq!(billable_kb(StorageClass::Standard, 10), 10);
        assert_eq!(billable_kb(StorageClass::DeepArchive, 10), 50);
    }

    #[test]
    fn cheapest_respects_requirements_and_minimums() {
        // A week of frequently read data: Standard (no minimum, no retrieval fee).
        let (best, _, _) = cheapest(&Pattern { days: 7, reads: 4, instant: true, multi_az: true });
        assert_eq!(best, StorageClass::Standard);
        // A year, rarely read, restore acceptable: Deep Archive.
        let (best, _, _) = cheapest(&Pattern { days: 365, reads: 0, instant: false, multi_az: true });
        assert_eq!(best, StorageClass::DeepArchive);
        // A year, never read, but instant access: Glacier Instant Retrieval.
        let (best, _, _) = cheapest(&Pattern { days: 365, reads: 0, instant: true, multi_az: true });
        assert_eq!(best, StorageClass::GlacierInstant);
        // Single AZ acceptable, instant, read once in 60 days: One Zone-IA.
        let (best, _, _) = cheapest(&Pattern { days: 60, reads: 1, instant: true, multi_az: false });
        assert_eq!(best, StorageClass::OneZoneIa);
        // Ignoring the minimum would pick Glacier IR for 10 days; with it, Standard wins.
        let p = Pattern { days: 10, reads: 0, instant: true, multi_az: true };
        assert_eq!(cheapest(&p).0, StorageClass::Standard);
        assert!(
            cost_per_gb_x30(StorageClass::GlacierInstant, &p, true, false)
                < cost_per_gb_x30(StorageClass::Standard, &p, true, false)
        );
    }

    #[test]
    fn explanation_labels_prices_as_convention() {
        let (_, _, steps) = cheapest(&Pattern { days: 30, reads: 1, instant: true, multi_az: true });
        assert!(steps[0].convention);
    }
}
