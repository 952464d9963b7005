//! Differential test: a small reference evaluator written straight from the IAM User Guide's
//! rules (docs/model/iam.md), sharing no code with the model — it reads the policy JSON itself —
//! against `authorize` on thousands of seeded random scenarios that mix every policy type,
//! principals, accounts, variables, set operators and the condition operator families.

#![allow(clippy::too_many_lines)]

use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};

use super::{Context, Decision, Inputs, Policy, PolicyShape, Request, authorize};

// ---------------------------------------------------------------- the reference evaluator

/// A pattern character: (char, whether it is a wildcard).
type Pat = Vec<(char, bool)>;

fn matches(p: &[(char, bool)], t: &[char]) -> bool {
    match p.split_first() {
        None => t.is_empty(),
        Some((('*', true), rest)) => (0..=t.len()).any(|i| matches(rest, &t[i..])),
        Some((('?', true), rest)) => !t.is_empty() && matches(rest, &t[1..]),
        Some(((c, _), rest)) => t.first() == Some(c) && matches(rest, &t[1..]),
    }
}

struct Req<'a> {
    action: &'a str,
    resource: &'a str,
    ctx: &'a [(String, Vec<String>)],
    principal: &'a str,
    account: &'a str,
}

fn ctx_get<'a>(ctx: &'a [(String, Vec<String>)], key: &str) -> Option<&'a Vec<String>> {
    ctx.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v).filter(|v| !v.is_empty())
}

/// Text with `*`/`?` wildcards and `${…}` variables (when `vars`); `None` when unresolvable.
fn pattern(text: &str, vars: bool, ctx: &[(String, Vec<String>)]) -> Option<Pat> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if vars && chars[i] == '$' && chars.get(i + 1) == Some(&'{') {
            let close = chars[i..].iter().position(|c| *c == '}').map(|p| p + i)?;
            let inner: String = chars[i + 2..close].iter().collect();
            let value = if ["*", "?", "$"].contains(&inner.as_str()) {
                Some(inner.clone())
            } else {
                let (name, default) = match inner.split_once(", '") {
                    Some((n, d)) => (n.to_owned(), Some(d.trim_end_matches('\'').to_owned())),
                    None => (inner.clone(), None),
                };
                match ctx_get(ctx, &name) {
                    Some(v) if v.len() == 1 => Some(v[0].clone()),
                    _ => default,
                }
            };
            out.extend(value?.chars().map(|c| (c, false)));
            i = close + 1;
        } else {
            out.push((chars[i], chars[i] == '*' || chars[i] == '?'));
            i += 1;
        }
    }
    Some(out)
}

fn list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned)).collect(),
        other => vec![other.to_string()],
    }
}

fn ip_in(cidr: &str, ip: &str) -> bool {
    let (net, bits) = cidr.split_once('/').unwrap_or((cidr, "32"));
    let to_u32 =
        |s: &str| s.split('.').try_fold(0u32, |acc, o| o.parse::<u8>().ok().map(|o| (acc << 8) | u32::from(o)));
    let (Some(n), Some(i), Ok(b)) = (to_u32(net), to_u32(ip), bits.parse::<u32>()) else { return false };
    let mask = if b == 0 { 0 } else { u32::MAX << (32 - b) };
    n & mask == i & mask
}

/// One value comparison for the operator's base name (without Not).
fn compare(base: &str, policy: &Pat, actual: &str) -> bool {
    let text: String = policy.iter().map(|(c, _)| *c).collect();
    let a: Vec<char> = actual.chars().collect();
    match base {
        "StringEquals" => text == actual,
        "StringEqualsIgnoreCase" => text.to_lowercase() == actual.to_lowercase(),
        "StringLike" => matches(policy, &a),
        "ArnLike" | "ArnEquals" => {
            let pp: Vec<String> = text.splitn(6, ':').map(str::to_owned).collect();
            let ap: Vec<&str> = actual.splitn(6, ':').collect();
            pp.len() == 6
                && ap.len() == 6
                && pp
                    .iter()
                    .zip(ap)
                    .all(|(p, a)| matches(&pattern(p, false, &[]).unwrap_or_default(), &a.chars().collect::<Vec<_>>()))
        }
        "NumericLessThan" => actual.parse::<f64>().ok().zip(text.parse::<f64>().ok()).is_some_and(|(a, p)| a < p),
        "NumericEquals" => actual.parse::<f64>().ok() == text.parse::<f64>().ok(),
        "Bool" => actual.eq_ignore_ascii_case(&text),
        "IpAddress" => ip_in(&text, actual),
        _ => panic!("reference does not know {base}"),
    }
}

