//! Every edge case of aws-rules.md §5, the condition operators, parsing errors, and properties.

#![allow(clippy::needless_pass_by_value, clippy::cloned_ref_to_slice_refs, clippy::float_cmp)]

use proptest::prelude::*;
use serde_json::json;

use super::*;

fn pol(doc: serde_json::Value) -> Policy {
    Policy::from_json(&doc).expect("valid policy")
}

fn allow(action: &str, resource: &str) -> Policy {
    pol(json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": action, "Resource": resource}}))
}

fn req(action: &str, resource: &str) -> Request {
    Request { action: action.into(), resource: resource.into(), context: Context::default() }
}

fn decide(policies: &[Policy], request: &Request) -> Decision {
    evaluate(policies, request).expect("evaluates").decision
}

const BKT_ALL: &str = "arn:aws:s3:::bkt/*";

// ---- the §5 edge-case table, one test per row ----

#[test]
fn row01_allow_matches() {
    assert_eq!(
        decide(&[allow("s3:GetObject", BKT_ALL)], &req("s3:GetObject", "arn:aws:s3:::bkt/a.txt")),
        Decision::Allow
    );
}

#[test]
fn row02_deny_wins() {
    let deny = pol(
        json!({"Statement": [{"Sid": "DenySecret", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bkt/secret/*"}]}),
    );
    let eval = evaluate(&[allow("s3:GetObject", BKT_ALL), deny], &req("s3:GetObject", "arn:aws:s3:::bkt/secret/x"))
        .expect("ok");
    assert_eq!(eval.decision, Decision::ExplicitDeny);
    assert_eq!(eval.deciding, vec![1]);
    assert_eq!(eval.statements[1].sid.as_deref(), Some("DenySecret"));
    assert!(eval.statements[0].applies, "the Allow applies too; the Deny still wins");
}

#[test]
fn row03_other_action_is_implicit_deny() {
    assert_eq!(
        decide(&[allow("s3:GetObject", BKT_ALL)], &req("s3:PutObject", "arn:aws:s3:::bkt/a.txt")),
        Decision::ImplicitDeny
    );
}

#[test]
fn row04_actions_ignore_case() {
    assert_eq!(
        decide(&[allow("s3:GetObject", BKT_ALL)], &req("S3:getobject", "arn:aws:s3:::bkt/a.txt")),
        Decision::Allow
    );
}

#[test]
fn row05_question_mark_is_one_character() {
    assert_eq!(
        decide(&[allow("s3:GetObject", "arn:aws:s3:::bkt/f?.txt")], &req("s3:GetObject", "arn:aws:s3:::bkt/f1.txt")),
        Decision::Allow
    );
}

#[test]
fn row06_dot_is_literal() {
    assert_eq!(
        decide(&[allow("s3:GetObject", "arn:aws:s3:::bkt/a.txt")], &req("s3:GetObject", "arn:aws:s3:::bkt/aXtxt")),
        Decision::ImplicitDeny
    );
}

#[test]
fn row07_resources_are_case_sensitive() {
    assert_eq!(
        decide(&[allow("s3:GetObject", BKT_ALL)], &req("s3:GetObject", "arn:aws:s3:::BKT/a.txt")),
        Decision::ImplicitDeny
    );
}

#[test]
fn row08_not_action_excludes() {
    let p = pol(json!({"Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}));
    let eval = evaluate(&[p.clone()], &req("iam:CreateUser", "*")).expect("ok");
    assert_eq!(eval.decision, Decision::ImplicitDeny);
    assert_eq!(eval.statements[0].reason, Reason::ActionExcluded);
    // ...and NotAction with Allow grants other services' actions.
    assert_eq!(decide(&[p], &req("ec2:RunInstances", "*")), Decision::Allow);
}

#[test]
fn row09_not_resource_excludes() {
    let p = pol(json!({"Statement": {"Effect": "Allow", "Action": "s3:*", "NotResource": BKT_ALL}}));
    let eval = evaluate(&[p], &req("s3:GetObject", "arn:aws:s3:::bkt/a.txt")).expect("ok");
    assert_eq!(eval.decision, Decision::ImplicitDeny);
    assert_eq!(eval.statements[0].reason, Reason::ResourceExcluded);
}

#[test]
fn row10_deny_with_not_resource() {
    let p = pol(json!({"Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"},
        {"Effect": "Deny", "Action": "s3:*", "NotResource": BKT_ALL}
    ]}));
    assert_eq!(decide(&[p.clone()], &req("s3:GetObject", "arn:aws:s3:::other/x")), Decision::ExplicitDeny);
    assert_eq!(decide(&[p], &req("s3:GetObject", "arn:aws:s3:::bkt/x")), Decision::Allow);
}

#[test]
fn row11_false_condition_does_not_apply() {
    let p = pol(json!({"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": BKT_ALL,
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}}}));
    let mut r = req("s3:GetObject", "arn:aws:s3:::bkt/a.txt");
    r.context.insert("aws:SecureTransport", "false");
    let eval = evaluate(&[p.clone()], &r).expect("ok");
    assert_eq!(eval.decision, Decision::ImplicitDeny);
    assert!(matches!(eval.statements[0].reason, Reason::ConditionFalse { missing: false, .. }));
    r.context.insert("aws:SecureTransport", "true");
    assert_eq!(decide(&[p.clone()], &r), Decision::Allow);
    // A false condition on a Deny does not deny either.
    let deny = pol(
        json!({"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}}),
    );
    assert_eq!(decide(&[p, deny], &r), Decision::Allow);
}

// ---- parsing ----

#[test]
fn statement_object_or_array_and_version() {
    let one = pol(
        json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["a", "b"]}}),
    );
    assert_eq!(one.statements.len(), 1);
    assert_eq!(one.statements[0].action.patterns.len(), 2);
    let many = pol(
        json!({"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}, {"Sid": "x", "Effect": "Allow", "Action": "*", "Resource": "*"}]}),
    );
    assert_eq!(many.statements.len(), 2);
    assert_eq!(many.statements[1].sid.as_deref(), Some("x"));
}

#[test]
fn effect_is_case_sensitive() {
    let err =
        Policy::from_json(&json!({"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}})).unwrap_err();
    assert_eq!(err, PolicyError::Effect { field: "Statement.Effect".into(), value: "allow".into() });
}

#[test]
fn missing_and_conflicting_elements_are_named() {
    let err = Policy::from_json(&json!({"Statement": [{"Effect": "Allow", "Resource": "*"}]})).unwrap_err();
    assert_eq!(err, PolicyError::Missing { field: "Statement[0].Action".into() });
    let err = Policy::from_json(
        &json!({"Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}]}),
    )
    .unwrap_err();
    assert!(matches!(err, PolicyError::Both { .. }));
    let err = Policy::from_json(&json!({"Statement": [{"Effect": "Allow", "Action": "*"}]})).unwrap_err();
    assert_eq!(err, PolicyError::Missing { field: "Statement[0].Resource".into() });
    let err = Policy::from_json(
        &json!({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Principal": "*"}]}),
    )
    .unwrap_err();
    assert_eq!(
        err,
        PolicyError::Placement { field: "Statement[0].Principal".into(), rule: "iam-eval-err-principal-in-identity" }
    );
    let err = Policy::from_json(&json!({"Version": "2020-01-01", "Statement": []})).unwrap_err();
    assert!(matches!(err, PolicyError::Value { .. }));
    let err =
        Policy::from_json(&json!({"Statement": [{"Effect": "Allow", "Action": 3, "Resource": "*"}]})).unwrap_err();
    assert!(matches!(err, PolicyError::Type { .. }));
}

#[test]
fn unsupported_operators_are_named() {
    for op in ["ForAnyValue:StringMatches", "ForAllValues:Null", "ArnMatches", "StringEqualz"] {
        let err = Policy::from_json(
            &json!({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {op: {"k": "v"}}}}),
        )
        .unwrap_err();
        assert_eq!(err, PolicyError::Operator { field: format!("Statement.Condition.{op}"), operator: op.into() });
        assert!(err.to_string().contains(op));
    }
}

// ---- conditions ----

fn cond_decision(condition: serde_json::Value, context: &[(&str, &str)]) -> Decision {
    let p = pol(json!({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": condition}}));
    let mut r = req("s3:GetObject", "arn:aws:s3:::b/k");
    for (k, v) in context {
        r.context.insert(k, v);
    }
    decide(&[p], &r)
}

#[test]
fn string_operators() {
    use Decision::{Allow, ImplicitDeny};
    assert_eq!(cond_decision(json!({"StringEquals": {"aws:username": "alice"}}), &[("aws:username", "alice")]), Allow);
    assert_eq!(
        cond_decision(json!({"StringEquals": {"aws:username": "alice"}}), &[("aws:username", "Alice")]),
        ImplicitDeny
    );
    assert_eq!(
        cond_decision(json!({"StringEqualsIgnoreCase": {"aws:username": "alice"}}), &[("aws:username", "ALICE")]),
        Allow
    );
    assert_eq!(
        cond_decision(json!({"StringNotEquals": {"aws:username": ["a", "b"]}}), &[("aws:username", "c")]),
        Allow
    );
    assert_eq!(
        cond_decision(json!({"StringNotEquals": {"aws:username": ["a", "b"]}}), &[("aws:username", "b")]),
        ImplicitDeny
    );
    assert_eq!(
        cond_decision(json!({"StringLike": {"s3:prefix": ["home/*", "pub?"]}}), &[("s3:prefix", "pub1")]),
        Allow
    );
    assert_eq!(
        cond_decision(json!({"StringNotLike": {"s3:prefix": "home/*"}}), &[("s3:prefix", "home/x")]),
        ImplicitDeny
    );
    // Condition keys are case-insensitive.
    assert_eq!(cond_decision(json!({"StringEquals": {"AWS:UserName": "alice"}}), &[("aws:username", "alice")]), Allow);
}

#[test]
fn values_or_keys_and() {
    use Decision::{Allow, ImplicitDeny};
    let c = json!({"StringEquals": {"a": ["1", "2"], "b": "x"}, "Bool": {"c": true}});
    assert_eq!(cond_decision(c.clone(), &[("a", "2"), ("b", "x"), ("c", "true")]), Allow);
    assert_eq!(cond_decision(c.clone(), &[("a", "2"), ("b", "y"), ("c", "true")]), ImplicitDeny);
    assert_eq!(cond_decision(c, &[("a", "2"), ("b", "x"), ("c", "false")]), ImplicitDeny);
}

#[test]
fn missing_keys() {
    use Decision::{Allow, ImplicitDeny};
    assert_eq!(cond_decision(json!({"StringEquals": {"k": "v"}}), &[]), ImplicitDeny);
    assert_eq!(cond_decision(json!({"StringLike": {"k": "*"}}), &[]), ImplicitDeny);
    assert_eq!(cond_decision(json!({"StringNotEquals": {"k": "v"}}), &[]), Allow);
    assert_eq!(cond_decision(json!({"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}), &[]), Allow);
    assert_eq!(cond_decision(json!({"StringEqualsIfExists": {"k": "v"}}), &[]), Allow);
    assert_eq!(cond_decision(json!({"StringEqualsIfExists": {"k": "v"}}), &[("k", "w")]), ImplicitDeny);
    assert_eq!(cond_decision(json!({"Null": {"k": "true"}}), &[]), Allow);
    assert_eq!(cond_decision(json!({"Null": {"k": "true"}}), &[("k", "x")]), ImplicitDeny);
    assert_eq!(cond_decision(json!({"Null": {"k": "false"}}), &[("k", "x")]), Allow);
}

#[test]
fn negated_missing_is_a_labelled_convention() {
    let p = pol(
        json!({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"k": "v"}}}}),
    );
    let eval = evaluate(&[p], &req("s3:GetObject", "x")).expect("ok");
    assert!(eval.steps.iter().any(|s| s.convention && s.msg.id == "iam-conv-negated-missing"));
}

#[test]
fn ip_numeric_date_bool() {
    use Decision::{Allow, ImplicitDeny};
    let ip = json!({"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}});
    assert_eq!(cond_decision(ip.clone(), &[("aws:SourceIp", "203.0.113.9")]), Allow);
    assert_eq!(cond_decision(ip.clone(), &[("aws:SourceIp", "2001:db8::1")]), Allow);
    assert_eq!(cond_decision(ip, &[("aws:SourceIp", "198.51.100.1")]), ImplicitDeny);
    assert_eq!(
        cond_decision(json!({"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}), &[("aws:SourceIp", "10.1.2.3")]),
        ImplicitDeny
    );
    assert_eq!(
        cond_decision(json!({"IpAddress": {"aws:SourceIp": "10.1.2.3"}}), &[("aws:SourceIp", "10.1.2.3")]),
        Allow
    );
    let n = |op: &str, v: &str| cond_decision(json!({op: {"s3:max-keys": "10"}}), &[("s3:max-keys", v)]);
    assert_eq!(n("NumericEquals", "10"), Allow);
    assert_eq!(n("NumericNotEquals", "10"), ImplicitDeny);
    assert_eq!(n("NumericLessThan", "9"), Allow);
    assert_eq!(n("NumericLessThan", "10"), ImplicitDeny);
    assert_eq!(n("NumericLessThanEquals", "10"), Allow);
    assert_eq!(n("NumericGreaterThan", "11"), Allow);
    assert_eq!(n("NumericGreaterThan", "10"), ImplicitDeny);
    assert_eq!(n("NumericGreaterThanEquals", "10"), Allow);
    let d = |op: &str, v: &str| {
        cond_decision(json!({op: {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}), &[("aws:CurrentTime", v)])
    };
    assert_eq!(d("DateLessThan", "2025-12-31T23:59:59Z"), Allow);
    assert_eq!(d("DateLessThan", "2026-01-01T00:00:00Z"), ImplicitDeny);
    assert_eq!(d("DateLessThanEquals", "2026-01-01"), Allow);
    assert_eq!(d("DateGreaterThan", "2026-06-01"), Allow);
    assert_eq!(d("DateGreaterThanEquals", "2025-06-01"), ImplicitDeny);
    assert_eq!(d("DateEquals", "2026-01-01T09:00:00+09:00"), Allow);
    assert_eq!(
        cond_decision(
            json!({"Bool": {"aws:MultiFactorAuthPresent": "true"}}),
            &[("aws:MultiFactorAuthPresent", "TRUE")]
        ),
        Allow
    );
}

#[test]
fn bad_values_are_errors() {
    let bad = |c: serde_json::Value| {
        Policy::from_json(&json!({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": c}}))
            .unwrap_err()
    };
    assert!(matches!(bad(json!({"IpAddress": {"aws:SourceIp": "10.0.0.0/33"}})), PolicyError::Value { .. }));
    assert!(matches!(bad(json!({"NumericLessThan": {"k": "ten"}})), PolicyError::Value { .. }));
    assert!(matches!(bad(json!({"DateLessThan": {"k": "yesterday"}})), PolicyError::Value { .. }));
    assert!(matches!(bad(json!({"Bool": {"k": "yes"}})), PolicyError::Value { .. }));
    let p = pol(
        json!({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}}),
    );
    let mut r = req("a:b", "c");
    r.context.insert("aws:SourceIp", "nowhere");
    assert!(matches!(evaluate(&[p], &r), Err(PolicyError::Context { .. })));
}

#[test]
fn steps_end_with_the_decision() {
    let eval = evaluate(&[allow("s3:GetObject", BKT_ALL)], &req("s3:GetObject", "arn:aws:s3:::bkt/a")).expect("ok");
    assert_eq!(eval.steps.last().map(|s| s.msg.id), Some("iam-step-final-allow"));
    assert_eq!(eval.steps[0].msg.id, "iam-step-applies");
}

// ---- properties ----

fn arb_statement() -> impl Strategy<Value = serde_json::Value> {
    let actions =
        prop::sample::select(vec!["s3:GetObject", "s3:*", "*", "S3:GETOBJECT", "ec2:*", "s3:Put*", "iam:?reateUser"]);
    let resources = prop::sample::select(vec![
        "*",
        "arn:aws:s3:::bkt/*",
        "arn:aws:s3:::bkt/a.txt",
        "arn:aws:s3:::BKT/*",
        "arn:aws:s3:::other/*",
    ]);
    (any::<bool>(), any::<bool>(), any::<bool>(), actions, resources).prop_map(
        |(deny, not_action, not_resource, a, r)| {
            let mut s = serde_json::Map::new();
            s.insert("Effect".into(), json!(if deny { "Deny" } else { "Allow" }));
            s.insert(if not_action { "NotAction" } else { "Action" }.into(), json!(a));
            s.insert(if not_resource { "NotResource" } else { "Resource" }.into(), json!(r));
            serde_json::Value::Object(s)
        },
    )
}

fn arb_request() -> impl Strategy<Value = Request> {
    let actions = prop::sample::select(vec!["s3:GetObject", "s3:PutObject", "iam:CreateUser", "ec2:RunInstances"]);
    let resources = prop::sample::select(vec![
        "arn:aws:s3:::bkt/a.txt",
        "arn:aws:s3:::BKT/a.txt",
        "arn:aws:s3:::other/x",
        "arn:aws:iam::1:user/u",
    ]);
    (actions, resources).prop_map(|(a, r)| req(a, r))
}

proptest! {
    #[test]
    fn deny_always_wins(stmts in prop::collection::vec(arb_statement(), 0..5), request in arb_request()) {
        let mut all = stmts.clone();
        all.push(json!({"Effect": "Deny", "Action": request.action, "Resource": request.resource}));
        let p = pol(json!({"Statement": all}));
        prop_assert_eq!(decide(&[p], &request), Decision::ExplicitDeny);
    }

    #[test]
    fn unrelated_allow_never_lifts_a_deny(stmts in prop::collection::vec(arb_statement(), 1..5), extra in arb_statement(), request in arb_request()) {
        let base = pol(json!({"Statement": stmts}));
        let before = decide(std::slice::from_ref(&base), &request);
        let mut extra = extra;
        extra["Effect"] = json!("Allow");
        let after = decide(&[base, pol(json!({"Statement": extra}))], &request);
        if before == Decision::ExplicitDeny {
            prop_assert_eq!(after, Decision::ExplicitDeny);
        }
        if before == Decision::Allow {
            prop_assert_eq!(after, Decision::Allow);
        }
    }

    #[test]
    fn decision_matches_the_statement_verdicts(stmts in prop::collection::vec(arb_statement(), 0..6), request in arb_request()) {
        let eval = evaluate(&[pol(json!({"Statement": stmts}))], &request).expect("ok");
        let any = |e| eval.statements.iter().any(|s| s.applies && s.effect == e);
        let expected = if any(Effect::Deny) { Decision::ExplicitDeny } else if any(Effect::Allow) { Decision::Allow } else { Decision::ImplicitDeny };
        prop_assert_eq!(eval.decision, expected);
    }
}
