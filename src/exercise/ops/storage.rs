//! `ebs.gp2-baseline`, `lambda.billed-duration` and `lambda.cost`.

use rand::RngExt;

use super::{choice, number};
use crate::content::Params;
use crate::exercise::{Label, Rng, Template, Variant, only_params};
use crate::explain::Msg;
use crate::model::{ebs, lambda};

/// `ebs.gp2-baseline`: gp2 baseline IOPS for a size.
pub struct EbsGp2Baseline;

impl Template for EbsGp2Baseline {
    fn id(&self) -> &'static str {
        "ebs.gp2-baseline"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["size"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        // One third below the floor, one third linear, one third above the cap.
        let size: u32 = match rng.random_range(0..3) {
            0 => rng.random_range(1..=33),
            1 => rng.random_range(34..=5333),
            _ => rng.random_range(5334..=16_384),
        };
        let baseline = ebs::gp2_baseline_iops(size).expect("generated size is valid");
        let raw = i64::from(size) * 3;
        let wrong = vec![
            (raw, Msg::new(if raw < 100 { "ebs-mis-no-floor" } else { "ebs-mis-no-cap" })),
            (i64::from(ebs::GP2_BURST_IOPS), Msg::new("ebs-mis-burst")),
            (i64::from(ebs::GP3_BASELINE_IOPS), Msg::new("ebs-mis-gp3")),
        ];
        Variant {
            vars: vec![("size", size.to_string())],
            context: Vec::new(),
            expected: number(i64::from(baseline), wrong),
            explanation: ebs::gp2_baseline_steps(size).expect("generated size is valid"),
        }
    }
}

fn draw_duration(rng: &mut Rng) -> f64 {
    // Tenths of a millisecond, so rounding up always matters.
    f64::from(rng.random_range(1u32..=25_000)) / 10.0
}

/// `lambda.billed-duration`: billed milliseconds for one run.
pub struct LambdaBilledDuration;

impl Template for LambdaBilledDuration {
    fn id(&self) -> &'static str {
        "lambda.billed-duration"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["duration"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let duration = draw_duration(rng);
        let billed = lambda::billed_ms(duration).expect("generated duration is valid");
        let wrong = vec![
            (lambda::billed_ms_old_100ms_rule(duration) as i64, Msg::new("lambda-mis-100ms")),
            (duration.floor() as i64, Msg::new("lambda-mis-floor")),
            (duration.round() as i64, Msg::new("lambda-mis-nearest")),
        ];
        Variant {
            vars: vec![("duration", format!("{duration}"))],
            context: Vec::new(),
            expected: number(billed as i64, wrong),
            explanation: lambda::billing_steps(128, duration).expect("valid").into_iter().take(1).collect(),
        }
    }
}

/// `lambda.cost`: GB-seconds for one run, as a choice.
pub struct LambdaCost;

/// GB-seconds as shown in options: up to six decimals, trailing zeros dropped.
pub(super) fn gbs_label(value: f64) -> String {
    let text = format!("{value:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl Template for LambdaCost {
    fn id(&self) -> &'static str {
        "lambda.cost"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["memory", "duration"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let memory = [128u32, 256, 512, 1024, 1536, 2048, 3008, 4096][rng.random_range(0..8)];
        let duration = draw_duration(rng);
        let billed = lambda::billed_ms(duration).expect("valid");
        let gbs = lambda::gb_seconds(memory, billed).expect("valid");
        let old = lambda::gb_seconds(memory, lambda::billed_ms_old_100ms_rule(duration)).expect("valid");
        let wrong = vec![
            (Label::Plain(gbs_label(old)), Msg::new("lambda-mis-100ms")),
            (Label::Plain(gbs_label(f64::from(memory) / 1000.0 * billed as f64 / 1000.0)), Msg::new("lambda-mis-1000")),
            (Label::Plain(gbs_label(f64::from(memory) / 1024.0 * billed as f64)), Msg::new("lambda-mis-ms-as-s")),
        ];
        Variant {
            vars: vec![("memory", memory.to_string()), ("duration", format!("{duration}"))],
            context: Vec::new(),
            expected: choice(rng, Label::Plain(gbs_label(gbs)), wrong),
            explanation: lambda::billing_steps(memory, duration).expect("valid"),
        }
    }
}
