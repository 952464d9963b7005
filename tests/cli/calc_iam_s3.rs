//! `awsdrill calc iam` and `awsdrill calc s3` through the real binary.

use crate::util::{Sandbox, run};

const ALLOW: &str = r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bkt/*"}}"#;
const DENY: &str = r#"{"Statement": [{"Sid": "DenySecret", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bkt/secret/*"}]}"#;

fn policies(sb: &Sandbox) -> (String, String) {
    (sb.write("allow.json", ALLOW).display().to_string(), sb.write("deny.json", DENY).display().to_string())
}

#[test]
fn iam_json_matches_the_contract() {
    let sb = Sandbox::new();
    let (a, d) = policies(&sb);
    let out = run(&[
        "calc",
        "iam",
        "--policy",
        &a,
        "--policy",
        &d,
        "--action",
        "s3:GetObject",
        "--resource",
        "arn:aws:s3:::bkt/secret/x",
        "--json",
    ]);
    out.code(0);
    let v = out.json();
    assert_eq!(v["decision"], "explicit_deny");
    assert_eq!(
        v["deciding"],
        serde_json::json!([{"policy": 1, "statement": 0, "sid": "DenySecret", "effect": "Deny"}])
    );
    assert_eq!(
        v["statements"][0],
        serde_json::json!({"policy": 0, "statement": 0, "sid": null, "effect": "Allow", "applies": true})
    );
    assert_eq!(v["statements"][1]["applies"], true);
}

#[test]
fn iam_allow_and_implicit_deny() {
    let sb = Sandbox::new();
    let (a, _) = policies(&sb);
    let v = run(&[
        "calc",
        "iam",
        "--policy",
        &a,
        "--action",
        "S3:getobject",
        "--resource",
        "arn:aws:s3:::bkt/a.txt",
        "--json",
    ])
    .json();
    assert_eq!(v["decision"], "allow");
    let v = run(&[
        "calc",
        "iam",
        "--policy",
        &a,
        "--action",
        "s3:GetObject",
        "--resource",
        "arn:aws:s3:::BKT/a.txt",
        "--json",
    ])
    .json();
    assert_eq!(v["decision"], "implicit_deny");
    assert_eq!(v["deciding"], serde_json::json!([]));
    assert_eq!(v["statements"][0]["applies"], false);
}

#[test]
fn iam_conditions_from_context() {
    let sb = Sandbox::new();
    let p = sb.write("cond.json", r#"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "StringNotEquals": {"aws:username": "mallory"}}}}"#);
    let p = p.display().to_string();
    let args = |ip: &str| {
        vec![
            "calc".to_owned(),
            "iam".into(),
            "--policy".into(),
            p.clone(),
            "--action".into(),
            "s3:ListBucket".into(),
            "--resource".into(),
            "arn:aws:s3:::bkt".into(),
            "--context".into(),
            format!("aws:SourceIp={ip}"),
            "--json".into(),
        ]
    };
    let run_ip = |ip: &str| {
        let a = args(ip);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        run(&refs).json()
    };
    let v = run_ip("203.0.113.7");
    assert_eq!(v["decision"], "allow");
    assert!(
        v["steps"].as_array().expect("steps").iter().any(|s| s["convention"] == true),
        "absent key under a negated operator is a labelled convention"
    );
    assert_eq!(run_ip("198.51.100.1")["decision"], "implicit_deny");
}

#[test]
fn iam_human_output_in_en_and_ko() {
    let sb = Sandbox::new();
    let (a, d) = policies(&sb);
    let base = [
        "calc",
        "iam",
        "--policy",
        &a,
        "--policy",
        &d,
        "--action",
        "s3:GetObject",
        "--resource",
        "arn:aws:s3:::bkt/secret/x",
    ];
    let mut en = vec!["--lang", "en"];
    en.extend(base);
    run(&en)
        .code(0)
        .stdout_has("Decision: explicitly denied")
        .stdout_has("explicit deny overrides every Allow")
        .stdout_has("DenySecret");
    let mut ko = vec!["--lang", "ko"];
    ko.extend(base);
    run(&ko).code(0).stdout_has("결정: 명시적 거부").stdout_has("이 문장이 적용됩니다");
}

#[test]
fn iam_bad_input_exits_2_naming_it() {
    let sb = Sandbox::new();
    let bad_effect = sb
        .write("effect.json", r#"{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}"#)
        .display()
        .to_string();
    run(&["calc", "iam", "--policy", &bad_effect, "--action", "s3:GetObject", "--resource", "x"])
        .code(2)
        .stderr_has("effect.json")
        .stderr_has("Statement.Effect")
        .stderr_has("\"allow\"");
    let bad_json = sb
        .write("broken.json", "{\"Statement\": [\n  {\"Effect\": \"Allow\" \"Action\": \"*\"}]}")
        .display()
        .to_string();
    run(&["calc", "iam", "--policy", &bad_json, "--action", "a:b", "--resource", "x"])
        .code(2)
        .stderr_has("broken.json:2:");
    let no_action =
        sb.write("noaction.json", r#"{"Statement": [{"Effect": "Allow", "Resource": "*"}]}"#).display().to_string();
    run(&["--lang", "ko", "calc", "iam", "--policy", &no_action, "--action", "a:b", "--resource", "x"])
        .code(2)
        .stderr_has("noaction.json")
        .stderr_has("Statement[0].Action");
    let op = sb.write("op.json", r#"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAnyValue:StringMatches": {"k": "v"}}}}"#).display().to_string();
    run(&["calc", "iam", "--policy", &op, "--action", "a:b", "--resource", "x"])
        .code(2)
        .stderr_has("ForAnyValue:StringMatches");
    run(&["calc", "iam", "--policy", "/nonexistent/p.json", "--action", "a:b", "--resource", "x"])
        .code(2)
        .stderr_has("/nonexistent/p.json");
    let (a, _) = policies(&sb);
    run(&["calc", "iam", "--policy", &a, "--action", "a:b", "--resource", "x", "--context", "novalue"])
        .code(2)
        .stderr_has("novalue");
}

#[test]
fn s3_worked_sequence_json() {
    let ops = [
        "put a",
        "versioning Enabled",
        "put a",
        "put a",
        "delete a",
        "get a",
        "get a v1",
        "versioning Suspended",
        "put a",
        "delete a",
        "delete a null",
        "get a",
        "get a v3",
    ];
    let mut args = vec!["calc", "s3"];
    for op in &ops {
        args.push("--op");
        args.push(op);
    }
    args.push("--json");
    let out = run(&args);
    out.code(0);
    let v = out.json();
    assert_eq!(v["versioning"], "Suspended");
    assert_eq!(
        v["keys"]["a"],
        serde_json::json!([
            {"version_id": "v3", "delete_marker": true, "latest": true},
            {"version_id": "v2", "delete_marker": false, "latest": false},
            {"version_id": "v1", "delete_marker": false, "latest": false}
        ])
    );
    let r = &v["results"];
    assert_eq!(r[0]["op"], "put a");
    assert_eq!(r[0]["version_id"], "null");
    assert_eq!(r[4]["status"], 204);
    assert_eq!(r[4]["delete_marker"], true);
    assert_eq!(r[5]["status"], 404);
    assert_eq!(r[5]["delete_marker"], true);
    assert!(r[5].get("version_id").is_none());
    assert_eq!(r[6]["status"], 200);
    assert_eq!(r[11]["status"], 404);
    assert_eq!(r[12]["status"], 405);
}

#[test]
fn s3_omits_keys_without_versions() {
    let v = run(&["calc", "s3", "--op", "put a", "--op", "delete a", "--json"]).json();
    assert_eq!(v["keys"], serde_json::json!({}));
    assert_eq!(v["versioning"], "Unversioned");
}

#[test]
fn s3_human_output_in_en_and_ko() {
    let args = ["calc", "s3", "--op", "versioning Enabled", "--op", "put k", "--op", "delete k", "--op", "get k v2"];
    let mut en = vec!["--lang", "en"];
    en.extend(args);
    run(&en).code(0).stdout_has("405").stdout_has("Method Not Allowed").stdout_has("delete marker (current)");
    let mut ko = vec!["--lang", "ko"];
    ko.extend(args);
    run(&ko).code(0).stdout_has("삭제 마커").stdout_has("버킷 버전 관리 상태: Enabled");
}

#[test]
fn s3_bad_op_exits_2_naming_it() {
    run(&["calc", "s3", "--op", "put a", "--op", "copy a b"])
        .code(2)
        .stderr_has("copy a b")
        .stderr_has("versioning Enabled|Suspended");
    run(&["--lang", "ko", "calc", "s3", "--op", "versioning Unversioned"])
        .code(2)
        .stderr_has("versioning Unversioned")
        .stderr_has("받을 수 없습니다");
    run(&["calc", "s3", "--op", "get"]).code(2).stderr_has("\"get\"");
}
