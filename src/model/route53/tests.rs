//! The Developer Guide's rules, one test each, and the invariants of every policy.

use std::fmt::Write as _;

use proptest::prelude::*;

use super::*;

fn set(yaml: &str) -> RecordSet {
    let s: RecordSet = serde_yaml::from_str(yaml).expect("parses");
    s.validate().expect("valid");
    s
}

fn p(o: &Outcome, id: &str) -> f64 {
    o.probabilities.iter().find(|(r, _)| r == id).map(|(_, p)| *p).expect("record")
}

fn run(yaml: &str) -> Outcome {
    evaluate(&set(yaml))
}

fn convention(o: &Outcome) -> bool {
    o.steps.iter().any(|s| s.convention)
}

#[test]
fn weighted_is_proportional() {
    let o = run("policy: weighted\nrecords:\n- {id: a, weight: 1}\n- {id: b, weight: 255}\n");
    assert!((p(&o, "a") - 1.0 / 256.0).abs() < 1e-12);
    assert!((p(&o, "b") - 255.0 / 256.0).abs() < 1e-12);
    assert_eq!(o.answers, ["a", "b"]);
}

#[test]
fn weighted_skips_unhealthy() {
    let o = run("policy: weighted\nrecords:\n- {id: a, weight: 70}\n- {id: b, weight: 30, healthy: false}\n");
    assert_eq!(o.answers, ["a"]);
    assert!((p(&o, "a") - 1.0).abs() < 1e-12);
    assert!(p(&o, "b").abs() < 1e-12);
}

#[test]
fn weighted_all_unhealthy_counts_all_healthy() {
    let o = run(
        "policy: weighted\nrecords:\n- {id: a, weight: 70, healthy: false}\n- {id: b, weight: 30, healthy: false}\n",
    );
    assert!((p(&o, "a") - 0.7).abs() < 1e-12);
    assert!(o.steps.iter().any(|s| s.msg.id == "route53-step-all-unhealthy"));
}

#[test]
fn weight_zero_only_when_nonzero_all_unhealthy() {
    // The Developer Guide's table: weights 1, 1, 0 with health checks on all three.
    let y = |a: bool, b: bool, c: bool| {
        format!(
            "policy: weighted\nrecords:\n- {{id: a, weight: 1, healthy: {a}}}\n- {{id: b, weight: 1, healthy: {b}}}\n- {{id: c, weight: 0, healthy: {c}}}\n"
        )
    };
    assert_eq!(run(&y(false, false, true)).answers, ["c"]);
    assert_eq!(run(&y(false, false, false)).answers, ["a", "b"]);
    assert_eq!(run(&y(false, true, false)).answers, ["b"]);
    assert_eq!(run(&y(true, true, false)).answers, ["a", "b"]);
    assert_eq!(run(&y(true, true, true)).answers, ["a", "b"]);
}

#[test]
fn all_weights_zero_is_equal() {
    let o = run(
        "policy: weighted\nrecords:\n- {id: a, weight: 0}\n- {id: b, weight: 0}\n- {id: c, weight: 0}\n- {id: d, weight: 0}\n",
    );
    assert!((p(&o, "c") - 0.25).abs() < 1e-12);
}

#[test]
fn failover_rules() {
    let y = |pr: bool, se: bool| {
        format!(
            "policy: failover\nrecords:\n- {{id: p, role: primary, healthy: {pr}}}\n- {{id: s, role: secondary, healthy: {se}}}\n"
        )
    };
    assert_eq!(run(&y(true, false)).answers, ["p"]);
    assert_eq!(run(&y(false, true)).answers, ["s"]);
    assert_eq!(run(&y(false, false)).answers, ["p"], "secondary unhealthy → primary, whatever its health");
}

#[test]
fn evaluate_target_health_off_counts_healthy() {
    let o = run(
        "policy: failover\nrecords:\n- {id: p, role: primary, healthy: false, evaluate_target_health: false}\n- {id: s, role: secondary}\n",
    );
    assert_eq!(o.answers, ["p"]);
}

