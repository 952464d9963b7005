//! The instructor's and the lead's week, part one: learner profiles never share a database.

use crate::util::{Cmd, Sandbox, TWO_CARD_BANK};

/// How one run names its database and profile.
#[derive(Debug, Clone, Copy)]
struct Combo {
    db_flag: Option<&'static str>,
    db_env: bool,
    profile_by_flag: bool,
}

fn command(sandbox: &Sandbox, dir: &str, combo: Combo, profile: Option<&str>, args: &[&str]) -> Cmd {
    let mut words = vec!["--content-dir", dir];
    let flag_path = combo.db_flag.map(|name| sandbox.path(name).to_str().unwrap().to_owned());
    if let Some(path) = &flag_path {
        words.extend(["--db", path.as_str()]);
    }
    if let (Some(name), true) = (profile, combo.profile_by_flag) {
        words.extend(["--profile", name]);
    }
    words.extend_from_slice(args);
    let mut cmd = Cmd::new(&words);
    cmd.env("XDG_DATA_HOME", sandbox.path("xdg").to_str().unwrap());
    if combo.db_env {
        cmd.env("AWSDRILL_DB", sandbox.path("shared/progress.db").to_str().unwrap());
    }
    if let (Some(name), false) = (profile, combo.profile_by_flag) {
        cmd.env("AWSDRILL_PROFILE", name);
    }
    cmd
}

fn reviews(sandbox: &Sandbox, dir: &str, combo: Combo, profile: Option<&str>) -> i64 {
    let out = command(sandbox, dir, combo, profile, &["stats", "--json"]).run();
    out.code(0);
    out.json()["reviews_total"].as_i64().unwrap()
}

fn database(sandbox: &Sandbox, dir: &str, combo: Combo, profile: Option<&str>) -> String {
    let out = command(sandbox, dir, combo, profile, &["paths", "--json"]).run();
    out.code(0);
    out.json()["database"]["path"].as_str().unwrap().to_owned()
}

#[test]
fn two_profiles_never_share_rows_under_any_combination_of_db_and_profile_settings() {
    for db_flag in [None, Some("flag/progress.db"), Some("flagdir")] {
        for db_env in [false, true] {
            for profile_by_flag in [true, false] {
                let combo = Combo { db_flag, db_env, profile_by_flag };
                let (sandbox, dir) = crate::util::content_sandbox(TWO_CARD_BANK);
                std::fs::create_dir_all(sandbox.path("flagdir")).unwrap();
                std::fs::create_dir_all(sandbox.path("flag")).unwrap();
                std::fs::create_dir_all(sandbox.path("shared")).unwrap();
                command(&sandbox, &dir, combo, Some("kim"), &["study", "--limit", "1"]).stdin("3\n").run().code(0);
                command(&sandbox, &dir, combo, Some("lee"), &["study", "--limit", "2"]).stdin("3\n3\n").run().code(0);
                assert_eq!(reviews(&sandbox, &dir, combo, Some("kim")), 1, "{combo:?}");
                assert_eq!(reviews(&sandbox, &dir, combo, Some("lee")), 2, "{combo:?}");
                if db_flag != Some("flagdir") {
                    assert_eq!(
                        reviews(&sandbox, &dir, combo, None),
                        0,
                        "{combo:?}: the unprofiled database stays empty"
                    );
                }
                let kim = database(&sandbox, &dir, combo, Some("kim"));
                assert!(kim.ends_with("profiles/kim.db"), "{combo:?}: paths shows the database used: {kim}");
                assert!(std::path::Path::new(&kim).is_file(), "{combo:?}: {kim}");
                assert_ne!(kim, database(&sandbox, &dir, combo, Some("lee")), "{combo:?}");
            }
        }
    }
}

