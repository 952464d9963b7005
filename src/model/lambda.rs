//! AWS Lambda limits and duration billing (`shared/reference/aws-rules.md` §10, Lambda).

use crate::explain::{Msg, Step};

/// Memory range in MB (1-MB steps).
pub const MEMORY_MB: std::ops::RangeInclusive<u32> = 128..=10_240;
/// Memory at which a function has one full vCPU.
pub const ONE_VCPU_MB: u32 = 1_769;
/// Maximum timeout in seconds.
pub const MAX_TIMEOUT_S: u32 = 900;
/// Default timeout in seconds.
pub const DEFAULT_TIMEOUT_S: u32 = 3;
/// Ephemeral storage range in MB.
pub const EPHEMERAL_MB: std::ops::RangeInclusive<u32> = 512..=10_240;
/// Synchronous invocation payload, MB.
pub const SYNC_PAYLOAD_MB: u32 = 6;
/// Asynchronous invocation payload, KB.
pub const ASYNC_PAYLOAD_KB: u32 = 256;

/// Input outside Lambda's limits.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LambdaError {
    /// Memory outside 128–10,240 MB.
    #[error("memory {0} MB is outside 128-10240")]
    Memory(u32),
    /// A duration that is negative, not finite, or beyond the 900-second timeout.
    #[error("duration {0} ms is outside 0-900000")]
    Duration(f64),
}

/// Billed duration: rounded up to the next whole millisecond, with no minimum.
pub fn billed_ms(duration_ms: f64) -> Result<u64, LambdaError> {
    if !(duration_ms.is_finite() && duration_ms >= 0.0 && duration_ms <= f64::from(MAX_TIMEOUT_S) * 1000.0) {
        return Err(LambdaError::Duration(duration_ms));
    }
    Ok(duration_ms.ceil() as u64)
}

/// The pre-December-2020 rule (rounded up to 100 ms), kept only to name a misconception.
pub fn billed_ms_old_100ms_rule(duration_ms: f64) -> u64 {
    ((duration_ms / 100.0).ceil() as u64).max(1) * 100
}

/// GB-seconds: memory MB / 1024 × billed seconds.
pub fn gb_seconds(memory_mb: u32, billed_ms: u64) -> Result<f64, LambdaError> {
    if !MEMORY_MB.contains(&memory_mb) {
        return Err(LambdaError::Memory(memory_mb));
    }
    Ok(f64::from(memory_mb) / 1024.0 * (billed_ms as f64 / 1000.0))
}

/// The explanation of one invocation's billing.
pub fn billing_steps(memory_mb: u32, duration_ms: f64) -> Result<Vec<Step>, LambdaError> {
    let billed = billed_ms(duration_ms)?;
    let gbs = gb_seconds(memory_mb, billed)?;
    Ok(vec![
        Step::fact(Msg::new("lambda-step-billed").arg("duration", duration_ms).arg("billed", billed)),
        Step::fact(Msg::new("lambda-step-gb-seconds").arg("memory", memory_mb).arg("billed", billed).arg("gbs", gbs)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_is_per_millisecond_without_minimum() {
        assert_eq!(billed_ms(0.4), Ok(1));
        assert_eq!(billed_ms(12.0), Ok(12));
        assert_eq!(billed_ms(12.01), Ok(13));
        assert_eq!(billed_ms(0.0), Ok(0));
        assert!(billed_ms(-1.0).is_err());
        assert!(billed_ms(900_001.0).is_err());
        assert_eq!(billed_ms_old_100ms_rule(12.0), 100);
        assert_eq!(billed_ms_old_100ms_rule(101.0), 200);
    }

    #[test]
    fn gb_seconds_formula() {
        assert_eq!(gb_seconds(1024, 1000), Ok(1.0));
        assert_eq!(gb_seconds(512, 200), Ok(0.1));
        assert_eq!(gb_seconds(128, 1), Ok(0.000_125));
        assert!(gb_seconds(64, 1).is_err());
        assert!(gb_seconds(10_241, 1).is_err());
    }

    #[test]
    fn limits() {
        assert_eq!((*MEMORY_MB.start(), *MEMORY_MB.end()), (128, 10_240));
        assert_eq!((MAX_TIMEOUT_S, DEFAULT_TIMEOUT_S, ONE_VCPU_MB), (900, 3, 1_769));
        assert_eq!((SYNC_PAYLOAD_MB, ASYNC_PAYLOAD_KB), (6, 256));
        assert_eq!((*EPHEMERAL_MB.start(), *EPHEMERAL_MB.end()), (512, 10_240));
    }
}
