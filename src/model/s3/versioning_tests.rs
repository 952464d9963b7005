//! S3 versioning rules, the worked sequence of aws-rules.md §6, and properties.

use proptest::prelude::*;

use super::*;

fn ops(texts: &[&str]) -> Vec<Op> {
    texts.iter().map(|t| Op::parse(t).expect("valid op")).collect()
}

fn listing(bucket: &Bucket, key: &str) -> Vec<String> {
    bucket.versions(key).iter().map(|v| if v.delete_marker { format!("DM:{}", v.id) } else { v.id.clone() }).collect()
}

#[test]
fn worked_sequence_six_steps() {
    let mut b = Bucket::new();
    // 1. Unversioned; PUT → null.
    let r = b.apply(&Op::parse("put a").expect("op"));
    assert_eq!((r.status, r.version_id.as_deref()), (200, Some("null")));
    assert_eq!(listing(&b, "a"), ["null"]);
    // 2. Enable; PUT twice → v2, v1, null.
    for op in ops(&["versioning Enabled", "put a", "put a"]) {
        b.apply(&op);
    }
    assert_eq!(listing(&b, "a"), ["v2", "v1", "null"]);
    // 3. DELETE → DM (v3), v2, v1, null; GET 404 with the marker flag; GET v1 → 200.
    let r = b.apply(&Op::parse("delete a").expect("op"));
    assert_eq!((r.status, r.version_id.as_deref(), r.delete_marker), (204, Some("v3"), true));
    assert_eq!(listing(&b, "a"), ["DM:v3", "v2", "v1", "null"]);
    let r = b.apply(&Op::parse("get a").expect("op"));
    assert_eq!((r.status, r.delete_marker, r.version_id.as_deref()), (404, true, None));
    let r = b.apply(&Op::parse("get a v1").expect("op"));
    assert_eq!((r.status, r.version_id.as_deref()), (200, Some("v1")));
    // 4. Suspend; PUT replaces the old null version.
    b.apply(&Op::parse("versioning Suspended").expect("op"));
    b.apply(&Op::parse("put a").expect("op"));
    assert_eq!(listing(&b, "a"), ["null", "DM:v3", "v2", "v1"]);
    // 5. DELETE → null version removed, null delete marker added.
    let r = b.apply(&Op::parse("delete a").expect("op"));
    assert_eq!((r.version_id.as_deref(), r.delete_marker), (Some("null"), true));
    assert_eq!(listing(&b, "a"), ["DM:null", "DM:v3", "v2", "v1"]);
    // 6. DELETE null → marker gone; DM v3 current; GET still 404.
    let r = b.apply(&Op::parse("delete a null").expect("op"));
    assert_eq!((r.status, r.delete_marker), (204, true));
    assert_eq!(listing(&b, "a"), ["DM:v3", "v2", "v1"]);
    assert_eq!(b.apply(&Op::parse("get a").expect("op")).status, 404);
}

#[test]
fn contract_example_shape() {
    let (b, results) = run(&ops(&["put a", "versioning Enabled", "put b", "put a", "delete a", "get a"]));
    assert_eq!(listing(&b, "a"), ["DM:v3", "v2", "null"]);
    let last = results.last().expect("result");
    assert_eq!((last.status, last.delete_marker), (404, true));
}

#[test]
fn unversioned_put_replaces_and_delete_removes() {
    let (b, r) = run(&ops(&["put k", "put k", "get k"]));
    assert_eq!(listing(&b, "k"), ["null"]);
    assert_eq!(r[2].version_id.as_deref(), Some("null"));
    let (b, r) = run(&ops(&["put k", "delete k", "get k"]));
    assert!(b.keys.is_empty(), "key with no versions is omitted");
    assert_eq!((r[1].status, r[1].delete_marker, r[1].version_id.clone()), (204, false, None));
    assert_eq!((r[2].status, r[2].delete_marker), (404, false));
}

#[test]
fn never_back_to_unversioned() {
    assert!(Op::parse("versioning Unversioned").is_err());
    assert!(Op::parse("versioning Disabled").is_err());
    assert!(Op::parse("versioning enabled").is_err());
    let (b, _) = run(&ops(&["versioning Suspended"]));
    assert_eq!(b.versioning, Versioning::Suspended);
}

#[test]
fn suspending_keeps_old_versions() {
    let (b, _) = run(&ops(&["versioning Enabled", "put k", "put k", "versioning Suspended"]));
    assert_eq!(listing(&b, "k"), ["v2", "v1"]);
    let (b, _) = run(&ops(&["versioning Enabled", "put k", "versioning Suspended", "put k", "put k"]));
    assert_eq!(listing(&b, "k"), ["null", "v1"]);
}

