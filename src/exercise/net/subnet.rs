//! Subnet sizing and placement templates.

use rand::RngExt;

use super::choose::param_choice;
use super::{plain, private_block, right, shuffled, wrong};
use crate::content::Params;
use crate::exercise::{Expected, Rng, Template, Variant, only_params, param_u32};
use crate::explain::{Msg, Step};
use crate::model::net::cidr::{Cidr, fmt_ip};
use crate::model::net::explain::{role_msg, subnet_steps};
use crate::model::net::subnet::{
    MAX_PREFIX, MIN_PREFIX, analyze, is_valid_subnet, prefix_for_count, prefix_for_hosts, reserved, usable_for_prefix,
};

fn prefix_range(params: &Params) -> Result<(u8, u8), Msg> {
    let lo = param_u32(params, "min_prefix", 16, 16..=28)? as u8;
    let hi = param_u32(params, "max_prefix", 28, 16..=28)? as u8;
    if lo > hi {
        return Err(Msg::new("net-ex-param-order"));
    }
    Ok((lo, hi))
}

/// `subnet.usable`: how many addresses of a subnet can be assigned (2^(32−p) − 5).
pub struct SubnetUsable;

impl Template for SubnetUsable {
    fn id(&self) -> &'static str {
        "subnet.usable"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["cidr", "prefix"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &["min_prefix", "max_prefix"])?;
        prefix_range(params).map(|_| ())
    }
    fn generate(&self, params: &Params, rng: &mut Rng) -> Variant {
        let (lo, hi) = prefix_range(params).unwrap_or((MIN_PREFIX, MAX_PREFIX));
        let cidr = private_block(rng.random_range(lo..=hi), rng);
        let report = analyze(cidr, false, None, &[]);
        let value = report.usable.unwrap_or(0) as i64;
        let total = cidr.size() as i64;
        Variant {
            vars: vec![("cidr", cidr.to_string()), ("prefix", cidr.prefix().to_string())],
            context: Vec::new(),
            expected: Expected::Number {
                value,
                misconceptions: vec![
                    (total, Msg::new("net-mis-no-reserved").arg("total", total)),
                    (total - 2, Msg::new("net-mis-two-reserved").arg("total", total)),
                    (total - 4, Msg::new("net-mis-four-reserved").arg("total", total)),
                ],
            },
            explanation: subnet_steps(&cidr.to_string(), &report),
        }
    }
}

/// `subnet.reserved`: which listed address can be assigned to an instance (the others are reserved).
pub struct SubnetReserved;

impl Template for SubnetReserved {
    fn id(&self) -> &'static str {
        "subnet.reserved"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["cidr"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &["min_prefix", "max_prefix"])?;
        prefix_range(params).map(|_| ())
    }
    fn generate(&self, params: &Params, rng: &mut Rng) -> Variant {
        let (lo, hi) = prefix_range(params).unwrap_or((MIN_PREFIX, MAX_PREFIX));
        let cidr = private_block(rng.random_range(lo..=hi), rng);
        let report = analyze(cidr, false, None, &[]);
        let (first, last) = report.usable_range.unwrap_or((cidr.network() + 4, cidr.broadcast() - 1));
        let usable = [first, last, rng.random_range(first..=last)][rng.random_range(0..3)];
        let mut taken: Vec<usize> = (0..5).collect();
        // Three of the five reserved addresses, always including one of the surprising middle ones.
        let middle = rng.random_range(1..=3);
        taken.retain(|&i| i != middle);
        let extra = taken.remove(rng.random_range(0..taken.len()));
        let mut picks = vec![middle, extra, taken[rng.random_range(0..taken.len())]];
        picks.sort_unstable();
        picks.dedup();
        let mut options = vec![right(plain(fmt_ip(usable)))];
        for i in picks {
            let (ip, role) = reserved(cidr)[i];
            options.push(wrong(
                plain(fmt_ip(ip)),
                Msg::new("net-mis-reserved-role").arg("address", fmt_ip(ip)).arg("role", role_msg(role)),
            ));
        }
        Variant {
            vars: vec![("cidr", cidr.to_string())],
            context: Vec::new(),
            expected: shuffled(options, rng),
            explanation: subnet_steps(&cidr.to_string(), &report),
        }
    }
}

/// `subnet.valid-in-vpc`: choose the CIDRs that can be created as subnets of a VPC.
pub struct SubnetValidInVpc;

