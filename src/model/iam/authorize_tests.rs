//! The flowchart per policy type, and the IAM User Guide's worked examples, through `authorize`.

#![allow(clippy::needless_pass_by_value)]

use serde_json::{Value, json};

use super::*;

const A: &str = "111122223333";
const B: &str = "444455556666";
const ALICE: &str = "arn:aws:iam::111122223333:user/alice";
const DEV_SESSION: &str = "arn:aws:sts::111122223333:assumed-role/Dev/s1";

fn p(doc: Value) -> Policy {
    Policy::from_json(&doc).expect("policy")
}

fn rp(doc: Value) -> Policy {
    Policy::parse(&doc, PolicyShape::Principal).expect("resource policy")
}

fn stmt(effect: &str, action: &str, resource: &str) -> Value {
    json!({"Version": "2012-10-17", "Statement": {"Effect": effect, "Action": action, "Resource": resource}})
}

fn res_stmt(effect: &str, principal: Value, action: &str, resource: &str) -> Value {
    json!({"Version": "2012-10-17", "Statement": {"Effect": effect, "Principal": principal, "Action": action, "Resource": resource}})
}

fn inputs(principal: &str, action: &str, resource: &str) -> Inputs {
    Inputs {
        principal: Some(principal.into()),
        request: Request { action: action.into(), resource: resource.into(), context: Context::default() },
        ..Inputs::default()
    }
}

fn decide(i: &Inputs) -> Decision {
    authorize(i).expect("authorizes").decision
}

const OBJ: &str = "arn:aws:s3:::bkt/a.txt";

#[test]
fn identity_only_matches_evaluate() {
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.identity = vec![p(stmt("Allow", "s3:GetObject", "arn:aws:s3:::bkt/*"))];
    let auth = authorize(&i).expect("ok");
    assert_eq!(auth.decision, Decision::Allow);
    assert_eq!(auth.types[0], (PolicyType::Identity, TypeVerdict::Allow));
    assert_eq!(auth.types[1], (PolicyType::Resource, TypeVerdict::Absent));
    assert_eq!(auth.deciding, vec![0]);
}

#[test]
fn explicit_deny_in_any_type_wins() {
    for ty in ["resource", "boundary", "session", "scp", "rcp"] {
        let mut i = inputs(DEV_SESSION, "s3:GetObject", OBJ);
        i.identity = vec![p(stmt("Allow", "s3:*", "*"))];
        let deny = stmt("Deny", "s3:GetObject", "*");
        match ty {
            "resource" => i.resource = Some(rp(res_stmt("Deny", json!("*"), "s3:GetObject", "*"))),
            "boundary" => i.boundary = Some(p(deny)),
            "session" => i.session = Some(p(deny)),
            "scp" => i.scp = vec![vec![p(stmt("Allow", "*", "*")), p(deny)]],
            _ => {
                i.rcp = vec![vec![
                    Policy::parse(&res_stmt("Deny", json!("*"), "s3:GetObject", "*"), PolicyShape::AnyPrincipal)
                        .expect("rcp"),
                ]];
            }
        }
        assert_eq!(decide(&i), Decision::ExplicitDeny, "{ty}");
    }
}

#[test]
fn scp_must_allow_at_every_level_and_skips_management_and_slr() {
    let mut i = inputs(ALICE, "ec2:RunInstances", "*");
    i.identity = vec![p(stmt("Allow", "*", "*"))];
    i.scp = vec![vec![p(stmt("Allow", "*", "*"))], vec![p(stmt("Allow", "s3:*", "*"))]];
    assert_eq!(decide(&i), Decision::ImplicitDeny, "the account-level SCP allows only S3");
    i.management_account = Some(A.into());
    assert_eq!(decide(&i), Decision::Allow, "SCPs do not affect the management account");
    i.management_account = None;
    i.principal = Some("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAutoScaling/x".into());
    assert_eq!(decide(&i), Decision::Allow, "SCPs do not affect service-linked roles");
}

#[test]
fn rcps_only_restrict_and_apply_to_listed_services() {
    let rcp = |doc| Policy::parse(&doc, PolicyShape::AnyPrincipal).expect("rcp");
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.identity = vec![p(stmt("Allow", "s3:*", "*"))];
    // An RCP level holding no Allow still allows: RCPFullAWSAccess is implied.
    i.rcp = vec![vec![rcp(res_stmt("Deny", json!("*"), "sqs:*", "*"))]];
    assert_eq!(decide(&i), Decision::Allow);
    let mut i = inputs(ALICE, "ec2:RunInstances", "*");
    i.identity = vec![p(stmt("Allow", "*", "*"))];
    i.rcp = vec![vec![rcp(res_stmt("Deny", json!("*"), "*", "*"))]];
    assert_eq!(decide(&i), Decision::Allow, "EC2 is not an RCP service");
    assert!(Policy::parse(&res_stmt("Deny", json!({"AWS": A}), "*", "*"), PolicyShape::AnyPrincipal).is_err());
}

