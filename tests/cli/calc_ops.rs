//! `calc alarm`, `calc asg` and `calc elb` through the real binary: English and Korean
//! explanations, the JSON contract, and usage errors that exit 2 naming the bad input.

use crate::util::run;

fn alarm(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> =
        ["calc", "alarm", "--operator", "GreaterThanThreshold", "--threshold", "70", "--evaluation-periods", "3"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args
}

fn run_owned(args: &[String]) -> crate::util::Output {
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&refs)
}

#[test]
fn alarm_documented_vector_in_json() {
    // N=3 M=2, "- - - X -": missing → ALARM (premature rule), ignore → retain, notBreaching → OK.
    let cases = [
        ("missing", "OK", "ALARM"),
        ("ignore", "OK", "OK"),
        ("ignore", "ALARM", "ALARM"),
        ("notBreaching", "ALARM", "OK"),
        ("breaching", "OK", "ALARM"),
    ];
    for (treatment, current, want) in cases {
        let json = run_owned(&alarm(&[
            "--datapoints-to-alarm",
            "2",
            "--points",
            "-,-,-,90,-",
            "--treat-missing-data",
            treatment,
            "--current-state",
            current,
            "--json",
        ]))
        .code(0)
        .json();
        assert_eq!(json["state"], want, "{treatment} from {current}");
        assert!(json["steps"].as_array().expect("steps").iter().any(|s| s["convention"] == true));
    }
}

#[test]
fn alarm_all_missing_and_enough_data() {
    let json = run_owned(&alarm(&["--points", "-,-,-,-,-", "--json"])).code(0).json();
    assert_eq!(json["state"], "INSUFFICIENT_DATA");
    let json = run_owned(&alarm(&["--points", "0,80,90,95", "--json"])).code(0).json();
    assert_eq!(json["state"], "ALARM");
    assert_eq!(json["rule"], "enough_data");
}

#[test]
fn alarm_explains_in_english_and_korean() {
    run_owned(&alarm(&["--points", "0,-,80,-,90"]))
        .code(0)
        .stdout_has("New state: OK")
        .stdout_has("[model convention]");
    let mut args = vec!["--lang".to_owned(), "ko".to_owned()];
    args.extend(alarm(&["--points", "0,-,80,-,90"]));
    run_owned(&args).code(0).stdout_has("새 상태: OK").stdout_has("[모델 규칙]");
}

#[test]
fn alarm_bad_input_exits_2_naming_it() {
    run_owned(&alarm(&["--points", "1,x"])).code(2).stderr_has("--points").stderr_has("\"x\"");
    run_owned(&alarm(&["--points", "1", "--datapoints-to-alarm", "4"])).code(2).stderr_has("--datapoints-to-alarm");
    run(&["calc", "alarm", "--operator", "Bigger", "--threshold", "1", "--evaluation-periods", "1", "--points", "1"])
        .code(2)
        .stderr_has("Bigger")
        .stderr_has("GreaterThanOrEqualToThreshold");
    run(&[
        "calc",
        "alarm",
        "--operator",
        "GreaterThanUpperThreshold",
        "--threshold",
        "1",
        "--evaluation-periods",
        "1",
        "--points",
        "1",
    ])
    .code(2)
    .stderr_has("anomaly");
    run_owned(&alarm(&["--points", "1", "--treat-missing-data", "zero"])).code(2).stderr_has("notBreaching");
    run_owned(&alarm(&["--points", "1", "--period", "45"])).code(2).stderr_has("--period");
    let mut args = vec!["--lang".to_owned(), "ko".to_owned()];
    args.extend(alarm(&["--points", "1,x"]));
    run_owned(&args).code(2).stderr_has("--points").stderr_has("숫자");
}

