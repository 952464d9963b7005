//! Anki-grade control of the schedule (issue 17) through the real binary: `:u` restores the exact
//! stored row, suspend/bury/flag persist and filter, siblings stay buried for the day, leeches
//! fire at the threshold and `stats` lists them.

use rusqlite::types::Value;

use crate::util::Sandbox;

const BANK: &str = r"schema_version: 1
items:
  - id: a.card.one
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: Front one?, ko: 앞면 하나?}
    back: {en: Back one., ko: 뒷면 하나.}
  - id: a.card.two
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: Front two?, ko: 앞면 둘?}
    back: {en: Back two., ko: 뒷면 둘.}
  - id: a.card.three
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.no-overlap]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
    front: {en: Front three?, ko: 앞면 셋?}
    back: {en: Back three., ko: 뒷면 셋.}
";

const LEECH_BANK: &str = r"schema_version: 1
items:
  - id: l.card.one
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: Leech front?, ko: 거머리 앞면?}
    back: {en: Leech back., ko: 거머리 뒷면.}
";

const QUESTION_BANK: &str = r#"schema_version: 1
items:
  - id: l.q.single
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
      - text: {en: "256", ko: "256개"}
      - text: {en: "250", ko: "250개"}
    explanation: {en: 256 - 5 = 251., ko: 256 - 5 = 251입니다.}
"#;

fn sandbox(bank: &str) -> (Sandbox, String) {
    crate::util::content_sandbox(bank)
}

/// Every stored schedule row, every review and every daily total, as stored.
fn snapshot(sandbox: &Sandbox) -> (Vec<Vec<Value>>, i64, Vec<Vec<Value>>) {
    let conn = rusqlite::Connection::open(sandbox.db()).expect("open db");
    let rows = |sql: &str| -> Vec<Vec<Value>> {
        let mut stmt = conn.prepare(sql).expect("prepare");
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let states = rows("SELECT * FROM item_state ORDER BY item_id");
    let daily = rows("SELECT * FROM daily ORDER BY day");
    let reviews = conn.query_row("SELECT count(*) FROM review", [], |r| r.get(0)).expect("count");
    (states, reviews, daily)
}

fn study(sandbox: &Sandbox, dir: &str, now: &str, extra: &[&str], input: &str) -> crate::util::Output {
    let mut args = vec!["--content-dir", dir, "study"];
    args.extend_from_slice(extra);
    sandbox.cmd(&args).env("AWSDRILL_NOW", now).stdin(input).run()
}

#[test]
fn undo_restores_the_exact_row_and_walks_back() {
    let (sandbox, dir) = sandbox(BANK);
    // Day 1: a.card.one and a.card.three (a.card.two is a new sibling, it waits).
    study(&sandbox, &dir, "2026-11-01T09:00:00Z", &[], "4\n4\n").code(0);
    let before = snapshot(&sandbox);
    assert_eq!(before.1, 2);
    // A month later both are due: answer two, undo both, one at a time.
    let out = study(&sandbox, &dir, "2026-12-01T09:00:00Z", &[], "1\n3\n:u\n:u\n");
    out.code(0).stdout_has("Undone: ");
    assert_eq!(snapshot(&sandbox), before, "two undos put every row back exactly");
    // The undone item is asked again: its front shows once more after the undo.
    let after_undo = out.stdout.rsplit("Undone: ").next().unwrap();
    assert!(after_undo.contains("Front"), "{}", out.stdout);
    // One answer and one undo leave the other answer in place.
    study(&sandbox, &dir, "2026-12-01T09:00:00Z", &[], "1\n3\n:u\n").code(0);
    let now = snapshot(&sandbox);
    assert_eq!(now.1, before.1 + 1);
    assert_ne!(now.0, before.0);
}

#[test]
fn undo_with_nothing_to_undo_and_unknown_commands_are_explained() {
    let (sandbox, dir) = sandbox(BANK);
    let out = study(&sandbox, &dir, crate::util::NOW, &[], ":u\n:x\n:?\n3\n");
    out.code(0)
        .stdout_has("Nothing to undo yet")
        .stdout_has(":x is not a command")
        .stdout_has(":hard  the last right answer");
    let ko = study(&sandbox, &dir, crate::util::NOW, &["--lang", "ko"], ":u\n:?\n");
    ko.code(0).stdout_has("되돌릴 답이 없습니다").stdout_has("명령 목록 보기");
}

#[test]
fn hard_rerates_the_last_right_answer() {
    // Find the keyed letter in a throwaway database (the order is seeded per review).
    let (probe_box, probe_dir) = sandbox(QUESTION_BANK);
    let probe = study(&probe_box, &probe_dir, crate::util::NOW, &[], "");
    let (sandbox, dir) = sandbox(QUESTION_BANK);
    let letter = probe.stdout.lines().find_map(|l| l.trim().strip_suffix(") 251")).unwrap().to_owned();
    let out = study(&sandbox, &dir, crate::util::NOW, &[], &format!("{letter}\n:hard\n"));
    out.code(0).stdout_has("re-rated hard");
    let conn = rusqlite::Connection::open(sandbox.db()).unwrap();
    let ratings: Vec<i64> = conn
        .prepare("SELECT rating FROM review")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ratings, vec![2], "the Good row was replaced by a Hard one");
}

