//! Mock exams a person can leave and come back to (issue 10): every answer saved as given, `:q`,
//! `exam resume` with the time that was left, time-outs on the injected clock, `exam review`, and
//! the missed items entering the study schedule.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use awsdrill::content::{ContentSource, load};
use awsdrill::exam::PaperItem;

use crate::util::{NOW, Sandbox};

const SEED: &str = "7";

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The paper of sitting `id` as stored: item ids in order.
fn paper(db: &Path, id: i64) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let items: String = conn.query_row("SELECT items FROM exam_sitting WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    let items: Vec<(String, usize)> = serde_json::from_str(&items).unwrap();
    items.into_iter().map(|(id, _)| id).collect()
}

/// The right answer line and a wrong one for every item of a paper, as the binary builds it.
fn answers(ids: &[String], seed: u64) -> Vec<(String, String)> {
    let bank = load(&ContentSource::Embedded).unwrap();
    ids.iter()
        .map(|id| {
            let item = PaperItem::build(bank.get(id).unwrap(), seed, true).unwrap();
            let right = item.key_line();
            let wrong = match item.key_answer() {
                awsdrill::exam::KeyAnswer::Many(keys) => {
                    let others: Vec<String> = ["a", "b", "c", "d", "e"]
                        .iter()
                        .map(|s| (*s).to_owned())
                        .filter(|l| !keys.contains(l))
                        .collect();
                    others[..keys.len()].join(",")
                }
                awsdrill::exam::KeyAnswer::One(k) => match k.parse::<i64>() {
                    Ok(n) if !k.chars().all(char::is_alphabetic) => (n + 1).to_string(),
                    _ => {
                        if k == "a" {
                            "b".into()
                        } else {
                            "a".into()
                        }
                    }
                },
            };
            (right, wrong)
        })
        .collect()
}

fn lines<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items.into_iter().fold(String::new(), |mut out, l| {
        out.push_str(l);
        out.push('\n');
        out
    })
}

/// Starts a paper and leaves at once, returning its items and their answers.
fn start_and_leave(sb: &Sandbox) -> (Vec<String>, Vec<(String, String)>) {
    sb.cmd(&["exam", "saa-c03", "--seed", SEED]).stdin(":q\n").run().code(0).stdout_has("0 of 65 answered");
    let ids = paper(&sb.db(), 1);
    let keyed = answers(&ids, SEED.parse().unwrap());
    (ids, keyed)
}

