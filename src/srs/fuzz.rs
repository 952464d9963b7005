//! Interval fuzz, with the ranges Anki and the FSRS reference scheduler use, drawn from a seed so
//! a schedule can be reproduced exactly.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The inclusive range of whole days an interval may be fuzzed to.
pub fn fuzz_range(interval: f64, maximum: u32) -> (u32, u32) {
    let maximum = f64::from(maximum.max(1));
    if interval < 2.5 {
        let days = interval.round().clamp(1.0, maximum) as u32;
        return (days, days);
    }
    let delta = 1.0
        + 0.15 * (interval.min(7.0) - 2.5).max(0.0)
        + 0.10 * (interval.min(20.0) - 7.0).max(0.0)
        + 0.05 * (interval - 20.0).max(0.0);
    let high = (interval + delta).round().min(maximum);
    let low = (interval - delta).round().max(2.0).min(high);
    (low as u32, high as u32)
}

/// A fuzzed interval in whole days, drawn uniformly from `fuzz_range` with `seed`.
pub fn fuzzed_interval(interval: f64, maximum: u32, seed: u64) -> u32 {
    let (low, high) = fuzz_range(interval, maximum);
    if low >= high {
        return low.max(1);
    }
    ChaCha8Rng::seed_from_u64(seed).random_range(low..=high)
}
