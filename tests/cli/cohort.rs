//! Goals, readiness, profiles and cohort reports through the real binary.

use crate::util::{Cmd, Sandbox, TWO_CARD_BANK};

fn setup() -> (Sandbox, String) {
    crate::util::content_sandbox(TWO_CARD_BANK)
}

/// Imports a history into the database `db` and exports it as `name`.
fn learner(sandbox: &Sandbox, dir: &str, name: &str, history: &str, extra: &[&str]) -> String {
    let db = sandbox.path(&format!("{name}.db"));
    let db = db.to_str().unwrap();
    let csv = sandbox.write(&format!("{name}.csv"), history);
    sandbox.cmd(&["--content-dir", dir, "--db", db, "progress", "import", csv.to_str().unwrap()]).run().code(0);
    sandbox.cmd(&["--content-dir", dir, "--db", db, "goal", "set", "saa-c03", "--date", "2026-12-20"]).run().code(0);
    let out = sandbox.path(&format!("exports/{name}.json"));
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let mut args =
        vec!["--content-dir", dir, "--db", db, "cohort", "export", "--learner", name, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    sandbox.cmd(&args).run().code(0);
    out.to_str().unwrap().to_owned()
}

const KIM: &str = "item_id,reviewed_at,rating\nt.card.reserved,2026-11-18T09:00:00Z,3\nt.card.reserved,2026-11-21T09:00:00Z,3\nt.card.igw,2026-11-21T10:00:00Z,3\n";
const LEE: &str = "item_id,reviewed_at,rating\nt.card.reserved,2026-11-01T09:00:00Z,1\n";

#[test]
fn goal_readiness_shows_in_goal_show_and_stats() {
    let (sandbox, dir) = setup();
    sandbox.cmd(&["--content-dir", &dir, "goal", "show"]).run().code(0).stdout_has("No goal");
    let stats = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json();
    assert!(stats["readiness"].is_null());
    sandbox
        .cmd(&["--content-dir", &dir, "goal", "set", "dva-c02", "--date", "2026-12-20"])
        .run()
        .code(2)
        .stderr_has("dva-c02");
    sandbox
        .cmd(&["--content-dir", &dir, "goal", "set", "saa-c03", "--date", "2026-11-01"])
        .run()
        .code(2)
        .stderr_has("2026-11-01");
    sandbox
        .cmd(&["--content-dir", &dir, "goal", "set", "saa-c03", "--date", "2026-12-20"])
        .run()
        .code(0)
        .stdout_has("28");
    let show = sandbox.cmd(&["--content-dir", &dir, "goal", "show", "--json"]).run().json();
    assert_eq!(show["unseen"], 2);
    assert_eq!(show["readiness"]["overall"], 0.0);
    assert_eq!(show["readiness"]["pass_line"], 0.72);
    let text = sandbox.cmd(&["--content-dir", &dir, "--lang", "ko", "goal", "show"]).run();
    text.code(0).stdout_has("도메인 3").stdout_has("합격선").stdout_has("추정치");
    let stats = sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json();
    assert_eq!(stats["readiness"]["exam"], "saa-c03");
    sandbox.cmd(&["--content-dir", &dir, "goal", "clear"]).run().code(0);
    assert!(sandbox.cmd(&["--content-dir", &dir, "stats", "--json"]).run().json()["readiness"].is_null());
}

#[test]
fn cohort_report_in_every_format() {
    let (sandbox, dir) = setup();
    let kim = learner(&sandbox, &dir, "kim", KIM, &[]);
    let lee = learner(&sandbox, &dir, "이지우", LEE, &[]);
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&kim).unwrap()).unwrap();
    assert_eq!(file["format"], "awsdrill-cohort");
    assert_eq!(file["version"], 2);
    assert_eq!(file["goal"]["exam"], "saa-c03");
    assert_eq!(file["items"].as_array().unwrap().len(), 2);
    let exports = sandbox.path("exports");
    let exports = exports.to_str().unwrap();

    let json = sandbox.cmd(&["--content-dir", &dir, "cohort", "report", exports, "--format", "json"]).run();
    let json = json.code(0).json();
    let learners = json["learners"].as_array().unwrap();
    assert_eq!(learners.len(), 2);
    let k = learners.iter().find(|l| l["name"] == "kim").unwrap();
    assert_eq!(k["reviews_total"], 3);
    assert_eq!(k["streak"], 1);
    assert!(k["readiness"].as_f64().unwrap() > 0.5);
    assert_eq!(k["domains"].as_array().unwrap().len(), 4);
    let l = learners.iter().find(|l| l["name"] == "이지우").unwrap();
    assert_eq!(l["at_risk"], true);
    assert!(json["weakest_topics"].is_array());
    assert_eq!(json["hardest_items"].as_array().unwrap().len(), 0, "no lapses in review phase");
    assert!(json["leaderboard"].is_array());

    let table = sandbox.cmd(&["--content-dir", &dir, "--lang", "ko", "cohort", "report", &kim, &lee]).run();
    table.code(0).stdout_has("kim").stdout_has("이지우").stdout_has("순위표");
    let csv =
        sandbox.cmd(&["--content-dir", &dir, "cohort", "report", exports, "--format", "csv", "--no-leaderboard"]).run();
    csv.code(0).stdout_has("saa-c03_domain_1").stdout_has("kim,2026-11-21");
    assert_eq!(csv.stdout.lines().count(), 3);
    let out = sandbox.path("report.html");
    sandbox
        .cmd(&["--content-dir", &dir, "cohort", "report", exports, "--format", "html", "-o", out.to_str().unwrap()])
        .run()
        .code(0);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for needle in ["<svg", "kim", "이지우", "<style>"] {
        assert!(html.contains(needle), "html lacks {needle}");
    }
    assert!(!html.contains("<script"));
    assert!(!html.contains("<link"));
    let json = sandbox
        .cmd(&["--content-dir", &dir, "cohort", "report", exports, "--format", "json", "--no-leaderboard"])
        .run()
        .json();
    assert!(json["leaderboard"].is_null());
}

