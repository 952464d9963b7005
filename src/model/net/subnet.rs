//! AWS subnet rules: size /16–/28, five reserved addresses, placement inside the VPC, no overlap.

use super::cidr::Cidr;

/// Smallest prefix (largest block) AWS accepts for a VPC or subnet.
pub const MIN_PREFIX: u8 = 16;
/// Largest prefix (smallest block) AWS accepts.
pub const MAX_PREFIX: u8 = 28;
/// Addresses AWS reserves in every subnet.
pub const RESERVED: u64 = 5;

/// What a reserved address is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// base + 0.
    Network,
    /// base + 1, the VPC router.
    Router,
    /// base + 2, reserved for DNS in every subnet.
    Dns,
    /// base + 3, held for future use.
    Future,
    /// The last address.
    Broadcast,
}

impl Role {
    /// The contract's name of the role.
    pub fn code(self) -> &'static str {
        match self {
            Role::Network => "network",
            Role::Router => "router",
            Role::Dns => "dns",
            Role::Future => "future",
            Role::Broadcast => "broadcast",
        }
    }
}

/// A reason a subnet CIDR cannot be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Prefix outside /16–/28.
    PrefixOutOfRange,
    /// Not inside the VPC block.
    OutsideVpc(Cidr),
    /// Overlaps an existing subnet.
    Overlaps(Cidr),
}

/// Everything `calc subnet` reports about one CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubnetReport {
    /// The block after clearing host bits.
    pub cidr: Cidr,
    /// True when host bits were set and cleared.
    pub normalized: bool,
    /// The five reserved addresses, or `None` when the prefix is out of range.
    pub reserved: Option<[(u32, Role); 5]>,
    /// Usable addresses: size − 5, or `None` when the prefix is out of range.
    pub usable: Option<u64>,
    /// First and last assignable addresses.
    pub usable_range: Option<(u32, u32)>,
    /// Why the subnet is not valid, in contract order.
    pub problems: Vec<Problem>,
}

/// True when AWS accepts this prefix length for a VPC or subnet.
pub fn prefix_in_range(prefix: u8) -> bool {
    (MIN_PREFIX..=MAX_PREFIX).contains(&prefix)
}

/// Usable addresses of a block of this prefix: 2^(32 − prefix) − 5.
pub fn usable_for_prefix(prefix: u8) -> u64 {
    Cidr::new(0, prefix).size().saturating_sub(RESERVED)
}

/// The five reserved addresses with their roles.
pub fn reserved(cidr: Cidr) -> [(u32, Role); 5] {
    let base = cidr.network();
    [
        (base, Role::Network),
        (base + 1, Role::Router),
        (base + 2, Role::Dns),
        (base + 3, Role::Future),
        (cidr.broadcast(), Role::Broadcast),
    ]
}

/// The largest prefix (smallest subnet) whose usable count is at least `hosts`, if any fits /16–/28.
pub fn prefix_for_hosts(hosts: u64) -> Option<u8> {
    (MIN_PREFIX..=MAX_PREFIX).rev().find(|&p| usable_for_prefix(p) >= hosts)
}

/// The prefix that splits `vpc_prefix` into at least `count` equal subnets, if it stays within /28.
pub fn prefix_for_count(vpc_prefix: u8, count: u64) -> Option<u8> {
    let mut bits = 0u8;
    while (1u64 << bits) < count {
        bits += 1;
    }
    let p = vpc_prefix.checked_add(bits)?;
    (p <= MAX_PREFIX).then_some(p)
}

/// Checks a subnet CIDR against AWS's rules; `vpc` and `taken` are optional context.
pub fn analyze(cidr: Cidr, normalized: bool, vpc: Option<Cidr>, taken: &[Cidr]) -> SubnetReport {
    let in_range = prefix_in_range(cidr.prefix());
    let mut problems = Vec::new();
    if !in_range {
        problems.push(Problem::PrefixOutOfRange);
    }
    if let Some(vpc) = vpc.filter(|v| !v.contains(cidr)) {
        problems.push(Problem::OutsideVpc(vpc));
    }
    problems.extend(taken.iter().filter(|t| t.overlaps(cidr)).map(|t| Problem::Overlaps(*t)));
    SubnetReport {
        cidr,
        normalized,
        reserved: in_range.then(|| reserved(cidr)),
        usable: in_range.then(|| cidr.size() - RESERVED),
        usable_range: in_range.then(|| (cidr.network() + 4, cidr.broadcast() - 1)),
        problems,
    }
}

