//! The S3 User Guide's examples and the waterfall's invariants.

use std::fmt::Write as _;

use proptest::prelude::*;

use super::*;
use crate::model::s3::StorageClass::{
    DeepArchive, GlacierFlexible, GlacierInstant, IntelligentTiering, OneZoneIa, Standard, StandardIa,
};

fn run(json: &str, size: u64, days: u32, noncurrent: Option<u32>) -> Outcome {
    let (config, rules) = parse(json).expect("parses");
    evaluate(&config, &rules, &Object { size, days, noncurrent_days: noncurrent, key: None, class: Standard })
}

fn rule(actions: &str) -> String {
    format!(r#"{{"Rules": [{{"ID": "r", "Filter": {{}}, "Status": "Enabled", {actions}}}]}}"#)
}

fn ids(o: &Outcome) -> Vec<&'static str> {
    o.problems.iter().map(|m| m.id).collect()
}

const MB: u64 = 1 << 20;

#[test]
fn standard_ia_then_glacier_then_expire() {
    let json = rule(
        r#""Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 90, "StorageClass": "GLACIER"}],
           "Expiration": {"Days": 365}"#,
    );
    let o = run(&json, MB, 400, None);
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    let classes: Vec<_> = o.timeline.iter().map(|s| (s.from_day, s.to_day, s.class)).collect();
    assert_eq!(classes, vec![(0, 30, Standard), (30, 90, StandardIa), (90, 365, GlacierFlexible)]);
    assert_eq!(o.expires_on_day, Some(365));
    assert_eq!(o.billed_days, vec![(Standard, 30), (StandardIa, 60), (GlacierFlexible, 275)]);
    assert!(o.early_days.is_empty());
}

