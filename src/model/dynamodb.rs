//! `DynamoDB` capacity: read/write capacity units (provisioned) and request units (on-demand).
//! Rules and worked examples: `docs/model/dynamodb.md`. A read unit covers 4 KB, a write unit 1 KB
//! (1 KB = 1,024 bytes), each rounded up per item; eventual reads cost half, transactions double.
//! Units are counted in halves internally so an eventual read of one block stays exact.

use crate::explain::{Msg, Step};

/// Bytes one read unit covers.
pub const READ_BLOCK: u64 = 4 * 1024;
/// Bytes one write unit covers.
pub const WRITE_BLOCK: u64 = 1024;
/// `DynamoDB`'s maximum item size (400 KB).
pub const MAX_ITEM_BYTES: u64 = 400 * 1024;

/// Read consistency (and, for `Transactional`, transactional writes too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    /// Eventually consistent reads: half a unit per 4 KB.
    Eventual,
    /// Strongly consistent reads: one unit per 4 KB.
    Strong,
    /// Transactional reads and writes: two units per block.
    Transactional,
}

/// Capacity mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// RCU/WCU per second, provisioned in whole units.
    Provisioned,
    /// Read/write request units per request, billed as used.
    OnDemand,
}

/// Bad input, naming the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DynamoError {
    /// `--consistency` not one of the accepted values.
    #[error("unknown consistency {0}")]
    Consistency(String),
    /// `--mode` not one of the accepted values.
    #[error("unknown mode {0}")]
    Mode(String),
    /// `--item-size` unparsable or negative.
    #[error("bad size {0}")]
    Size(String),
    /// `--item-size` above 400 KB.
    #[error("item too large {0}")]
    TooLarge(u64),
}

impl DynamoError {
    /// The localized message.
    pub fn msg(&self) -> Msg {
        match self {
            DynamoError::Consistency(v) => Msg::new("calc4-ddb-err-consistency").arg("value", v.as_str()),
            DynamoError::Mode(v) => Msg::new("calc4-ddb-err-mode").arg("value", v.as_str()),
            DynamoError::Size(v) => Msg::new("calc4-err-size").arg("flag", "--item-size").arg("value", v.as_str()),
            DynamoError::TooLarge(b) => Msg::new("calc4-ddb-err-too-large").arg("bytes", *b),
        }
    }
}

impl std::str::FromStr for Consistency {
    type Err = DynamoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "eventual" => Ok(Consistency::Eventual),
            "strong" => Ok(Consistency::Strong),
            "transactional" => Ok(Consistency::Transactional),
            _ => Err(DynamoError::Consistency(s.to_owned())),
        }
    }
}

impl std::str::FromStr for Mode {
    type Err = DynamoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "provisioned" => Ok(Mode::Provisioned),
            "on-demand" => Ok(Mode::OnDemand),
            _ => Err(DynamoError::Mode(s.to_owned())),
        }
    }
}

/// Parses a size: a number (decimals must give whole bytes) with an optional unit B, KB, KiB, MB, MiB, GB, GiB (KB = KiB =
/// 1,024 bytes, as `DynamoDB` and S3 count them). `None` for anything else, including negatives.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let mul: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "kib" => 1 << 10,
        "mb" | "mib" => 1 << 20,
        "gb" | "gib" => 1 << 30,
        "tb" | "tib" => 1 << 40,
        _ => return None,
    };
    if let Ok(n) = num.parse::<u64>() {
        return n.checked_mul(mul);
    }
    // A decimal such as 3.5KB must come to a whole number of bytes.
    let x: f64 = num.parse().ok().filter(|x: &f64| x.is_finite())?;
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    {
        let bytes = x * mul as f64;
        (bytes.fract() == 0.0 && bytes < 1.0e18).then_some(bytes as u64)
    }
}

/// Units per item for one operation, in halves (so 1 = 0.5 unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerItem {
    /// Item size in bytes.
    pub bytes: u64,
    /// 4 KB blocks, rounded up.
    pub read_blocks: u64,
    /// 1 KB blocks, rounded up.
    pub write_blocks: u64,
    /// Read units per read, in halves.
    pub read_halves: u64,
    /// Write units per write, in halves.
    pub write_halves: u64,
}

/// The answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Capacity {
    /// Per-item figures.
    pub per_item: PerItem,
    /// Read units (RCU, or read request units per second for on-demand).
    pub read_units: f64,
    /// Write units.
    pub write_units: f64,
    /// The explanation.
    pub steps: Vec<Step>,
}

/// Number of blocks an item of `bytes` occupies (at least one: an empty item still costs a unit).
pub fn blocks(bytes: u64, block: u64) -> u64 {
    bytes.div_ceil(block).max(1)
}

/// Half-units per read at this consistency.
fn read_factor_halves(c: Consistency) -> u64 {
    match c {
        Consistency::Eventual => 1,
        Consistency::Strong => 2,
        Consistency::Transactional => 4,
    }
}

fn halves_to_units(halves: u64, mode: Mode) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    match mode {
        // Provisioned capacity is set in whole units.
        Mode::Provisioned => halves.div_ceil(2) as f64,
        Mode::OnDemand => halves as f64 / 2.0,
    }
}

