//! The worked examples of aws-rules.md §8 and properties of the capacity arithmetic.

use proptest::prelude::*;

use super::*;

fn wide(desired: u32) -> Capacity {
    Capacity::new(0, 100, desired).expect("valid")
}

#[test]
fn worked_example_table() {
    use AdjustmentType::*;
    let rows: [(Capacity, AdjustmentType, f64, u32); 7] = [
        (wide(10), PercentChangeInCapacity, 10.0, 11),
        (wide(10), PercentChangeInCapacity, 5.0, 11),
        (wide(10), PercentChangeInCapacity, -5.0, 9),
        (wide(11), PercentChangeInCapacity, 30.0, 14),
        (wide(10), PercentChangeInCapacity, -67.0, 4),
        (Capacity::new(0, 3, 2).expect("valid"), ChangeInCapacity, 5.0, 3),
        (Capacity::new(1, 10, 2).expect("valid"), ChangeInCapacity, -5.0, 1),
    ];
    for (cap, kind, adj, want) in rows {
        let out = apply_adjustment(cap, kind, adj, None).expect("valid");
        assert_eq!(out.desired, want, "{cap:?} {kind:?} {adj}");
    }
}

#[test]
fn rounding_rules_with_raw_values() {
    assert_eq!(round_percent_change(12.7), 12);
    assert_eq!(round_percent_change(1.0), 1);
    assert_eq!(round_percent_change(0.5), 1);
    assert_eq!(round_percent_change(-0.5), -1);
    assert_eq!(round_percent_change(-1.0), -1);
    assert_eq!(round_percent_change(-6.67), -6);
    assert_eq!(round_percent_change(0.0), 0);
    let out = apply_adjustment(wide(11), AdjustmentType::PercentChangeInCapacity, 30.0, None).expect("ok");
    assert!((out.raw_change - 3.3).abs() < 1e-9);
    assert_eq!(out.change, 3);
    assert!(!out.clamped);
}

#[test]
fn clamping_is_reported() {
    let out =
        apply_adjustment(Capacity::new(0, 3, 2).expect("ok"), AdjustmentType::ChangeInCapacity, 5.0, None).expect("ok");
    assert!(out.clamped);
    assert_eq!(out.unclamped, 7);
    let out =
        apply_adjustment(Capacity::new(1, 10, 2).expect("ok"), AdjustmentType::ExactCapacity, 0.0, None).expect("ok");
    assert_eq!((out.desired, out.clamped), (1, true));
}

#[test]
fn min_adjustment_magnitude_raises_small_percent_steps() {
    let out = apply_adjustment(wide(10), AdjustmentType::PercentChangeInCapacity, 10.0, Some(3)).expect("ok");
    assert_eq!((out.change, out.desired), (3, 13));
    let out = apply_adjustment(wide(10), AdjustmentType::PercentChangeInCapacity, -10.0, Some(3)).expect("ok");
    assert_eq!((out.change, out.desired), (-3, 7));
    let out = apply_adjustment(wide(10), AdjustmentType::PercentChangeInCapacity, 50.0, Some(3)).expect("ok");
    assert_eq!(out.change, 5);
    assert_eq!(
        apply_adjustment(wide(10), AdjustmentType::ChangeInCapacity, 1.0, Some(2)),
        Err(AsgError::MagnitudeNotPercent)
    );
}

#[test]
fn limits_are_validated_and_manual_changes_outside_them_rejected() {
    assert_eq!(Capacity::new(5, 2, 3), Err(AsgError::MinAboveMax { min: 5, max: 2 }));
    assert_eq!(Capacity::new(1, 4, 5), Err(AsgError::DesiredOutside { desired: 5, min: 1, max: 4 }));
    let cap = Capacity::new(1, 4, 2).expect("ok");
    assert_eq!(set_desired(cap, 6), Err(AsgError::DesiredOutside { desired: 6, min: 1, max: 4 }));
    assert_eq!(set_desired(cap, 4).expect("ok").desired, 4);
    assert_eq!(apply_adjustment(cap, AdjustmentType::ChangeInCapacity, 1.5, None), Err(AsgError::NotWhole(1.5)));
}

#[test]
fn target_tracking_is_a_labelled_convention() {
    let out = target_tracking(Capacity::new(1, 10, 4).expect("ok"), 50.0, 75.0).expect("ok");
    assert_eq!(out.desired, 6);
    assert!(out.steps.iter().any(|s| s.convention));
    // 1.5 exact → 2 (AWS rounds conservatively).
    let out = target_tracking(Capacity::new(1, 10, 1).expect("ok"), 40.0, 60.0).expect("ok");
    assert_eq!(out.desired, 2);
    let out = target_tracking(Capacity::new(2, 10, 4).expect("ok"), 50.0, 10.0).expect("ok");
    assert_eq!((out.desired, out.clamped), (2, true));
    assert!(target_tracking(wide(1), 0.0, 1.0).is_err());
}