#[test]
fn paths_says_which_setting_named_the_profile_folder() {
    let (sandbox, dir) = crate::util::content_sandbox(TWO_CARD_BANK);
    let db = sandbox.path("shared/progress.db");
    let out = Cmd::new(&["--content-dir", &dir, "--profile", "minji", "paths"])
        .env("AWSDRILL_DB", db.to_str().unwrap())
        .run();
    out.code(0).stdout_has("profiles/minji.db").stdout_has("profile minji").stdout_has("AWSDRILL_DB");
    let out = Cmd::new(&["--content-dir", &dir, "--profile", "minji", "--lang", "ko", "paths"])
        .env("AWSDRILL_DB", db.to_str().unwrap())
        .run();
    out.code(0).stdout_has("프로필 minji 전용 데이터베이스");
}

/// A quiz file that stands alone: one bank item by id and one item of its own.
pub const QUIZ: &str = r#"schema_version: 1
title: {en: Week 1 VPC, ko: 1주차 VPC}
seed: 7
pass_percent: 50
items:
  - vpc.q.service-definition
  - id: week1.q.reserved
    kind: question
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    stem: {en: Usable addresses in a /24 subnet?, ko: /24 서브넷에서 쓸 수 있는 주소는?}
    options:
      - text: {en: "251", ko: "251개"}
        correct: true
      - text: {en: "254", ko: "254개"}
        feedback: {en: Forgot the five reserved addresses., ko: 예약 주소 다섯 개를 빼지 않았습니다.}
      - text: {en: "256", ko: "256개"}
      - text: {en: "250", ko: "250개"}
    explanation: {en: 256 - 5 = 251., ko: 256 - 5 = 251입니다.}
"#;

#[test]
fn a_quiz_file_with_its_own_items_validates_keys_and_is_taken_without_a_content_folder() {
    let sandbox = Sandbox::new();
    let quiz = sandbox.write("week1.yaml", QUIZ);
    let quiz = quiz.to_str().unwrap();
    sandbox.cmd(&["quiz", "validate", quiz]).run().code(0).stdout_has("one item of its own");
    let key = sandbox.cmd(&["quiz", "key", quiz, "--json"]).run();
    let key = key.code(0).json();
    let ids: Vec<&str> = key["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["vpc.q.service-definition", "week1.q.reserved"]);
    let answers: Vec<String> =
        key["items"].as_array().unwrap().iter().map(|i| i["answer"].as_str().unwrap().to_owned()).collect();
    let out = sandbox.cmd(&["quiz", "take", quiz, "--json"]).stdin(&format!("{}\n{}\n", answers[0], answers[1])).run();
    let result = out.code(0).json();
    assert_eq!(result["correct"], 2);
    for export in ["gift", "moodle-xml", "markdown", "csv"] {
        let path = sandbox.path(&format!("week1.{export}"));
        sandbox.cmd(&["quiz", "export", quiz, "--format", export, "-o", path.to_str().unwrap()]).run().code(0);
        assert!(std::fs::read_to_string(&path).unwrap().contains("/24"), "{export}");
    }
}

#[test]
fn quiz_validate_names_each_injected_mistake_once_with_its_position() {
    let sandbox = Sandbox::new();
    let broken = QUIZ.replace("    stem:", "    stemm:").replace("  - vpc.q.service-definition", "  - vpc.q.nope");
    let quiz = sandbox.write("broken.yaml", &broken);
    let out = sandbox.cmd(&["quiz", "validate", quiz.to_str().unwrap()]).run();
    out.code(1).stderr_has("broken.yaml:6:5:").stderr_has("broken.yaml:13:5: unknown field `stemm`");
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    let colliding = QUIZ.replace("id: week1.q.reserved", "id: vpc.q.service-definition");
    let quiz = sandbox.write("colliding.yaml", &colliding);
    let out = sandbox.cmd(&["--lang", "ko", "quiz", "validate", quiz.to_str().unwrap()]).run();
    out.code(1).stderr_has("colliding.yaml:7:5:").stderr_has("문제 은행에 같은 id가 있습니다");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}
