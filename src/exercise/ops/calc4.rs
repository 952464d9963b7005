//! Issue 15 templates: `dynamodb.rcu`, `dynamodb.wcu`, `dynamodb.transactional`,
//! `dynamodb.on-demand-reads`, `ebs.gp3-max-iops`, `ebs.gp2-burst-seconds`. Answers come from
//! `model::dynamodb` and `model::ebs_perf`; each wrong value is a named mistake.

use rand::RngExt;

use super::number;
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::Msg;
use crate::model::dynamodb::{Consistency, Mode, READ_BLOCK, WRITE_BLOCK, capacity};
use crate::model::ebs_perf::evaluate;

#[allow(clippy::cast_possible_truncation)]
fn units(x: f64) -> i64 {
    x as i64
}

fn draw_bytes(rng: &mut Rng) -> u64 {
    // Half a KB steps up to 40 KB, never a whole 4 KB multiple so per-item rounding matters.
    loop {
        let b = u64::from(rng.random_range(1u32..=80)) * 512;
        if b % READ_BLOCK != 0 {
            return b;
        }
    }
}

fn kb(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let k = bytes as f64 / 1024.0;
    format!("{k}")
}

fn ddb_variant(
    bytes: u64,
    reads: u64,
    writes: u64,
    c: Consistency,
    m: Mode,
    wrong: Vec<(i64, Msg)>,
    read_side: bool,
) -> Variant {
    let x = capacity(bytes, reads, writes, c, m).expect("generated input is valid");
    let value = units(if read_side { x.read_units } else { x.write_units });
    Variant {
        vars: vec![("size_kb", kb(bytes)), ("reads", reads.to_string()), ("writes", writes.to_string())],
        context: Vec::new(),
        expected: number(value, wrong),
        explanation: x.steps,
    }
}

macro_rules! template {
    ($name:ident, $id:literal, [$($ph:literal),*], $gen:expr) => {
        #[doc = concat!("`", $id, "`.")]
        pub struct $name;
        impl Template for $name {
            fn id(&self) -> &'static str {
                $id
            }
            fn placeholders(&self) -> &'static [&'static str] {
                &[$($ph),*]
            }
            fn check_params(&self, params: &Params) -> Result<(), Msg> {
                only_params(params, &[])
            }
            fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
                let f: fn(&mut Rng) -> Variant = $gen;
                f(rng)
            }
        }
    };
}

fn rounded_total(bytes: u64, n: u64, block: u64, halves_per_block: u64) -> i64 {
    i64::try_from(((bytes * n).div_ceil(block) * halves_per_block).div_ceil(2)).unwrap_or(i64::MAX)
}

template!(DynamoRcu, "dynamodb.rcu", ["size_kb", "reads"], |rng| {
    // Eventually consistent reads, provisioned.
    let bytes = draw_bytes(rng);
    let reads = u64::from(rng.random_range(1u32..=500));
    let strong = capacity(bytes, reads, 0, Consistency::Strong, Mode::Provisioned).expect("valid");
    let wrong = vec![
        (rounded_total(bytes, reads, READ_BLOCK, 1), Msg::new("calc4-mis-total-rounding")),
        (units(strong.read_units), Msg::new("calc4-mis-no-eventual-half")),
        (units(strong.read_units) * 2, Msg::new("calc4-mis-eventual-doubles")),
    ];
    ddb_variant(bytes, reads, 0, Consistency::Eventual, Mode::Provisioned, wrong, true)
});

template!(DynamoWcu, "dynamodb.wcu", ["size_kb", "writes"], |rng| {
    let bytes = draw_bytes(rng);
    let writes = u64::from(rng.random_range(1u32..=500));
    let per4k = i64::try_from(bytes.div_ceil(READ_BLOCK) * writes).unwrap_or(0);
    let wrong = vec![
        (rounded_total(bytes, writes, WRITE_BLOCK, 2), Msg::new("calc4-mis-total-rounding")),
        (per4k, Msg::new("calc4-mis-write-4kb")),
        (i64::try_from(writes).unwrap_or(0), Msg::new("calc4-mis-one-unit-per-item")),
    ];
    ddb_variant(bytes, 0, writes, Consistency::Strong, Mode::Provisioned, wrong, false)
});

template!(DynamoTransactional, "dynamodb.transactional", ["size_kb", "writes"], |rng| {
    let bytes = draw_bytes(rng);
    let writes = u64::from(rng.random_range(1u32..=300));
    let plain = capacity(bytes, 0, writes, Consistency::Strong, Mode::Provisioned).expect("valid");
    let wrong = vec![
        (units(plain.write_units), Msg::new("calc4-mis-no-transaction-double")),
        (units(plain.write_units) * 4, Msg::new("calc4-mis-transaction-quadruple")),
        (rounded_total(bytes, writes, WRITE_BLOCK, 4), Msg::new("calc4-mis-total-rounding")),
    ];
    ddb_variant(bytes, 0, writes, Consistency::Transactional, Mode::Provisioned, wrong, false)
});

