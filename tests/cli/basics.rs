//! Global behaviour: help, usage errors, paths, language selection.

use crate::util::{Sandbox, run};

#[test]
fn a_bad_flag_value_names_the_flag_and_the_accepted_values() {
    let out = run(&["--lang", "fr", "paths"]);
    out.code(2).stderr_has("--lang").stderr_has("ko").stderr_has("both");
}

#[test]
fn paths_shows_each_path_and_its_source() {
    let sandbox = Sandbox::new();
    let out = sandbox.cmd(&["paths"]).run();
    out.code(0).stdout_has("AWSDRILL_DB").stdout_has(sandbox.db().to_str().unwrap());
    let out = sandbox.cmd(&["paths", "--lang", "ko"]).run();
    out.code(0).stdout_has("데이터베이스");
}

#[test]
fn paths_json_reports_sources() {
    let sandbox = Sandbox::new();
    let json = sandbox.cmd(&["paths", "--json"]).env("LANG", "ko_KR.UTF-8").run().json();
    assert_eq!(json["database"]["source"], "$AWSDRILL_DB");
    assert_eq!(json["lang"]["value"], "ko");
    assert_eq!(json["lang"]["source"], "$LANG");
    assert_eq!(json["content"]["source"], "embedded");
}
