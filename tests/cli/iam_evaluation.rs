//! `calc iam` beyond identity policies, through the real binary: policy variables, multivalued
//! keys, resource policies across accounts, boundaries, SCPs, session policies.

use crate::util::{Sandbox, run};

fn decide(sb: &Sandbox, files: &[(&str, &str, &str)], extra: &[&str]) -> serde_json::Value {
    let mut args: Vec<String> = vec!["calc".into(), "iam".into()];
    for (flag, name, text) in files {
        args.push((*flag).into());
        args.push(sb.write(name, text).display().to_string());
    }
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args.push("--json".into());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&refs);
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    out.json()
}

const HOME: &str = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::team/home/${aws:username}/*"}]}"#;
const ADMIN: &str = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}"#;

#[test]
fn a_variable_is_the_principal_s_own_name() {
    let sb = Sandbox::new();
    let mine = ["--action", "s3:GetObject", "--resource", "arn:aws:s3:::team/home/david/a.txt"];
    let as_david = decide(
        &sb,
        &[("--policy", "home.json", HOME)],
        &[&mine[..], &["--principal", "arn:aws:iam::123456789012:user/david"]].concat(),
    );
    assert_eq!(as_david["decision"], "allow", "{as_david}");
    let as_maria = decide(
        &sb,
        &[("--policy", "home.json", HOME)],
        &[&mine[..], &["--principal", "arn:aws:iam::123456789012:user/maria"]].concat(),
    );
    assert_eq!(as_maria["decision"], "implicit_deny");
}

#[test]
fn cross_account_needs_both_sides_and_same_account_needs_one() {
    let sb = Sandbox::new();
    let bucket = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/dev"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"#;
    let request = [
        "--action",
        "s3:GetObject",
        "--resource",
        "arn:aws:s3:::b/x",
        "--principal",
        "arn:aws:iam::111122223333:user/dev",
    ];
    let cross = [&request[..], &["--resource-account", "444455556666"]].concat();
    let only_bucket = decide(&sb, &[("--resource-policy", "bucket.json", bucket)], &cross);
    assert_eq!(only_bucket["decision"], "implicit_deny", "{only_bucket}");
    assert_eq!(only_bucket["cross_account"], true);
    let both = decide(&sb, &[("--resource-policy", "bucket.json", bucket), ("--policy", "admin.json", ADMIN)], &cross);
    assert_eq!(both["decision"], "allow");
    let same = decide(&sb, &[("--resource-policy", "bucket.json", bucket)], &request);
    assert_eq!(same["decision"], "allow");
    assert_eq!(same["types"]["resource"], "allow");
    assert_eq!(same["types"]["identity"], "absent");
}

#[test]
fn boundaries_scps_and_session_policies_only_restrict() {
    let sb = Sandbox::new();
    let only_s3 = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}"#;
    let deny_region = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}}]}"#;
    let ec2 = ["--action", "ec2:RunInstances", "--resource", "*"];
    let capped = decide(&sb, &[("--policy", "admin.json", ADMIN), ("--boundary", "b.json", only_s3)], &ec2);
    assert_eq!(capped["decision"], "implicit_deny", "{capped}");
    assert_eq!(capped["types"]["boundary"], "none");
    let scp = decide(
        &sb,
        &[("--policy", "admin.json", ADMIN), ("--scp", "scp.json", deny_region)],
        &[&ec2[..], &["--context", "aws:RequestedRegion=us-east-1"]].concat(),
    );
    assert_eq!(scp["decision"], "explicit_deny");
    let session = decide(
        &sb,
        &[("--policy", "admin.json", ADMIN), ("--session-policy", "s.json", only_s3)],
        &[&ec2[..], &["--principal", "arn:aws:sts::123456789012:assumed-role/app/i-1"]].concat(),
    );
    assert_eq!(session["decision"], "implicit_deny");
}

#[test]
fn repeated_context_keys_are_multivalued_for_set_operators() {
    let sb = Sandbox::new();
    let tags = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "team"]}}}]}"#;
    let base = ["--action", "ec2:CreateTags", "--resource", "*"];
    let ok = decide(
        &sb,
        &[("--policy", "t.json", tags)],
        &[&base[..], &["--context", "aws:TagKeys=env", "--context", "aws:TagKeys=team"]].concat(),
    );
    assert_eq!(ok["decision"], "allow", "{ok}");
    let extra = decide(
        &sb,
        &[("--policy", "t.json", tags)],
        &[&base[..], &["--context", "aws:TagKeys=env", "--context", "aws:TagKeys=cost"]].concat(),
    );
    assert_eq!(extra["decision"], "implicit_deny");
}

#[test]
fn an_identity_policy_with_a_principal_is_refused() {
    let sb = Sandbox::new();
    let bad = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}"#;
    let path = sb.write("bad.json", bad).display().to_string();
    let out = run(&["calc", "iam", "--policy", &path, "--action", "s3:GetObject", "--resource", "arn:aws:s3:::b/x"]);
    out.code(2).stderr_has("bad.json");
}