/// Computes the capacity for `reads` and `writes` per second of items of `bytes`.
pub fn capacity(bytes: u64, reads: u64, writes: u64, c: Consistency, mode: Mode) -> Result<Capacity, DynamoError> {
    if bytes > MAX_ITEM_BYTES {
        return Err(DynamoError::TooLarge(bytes));
    }
    let read_blocks = blocks(bytes, READ_BLOCK);
    let write_blocks = blocks(bytes, WRITE_BLOCK);
    let read_halves = read_blocks * read_factor_halves(c);
    let write_halves = write_blocks * if c == Consistency::Transactional { 4 } else { 2 };
    let per_item = PerItem { bytes, read_blocks, write_blocks, read_halves, write_halves };
    let read_units = halves_to_units(read_halves * reads, mode);
    let write_units = halves_to_units(write_halves * writes, mode);
    let unit = if mode == Mode::Provisioned { "provisioned" } else { "on-demand" };
    let cons = match c {
        Consistency::Eventual => "eventual",
        Consistency::Strong => "strong",
        Consistency::Transactional => "transactional",
    };
    let mut steps = Vec::new();
    #[allow(clippy::cast_precision_loss)]
    if reads > 0 {
        steps.push(Step::fact(Msg::new("calc4-ddb-step-read-blocks").arg("bytes", bytes).arg("blocks", read_blocks)));
        steps.push(Step::fact(
            Msg::new("calc4-ddb-step-read-factor")
                .arg("consistency", cons)
                .arg("blocks", read_blocks)
                .arg("per", read_halves as f64 / 2.0),
        ));
        steps.push(Step::fact(
            Msg::new("calc4-ddb-step-read-total")
                .arg("mode", unit)
                .arg("reads", reads)
                .arg("per", read_halves as f64 / 2.0)
                .arg("units", read_units),
        ));
        // The named mistake: dividing the total bytes by 4 KB instead of rounding each item.
        let wrong = halves_to_units((bytes * reads).div_ceil(READ_BLOCK) * read_factor_halves(c), mode);
        if (wrong - read_units).abs() > f64::EPSILON {
            steps.push(Step::fact(
                Msg::new("calc4-ddb-note-total-rounding").arg("wrong", wrong).arg("units", read_units),
            ));
        }
    }
    #[allow(clippy::cast_precision_loss)]
    if writes > 0 {
        steps.push(Step::fact(Msg::new("calc4-ddb-step-write-blocks").arg("bytes", bytes).arg("blocks", write_blocks)));
        steps.push(Step::fact(
            Msg::new("calc4-ddb-step-write-total")
                .arg("mode", unit)
                .arg("transactional", if c == Consistency::Transactional { "yes" } else { "no" })
                .arg("writes", writes)
                .arg("per", write_halves as f64 / 2.0)
                .arg("units", write_units),
        ));
    }
    if reads == 0 && writes == 0 {
        steps.push(Step::fact(Msg::new("calc4-ddb-step-nothing")));
    }
    Ok(Capacity { per_item, read_units, write_units, steps })
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // halves of whole numbers are exact in f64
mod tests {
    use super::*;

    fn cap(bytes: u64, reads: u64, writes: u64, cons: Consistency, mode: Mode) -> (f64, f64) {
        let got = capacity(bytes, reads, writes, cons, mode).expect("valid");
        (got.read_units, got.write_units)
    }

    #[test]
    fn developer_guide_examples() {
        // Developer Guide: an 8 KB item needs 2 RCU strongly consistent, 1 eventual, 4 transactional.
        assert_eq!(cap(8 * 1024, 1, 0, Consistency::Strong, Mode::Provisioned).0, 2.0);
        assert_eq!(cap(8 * 1024, 1, 0, Consistency::Eventual, Mode::Provisioned).0, 1.0);
        assert_eq!(cap(8 * 1024, 1, 0, Consistency::Transactional, Mode::Provisioned).0, 4.0);
        // A 3.5 KB item written once costs 4 WCU (rounded up to 4 KB); transactional 8.
        assert_eq!(cap(3584, 0, 1, Consistency::Strong, Mode::Provisioned).1, 4.0);
        assert_eq!(cap(3584, 0, 1, Consistency::Transactional, Mode::Provisioned).1, 8.0);
        // Reading a 10 KB item strongly: ceil(10/4) = 3 RCU (rounded per item, not 2.5).
        assert_eq!(cap(10 * 1024, 1, 0, Consistency::Strong, Mode::Provisioned).0, 3.0);
    }

    #[test]
    fn per_item_rounding_not_total() {
        // 100 reads/s of 6 KB strong: 2 units each = 200, not ceil(600/4) = 150.
        let x = capacity(6 * 1024, 100, 0, Consistency::Strong, Mode::Provisioned).expect("ok");
        assert_eq!(x.read_units, 200.0);
        assert!(x.steps.iter().any(|s| s.msg.id == "calc4-ddb-note-total-rounding"));
    }

    #[test]
    fn eventual_halves_round_up_when_provisioned_not_on_demand() {
        assert_eq!(cap(1024, 3, 0, Consistency::Eventual, Mode::Provisioned).0, 2.0);
        assert_eq!(cap(1024, 3, 0, Consistency::Eventual, Mode::OnDemand).0, 1.5);
    }

    #[test]
    fn bad_input() {
        assert!("weak".parse::<Consistency>().is_err());
        assert!("burst".parse::<Mode>().is_err());
        assert_eq!(parse_size("-1"), None);
        assert_eq!(parse_size("4 KB"), Some(4096));
        assert_eq!(parse_size("2KiB"), Some(2048));
        assert_eq!(parse_size("3.5KB"), Some(3584));
        assert_eq!(parse_size("0.3B"), None);
        assert_eq!(parse_size("4XB"), None);
        assert!(capacity(401 * 1024, 1, 1, Consistency::Strong, Mode::Provisioned).is_err());
    }
}
