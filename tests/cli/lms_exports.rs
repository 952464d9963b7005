//! Quiz exports an LMS really takes, each read back by a third-party parser: GIFT by
//! gift-pegjs (Node), QTI by xmllint (and the IMS XSDs when `AWSDRILL_QTI_XSD_DIR` holds them),
//! CSV by the `csv` crate, Kahoot's xlsx by calamine. `.ci/run` installs node's gift-pegjs and
//! libxml2-utils and sets `AWSDRILL_REQUIRE_LMS_TOOLS`, so on CI a missing tool fails.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Reader as _, Xlsx};

use crate::util::Sandbox;

/// A quiz whose own item is full of GIFT-, HTML- and Excel-sensitive text, in both languages.
const QUIZ: &str = r#"schema_version: 1
title: {en: "Week 2: S3 & IAM", ko: "2주차: S3와 IAM"}
seed: 11
minutes: 10
pass_percent: 60
items:
  - vpc.q.service-definition
  - id: week2.q.tricky
    kind: question
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    stem: {en: "Which ARN matches arn:aws:s3:::<env>.<id>/* {any} ~ = # ?", ko: "arn:aws:s3:::<env>.<id>/* {any}에 맞는 ARN은? ~ = #"}
    options:
      - text: {en: "%50% of buckets: a=b", ko: "%50% 버킷: a=b"}
        correct: true
        feedback: {en: "Right: <env> & <id> are placeholders.", ko: "맞습니다. <env>와 <id>는 자리표시자입니다."}
      - text: {en: "~everything", ko: "~전부"}
        feedback: {en: "No: #1 is wrong.", ko: "아닙니다: #1은 틀렸습니다."}
      - text: {en: "{none}", ko: "{없음}"}
      - text: {en: "arn:aws:iam::123:role/x", ko: "arn:aws:iam::123:role/x"}
    explanation: {en: "Line one.\nLine two: 100%.", ko: "첫 줄.\n둘째 줄: 100%."}
"#;

fn required() -> bool {
    std::env::var_os("AWSDRILL_REQUIRE_LMS_TOOLS").is_some()
}

fn skip(tool: &str) {
    assert!(!required(), "{tool} is required (AWSDRILL_REQUIRE_LMS_TOOLS) but not available");
    eprintln!("skipped: {tool} not available");
}

struct Quiz {
    sandbox: Sandbox,
    file: String,
}

impl Quiz {
    fn new() -> Self {
        let sandbox = Sandbox::new();
        let file = sandbox.write("week2.yaml", QUIZ).display().to_string();
        Quiz { sandbox, file }
    }

    fn export(&self, out: &str, args: &[&str]) -> PathBuf {
        let path = self.sandbox.path(out);
        let p = path.display().to_string();
        let mut words = vec!["quiz", "export", self.file.as_str(), "-o", p.as_str()];
        words.extend_from_slice(args);
        self.sandbox.cmd(&words).run().code(0);
        path
    }

    /// `(id, answer letters)` from `quiz key --json`.
    fn key(&self) -> Vec<(String, String)> {
        let key = self.sandbox.cmd(&["quiz", "key", &self.file, "--json"]).run().json();
        key["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["id"].as_str().unwrap().to_owned(), i["answer"].as_str().unwrap().to_owned()))
            .collect()
    }
}

fn letters(answer: &str) -> Vec<usize> {
    answer.split(',').map(|l| usize::from(l.trim().as_bytes()[0] - b'a')).collect()
}

/// gift-pegjs's parse of `file` as JSON, or None when node or the module is missing.
fn gift_pegjs(file: &Path) -> Option<serde_json::Value> {
    let script = "const {parse}=require('gift-pegjs');console.log(JSON.stringify(parse(require('fs').readFileSync(process.argv[1],'utf8'))))";
    let mut cmd = Command::new("node");
    cmd.args(["-e", script, file.to_str().unwrap()]);
    if let Some(path) = std::env::var_os("AWSDRILL_NODE_PATH") {
        cmd.env("NODE_PATH", path);
    }
    let out = cmd.output().ok()?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("Cannot find module"), "gift-pegjs rejected the export: {err}");
        return None;
    }
    Some(serde_json::from_slice(&out.stdout).expect("gift-pegjs prints JSON"))
}

