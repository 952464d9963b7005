//! Mock exams, quizzes, keys and exports, driven through the real binary.

use std::path::Path;

use crate::util::{Sandbox, repo};

const QUIZZES: [&str; 3] = ["vpc-networking-week.yaml", "iam-and-security.yaml", "mixed-half-mock.yaml"];

fn quiz(name: &str) -> String {
    repo().join("content/quizzes").join(name).display().to_string()
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("open db");
    conn.query_row(sql, [], |r| r.get(0)).expect("query")
}

#[test]
fn exam_json_has_the_documented_shape_and_seeds_reproduce() {
    let sb = Sandbox::new();
    let out = sb.cmd(&["exam", "clf-c02", "--seed", "42", "--json"]).stdin("").run();
    out.code(1);
    let json = out.json();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    for k in ["exam", "seed", "total", "correct", "raw_percent", "scaled_estimate", "passed", "domains", "items"] {
        assert!(keys.contains(&k), "missing {k} in {keys:?}");
    }
    assert_eq!(json["exam"], "clf-c02");
    assert_eq!(json["seed"], 42);
    assert_eq!(json["correct"], 0);
    assert_eq!(json["passed"], false);
    assert_eq!(json["scaled_estimate"], 100);
    let domains = json["domains"].as_array().unwrap();
    let weights: Vec<i64> = domains.iter().map(|d| d["weight"].as_i64().unwrap()).collect();
    assert_eq!(weights, vec![24, 30, 34, 12]);
    let numbers: Vec<i64> = domains.iter().map(|d| d["domain"].as_i64().unwrap()).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4]);
    let total: i64 = domains.iter().map(|d| d["total"].as_i64().unwrap()).sum();
    assert_eq!(json["total"].as_i64().unwrap(), total);
    assert_eq!(json["items"].as_array().unwrap().len() as i64, total);
    assert!(total <= 65);
    // Same seed, same items in the same order; another seed, another paper.
    let again = sb.cmd(&["exam", "clf-c02", "--seed", "42", "--json"]).stdin("").run().json();
    assert_eq!(again["items"], json["items"]);
    let other = sb.cmd(&["exam", "clf-c02", "--seed", "43", "--json"]).stdin("").run().json();
    assert_ne!(other["items"], json["items"]);
}

#[test]
fn saa_weights_and_shortfall_warning() {
    let sb = Sandbox::new();
    let out = sb.cmd(&["exam", "saa-c03", "--seed", "1", "--json", "--esl"]).stdin("").run();
    let json = out.json();
    let weights: Vec<i64> = json["domains"].as_array().unwrap().iter().map(|d| d["weight"].as_i64().unwrap()).collect();
    assert_eq!(weights, vec![30, 26, 24, 20]);
    if json["total"].as_i64().unwrap() < 65 {
        out.stderr_has("warning");
    }
}

