//! IPv4 addresses and CIDR blocks as plain integers, so containment and overlap are bit masks.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

/// Why a CIDR or address could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CidrError {
    /// Not `a.b.c.d/n`.
    #[error("\"{0}\" is not an IPv4 CIDR block like 10.0.1.0/24")]
    Syntax(String),
    /// The prefix length is above 32.
    #[error("\"{0}\": the prefix length must be 0 to 32")]
    Prefix(String),
    /// Not `a.b.c.d`.
    #[error("\"{0}\" is not an IPv4 address like 10.0.1.10")]
    Address(String),
}

/// Parses a dotted-quad IPv4 address (`std` rejects leading zeros and out-of-range octets).
pub fn parse_ip(text: &str) -> Result<u32, CidrError> {
    Ipv4Addr::from_str(text.trim()).map(u32::from).map_err(|_| CidrError::Address(text.to_owned()))
}

/// Formats an address as `a.b.c.d`.
pub fn fmt_ip(ip: u32) -> String {
    Ipv4Addr::from(ip).to_string()
}

/// An IPv4 address that deserializes from `a.b.c.d` (bad input names its place in the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ip(pub u32);

impl fmt::Display for Ip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fmt_ip(self.0))
    }
}

impl<'de> Deserialize<'de> for Ip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        parse_ip(&text).map(Ip).map_err(serde::de::Error::custom)
    }
}

/// A CIDR block in canonical form (host bits zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cidr {
    base: u32,
    prefix: u8,
}

/// The mask of a prefix length (`/0` is all zeros; shifting by 32 would overflow).
pub fn mask(prefix: u8) -> u32 {
    if prefix == 0 { 0 } else { u32::MAX << (32 - u32::from(prefix)) }
}

impl Cidr {
    /// The block holding `ip` with this prefix; host bits are cleared, as AWS does.
    pub fn new(ip: u32, prefix: u8) -> Cidr {
        let prefix = prefix.min(32);
        Cidr { base: ip & mask(prefix), prefix }
    }

    /// Parses `a.b.c.d/n` and reports whether host bits had to be cleared.
    pub fn parse_with_flag(text: &str) -> Result<(Cidr, bool), CidrError> {
        let text = text.trim();
        let (ip, prefix) = text.split_once('/').ok_or_else(|| CidrError::Syntax(text.to_owned()))?;
        let ip = parse_ip(ip).map_err(|_| CidrError::Syntax(text.to_owned()))?;
        if prefix.is_empty() || !prefix.bytes().all(|b| b.is_ascii_digit()) || prefix.len() > 2 {
            return Err(CidrError::Syntax(text.to_owned()));
        }
        let prefix: u8 = prefix.parse().map_err(|_| CidrError::Syntax(text.to_owned()))?;
        if prefix > 32 {
            return Err(CidrError::Prefix(text.to_owned()));
        }
        let cidr = Cidr::new(ip, prefix);
        Ok((cidr, cidr.base != ip))
    }

    /// Parses `a.b.c.d/n`, clearing host bits.
    pub fn parse(text: &str) -> Result<Cidr, CidrError> {
        Cidr::parse_with_flag(text).map(|(c, _)| c)
    }

    /// The network (first) address.
    pub fn network(self) -> u32 {
        self.base
    }

    /// The prefix length.
    pub fn prefix(self) -> u8 {
        self.prefix
    }

    /// The netmask as an integer.
    pub fn netmask(self) -> u32 {
        mask(self.prefix)
    }

    /// The last address of the block.
    pub fn broadcast(self) -> u32 {
        self.base | !mask(self.prefix)
    }

    /// How many addresses the block spans: 2^(32 − prefix).
    pub fn size(self) -> u64 {
        1u64 << (32 - u32::from(self.prefix))
    }

    /// True when `ip` lies in the block.
    pub fn contains_ip(self, ip: u32) -> bool {
        ip & mask(self.prefix) == self.base
    }