impl Template for SubnetValidInVpc {
    fn id(&self) -> &'static str {
        "subnet.valid-in-vpc"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["vpc", "taken", "n"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let vpc = private_block(rng.random_range(16..=20), rng);
        let taken = Cidr::new(vpc.network(), vpc.prefix() + 4);
        let sub = |k: u32, p: u8| Cidr::new(vpc.network() + k * (1 << (32 - u32::from(p))), p);
        let p = vpc.prefix() + rng.random_range(3..=6);
        let n = rng.random_range(1..=2u32);
        let slots = 1u32 << (p - vpc.prefix());
        let mut options = Vec::new();
        let mut seen = Vec::new();
        // Valid blocks: the same size, placed away from the taken block.
        while options.len() < n as usize {
            let c = sub(rng.random_range(0..slots), p);
            if !seen.contains(&c) && is_valid_subnet(c, vpc, &[taken]) {
                seen.push(c);
                options.push(right(plain(c)));
            }
        }
        let overlapping = Cidr::new(taken.network(), taken.prefix() + rng.random_range(1..=3));
        let outside = Cidr::new(vpc.broadcast().wrapping_add(1), p);
        let too_small = Cidr::new(vpc.network() + (vpc.size() as u32 / 2) + 16 * rng.random_range(0..8), 29);
        let too_big = Cidr::new(vpc.network(), vpc.prefix().saturating_sub(1).max(8));
        for (c, id) in [
            (overlapping, "net-mis-overlap-ignored"),
            (outside, "net-mis-outside-vpc"),
            (too_small, "net-mis-too-small"),
            (too_big, "net-mis-bigger-than-vpc"),
        ] {
            if options.len() >= 5 {
                break;
            }
            if !seen.contains(&c) && !is_valid_subnet(c, vpc, &[taken]) {
                seen.push(c);
                options.push(wrong(
                    plain(c),
                    Msg::new(id).arg("cidr", c.to_string()).arg("vpc", vpc.to_string()).arg("taken", taken.to_string()),
                ));
            }
        }
        let explanation = seen
            .iter()
            .map(|c| {
                let r = analyze(*c, false, Some(vpc), &[taken]);
                let msg = match r.problems.first() {
                    None => Msg::new("net-subnet-valid").arg("cidr", c.to_string()),
                    Some(crate::model::net::subnet::Problem::PrefixOutOfRange) => {
                        Msg::new("net-subnet-prefix-out-of-range").arg("prefix", u32::from(c.prefix()))
                    }
                    Some(crate::model::net::subnet::Problem::OutsideVpc(v)) => {
                        Msg::new("net-subnet-outside-vpc").arg("cidr", c.to_string()).arg("vpc", v.to_string())
                    }
                    Some(crate::model::net::subnet::Problem::Overlaps(w)) => {
                        Msg::new("net-subnet-overlaps").arg("cidr", c.to_string()).arg("with", w.to_string())
                    }
                };
                Step::fact(msg)
            })
            .collect();
        Variant {
            vars: vec![("vpc", vpc.to_string()), ("taken", taken.to_string()), ("n", n.to_string())],
            context: Vec::new(),
            expected: shuffled(options, rng),
            explanation,
        }
    }
}

/// `subnet.prefix-for`: the longest prefix giving H usable hosts per subnet (`by: hosts`) or
/// splitting a VPC into N equal subnets (`by: subnets`).
pub struct SubnetPrefixFor;