fn condition_holds(op: &str, key: &str, values: &Value, vars: bool, ctx: &[(String, Vec<String>)]) -> bool {
    let (set, rest) = match op.split_once(':') {
        Some((s, r)) => (Some(s), r),
        None => (None, op),
    };
    let actual = ctx_get(ctx, key);
    if rest == "Null" {
        return list(values).iter().any(|v| (v == "true") == actual.is_none());
    }
    let (rest, if_exists) = rest.strip_suffix("IfExists").map_or((rest, false), |r| (r, true));
    let (base, negated) = match rest {
        "NotIpAddress" => ("IpAddress".to_owned(), true),
        r if r.contains("Not") => (r.replacen("Not", "", 1), true),
        r => (r.to_owned(), false),
    };
    let policy: Vec<Pat> = list(values)
        .iter()
        .filter_map(|v| pattern(v, vars && !base.starts_with("Numeric") && base != "IpAddress" && base != "Bool", ctx))
        .collect();
    if policy.is_empty() {
        return false; // every value named an unresolvable variable
    }
    let Some(actual) = actual else {
        return match set {
            Some("ForAllValues") => true,
            Some(_) => if_exists,
            None => if_exists || negated,
        };
    };
    let one = |a: &String| policy.iter().any(|p| compare(&base, p, a)) != negated;
    match set {
        Some("ForAllValues") => actual.iter().all(one),
        Some(_) => actual.iter().any(one),
        None if actual.len() == 1 => one(&actual[0]),
        None => actual.iter().any(|a| policy.iter().any(|p| compare(&base, p, a))) != negated,
    }
}

/// How a resource policy statement names the principal: 3 direct, 2 role, 1 account, 0 not.
fn names(principal_el: &Value, r: &Req<'_>) -> u8 {
    if principal_el == "*" {
        return 3;
    }
    let root = format!("arn:aws:iam::{}:root", r.account);
    let role = r
        .principal
        .split_once(":assumed-role/")
        .map(|(_, rest)| format!("arn:aws:iam::{}:role/{}", r.account, rest.split('/').next().unwrap_or("")));
    let mut best = 0;
    for v in list(&principal_el["AWS"]) {
        let g = if v == "*" || v == r.principal {
            3
        } else if Some(&v) == role.as_ref() {
            2
        } else if v == r.account || v == root {
            if r.principal.ends_with(":root") { 3 } else { 1 }
        } else {
            0
        };
        best = best.max(g);
    }
    best
}

/// `Some((effect_is_allow, grant))` when the statement applies.
fn statement(s: &Value, vars: bool, r: &Req<'_>) -> Option<(bool, u8)> {
    let mut grant = 0;
    if let Some(p) = s.get("Principal") {
        grant = names(p, r);
        if grant == 0 {
            return None;
        }
    }
    let (acts, not_a) = s.get("Action").map_or_else(|| (list(&s["NotAction"]), true), |a| (list(a), false));
    let act: Vec<char> = r.action.to_lowercase().chars().collect();
    let hit = acts.iter().any(|p| matches(&pattern(&p.to_lowercase(), false, &[]).unwrap_or_default(), &act));
    if hit == not_a {
        return None;
    }
    let (res, not_r) = s.get("Resource").map_or_else(|| (list(&s["NotResource"]), true), |a| (list(a), false));
    let rc: Vec<char> = r.resource.chars().collect();
    let hit = res.iter().any(|p| pattern(p, vars, r.ctx).is_some_and(|p| matches(&p, &rc)));
    if hit == not_r {
        return None;
    }
    if let Some(Value::Object(ops)) = s.get("Condition") {
        for (op, keys) in ops {
            for (key, values) in keys.as_object().into_iter().flatten() {
                if !condition_holds(op, key, values, vars, r.ctx) {
                    return None;
                }
            }
        }
    }
    Some((s["Effect"] == "Allow", grant))
}

/// (any Deny, any Allow, best grant of an Allow) over policy documents.
fn scan(docs: &[&Value], r: &Req<'_>) -> (bool, bool, u8) {
    let (mut deny, mut allow, mut grant) = (false, false, 0);
    for d in docs {
        let vars = d["Version"] == "2012-10-17";
        for s in list_statements(d) {
            match statement(s, vars, r) {
                Some((false, _)) => deny = true,
                Some((true, g)) => {
                    allow = true;
                    grant = grant.max(g);
                }
                None => {}
            }
        }
    }
    (deny, allow, grant)
}

