//! `calc route53` through the real binary: each policy's answer, the fallbacks, both languages,
//! and bad record files named with path:line:col (exit 2).

use std::fmt::Write as _;

use crate::util::{Sandbox, run};

const WEIGHTED: &str = "policy: weighted\nrecords:\n  - {id: a, value: 192.0.2.1, weight: 70}\n  - {id: b, value: 192.0.2.2, weight: 30}\n  - {id: c, value: 192.0.2.3, weight: 0}\n";

fn path(sb: &Sandbox, name: &str, text: &str) -> String {
    sb.write(name, text).to_string_lossy().into_owned()
}

#[test]
fn route53_weighted_probabilities() {
    let sb = Sandbox::new();
    let f = path(&sb, "w.yaml", WEIGHTED);
    let v = run(&["calc", "route53", "--records", &f, "--json"]).code(0).json();
    assert_eq!(v["answers"], serde_json::json!(["a", "b"]));
    assert_eq!(v["probabilities"]["a"], 0.7);
    assert_eq!(v["probabilities"]["c"], 0);
    assert_eq!(v["no_answer"], false);
    let down = path(
        &sb,
        "d.yaml",
        &WEIGHTED
            .replace("weight: 70}", "weight: 70, healthy: false}")
            .replace("weight: 30}", "weight: 30, healthy: false}"),
    );
    let v = run(&["calc", "route53", "--records", &down, "--json"]).code(0).json();
    assert_eq!(v["answers"], serde_json::json!(["c"]), "weight 0 answers once every non-zero record is down");
    run(&["--lang", "ko", "calc", "route53", "--records", &down]).code(0).stdout_has("가중치 0인 정상 레코드");
}

#[test]
fn route53_failover_and_geolocation_in_both_languages() {
    let sb = Sandbox::new();
    let f = path(
        &sb,
        "f.yaml",
        "policy: failover\nrecords:\n  - {id: main, role: primary, healthy: false}\n  - {id: dr, role: secondary, healthy: false}\n",
    );
    let v = run(&["calc", "route53", "--records", &f, "--json"]).code(0).json();
    assert_eq!(v["answers"], serde_json::json!(["main"]));
    run(&["calc", "route53", "--records", &f]).code(0).stdout_has("regardless of the primary's health");
    let g = path(
        &sb,
        "g.yaml",
        "policy: geolocation\nrecords:\n  - {id: kr, location: KR}\n  - {id: eu, location: \"continent:EU\"}\nclient: {location: JP}\n",
    );
    let v = run(&["calc", "route53", "--records", &g, "--json"]).code(0).json();
    assert_eq!(v["no_answer"], true);
    assert_eq!(v["answers"], serde_json::json!([]));
    run(&["--lang", "ko", "calc", "route53", "--records", &g]).code(0).stdout_has("NOERROR");
}

#[test]
fn route53_latency_multivalue_ip() {
    let sb = Sandbox::new();
    let l = path(
        &sb,
        "l.yaml",
        "policy: latency\nrecords:\n  - {id: seoul, region: ap-northeast-2, healthy: false}\n  - {id: tokyo, region: ap-northeast-1}\nclient: {latency_ms: {ap-northeast-2: 10, ap-northeast-1: 30}}\n",
    );
    assert_eq!(
        run(&["calc", "route53", "--records", &l, "--json"]).code(0).json()["answers"],
        serde_json::json!(["tokyo"])
    );
    let recs: String = (1..=10).fold(String::new(), |mut acc, i| {
        let _ = writeln!(acc, "  - {{id: web{i}, value: 192.0.2.{i}}}");
        acc
    });
    let m = path(&sb, "m.yaml", &format!("policy: multivalue\nrecords:\n{recs}"));
    let v = run(&["calc", "route53", "--records", &m, "--json"]).code(0).json();
    assert_eq!(v["max_answers"], 8);
    assert_eq!(v["probabilities"]["web1"], 0.8);
    let i = path(
        &sb,
        "i.yaml",
        "policy: ip\nrecords:\n  - {id: isp, cidrs: [203.0.113.0/24]}\n  - {id: rest, location: \"*\"}\nclient: {ip: 198.51.100.7}\n",
    );
    run(&["calc", "route53", "--records", &i]).code(0).stdout_has("default location (*)");
}

#[test]
fn route53_bad_files_name_the_place() {
    let sb = Sandbox::new();
    let p = path(&sb, "p.yaml", "policy: roundrobin\nrecords: []\n");
    run(&["calc", "route53", "--records", &p]).code(2).stderr_has("p.yaml:1:9").stderr_has("multivalue");
    let typo = path(&sb, "t.yaml", "policy: weighted\nrecords:\n  - {id: a, weight: 1}\n  - {id: b, wieght: 2}\n");
    run(&["--lang", "ko", "calc", "route53", "--records", &typo]).code(2).stderr_has("t.yaml:4:").stderr_has("weight");
    let missing = path(&sb, "m.yaml", "policy: weighted\nrecords:\n  - {id: a, weight: 1}\n  - {id: b}\n");
    run(&["calc", "route53", "--records", &missing]).code(2).stderr_has("m.yaml:4:").stderr_has("records[1].weight");
    run(&["--lang", "ko", "calc", "route53", "--records", &missing]).code(2).stderr_has("필드가 필요합니다");
    let loc = path(&sb, "g.yaml", "policy: geolocation\nrecords:\n  - {id: kr, location: Korea}\n");
    run(&["calc", "route53", "--records", &loc]).code(2).stderr_has("continent:AS");
    run(&["calc", "route53", "--records", "/nonexistent/r.yaml"]).code(2).stderr_has("/nonexistent/r.yaml");
}
