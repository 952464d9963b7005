//! The documented vectors of aws-rules.md §7 (normative), period limits, and properties.

use proptest::prelude::*;

use super::*;

/// Builds points from AWS's notation: `X` breaches (value 100), `0` does not (value 0), `-` missing.
fn points(text: &str) -> Vec<Option<f64>> {
    text.split_whitespace()
        .map(|c| match c {
            "X" => Some(100.0),
            "0" => Some(0.0),
            _ => None,
        })
        .collect()
}

fn config(n: u32, m: u32, treatment: Treatment) -> AlarmConfig {
    AlarmConfig {
        operator: Operator::GreaterThanOrEqualToThreshold,
        threshold: 50.0,
        evaluation_periods: n,
        datapoints_to_alarm: m,
        treatment,
    }
}

/// `None` = "retain": the alarm keeps its current state.
type Row = (&'static str, [Option<AlarmState>; 4]);

const A: Option<AlarmState> = Some(AlarmState::Alarm);
const O: Option<AlarmState> = Some(AlarmState::Ok);
const I: Option<AlarmState> = Some(AlarmState::InsufficientData);
const R: Option<AlarmState> = None;

/// Columns: missing, ignore, breaching, notBreaching (as in aws-rules.md).
const N3M3: [Row; 5] = [
    ("0 - X - X", [O, O, O, O]),
    ("0 - - - -", [O, O, O, O]),
    ("- - - - -", [I, R, A, O]),
    ("0 X X - X", [A, A, A, A]),
    ("- - X - -", [A, R, A, O]),
];
const N3M2: [Row; 5] = [
    ("0 - X - X", [A, A, A, A]),
    ("0 0 X 0 X", [A, A, A, A]),
    ("0 - X - -", [O, O, A, O]),
    ("- - - - 0", [O, O, A, O]),
    ("- - - X -", [A, R, A, O]),
];

fn check(m: u32, rows: &[Row]) {
    let columns = [Treatment::Missing, Treatment::Ignore, Treatment::Breaching, Treatment::NotBreaching];
    for (series, expected) in rows {
        for (treatment, want) in columns.iter().zip(expected) {
            for current in [AlarmState::Ok, AlarmState::Alarm, AlarmState::InsufficientData] {
                let got = evaluate(&config(3, m, *treatment), &points(series), current).expect("valid").state;
                let want = want.unwrap_or(current);
                assert_eq!(got, want, "N=3 M={m} {series} {treatment:?} current {current:?}");
            }
        }
    }
}

#[test]
fn documented_vectors_n3_m3() {
    check(3, &N3M3);
}

#[test]
fn documented_vectors_n3_m2() {
    check(2, &N3M2);
}

#[test]
fn the_range_for_n3_is_five_points_and_labelled_a_convention() {
    let eval = evaluate(&config(3, 3, Treatment::Missing), &points("0 - X - X"), AlarmState::Ok).expect("valid");
    assert_eq!(eval.range.len(), 5);
    assert!(eval.steps.iter().any(|s| s.convention && s.msg.id == "alarm-step-range"));
}

#[test]
fn rule_one_ignores_the_treatment_and_uses_the_newest_n_real_points() {
    // 7 points, N = 3: only the newest 5 are in range; newest 3 real = X 0 X.
    for t in Treatment::ALL {
        let eval = evaluate(&config(3, 2, t), &points("X X 0 X - 0 X"), AlarmState::Ok).expect("valid");
        assert_eq!(eval.rule, Rule::EnoughData);
        assert_eq!(eval.state, AlarmState::Alarm);
    }
}

#[test]
fn breaching_points_need_not_be_consecutive() {
    let eval = evaluate(&config(3, 2, Treatment::Missing), &points("X 0 X"), AlarmState::Ok).expect("valid");
    assert_eq!(eval.state, AlarmState::Alarm);
}

#[test]
fn the_undocumented_corner_is_a_labelled_convention() {
    let eval = evaluate(&config(3, 2, Treatment::Missing), &points("0 - X - -"), AlarmState::Alarm).expect("valid");
    assert_eq!(eval.rule, Rule::Convention);
    assert!(eval.steps.iter().any(|s| s.convention && s.msg.id == "alarm-step-conv-ok"));
    let eval = evaluate(&config(4, 2, Treatment::Ignore), &points("- X - X -"), AlarmState::Ok).expect("valid");
    assert_eq!(eval.state, AlarmState::Alarm);
}

#[test]
fn premature_rule_counts_age_from_the_newest_period() {
    let eval = evaluate(&config(3, 3, Treatment::Missing), &points("- - X - -"), AlarmState::Ok).expect("valid");
    assert_eq!(eval.rule, Rule::Premature);
    // Breaching only 2 periods ago with M = 3: not yet.
    let eval = evaluate(&config(3, 3, Treatment::Missing), &points("- - - X -"), AlarmState::Ok).expect("valid");
    assert_eq!(eval.state, AlarmState::Ok);
}

#[test]
fn operators_compare_as_named() {
    use Operator::*;
    assert!(GreaterThanOrEqualToThreshold.breaches(80.0, 80.0));
    assert!(!GreaterThanThreshold.breaches(80.0, 80.0));
    assert!(LessThanOrEqualToThreshold.breaches(80.0, 80.0));
    assert!(!LessThanThreshold.breaches(80.0, 80.0));
    assert!(LessThanThreshold.breaches(79.9, 80.0));
}

#[test]
fn band_operators_and_unknown_names_are_rejected_clearly() {
    assert_eq!(
        "GreaterThanUpperThreshold".parse::<Operator>(),
        Err(AlarmError::BandOperator("GreaterThanUpperThreshold".into()))
    );
    assert!(matches!("Bigger".parse::<Operator>(), Err(AlarmError::UnknownOperator(_))));
    assert!(matches!("Missing".parse::<Treatment>(), Err(AlarmError::UnknownTreatment(_))));
}

#[test]
fn m_must_be_from_one_to_n() {
    let bad = config(3, 4, Treatment::Missing);
    assert_eq!(evaluate(&bad, &points("X X X"), AlarmState::Ok), Err(AlarmError::BadDatapoints { m: 4, n: 3 }));
    assert!(evaluate(&config(3, 0, Treatment::Missing), &points("X"), AlarmState::Ok).is_err());
    assert!(evaluate(&config(0, 0, Treatment::Missing), &points("X"), AlarmState::Ok).is_err());
}

#[test]
fn period_limits() {
    for ok in [10, 20, 30, 60, 300, 3600, 86_400] {
        assert!(validate_period(ok, 1).is_ok(), "{ok}");
    }
    for bad in [0, 5, 45, 90, 61] {
        assert_eq!(validate_period(bad, 1), Err(AlarmError::BadPeriod(bad)));
    }
    // Under an hour: at most one day in total.
    assert!(validate_period(60, 1440).is_ok());
    assert_eq!(validate_period(60, 1441), Err(AlarmError::TooLong { total: 86_460, limit: 86_400 }));
    // An hour or more: at most seven days.
    assert!(validate_period(3600, 168).is_ok());
    assert_eq!(validate_period(3600, 169), Err(AlarmError::TooLong { total: 608_400, limit: 604_800 }));
}

#[test]
fn points_parse_and_reject_garbage() {
    assert_eq!(parse_points("0,-,80, -,90.5").expect("ok"), vec![Some(0.0), None, Some(80.0), None, Some(90.5)]);
    assert_eq!(parse_points("1,x"), Err(AlarmError::BadPoint("x".into())));
    assert_eq!(parse_points(""), Err(AlarmError::NoPoints));
    assert_eq!(parse_points("1,,2"), Err(AlarmError::BadPoint(String::new())));
    assert!(parse_points("NaN").is_err());
}

fn mark() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), (0.0f64..100.0).prop_map(Some)]
}

proptest! {
    #[test]
    fn state_is_one_of_three_and_retained_only_under_ignore(
        n in 1u32..8, m_off in 0u32..8, t in 0usize..4, pts in proptest::collection::vec(mark(), 1..15), cur in 0usize..3,
    ) {
        let m = n - m_off % n;
        let cfg = AlarmConfig { operator: Operator::GreaterThanThreshold, threshold: 50.0, evaluation_periods: n, datapoints_to_alarm: m, treatment: Treatment::ALL[t] };
        let current = [AlarmState::Ok, AlarmState::Alarm, AlarmState::InsufficientData][cur];
        let eval = evaluate(&cfg, &pts, current).expect("valid");
        prop_assert!(matches!(eval.state, AlarmState::Ok | AlarmState::Alarm | AlarmState::InsufficientData));
        prop_assert_eq!(eval.range.len(), n as usize + 2);
        if eval.state == AlarmState::InsufficientData && current != AlarmState::InsufficientData {
            prop_assert_eq!(cfg.treatment, Treatment::Missing);
        }
        prop_assert!(eval.steps.last().is_some_and(|s| s.msg.id == "alarm-step-result"));
    }
}
