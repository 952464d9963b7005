//! EBS volume types (`shared/reference/aws-rules.md` §10), with gp2's baseline and burst
//! arithmetic. Where the 2023 guides and the current API differ, the current API values are used.

use serde::Serialize;

use crate::explain::{Msg, Step};

/// One row of the volume-type table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VolumeType {
    /// API name.
    pub name: &'static str,
    /// SSD (true) or HDD.
    pub ssd: bool,
    /// Smallest size in GiB.
    pub min_gib: u32,
    /// Largest size in GiB.
    pub max_gib: u32,
    /// Highest IOPS.
    pub max_iops: u32,
    /// Highest throughput in MiB/s.
    pub max_throughput_mibs: u32,
    /// Can be a boot volume.
    pub boot: bool,
}

/// The table (current API values: gp3 up to 65,536 GiB, 80,000 IOPS, 2,000 MiB/s).
pub const VOLUME_TYPES: [VolumeType; 6] = [
    VolumeType {
        name: "gp3",
        ssd: true,
        min_gib: 1,
        max_gib: 65_536,
        max_iops: 80_000,
        max_throughput_mibs: 2_000,
        boot: true,
    },
    VolumeType {
        name: "gp2",
        ssd: true,
        min_gib: 1,
        max_gib: 16_384,
        max_iops: 16_000,
        max_throughput_mibs: 250,
        boot: true,
    },
    VolumeType {
        name: "io1",
        ssd: true,
        min_gib: 4,
        max_gib: 16_384,
        max_iops: 64_000,
        max_throughput_mibs: 1_000,
        boot: true,
    },
    VolumeType {
        name: "io2",
        ssd: true,
        min_gib: 4,
        max_gib: 65_536,
        max_iops: 256_000,
        max_throughput_mibs: 4_000,
        boot: true,
    },
    VolumeType {
        name: "st1",
        ssd: false,
        min_gib: 125,
        max_gib: 16_384,
        max_iops: 500,
        max_throughput_mibs: 500,
        boot: false,
    },
    VolumeType {
        name: "sc1",
        ssd: false,
        min_gib: 125,
        max_gib: 16_384,
        max_iops: 250,
        max_throughput_mibs: 250,
        boot: false,
    },
];

/// gp3's baseline IOPS at any size.
pub const GP3_BASELINE_IOPS: u32 = 3_000;
/// gp2 IOPS per GiB.
pub const GP2_IOPS_PER_GIB: u32 = 3;
/// gp2 floor.
pub const GP2_MIN_IOPS: u32 = 100;
/// gp2 ceiling (reached at 5,334 GiB).
pub const GP2_MAX_IOPS: u32 = 16_000;
/// gp2 burst level for volumes under 1 TiB.
pub const GP2_BURST_IOPS: u32 = 3_000;
/// The gp2 I/O credit bucket: starts full, and this is also the cap.
pub const GP2_CREDIT_BUCKET: u64 = 5_400_000;

/// A size outside the type's range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{size} GiB is outside {min}-{max} GiB for {name}")]
pub struct SizeError {
    /// Volume type.
    pub name: &'static str,
    /// Requested size.
    pub size: u32,
    /// Smallest.
    pub min: u32,
    /// Largest.
    pub max: u32,
}

/// The row for `name`.
pub fn volume_type(name: &str) -> Option<&'static VolumeType> {
    VOLUME_TYPES.iter().find(|v| v.name == name)
}

fn check_gp2(size_gib: u32) -> Result<(), SizeError> {
    if (1..=16_384).contains(&size_gib) {
        Ok(())
    } else {
        Err(SizeError { name: "gp2", size: size_gib, min: 1, max: 16_384 })
    }
}

/// gp2 baseline IOPS: 3 per GiB, at least 100, at most 16,000.
pub fn gp2_baseline_iops(size_gib: u32) -> Result<u32, SizeError> {
    check_gp2(size_gib)?;
    Ok((size_gib * GP2_IOPS_PER_GIB).clamp(GP2_MIN_IOPS, GP2_MAX_IOPS))
}

