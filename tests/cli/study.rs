//! The daily loop through the real binary: piped answers, persistence, scheduling, languages.

use crate::util::Sandbox;

const BANK: &str = r#"schema_version: 1
items:
  - id: t.card.reserved
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: How many addresses does AWS reserve per subnet?, ko: AWS는 서브넷마다 주소를 몇 개 예약합니까?}
    back: {en: Five., ko: 다섯 개입니다.}
  - id: t.q.single
    kind: question
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.recommend-slash16]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    stem: {en: Usable addresses in a /24?, ko: /24 서브넷에서 쓸 수 있는 주소는?}
    options:
      - text: {en: "251", ko: "251개"}
        correct: true
      - text: {en: "254", ko: "254개"}
        feedback: {en: Forgot the five reserved addresses., ko: 예약 주소 다섯 개를 빼지 않았습니다.}
      - text: {en: "256", ko: "256개"}
      - text: {en: "250", ko: "250개"}
    explanation: {en: 256 - 5 = 251., ko: 256 - 5 = 251입니다.}
  - id: t.q.choose
    kind: question
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.no-overlap]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    choose: 2
    stem: {en: Which two are reserved?, ko: 예약된 주소 두 개를 고르십시오.}
    options:
      - text: {en: base+0, ko: 기준+0}
        correct: true
      - text: {en: base+1, ko: 기준+1}
        correct: true
      - text: {en: base+4, ko: 기준+4}
      - text: {en: base+5, ko: 기준+5}
      - text: {en: base+6, ko: 기준+6}
    explanation: {en: The first four and the last are reserved., ko: 처음 네 개와 마지막 주소가 예약됩니다.}
"#;

/// A sandbox with a three-item content folder; returns it and the folder path.
fn with_bank() -> (Sandbox, String) {
    crate::util::content_sandbox(BANK)
}

/// Answers that are right whatever order the options were shuffled into: read the letters
/// from the prompt lines.
fn letter_of(stdout: &str, text: &str) -> String {
    stdout
        .lines()
        .find_map(|l| l.trim().strip_suffix(text).and_then(|p| p.strip_suffix(") ")).map(str::to_owned))
        .unwrap_or_else(|| panic!("no option {text:?} in\n{stdout}"))
}

#[test]
fn a_piped_session_grades_saves_and_ends_cleanly() {
    let (sandbox, dir) = with_bank();
    // First pass: discover option letters (the order is seeded per item and review).
    let probe = sandbox.cmd(&["--content-dir", &dir, "study", "--cram", "--limit", "3"]).stdin("3\na\na,b\n").run();
    probe.code(0);
    let (sandbox, dir) = with_bank();
    let out = sandbox.cmd(&["--content-dir", &dir]).stdin("3\n").run();
    out.code(0).stdout_has("How many addresses").stdout_has("Five.");
    let out = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run();
    out.code(0);
    assert_eq!(out.json()["reviews_total"], 1, "one answer was saved before end of input");
    let _ = probe;
}

#[test]
fn questions_are_graded_with_feedback_and_choose_n_is_enforced() {
    let (sandbox, dir) = with_bank();
    // Rate the card, then answer the single question wrongly with an unreadable line first.
    let first = sandbox.cmd(&["--content-dir", &dir, "--limit", "2"]).stdin("good\nzz\n").run();
    first.code(0).stdout_has("answer with a letter");
    let right = letter_of(&first.stdout, "251");
    let wrong = letter_of(&first.stdout, "254");
    let (sandbox, dir) = with_bank();
    let out = sandbox.cmd(&["--content-dir", &dir, "--limit", "2"]).stdin(&format!("good\n{wrong}\n")).run();
    out.code(0).stdout_has("Not quite").stdout_has("Forgot the five reserved addresses.").stdout_has("256 - 5 = 251.");
    let (sandbox, dir) = with_bank();
    let out = sandbox.cmd(&["--content-dir", &dir, "--limit", "3"]).stdin(&format!("good\n{right}\na\n")).run();
    // A choose-2 answer with one pick is asked again, never graded (issue 10).
    out.code(0).stdout_has("Correct").stdout_has("asks for 2 choices and you gave one");
    let stats = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json();
    assert_eq!(stats["reviews_total"], 2);
}