#[test]
fn several_policies_largest_wins() {
    assert_eq!(resolve_policies(&[3, 7, 5]), Some(7));
}

fn step(lower: Option<f64>, upper: Option<f64>, adjustment: i64) -> StepAdjustment {
    StepAdjustment { lower, upper, adjustment }
}

#[test]
fn step_bounds_validation() {
    let good = [step(Some(0.0), Some(10.0), 1), step(Some(10.0), Some(20.0), 2), step(Some(20.0), None, 3)];
    assert!(validate_steps(&good).is_ok());
    let gap = [step(Some(0.0), Some(10.0), 1), step(Some(15.0), None, 2)];
    assert_eq!(validate_steps(&gap), Err(AsgError::BadSteps("gap")));
    let overlap = [step(Some(0.0), Some(10.0), 1), step(Some(5.0), None, 2)];
    assert_eq!(validate_steps(&overlap), Err(AsgError::BadSteps("overlap")));
    assert_eq!(validate_steps(&[step(None, None, 1)]), Err(AsgError::BadSteps("both_bounds_null")));
    let two_upper = [step(Some(0.0), None, 1), step(Some(10.0), None, 2)];
    assert_eq!(validate_steps(&two_upper), Err(AsgError::BadSteps("two_null_upper")));
    let two_lower = [step(None, Some(0.0), 1), step(None, Some(-10.0), 2)];
    assert_eq!(validate_steps(&two_lower), Err(AsgError::BadSteps("two_null_lower")));
}

#[test]
fn step_inclusivity_above_and_below_the_threshold() {
    // Scale out: threshold 50; [0,10) +1, [10,∞) +3.
    let out = [step(Some(0.0), Some(10.0), 1), step(Some(10.0), None, 3)];
    assert_eq!(choose_step(&out, 50.0, 60.0), Ok(Some(1)), "lower bound inclusive above the threshold");
    assert_eq!(choose_step(&out, 50.0, 59.9), Ok(Some(0)));
    assert_eq!(choose_step(&out, 50.0, 40.0), Ok(None));
    // Scale in: (−10,0] −1, (−∞,−10] −2.
    let inn = [step(Some(-10.0), Some(0.0), -1), step(None, Some(-10.0), -2)];
    assert_eq!(choose_step(&inn, 50.0, 40.0), Ok(Some(1)), "upper bound inclusive below the threshold");
    assert_eq!(choose_step(&inn, 50.0, 40.1), Ok(Some(0)));
    assert_eq!(choose_step(&inn, 50.0, 50.0), Ok(Some(0)));
}

proptest! {
    #[test]
    fn policy_results_stay_within_limits(min in 0u32..20, span in 0u32..20, pos in 0u32..40, kind in 0usize..3, adj in -300i64..300, mag in proptest::option::of(1u32..5)) {
        let max = min + span;
        let desired = min + pos % (span + 1);
        let cap = Capacity::new(min, max, desired).expect("valid");
        let kind = [AdjustmentType::ChangeInCapacity, AdjustmentType::ExactCapacity, AdjustmentType::PercentChangeInCapacity][kind];
        let adj = if kind == AdjustmentType::ExactCapacity { adj.abs() } else { adj };
        let mag = if kind == AdjustmentType::PercentChangeInCapacity { mag } else { None };
        let out = apply_adjustment(cap, kind, adj as f64, mag).expect("valid");
        prop_assert!(out.desired >= min && out.desired <= max);
        prop_assert_eq!(out.clamped, i64::from(out.desired) != out.unclamped);
    }

    #[test]
    fn target_tracking_stays_within_limits(min in 0u32..20, span in 0u32..20, pos in 0u32..40, target in 1.0f64..100.0, metric in 0.0f64..300.0) {
        let max = min + span;
        let cap = Capacity::new(min, max, min + pos % (span + 1)).expect("valid");
        let out = target_tracking(cap, target, metric).expect("valid");
        prop_assert!(out.desired >= min && out.desired <= max);
    }

    #[test]
    fn percent_rounding_keeps_the_sign_and_never_grows_a_large_change(raw in -1000.0f64..1000.0) {
        let r = round_percent_change(raw);
        if raw > 0.0 { prop_assert!(r >= 1); }
        if raw < 0.0 { prop_assert!(r <= -1); }
        if raw.abs() >= 1.0 { prop_assert!((r as f64).abs() <= raw.abs() + 1e-6); }
        prop_assert!((r as f64 - raw).abs() < 1.0 + 1e-6);
    }
}
