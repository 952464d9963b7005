//! Template-equals-model checks for the S3 templates, 500 seeds each.

use super::*;
use crate::exercise::rng;

fn var<'a>(v: &'a Variant, name: &str) -> &'a str {
    v.vars.iter().find(|(n, _)| *n == name).map(|(_, s)| s.as_str()).expect("var")
}

fn ops_from(v: &Variant) -> Vec<Op> {
    var(v, "ops").split(" → ").map(|t| Op::parse(t).expect("op")).collect()
}

fn correct_label(v: &Variant) -> String {
    let Expected::Choice { options, correct } = &v.expected else { panic!("choice") };
    assert_eq!(correct.len(), 1);
    for (i, o) in options.iter().enumerate() {
        assert_eq!(o.misconception.is_none(), i == correct[0]);
    }
    match &options[correct[0]].label {
        Label::Plain(s) => s.clone(),
        Label::Msg(m) => m.id.to_owned(),
    }
}

#[test]
fn versions_left_equals_model() {
    let mut values = std::collections::BTreeSet::new();
    let mut with_mis = 0;
    for seed in 0..500 {
        let v = VersionsLeft.generate(&Params::new(), &mut rng(seed));
        let (bucket, _) = s3::run(&ops_from(&v));
        let Expected::Number { value, misconceptions } = &v.expected else { panic!("number") };
        assert_eq!(*value, bucket.versions(var(&v, "key")).len() as i64, "seed {seed}");
        assert!(misconceptions.iter().all(|(m, _)| m != value));
        with_mis += usize::from(!misconceptions.is_empty());
        values.insert(*value);
    }
    assert!(with_mis > 450, "most variants name misconceptions ({with_mis}/500)");
    assert!(values.len() >= 4, "answers vary: {values:?}");
}

#[test]
fn get_after_delete_equals_model() {
    let mut statuses = std::collections::BTreeSet::new();
    for seed in 0..500 {
        let v = GetAfterDelete.generate(&Params::new(), &mut rng(seed));
        let mut ops = ops_from(&v);
        ops.push(Op::parse(var(&v, "get")).expect("get"));
        let (_, results) = s3::run(&ops);
        let status = results.last().expect("result").status;
        assert!(correct_label(&v).starts_with(&status.to_string()), "seed {seed}");
        statuses.insert(status);
    }
    assert_eq!(statuses.len(), 3, "200, 404 and 405 all occur");
}

#[test]
fn cheapest_class_equals_model() {
    let mut winners = std::collections::BTreeSet::new();
    for seed in 0..500 {
        let v = CheapestClass.generate(&Params::new(), &mut rng(seed));
        let pattern = pattern_from_vars(&v.vars).expect("pattern");
        let (best, _, _) = s3::cheapest(&pattern);
        assert_eq!(correct_label(&v), best.info().name, "seed {seed}");
        let Expected::Choice { options, .. } = &v.expected else { panic!() };
        assert!(options.len() >= 2);
        winners.insert(best);
    }
    assert!(winners.len() >= 4, "several classes win: {winners:?}");
}

#[test]
fn early_deletion_equals_model() {
    for seed in 0..500 {
        let v = EarlyDeletion.generate(&Params::new(), &mut rng(seed));
        let class = CLASSES.iter().find(|c| c.name == var(&v, "class")).expect("class").class;
        let days: u32 = var(&v, "days").parse().expect("days");
        let Expected::Number { value, misconceptions } = &v.expected else { panic!("number") };
        assert_eq!(*value, i64::from(s3::billed_days(class, days)), "seed {seed}");
        assert!(misconceptions.iter().all(|(m, _)| m != value));
    }
}