#[test]
fn tomorrow_the_due_items_come_back() {
    let (sandbox, dir) = with_bank();
    sandbox.cmd(&["--content-dir", &dir, "study", "--topic", "vpc", "--limit", "1"]).stdin("easy\n").run().code(0);
    let later = sandbox
        .cmd(&["--content-dir", &dir, "stats", "--json"])
        .env("AWSDRILL_NOW", "2026-12-20T09:00:00Z")
        .run()
        .json();
    assert_eq!(later["due_now"], 1, "{later}");
    let out = sandbox
        .cmd(&["--content-dir", &dir, "study", "--limit", "1"])
        .env("AWSDRILL_NOW", "2026-12-20T09:00:00Z")
        .stdin("3\n")
        .run();
    out.code(0).stdout_has("1 to review");
}

#[test]
fn cram_leaves_the_schedule_alone() {
    let (sandbox, dir) = with_bank();
    sandbox.cmd(&["--content-dir", &dir, "--limit", "1"]).stdin("easy\n").run().code(0);
    let before = sandbox.cmd(&["--content-dir", &dir, "progress", "export", "--format", "json"]).run();
    sandbox.cmd(&["--content-dir", &dir, "study", "--cram"]).stdin("1\n").run().code(0).stdout_has("Cram session");
    let after = sandbox.cmd(&["--content-dir", &dir, "progress", "export", "--format", "json"]).run();
    assert_eq!(before.stdout, after.stdout);
}

#[test]
fn korean_session_and_nothing_due_message() {
    let (sandbox, dir) = with_bank();
    let out = sandbox.cmd(&["--content-dir", &dir, "--lang", "ko", "--limit", "1"]).stdin("3\n").run();
    out.code(0).stdout_has("AWS는 서브넷마다").stdout_has("다섯 개입니다.").stdout_has("이번 학습");
    let (sandbox, dir) = with_bank();
    let out = sandbox.cmd(&["--content-dir", &dir, "--new", "0"]).env("LANG", "ko_KR.UTF-8").run();
    out.code(0).stdout_has("복습할 항목이 없습니다");
}

#[test]
fn bad_flags_and_topics_are_named() {
    let (sandbox, dir) = with_bank();
    sandbox
        .cmd(&["--content-dir", &dir, "study", "--topic", "nope"])
        .run()
        .code(2)
        .stderr_has("nope")
        .stderr_has("vpc");
    sandbox.cmd(&["study", "--retention", "2"]).run().code(2).stderr_has("--retention");
    sandbox.cmd(&["study", "--limit", "x"]).run().code(2).stderr_has("--limit");
}

#[test]
fn a_foreign_database_is_refused_and_untouched() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("notes.db", "not a database");
    let out = sandbox.cmd(&["--db", path.to_str().unwrap(), "stats"]).run();
    out.code(2).stderr_has("not an awsdrill database").stderr_has("--db");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "not a database");
}

#[test]
fn progress_round_trips_and_bad_rows_write_nothing() {
    let (sandbox, dir) = with_bank();
    let csv = sandbox.write(
        "history.csv",
        "item_id,reviewed_at,rating\nt.card.reserved,2026-11-01T09:00:00Z,3\nt.card.reserved,2026-11-05T09:00:00Z,3\nt.q.single,2026-11-02T10:00:00Z,1\n",
    );
    let out = sandbox.cmd(&["--content-dir", &dir, "progress", "import", csv.to_str().unwrap()]).run();
    out.code(0).stdout_has("Imported 3 reviews for 2 items");
    let again = sandbox.cmd(&["--content-dir", &dir, "progress", "import", csv.to_str().unwrap()]).run();
    again.code(0).stdout_has("Imported 0 reviews");
    let export = sandbox.cmd(&["--content-dir", &dir, "progress", "export", "--format", "csv"]).run();
    export.code(0).stdout_has("t.card.reserved,2026-11-01T09:00:00Z,3");
    let states = sandbox.cmd(&["--content-dir", &dir, "progress", "export", "--format", "json"]).run().json();
    let card = states.as_array().unwrap().iter().find(|r| r["item_id"] == "t.card.reserved").unwrap();
    assert_eq!(card["reps"], 2);
    assert!(card["stability"].as_f64().unwrap() > 0.0);
    for key in ["state", "difficulty", "due", "last_review", "lapses"] {
        assert!(card.get(key).is_some(), "missing {key}");
    }
    let bad = sandbox.write("bad.csv", "item_id,reviewed_at,rating\nt.q.single,2026-11-03T09:00:00Z,3\nnope,2026-11-03T09:00:00Z,3\nt.q.single,yesterday,3\nt.q.single,2026-11-03T09:00:00Z,7\n");
    let out = sandbox.cmd(&["--content-dir", &dir, "progress", "import", bad.to_str().unwrap()]).run();
    out.code(2)
        .stderr_has("bad.csv:3")
        .stderr_has("bad.csv:4")
        .stderr_has("bad.csv:5")
        .stderr_has("nothing was imported");
    let after = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json();
    assert_eq!(after["reviews_total"], 3, "the good row of the bad file was not written either");
}