#[test]
fn latency_lowest_healthy() {
    let y = "policy: latency\nrecords:\n- {id: seoul, region: ap-northeast-2, healthy: HS}\n- {id: tokyo, region: ap-northeast-1}\n- {id: virginia, region: us-east-1}\nclient: {latency_ms: {ap-northeast-2: 12, ap-northeast-1: 35, us-east-1: 180}}\n";
    assert_eq!(run(&y.replace("HS", "true")).answers, ["seoul"]);
    assert_eq!(run(&y.replace("HS", "false")).answers, ["tokyo"]);
}

#[test]
fn geolocation_most_specific_then_default() {
    let y = "policy: geolocation\nrecords:\n- {id: wa, location: US-WA}\n- {id: us, location: US}\n- {id: na, location: \"continent:NA\"}\n- {id: any, location: \"*\"}\nclient: {location: CL}\n";
    assert_eq!(run(&y.replace("CL", "US-WA")).answers, ["wa"]);
    assert_eq!(run(&y.replace("CL", "US-OR")).answers, ["us"]);
    assert_eq!(run(&y.replace("CL", "CA")).answers, ["na"]);
    assert_eq!(run(&y.replace("CL", "KR")).answers, ["any"]);
    assert_eq!(run(&y.replace("CL", "unknown")).answers, ["any"]);
}

#[test]
fn geolocation_miss_without_default_is_no_answer() {
    let o = run("policy: geolocation\nrecords:\n- {id: kr, location: KR}\nclient: {location: JP}\n");
    assert!(o.no_answer);
    assert!(o.answers.is_empty());
    assert!(o.probabilities.iter().all(|(_, p)| *p == 0.0));
}

#[test]
fn geolocation_unhealthy_falls_to_default() {
    let o = run(
        "policy: geolocation\nrecords:\n- {id: kr, location: KR, healthy: false}\n- {id: any, location: \"*\"}\nclient: {location: KR}\n",
    );
    assert_eq!(o.answers, ["any"]);
}

#[test]
fn multivalue_up_to_eight() {
    let recs: String = (0..10).fold(String::new(), |mut acc, i| {
        let _ = writeln!(acc, "- {{id: r{i}}}");
        acc
    });
    let o = run(&format!("policy: multivalue\nrecords:\n{recs}"));
    assert_eq!(o.max_answers, 8);
    assert!((p(&o, "r3") - 0.8).abs() < 1e-12);
    let o = run("policy: multivalue\nrecords:\n- {id: a}\n- {id: b, healthy: false}\n- {id: c}\n");
    assert_eq!(o.answers, ["a", "c"]);
    let o = run("policy: multivalue\nrecords:\n- {id: a, healthy: false}\n- {id: b, healthy: false}\n");
    assert_eq!(o.answers, ["a", "b"], "all unhealthy → up to eight unhealthy");
}

#[test]
fn ip_longest_match_and_default() {
    let y = "policy: ip\nrecords:\n- {id: isp, cidrs: [203.0.113.0/24]}\n- {id: wide, cidrs: [203.0.0.0/16]}\n- {id: rest, location: \"*\"}\nclient: {ip: IP}\n";
    assert_eq!(run(&y.replace("IP", "203.0.113.9")).answers, ["isp"]);
    assert_eq!(run(&y.replace("IP", "203.0.7.1")).answers, ["wide"]);
    assert_eq!(run(&y.replace("IP", "198.51.100.1")).answers, ["rest"]);
    let o = run("policy: ip\nrecords:\n- {id: isp, cidrs: [203.0.113.0/24]}\nclient: {ip: 198.51.100.1}\n");
    assert!(o.no_answer && convention(&o));
}

#[test]
fn ip_prefix_limits() {
    let s: RecordSet =
        serde_yaml::from_str("policy: ip\nrecords:\n- {id: a, cidrs: [10.0.0.0/28]}\nclient: {ip: 10.0.0.1}\n")
            .unwrap();
    assert_eq!(s.validate().unwrap_err().field, "records[0].cidrs[0]");
}

#[test]
fn geoproximity_bias_moves_the_boundary() {
    // A client in Seoul: Tokyo is far closer than Singapore, until Singapore gets a large bias.
    let y = "policy: geoproximity\nrecords:\n- {id: tokyo, region: ap-northeast-1}\n- {id: sg, region: ap-southeast-1, bias: B}\nclient: {coordinates: {lat: 37.6, lon: 127.0}}\n";
    assert_eq!(run(&y.replace('B', "0")).answers, ["tokyo"]);
    assert_eq!(run(&y.replace('B', "90")).answers, ["sg"]);
    assert!(convention(&run(&y.replace('B', "0"))));
}