    /// True when `other` lies entirely inside this block.
    pub fn contains(self, other: Cidr) -> bool {
        other.prefix >= self.prefix && self.contains_ip(other.base)
    }

    /// True when the blocks share at least one address (for CIDRs: one contains the other).
    pub fn overlaps(self, other: Cidr) -> bool {
        self.contains(other) || other.contains(self)
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", fmt_ip(self.base), self.prefix)
    }
}

impl FromStr for Cidr {
    type Err = CidrError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Cidr::parse(s)
    }
}

impl<'de> Deserialize<'de> for Cidr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Cidr::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn parses_and_normalizes_like_aws() {
        let (c, normalized) = Cidr::parse_with_flag("100.68.0.18/18").unwrap();
        assert_eq!(c.to_string(), "100.68.0.0/18");
        assert!(normalized);
        let (c, normalized) = Cidr::parse_with_flag("10.0.1.0/24").unwrap();
        assert_eq!(c.to_string(), "10.0.1.0/24");
        assert!(!normalized);
    }

    #[test]
    fn netmask_broadcast_size() {
        let c = Cidr::parse("192.168.0.0/26").unwrap();
        assert_eq!(fmt_ip(c.netmask()), "255.255.255.192");
        assert_eq!(fmt_ip(c.broadcast()), "192.168.0.63");
        assert_eq!(c.size(), 64);
        let all = Cidr::parse("0.0.0.0/0").unwrap();
        assert_eq!(all.size(), 1 << 32);
        assert_eq!(fmt_ip(all.broadcast()), "255.255.255.255");
        assert_eq!(Cidr::parse("1.2.3.4/32").unwrap().size(), 1);
    }

    #[test]
    fn rejects_bad_input() {
        for bad in [
            "10.0.0.0",
            "10.0.0/24",
            "10.0.0.0/33",
            "10.0.0.0/",
            "10.0.0.256/24",
            "x/24",
            "10.0.0.0/+4",
            "10.0.0.0/024",
        ] {
            assert!(Cidr::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn containment_and_overlap() {
        let vpc = Cidr::parse("10.0.0.0/16").unwrap();
        let a = Cidr::parse("10.0.1.0/24").unwrap();
        let b = Cidr::parse("10.0.1.128/25").unwrap();
        let c = Cidr::parse("10.0.2.0/24").unwrap();
        assert!(vpc.contains(a) && !a.contains(vpc));
        assert!(a.overlaps(b) && b.overlaps(a));
        assert!(!a.overlaps(c));
        assert!(!vpc.contains(Cidr::parse("10.1.0.0/24").unwrap()));
    }

    fn any_cidr() -> impl Strategy<Value = (u32, u8)> {
        (any::<u32>(), 0u8..=32)
    }

    proptest! {
        #[test]
        fn normalize_is_idempotent((ip, p) in any_cidr()) {
            let c = Cidr::new(ip, p);
            prop_assert_eq!(Cidr::new(c.network(), p), c);
            prop_assert_eq!(Cidr::parse(&c.to_string()).unwrap(), c);
            prop_assert!(c.contains_ip(ip));
        }

        #[test]
        fn overlap_is_symmetric((a, p) in any_cidr(), (b, q) in any_cidr()) {
            let x = Cidr::new(a, p);
            let y = Cidr::new(b, q);
            prop_assert_eq!(x.overlaps(y), y.overlaps(x));
            // Overlap means a shared address: the later start lies inside the other block.
            let shared = x.network().max(y.network()) <= x.broadcast().min(y.broadcast());
            prop_assert_eq!(x.overlaps(y), shared);
            if x.contains(y) && y.contains(x) { prop_assert_eq!(x, y); }
        }

        #[test]
        fn size_matches_range((ip, p) in any_cidr()) {
            let c = Cidr::new(ip, p);
            prop_assert_eq!(u64::from(c.broadcast() - c.network()) + 1, c.size());
        }
    }
}
