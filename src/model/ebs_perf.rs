//! EBS volume performance for `calc ebs`: validity of a size/IOPS/throughput request and the
//! baseline, maximum and burst it gets (figures and pages: `docs/model/ebs.md`). An invalid
//! request is an answer (`valid: false` with each broken limit), not an error.

use crate::explain::{Msg, Step};
use crate::model::ebs::{VolumeType, gp2_baseline_iops, gp2_burst_seconds, gp2_throughput_mibs, volume_type};

/// What a volume request gets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Perf {
    /// Every limit the request breaks (empty when valid).
    pub errors: Vec<Msg>,
    /// Sustained IOPS.
    pub baseline_iops: u32,
    /// Highest IOPS (burst for gp2).
    pub max_iops: u32,
    /// Sustained throughput in MiB/s.
    pub throughput_mibs: u32,
    /// gp2: burst IOPS and seconds of a full bucket; st1/sc1: burst MiB/s.
    pub burst_iops: Option<u32>,
    /// Seconds a full credit bucket lasts at the burst rate (gp2).
    pub burst_seconds: Option<u64>,
    /// Burst throughput in MiB/s (st1, sc1).
    pub burst_mibs: Option<u32>,
    /// The explanation.
    pub steps: Vec<Step>,
}

fn limit(errors: &mut Vec<Msg>, field: &'static str, value: u32, lo: u32, hi: u32) {
    if value < lo || value > hi {
        errors.push(
            Msg::new("calc4-ebs-err-range").arg("field", field).arg("value", value).arg("min", lo).arg("max", hi),
        );
    }
}

/// Evaluates a request. `None` when `type_name` is not a volume type.
pub fn evaluate(type_name: &str, size_gib: u32, iops: Option<u32>, throughput: Option<u32>) -> Option<Perf> {
    let vt: &VolumeType = volume_type(type_name)?;
    let mut p = Perf::default();
    limit(&mut p.errors, "--size", size_gib, vt.min_gib, vt.max_gib);
    match vt.name {
        "gp3" => gp3(&mut p, size_gib, iops, throughput),
        "gp2" => gp2(&mut p, size_gib, iops, throughput),
        "io1" | "io2" => provisioned(&mut p, vt, size_gib, iops, throughput),
        _ => hdd(&mut p, vt, size_gib, iops, throughput),
    }
    p.steps.push(Step::fact(Msg::new("calc4-ebs-note-instance")));
    Some(p)
}

fn not_settable(p: &mut Perf, name: &'static str, flag: &'static str, given: Option<u32>) {
    if given.is_some() {
        p.errors.push(Msg::new("calc4-ebs-err-not-settable").arg("field", flag).arg("type", name));
    }
}

fn gp3(p: &mut Perf, size: u32, iops: Option<u32>, tp: Option<u32>) {
    let i = iops.unwrap_or(3_000);
    let t = tp.unwrap_or(125);
    limit(&mut p.errors, "--iops", i, 3_000, 80_000);
    limit(&mut p.errors, "--throughput", t, 125, 2_000);
    if u64::from(i) > 500 * u64::from(size) && i > 3_000 {
        p.errors.push(
            Msg::new("calc4-ebs-err-gp3-iops-ratio")
                .arg("iops", i)
                .arg("size", size)
                .arg("max", size.saturating_mul(500)),
        );
    }
    // 0.25 MiB/s per provisioned IOPS, i.e. throughput × 4 ≤ IOPS (125 MiB/s is always allowed).
    if t > 125 && u64::from(t) * 4 > u64::from(i) {
        p.errors.push(Msg::new("calc4-ebs-err-gp3-tp-ratio").arg("throughput", t).arg("iops", i).arg("max", i / 4));
    }
    p.baseline_iops = i;
    p.max_iops = i;
    p.throughput_mibs = t;
    p.steps.push(Step::fact(Msg::new("calc4-ebs-step-gp3").arg("iops", i).arg("throughput", t)));
}

fn gp2(p: &mut Perf, size: u32, iops: Option<u32>, tp: Option<u32>) {
    not_settable(p, "gp2", "--iops", iops);
    not_settable(p, "gp2", "--throughput", tp);
    let Ok(baseline) = gp2_baseline_iops(size) else { return };
    p.baseline_iops = baseline;
    p.throughput_mibs = gp2_throughput_mibs(size).unwrap_or(0);
    p.steps.push(Step::fact(
        Msg::new("calc4-ebs-step-gp2").arg("size", size).arg("raw", size.saturating_mul(3)).arg("baseline", baseline),
    ));
    if let Some(secs) = gp2_burst_seconds(size).ok().flatten() {
        p.max_iops = 3_000;
        p.burst_iops = Some(3_000);
        p.burst_seconds = Some(secs);
        p.steps.push(Step::fact(Msg::new("calc4-ebs-step-gp2-burst").arg("baseline", baseline).arg("seconds", secs)));
    } else {
        p.max_iops = baseline;
        p.steps.push(Step::fact(Msg::new("calc4-ebs-step-gp2-no-burst").arg("baseline", baseline)));
    }
}

