//! `content stats`: counts by kind, topic and task statement, syllabus gaps, in text and JSON.

use crate::util::{Sandbox, repo, run};

#[test]
fn the_shipped_bank_has_consistent_stats() {
    let out = run(&["content", "stats", "--json"]);
    out.code(0);
    let json = out.json();
    let items = json["items"].as_u64().unwrap();
    assert!(items > 0);
    let sum = |key: &str| json[key].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum::<u64>();
    assert_eq!(sum("by_kind"), items);
    assert_eq!(sum("by_topic"), items);
    assert!(sum("by_domain") >= items, "every item names at least one task statement");
    let syllabus = &json["syllabus"];
    let uncovered = syllabus["uncovered"].as_array().unwrap();
    assert_eq!(syllabus["covered"].as_u64().unwrap() + uncovered.len() as u64, syllabus["total"].as_u64().unwrap());
    for gap in uncovered {
        assert!(gap["id"].as_str().unwrap().starts_with(gap["topic"].as_str().unwrap().split('.').next().unwrap()));
    }
    assert_eq!(json["without_ref"], serde_json::json!([]));
    let questions = json["by_kind"]["question"].as_u64().unwrap_or(0);
    assert_eq!(
        json["questions"]["single"].as_u64().unwrap() + json["questions"]["choose_n"].as_u64().unwrap(),
        questions
    );
}

fn small_bank(sandbox: &Sandbox) -> std::path::PathBuf {
    let syllabus = std::fs::read_to_string(repo().join("content/syllabus.yaml")).unwrap();
    sandbox.write("c/syllabus.yaml", &syllabus);
    sandbox.write(
        "c/bank/x.yaml",
        r"schema_version: 1
items:
  - id: x.card
    kind: card
    topic: vpc
    domains: [clf-c02:3.5, saa-c03:1.1]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/
    front: {en: F, ko: 앞}
    back: {en: B, ko: 뒤}
  - id: x.q
    kind: question
    topic: vpc
    domains: [clf-c02:3.5]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/
    choose: 2
    stem: {en: S, ko: 스}
    options:
      - text: {en: A, ko: 가}
        correct: true
      - text: {en: B, ko: 나}
        correct: true
      - text: {en: C, ko: 다}
    explanation: {en: E, ko: 설}
",
    );
    sandbox.path("c")
}

#[test]
fn a_small_bank_is_counted_exactly() {
    let sandbox = Sandbox::new();
    let dir = small_bank(&sandbox);
    let out = run(&["content", "stats", "--json", dir.to_str().unwrap()]);
    let json = out.code(0).json();
    assert_eq!(json["items"], 2);
    assert_eq!(json["by_kind"], serde_json::json!({"card": 1, "question": 1}));
    assert_eq!(json["by_topic"], serde_json::json!({"vpc": 2}));
    assert_eq!(json["by_domain"], serde_json::json!({"clf-c02:3.5": 2, "saa-c03:1.1": 1}));
    assert_eq!(json["syllabus"]["covered"], 1);
    let uncovered = json["syllabus"]["uncovered"].as_array().unwrap();
    assert!(uncovered.iter().any(|g| g["id"] == "cloud.definition" && g["topic"] == "cloud"));
    assert!(!uncovered.iter().any(|g| g["id"] == "vpc.cidr.reserved-five"));
    assert_eq!(json["questions"], serde_json::json!({"single": 0, "choose_n": 1}));
    let out = run(&["content", "stats", dir.to_str().unwrap()]);
    out.code(0)
        .stdout_has("Items: 2")
        .stdout_has("clf-c02:3.5")
        .stdout_has("Syllabus coverage: 1 of")
        .stdout_has("cloud.definition")
        .stdout_has("0 with one answer, 1 choose-N")
        .stdout_has("Items without a reference: 0");
    let out = run(&["content", "stats", dir.to_str().unwrap(), "--lang", "ko"]);
    out.code(0).stdout_has("항목: 2개").stdout_has("학습 요점 포괄률");
}

#[test]
fn invalid_content_or_a_missing_folder_is_refused() {
    let sandbox = Sandbox::new();
    let dir = small_bank(&sandbox);
    sandbox.write("c/bank/broken.yaml", "schema_version: 1\nitems:\n  - id: [unclosed\n");
    run(&["content", "stats", dir.to_str().unwrap()]).code(2).stderr_has("content validate");
    run(&["content", "stats", sandbox.path("nope").to_str().unwrap()]).code(2).stderr_has("is not a folder");
}
