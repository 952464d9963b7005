//! The bootcamp lead's week: six profiles sit a quiz over several days, export, and the report
//! keeps each learner's newest export and grades every quiz and mock exam.

use crate::instructor_week::QUIZ;
use crate::util::{Cmd, Sandbox};

const NAMES: [&str; 6] = ["minji", "jiwoo", "seoyeon", "hyunwoo", "dana", "sam"];

fn cmd(sandbox: &Sandbox, profile: &str, now: &str, args: &[&str]) -> Cmd {
    let mut words = vec!["--profile", profile];
    words.extend_from_slice(args);
    let mut c = Cmd::new(&words);
    c.env("XDG_DATA_HOME", sandbox.path("xdg").to_str().unwrap()).env("AWSDRILL_NOW", now);
    c
}

#[test]
fn six_learners_quiz_export_over_days_and_the_gradebook_keeps_the_newest_export() {
    let sandbox = Sandbox::new();
    let quiz = sandbox.write("week1.yaml", QUIZ);
    let quiz = quiz.to_str().unwrap();
    let key = Cmd::new(&["quiz", "key", quiz, "--json"]).run().json();
    let right: Vec<String> =
        key["items"].as_array().unwrap().iter().map(|i| i["answer"].as_str().unwrap().to_owned()).collect();
    let exports = sandbox.path("exports");
    std::fs::create_dir_all(&exports).unwrap();
    for (n, name) in NAMES.iter().enumerate() {
        // Day one: every other learner gets the second item wrong.
        let second = if n % 2 == 0 { right[1].clone() } else { "z".to_owned() };
        let day1 = "2026-11-23T10:00:00Z";
        let out = cmd(&sandbox, name, day1, &["quiz", "take", quiz]).stdin(&format!("{}\n{second}\n", right[0])).run();
        assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
        let early = exports.join(format!("z-{name}-day1.json"));
        cmd(&sandbox, name, day1, &["cohort", "export", "--learner", name, "-o", early.to_str().unwrap()])
            .run()
            .code(0);
    }
    // Day three: minji retakes with a wrong first answer; her newer export sorts first by name.
    let day3 = "2026-11-25T10:00:00Z";
    cmd(&sandbox, "minji", day3, &["quiz", "take", quiz]).stdin("z\nz\n").run().code(1);
    let late = exports.join("a-minji-day3.json");
    cmd(&sandbox, "minji", day3, &["cohort", "export", "--learner", "minji", "-o", late.to_str().unwrap()])
        .run()
        .code(0);
    let history = cmd(&sandbox, "minji", day3, &["quiz", "history", "--json"]).run().json();
    assert_eq!(history["attempts"].as_array().unwrap().len(), 2);
    assert_eq!(
        cmd(&sandbox, "jiwoo", day3, &["quiz", "history", "--json"]).run().json()["attempts"].as_array().unwrap().len(),
        1,
        "profiles keep their own attempts"
    );

    let dir = exports.to_str().unwrap();
    let out = Cmd::new(&["cohort", "report", dir, "--format", "moodle-grades"]).env("AWSDRILL_NOW", day3).run();
    out.code(0).stderr_has("z-minji-day1.json").stderr_has("a-minji-day3.json");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "Learner,Week 1 VPC (week1)");
    assert_eq!(lines.len(), 7, "{}", out.stdout);
    assert!(lines.contains(&"minji,100"), "best of minji's two sittings: {}", out.stdout);
    assert!(lines.contains(&"jiwoo,50"), "{}", out.stdout);
    let table = Cmd::new(&["cohort", "report", dir, "--format", "gradebook"]).env("AWSDRILL_NOW", day3).run();
    table.code(0).stdout_has("Week 1 VPC").stdout_has("100 / 0");
    let json = Cmd::new(&["cohort", "report", dir, "--format", "json"]).env("AWSDRILL_NOW", day3).run();
    let names: Vec<String> =
        json.json()["learners"].as_array().unwrap().iter().map(|l| l["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names.len(), 6);
    for format in ["table", "csv", "html"] {
        Cmd::new(&["cohort", "report", dir, "--format", format]).env("AWSDRILL_NOW", day3).run().code(0);
    }
}

#[test]
fn an_empty_cohort_folder_is_an_error() {
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.path("empty")).unwrap();
    let out = sandbox.cmd(&["cohort", "report", sandbox.path("empty").to_str().unwrap()]).run();
    out.code(1).stderr_has("no learner export");
    assert!(out.stdout.is_empty(), "{}", out.stdout);
}
