//! CIDR blocks of IP-based routing: Route 53 takes blocks of /1–/24 (IPv4) and /1–/48 (IPv6); the
//! whole address space is the default location `*`, not `0.0.0.0/0`.

use std::net::IpAddr;

/// A CIDR block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    /// Network address (host bits cleared).
    pub addr: IpAddr,
    /// Prefix length.
    pub prefix: u8,
}

fn bits(addr: IpAddr) -> (u128, u8) {
    match addr {
        IpAddr::V4(a) => (u128::from(u32::from(a)), 32),
        IpAddr::V6(a) => (u128::from(a), 128),
    }
}

impl Cidr {
    /// Parses `a.b.c.d/n` or `x::/n` within Route 53's prefix limits.
    pub fn parse(text: &str) -> Option<Cidr> {
        let (a, p) = text.trim().split_once('/')?;
        let addr: IpAddr = a.parse().ok()?;
        let prefix: u8 = p.parse().ok()?;
        let max = if addr.is_ipv4() { 24 } else { 48 };
        (1..=max).contains(&prefix).then_some(Cidr { addr, prefix })
    }

    /// Whether `ip` lies in the block (never across address families).
    pub fn contains(&self, ip: IpAddr) -> bool {
        if self.addr.is_ipv4() != ip.is_ipv4() {
            return false;
        }
        let (net, width) = bits(self.addr);
        let (x, _) = bits(ip);
        let shift = u32::from(width - self.prefix);
        (net >> shift) == (x >> shift)
    }
}
