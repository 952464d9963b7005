//! For 500 seeds per template, the expected answer equals what the model computes from the
//! variant's own inputs, and every wrong option carries a misconception.

use std::collections::BTreeSet;

use super::*;
use crate::content::Params;
use crate::exercise::{Expected, Label, Template, Variant, rng};
use crate::explain::Arg;
use crate::model::net::cidr::{Cidr, parse_ip};
use crate::model::net::rules::{Action, Direction, NaclRule, Packet, Ports, Protocol, RuleNumber, nacl_verdict};
use crate::model::net::subnet::{is_valid_subnet, prefix_for_count, prefix_for_hosts, reserved, usable_for_prefix};

const SEEDS: u64 = 500;

fn var<'a>(v: &'a Variant, name: &str) -> &'a str {
    &v.vars.iter().find(|(n, _)| *n == name).expect("var").1
}

fn arg<'a>(m: &'a Msg, name: &str) -> &'a Arg {
    &m.args.iter().find(|(n, _)| *n == name).expect("arg").1
}

fn s(a: &Arg) -> String {
    match a {
        Arg::Str(s) => s.clone(),
        Arg::Int(n) => n.to_string(),
        Arg::Msg(m) => m.id.to_owned(),
        Arg::Num(n) => n.to_string(),
    }
}

fn label_text(l: &Label) -> String {
    match l {
        Label::Plain(s) => s.clone(),
        Label::Msg(m) => m.id.to_owned(),
    }
}

/// Runs `check` on 500 variants, after the generic checks on choices.
fn each(t: &dyn Template, params: &Params, mut check: impl FnMut(&Variant)) {
    assert!(t.check_params(params).is_ok());
    for seed in 0..SEEDS {
        let v = t.generate(params, &mut rng(seed));
        for p in t.placeholders() {
            assert!(v.vars.iter().any(|(n, _)| n == p), "{} seed {seed}: {p} unfilled", t.id());
        }
        if let Expected::Choice { options, correct } = &v.expected {
            assert!(!correct.is_empty() && correct.len() < options.len(), "{} seed {seed}", t.id());
            let labels: BTreeSet<_> = options.iter().map(|o| label_text(&o.label)).collect();
            assert_eq!(labels.len(), options.len(), "{} seed {seed}: duplicate options", t.id());
            for (i, o) in options.iter().enumerate() {
                assert_eq!(correct.contains(&i), o.misconception.is_none(), "{} seed {seed}", t.id());
            }
        }
        if let Expected::Number { value, misconceptions } = &v.expected {
            assert!(misconceptions.iter().all(|(w, _)| w != value), "{} seed {seed}", t.id());
        }
        check(&v);
    }
}

fn choices(v: &Variant) -> Vec<(String, bool)> {
    match &v.expected {
        Expected::Choice { options, correct } => {
            options.iter().enumerate().map(|(i, o)| (label_text(&o.label), correct.contains(&i))).collect()
        }
        _ => panic!("not a choice"),
    }
}

fn number(v: &Variant) -> i64 {
    match &v.expected {
        Expected::Number { value, .. } => *value,
        _ => panic!("not a number"),
    }
}

fn params(yaml: &str) -> Params {
    serde_yaml::from_str(yaml).unwrap()
}

#[test]
fn subnet_usable_matches_model() {
    each(&SubnetUsable, &Params::new(), |v| {
        let c = Cidr::parse(var(v, "cidr")).unwrap();
        assert_eq!(number(v), usable_for_prefix(c.prefix()) as i64);
    });
    each(&SubnetUsable, &params("{min_prefix: 28, max_prefix: 28}"), |v| assert_eq!(number(v), 11));
    assert!(SubnetUsable.check_params(&params("{min_prefix: 12}")).is_err());
    assert!(SubnetUsable.check_params(&params("{min_prefix: 26, max_prefix: 20}")).is_err());
}

#[test]
fn subnet_reserved_matches_model() {
    each(&SubnetReserved, &Params::new(), |v| {
        let c = Cidr::parse(var(v, "cidr")).unwrap();
        let reserved: Vec<u32> = reserved(c).iter().map(|(ip, _)| *ip).collect();
        for (label, ok) in choices(v) {
            let ip = parse_ip(&label).unwrap();
            assert!(c.contains_ip(ip));
            assert_eq!(ok, !reserved.contains(&ip), "{label} in {c}");
        }
    });
}

#[test]
fn subnet_valid_in_vpc_matches_model() {
    each(&SubnetValidInVpc, &Params::new(), |v| {
        let vpc = Cidr::parse(var(v, "vpc")).unwrap();
        let taken = Cidr::parse(var(v, "taken")).unwrap();
        let list = choices(v);
        assert_eq!(list.iter().filter(|(_, ok)| *ok).count().to_string(), var(v, "n"));
        for (label, ok) in list {
            assert_eq!(ok, is_valid_subnet(Cidr::parse(&label).unwrap(), vpc, &[taken]), "{label}");
        }
    });
}