#[test]
fn gift_is_read_by_gift_pegjs_with_every_special_character_literal_and_multilang_spans() {
    let quiz = Quiz::new();
    let key = quiz.key();
    let path = quiz.export("week2.gift", &["--format", "gift", "--lang", "both"]);
    let Some(parsed) = gift_pegjs(&path) else { return skip("node with gift-pegjs") };
    let questions = parsed.as_array().unwrap();
    assert_eq!(questions.len(), key.len());
    for (q, (id, answer)) in questions.iter().zip(&key) {
        assert_eq!(q["type"], "MC");
        assert!(q["title"].as_str().unwrap().ends_with(id.as_str()));
        assert_eq!(q["stem"]["format"], "html");
        let stem = q["stem"]["text"].as_str().unwrap();
        assert!(stem.starts_with("<span lang=\"ko\" class=\"multilang\">"), "{stem}");
        assert!(stem.contains("</span><span lang=\"en\" class=\"multilang\">"), "{stem}");
        let right: Vec<usize> = q["choices"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .filter(|(_, c)| c["isCorrect"] == true)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(right, letters(answer), "{id}");
        // No option became a weighted answer, whatever its text starts with.
        assert!(q["choices"].as_array().unwrap().iter().all(|c| c["weight"].is_null()));
    }
    let tricky = &questions[1];
    let stem = tricky["stem"]["text"].as_str().unwrap();
    assert!(stem.contains("arn:aws:s3:::&lt;env&gt;.&lt;id&gt;/* {any} ~ = # ?"), "{stem}");
    let texts: Vec<&str> =
        tricky["choices"].as_array().unwrap().iter().map(|c| c["text"]["text"].as_str().unwrap()).collect();
    assert!(texts.iter().any(|t| t.contains(">&#37;50&#37; of buckets: a=b<")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains(">~everything<")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains(">{none}<")), "{texts:?}");
    let general = tricky["globalFeedback"]["text"].as_str().unwrap();
    assert!(general.contains("Line one.<br>Line two: 100&#37;."), "{general}");
}

#[test]
fn moodle_xml_in_both_languages_uses_multilang_spans_not_stacked_text() {
    let quiz = Quiz::new();
    let path = quiz.export("week2.xml", &["--format", "moodle-xml", "--lang", "both"]);
    let xml = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed Moodle XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("questiontext"))
        .map(|n| n.descendants().find(|t| t.has_tag_name("text")).and_then(|t| t.text()).unwrap())
        .collect();
    assert_eq!(texts.len(), 2);
    for t in texts {
        assert!(t.starts_with("<p><span lang=\"ko\" class=\"multilang\">"), "{t}");
        assert!(t.contains("<span lang=\"en\" class=\"multilang\">"), "{t}");
    }
}

fn unzip(path: &Path) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("a zip archive");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().into_owned(), text)
        })
        .collect()
}

fn xmllint(args: &[&str], dir: &Path) -> Option<std::process::Output> {
    Command::new("xmllint").args(args).current_dir(dir).output().ok()
}

