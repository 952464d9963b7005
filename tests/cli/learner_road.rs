//! The learner's road to exam day: new items follow the exam being prepared (issue 10).

use crate::util::Sandbox;

fn card(id: &str, topic: &str, domain: &str, point: &str) -> String {
    format!(
        "  - id: {id}\n    kind: card\n    topic: {topic}\n    domains: [{domain}]\n    syllabus: [{point}]\n    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html\n    front: {{en: Front {id}?, ko: 앞면 {id}?}}\n    back: {{en: Back., ko: 뒷면입니다.}}\n"
    )
}

/// Two SAA cards on different points, one more SAA card sharing a point, two CLF-only cards.
fn bank() -> String {
    let mut text = String::from("schema_version: 1\nitems:\n");
    text += &card("t.saa.one", "vpc", "saa-c03:3.4", "vpc.cidr.reserved-five");
    text += &card("t.saa.sibling", "vpc", "saa-c03:3.4", "vpc.cidr.reserved-five");
    text += &card("t.clf.one", "vpc", "clf-c02:3.5", "vpc.cidr.reserved-five");
    text += &card("t.clf.two", "vpc", "clf-c02:3.5", "vpc.cidr.reserved-five");
    text
}

fn reviewed(sandbox: &Sandbox, dir: &str) -> Vec<String> {
    let export = sandbox.cmd(&["--content-dir", dir, "progress", "export", "--format", "json"]).run();
    export.code(0);
    let mut ids: Vec<String> =
        export.json().as_array().unwrap().iter().map(|s| s["item_id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    ids
}

#[test]
fn with_a_goal_new_items_come_only_from_its_exam_and_siblings_wait() {
    let (sandbox, dir) = crate::util::content_sandbox(&bank());
    sandbox.cmd(&["--content-dir", &dir, "goal", "set", "saa-c03", "--date", "2027-03-01"]).run().code(0);
    sandbox.cmd(&["--content-dir", &dir, "study"]).stdin("3\n3\n3\n3\n").run().code(0);
    // Both SAA cards share a syllabus point, so only one is new today; no CLF card appears.
    assert_eq!(reviewed(&sandbox, &dir), ["t.saa.one"]);
}

#[test]
fn exam_flag_restricts_and_without_a_goal_a_hint_says_how_to_choose() {
    let (sandbox, dir) = crate::util::content_sandbox(&bank());
    let out = sandbox.cmd(&["--content-dir", &dir, "study", "--exam", "clf-c02"]).stdin("3\n3\n").run();
    out.code(0);
    assert!(!out.stdout.contains("goal set"), "no hint when an exam is chosen:\n{}", out.stdout);
    assert_eq!(reviewed(&sandbox, &dir), ["t.clf.one"]);
    let (sandbox, dir) = crate::util::content_sandbox(&bank());
    sandbox
        .cmd(&["--content-dir", &dir, "study", "--limit", "1"])
        .stdin("3\n")
        .run()
        .code(0)
        .stdout_has("goal set saa-c03");
}

#[test]
fn domain_flag_takes_domains_and_task_statements_and_names_itself_when_wrong() {
    let (sandbox, dir) = crate::util::content_sandbox(&bank());
    sandbox
        .cmd(&["--content-dir", &dir, "study", "--domain", "saa-c03:3", "--topic", "vpc"])
        .stdin("3\n")
        .run()
        .code(0);
    assert_eq!(reviewed(&sandbox, &dir), ["t.saa.one"]);
    let (sandbox, dir) = crate::util::content_sandbox(&bank());
    sandbox.cmd(&["--content-dir", &dir, "study", "--domain", "clf-c02:3.5"]).stdin("3\n").run().code(0);
    assert_eq!(reviewed(&sandbox, &dir), ["t.clf.one"]);
    let bad = sandbox.cmd(&["--content-dir", &dir, "study", "--domain", "saa-c03:2.9"]).run();
    bad.code(2).stderr_has("--domain").stderr_has("saa-c03:2.1");
    let bad = sandbox.cmd(&["--content-dir", &dir, "study", "--exam", "dva-c02"]).run();
    bad.code(2).stderr_has("--exam").stderr_has("clf-c02, saa-c03");
}