fn list_statements(d: &Value) -> Vec<&Value> {
    match &d["Statement"] {
        Value::Array(a) => a.iter().collect(),
        s => vec![s],
    }
}

struct Scenario {
    principal: String,
    resource_account: String,
    action: String,
    resource: String,
    ctx: Vec<(String, Vec<String>)>,
    identity: Vec<Value>,
    resource_policy: Option<Value>,
    boundary: Option<Value>,
    session: Option<Value>,
    scp: Vec<Vec<Value>>,
    rcp: Vec<Vec<Value>>,
}

/// The guide's flowchart, step by step.
fn reference(sc: &Scenario) -> Decision {
    let account = sc.principal.split(':').nth(4).unwrap_or("");
    let mut ctx = sc.ctx.clone();
    let mut derive = |k: &str, v: String| {
        if ctx_get(&ctx, k).is_none() {
            ctx.push((k.to_owned(), vec![v]));
        }
    };
    derive("aws:PrincipalAccount", account.to_owned());
    if let Some((_, name)) = sc.principal.split_once(":user/") {
        derive("aws:username", name.rsplit('/').next().unwrap_or("").to_owned());
    }
    let r = Req { action: &sc.action, resource: &sc.resource, ctx: &ctx, principal: &sc.principal, account };
    let identity: Vec<&Value> = sc.identity.iter().collect();
    let (i_deny, i_allow, _) = scan(&identity, &r);
    // The root user has full access in its own account: no identity-based policy is needed.
    let i_allow = i_allow || sc.principal.ends_with(":root");
    let (r_deny, _, r_grant) = scan(&sc.resource_policy.iter().collect::<Vec<_>>(), &r);
    let (b_deny, b_allow, _) = scan(&sc.boundary.iter().collect::<Vec<_>>(), &r);
    let (s_deny, s_allow, _) = scan(&sc.session.iter().collect::<Vec<_>>(), &r);
    let levels = |ls: &[Vec<Value>]| ls.iter().map(|l| scan(&l.iter().collect::<Vec<_>>(), &r)).collect::<Vec<_>>();
    let scp = levels(&sc.scp);
    let service = sc.action.split(':').next().unwrap_or("");
    let rcp = if ["s3", "sqs", "kms", "sts"].contains(&service) { levels(&sc.rcp) } else { Vec::new() };
    // Explicit deny anywhere.
    if i_deny || r_deny || b_deny || s_deny || scp.iter().any(|l| l.0) || rcp.iter().any(|l| l.0) {
        return Decision::ExplicitDeny;
    }
    // RCPs: RCPFullAWSAccess allows at each level. SCPs: each level must allow.
    if scp.iter().any(|l| !l.1) {
        return Decision::ImplicitDeny;
    }
    let same = account == sc.resource_account;
    let limits_ok = (sc.boundary.is_none() || b_allow) && (sc.session.is_none() || s_allow);
    if same {
        if r_grant == 3 {
            return Decision::Allow;
        }
        if r_grant == 2 && limits_ok {
            return Decision::Allow;
        }
        if i_allow && limits_ok { Decision::Allow } else { Decision::ImplicitDeny }
    } else if r_grant > 0 && i_allow && limits_ok {
        Decision::Allow
    } else {
        Decision::ImplicitDeny
    }
}

// ---------------------------------------------------------------- the scenario generator

const A: &str = "111122223333";
const B: &str = "444455556666";

fn pick<'a>(rng: &mut ChaCha8Rng, from: &[&'a str]) -> &'a str {
    from.choose(rng).copied().unwrap_or(from[0])
}

