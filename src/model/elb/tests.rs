//! Health-check defaults, threshold transitions, routing and fail-open (aws-rules.md §9).

use proptest::prelude::*;

use super::*;

#[test]
fn defaults_table() {
    let row = |k| {
        let d = defaults(k);
        (d.healthy_threshold, d.unhealthy_threshold, d.interval_s)
    };
    assert_eq!(row(LbType::Alb), (5, 2, 30));
    assert_eq!(row(LbType::Nlb), (5, 2, 30));
    assert_eq!(row(LbType::Gwlb), (5, 2, 10));
    assert_eq!(row(LbType::Clb), (10, 2, 30));
    assert_eq!(defaults(LbType::Alb).success_codes, "200");
    assert_eq!(defaults(LbType::Nlb).success_codes, "200-399");
    let l = alb_lambda_defaults();
    assert_eq!((l.healthy_threshold, l.unhealthy_threshold, l.interval_s, l.timeout), (5, 5, 35, "30 s"));
}

#[test]
fn thresholds_need_consecutive_results() {
    use Health::*;
    // Healthy, U = 2: one failure is not enough; a success resets the count.
    assert_eq!(run_checks(Healthy, &[false, true, false, false], 5, 2), vec![Healthy, Healthy, Healthy, Unhealthy]);
    // Initial, H = 3.
    assert_eq!(run_checks(Initial, &[true, true, true], 3, 2), vec![Initial, Initial, Healthy]);
    assert_eq!(run_checks(Initial, &[false, false], 3, 2), vec![Initial, Unhealthy]);
    // Unhealthy back to healthy after H successes in a row.
    assert_eq!(
        run_checks(Unhealthy, &[true, true, false, true, true], 2, 2),
        vec![Unhealthy, Healthy, Healthy, Healthy, Healthy]
    );
    // Contract example.
    assert_eq!(run_checks(Healthy, &[true, false, false], 5, 2), vec![Healthy, Healthy, Unhealthy]);
}

fn target(name: &str, start: Health, checks: &[bool]) -> TargetInput {
    TargetInput { name: name.into(), start, checks: checks.to_vec() }
}

#[test]
fn routes_only_to_healthy_targets() {
    let r = evaluate_group(
        LbType::Alb,
        5,
        2,
        &[
            target("web1", Health::Healthy, &[true, false, false]),
            target("web2", Health::Healthy, &[true]),
            target("web3", Health::Initial, &[true]),
        ],
    )
    .expect("valid");
    assert_eq!(r.routable, vec!["web2"]);
    assert!(!r.fail_open);
}

#[test]
fn fail_open_per_type() {
    let all_bad = [target("a", Health::Unhealthy, &[]), target("b", Health::Healthy, &[false, false])];
    let alb = evaluate_group(LbType::Alb, 5, 2, &all_bad).expect("ok");
    assert_eq!((alb.routable.len(), alb.fail_open, alb.fail_open_mode), (2, true, Some(FailOpen::RouteToAll)));
    let nlb = evaluate_group(LbType::Nlb, 5, 2, &all_bad).expect("ok");
    assert_eq!((nlb.routable.len(), nlb.fail_open, nlb.fail_open_mode), (2, true, Some(FailOpen::SendToAll)));
    let gwlb = evaluate_group(LbType::Gwlb, 5, 2, &all_bad).expect("ok");
    assert_eq!((gwlb.routable.len(), gwlb.fail_open, gwlb.fail_open_mode), (0, true, Some(FailOpen::RandomThenDrop)));
    let clb = evaluate_group(LbType::Clb, 10, 2, &all_bad).expect("ok");
    assert!(!clb.fail_open && clb.steps.iter().any(|s| s.convention));
    // Unhealthy plus initial is not "only unhealthy": nothing is routable, no fail-open.
    let mixed =
        evaluate_group(LbType::Alb, 5, 2, &[target("a", Health::Unhealthy, &[]), target("b", Health::Initial, &[])])
            .expect("ok");
    assert!(mixed.routable.is_empty() && !mixed.fail_open);
}

#[test]
fn target_syntax() {
    assert_eq!(parse_target("web1:healthy=ok,fail").expect("ok"), target("web1", Health::Healthy, &[true, false]));
    assert_eq!(parse_target("web2=ok").expect("ok"), target("web2", Health::Initial, &[true]));
    assert_eq!(parse_target("web3:unhealthy=").expect("ok"), target("web3", Health::Unhealthy, &[]));
    assert!(matches!(parse_target("web1"), Err(ElbError::BadTarget(_))));
    assert!(matches!(parse_target("web1:sick=ok"), Err(ElbError::UnknownHealth(_))));
    assert!(matches!(parse_target("web1=ok,maybe"), Err(ElbError::BadCheck(_))));
    assert!(matches!(parse_target(":healthy=ok"), Err(ElbError::BadTarget(_))));
    assert_eq!(check_threshold(1), Err(ElbError::BadThreshold(1)));
    assert_eq!(check_threshold(11), Err(ElbError::BadThreshold(11)));
    assert!(
        evaluate_group(LbType::Alb, 5, 2, &[target("a", Health::Initial, &[]), target("a", Health::Initial, &[])])
            .is_err()
    );
}

#[test]
fn comparison_picks_the_one_type() {
    assert_eq!(types_with(Feature::ContentRouting), vec![LbType::Alb]);
    assert_eq!(types_with(Feature::Udp), vec![LbType::Nlb]);
    assert_eq!(types_with(Feature::StaticIpPerAz), vec![LbType::Nlb]);
    assert_eq!(types_with(Feature::InlineAppliances), vec![LbType::Gwlb]);
    assert_eq!(types_with(Feature::DirectInstanceRegistration), vec![LbType::Clb]);
    assert_eq!(types_with(Feature::Layer7), vec![LbType::Alb]);
}

proptest! {
    #[test]
    fn a_target_changes_only_after_a_full_run(start in 0usize..3, checks in proptest::collection::vec(any::<bool>(), 0..20), h in 2u32..=10, u in 2u32..=10) {
        let start = [Health::Initial, Health::Healthy, Health::Unhealthy][start];
        let states = run_checks(start, &checks, h, u);
        prop_assert_eq!(states.len(), checks.len());
        for (i, s) in states.iter().enumerate() {
            let prev = if i == 0 { start } else { states[i - 1] };
            if *s != prev {
                let need = if *s == Health::Healthy { h } else { u } as usize;
                prop_assert!(i + 1 >= need);
                prop_assert!(checks[i + 1 - need..=i].iter().all(|c| *c == (*s == Health::Healthy)));
            }
        }
    }
}