#[test]
fn a_mock_exam_is_stored_and_only_its_missed_items_enter_the_schedule() {
    let sb = Sandbox::new();
    sb.cmd(&["exam", "clf-c02", "--seed", "5"])
        .stdin("zz\nb\na,c\n")
        .run()
        .code(1)
        .stderr_has("could not read")
        .stdout_has("estimate");
    let db = sb.db();
    // Missed items enter the study schedule (issue 10), but a mock exam writes no study review.
    let missed = count(&db, "SELECT count(*) FROM exam_attempt_item WHERE correct = 0");
    assert!(missed > 0);
    assert_eq!(count(&db, "SELECT count(*) FROM item_state"), missed);
    assert_eq!(count(&db, "SELECT count(*) FROM review"), 0);
    assert_eq!(count(&db, "SELECT count(*) FROM exam_attempt"), 1);
    // "zz" was refused and read again, so the first item got "b".
    let conn = rusqlite::Connection::open(&db).unwrap();
    let first: Option<String> =
        conn.query_row("SELECT answer FROM exam_attempt_item WHERE position = 0", [], |r| r.get(0)).unwrap();
    assert_eq!(first.as_deref(), Some("b"));
    let unanswered = count(&db, "SELECT count(*) FROM exam_attempt_item WHERE answer IS NULL");
    assert!(unanswered > 0, "end of input leaves the rest unanswered");
    let history = sb.cmd(&["exam", "history", "--json"]).run();
    history.code(0);
    let h = history.json();
    assert_eq!(h["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(h["attempts"][0]["exam"], "clf-c02");
    assert_eq!(h["attempts"][0]["seed"], 5);
    sb.cmd(&["exam", "history", "--lang", "ko"]).run().code(0).stdout_has("추정치");
}

#[test]
fn korean_result_table_lines_up() {
    let sb = Sandbox::new();
    let out = sb.cmd(&["--lang", "ko", "exam", "saa-c03", "--seed", "9"]).stdin("").run();
    out.code(1).stdout_has("환산 점수 추정치").stdout_has("[모델 관례]").stdout_has("불합격");
    let table: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with(['┌', '│', '╞', '└'])).collect();
    assert!(table.len() >= 7, "{}", out.stdout);
    let widths: Vec<usize> = table.iter().map(|l| unicode_width::UnicodeWidthStr::width(*l)).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{}", table.join("\n"));
}

#[test]
fn bad_usage_exits_2_naming_the_flag() {
    let sb = Sandbox::new();
    sb.cmd(&["exam", "clf-c02", "--seed", "abc"]).run().code(2).stderr_has("--seed");
    sb.cmd(&["exam", "dva-c02"]).run().code(2).stderr_has("clf-c02");
    let q = quiz(QUIZZES[0]);
    sb.cmd(&["quiz", "key", &q, "--seed", "1.5"]).run().code(2).stderr_has("--seed");
    sb.cmd(&["quiz", "export", &q, "--format", "docx", "-o", "x"]).run().code(2).stderr_has("--format");
    sb.cmd(&["quiz", "take", "/nonexistent/quiz.yaml"]).run().code(2).stderr_has("/nonexistent/quiz.yaml");
}

#[test]
fn a_broken_quiz_file_is_reported_at_path_line_col() {
    let sb = Sandbox::new();
    let text = "schema_version: 1\ntitle: {en: T, ko: T}\nseed: 1\npass_percent: 70\nitems:\n  - vpc.q.service-definition\n  - no.such.item\npools:\n  - topic: vpc\n    count: 999\n";
    let path = sb.write("bad.yaml", text);
    let p = path.display().to_string();
    sb.cmd(&["quiz", "take", &p]).run().code(2).stderr_has(&format!("{p}:7:")).stderr_has("no.such.item");
    let path = sb.write("short.yaml", &text.replace("  - no.such.item\n", ""));
    let p = path.display().to_string();
    sb.cmd(&["quiz", "key", &p]).run().code(2).stderr_has(&format!("{p}:9:")).stderr_has("999");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn content_validate_checks_blueprints_and_quizzes() {
    let sb = Sandbox::new();
    let dir = sb.path("content");
    copy_dir(&repo().join("content"), &dir);
    let d = dir.display().to_string();
    sb.cmd(&["content", "validate", &d]).run().code(0);
    std::fs::write(dir.join("quizzes/broken.yaml"), "schema_version: 1\ntitle: {en: T, ko: T}\nseed: 1\npass_percent: 70\nitems:\n  - vpc-security.card.nacl-stateless\npools:\n  - domain: saa-c03:9\n    count: 1\n").unwrap();
    let bp = std::fs::read_to_string(dir.join("exams/clf-c02.yaml")).unwrap().replace("weight: 12", "weight: 13");
    std::fs::write(dir.join("exams/clf-c02.yaml"), bp).unwrap();
    let out = sb.cmd(&["content", "validate", &d]).run();
    out.code(1)
        .stdout_has(&format!("{d}/quizzes/broken.yaml:6:5:"))
        .stdout_has("is a card")
        .stdout_has(&format!("{d}/quizzes/broken.yaml:8:"))
        .stdout_has(&format!("{d}/exams/clf-c02.yaml:"))
        .stdout_has("add up to 100");
}

/// `quiz key --json` for a quiz file and seed.
fn key(sb: &Sandbox, file: &str, seed: &str) -> Vec<(String, serde_json::Value)> {
    let json = sb.cmd(&["quiz", "key", file, "--seed", seed, "--json"]).run().json();
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap().to_owned(), i["answer"].clone()))
        .collect()
}

fn answer_line(answer: &serde_json::Value) -> String {
    match answer {
        serde_json::Value::Array(list) => list.iter().map(|v| v.as_str().unwrap()).collect::<Vec<_>>().join(","),
        other => other.as_str().unwrap().to_owned(),
    }
}