#[test]
fn suspend_bury_and_flag_persist_and_filter() {
    let (sandbox, dir) = sandbox(BANK);
    let cards = |args: &[&str]| {
        let mut all = vec!["--content-dir", dir.as_str(), "cards"];
        all.extend_from_slice(args);
        sandbox.cmd(&all).run()
    };
    cards(&["suspend", "a.card.one"]).code(0).stdout_has("a.card.one");
    cards(&["bury", "a.card.three"]).code(0);
    cards(&["flag", "a.card.two", "--note", "check the key"]).code(0);
    let suspended = cards(&["list", "--suspended", "--json"]).code(0).json();
    let ids: Vec<&str> = suspended.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a.card.one"]);
    cards(&["list", "--flagged"]).code(0).stdout_has("a.card.two · check the key");
    // Today only the unmarked item is asked; tomorrow the buried one is back, never the suspended.
    let today = study(&sandbox, &dir, crate::util::NOW, &[], "4\n4\n4\n");
    today.code(0).stdout_has("Front two?");
    assert!(!today.stdout.contains("Front one?") && !today.stdout.contains("Front three?"), "{}", today.stdout);
    let tomorrow = study(&sandbox, &dir, "2026-11-23T09:00:00Z", &[], "4\n4\n4\n");
    tomorrow.code(0).stdout_has("Front three?");
    assert!(!tomorrow.stdout.contains("Front one?"), "{}", tomorrow.stdout);
    cards(&["unsuspend", "a.card.one"]).code(0);
    cards(&["unflag", "a.card.two"]).code(0);
    assert_eq!(cards(&["list", "--suspended", "--flagged", "--json"]).json().as_array().unwrap().len(), 0);
    // In a session: `:f note` stays on the item, `:s` moves on; both persist.
    let out = study(&sandbox, &dir, "2026-11-24T09:00:00Z", &[], ":f wrong key?\n:s\n");
    out.code(0).stdout_has("Flagged a.card.one").stdout_has("Suspended a.card.one");
    cards(&["list", "--flagged"]).code(0).stdout_has("a.card.one · wrong key?");
    cards(&["show", "a.card.one"]).code(0).stdout_has("suspended").stdout_has("flagged wrong key?");
}

#[test]
fn unknown_ids_are_named_with_the_close_ones() {
    let (sandbox, dir) = sandbox(BANK);
    let out = sandbox.cmd(&["--content-dir", &dir, "cards", "suspend", "a.card.one", "a.card.onee"]).run();
    out.code(2).stderr_has("\"a.card.onee\"").stderr_has("a.card.one");
    let out = sandbox.cmd(&["--content-dir", &dir, "cards", "bury", "nonexistent-id"]).run();
    out.code(2).stderr_has("\"nonexistent-id\"");
    // Nothing was marked: the check comes before any write.
    let listed = sandbox.cmd(&["--content-dir", &dir, "cards", "list", "--suspended", "--json"]).run().json();
    assert_eq!(listed.as_array().unwrap().len(), 0);
}

#[test]
fn siblings_stay_buried_for_the_day_unless_no_bury() {
    let (sandbox, dir) = sandbox(BANK);
    // Two days of new items so that both siblings have a schedule.
    study(&sandbox, &dir, "2026-11-01T09:00:00Z", &[], "4\n4\n").code(0);
    study(&sandbox, &dir, "2026-11-02T09:00:00Z", &[], "4\n").code(0);
    let day = "2026-12-15T09:00:00Z";
    let first = study(&sandbox, &dir, day, &[], "4\n4\n4\n");
    first.code(0);
    let shown = |s: &str| ["Front one?", "Front two?"].iter().filter(|f| s.contains(*f)).count();
    assert_eq!(shown(&first.stdout), 1, "one sibling answered, the other buried:\n{}", first.stdout);
    let again = study(&sandbox, &dir, day, &[], "4\n");
    assert_eq!(shown(&again.stdout), 0, "still buried later the same day:\n{}", again.stdout);
    let unburied = study(&sandbox, &dir, day, &["--no-bury"], "4\n");
    assert_eq!(shown(&unburied.stdout), 1, "--no-bury asks it:\n{}", unburied.stdout);
}

#[test]
fn a_leech_is_caught_at_the_threshold_offered_and_listed() {
    let (sandbox, dir) = sandbox(LEECH_BANK);
    let wrong = "1";
    // Forgotten ten times in ten, a day apart: the first is the first sight, then lapses.
    let mut offered_at = None;
    for day in 0..10 {
        let now = format!("2026-11-{:02}T09:00:00Z", day + 1);
        let out = study(&sandbox, &dir, &now, &["--limit", "1"], &format!("{wrong}\nk\n"));
        out.code(0);
        if out.stdout.contains("is now a leech") && offered_at.is_none() {
            offered_at = Some(day + 1);
            out.stdout_has("Suspend it (s), keep it (k), or show its reference (r).");
        }
    }
    assert_eq!(offered_at, Some(9), "the eighth lapse is the threshold");
    let stats = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json();
    assert_eq!(stats["leeches"], serde_json::json!(["l.card.one"]));
    assert_eq!(stats["leech_lapses"][0]["lapses"], 9);
    sandbox.cmd(&["--content-dir", &dir, "stats"]).run().code(0).stdout_has("l.card.one  9 lapses");
    // Choosing suspend at the offer takes it out of the schedule.
    let (sandbox, dir) = self::sandbox(LEECH_BANK);
    for day in 0..9 {
        let now = format!("2026-11-{:02}T09:00:00Z", day + 1);
        study(&sandbox, &dir, &now, &["--limit", "1"], &format!("{wrong}\ns\n")).code(0);
    }
    let listed = sandbox.cmd(&["--content-dir", &dir, "cards", "list", "--suspended", "--json"]).run().json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let show = sandbox.cmd(&["--content-dir", &dir, "cards", "show", "l.card.one", "--lang", "ko"]).run();
    show.code(0).stdout_has("보류됨").stdout_has("거머리 항목").stdout_has("복습 기록 (9회)");
}
