//! Network ACL and security-group rules: how one packet is matched.

use std::fmt;

use serde::{Deserialize, Deserializer};

use super::cidr::Cidr;

/// An IP protocol as rules name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// TCP (6).
    Tcp,
    /// UDP (17).
    Udp,
    /// ICMP (1): has no ports.
    Icmp,
    /// Every protocol (`all` or `-1`).
    All,
}

impl Protocol {
    /// Parses `tcp`, `udp`, `icmp`, `all` or `-1` (case-insensitive).
    pub fn parse(text: &str) -> Option<Protocol> {
        match text.trim().to_ascii_lowercase().as_str() {
            "tcp" | "6" => Some(Protocol::Tcp),
            "udp" | "17" => Some(Protocol::Udp),
            "icmp" | "1" => Some(Protocol::Icmp),
            "all" | "-1" => Some(Protocol::All),
            _ => None,
        }
    }

    /// The name shown to people.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Icmp => "icmp",
            Protocol::All => "all",
        }
    }

    /// True when the protocol carries port numbers.
    pub fn has_ports(self) -> bool {
        matches!(self, Protocol::Tcp | Protocol::Udp)
    }
}

impl<'de> Deserialize<'de> for Protocol {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Accept `-1` written as a YAML number too.
        let value = serde_yaml::Value::deserialize(d)?;
        let text = match &value {
            serde_yaml::Value::String(s) => s.clone(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        Protocol::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("protocol \"{text}\" is not tcp, udp, icmp, all or -1")))
    }
}

/// An inclusive port range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ports {
    /// First port.
    pub from: u16,
    /// Last port.
    pub to: u16,
}

impl Ports {
    /// Every port.
    pub const ALL: Ports = Ports { from: 0, to: 65535 };

    /// One port.
    pub fn one(port: u16) -> Ports {
        Ports { from: port, to: port }
    }

    /// Parses `80`, `1024-65535` or `all`.
    pub fn parse(text: &str) -> Option<Ports> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("all") {
            return Some(Ports::ALL);
        }
        let (a, b) = text.split_once('-').unwrap_or((text, text));
        let from: u16 = a.trim().parse().ok()?;
        let to: u16 = b.trim().parse().ok()?;
        (from <= to).then_some(Ports { from, to })
    }

    /// True when `port` is in the range.
    pub fn contains(self, port: u16) -> bool {
        (self.from..=self.to).contains(&port)
    }
}

impl fmt::Display for Ports {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Ports::ALL {
            f.write_str("all")
        } else if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}-{}", self.from, self.to)
        }
    }
}

impl<'de> Deserialize<'de> for Ports {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_yaml::Value::deserialize(d)?;
        let text = match &value {
            serde_yaml::Value::String(s) => s.clone(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        Ports::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "ports \"{text}\" must be a port 0-65535, a range like 1024-65535, or all"
            ))
        })
    }
}

/// One packet as a filter sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packet {
    /// Protocol.
    pub protocol: Protocol,
    /// Source address.
    pub src: u32,
    /// Destination address.
    pub dst: u32,
    /// Destination port (ignored for ICMP).
    pub port: u16,
}

/// True when a rule's protocol and ports cover the packet. `all` covers every protocol and port;
/// ICMP has no ports to compare.
pub fn covers(protocol: Protocol, ports: Ports, packet: &Packet) -> bool {
    match protocol {
        Protocol::All => true,
        p if p != packet.protocol => false,
        Protocol::Icmp => true,
        _ => ports.contains(packet.port),
    }
}

/// Allow or deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Let the packet through.
    Allow,
    /// Drop it.
    Deny,
}

/// A NACL rule number, 1–32766.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleNumber(pub u16);

/// Lowest and highest NACL rule numbers AWS accepts.
pub const RULE_NUMBERS: std::ops::RangeInclusive<u16> = 1..=32766;

impl<'de> Deserialize<'de> for RuleNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = i64::deserialize(d)?;
        u16::try_from(n)
            .ok()
            .filter(|n| RULE_NUMBERS.contains(n))
            .map(RuleNumber)
            .ok_or_else(|| serde::de::Error::custom(format!("rule number {n} is outside 1-32766")))
    }
}