#[test]
fn taking_a_quiz_with_its_own_key_scores_100_percent() {
    let sb = Sandbox::new();
    for name in QUIZZES {
        let file = quiz(name);
        for seed in ["11", "2026"] {
            let key = key(&sb, &file, seed);
            assert!(!key.is_empty());
            let stdin: String = key.iter().map(|(_, a)| answer_line(a) + "\n").collect();
            let out = sb.cmd(&["quiz", "take", &file, "--seed", seed, "--json"]).stdin(&stdin).run();
            out.code(0);
            let json = out.json();
            assert_eq!(json["total"], key.len());
            assert_eq!(json["correct"], key.len());
            assert_eq!(json["passed"], true);
            let ids: Vec<&str> = json["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
            assert_eq!(ids, key.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>());
        }
        // The file's default seed reproduces.
        assert_eq!(
            sb.cmd(&["quiz", "key", &file, "--json"]).run().json(),
            sb.cmd(&["quiz", "key", &file, "--json"]).run().json()
        );
    }
    // No answers: not passed, exit 1, and the schedule is untouched.
    let out = sb.cmd(&["quiz", "take", &quiz(QUIZZES[1]), "--json"]).stdin("").run();
    out.code(1);
    assert_eq!(out.json()["passed"], false);
    sb.cmd(&["quiz", "take", &quiz(QUIZZES[1]), "--lang", "ko"]).stdin("").run().code(1).stdout_has("불합격");
}

// ---------------------------------------------------------------- exports

fn letters_to_indexes(answer: &serde_json::Value) -> Vec<usize> {
    answer_line(answer).split(',').map(|l| usize::from(l.as_bytes()[0] - b'a')).collect()
}

/// A small GIFT reader: questions are separated by blank lines; the answer block is between the
/// first and last unescaped braces; `=` right, `~%w%` weighted (right when w > 0), `~` wrong,
/// `#n` numeric, `####` general feedback. Returns (title, correct option indexes or the number).
fn parse_gift(text: &str) -> Vec<(String, Result<Vec<usize>, String>)> {
    fn unescaped(s: &str, target: char) -> Vec<usize> {
        let mut out = Vec::new();
        let mut escaped = false;
        for (i, c) in s.char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == target {
                out.push(i);
            }
        }
        out
    }
    let mut questions = Vec::new();
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty() && !b.starts_with("//")) {
        let colons = unescaped(block, ':');
        assert!(block.starts_with("::") && colons.len() >= 4, "title: {block}");
        let title = block[2..colons[2]].to_owned();
        let open = unescaped(block, '{');
        let close = unescaped(block, '}');
        assert_eq!((open.len(), close.len()), (1, 1), "one unescaped answer block: {block}");
        let body = &block[open[0] + 1..close[0]];
        if let Some(number) = body.trim().strip_prefix('#').filter(|b| !b.starts_with('#')) {
            questions.push((title, Err(number.lines().next().unwrap().trim().to_owned())));
            continue;
        }
        let mut correct = Vec::new();
        let mut index = 0;
        let mut total_weight = 0.0;
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line.starts_with("####") {
                continue;
            }
            if let Some(rest) = line.strip_prefix('=') {
                assert!(!rest.is_empty());
                correct.push(index);
            } else if let Some(rest) = line.strip_prefix('~') {
                if let Some(weighted) = rest.strip_prefix('%') {
                    let w: f64 = weighted.split('%').next().unwrap().parse().unwrap();
                    if w > 0.0 {
                        total_weight += w;
                        correct.push(index);
                    }
                }
            } else {
                panic!("unexpected GIFT line {line:?}");
            }
            index += 1;
        }
        if correct.len() > 1 {
            assert!((total_weight - 100.0).abs() < 0.01, "choose-N weights add up to 100: {total_weight}");
        }
        questions.push((title, Ok(correct)));
    }
    questions
}