#[test]
fn asg_percent_and_clamp_json() {
    let json = run(&[
        "calc",
        "asg",
        "--min",
        "1",
        "--max",
        "20",
        "--desired",
        "10",
        "--adjustment-type",
        "PercentChangeInCapacity",
        "--adjustment",
        "-67",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!(json["desired"], 4);
    assert_eq!(json["change"], -6);
    assert_eq!(json["raw_change"], -6.7);
    assert_eq!(json["clamped"], false);
    let json = run(&[
        "calc",
        "asg",
        "--min",
        "0",
        "--max",
        "3",
        "--desired",
        "2",
        "--adjustment-type",
        "ChangeInCapacity",
        "--adjustment",
        "5",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!((json["desired"].as_i64(), json["clamped"].as_bool()), (Some(3), Some(true)));
}

#[test]
fn asg_target_tracking_says_it_is_a_convention() {
    let json = run(&[
        "calc",
        "asg",
        "--min",
        "1",
        "--max",
        "10",
        "--desired",
        "4",
        "--target-value",
        "50",
        "--metric",
        "75",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!(json["desired"], 6);
    assert_eq!(json["convention"], true);
    run(&["calc", "asg", "--min", "1", "--max", "10", "--desired", "4", "--target-value", "50", "--metric", "75"])
        .code(0)
        .stdout_has("[model convention]");
    run(&[
        "--lang",
        "ko",
        "calc",
        "asg",
        "--min",
        "1",
        "--max",
        "10",
        "--desired",
        "4",
        "--target-value",
        "50",
        "--metric",
        "75",
    ])
    .code(0)
    .stdout_has("새 원하는 용량: 6");
}

#[test]
fn asg_bad_input_exits_2() {
    run(&[
        "calc",
        "asg",
        "--min",
        "5",
        "--max",
        "2",
        "--desired",
        "3",
        "--adjustment-type",
        "ExactCapacity",
        "--adjustment",
        "1",
    ])
    .code(2)
    .stderr_has("--min")
    .stderr_has("--max");
    run(&[
        "calc",
        "asg",
        "--min",
        "1",
        "--max",
        "5",
        "--desired",
        "3",
        "--adjustment-type",
        "Percent",
        "--adjustment",
        "1",
    ])
    .code(2)
    .stderr_has("PercentChangeInCapacity");
    run(&[
        "calc",
        "asg",
        "--min",
        "1",
        "--max",
        "5",
        "--desired",
        "9",
        "--adjustment-type",
        "ExactCapacity",
        "--adjustment",
        "1",
    ])
    .code(2)
    .stderr_has("9");
    run(&["calc", "asg", "--min", "1", "--max", "5", "--desired", "3"]).code(2).stderr_has("--target-value");
    run(&[
        "--lang",
        "ko",
        "calc",
        "asg",
        "--min",
        "5",
        "--max",
        "2",
        "--desired",
        "3",
        "--adjustment-type",
        "ExactCapacity",
        "--adjustment",
        "1",
    ])
    .code(2)
    .stderr_has("최소 용량");
}

#[test]
fn elb_contract_example() {
    let json = run(&[
        "calc",
        "elb",
        "--type",
        "alb",
        "--target",
        "web1:healthy=ok,fail,fail",
        "--target",
        "web2:healthy=ok",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!(json["targets"]["web1"]["states"], serde_json::json!(["healthy", "healthy", "unhealthy"]));
    assert_eq!(json["targets"]["web1"]["final"], "unhealthy");
    assert_eq!(json["routable"], serde_json::json!(["web2"]));
    assert_eq!(json["fail_open"], false);
}

#[test]
fn elb_fail_open_per_type() {
    let json = run(&[
        "calc",
        "elb",
        "--type",
        "alb",
        "--target",
        "a:unhealthy=fail",
        "--target",
        "b:healthy=fail,fail",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!((json["fail_open"].as_bool(), json["routable"].as_array().map(Vec::len)), (Some(true), Some(2)));
    let json = run(&["calc", "elb", "--type", "gwlb", "--target", "a:unhealthy=fail", "--json"]).code(0).json();
    assert_eq!(json["fail_open"], true);
    assert_eq!(json["fail_open_mode"], "random_then_drop");
    run(&["calc", "elb", "--type", "nlb", "--target", "a:unhealthy=fail"]).code(0).stdout_has("all targets");
    run(&["--lang", "ko", "calc", "elb", "--type", "alb", "--target", "a:unhealthy=fail"])
        .code(0)
        .stdout_has("페일 오픈");
}

#[test]
fn elb_thresholds_default_from_the_type_and_can_be_set() {
    // CLB needs 10 successes by default.
    let json =
        run(&["calc", "elb", "--type", "clb", "--target", "a:unhealthy=ok,ok,ok,ok,ok", "--json"]).code(0).json();
    assert_eq!(json["targets"]["a"]["final"], "unhealthy");
    let json = run(&[
        "calc",
        "elb",
        "--type",
        "clb",
        "--healthy-threshold",
        "5",
        "--target",
        "a:unhealthy=ok,ok,ok,ok,ok",
        "--json",
    ])
    .code(0)
    .json();
    assert_eq!(json["targets"]["a"]["final"], "healthy");
}

#[test]
fn elb_bad_input_exits_2() {
    run(&["calc", "elb", "--type", "xlb", "--target", "a=ok"]).code(2).stderr_has("xlb").stderr_has("gwlb");
    run(&["calc", "elb", "--type", "alb", "--target", "web1"]).code(2).stderr_has("web1").stderr_has("NAME:healthy");
    run(&["calc", "elb", "--type", "alb", "--target", "web1:healthy=ok,maybe"]).code(2).stderr_has("maybe");
    run(&["calc", "elb", "--type", "alb", "--healthy-threshold", "11", "--target", "a=ok"]).code(2).stderr_has("2–10");
    run(&["--lang", "ko", "calc", "elb", "--type", "alb", "--target", "web1"]).code(2).stderr_has("형식");
}