#[test]
fn same_account_resource_policy_grants_by_user_or_session_arn() {
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": ALICE}), "s3:GetObject", "arn:aws:s3:::bkt/*")));
    i.boundary = Some(p(stmt("Allow", "ec2:*", "*")));
    assert_eq!(decide(&i), Decision::Allow, "not limited by identity or boundary implicit deny");
    let mut i = inputs(DEV_SESSION, "s3:GetObject", OBJ);
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": DEV_SESSION}), "s3:GetObject", "*")));
    i.session = Some(p(stmt("Allow", "ec2:*", "*")));
    assert_eq!(decide(&i), Decision::Allow, "a session-ARN grant is not limited by the session policy");
}

#[test]
fn role_arn_grant_is_capped_by_boundary_and_session_policy() {
    let mut i = inputs(DEV_SESSION, "s3:GetObject", OBJ);
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": "arn:aws:iam::111122223333:role/Dev"}), "s3:GetObject", "*")));
    assert_eq!(decide(&i), Decision::Allow, "no identity-based Allow needed");
    i.session = Some(p(stmt("Allow", "ec2:*", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny, "the session policy caps it");
    i.session = None;
    i.boundary = Some(p(stmt("Allow", "ec2:*", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny, "the boundary caps it");
}

#[test]
fn account_principal_delegates_to_identity_policies() {
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": A}), "s3:GetObject", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny);
    i.identity = vec![p(stmt("Allow", "s3:GetObject", "*"))];
    assert_eq!(decide(&i), Decision::Allow);
}

#[test]
fn cross_account_needs_both_sides() {
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.resource_account = Some(B.into());
    i.identity = vec![p(stmt("Allow", "s3:GetObject", "*"))];
    assert_eq!(decide(&i), Decision::ImplicitDeny, "identity side alone");
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": ALICE}), "s3:GetObject", "*")));
    assert_eq!(decide(&i), Decision::Allow);
    i.identity.clear();
    assert_eq!(decide(&i), Decision::ImplicitDeny, "resource side alone, even naming the user directly");
    i.identity = vec![p(stmt("Allow", "s3:GetObject", "*"))];
    i.boundary = Some(p(stmt("Allow", "ec2:*", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny, "the boundary caps the identity side");
}

#[test]
fn kms_and_trust_policies_must_allow() {
    let key = "arn:aws:kms:us-east-1:111122223333:key/1234";
    let mut i = inputs(ALICE, "kms:Decrypt", key);
    i.identity = vec![p(stmt("Allow", "kms:Decrypt", "*"))];
    let auth = authorize(&i).expect("ok");
    assert_eq!(auth.decision, Decision::Allow, "default key policy assumed");
    assert!(auth.steps.iter().any(|s| s.convention && s.msg.id == "iam-eval-conv-default-key-policy"));
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": "arn:aws:iam::111122223333:user/bob"}), "kms:*", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny, "key policy does not allow the account");
    let role = "arn:aws:iam::111122223333:role/Admin";
    let mut i = inputs(ALICE, "sts:AssumeRole", role);
    i.identity = vec![p(stmt("Allow", "sts:AssumeRole", role))];
    assert_eq!(decide(&i), Decision::ImplicitDeny, "no trust policy given");
    i.resource = Some(rp(res_stmt("Allow", json!({"AWS": A}), "sts:AssumeRole", "*")));
    assert_eq!(decide(&i), Decision::Allow);
}

#[test]
fn session_policy_narrows_and_federated_needs_one() {
    let mut i = inputs(DEV_SESSION, "s3:PutObject", OBJ);
    i.identity = vec![p(stmt("Allow", "s3:*", "*"))];
    i.session = Some(p(stmt("Allow", "s3:GetObject", "*")));
    assert_eq!(decide(&i), Decision::ImplicitDeny);
    let mut i = inputs("arn:aws:sts::111122223333:federated-user/carol", "s3:GetObject", OBJ);
    i.identity = vec![p(stmt("Allow", "s3:*", "*"))];
    assert_eq!(decide(&i), Decision::ImplicitDeny, "GetFederationToken without a policy gives no permissions");
    i.session = Some(p(stmt("Allow", "s3:GetObject", "*")));
    assert_eq!(decide(&i), Decision::Allow);
    let mut i = inputs(ALICE, "s3:GetObject", OBJ);
    i.session = Some(p(stmt("Allow", "*", "*")));
    assert!(authorize(&i).is_err(), "an IAM user has no session policy");
}

#[test]
fn guide_example_carlos_home_bucket_with_deny_on_logs() {
    // IAM User Guide, "Policy evaluation for requests within a single account": Carlos's policy
    // allows his own bucket and denies any bucket with "log" in its name.
    let carlos = "arn:aws:iam::111122223333:user/carlossalazar";
    let identity = p(json!({"Version": "2012-10-17", "Statement": [
        {"Sid": "AllowS3Self", "Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket-${aws:username}/*", "arn:aws:s3:::amzn-s3-demo-bucket-${aws:username}"]},
        {"Sid": "DenyS3Logs", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::*log*"}]}));
    let bucket_policy = rp(json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "Principal": {"AWS": carlos}, "Action": "s3:*", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/*"}}));
    let mut i = inputs(carlos, "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/f");
    i.identity = vec![identity.clone()];
    i.resource = Some(bucket_policy);
    assert_eq!(decide(&i), Decision::ExplicitDeny, "the identity Deny beats the bucket policy Allow");
    let mut i = inputs(carlos, "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/f");
    i.identity = vec![identity];
    assert_eq!(decide(&i), Decision::Allow, "the username variable resolves to carlossalazar");
}

#[test]
fn variables_need_a_value_and_version_2012() {
    let home = |version: &str| {
        p(
            json!({"Version": version, "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bkt/home/${aws:username}/*"}}),
        )
    };
    let mut i = inputs(ALICE, "s3:GetObject", "arn:aws:s3:::bkt/home/alice/x");
    i.identity = vec![home("2012-10-17")];
    assert_eq!(decide(&i), Decision::Allow);
    i.identity = vec![home("2008-10-17")];
    assert_eq!(decide(&i), Decision::ImplicitDeny, "2008-10-17 takes variables literally");
    let mut i = inputs(DEV_SESSION, "s3:GetObject", "arn:aws:s3:::bkt/home/alice/x");
    i.identity = vec![home("2012-10-17")];
    let auth = authorize(&i).expect("ok");
    assert_eq!(auth.decision, Decision::ImplicitDeny, "role sessions have no aws:username");
    assert_eq!(auth.statements[0].result.reason, Reason::ResourceUnresolved);
    // A Deny that uses a variable fires too.
    let mut i = inputs(ALICE, "s3:GetObject", "arn:aws:s3:::bkt/home/alice/x");
    i.identity =
        vec![p(stmt("Allow", "s3:*", "*")), p(stmt("Deny", "s3:*", "arn:aws:s3:::bkt/home/${aws:username}/*"))];
    assert_eq!(decide(&i), Decision::ExplicitDeny);
}

#[test]
fn set_operators_follow_the_documented_empty_set_rules() {
    let cond = |op: &str| {
        p(json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {op: {"aws:TagKeys": ["env", "owner"]}}}}))
    };
    let run = |op: &str, keys: &[&str]| {
        let mut i = inputs(ALICE, "ec2:CreateTags", "*");
        i.identity = vec![cond(op)];
        for k in keys {
            i.request.context.push("aws:TagKeys", k);
        }
        decide(&i)
    };
    assert_eq!(run("ForAllValues:StringEquals", &["env"]), Decision::Allow);
    assert_eq!(run("ForAllValues:StringEquals", &["env", "cost"]), Decision::ImplicitDeny);
    assert_eq!(run("ForAllValues:StringEquals", &[]), Decision::Allow, "no key: ForAllValues is true");
    assert_eq!(run("ForAnyValue:StringEquals", &["env", "cost"]), Decision::Allow);
    assert_eq!(run("ForAnyValue:StringEquals", &[]), Decision::ImplicitDeny, "no key: ForAnyValue is false");
    assert_eq!(run("ForAnyValue:StringEquals", &["cost"]), Decision::ImplicitDeny);
}

#[test]
fn identity_policy_with_principal_and_resource_policy_without_are_refused() {
    let with = json!({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}});
    assert!(matches!(Policy::from_json(&with), Err(PolicyError::Placement { .. })));
    let without = stmt("Allow", "*", "*");
    assert!(matches!(Policy::parse(&without, PolicyShape::Principal), Err(PolicyError::Placement { .. })));
}