#[test]
fn every_export_round_trips_item_count_and_correct_answers() {
    let sb = Sandbox::new();
    for name in QUIZZES {
        let file = quiz(name);
        let key = key(&sb, &file, "77");
        let export = |format: &str, out: &str, lang: &str| {
            let path = sb.path(out);
            let p = path.display().to_string();
            sb.cmd(&["quiz", "export", &file, "--seed", "77", "--format", format, "-o", &p, "--lang", lang])
                .run()
                .code(0);
            path
        };

        // GIFT: test-side parser.
        let gift = std::fs::read_to_string(export("gift", "q.gift", "both")).unwrap();
        let parsed = parse_gift(&gift);
        assert_eq!(parsed.len(), key.len());
        for ((title, answer), (id, expected)) in parsed.iter().zip(&key) {
            assert!(title.ends_with(id.as_str()), "{title} vs {id}");
            match answer {
                Ok(indexes) => assert_eq!(indexes, &letters_to_indexes(expected)),
                Err(number) => assert_eq!(number, expected.as_str().unwrap()),
            }
        }

        // Moodle XML: roxmltree.
        let xml = std::fs::read_to_string(export("moodle-xml", "q.xml", "ko")).unwrap();
        let doc = roxmltree::Document::parse(&xml).expect("well-formed Moodle XML");
        let questions: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("question") && n.attribute("type") != Some("category"))
            .collect();
        assert_eq!(questions.len(), key.len());
        for (q, (id, expected)) in questions.iter().zip(&key) {
            let name = q.descendants().find(|n| n.has_tag_name("name")).unwrap();
            assert!(name.descendants().filter_map(|n| n.text()).any(|t| t.ends_with(id.as_str())));
            let answers: Vec<_> = q.children().filter(|n| n.has_tag_name("answer")).collect();
            let right: Vec<usize> = answers
                .iter()
                .enumerate()
                .filter(|(_, a)| a.attribute("fraction").unwrap().parse::<f64>().unwrap() > 0.0)
                .map(|(i, _)| i)
                .collect();
            let single = q.children().find(|n| n.has_tag_name("single")).and_then(|n| n.text());
            if q.attribute("type") == Some("multichoice") {
                assert_eq!(right, letters_to_indexes(expected));
                assert_eq!(single, Some(if right.len() == 1 { "true" } else { "false" }));
                let sum: f64 = answers
                    .iter()
                    .map(|a| a.attribute("fraction").unwrap().parse::<f64>().unwrap())
                    .filter(|f| *f > 0.0)
                    .sum();
                assert!((sum - 100.0).abs() < 0.01);
            }
        }

        // QTI 2.1: roxmltree over the manifest, the test and every item.
        let dir = export("qti", "qti", "en");
        let manifest = std::fs::read_to_string(dir.join("imsmanifest.xml")).unwrap();
        let manifest = roxmltree::Document::parse(&manifest).expect("well-formed manifest");
        let item_resources: Vec<String> = manifest
            .descendants()
            .filter(|n| n.has_tag_name("resource") && n.attribute("type") == Some("imsqti_item_xmlv2p1"))
            .map(|n| n.attribute("href").unwrap().to_owned())
            .collect();
        assert_eq!(item_resources.len(), key.len());
        let test = std::fs::read_to_string(dir.join("assessment.xml")).unwrap();
        let test = roxmltree::Document::parse(&test).expect("well-formed test");
        assert_eq!(test.descendants().filter(|n| n.has_tag_name("assessmentItemRef")).count(), key.len());
        for (href, (id, expected)) in item_resources.iter().zip(&key) {
            let item_xml = std::fs::read_to_string(dir.join(href)).unwrap();
            let item_doc = roxmltree::Document::parse(&item_xml).expect("well-formed item");
            let root = item_doc.root_element();
            assert_eq!(root.attribute("title"), Some(id.as_str()));
            let decl = root.children().find(|n| n.has_tag_name("responseDeclaration")).unwrap();
            let values: Vec<String> = decl
                .descendants()
                .filter(|n| n.has_tag_name("value"))
                .filter_map(|n| n.text())
                .map(str::to_lowercase)
                .collect();
            let want: Vec<String> = answer_line(expected).split(',').map(str::to_owned).collect();
            assert_eq!(values, want);
            if let Some(choice) = root.descendants().find(|n| n.has_tag_name("choiceInteraction")) {
                assert_eq!(choice.attribute("maxChoices"), Some(want.len().to_string().as_str()));
                assert_eq!(decl.attribute("cardinality"), Some(if want.len() > 1 { "multiple" } else { "single" }));
            }
        }

        // CSV: a simple RFC 4180 reader.
        let csv = std::fs::read_to_string(export("csv", "q.csv", "both")).unwrap();
        let rows = read_csv(&csv);
        assert_eq!(rows[0][0], "number");
        assert_eq!(rows.len() - 1, key.len());
        let answer_col = rows[0].iter().position(|h| h == "answer").unwrap();
        for (row, (id, expected)) in rows[1..].iter().zip(&key) {
            assert_eq!(&row[1], id);
            assert_eq!(row[answer_col].replace(';', ","), answer_line(expected));
            assert_eq!(row.len(), rows[0].len());
        }

        // Markdown: one ### per item, ticked boxes match the key.
        let md = std::fs::read_to_string(export("markdown", "q.md", "en")).unwrap();
        let sections: Vec<&str> = md.split("\n### ").skip(1).collect();
        assert_eq!(sections.len(), key.len());
        for (section, (_, expected)) in sections.iter().zip(&key) {
            let ticked: Vec<usize> = section
                .lines()
                .filter(|l| l.starts_with("- ["))
                .enumerate()
                .filter(|(_, l)| l.starts_with("- [x]"))
                .map(|(i, _)| i)
                .collect();
            if !ticked.is_empty() {
                assert_eq!(ticked, letters_to_indexes(expected));
            }
        }
    }
}

fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => field.push(c),
        }
    }
    rows
}
