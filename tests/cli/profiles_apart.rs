//! Two learners on one machine never share rows, whatever mix of flags and variables names them.

use crate::util::{Cmd, Sandbox};

/// How a profile or a database is named in one run.
#[derive(Clone, Copy, Debug)]
enum Via {
    None,
    Flag,
    Env,
}

const VIAS: [Via; 3] = [Via::None, Via::Flag, Via::Env];

fn command(sandbox: &Sandbox, args: &[&str], profile: (Via, &str), db: (Via, &str)) -> Cmd {
    let mut words: Vec<String> = Vec::new();
    if let Via::Flag = profile.0 {
        words.extend(["--profile".into(), profile.1.into()]);
    }
    if let Via::Flag = db.0 {
        words.extend(["--db".into(), db.1.into()]);
    }
    words.extend(args.iter().map(|a| (*a).to_owned()));
    let line: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut cmd = Cmd::new(&line);
    cmd.env("XDG_DATA_HOME", sandbox.path("data").to_str().unwrap());
    if let Via::Env = profile.0 {
        cmd.env("AWSDRILL_PROFILE", profile.1);
    }
    if let Via::Env = db.0 {
        cmd.env("AWSDRILL_DB", db.1);
    }
    cmd
}

fn reviews(sandbox: &Sandbox, profile: (Via, &str), db: (Via, &str)) -> u64 {
    let out = command(sandbox, &["stats", "--json"], profile, db).run();
    out.code(0);
    out.json()["reviews_total"].as_u64().unwrap_or_else(|| panic!("no reviews_total in {}", out.stdout))
}

#[test]
fn profiles_never_share_a_database() {
    for profile_via in VIAS {
        for db_via in VIAS {
            let sandbox = Sandbox::new();
            let shared = sandbox.path("shared.db");
            let shared = shared.to_str().unwrap();
            let learners = [("minji", 2), ("jisoo", 3)];
            for (name, answers) in learners {
                let profile = (if let Via::None = profile_via { Via::None } else { profile_via }, name);
                let out = command(&sandbox, &["study", "--limit", &answers.to_string()], profile, (db_via, shared))
                    .stdin(&"1\n".repeat(answers))
                    .run();
                match (profile_via, db_via) {
                    (Via::None, _) | (_, Via::None) => {
                        out.code(0);
                    }
                    _ => {
                        // Both name a database: refused before anything is written.
                        out.code(2).stderr_has(name).stderr_has("both choose a database");
                        assert!(!std::path::Path::new(shared).exists(), "{profile_via:?}/{db_via:?} created the file");
                    }
                }
            }
            match (profile_via, db_via) {
                (Via::None, _) => {
                    // No profile: everyone writes to the one database that was named; that is the user's choice.
                    assert_eq!(reviews(&sandbox, (Via::None, ""), (db_via, shared)), 5);
                }
                (_, Via::None) => {
                    assert_eq!(reviews(&sandbox, (profile_via, "minji"), (Via::None, "")), 2, "{profile_via:?}");
                    assert_eq!(reviews(&sandbox, (profile_via, "jisoo"), (Via::None, "")), 3, "{profile_via:?}");
                    let default_db = sandbox.path("data/awsdrill/progress.db");
                    assert!(!default_db.exists(), "a profile wrote to the default database");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn paths_shows_the_profile_database_and_the_refusal_is_korean_too() {
    let sandbox = Sandbox::new();
    let out = command(&sandbox, &["paths", "--json"], (Via::Flag, "minji"), (Via::None, "")).run();
    let json = out.json();
    assert!(json["database"]["path"].as_str().unwrap().ends_with("profiles/minji.db"), "{json}");
    let out = command(&sandbox, &["--lang", "ko", "stats"], (Via::Env, "minji"), (Via::Env, "/tmp/x.db")).run();
    out.code(2).stderr_has("AWSDRILL_PROFILE minji 설정과 AWSDRILL_DB(/tmp/x.db)");
}