fn condition(rng: &mut ChaCha8Rng) -> Value {
    match rng.random_range(0..12) {
        0 => json!({"StringEquals": {"aws:PrincipalTag/team": pick(rng, &["red", "blue"])}}),
        1 => json!({"StringNotEquals": {"aws:PrincipalTag/team": ["red", "green"]}}),
        2 => json!({"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "owner"]}}),
        3 => json!({"ForAnyValue:StringLike": {"aws:TagKeys": "cost*"}}),
        4 => json!({"ForAllValues:StringNotLike": {"aws:TagKeys": "tmp*"}}),
        5 => json!({"Null": {"aws:TagKeys": pick(rng, &["true", "false"])}}),
        6 => json!({"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}),
        7 => json!({"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}),
        8 => json!({"NumericLessThan": {"s3:max-keys": "10"}}),
        9 => json!({"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}),
        10 => json!({"StringLike": {"s3:prefix": ["home/${aws:username}/*", "shared/*"]}}),
        _ => json!({"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "${aws:PrincipalTag/lead, 'RED'}"}}),
    }
}

fn statement_json(rng: &mut ChaCha8Rng, principal: Option<Value>) -> Value {
    let mut s = serde_json::Map::new();
    s.insert("Effect".into(), json!(if rng.random_bool(0.75) { "Allow" } else { "Deny" }));
    let actions = pick(rng, &["s3:GetObject", "s3:*", "s3:Get*", "sqs:SendMessage", "ec2:*", "*", "s3:PutObject"]);
    s.insert((if rng.random_bool(0.15) { "NotAction" } else { "Action" }).into(), json!(actions));
    let resource = pick(
        rng,
        &[
            "*",
            "arn:aws:s3:::bkt/*",
            "arn:aws:s3:::bkt/home/${aws:username}/*",
            "arn:aws:s3:::bkt/${aws:PrincipalTag/team, 'shared'}/*",
            "arn:aws:s3:::bkt/a?.txt",
            "arn:aws:s3:::bkt/${*}",
            "arn:aws:sqs:us-east-1:*:q",
        ],
    );
    s.insert((if rng.random_bool(0.1) { "NotResource" } else { "Resource" }).into(), json!(resource));
    if rng.random_bool(0.45) {
        let mut c = serde_json::Map::new();
        for _ in 0..rng.random_range(1..=2) {
            if let Value::Object(m) = condition(rng) {
                c.extend(m);
            }
        }
        s.insert("Condition".into(), Value::Object(c));
    }
    if let Some(p) = principal {
        s.insert("Principal".into(), p);
    }
    Value::Object(s)
}

fn policy_json(rng: &mut ChaCha8Rng, principal: &dyn Fn(&mut ChaCha8Rng) -> Option<Value>) -> Value {
    let n = rng.random_range(1..=3);
    let statements: Vec<Value> = (0..n)
        .map(|_| {
            let p = principal(rng);
            statement_json(rng, p)
        })
        .collect();
    let version = if rng.random_bool(0.9) { "2012-10-17" } else { "2008-10-17" };
    json!({"Version": version, "Statement": statements})
}

fn scenario(rng: &mut ChaCha8Rng) -> Scenario {
    let acct = if rng.random_bool(0.7) { A } else { B };
    let principal = match rng.random_range(0..4) {
        0 | 1 => format!("arn:aws:iam::{acct}:user/{}", pick(rng, &["alice", "bob"])),
        2 => format!("arn:aws:sts::{acct}:assumed-role/{}/s1", pick(rng, &["Dev", "Ops"])),
        _ => format!("arn:aws:iam::{acct}:root"),
    };
    let is_session = principal.contains("assumed-role");
    let is_root = principal.ends_with(":root");
    let resource_account = if rng.random_bool(0.6) { acct.to_owned() } else { pick(rng, &[A, B]).to_owned() };
    let mut ctx: Vec<(String, Vec<String>)> = Vec::new();
    if rng.random_bool(0.6) {
        ctx.push(("aws:PrincipalTag/team".into(), vec![pick(rng, &["red", "blue", "green"]).into()]));
    }
    if rng.random_bool(0.6) {
        let n = rng.random_range(0..=3);
        let keys: Vec<String> =
            (0..n).map(|_| pick(rng, &["env", "owner", "cost-center", "tmp1"]).to_owned()).collect();
        if !keys.is_empty() {
            ctx.push(("aws:TagKeys".into(), keys));
        }
    }
    for (key, values) in [
        ("aws:MultiFactorAuthPresent", &["true", "false"][..]),
        ("aws:SourceIp", &["203.0.113.9", "198.51.100.1"][..]),
        ("s3:max-keys", &["5", "50"][..]),
        ("aws:SourceArn", &["arn:aws:sns:us-east-1:111122223333:t", "arn:aws:sns:us-east-1:444455556666:t"][..]),
        ("s3:prefix", &["home/alice/x", "shared/a", "other"][..]),
        ("aws:PrincipalTag/lead", &["red", "Blue"][..]),
    ] {
        if rng.random_bool(0.4) {
            ctx.push((key.into(), vec![pick(rng, values).into()]));
        }
    }
    let action = pick(rng, &["s3:GetObject", "s3:PutObject", "sqs:SendMessage", "ec2:RunInstances"]).to_owned();
    let resource = pick(
        rng,
        &[
            "arn:aws:s3:::bkt/home/alice/f.txt",
            "arn:aws:s3:::bkt/red/x",
            "arn:aws:s3:::bkt/shared/x",
            "arn:aws:s3:::bkt/a1.txt",
            "arn:aws:s3:::bkt/*",
            "arn:aws:sqs:us-east-1:111122223333:q",
        ],
    )
    .to_owned();
    let none = |_: &mut ChaCha8Rng| None;
    let session_arn = principal.clone();
    let named = move |rng: &mut ChaCha8Rng| {
        Some(match rng.random_range(0..6) {
            0 => json!("*"),
            1 => json!({"AWS": A}),
            2 => json!({"AWS": format!("arn:aws:iam::{B}:root")}),
            3 => json!({"AWS": session_arn.clone()}),
            4 => json!({"AWS": format!("arn:aws:iam::{A}:role/Dev")}),
            _ => json!({"AWS": [format!("arn:aws:iam::{A}:user/alice"), format!("arn:aws:iam::{B}:role/Ops")]}),
        })
    };
    let identity =
        if is_root { Vec::new() } else { (0..rng.random_range(0..=2)).map(|_| policy_json(rng, &none)).collect() };
    let resource_policy = rng.random_bool(0.6).then(|| policy_json(rng, &named));
    let boundary = (!is_root && rng.random_bool(0.3)).then(|| policy_json(rng, &none));
    let session = (is_session && rng.random_bool(0.4)).then(|| policy_json(rng, &none));
    let levels = |rng: &mut ChaCha8Rng, p: &dyn Fn(&mut ChaCha8Rng) -> Option<Value>| {
        let n = if rng.random_bool(0.4) { rng.random_range(1..=3) } else { 0 };
        (0..n).map(|_| (0..rng.random_range(1..=2)).map(|_| policy_json(rng, p)).collect()).collect::<Vec<Vec<Value>>>()
    };
    let scp = levels(rng, &none);
    let star = |_: &mut ChaCha8Rng| Some(json!("*"));
    let rcp = levels(rng, &star);
    Scenario {
        principal,
        resource_account,
        action,
        resource,
        ctx,
        identity,
        resource_policy,
        boundary,
        session,
        scp,
        rcp,
    }
}

fn model(sc: &Scenario) -> Decision {
    let parse = |v: &Value, shape| Policy::parse(v, shape).expect("the model refuses no generated policy");
    let mut context = Context::default();
    for (k, vs) in &sc.ctx {
        for v in vs {
            context.push(k, v);
        }
    }
    let inputs = Inputs {
        principal: Some(sc.principal.clone()),
        resource_account: Some(sc.resource_account.clone()),
        management_account: None,
        identity: sc.identity.iter().map(|p| parse(p, PolicyShape::NoPrincipal)).collect(),
        resource: sc.resource_policy.as_ref().map(|p| parse(p, PolicyShape::Principal)),
        boundary: sc.boundary.as_ref().map(|p| parse(p, PolicyShape::NoPrincipal)),
        session: sc.session.as_ref().map(|p| parse(p, PolicyShape::NoPrincipal)),
        scp: sc.scp.iter().map(|l| l.iter().map(|p| parse(p, PolicyShape::NoPrincipal)).collect()).collect(),
        rcp: sc.rcp.iter().map(|l| l.iter().map(|p| parse(p, PolicyShape::AnyPrincipal)).collect()).collect(),
        request: Request { action: sc.action.clone(), resource: sc.resource.clone(), context },
    };
    authorize(&inputs).expect("the model refuses no generated scenario").decision
}

#[test]
fn model_agrees_with_the_reference_on_5000_random_scenarios() {
    let mut seen = std::collections::BTreeMap::new();
    for seed in 0..5000u64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let sc = scenario(&mut rng);
        let (m, r) = (model(&sc), reference(&sc));
        assert_eq!(
            m,
            r,
            "seed {seed}: principal {} resource account {} {} on {} ctx {:?}\nidentity {:?}\nresource {:?}\nboundary {:?}\nsession {:?}\nscp {:?}\nrcp {:?}",
            sc.principal,
            sc.resource_account,
            sc.action,
            sc.resource,
            sc.ctx,
            sc.identity,
            sc.resource_policy,
            sc.boundary,
            sc.session,
            sc.scp,
            sc.rcp
        );
        *seen.entry(m.as_str()).or_insert(0) += 1;
    }
    // The mix must exercise every outcome substantially, or the test proves little.
    for d in ["allow", "explicit_deny", "implicit_deny"] {
        assert!(seen.get(d).copied().unwrap_or(0) > 300, "{d}: {seen:?}");
    }
}