/// One numbered NACL entry. `cidr` is the source for inbound rules and the destination for outbound.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NaclRule {
    /// Rule number; lower numbers are evaluated first.
    pub rule: RuleNumber,
    /// Protocol.
    pub protocol: Protocol,
    /// Port range (absent = all).
    #[serde(default = "all_ports")]
    pub ports: Ports,
    /// The remote block.
    pub cidr: Cidr,
    /// What a match does.
    pub action: Action,
}

fn all_ports() -> Ports {
    Ports::ALL
}

/// Which way a filter looks at a packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Entering the subnet or interface: the remote side is the source.
    Inbound,
    /// Leaving it: the remote side is the destination.
    Outbound,
}

impl Direction {
    fn remote(self, packet: &Packet) -> u32 {
        match self {
            Direction::Inbound => packet.src,
            Direction::Outbound => packet.dst,
        }
    }
}

/// Which NACL rule decided: a number, or the final `*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decider {
    /// A numbered rule.
    Rule(RuleNumber),
    /// Nothing matched; the catch-all `*` denies.
    Star,
}

impl fmt::Display for Decider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decider::Rule(n) => write!(f, "{}", n.0),
            Decider::Star => f.write_str("*"),
        }
    }
}

/// Evaluates NACL rules: ascending number, the first match decides, `*` denies when none match.
/// Rules may be given in any order.
pub fn nacl_verdict(rules: &[NaclRule], direction: Direction, packet: &Packet) -> (Decider, Action) {
    let mut sorted: Vec<&NaclRule> = rules.iter().collect();
    sorted.sort_by_key(|r| r.rule);
    sorted
        .into_iter()
        .find(|r| r.cidr.contains_ip(direction.remote(packet)) && covers(r.protocol, r.ports, packet))
        .map_or((Decider::Star, Action::Deny), |r| (Decider::Rule(r.rule), r.action))
}

/// The default NACL's rule in each direction: 100 allows everything.
pub fn default_nacl_rules() -> Vec<NaclRule> {
    vec![NaclRule {
        rule: RuleNumber(100),
        protocol: Protocol::All,
        ports: Ports::ALL,
        cidr: Cidr::new(0, 0),
        action: Action::Allow,
    }]
}

/// One security-group rule: allow only. `cidr` or `source_group` names the remote side.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SgRule {
    /// Protocol.
    pub protocol: Protocol,
    /// Port range (absent = all).
    #[serde(default = "all_ports")]
    pub ports: Ports,
    /// Remote block.
    #[serde(default)]
    pub cidr: Option<Cidr>,
    /// Remote security group (inbound only): matches its members' private addresses.
    #[serde(default)]
    pub source_group: Option<String>,
}

/// What a security group needs to know about the remote side of a packet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remote {
    /// Groups of the remote instance when it is in the VPC and the packet carries its private
    /// address; empty for the internet or a NAT-translated address.
    pub groups: Vec<String>,
}

