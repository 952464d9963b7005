//! `calc dynamodb` through the real binary: per-item rounding, JSON fields, bilingual exit-2 errors.

use crate::util::run;

#[test]
fn dynamodb_rounds_per_item_and_explains_the_mistake() {
    run(&["calc", "dynamodb", "--item-size", "6KB", "--reads", "100"]).code(0).stdout_has("200 RCU").stdout_has("150");
}

#[test]
fn dynamodb_json_fields() {
    let v =
        run(&["calc", "dynamodb", "--item-size", "3.5KB", "--writes", "1", "--consistency", "transactional", "--json"])
            .code(0)
            .json();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["write_units"], 8);
    assert_eq!(v["read_units"], 0);
    assert_eq!(v["per_item"]["write_blocks"], 4);
    assert!(v["steps"].as_array().is_some_and(|s| !s.is_empty()));
}

#[test]
fn dynamodb_on_demand_keeps_halves() {
    let v = run(&[
        "calc",
        "dynamodb",
        "--item-size",
        "1KB",
        "--reads",
        "3",
        "--consistency",
        "eventual",
        "--mode",
        "on-demand",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!(v["read_units"], 1.5);
}

#[test]
fn dynamodb_bad_input_names_the_field_in_both_languages() {
    run(&["calc", "dynamodb", "--item-size", "-5", "--reads", "1"]).code(2).stderr_has("--item-size");
    run(&["calc", "dynamodb", "--item-size", "1KB", "--consistency", "weak"])
        .code(2)
        .stderr_has("eventual, strong, transactional");
    run(&["--lang", "ko", "calc", "dynamodb", "--item-size", "1KB", "--mode", "burst"])
        .code(2)
        .stderr_has("알 수 없는 --mode");
    run(&["calc", "dynamodb", "--item-size", "500KB", "--reads", "1"]).code(2).stderr_has("400 KB");
}

#[test]
fn ebs_gp2_burst_and_gp3_ratio() {
    let v = run(&["calc", "ebs", "--type", "gp2", "--size", "100", "--json"]).code(0).json();
    assert_eq!((v["baseline_iops"].as_u64(), v["max_iops"].as_u64()), (Some(300), Some(3000)));
    assert_eq!(v["burst"]["seconds"], 2000);
    assert_eq!(v["valid"], true);
    let bad = run(&["calc", "ebs", "--type", "gp3", "--size", "10", "--iops", "16000", "--json"]).code(1).json();
    assert_eq!(bad["valid"], false);
    assert_eq!(bad["errors"][0]["id"], "calc4-ebs-err-gp3-iops-ratio");
    run(&["calc", "ebs", "--type", "gp3", "--size", "64TiB", "--iops", "80000", "--throughput", "2000"]).code(0);
}

#[test]
fn ebs_bad_input_exits_2_naming_the_flag() {
    run(&["calc", "ebs", "--type", "gp4", "--size", "1"]).code(2).stderr_has("--type");
    run(&["--lang", "ko", "calc", "ebs", "--type", "gp3", "--size", "-1"]).code(2).stderr_has("--size");
}
