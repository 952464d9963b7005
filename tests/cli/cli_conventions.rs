//! Help, usage errors, completions, man pages and `--version`: the conventions every CLI user expects.

use crate::util::{Cmd, Sandbox, run};

#[test]
fn korean_help_is_korean_with_global_options_once() {
    let out = run(&["--lang", "ko", "study", "--help"]);
    out.code(0).stdout_has("사용법: awsdrill study").stdout_has("전역 옵션:").stdout_has("도움말 보기");
    assert_eq!(out.stdout.matches("--profile").count(), 1, "{}", out.stdout);
    assert!(!out.stdout.contains("Print help"), "{}", out.stdout);
    assert!(!out.stdout.contains('`'), "backticks leak into help:\n{}", out.stdout);
}

#[test]
fn help_follows_the_locale_environment() {
    Cmd::new(&["calc", "subnet", "--help"]).env("LANG", "ko_KR.UTF-8").run().code(0).stdout_has("사용 가능 주소");
    run(&["calc", "subnet", "--help"]).code(0).stdout_has("Usable addresses");
}

#[test]
fn korean_usage_errors_name_the_flag_and_the_accepted_values() {
    let out = run(&["--lang", "ko", "quiz", "export", "x.yaml", "--format", "pdf", "-o", "x"]);
    out.code(2).stderr_has("--format").stderr_has("gift, moodle-xml").stderr_has("사용법: awsdrill quiz export");
    let out = Cmd::new(&["stats", "--jsno"]).env("AWSDRILL_LANG", "ko").run();
    out.code(2).stderr_has("이 명령에 없는 옵션입니다: --jsno").stderr_has("--json");
    run(&["stats", "--jsno"]).code(2).stderr_has("unexpected argument '--jsno'");
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&["completions", shell]);
        out.code(0).stdout_has("awsdrill");
        assert!(out.stdout.contains("study") && out.stdout.contains("calc"), "{shell}");
    }
    run(&["completions", "tcsh"]).code(2).stderr_has("bash, elvish, fish, powershell, zsh");
}

#[test]
fn man_pages_one_per_command_and_localized() {
    let sandbox = Sandbox::new();
    let dir = sandbox.path("man");
    let dir_text = dir.to_str().unwrap();
    sandbox.cmd(&["--lang", "ko", "man", "-o", dir_text]).run().code(0).stdout_has("매뉴얼 페이지");
    let study = std::fs::read_to_string(dir.join("awsdrill-study.1")).unwrap();
    assert!(study.starts_with(".ie") || study.contains(".TH"), "{study}");
    assert!(study.contains("간격 반복"), "{study}");
    assert!(dir.join("awsdrill-calc-subnet.1").exists());
    run(&["man"]).code(0).stdout_has(".TH awsdrill");
}

#[test]
fn version_names_the_commit_and_build_date() {
    let out = run(&["--version"]);
    out.code(0).stdout_has("awsdrill 0.").stdout_has(", built 20");
}

#[test]
fn cards_search_matches_words_of_the_text_not_field_names() {
    let all = run(&["cards", "list", "--json"]).json().as_array().map_or(0, Vec::len);
    for word in ["ko", "feedback", "kind", "syllabus", "explanation"] {
        let out = run(&["cards", "search", word, "--json"]).json();
        let count = out["count"].as_u64().unwrap() as usize;
        assert!(count * 20 < all, "{word} matched {count} of {all} items");
    }
    let out = run(&["cards", "search", "nat", "gateway"]);
    out.code(0).stdout_has("[NAT] [gateway]");
    let json = run(&["--lang", "ko", "cards", "search", "보안", "그룹", "--json"]).json();
    assert_eq!(json["schema"], 1);
    let hit = &json["items"][0]["hits"][0];
    assert_eq!(hit["lang"], "ko", "{json}");
    assert!(hit["snippet"].as_str().unwrap().contains("보안"));
}

#[test]
fn a_variable_that_is_not_utf8_is_named_not_ignored() {
    use std::os::unix::ffi::OsStrExt as _;
    let sandbox = Sandbox::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_awsdrill"))
        .args(["paths"])
        .env_remove("AWSDRILL_DB")
        .env("HOME", sandbox.path(""))
        .env("AWSDRILL_PROFILE", std::ffi::OsStr::from_bytes(b"mi\xffji"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("AWSDRILL_PROFILE"));
    // A database path may hold any bytes the file system takes.
    let db = sandbox.path("").join(std::ffi::OsStr::from_bytes(b"p\xff.db"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_awsdrill"))
        .args(["stats", "--json"])
        .env("HOME", sandbox.path(""))
        .env("AWSDRILL_NOW", "2026-11-22T09:00:00Z")
        .env("AWSDRILL_DB", &db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(db.exists(), "the database was not created at the named path");
}