impl Template for SubnetPrefixFor {
    fn id(&self) -> &'static str {
        "subnet.prefix-for"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["hosts", "count", "vpc"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &["by"])?;
        param_choice(params, "by", "hosts", &["hosts", "subnets"]).map(|_| ())
    }
    fn generate(&self, params: &Params, rng: &mut Rng) -> Variant {
        let by = param_choice(params, "by", "hosts", &["hosts", "subnets"]).unwrap_or("hosts");
        if by == "subnets" {
            let vpc = private_block(rng.random_range(16..=22), rng);
            let count = rng.random_range(2..=(1u64 << (MAX_PREFIX - vpc.prefix()).min(6)));
            let answer = prefix_for_count(vpc.prefix(), count).unwrap_or(MAX_PREFIX);
            let floor_bits = 63 - count.leading_zeros() as u8;
            let mut mis = Vec::new();
            if floor_bits + vpc.prefix() != answer {
                mis.push((
                    i64::from(vpc.prefix() + floor_bits),
                    Msg::new("net-mis-bits-rounded-down").arg("count", count),
                ));
            }
            mis.push((i64::from(vpc.prefix()) + count as i64, Msg::new("net-mis-added-count").arg("count", count)));
            let steps = vec![Step::fact(
                Msg::new("net-ex-prefix-count")
                    .arg("vpc", vpc.to_string())
                    .arg("count", count)
                    .arg("prefix", u32::from(answer))
                    .arg("bits", u32::from(answer - vpc.prefix())),
            )];
            return Variant {
                vars: vec![("hosts", "-".into()), ("count", count.to_string()), ("vpc", vpc.to_string())],
                context: Vec::new(),
                expected: Expected::Number { value: i64::from(answer), misconceptions: mis },
                explanation: steps,
            };
        }
        // Hosts just above a power of two minus five make the reserved five decide the answer.
        let p = rng.random_range(MIN_PREFIX..MAX_PREFIX);
        let hosts = if rng.random_bool(0.6) {
            usable_for_prefix(p + 1) + rng.random_range(1..=5)
        } else {
            rng.random_range(usable_for_prefix(p + 1) + 1..=usable_for_prefix(p))
        };
        let answer = prefix_for_hosts(hosts).unwrap_or(MIN_PREFIX);
        let naive =
            (MIN_PREFIX..=MAX_PREFIX).rev().find(|&q| (1u64 << (32 - u32::from(q))) >= hosts).unwrap_or(MIN_PREFIX);
        let classic =
            (MIN_PREFIX..=MAX_PREFIX).rev().find(|&q| (1u64 << (32 - u32::from(q))) - 2 >= hosts).unwrap_or(MIN_PREFIX);
        let mut mis = Vec::new();
        if naive != answer {
            mis.push((i64::from(naive), Msg::new("net-mis-prefix-no-reserved").arg("prefix", u32::from(naive))));
        }
        if classic != answer && classic != naive {
            mis.push((i64::from(classic), Msg::new("net-mis-prefix-two-reserved").arg("prefix", u32::from(classic))));
        }
        let steps = vec![Step::fact(
            Msg::new("net-ex-prefix-hosts")
                .arg("hosts", hosts)
                .arg("prefix", u32::from(answer))
                .arg("usable", usable_for_prefix(answer)),
        )];
        Variant {
            vars: vec![("hosts", hosts.to_string()), ("count", "-".into()), ("vpc", "-".into())],
            context: Vec::new(),
            expected: Expected::Number { value: i64::from(answer), misconceptions: mis },
            explanation: steps,
        }
    }
}

/// `cidr.overlap`: do two blocks overlap?
pub struct CidrOverlap;

impl Template for CidrOverlap {
    fn id(&self) -> &'static str {
        "cidr.overlap"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["a", "b"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let a = private_block(rng.random_range(16..=24), rng);
        let b = match rng.random_range(0..3) {
            // Inside a: a smaller block somewhere in the middle.
            0 => Cidr::new(a.network() + rng.random_range(0..a.size() as u32), a.prefix() + rng.random_range(1..=4)),
            // Right after a, with a prefix that may make it look related.
            1 => Cidr::new(a.broadcast().wrapping_add(1), a.prefix() + rng.random_range(0..=3)),
            // A larger block that may or may not contain a.
            _ => Cidr::new(a.network() ^ (1 << (32 - u32::from(a.prefix()))), a.prefix() - rng.random_range(0..=2)),
        };
        let (a, b) = if rng.random_bool(0.5) { (a, b) } else { (b, a) };
        let overlap = a.overlaps(b);
        let yes = super::Label::Msg(Msg::new("net-ex-yes"));
        let no = super::Label::Msg(Msg::new("net-ex-no"));
        let args = |m: Msg| m.arg("a", a.to_string()).arg("b", b.to_string());
        let options = if overlap {
            vec![right(yes), wrong(no, args(Msg::new("net-mis-overlap-missed")))]
        } else {
            vec![wrong(yes, args(Msg::new("net-mis-overlap-imagined"))), right(no)]
        };
        let range = |c: Cidr| {
            Msg::new("net-ex-range")
                .arg("cidr", c.to_string())
                .arg("first", fmt_ip(c.network()))
                .arg("last", fmt_ip(c.broadcast()))
        };
        Variant {
            vars: vec![("a", a.to_string()), ("b", b.to_string())],
            context: Vec::new(),
            expected: shuffled(options, rng),
            explanation: vec![
                Step::fact(range(a)),
                Step::fact(range(b)),
                Step::fact(args(Msg::new(if overlap { "net-ex-overlap-yes" } else { "net-ex-overlap-no" }))),
            ],
        }
    }
}