fn provisioned(p: &mut Perf, vt: &VolumeType, size: u32, iops: Option<u32>, tp: Option<u32>) {
    not_settable(p, vt.name, "--throughput", tp);
    let ratio: u32 = if vt.name == "io1" { 50 } else { 1_000 };
    let Some(i) = iops else {
        p.errors.push(Msg::new("calc4-ebs-err-iops-required").arg("type", vt.name));
        return;
    };
    limit(&mut p.errors, "--iops", i, 100, vt.max_iops);
    if u64::from(i) > u64::from(ratio) * u64::from(size) {
        p.errors.push(
            Msg::new("calc4-ebs-err-io-ratio")
                .arg("type", vt.name)
                .arg("ratio", ratio)
                .arg("iops", i)
                .arg("size", size)
                .arg("max", size.saturating_mul(ratio)),
        );
    }
    p.baseline_iops = i;
    p.max_iops = i;
    p.throughput_mibs = vt.max_throughput_mibs;
    p.steps.push(Step::fact(Msg::new("calc4-ebs-step-io").arg("type", vt.name).arg("ratio", ratio).arg("iops", i)));
    p.steps.push(Step::convention(Msg::new("calc4-ebs-step-io-throughput").arg("max", vt.max_throughput_mibs)));
}

fn hdd(p: &mut Perf, vt: &VolumeType, size: u32, iops: Option<u32>, tp: Option<u32>) {
    not_settable(p, vt.name, "--iops", iops);
    not_settable(p, vt.name, "--throughput", tp);
    // st1: 40 MiB/s baseline and 250 burst per TiB; sc1: 12 and 80; capped at the type's maximum.
    let (base, burst) = if vt.name == "st1" { (40, 250) } else { (12, 80) };
    let per_tib =
        |rate: u64| u32::try_from(u64::from(size) * rate / 1024).unwrap_or(u32::MAX).min(vt.max_throughput_mibs);
    p.throughput_mibs = per_tib(base);
    p.burst_mibs = Some(per_tib(burst));
    p.baseline_iops = vt.max_iops;
    p.max_iops = vt.max_iops;
    p.steps.push(Step::fact(
        Msg::new("calc4-ebs-step-hdd")
            .arg("type", vt.name)
            .arg("size", size)
            .arg("base", base)
            .arg("burst", burst)
            .arg("baseline", p.throughput_mibs)
            .arg("burstmibs", per_tib(burst))
            .arg("max", vt.max_throughput_mibs),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gp3_current_limits_and_ratios() {
        let ok = evaluate("gp3", 160, Some(80_000), Some(2_000)).expect("gp3");
        assert!(ok.errors.is_empty(), "{:?}", ok.errors);
        // 10 GiB allows at most 5,000 IOPS (500 per GiB).
        assert_eq!(evaluate("gp3", 10, Some(16_000), None).expect("gp3").errors.len(), 1);
        // 3,000 IOPS allow at most 750 MiB/s.
        assert_eq!(evaluate("gp3", 100, None, Some(1_000)).expect("gp3").errors.len(), 1);
        assert_eq!(evaluate("gp3", 1, None, None).expect("gp3").baseline_iops, 3_000);
    }

    #[test]
    fn gp2_burst_and_baseline() {
        let p = evaluate("gp2", 100, None, None).expect("gp2");
        assert_eq!((p.baseline_iops, p.max_iops, p.burst_seconds), (300, 3_000, Some(2_000)));
        let big = evaluate("gp2", 2_000, None, None).expect("gp2");
        assert_eq!((big.baseline_iops, big.max_iops, big.burst_seconds), (6_000, 6_000, None));
    }

    #[test]
    fn io_ratios_and_hdd_throughput() {
        assert!(evaluate("io1", 100, Some(5_000), None).expect("io1").errors.is_empty());
        assert_eq!(evaluate("io1", 100, Some(5_001), None).expect("io1").errors.len(), 1);
        assert!(evaluate("io2", 100, Some(100_000), None).expect("io2").errors.is_empty());
        let st1 = evaluate("st1", 2_048, None, None).expect("st1");
        assert_eq!((st1.throughput_mibs, st1.burst_mibs), (80, Some(500)));
        let sc1 = evaluate("sc1", 1_024, None, None).expect("sc1");
        assert_eq!((sc1.throughput_mibs, sc1.burst_mibs), (12, Some(80)));
        assert!(evaluate("gp4", 1, None, None).is_none());
        assert_eq!(evaluate("st1", 100, None, None).expect("st1").errors.len(), 1);
    }
}
