//! `awsdrill calc ec2`: the contract's JSON, the human explanation in both languages, bad input.

use serde_json::json;

use crate::util::run;

#[test]
fn json_matches_the_contract_example_for_running_stop() {
    let v = run(&["calc", "ec2", "--state", "running", "--action", "stop", "--json"]).code(0).json();
    assert_eq!(v["state"], "running");
    assert_eq!(v["action"], "stop");
    assert_eq!(v["ok"], true);
    assert_eq!(v["through"], json!(["stopping"]));
    assert_eq!(v["final"], "stopped");
    assert_eq!(v["error"], json!(null));
    assert_eq!(v["billed"], json!({"through": [false], "final": false}));
    assert_eq!(v["notes"].as_array().map(Vec::len), Some(4));
    // Field order follows the contract.
    let out = run(&["calc", "ec2", "--state", "running", "--action", "stop", "--json"]);
    assert!(out.stdout.starts_with(r#"{"state":"running","action":"stop","ok":true,"through":["stopping"],"final":"stopped","error":null,"billed":{"through":[false],"final":false},"notes":["#));
}

#[test]
fn json_for_every_state_and_action() {
    let states = ["pending", "running", "stopping", "stopped", "shutting-down", "terminated"];
    let actions = ["start", "stop", "hibernate", "reboot", "terminate"];
    for state in states {
        for action in actions {
            let v = run(&["calc", "ec2", "--state", state, "--action", action, "--json"]).code(0).json();
            let ok = v["ok"].as_bool().unwrap();
            assert_eq!(v["error"].is_null(), ok, "{state} {action}");
            if !ok {
                assert_eq!(v["error"], "IncorrectInstanceState");
                assert_eq!(v["final"], state);
            }
            assert_eq!(v["through"].as_array().unwrap().len(), v["billed"]["through"].as_array().unwrap().len());
            assert!(states.contains(&v["final"].as_str().unwrap()));
        }
    }
}

#[test]
fn hibernate_bills_the_stopping_phase_and_refusals_report_the_error() {
    let v = run(&["calc", "ec2", "--state", "running", "--action", "hibernate", "--json"]).code(0).json();
    assert_eq!(v["billed"], json!({"through": [true], "final": false}));
    let v = run(&["calc", "ec2", "--state", "terminated", "--action", "start", "--json"]).code(0).json();
    assert_eq!(
        (v["ok"].clone(), v["error"].clone(), v["final"].clone()),
        (json!(false), json!("IncorrectInstanceState"), json!("terminated"))
    );
    let v = run(&["calc", "ec2", "--state", "stopped", "--action", "stop", "--json"]).code(0).json();
    let steps = v["steps"].as_array().unwrap();
    assert!(steps.iter().any(|s| s["convention"] == true), "the assumed error code is flagged");
    let v = run(&["calc", "ec2", "--state", "stopped", "--action", "start", "--json"]).code(0).json();
    assert_eq!((v["through"].clone(), v["final"].clone()), (json!(["pending"]), json!("running")));
    assert_eq!(v["billed"], json!({"through": [false], "final": true}));
}

#[test]
fn ignored_reboot_of_a_terminated_instance() {
    let v = run(&["calc", "ec2", "--state", "terminated", "--action", "reboot", "--json"]).code(0).json();
    assert_eq!(
        (v["ok"].clone(), v["error"].clone(), v["final"].clone()),
        (json!(true), json!(null), json!("terminated"))
    );
    assert_eq!(v["ignored"], true);
}

#[test]
fn human_output_in_english_and_korean() {
    run(&["calc", "ec2", "--state", "running", "--action", "stop", "--lang", "en"])
        .code(0)
        .stdout_has("running → stopping → stopped")
        .stdout_has("Public IPv4 address")
        .stdout_has("Instance store");
    run(&["calc", "ec2", "--state", "running", "--action", "reboot", "--lang", "ko"])
        .code(0)
        .stdout_has("\"rebooting\" 상태는 없")
        .stdout_has("탄력적 IP 주소");
    run(&["calc", "ec2", "--state", "pending", "--action", "start", "--lang", "ko"])
        .code(0)
        .stdout_has("[모델 가정]")
        .stdout_has("IncorrectInstanceState");
    let out = run(&["calc", "ec2", "--state", "running", "--action", "terminate", "--lang", "both"]);
    out.code(0).stdout_has("DeleteOnTermination").stdout_has("루트 볼륨");
}

#[test]
fn bad_state_or_action_exits_2_naming_the_input() {
    run(&["calc", "ec2", "--state", "rebooting", "--action", "stop"])
        .code(2)
        .stderr_has("\"rebooting\"")
        .stderr_has("shutting-down");
    run(&["calc", "ec2", "--state", "running", "--action", "pause"])
        .code(2)
        .stderr_has("\"pause\"")
        .stderr_has("hibernate");
    run(&["calc", "ec2", "--state", "hibernated", "--action", "start", "--lang", "ko"])
        .code(2)
        .stderr_has("\"hibernated\"")
        .stderr_has("허용되는 값");
    run(&["calc", "ec2", "--state", "running"]).code(2).stderr_has("--action");
}

#[test]
fn termination_protection_flag() {
    let v = run(&["calc", "ec2", "--state", "running", "--action", "terminate", "--termination-protection", "--json"])
        .code(0)
        .json();
    assert_eq!((v["ok"].clone(), v["final"].clone()), (json!(false), json!("running")));
}

#[test]
fn instance_type_decoding() {
    let v = run(&["calc", "ec2", "--type", "c5n.xlarge", "--json"]).code(0).json();
    assert_eq!(
        (v["family"].clone(), v["generation"].clone(), v["size"].clone()),
        (json!("c"), json!(5), json!("xlarge"))
    );
    assert_eq!(v["capabilities"][0]["letter"], "n");
    run(&["calc", "ec2", "--type", "m7g.2xlarge"]).code(0).stdout_has("Graviton");
    run(&["calc", "ec2", "--type", "u-6tb1.metal", "--lang", "ko"]).code(0).stdout_has("6 TiB");
    run(&["calc", "ec2", "--type", "c5n.huge"]).code(2).stderr_has("c5n.huge").stderr_has("huge");
}