#[test]
fn progress_import_reads_real_csv_and_refuses_the_future() {
    let (sandbox, dir) = with_bank();
    // A spreadsheet's export: BOM, CRLF, quoted fields, padding.
    let csv = sandbox.write(
        "excel.csv",
        "\u{feff}item_id,reviewed_at,rating\r\n\"t.card.reserved\",\"2026-11-01T09:00:00Z\",\"3\"\r\n t.q.single , 2026-11-02T10:00:00Z , 1\r\n",
    );
    let out = sandbox.cmd(&["--content-dir", &dir, "progress", "import", csv.to_str().unwrap()]).run();
    out.code(0).stdout_has("Imported 2 reviews for 2 items");
    // The clock is 2026-11-22T09:00Z in tests.
    let future = sandbox.write("future.csv", "item_id,reviewed_at,rating\nt.q.single,9999-01-01T00:00:00Z,3\n");
    let out = sandbox.cmd(&["--content-dir", &dir, "progress", "import", future.to_str().unwrap()]).run();
    out.code(2).stderr_has("future.csv:2").stderr_has("later than now");
    let header = sandbox.write("header.csv", "id,when,rating\nt.q.single,2026-11-03T09:00:00Z,3\n");
    sandbox
        .cmd(&["--content-dir", &dir, "progress", "import", header.to_str().unwrap()])
        .run()
        .code(2)
        .stderr_has("header.csv:1");
}

#[test]
fn cards_list_and_show() {
    let (sandbox, dir) = with_bank();
    let list = sandbox.cmd(&["--content-dir", &dir, "cards", "list", "--json"]).run().json();
    let choose = list.as_array().unwrap().iter().find(|r| r["id"] == "t.q.choose").unwrap();
    assert_eq!(choose["choose"], 2);
    assert_eq!(choose["kind"], "question");
    sandbox
        .cmd(&["--content-dir", &dir, "cards", "show", "t.q.single", "--lang", "both"])
        .run()
        .code(0)
        .stdout_has("/24 서브넷")
        .stdout_has("Usable addresses");
    sandbox.cmd(&["--content-dir", &dir, "cards", "show", "t.q"]).run().code(2).stderr_has("t.q.single");
}

#[test]
fn an_exam_goal_raises_the_new_item_pace_to_finish_the_bank_in_time() {
    let sandbox = Sandbox::new();
    sandbox.cmd(&["goal", "set", "clf-c02", "--date", "2026-11-30"]).run().code(0);
    let out = sandbox.cmd(&["study", "--limit", "1"]).run();
    // Eight days for the whole CLF bank is more than the humane cap allows (issue 10): capped.
    out.code(0).stdout_has("items are still unseen").stdout_has("Today allows 40");
    let out = sandbox.cmd(&["study", "--limit", "1", "--new", "5"]).run();
    out.code(0).stdout_has("5 new");
}

#[test]
fn a_read_only_command_leaves_the_database_file_untouched() {
    let (sandbox, dir) = with_bank();
    sandbox.cmd(&["--content-dir", &dir, "study", "--limit", "1"]).stdin("3\n").run().code(0);
    let db = sandbox.db();
    let before = (std::fs::read(&db).unwrap(), std::fs::metadata(&db).unwrap().modified().unwrap());
    std::thread::sleep(std::time::Duration::from_millis(20));
    sandbox.cmd(&["--content-dir", &dir, "stats"]).run().code(0);
    sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().code(0);
    let after = (std::fs::read(&db).unwrap(), std::fs::metadata(&db).unwrap().modified().unwrap());
    assert!(before.0 == after.0, "stats changed the database bytes");
    assert_eq!(before.1, after.1, "stats changed the database mtime");
}