#[test]
fn standard_ia_one_day_after_creation_is_refused() {
    // User Guide: "you cannot create a Lifecycle rule to transition objects to the S3 Standard-IA
    // storage class one day after you create them".
    let o = run(&rule(r#""Transitions": [{"Days": 1, "StorageClass": "STANDARD_IA"}]"#), MB, 60, None);
    assert_eq!(ids(&o), vec!["calc5-lc-prob-min-30"]);
    assert_eq!(o.timeline.len(), 1);
}

#[test]
fn glacier_less_than_30_days_after_ia_is_refused() {
    let json = rule(
        r#""Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 45, "StorageClass": "GLACIER"}]"#,
    );
    assert_eq!(ids(&run(&json, MB, 100, None)), vec!["calc5-lc-prob-ia-gap"]);
    let ok = rule(
        r#""Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 60, "StorageClass": "GLACIER"}]"#,
    );
    assert!(run(&ok, MB, 100, None).problems.is_empty());
}

#[test]
fn waterfall_refuses_one_zone_to_glacier_ir() {
    let json = rule(
        r#""Transitions": [{"Days": 30, "StorageClass": "ONEZONE_IA"}, {"Days": 90, "StorageClass": "GLACIER_IR"}]"#,
    );
    assert_eq!(ids(&run(&json, MB, 100, None)), vec!["calc5-lc-prob-waterfall"]);
    assert!(!transition_allowed(IntelligentTiering, StandardIa));
    assert!(!transition_allowed(DeepArchive, GlacierFlexible));
    assert!(transition_allowed(GlacierFlexible, DeepArchive));
    assert!(transition_allowed(StandardIa, GlacierInstant));
    assert!(!transition_allowed(GlacierInstant, Standard));
}

#[test]
fn small_objects_stay_unless_a_size_filter_says_otherwise() {
    let json = rule(r#""Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}]"#);
    let o = run(&json, 100 * 1024, 60, None);
    assert_eq!(o.timeline.iter().map(|s| s.class).collect::<Vec<_>>(), vec![Standard]);
    let filtered = json.replace(r#""Filter": {}"#, r#""Filter": {"ObjectSizeGreaterThan": 1000}"#);
    let o = run(&filtered, 100 * 1024, 60, None);
    assert_eq!(o.timeline.last().map(|s| s.class), Some(StandardIa));
    let varies = format!(
        r#"{{"TransitionDefaultMinimumObjectSize": "varies_by_storage_class", {}"#,
        &rule(r#""Transitions": [{"Days": 0, "StorageClass": "GLACIER"}]"#)[1..]
    );
    assert_eq!(run(&varies, 1024, 10, None).timeline[0].class, GlacierFlexible);
}

#[test]
fn early_deletion_is_billed_to_the_minimum() {
    let json = rule(r#""Transitions": [{"Days": 0, "StorageClass": "GLACIER"}], "Expiration": {"Days": 30}"#);
    let o = run(&json, MB, 100, None);
    assert_eq!(o.timeline.len(), 1);
    assert_eq!(o.billed_days, vec![(GlacierFlexible, 90)]);
    assert_eq!(o.early_days, vec![(GlacierFlexible, 60)]);
    assert_eq!(o.expires_on_day, Some(30));
}

#[test]
fn noncurrent_versions_follow_their_own_actions() {
    let json = rule(
        r#""NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "STANDARD_IA"}],
           "NoncurrentVersionExpiration": {"NoncurrentDays": 90}"#,
    );
    let o = run(&json, MB, 200, Some(150));
    // Current for 50 days, noncurrent from day 50, Standard-IA from day 80, deleted on day 140.
    let got: Vec<_> = o.timeline.iter().map(|s| (s.from_day, s.to_day, s.class, s.noncurrent)).collect();
    assert_eq!(got, vec![(0, 50, Standard, false), (50, 80, Standard, true), (80, 140, StandardIa, true)]);
    assert_eq!(o.expires_on_day, Some(140));
}

#[test]
fn malformed_input_names_the_field() {
    let bad_class = rule(r#""Transitions": [{"Days": 30, "StorageClass": "COLD"}]"#);
    let Err(ParseError::Value { field, .. }) = parse(&bad_class) else { panic!("refused") };
    assert_eq!(field, "Rules[0].Transitions[0].StorageClass");
    assert!(matches!(parse(r#"{"Rules": [{"Status": "Enabled", "Transitons": []}]}"#), Err(ParseError::Json { .. })));
    assert!(matches!(parse(&rule(r#""Expiration": {"Days": -3}"#)), Err(ParseError::Json { .. })));
    assert!(matches!(parse(r#"{"Rules": [{"Status": "On"}]}"#), Err(ParseError::Value { .. })));
}

#[test]
fn other_refusals() {
    let before = rule(r#""Transitions": [{"Days": 60, "StorageClass": "GLACIER"}], "Expiration": {"Days": 30}"#);
    assert_eq!(ids(&run(&before, MB, 10, None)), vec!["calc5-lc-prob-expire-before"]);
    let tags = r#"{"Rules": [{"Filter": {"Tag": {"Key": "a", "Value": "b"}}, "Status": "Enabled",
        "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}]}"#;
    assert_eq!(ids(&run(tags, MB, 10, None)), vec!["calc5-lc-prob-abort-tags"]);
    assert_eq!(ids(&run(r#"{"Rules": [{"Status": "Enabled"}]}"#, MB, 10, None)), vec!["calc5-lc-prob-no-action"]);
}

const CLASSES: [StorageClass; 6] =
    [StandardIa, IntelligentTiering, OneZoneIa, GlacierInstant, GlacierFlexible, DeepArchive];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// For any rule (valid or not) and any object: the timeline covers day 0 to its end without
    /// gaps, only moves down the waterfall, and every class is billed at least the days stored.
    #[test]
    fn timeline_invariants(
        steps in proptest::collection::vec((0u32..400, 0usize..6), 0..4),
        expire in proptest::option::of(1u32..800),
        size in 0u64..(4 * MB),
        age in 0u32..900,
    ) {
        let transitions: Vec<String> = steps
            .iter()
            .map(|(d, c)| format!(r#"{{"Days": {d}, "StorageClass": "{}"}}"#, api_name(CLASSES[*c])))
            .collect();
        let mut actions = format!(r#""Transitions": [{}]"#, transitions.join(","));
        if let Some(e) = expire {
            write!(actions, r#", "Expiration": {{"Days": {e}}}"#).unwrap();
        }
        let o = run(&rule(&actions), size, age, None);
        let mut day = 0;
        for s in &o.timeline {
            prop_assert_eq!(s.from_day, day);
            prop_assert!(s.to_day > s.from_day || o.timeline.len() == 1);
            day = s.to_day;
        }
        let end = if o.problems.is_empty() { o.expires_on_day.map_or(age, |e| e.min(age)) } else { age };
        prop_assert_eq!(day, end);
        for w in o.timeline.windows(2) {
            prop_assert!(transition_allowed(w[0].class, w[1].class));
        }
        let stored: u32 = o.timeline.iter().map(|s| s.to_day - s.from_day).sum();
        let billed: u32 = o.billed_days.iter().map(|b| b.1).sum();
        let early: u32 = o.early_days.iter().map(|b| b.1).sum();
        prop_assert_eq!(billed, stored + early);
        if size < MIN_TRANSITION_BYTES {
            prop_assert!(o.timeline.iter().all(|s| s.class == Standard));
        }
    }
}
