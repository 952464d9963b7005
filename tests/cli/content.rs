//! `content validate`: every problem at once, as path:line:col, exit 1; the shipped bank is clean.

use crate::util::{Sandbox, repo, run};

#[test]
fn the_shipped_content_is_valid() {
    let out = run(&["content", "validate"]);
    out.code(0).stdout_has("content is valid");
}

#[test]
fn every_problem_is_reported_with_its_position() {
    let sandbox = Sandbox::new();
    let syllabus = std::fs::read_to_string(repo().join("content/syllabus.yaml")).unwrap();
    sandbox.write("c/syllabus.yaml", &syllabus);
    sandbox.write(
        "c/bank/bad.yaml",
        r#"schema_version: 1
items:
  - id: a.one
    kind: card
    topic: vpc
    domains: [saa-c03:9.9]
    syllabus: [vpc.nope]
    ref: https://docs.aws.amazon.com/vpc/
    front: {en: Front}
    back: {en: Back, ko: "  "}
  - id: a.one
    kind: question
    topic: vpc
    domains: [clf-c02:3.5]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/
    choose: 2
    stem: {en: S, ko: 스}
    frnt: typo
    options:
      - text: {en: A, ko: 가}
        correct: true
      - text: {en: B, ko: 나}
        correct: true
      - text: {en: C, ko: 다}
        correct: true
    explanation: {en: E, ko: 설}
"#,
    );
    let dir = sandbox.path("c");
    let out = run(&["content", "validate", dir.to_str().unwrap()]);
    out.code(1)
        .stdout_has("bank/bad.yaml:6:5: error: \"saa-c03:9.9\" is not an exam task statement")
        .stdout_has("bank/bad.yaml:7:5: error: syllabus point \"vpc.nope\" is not in syllabus.yaml")
        .stdout_has("bank/bad.yaml:9:5: error: the `ko` text is missing")
        .stdout_has("bank/bad.yaml:10:22: error: the `ko` text is empty")
        .stdout_has("bank/bad.yaml:19:5: error: unknown field `frnt`");
    let out = run(&["content", "validate", dir.to_str().unwrap(), "--lang", "ko"]);
    out.code(1).stdout_has("오류");
}

#[test]
fn duplicate_ids_and_choose_counts_are_caught() {
    let sandbox = Sandbox::new();
    let syllabus = std::fs::read_to_string(repo().join("content/syllabus.yaml")).unwrap();
    sandbox.write("c/syllabus.yaml", &syllabus);
    let item = |id: &str, correct: &str| {
        format!(
            "  - id: {id}\n    kind: question\n    topic: vpc\n    domains: [clf-c02:3.5]\n    syllabus: [vpc.cidr.reserved-five]\n    ref: https://docs.aws.amazon.com/vpc/\n    choose: 2\n    stem: {{en: S, ko: 스}}\n    options:\n      - text: {{en: A, ko: 가}}\n        correct: true\n      - text: {{en: B, ko: 나}}\n        correct: {correct}\n      - text: {{en: C, ko: 다}}\n    explanation: {{en: E, ko: 설}}\n"
        )
    };
    sandbox.write(
        "c/bank/x.yaml",
        &format!(
            "schema_version: 1\nitems:\n{}{}{}",
            item("d.one", "true"),
            item("d.one", "true"),
            item("d.two", "false")
        ),
    );
    let out = run(&["content", "validate", sandbox.path("c").to_str().unwrap()]);
    out.code(1)
        .stdout_has("x.yaml:18:5: error: id \"d.one\" is already used at bank/x.yaml:3")
        .stdout_has("\"choose 2\" needs exactly 2 correct options, but 1 are marked correct");
}

#[test]
fn a_yaml_syntax_error_has_a_position() {
    let sandbox = Sandbox::new();
    let syllabus = std::fs::read_to_string(repo().join("content/syllabus.yaml")).unwrap();
    sandbox.write("c/syllabus.yaml", &syllabus);
    sandbox.write("c/bank/broken.yaml", "schema_version: 1\nitems:\n  - id: [unclosed\n");
    let out = run(&["content", "validate", sandbox.path("c").to_str().unwrap()]);
    out.code(1).stdout_has("bank/broken.yaml:").stdout_has("YAML error");
    let out = run(&["--content-dir", sandbox.path("c").to_str().unwrap(), "cards", "list"]);
    out.code(2).stderr_has("content validate");
}