#[test]
fn simple_answers_its_record() {
    let o = run("policy: simple\nrecords:\n- {id: web, value: 192.0.2.1}\n");
    assert_eq!(o.answers, ["web"]);
}

#[test]
fn bad_input_names_the_field() {
    let bad = |y: &str| serde_yaml::from_str::<RecordSet>(y).unwrap().validate().unwrap_err().field;
    assert_eq!(bad("policy: weighted\nrecords:\n- {id: a}\n"), "records[0].weight");
    assert_eq!(bad("policy: failover\nrecords:\n- {id: a, role: secondary}\n"), "records");
    assert_eq!(bad("policy: latency\nrecords:\n- {id: a, region: us-east-1}\n"), "client.latency_ms");
    assert_eq!(bad("policy: geolocation\nrecords:\n- {id: a, location: Korea}\n"), "records[0].location");
    assert_eq!(bad("policy: weighted\nrecords:\n- {id: a, weight: 1}\n- {id: a, weight: 1}\n"), "records[1].id");
    let e = serde_yaml::from_str::<RecordSet>("policy: roundrobin\nrecords: []\n").unwrap_err().to_string();
    assert!(e.contains("weighted") && e.contains("line 1"), "{e}");
}

fn policy_set() -> impl Strategy<Value = RecordSet> {
    let rec = (0u32..4, any::<bool>(), any::<bool>(), 1u32..400);
    (0usize..4, proptest::collection::vec(rec, 1..7)).prop_map(|(kind, recs)| {
        let regions = ["us-east-1", "eu-west-1", "ap-northeast-2", "sa-east-1", "ap-south-1", "ca-central-1"];
        let mut latency = std::collections::BTreeMap::new();
        let records: Vec<Record> = recs
            .iter()
            .enumerate()
            .map(|(i, (w, h, primary, ms))| {
                latency.insert(regions[i].to_owned(), f64::from(*ms));
                Record {
                    id: format!("r{i}"),
                    value: None,
                    healthy: *h,
                    evaluate_target_health: None,
                    weight: Some(*w * 20),
                    role: Some(if i == 0 || (i == 1 && !*primary) {
                        if i == 0 { Role::Primary } else { Role::Secondary }
                    } else {
                        Role::Primary
                    }),
                    region: Some(regions[i].to_owned()),
                    location: None,
                    coordinates: None,
                    bias: None,
                    cidrs: None,
                }
            })
            .collect();
        let policy = [Policy::Weighted, Policy::Latency, Policy::Failover, Policy::Multivalue][kind];
        let records = if policy == Policy::Failover { records.into_iter().take(2).collect() } else { records };
        let mut records = records;
        if policy == Policy::Failover && records.len() == 2 {
            records[1].role = Some(Role::Secondary);
        }
        RecordSet { policy, records, client: Client { latency_ms: latency, ..Client::default() } }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn invariants(s in policy_set()) {
        s.validate().expect("generated sets are valid");
        let o = evaluate(&s);
        prop_assert_eq!(&o, &evaluate(&s), "deterministic");
        let any_healthy = s.records.iter().any(|r| r.healthy);
        if s.policy == Policy::Multivalue {
            let sum: f64 = o.probabilities.iter().map(|(_, p)| p).sum();
            prop_assert!((sum - o.max_answers as f64).abs() < 1e-9);
        } else {
            prop_assert!(!o.no_answer);
            let sum: f64 = o.probabilities.iter().map(|(_, p)| p).sum();
            prop_assert!((sum - 1.0).abs() < 1e-9, "sum {}", sum);
        }
        if any_healthy && s.policy != Policy::Failover {
            for (r, (_, p)) in s.records.iter().zip(&o.probabilities) {
                prop_assert!(r.healthy || *p == 0.0, "unhealthy {} answers while a healthy one exists", r.id);
            }
        }
        if s.policy == Policy::Failover && any_healthy {
            for (r, (_, p)) in s.records.iter().zip(&o.probabilities) {
                prop_assert!(r.healthy || *p == 0.0);
            }
        }
    }
}