#[test]
fn anonymized_exports_use_a_stable_pseudonym() {
    let (sandbox, dir) = setup();
    let a = learner(&sandbox, &dir, "kim", KIM, &["--anonymize"]);
    let text = std::fs::read_to_string(&a).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let name = value["learner"].as_str().unwrap().to_owned();
    assert!(name.starts_with("learner-"), "{name}");
    assert!(!text.contains("\"kim\""));
    let again = learner(&sandbox, &dir, "kim", KIM, &["--anonymize"]);
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(again).unwrap()).unwrap();
    assert_eq!(value["learner"], name.as_str());
}

#[test]
fn bad_files_are_named_and_the_report_still_comes_out() {
    let (sandbox, dir) = setup();
    let kim = learner(&sandbox, &dir, "kim", KIM, &[]);
    let text = std::fs::read_to_string(&kim).unwrap();
    let newer = sandbox
        .write("exports/newer.json", &text.replace("\"version\": 2", "\"version\": 9").replace("\"kim\"", "\"park\""));
    let truncated = sandbox.write("exports/truncated.json", &text[..text.len() / 2]);
    let dup = sandbox.write("exports/z-dup.json", &text);
    let goal = sandbox.write("exports/goal.json", &text.replace("saa-c03", "dva-c02").replace("\"kim\"", "\"choi\""));
    let exports = sandbox.path("exports");
    let out =
        sandbox.cmd(&["--content-dir", &dir, "cohort", "report", exports.to_str().unwrap(), "--format", "json"]).run();
    out.code(1)
        .stderr_has(newer.file_name().unwrap().to_str().unwrap())
        .stderr_has("version 9")
        .stderr_has("truncated.json:")
        .stderr_has(dup.file_name().unwrap().to_str().unwrap())
        .stderr_has("dva-c02")
        .stderr_has(goal.file_name().unwrap().to_str().unwrap());
    let _ = truncated;
    let names: Vec<String> =
        out.json()["learners"].as_array().unwrap().iter().map(|l| l["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names, ["choi", "kim"]);
    sandbox
        .cmd(&["--content-dir", &dir, "cohort", "report", exports.to_str().unwrap(), "--goal", "xyz"])
        .run()
        .code(2)
        .stderr_has("xyz");
}

#[test]
fn profiles_are_listed() {
    let (sandbox, dir) = setup();
    let xdg = sandbox.path("xdg");
    let xdg = xdg.to_str().unwrap();
    for name in ["kim", "lee"] {
        Cmd::new(&["--content-dir", &dir, "--profile", name, "stats"]).env("XDG_DATA_HOME", xdg).run().code(0);
    }
    let out = Cmd::new(&["profiles", "--json", "--profile", "lee"]).env("XDG_DATA_HOME", xdg).run().json();
    let names: Vec<&str> = out["profiles"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["kim", "lee"]);
    assert_eq!(out["profiles"][1]["current"], true);
}

/// Chromium renders the HTML report: the page is not blank and every learner is on it. Runs where
/// Chromium is installed (`.ci/run` installs Debian's package and sets `AWSDRILL_REQUIRE_CHROMIUM`,
/// so on CI a missing browser fails instead of skipping).
#[test]
fn the_html_report_renders_in_headless_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| std::process::Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        assert!(std::env::var_os("AWSDRILL_REQUIRE_CHROMIUM").is_none(), "chromium is required but not installed");
        eprintln!("skipped: chromium not installed");
        return;
    };
    let (sandbox, dir) = setup();
    learner(&sandbox, &dir, "kim", KIM, &[]);
    learner(&sandbox, &dir, "이지우", LEE, &[]);
    let exports = sandbox.path("exports");
    let html = sandbox.path("report.html");
    sandbox
        .cmd(&[
            "--content-dir",
            &dir,
            "cohort",
            "report",
            exports.to_str().unwrap(),
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
        ])
        .run()
        .code(0);
    let profile = sandbox.path("chromium-profile");
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let url = format!("file://{}", html.display());
    let dom = std::process::Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&dom.stdout);
    for name in ["kim", "이지우"] {
        assert!(dom.contains(name), "{name} missing from the rendered page");
    }
    let shot = sandbox.path("shot.png");
    let status = std::process::Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--window-size=1200,1600", &format!("--screenshot={}", shot.display()), &url])
        .output()
        .expect("run chromium");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    // A blank 1200×1600 page compresses to a few kilobytes; tables, charts and the heatmap do not.
    let size = std::fs::metadata(&shot).expect("screenshot written").len();
    assert!(size > 20_000, "screenshot is only {size} bytes: the page looks blank");
}
