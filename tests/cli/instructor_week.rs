//! The instructor's and the lead's week, part one: learner profiles never share a database.

use crate::util::{Cmd, Sandbox};

const BANK: &str = r"schema_version: 1
items:
  - id: t.card.reserved
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: How many addresses does AWS reserve per subnet?, ko: AWS는 서브넷마다 주소를 몇 개 예약합니까?}
    back: {en: Five., ko: 다섯 개입니다.}
  - id: t.card.igw
    kind: card
    topic: vpc
    domains: [saa-c03:1.1]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: What makes a subnet public?, ko: 서브넷을 퍼블릭으로 만드는 것은?}
    back: {en: A route to an internet gateway., ko: 인터넷 게이트웨이로 가는 라우팅입니다.}
";

/// How one run names its database and profile.
#[derive(Debug, Clone, Copy)]
struct Combo {
    db_flag: Option<&'static str>,
    db_env: bool,
    profile_by_flag: bool,
}

fn command(sandbox: &Sandbox, dir: &str, combo: Combo, profile: Option<&str>, args: &[&str]) -> Cmd {
    let mut argv = vec!["--content-dir", dir];
    let flag_path = combo.db_flag.map(|name| sandbox.path(name).to_str().unwrap().to_owned());
    if let Some(path) = &flag_path {
        argv.extend(["--db", path.as_str()]);
    }
    if let (Some(name), true) = (profile, combo.profile_by_flag) {
        argv.extend(["--profile", name]);
    }
    argv.extend_from_slice(args);
    let mut cmd = Cmd::new(&argv);
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
                let (sandbox, dir) = crate::util::content_sandbox(BANK);
                std::fs::create_dir_all(sandbox.path("flagdir")).unwrap();
                std::fs::create_dir_all(sandbox.path("flag")).unwrap();
                std::fs::create_dir_all(sandbox.path("shared")).unwrap();
                command(&sandbox, &dir, combo, Some("kim"), &["study", "--limit", "1"]).stdin("3\n").run().code(0);
                command(&sandbox, &dir, combo, Some("lee"), &["study", "--limit", "2"]).stdin("3\n3\n").run().code(0);
                assert_eq!(reviews(&sandbox, &dir, combo, Some("kim")), 1, "{combo:?}");
                assert_eq!(reviews(&sandbox, &dir, combo, Some("lee")), 2, "{combo:?}");
                if db_flag != Some("flagdir") {
                    assert_eq!(reviews(&sandbox, &dir, combo, None), 0, "{combo:?}: the unprofiled database stays empty");
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
    let (sandbox, dir) = crate::util::content_sandbox(BANK);
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