/// True when `cidr` can be created as a subnet of `vpc` next to `taken`.
pub fn is_valid_subnet(cidr: Cidr, vpc: Cidr, taken: &[Cidr]) -> bool {
    analyze(cidr, false, Some(vpc), taken).problems.is_empty()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::net::cidr::fmt_ip;

    fn c(s: &str) -> Cidr {
        Cidr::parse(s).unwrap()
    }

    #[test]
    fn worked_example_slash26() {
        let r = analyze(c("192.168.0.0/26"), false, None, &[]);
        let reserved: Vec<_> = r.reserved.unwrap().iter().map(|(ip, role)| (fmt_ip(*ip), role.code())).collect();
        assert_eq!(
            reserved,
            [
                ("192.168.0.0", "network"),
                ("192.168.0.1", "router"),
                ("192.168.0.2", "dns"),
                ("192.168.0.3", "future"),
                ("192.168.0.63", "broadcast")
            ]
            .map(|(a, b)| (a.to_owned(), b))
        );
        let (first, last) = r.usable_range.unwrap();
        assert_eq!((fmt_ip(first).as_str(), fmt_ip(last).as_str()), ("192.168.0.4", "192.168.0.62"));
        assert_eq!(r.usable, Some(59));
    }

    #[test]
    fn usable_counts_from_the_docs() {
        assert_eq!(usable_for_prefix(28), 11);
        assert_eq!(usable_for_prefix(24), 251);
        assert_eq!(usable_for_prefix(16), 65_531);
    }

    #[test]
    fn size_limits() {
        assert!(prefix_in_range(16) && prefix_in_range(28));
        assert!(!prefix_in_range(15) && !prefix_in_range(29));
        let r = analyze(c("10.0.0.0/29"), false, None, &[]);
        assert_eq!(r.problems, vec![Problem::PrefixOutOfRange]);
        assert!(r.reserved.is_none() && r.usable.is_none() && r.usable_range.is_none());
    }

    #[test]
    fn placement_and_overlap_in_order() {
        let vpc = c("10.0.0.0/16");
        let r = analyze(c("10.0.1.0/24"), false, Some(vpc), &[c("10.0.1.0/25"), c("10.0.2.0/24"), c("10.0.0.0/23")]);
        assert_eq!(r.problems, vec![Problem::Overlaps(c("10.0.1.0/25")), Problem::Overlaps(c("10.0.0.0/23"))]);
        let r = analyze(c("10.1.0.0/24"), false, Some(vpc), &[]);
        assert_eq!(r.problems, vec![Problem::OutsideVpc(vpc)]);
        // A subnet may be exactly as large as its VPC.
        assert!(is_valid_subnet(vpc, vpc, &[]));
    }

    #[test]
    fn prefix_needed() {
        assert_eq!(prefix_for_hosts(11), Some(28));
        assert_eq!(prefix_for_hosts(12), Some(27));
        assert_eq!(prefix_for_hosts(251), Some(24));
        assert_eq!(prefix_for_hosts(252), Some(23));
        assert_eq!(prefix_for_hosts(65_532), None);
        assert_eq!(prefix_for_count(16, 4), Some(18));
        assert_eq!(prefix_for_count(16, 5), Some(19));
        assert_eq!(prefix_for_count(24, 32), None);
    }

    proptest! {
        #[test]
        fn usable_formula(ip in any::<u32>(), p in MIN_PREFIX..=MAX_PREFIX) {
            let cidr = Cidr::new(ip, p);
            let r = analyze(cidr, false, None, &[]);
            prop_assert_eq!(r.usable, Some((1u64 << (32 - u32::from(p))) - 5));
            let (first, last) = r.usable_range.unwrap();
            prop_assert_eq!(first, cidr.network() + 4);
            prop_assert_eq!(last, cidr.broadcast() - 1);
            prop_assert_eq!(u64::from(last - first) + 1, r.usable.unwrap());
        }
    }
}