#[test]
fn quit_after_ten_answers_resumes_with_them_and_the_time_left_then_review_shows_all() {
    let sb = Sandbox::new();
    let (ids, keyed) = start_and_leave(&sb);
    assert_eq!(ids.len(), 65);
    // Ten right answers, then :q; the exam was opened at 09:00 and left at 09:00 (frozen clock).
    let first: Vec<&String> = keyed[..10].iter().map(|(r, _)| r).collect();
    let out = sb.cmd(&["exam", "resume"]).stdin(&(lines(first) + ":q\n")).run();
    out.code(0).stdout_has("10 of 65 answered, 2:10:00 left").stdout_has("exam resume");
    assert_eq!(count(&sb.db(), "SELECT count(*) FROM exam_sitting_answer WHERE answer IS NOT NULL"), 10);
    assert_eq!(count(&sb.db(), "SELECT count(*) FROM exam_attempt"), 0);

    let h = sb.cmd(&["exam", "history", "--json"]).run();
    h.code(0);
    let h = h.json();
    assert_eq!(h["unfinished"][0]["answered"], 10);
    assert_eq!(h["unfinished"][0]["left_secs"], 130 * 60);
    assert_eq!(h["attempts"].as_array().unwrap().len(), 0);
    sb.cmd(&["exam", "history"]).run().code(0).stdout_has("Unfinished").stdout_has("10 / 65");

    // Two days later: the timer did not run while the paper was closed. The rest of the paper,
    // with items 11 and 12 wrong; the learner resumes at item 11.
    let rest: Vec<&String> = keyed[10..].iter().enumerate().map(|(i, (r, w))| if i < 2 { w } else { r }).collect();
    let out =
        sb.cmd(&["exam", "resume", "--json"]).env("AWSDRILL_NOW", "2026-11-24T20:00:00Z").stdin(&lines(rest)).run();
    out.code(0).stderr_has("2:10:00 left").stderr_has("[11/65]");
    assert!(!out.stderr.contains("[10/65]"), "answered items are not asked again");
    let json = out.json();
    assert_eq!((json["total"].as_i64(), json["correct"].as_i64()), (Some(65), Some(63)));
    assert_eq!(json["scheduled"], 2);
    assert_eq!(json["timed_out"], false);
    let attempt = json["attempt"].as_i64().unwrap();

    // The missed items are due when the next study day begins (04:00 after the exam), as lapses
    // for nothing yet known: learning steps; no review rows, so stats count study only.
    let db = sb.db();
    assert_eq!(count(&db, "SELECT count(*) FROM item_state"), 2);
    let tomorrow = chrono::DateTime::parse_from_rfc3339("2026-11-25T04:00:00Z").unwrap().timestamp();
    assert_eq!(count(&db, &format!("SELECT count(*) FROM item_state WHERE due = {tomorrow}")), 2);
    assert_eq!(count(&db, "SELECT count(*) FROM review"), 0);
    sb.cmd(&["exam", "resume"]).run().code(0).stdout_has("no unfinished mock exam");

    // The review: all 65 items, the key and a note on every option.
    let review = sb.cmd(&["exam", "review"]).run();
    review.code(0).stdout_has("[65/65]").stdout_has("[1/65]").stdout_has("== 1.").stdout_has("✗ wrong");
    let r = sb.cmd(&["exam", "review", &attempt.to_string(), "--json"]).run().json();
    let items = r["items"].as_array().unwrap();
    assert_eq!(items.len(), 65);
    for item in items {
        assert!(item["key"].is_string() || item["key"].is_array(), "{item}");
        assert!(!item["explanation"].as_array().unwrap().is_empty());
        if let Some(options) = item["options"].as_array() {
            assert!(options.iter().any(|o| o["correct"] == true));
        }
    }
    let wrong = sb.cmd(&["exam", "review", "--wrong", "--json"]).run().json();
    let wrong_ids: Vec<&str> = wrong["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(wrong_ids, vec![ids[10].as_str(), ids[11].as_str()]);
    // Korean review: the headings are Korean and no internal id is printed.
    let ko = sb.cmd(&["--lang", "ko", "exam", "review", "--wrong"]).run();
    ko.code(0).stdout_has("복습").stdout_has("오답");
    assert!(!ko.stdout.contains(&ids[10]), "internal ids stay out of the text");
}

#[test]
fn strict_resume_counts_wall_time_and_times_out_on_the_injected_clock() {
    let sb = Sandbox::new();
    let (_, keyed) = start_and_leave(&sb);
    let five: Vec<&String> = keyed[..5].iter().map(|(r, _)| r).collect();
    sb.cmd(&["exam", "resume"]).stdin(&(lines(five) + ":q\n")).run().code(0);
    // 30 minutes later on the wall clock: strict mode has 1:40:00 left, the default still 2:10:00.
    let later = "2026-11-22T09:30:00Z";
    sb.cmd(&["exam", "resume"]).env("AWSDRILL_NOW", later).stdin(":q\n").run().code(0).stderr_has("2:10:00 left");
    // Leaving a strict sitting keeps the wall time it counted.
    sb.cmd(&["exam", "resume", "--strict"])
        .env("AWSDRILL_NOW", later)
        .stdin(":q\n")
        .run()
        .code(0)
        .stderr_has("1:40:00 left");
    sb.cmd(&["exam", "resume"]).env("AWSDRILL_NOW", later).stdin(":q\n").run().code(0).stderr_has("1:40:00 left");
    // Three hours after the start the strict clock has run out: the paper is submitted as it stood.
    let out = sb
        .cmd(&["exam", "resume", "--strict", "--json"])
        .env("AWSDRILL_NOW", "2026-11-22T12:00:00Z")
        .stdin("a\n")
        .run();
    let json = out.json();
    assert_eq!(json["timed_out"], true);
    assert_eq!(json["correct"], 5);
    assert_eq!(json["scheduled"], 60);
    assert_eq!(count(&sb.db(), "SELECT count(*) FROM exam_attempt WHERE timed_out = 1"), 1);
}

#[test]
fn a_killed_exam_keeps_every_answer_already_given() {
    let sb = Sandbox::new();
    let (_, keyed) = start_and_leave(&sb);
    let mut child = Command::new(env!("CARGO_BIN_EXE_awsdrill"))
        .args(["exam", "resume"])
        .env("AWSDRILL_DB", sb.db())
        .env("AWSDRILL_NOW", NOW)
        .env("HOME", sb.dir.path())
        .env_remove("AWSDRILL_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for (right, _) in &keyed[..10] {
        writeln!(stdin, "{right}").unwrap();
    }
    stdin.flush().unwrap();
    // Wait until the tenth answer is committed, then kill -9 while item 11 is on screen.
    let sql = "SELECT count(*) FROM exam_sitting_answer WHERE answer IS NOT NULL";
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    while count(&sb.db(), sql) < 10 {
        assert!(std::time::Instant::now() < deadline, "answers were not saved as given");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().unwrap();
    let _ = child.wait();
    drop(stdin);
    let h = sb.cmd(&["exam", "history", "--json"]).run().json();
    assert_eq!(h["unfinished"][0]["answered"], 10);
    sb.cmd(&["exam", "resume"]).stdin(":q\n").run().code(0).stderr_has("10 of 65 answered").stderr_has("[11/65]");
}

#[test]
fn choose_n_with_the_wrong_count_is_asked_again_and_garbage_stops_with_exit_2() {
    let sb = Sandbox::new();
    let (_, keyed) = start_and_leave(&sb);
    let many = keyed.iter().position(|(r, _)| r.contains(',')).expect("a choose-2 item on the paper");
    let mut input: Vec<String> = keyed[..many].iter().map(|(r, _)| r.clone()).collect();
    // One letter for a choose-2 item: refused, not graded; then the right pair.
    input.push(keyed[many].0.split(',').next().unwrap().to_owned());
    input.push(keyed[many].0.clone());
    input.push(":q".into());
    let out = sb.cmd(&["exam", "resume"]).stdin(&lines(&input)).run();
    out.code(0).stderr_has("asks for 2 choices");
    assert_eq!(count(&sb.db(), "SELECT count(*) FROM exam_sitting_answer WHERE answer IS NOT NULL"), many as i64 + 1);
    // `yes zz`: three unreadable lines for one item end the sitting with exit 2, answers kept.
    let garbage = "zz\n".repeat(10_000);
    let out = sb.cmd(&["exam", "resume"]).stdin(&garbage).run();
    out.code(2).stderr_has("3 lines in a row").stderr_has("exam resume");
    assert!(out.stderr.len() < 20_000, "no flood of prompts: {} bytes", out.stderr.len());
    assert_eq!(count(&sb.db(), "SELECT count(*) FROM exam_attempt"), 0);
    let ko = sb.cmd(&["--lang", "ko", "exam", "resume"]).stdin(&garbage).run();
    ko.code(2).stderr_has("연속으로");
}

#[test]
fn misplaced_flags_and_unknown_ids_are_usage_errors() {
    let sb = Sandbox::new();
    sb.cmd(&["exam", "history", "--strict"]).run().code(2).stderr_has("--strict");
    sb.cmd(&["exam", "saa-c03", "4"]).run().code(2).stderr_has("ID");
    sb.cmd(&["exam", "resume", "--wrong"]).run().code(2).stderr_has("--wrong");
    sb.cmd(&["exam", "resume", "9"]).run().code(2).stderr_has("no mock exam no. 9");
    sb.cmd(&["exam", "review", "9"]).run().code(2).stderr_has("no finished mock exam no. 9");
    sb.cmd(&["exam", "review"]).run().code(0).stdout_has("No finished mock exam");
    sb.cmd(&["--lang", "ko", "exam", "resume"]).run().code(0).stdout_has("끝내지 않은 모의고사가 없습니다");
}

fn unix(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp()
}

#[test]
fn exam_day_reviews_only_and_after_the_date_intervals_are_normal_again() {
    let sb = Sandbox::new();
    sb.cmd(&["goal", "set", "saa-c03", "--date", "2026-11-24"]).run().code(0);
    // The day before: 830-odd unseen items cannot be asked for in one day; a humane cap holds.
    let out = sb.cmd(&["study", "--limit", "1"]).env("AWSDRILL_NOW", "2026-11-23T09:00:00Z").stdin("3\n").run();
    out.code(0).stdout_has("Today allows 40").stdout_has("40 new");
    // Exam day: no new items, and the hint's command really gives more.
    let day = "2026-11-24T09:00:00Z";
    let out = sb.cmd(&["study"]).env("AWSDRILL_NOW", day).stdin("3\n").run();
    out.code(0).stdout_has("exam day: reviews only").stdout_has("0 new");
    let out = sb.cmd(&["study"]).env("AWSDRILL_NOW", day).stdin("").run();
    out.code(0).stdout_has("Nothing is due").stdout_has("study --new 10");
    let out = sb.cmd(&["study", "--new", "10", "--limit", "1"]).env("AWSDRILL_NOW", day).stdin("3\n").run();
    out.code(0).stdout_has("10 new");
    // No interval is squeezed to "now" on or after exam day.
    let after = "2026-11-26T09:00:00Z";
    sb.cmd(&["study", "--limit", "1"]).env("AWSDRILL_NOW", after).stdin("3\n").run().code(0).stdout_has("has passed");
    let db = sb.db();
    let squeezed = count(
        &db,
        &format!("SELECT count(*) FROM item_state WHERE due <= last_review AND last_review >= {}", unix(day)),
    );
    assert_eq!(squeezed, 0, "an interval of 0 minutes after the exam date");
    assert_eq!(count(&db, &format!("SELECT count(*) FROM review WHERE reviewed_at >= {}", unix(day) * 1000)), 3);
    let show = sb.cmd(&["goal", "show"]).env("AWSDRILL_NOW", after).run();
    show.code(0).stdout_has("has passed").stdout_has("goal clear").stdout_has("goal set saa-c03 --date");
    let json = sb.cmd(&["goal", "show", "--json"]).env("AWSDRILL_NOW", after).run().json();
    assert_eq!(json["phase"], "passed");
    let ko = sb.cmd(&["--lang", "ko", "goal", "show"]).env("AWSDRILL_NOW", after).run();
    ko.code(0).stdout_has("지났습니다");
}

#[test]
fn a_saved_daily_limit_holds_for_later_sessions() {
    let sb = Sandbox::new();
    sb.cmd(&["config", "set", "new-per-day", "30"]).run().code(0).stdout_has("new-per-day = 30");
    sb.cmd(&["study", "--limit", "1"]).stdin("3\n").run().code(0).stdout_has("30 new");
    let json = sb.cmd(&["config", "show", "--json"]).run().json();
    assert_eq!(json["new-per-day"]["value"], "30");
    assert_eq!(json["new-per-day"]["saved"], true);
    assert_eq!(json["retention"]["saved"], false);
    sb.cmd(&["config", "set", "new-per-day", "0"]).run().code(2).stderr_has("1–200");
    sb.cmd(&["config", "set", "colour", "red"]).run().code(2).stderr_has("new-per-day");
    sb.cmd(&["--lang", "ko", "config", "show"]).run().code(0).stdout_has("저장됨");
}

#[test]
fn study_stops_after_three_unreadable_lines_instead_of_looping() {
    let sb = Sandbox::new();
    // `yes 9` on a session whose first item is a card: "9" is no rating, three times → exit 2.
    let out = sb.cmd(&["study", "--exam", "saa-c03"]).stdin(&"9\n".repeat(100_000)).run();
    out.code(2).stderr_has("3 lines in a row");
    assert!(out.stdout.len() < 20_000, "no flood of prompts: {} bytes", out.stdout.len());
    let out = sb.cmd(&["--lang", "ko", "study", "--exam", "saa-c03"]).stdin(&"\n".repeat(10)).run();
    out.code(2).stderr_has("연속으로");
}

#[test]
fn topics_list_counts_seen_items_and_mastery() {
    let sb = Sandbox::new();
    let before = sb.cmd(&["topics", "--exam", "saa-c03", "--json"]).run();
    before.code(0);
    let before = before.json();
    let total: i64 = before["topics"].as_array().unwrap().iter().map(|t| t["items"].as_i64().unwrap()).sum();
    assert!(total > 100);
    sb.cmd(&["study", "--exam", "saa-c03", "--limit", "1"]).stdin("3\n").run().code(0);
    let after = sb.cmd(&["topics", "--exam", "saa-c03", "--json"]).run().json();
    let seen: i64 = after["topics"].as_array().unwrap().iter().map(|t| t["seen"].as_i64().unwrap()).sum();
    assert_eq!(seen, 1);
    let text = sb.cmd(&["topics"]).run();
    text.code(0).stdout_has("Mastery").stdout_has("study --topic");
    assert!(!text.stdout.contains("-0%"));
    sb.cmd(&["--lang", "ko", "topics"]).run().code(0).stdout_has("숙달도");
    sb.cmd(&["topics", "--exam", "dva-c02"]).run().code(2).stderr_has("saa-c03");
}

#[test]
fn cards_show_fills_exercise_placeholders_with_an_example() {
    for id in ["ex.subnet.usable", "ex.nacl.verdict", "ex.cidr.overlap"] {
        let out = crate::util::run(&["cards", "show", id]);
        out.code(0).stdout_has("an example");
        assert!(!out.stdout.contains('{'), "a raw placeholder in:\n{}", out.stdout);
    }
    crate::util::run(&["--lang", "ko", "cards", "show", "ex.subnet.usable"]).code(0).stdout_has("예시");
}

#[test]
fn cram_answers_survive_export_and_import_with_the_same_stats_totals() {
    let sb = Sandbox::new();
    sb.cmd(&["study", "--exam", "clf-c02", "--limit", "2"]).stdin("3\n3\n").run().code(0);
    sb.cmd(&["study", "--cram", "--limit", "3"]).stdin("3\n3\n3\n").run().code(0);
    let before = sb.cmd(&["stats", "--json"]).run().json();
    assert_eq!(before["reviews_total"], 5);
    let file = sb.path("history.csv");
    let file = file.to_str().unwrap();
    sb.cmd(&["progress", "export", "-o", file]).run().code(0);
    let text = std::fs::read_to_string(file).unwrap();
    assert_eq!(text.lines().filter(|l| l.ends_with(",cram")).count(), 3, "{text}");
    let fresh = Sandbox::new();
    fresh.cmd(&["progress", "import", file]).run().code(0);
    let after = fresh.cmd(&["stats", "--json"]).run().json();
    assert_eq!(after["reviews_total"], before["reviews_total"]);
    assert_eq!(after["seen"], before["seen"]);
    // A cram review never moves the schedule, imported or not.
    let db = fresh.db();
    assert_eq!(count(&db, "SELECT count(*) FROM review WHERE mode = 'cram'"), 3);
    assert_eq!(count(&db, "SELECT count(*) FROM item_state"), count(&sb.db(), "SELECT count(*) FROM item_state"));
    // A bad mode names the line.
    let bad = fresh.write("bad.csv", "item_id,reviewed_at,rating,mode\niam.ex.decision,2026-11-20T09:00:00Z,3,exam\n");
    fresh
        .cmd(&["progress", "import", bad.to_str().unwrap()])
        .run()
        .code(2)
        .stderr_has(":2")
        .stderr_has("study or cram");
}