/// The explanation of a gp2 baseline.
pub fn gp2_baseline_steps(size_gib: u32) -> Result<Vec<Step>, SizeError> {
    let baseline = gp2_baseline_iops(size_gib)?;
    let raw = size_gib * GP2_IOPS_PER_GIB;
    let id = if raw < GP2_MIN_IOPS {
        "ebs-step-gp2-floor"
    } else if raw > GP2_MAX_IOPS {
        "ebs-step-gp2-cap"
    } else {
        "ebs-step-gp2-linear"
    };
    Ok(vec![Step::fact(Msg::new(id).arg("size", size_gib).arg("raw", raw).arg("baseline", baseline))])
}

/// Seconds a full credit bucket lets a gp2 volume burst at 3,000 IOPS:
/// credits / (burst IOPS − baseline IOPS). `None` when the volume cannot burst (1 TiB or more,
/// or a baseline already at 3,000 or above).
pub fn gp2_burst_seconds(size_gib: u32) -> Result<Option<u64>, SizeError> {
    let baseline = gp2_baseline_iops(size_gib)?;
    if size_gib >= 1024 || baseline >= GP2_BURST_IOPS {
        return Ok(None);
    }
    Ok(Some(GP2_CREDIT_BUCKET / u64::from(GP2_BURST_IOPS - baseline)))
}

/// gp2 maximum throughput in MiB/s: 128 up to 170 GiB, 250 (burst) from 170 to 334 GiB, 250 above.
pub fn gp2_throughput_mibs(size_gib: u32) -> Result<u32, SizeError> {
    check_gp2(size_gib)?;
    Ok(if size_gib <= 170 { 128 } else { 250 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gp2_baseline_floor_linear_cap() {
        assert_eq!(gp2_baseline_iops(1), Ok(100));
        assert_eq!(gp2_baseline_iops(33), Ok(100));
        assert_eq!(gp2_baseline_iops(34), Ok(102));
        assert_eq!(gp2_baseline_iops(100), Ok(300));
        assert_eq!(gp2_baseline_iops(1000), Ok(3000));
        assert_eq!(gp2_baseline_iops(5333), Ok(15_999));
        assert_eq!(gp2_baseline_iops(5334), Ok(16_000));
        assert_eq!(gp2_baseline_iops(16_384), Ok(16_000));
        assert!(gp2_baseline_iops(0).is_err());
        assert!(gp2_baseline_iops(16_385).is_err());
    }

    #[test]
    fn gp2_burst_duration() {
        // 100 GiB: 5.4M / (3000 − 300) = 2000 s.
        assert_eq!(gp2_burst_seconds(100), Ok(Some(2000)));
        assert_eq!(gp2_burst_seconds(1), Ok(Some(1862)));
        assert_eq!(gp2_burst_seconds(1000), Ok(None));
        assert_eq!(gp2_burst_seconds(2000), Ok(None));
    }

    #[test]
    fn table_uses_current_api_values() {
        let gp3 = volume_type("gp3").expect("gp3");
        assert_eq!((gp3.max_gib, gp3.max_iops, gp3.max_throughput_mibs), (65_536, 80_000, 2_000));
        assert!(!volume_type("st1").expect("st1").boot);
        assert_eq!(gp2_throughput_mibs(170), Ok(128));
        assert_eq!(gp2_throughput_mibs(200), Ok(250));
    }

    #[test]
    fn baseline_steps_name_the_rule() {
        assert_eq!(gp2_baseline_steps(10).expect("ok")[0].msg.id, "ebs-step-gp2-floor");
        assert_eq!(gp2_baseline_steps(8000).expect("ok")[0].msg.id, "ebs-step-gp2-cap");
    }
}