/// The first allowing rule over the union of `groups` (in order): (group, index in that group).
/// Security groups cannot deny; `None` means nothing allowed, so the packet is dropped.
pub fn sg_allows<'a>(
    groups: impl IntoIterator<Item = (&'a str, &'a [SgRule])>,
    direction: Direction,
    packet: &Packet,
    remote: &Remote,
) -> Option<(&'a str, usize)> {
    for (name, rules) in groups {
        for (i, rule) in rules.iter().enumerate() {
            if !covers(rule.protocol, rule.ports, packet) {
                continue;
            }
            let by_cidr = rule.cidr.is_some_and(|c| c.contains_ip(direction.remote(packet)));
            let by_group = rule.source_group.as_ref().is_some_and(|g| remote.groups.contains(g));
            if by_cidr || by_group {
                return Some((name, i));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn rule(n: u16, ports: &str, cidr: &str, action: Action) -> NaclRule {
        NaclRule {
            rule: RuleNumber(n),
            protocol: Protocol::Tcp,
            ports: Ports::parse(ports).unwrap(),
            cidr: Cidr::parse(cidr).unwrap(),
            action,
        }
    }

    fn pkt(src: &str, dst: &str, port: u16) -> Packet {
        let ip = |s: &str| super::super::cidr::parse_ip(s).unwrap();
        Packet { protocol: Protocol::Tcp, src: ip(src), dst: ip(dst), port }
    }

    #[test]
    fn ports_parse() {
        assert_eq!(Ports::parse("80"), Some(Ports::one(80)));
        assert_eq!(Ports::parse("1024-65535"), Some(Ports { from: 1024, to: 65535 }));
        assert_eq!(Ports::parse("ALL"), Some(Ports::ALL));
        for bad in ["", "70000", "90-80", "a", "1-2-3"] {
            assert_eq!(Ports::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn lowest_number_wins_not_best_match() {
        // 100 denies a broad range, 200 allows exactly port 80: 100 decides.
        let rules = [rule(200, "80", "0.0.0.0/0", Action::Allow), rule(100, "0-65535", "0.0.0.0/0", Action::Deny)];
        let p = pkt("203.0.113.5", "10.0.1.10", 80);
        assert_eq!(nacl_verdict(&rules, Direction::Inbound, &p), (Decider::Rule(RuleNumber(100)), Action::Deny));
    }

    #[test]
    fn star_denies_when_nothing_matches() {
        let rules = [rule(100, "80", "0.0.0.0/0", Action::Allow)];
        let reply = pkt("10.0.1.10", "203.0.113.5", 50000);
        assert_eq!(nacl_verdict(&rules, Direction::Outbound, &reply), (Decider::Star, Action::Deny));
        assert_eq!(nacl_verdict(&[], Direction::Outbound, &reply), (Decider::Star, Action::Deny));
        assert_eq!(nacl_verdict(&default_nacl_rules(), Direction::Outbound, &reply).1, Action::Allow);
    }

    #[test]
    fn inbound_matches_source_outbound_matches_destination() {
        let rules = [rule(100, "all", "10.0.0.0/16", Action::Allow)];
        let p = pkt("10.0.2.5", "8.8.8.8", 443);
        assert_eq!(nacl_verdict(&rules, Direction::Inbound, &p).1, Action::Allow);
        assert_eq!(nacl_verdict(&rules, Direction::Outbound, &p).1, Action::Deny);
    }

    #[test]
    fn icmp_and_all() {
        let p = Packet { protocol: Protocol::Icmp, ..pkt("1.1.1.1", "10.0.0.5", 0) };
        assert!(covers(Protocol::All, Ports::one(5), &p));
        assert!(covers(Protocol::Icmp, Ports::one(5), &p));
        assert!(!covers(Protocol::Tcp, Ports::ALL, &p));
    }

    #[test]
    fn security_group_source_group_matches_members_only() {
        let rules = vec![SgRule {
            protocol: Protocol::Tcp,
            ports: Ports::one(22),
            cidr: None,
            source_group: Some("admin-sg".into()),
        }];
        let p = pkt("10.0.2.7", "10.0.1.10", 22);
        let member = Remote { groups: vec!["admin-sg".into()] };
        assert_eq!(sg_allows([("web-sg", rules.as_slice())], Direction::Inbound, &p, &member), Some(("web-sg", 0)));
        assert_eq!(sg_allows([("web-sg", rules.as_slice())], Direction::Inbound, &p, &Remote::default()), None);
    }

    proptest! {
        #[test]
        fn first_matching_number_wins_in_any_order(
            specs in proptest::collection::btree_map(1u16..=32766, (0u16..100, 0u16..100, any::<bool>()), 0..12),
            port in 0u16..100,
            seed in any::<u64>(),
        ) {
            let mut rules: Vec<NaclRule> = specs.iter().map(|(&n, &(a, b, allow))| NaclRule {
                rule: RuleNumber(n), protocol: Protocol::Tcp,
                ports: Ports { from: a.min(b), to: a.max(b) }, cidr: Cidr::new(0, 0),
                action: if allow { Action::Allow } else { Action::Deny },
            }).collect();
            let p = Packet { protocol: Protocol::Tcp, src: 1, dst: 2, port };
            let expected = specs.iter().find(|(_, (a, b, _))| (*a.min(b)..=*a.max(b)).contains(&port))
                .map_or((Decider::Star, Action::Deny), |(&n, &(_, _, allow))| (Decider::Rule(RuleNumber(n)), if allow { Action::Allow } else { Action::Deny }));
            // Shuffle deterministically by rotating and reversing.
            let len = rules.len().max(1);
            rules.rotate_left((seed as usize) % len);
            if seed % 2 == 0 { rules.reverse(); }
            prop_assert_eq!(nacl_verdict(&rules, Direction::Inbound, &p), expected);
        }
    }
}