template!(DynamoStrongRcu, "dynamodb.strong-rcu", ["size_kb", "reads"], |rng| {
    let bytes = draw_bytes(rng);
    let reads = u64::from(rng.random_range(1u32..=500));
    let eventual = capacity(bytes, reads, 0, Consistency::Eventual, Mode::Provisioned).expect("valid");
    let wrong = vec![
        (rounded_total(bytes, reads, READ_BLOCK, 2), Msg::new("calc4-mis-total-rounding")),
        (units(eventual.read_units), Msg::new("calc4-mis-strong-halved")),
        (i64::try_from(bytes.div_ceil(WRITE_BLOCK) * reads).unwrap_or(0), Msg::new("calc4-mis-read-1kb")),
    ];
    ddb_variant(bytes, reads, 0, Consistency::Strong, Mode::Provisioned, wrong, true)
});

template!(EbsGp3MaxIops, "ebs.gp3-max-iops", ["size"], |rng| {
    let size: u32 = rng.random_range(6..=400);
    let max = (size * 500).min(80_000);
    let p = evaluate("gp3", size, Some(max), None).expect("gp3");
    let wrong = vec![
        (i64::from((size * 500).min(16_000)), Msg::new("calc4-mis-gp3-old-cap")),
        (i64::from((size * 3).clamp(100, 16_000)), Msg::new("calc4-mis-gp3-as-gp2")),
        (i64::from(size) * 500, Msg::new("calc4-mis-gp3-no-cap")),
        (3_000, Msg::new("calc4-mis-gp3-baseline")),
    ];
    Variant {
        vars: vec![("size", size.to_string())],
        context: Vec::new(),
        expected: number(i64::from(p.max_iops), wrong),
        explanation: p.steps,
    }
});

template!(EbsGp2BurstSeconds, "ebs.gp2-burst-seconds", ["size"], |rng| {
    let size: u32 = rng.random_range(1..=999);
    let p = evaluate("gp2", size, None, None).expect("gp2");
    let secs = i64::try_from(p.burst_seconds.expect("under 1 TiB bursts")).unwrap_or(0);
    let wrong = vec![
        (5_400_000 / 3_000, Msg::new("calc4-mis-burst-ignores-earning")),
        (5_400_000 / i64::from(p.baseline_iops), Msg::new("calc4-mis-burst-divides-baseline")),
        (1_800, Msg::new("calc4-mis-burst-always-30min")),
    ];
    Variant {
        vars: vec![("size", size.to_string())],
        context: Vec::new(),
        expected: number(secs, wrong),
        explanation: p.steps,
    }
});

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::exercise::{Expected, rng};
    use crate::model::dynamodb::parse_size;

    fn check(t: &dyn Template, recompute: impl Fn(&Variant) -> i64) {
        let params = BTreeMap::new();
        t.check_params(&params).expect("default params");
        let mut with_distractor = 0;
        for seed in 0..1_000 {
            let v = t.generate(&params, &mut rng(seed));
            let Expected::Number { value, misconceptions } = &v.expected else { panic!("number") };
            assert_eq!(*value, recompute(&v), "{} seed {seed}", t.id());
            assert!(misconceptions.iter().all(|(w, _)| w != value), "distractor equals key");
            let mut seen: Vec<i64> = misconceptions.iter().map(|(w, _)| *w).collect();
            seen.dedup();
            assert_eq!(seen.len(), misconceptions.len(), "distractors differ");
            with_distractor += usize::from(!misconceptions.is_empty());
            assert!(t.placeholders().iter().all(|p| v.vars.iter().any(|(n, _)| n == p)));
        }
        assert!(with_distractor > 900, "{} has distractors", t.id());
    }

    fn var(v: &Variant, name: &str) -> String {
        v.vars.iter().find(|(n, _)| *n == name).map(|(_, x)| x.clone()).expect("var")
    }

    fn ddb(v: &Variant, c: Consistency, read: bool) -> i64 {
        let bytes = parse_size(&format!("{}KB", var(v, "size_kb"))).expect("size");
        let n: u64 = var(v, if read { "reads" } else { "writes" }).parse().expect("n");
        let x = if read {
            capacity(bytes, n, 0, c, Mode::Provisioned)
        } else {
            capacity(bytes, 0, n, c, Mode::Provisioned)
        };
        let x = x.expect("valid");
        units(if read { x.read_units } else { x.write_units })
    }

    #[test]
    fn templates_match_the_model_for_1000_seeds() {
        check(&DynamoRcu, |v| ddb(v, Consistency::Eventual, true));
        check(&DynamoStrongRcu, |v| ddb(v, Consistency::Strong, true));
        check(&DynamoWcu, |v| ddb(v, Consistency::Strong, false));
        check(&DynamoTransactional, |v| ddb(v, Consistency::Transactional, false));
        check(&EbsGp3MaxIops, |v| {
            let s: i64 = var(v, "size").parse().expect("size");
            (s * 500).min(80_000)
        });
        check(&EbsGp2BurstSeconds, |v| {
            let s: i64 = var(v, "size").parse().expect("size");
            5_400_000 / (3_000 - (s * 3).max(100))
        });
    }
}