#[test]
fn delete_on_a_marker_adds_another() {
    let (b, _) = run(&ops(&["versioning Enabled", "put k", "delete k", "delete k"]));
    assert_eq!(listing(&b, "k"), ["DM:v3", "DM:v2", "v1"]);
}

#[test]
fn deleting_the_marker_undeletes() {
    let (b, r) = run(&ops(&["versioning Enabled", "put k", "delete k", "delete k v2", "get k"]));
    assert_eq!(listing(&b, "k"), ["v1"]);
    assert_eq!((r[4].status, r[4].version_id.as_deref()), (200, Some("v1")));
}

#[test]
fn get_by_version_id() {
    let (_, r) =
        run(&ops(&["versioning Enabled", "put k", "delete k", "get k v2", "get k v9", "get k v1", "get nothing"]));
    assert_eq!((r[3].status, r[3].delete_marker), (405, true));
    assert_eq!((r[4].status, r[4].delete_marker), (404, false));
    assert_eq!(r[5].status, 200);
    assert_eq!((r[6].status, r[6].delete_marker), (404, false));
}

#[test]
fn delete_permanent_version_and_missing_id() {
    let (b, r) = run(&ops(&["versioning Enabled", "put k", "put k", "delete k v2", "delete k v7"]));
    assert_eq!(listing(&b, "k"), ["v1"]);
    assert_eq!((r[3].status, r[3].delete_marker), (204, false));
    assert_eq!(r[4].status, 204);
    assert!(r[4].steps.iter().any(|s| s.convention));
}

#[test]
fn ids_are_bucket_wide_and_skip_null() {
    let (b, _) =
        run(&ops(&["put x", "versioning Enabled", "put a", "put b", "delete a", "versioning Suspended", "put a"]));
    assert_eq!(listing(&b, "a"), ["null", "DM:v3", "v1"]);
    assert_eq!(listing(&b, "b"), ["v2"]);
    assert_eq!(listing(&b, "x"), ["null"]);
}

#[test]
fn malformed_ops_are_rejected() {
    for bad in ["", "put", "put a b", "get", "delete a b c", "copy a", "versioning", "versioning On"] {
        let err = Op::parse(bad).unwrap_err();
        assert!(err.to_string().contains("versioning Enabled|Suspended"));
    }
    assert_eq!(Op::parse("PUT a"), Ok(Op::Put("a".into())));
}

fn arb_op() -> impl Strategy<Value = Op> {
    let key = prop::sample::select(vec!["a", "b"]);
    let id = prop::sample::select(vec!["null", "v1", "v2", "v3", "v4"]);
    prop_oneof![
        Just(Op::SetVersioning(Versioning::Enabled)),
        Just(Op::SetVersioning(Versioning::Suspended)),
        key.clone().prop_map(|k| Op::Put(k.into())),
        key.clone().prop_map(|k| Op::Delete(k.into(), None)),
        (key.clone(), id.clone()).prop_map(|(k, i)| Op::Delete(k.into(), Some(i.into()))),
        key.clone().prop_map(|k| Op::Get(k.into(), None)),
        (key, id).prop_map(|(k, i)| Op::Get(k.into(), Some(i.into()))),
    ]
}

proptest! {
    #[test]
    fn versions_never_decrease_without_a_versioned_delete(seq in prop::collection::vec(arb_op(), 0..30)) {
        let mut b = Bucket::new();
        b.apply(&Op::SetVersioning(Versioning::Enabled));
        for op in &seq {
            let before = b.total();
            b.apply(op);
            if !matches!(op, Op::Delete(_, Some(_))) {
                prop_assert!(b.total() >= before, "{} lowered the count", op.text());
            }
            prop_assert_ne!(b.versioning, Versioning::Unversioned);
        }
    }

    #[test]
    fn at_most_one_null_version_per_key_and_ids_unique(seq in prop::collection::vec(arb_op(), 0..30)) {
        let (b, _) = run(&seq);
        for list in b.keys.values() {
            prop_assert!(list.iter().filter(|v| v.id == NULL_ID).count() <= 1);
            prop_assert!(!list.is_empty());
        }
        let mut ids: Vec<_> = b.keys.values().flatten().filter(|v| v.id != NULL_ID).map(|v| v.id.clone()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
    }

    #[test]
    fn op_text_round_trips(op in arb_op()) {
        prop_assert_eq!(Op::parse(&op.text()), Ok(op));
    }
}
