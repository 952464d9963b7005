//! `calc s3-lifecycle` and `calc route53` through the real binary: JSON fields, refusals as
//! answers, and bad input named in both languages (exit 2).

use crate::util::run;

const LIFECYCLE: &str = r#"{"Rules": [{"ID": "logs", "Filter": {"Prefix": "logs/"}, "Status": "Enabled",
  "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 90, "StorageClass": "GLACIER"}],
  "Expiration": {"Days": 365}}]}"#;

fn file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("awsdrill-calc5-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

#[test]
fn s3_lifecycle_timeline_and_billing() {
    let cfg = file("lc.json", LIFECYCLE);
    let v = run(&["calc", "s3-lifecycle", "--config", &cfg, "--size", "1MB", "--days", "400", "--json"]).code(0).json();
    assert_eq!(v["valid"], true);
    assert_eq!(v["timeline"][1]["class"], "STANDARD_IA");
    assert_eq!(v["timeline"][1]["from_day"], 30);
    assert_eq!(v["timeline"][2]["to_day"], 365);
    assert_eq!(v["expires_on_day"], 365);
    assert_eq!(v["billed_days"]["STANDARD_IA"], 60);
    run(&["calc", "s3-lifecycle", "--config", &cfg, "--size", "1MB", "--days", "100", "--key", "other/x"])
        .code(0)
        .stdout_has("does not start with logs/");
}

#[test]
fn s3_lifecycle_refusal_is_an_answer() {
    let cfg = file("bad.json", &LIFECYCLE.replace(r#""Days": 30"#, r#""Days": 7"#));
    let v = run(&["calc", "s3-lifecycle", "--config", &cfg, "--size", "1MB", "--days", "40", "--json"]).code(0).json();
    assert_eq!(v["valid"], false);
    assert_eq!(v["errors"][0]["id"], "calc5-lc-prob-min-30");
    assert_eq!(v["timeline"][0]["class"], "STANDARD");
    run(&["--lang", "ko", "calc", "s3-lifecycle", "--config", &cfg, "--size", "1MB", "--days", "40"])
        .code(0)
        .stdout_has("30 이상");
}

#[test]
fn s3_lifecycle_bad_input_names_the_place() {
    let cls = file("cls.json", &LIFECYCLE.replace("GLACIER", "FROZEN"));
    run(&["calc", "s3-lifecycle", "--config", &cls, "--size", "1MB", "--days", "1"])
        .code(2)
        .stderr_has("Rules[0].Transitions[1].StorageClass")
        .stderr_has("DEEP_ARCHIVE");
    let typo = file("typo.json", "{\"Rules\": [\n {\"Status\": \"Enabled\", \"Transitons\": []}]}");
    run(&["calc", "s3-lifecycle", "--config", &typo, "--size", "1MB", "--days", "1"])
        .code(2)
        .stderr_has("typo.json:2:");
    run(&["calc", "s3-lifecycle", "--config", "/nonexistent/x.json", "--size", "1MB", "--days", "1"])
        .code(2)
        .stderr_has("/nonexistent/x.json");
    let cfg = file("ok.json", LIFECYCLE);
    run(&["calc", "s3-lifecycle", "--config", &cfg, "--size", "-1", "--days", "1"]).code(2).stderr_has("--size");
    run(&["--lang", "ko", "calc", "s3-lifecycle", "--config", &cfg, "--size", "1MB", "--days", "x"])
        .code(2)
        .stderr_has("--days");
}