#[test]
fn subnet_prefix_for_matches_model() {
    each(&SubnetPrefixFor, &Params::new(), |v| {
        let hosts: u64 = var(v, "hosts").parse().unwrap();
        assert_eq!(Some(number(v) as u8), prefix_for_hosts(hosts));
    });
    each(&SubnetPrefixFor, &params("{by: subnets}"), |v| {
        let vpc = Cidr::parse(var(v, "vpc")).unwrap();
        let count: u64 = var(v, "count").parse().unwrap();
        assert_eq!(Some(number(v) as u8), prefix_for_count(vpc.prefix(), count));
    });
    assert!(SubnetPrefixFor.check_params(&params("{by: racks}")).is_err());
}

#[test]
fn cidr_overlap_matches_model() {
    let mut seen = [0, 0];
    each(&CidrOverlap, &Params::new(), |v| {
        let a = Cidr::parse(var(v, "a")).unwrap();
        let b = Cidr::parse(var(v, "b")).unwrap();
        let yes = choices(v).into_iter().find(|(l, _)| l == "net-ex-yes").unwrap().1;
        assert_eq!(yes, a.overlaps(b));
        seen[usize::from(yes)] += 1;
    });
    assert!(seen[0] > 50 && seen[1] > 50, "{seen:?}");
}

#[test]
fn route_public_private_matches_model() {
    each(&RoutePublicPrivate, &Params::new(), |v| {
        let routes: Vec<String> = v.context.iter().map(|m| s(arg(m, "route"))).collect();
        let public = routes.iter().any(|r| r == "0.0.0.0/0 → igw");
        let answer = choices(v).into_iter().find(|(_, ok)| *ok).unwrap().0;
        assert_eq!(answer, if public { "net-ex-public" } else { "net-ex-private" });
    });
}

#[test]
fn nacl_verdict_matches_model() {
    let mut saw_order_trap = false;
    each(&NaclVerdict, &Params::new(), |v| {
        let rules: Vec<NaclRule> = v
            .context
            .iter()
            .map(|m| NaclRule {
                rule: RuleNumber(s(arg(m, "rule")).parse().unwrap()),
                protocol: Protocol::parse(&s(arg(m, "protocol"))).unwrap(),
                ports: Ports::parse(&s(arg(m, "ports"))).unwrap(),
                cidr: Cidr::parse(&s(arg(m, "cidr"))).unwrap(),
                action: if s(arg(m, "action")) == "net-ex-allow" { Action::Allow } else { Action::Deny },
            })
            .collect();
        // "tcp 203.0.113.7 → 10.0.1.10:80"
        let text = var(v, "packet");
        let parts: Vec<&str> = text.split([' ', ':']).collect();
        let packet = Packet {
            protocol: Protocol::Tcp,
            src: parse_ip(parts[1]).unwrap(),
            dst: parse_ip(parts[3]).unwrap(),
            port: parts[4].parse().unwrap(),
        };
        let (_, action) = nacl_verdict(&rules, Direction::Inbound, &packet);
        let answer = choices(v).into_iter().find(|(_, ok)| *ok).unwrap().0;
        assert_eq!(answer, if action == Action::Allow { "net-ex-allow" } else { "net-ex-deny" });
        if let Expected::Choice { options, .. } = &v.expected {
            saw_order_trap |=
                options.iter().any(|o| o.misconception.as_ref().is_some_and(|m| m.id == "net-mis-nacl-best-match"));
        }
    });
    assert!(saw_order_trap);
}

#[test]
fn nacl_return_traffic_matches_model() {
    each(&NaclReturnTraffic, &Params::new(), |v| {
        let range = Ports::parse(&s(arg(&v.context[0], "range"))).unwrap();
        for (label, ok) in choices(v) {
            let covers =
                label.split(" · ").nth(2).and_then(Ports::parse).is_some_and(|p| filters::covers_replies(p, range));
            assert_eq!(ok, covers, "{label} for {range}");
        }
    });
}

#[test]
fn reach_blocker_matches_model() {
    let mut seen = BTreeSet::new();
    each(&ReachBlocker, &Params::new(), |v| {
        let answer = choices(v).into_iter().find(|(_, ok)| *ok).unwrap().0;
        seen.insert(answer);
    });
    assert_eq!(seen.len(), 6, "every component shows up as the answer: {seen:?}");
    // Each fault is blamed on its component by the model.
    let expected = [
        "net-ex-blk-none",
        "net-ex-blk-sg",
        "net-ex-blk-nacl",
        "net-ex-blk-nacl",
        "net-ex-blk-route",
        "net-ex-blk-igw",
        "net-ex-blk-public-ip",
    ];
    for (fault, want) in expected.iter().enumerate() {
        let sc = filters::blocker_scenario(fault as u32, 80, 50000);
        let (from, to) = sc.validate().unwrap();
        let r = crate::model::net::reach::reach(&sc, from, to);
        let got = filters::blocker_index(r.blocked().map(|(_, c)| c.step));
        assert_eq!(
            [
                "net-ex-blk-sg",
                "net-ex-blk-nacl",
                "net-ex-blk-route",
                "net-ex-blk-igw",
                "net-ex-blk-public-ip",
                "net-ex-blk-none"
            ][got],
            *want,
            "fault {fault}"
        );
    }
}
