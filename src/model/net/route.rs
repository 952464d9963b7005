//! Route tables: an implicit `local` route per VPC CIDR, longest-prefix match, main-table fallback.

use std::fmt;

use serde::{Deserialize, Deserializer};

use super::cidr::Cidr;

/// Where a route sends traffic.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// Inside the VPC.
    Local,
    /// The VPC's internet gateway.
    Igw,
    /// A NAT gateway placed in the named subnet.
    Nat(String),
    /// A route whose target is gone (e.g. a deleted NAT gateway): traffic is dropped.
    Blackhole,
}

impl Target {
    /// Parses `local`, `igw`, `nat:<subnet>` or `blackhole`.
    pub fn parse(text: &str) -> Option<Target> {
        let text = text.trim();
        match text {
            "local" => Some(Target::Local),
            "igw" => Some(Target::Igw),
            "blackhole" => Some(Target::Blackhole),
            _ => text.strip_prefix("nat:").filter(|s| !s.is_empty()).map(|s| Target::Nat(s.to_owned())),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Local => f.write_str("local"),
            Target::Igw => f.write_str("igw"),
            Target::Nat(s) => write!(f, "nat:{s}"),
            Target::Blackhole => f.write_str("blackhole"),
        }
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Target::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("target \"{text}\" is not igw, nat:<subnet>, local or blackhole"))
        })
    }
}

/// One route.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Destination block.
    pub destination: Cidr,
    /// Target.
    pub target: Target,
}

/// The route that wins for `dst`: the longest prefix among the table's routes and the implicit
/// local routes. On equal destinations the local route is kept (AWS allows no route that replaces
/// it; a static route beats a propagated one, and the model has only static routes).
pub fn lookup(vpc_cidrs: &[Cidr], routes: &[Route], dst: u32) -> Option<Route> {
    let locals = vpc_cidrs.iter().map(|c| Route { destination: *c, target: Target::Local });
    let mut best: Option<Route> = None;
    for route in locals.chain(routes.iter().cloned()) {
        if !route.destination.contains_ip(dst) {
            continue;
        }
        if best.as_ref().is_none_or(|b| route.destination.prefix() > b.destination.prefix()) {
            best = Some(route);
        }
    }
    best
}

/// A subnet is public when its table sends 0.0.0.0/0 to the internet gateway.
pub fn is_public(routes: &[Route]) -> bool {
    routes.iter().any(|r| r.destination == Cidr::new(0, 0) && r.target == Target::Igw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::net::cidr::parse_ip;

    fn r(dst: &str, target: &str) -> Route {
        Route { destination: Cidr::parse(dst).unwrap(), target: Target::parse(target).unwrap() }
    }

    #[test]
    fn longest_prefix_wins() {
        let vpc = [Cidr::parse("10.0.0.0/16").unwrap()];
        let routes = [r("0.0.0.0/0", "igw"), r("8.8.0.0/16", "nat:web-a"), r("8.8.8.0/24", "blackhole")];
        assert_eq!(lookup(&vpc, &routes, parse_ip("8.8.8.8").unwrap()).unwrap().target, Target::Blackhole);
        assert_eq!(lookup(&vpc, &routes, parse_ip("8.8.9.9").unwrap()).unwrap().target, Target::Nat("web-a".into()));
        assert_eq!(lookup(&vpc, &routes, parse_ip("1.1.1.1").unwrap()).unwrap().target, Target::Igw);
        assert_eq!(lookup(&vpc, &routes, parse_ip("10.0.3.3").unwrap()).unwrap().target, Target::Local);
        assert_eq!(lookup(&vpc, &[], parse_ip("1.1.1.1").unwrap()), None);
    }

    #[test]
    fn public_means_default_route_to_igw() {
        assert!(is_public(&[r("0.0.0.0/0", "igw")]));
        assert!(!is_public(&[r("0.0.0.0/0", "nat:web-a")]));
        assert!(!is_public(&[r("1.0.0.0/8", "igw")]));
        assert!(!is_public(&[]));
    }

    #[test]
    fn targets_parse() {
        assert_eq!(Target::parse("nat:web-a"), Some(Target::Nat("web-a".into())));
        assert_eq!(Target::parse("nat:"), None);
        assert_eq!(Target::parse("vgw"), None);
    }
}