#[test]
fn qti_zip_is_a_content_package_with_a_pass_mark_and_validates_with_xmllint() {
    let quiz = Quiz::new();
    let key = quiz.key();
    let zip = quiz.export("week2.zip", &["--format", "qti", "--lang", "ko"]);
    let files = unzip(&zip);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["imsmanifest.xml", "assessment.xml", "items/item-001.xml", "items/item-002.xml"]);
    let file_text = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, t)| t.as_str()).unwrap();

    let test = roxmltree::Document::parse(file_text("assessment.xml")).unwrap();
    let score = test
        .root_element()
        .children()
        .find(|n| n.has_tag_name("outcomeDeclaration") && n.attribute("identifier") == Some("SCORE"))
        .expect("a test-level SCORE");
    assert_eq!(score.attribute("normalMaximum"), Some("2"));
    // 60% of two items: 1.2 right answers pass, as `quiz take` grades it.
    assert_eq!(score.attribute("masteryValue"), Some("1.2"));
    assert!(test.descendants().any(|n| n.has_tag_name("outcomeProcessing")));
    assert!(test.descendants().any(|n| n.has_tag_name("timeLimits") && n.attribute("maxTime") == Some("600")));

    let item = roxmltree::Document::parse(file_text("items/item-002.xml")).unwrap();
    let choices: Vec<_> = item.descendants().filter(|n| n.has_tag_name("simpleChoice")).collect();
    assert_eq!(choices.len(), 4);
    let feedback: Vec<_> = item.descendants().filter(|n| n.has_tag_name("feedbackInline")).collect();
    assert_eq!(feedback.len(), 2, "one feedback per option that has one");
    let correct: Vec<&str> = item
        .descendants()
        .filter(|n| n.has_tag_name("correctResponse"))
        .flat_map(|n| n.children().filter(|v| v.has_tag_name("value")).filter_map(|v| v.text()))
        .collect();
    let want: Vec<String> = letters(&key[1].1).iter().map(|i| char::from(b'A' + *i as u8).to_string()).collect();
    assert_eq!(correct, want);

    let dir = quiz.sandbox.path("unzipped");
    for (name, text) in &files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let Some(out) =
        xmllint(&["--noout", "imsmanifest.xml", "assessment.xml", "items/item-001.xml", "items/item-002.xml"], &dir)
    else {
        return skip("xmllint");
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The IMS schemas may not be redistributed without registering with IMS, so they are not in
    // the repository: point AWSDRILL_QTI_XSD_DIR at a folder with qtiv2p1/imsqti_v2p1.xsd and
    // imscp_v1p1.xsd (and their imports) to validate against them.
    if let Some(xsd) = std::env::var_os("AWSDRILL_QTI_XSD_DIR") {
        let xsd = PathBuf::from(xsd);
        let qti = xsd.join("qtiv2p1/imsqti_v2p1.xsd").display().to_string();
        let out =
            xmllint(&["--noout", "--schema", &qti, "assessment.xml", "items/item-001.xml", "items/item-002.xml"], &dir)
                .unwrap();
        assert!(out.status.success(), "QTI 2.1 schema: {}", String::from_utf8_lossy(&out.stderr));
        let cp = xsd.join("imscp_v1p1.xsd").display().to_string();
        let out = xmllint(&["--noout", "--schema", &cp, "imsmanifest.xml"], &dir).unwrap();
        assert!(out.status.success(), "IMS CP schema: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn qti_folder_export_leaves_no_stale_item_of_a_longer_paper() {
    let quiz = Quiz::new();
    let dir = quiz.sandbox.path("qti");
    std::fs::create_dir_all(dir.join("items")).unwrap();
    std::fs::write(dir.join("items/item-007.xml"), "stale").unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    quiz.export("qti", &["--format", "qti"]);
    let mut items: Vec<String> = std::fs::read_dir(dir.join("items"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    items.sort();
    assert_eq!(items, ["item-001.xml", "item-002.xml"]);
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine", "files not ours are kept");
}

#[test]
fn csv_for_excel_starts_with_a_bom_and_reads_back_with_the_csv_crate() {
    let quiz = Quiz::new();
    let key = quiz.key();
    let plain = std::fs::read(quiz.export("plain.csv", &["--format", "csv", "--lang", "ko"])).unwrap();
    assert!(!plain.starts_with(b"\xEF\xBB\xBF"));
    let bytes = std::fs::read(quiz.export("excel.csv", &["--format", "csv", "--lang", "ko", "--excel"])).unwrap();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a UTF-8 byte order mark");
    assert_eq!(body, plain.as_slice(), "the same rows after the mark");
    assert!(std::str::from_utf8(body).unwrap().lines().count() >= 3);
    assert!(body.windows(2).filter(|w| w == b"\r\n").count() >= 3, "CRLF row ends");
    let mut reader = csv::Reader::from_reader(body);
    let headers = reader.headers().unwrap().clone();
    let answer = headers.iter().position(|h| h == "answer").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), key.len());
    for (row, (id, letters)) in rows.iter().zip(&key) {
        assert_eq!(&row[1], id);
        assert_eq!(row[answer].replace(';', ","), *letters);
    }
    assert!(rows[1][4].contains("<env>.<id>") && rows[1][4].contains("에 맞는 ARN은?"), "{:?}", rows[1]);
    // The flag belongs to csv only.
    let out = quiz.sandbox.cmd(&["quiz", "export", &quiz.file, "--format", "gift", "--excel", "-o", "x"]).run();
    out.code(2).stderr_has("--excel").stderr_has("csv");
}

#[test]
fn markdown_for_students_has_no_key_and_the_key_copy_keeps_paragraphs() {
    let quiz = Quiz::new();
    let student = std::fs::read_to_string(quiz.export("s.md", &["--format", "markdown", "--student"])).unwrap();
    assert_eq!(student.matches("\n### ").count(), 2);
    assert!(!student.contains("[x]"), "{student}");
    assert!(!student.contains("Answer:"), "{student}");
    assert!(!student.contains("Line one"), "{student}");
    let key = std::fs::read_to_string(quiz.export("k.md", &["--format", "markdown"])).unwrap();
    assert!(key.contains("> Line one.\n>\n> Line two: 100%."), "{key}");
    assert_eq!(key.matches("[x]").count(), 2);
}

#[test]
fn kahoot_xlsx_reads_back_with_calamine_within_kahoots_limits() {
    let quiz = Quiz::new();
    let key = quiz.key();
    let path = quiz.sandbox.path("week2.xlsx");
    let p = path.display().to_string();
    let out = quiz.sandbox.cmd(&["quiz", "export", &quiz.file, "--format", "kahoot", "--lang", "en", "-o", &p]).run();
    out.code(0).stderr_has("vpc.q.service-definition: the question has").stderr_has("Kahoot takes 120");
    let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("an xlsx workbook");
    let sheet = book.worksheet_range("Sheet1").expect("Kahoot reads Sheet1");
    let cell = |r: u32, c: u32| sheet.get_value((r, c)).map(ToString::to_string).unwrap_or_default();
    assert_eq!(cell(7, 1), "Question - max 120 characters");
    assert_eq!(cell(7, 7), "Correct answer(s) - choose at least one");
    for (n, (id, answer)) in key.iter().enumerate() {
        let row = 8 + n as u32;
        assert_eq!(cell(row, 0), (n + 1).to_string(), "{id}");
        assert!(cell(row, 1).chars().count() <= 120, "{id}");
        for col in 2..=5 {
            assert!(cell(row, col).chars().count() <= 75);
            assert!(!cell(row, col).is_empty(), "{id}: four answers");
        }
        // 10 minutes over two items: 300 s each, above Kahoot's largest limit.
        assert_eq!(cell(row, 6), "240");
        let want: Vec<String> = letters(answer).iter().map(|i| (i + 1).to_string()).collect();
        assert_eq!(cell(row, 7), want.join(","), "{id}");
    }
    assert!(cell(8, 1).ends_with('…'), "the long scenario is shortened: {}", cell(8, 1));
    assert!(cell(9, 1).contains("<env>.<id>"));
    let out =
        quiz.sandbox.cmd(&["quiz", "export", &quiz.file, "--format", "kahoot", "--time-limit", "45", "-o", &p]).run();
    out.code(2).stderr_has("240");
}
