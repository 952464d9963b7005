//! Route table, network ACL and reachability templates.

use rand::RngExt;
use rand::seq::{IndexedRandom, SliceRandom};

use super::{Label, plain, right, shuffled, wrong};
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::{Msg, Step};
use crate::model::net::cidr::Cidr;
use crate::model::net::explain::reach_steps;
use crate::model::net::reach::{StepKind, reach};
use crate::model::net::route::{Route, Target, is_public};
use crate::model::net::rules::{
    Action, Decider, Direction, NaclRule, Packet, Ports, Protocol, RuleNumber, nacl_verdict,
};
use crate::model::net::scenario::Scenario;
use crate::model::net::{LINUX_EPHEMERAL, NAT_PORTS};

fn lbl(id: &'static str) -> Label {
    Label::Msg(Msg::new(id))
}

/// `route.public-private`: is a subnet with this route table public or private?
pub struct RoutePublicPrivate;

impl Template for RoutePublicPrivate {
    fn id(&self) -> &'static str {
        "route.public-private"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["subnet", "vpc"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let vpc = super::private_block(16, rng);
        let subnet = Cidr::new(vpc.network() + (rng.random_range(0..256u32) << 8), 24);
        let any = Cidr::new(0, 0);
        let case = rng.random_range(0..5);
        let mut routes = match case {
            0 => vec![],
            1 => vec![Route { destination: any, target: Target::Igw }],
            2 => vec![Route { destination: any, target: Target::Nat("public-a".into()) }],
            3 => vec![Route { destination: any, target: Target::Blackhole }],
            _ => vec![
                Route { destination: any, target: Target::Igw },
                Route { destination: Cidr::new(0xC633_6400, 24), target: Target::Nat("public-a".into()) },
            ],
        };
        routes.shuffle(rng);
        let public = is_public(&routes);
        let mut context = vec![Msg::new("net-ex-ctx-route").arg("route", format!("{vpc} → local"))];
        context.extend(
            routes
                .iter()
                .map(|r| Msg::new("net-ex-ctx-route").arg("route", format!("{} → {}", r.destination, r.target))),
        );
        let why_public = match case {
            0 => "net-mis-local-is-internet",
            2 => "net-mis-nat-makes-public",
            3 => "net-mis-any-default-route",
            _ => "net-mis-public-needs-ip",
        };
        let options = if public {
            vec![right(lbl("net-ex-public")), wrong(lbl("net-ex-private"), Msg::new("net-mis-public-needs-ip"))]
        } else {
            vec![wrong(lbl("net-ex-public"), Msg::new(why_public)), right(lbl("net-ex-private"))]
        };
        Variant {
            vars: vec![("subnet", subnet.to_string()), ("vpc", vpc.to_string())],
            context,
            expected: shuffled(options, rng),
            explanation: vec![Step::fact(Msg::new(if public { "net-ex-why-public" } else { "net-ex-why-private" }))],
        }
    }
}

fn rule_msg(r: &NaclRule) -> Msg {
    Msg::new("net-ex-ctx-nacl")
        .arg("rule", u32::from(r.rule.0))
        .arg("protocol", r.protocol.name())
        .arg("ports", r.ports.to_string())
        .arg("cidr", r.cidr.to_string())
        .arg("action", Msg::new(if r.action == Action::Allow { "net-ex-allow" } else { "net-ex-deny" }))
}

/// The verdict a learner gets by picking the most specific matching rule instead of the lowest number.
fn best_match(rules: &[NaclRule], p: &Packet) -> Action {
    rules
        .iter()
        .filter(|r| r.cidr.contains_ip(p.src) && r.ports.contains(p.port))
        .min_by_key(|r| (u32::from(r.ports.to) - u32::from(r.ports.from), std::cmp::Reverse(r.cidr.prefix())))
        .map_or(Action::Deny, |r| r.action)
}

/// `nacl.verdict`: allow or deny for one inbound packet, given numbered rules shown out of order.
pub struct NaclVerdict;

impl Template for NaclVerdict {
    fn id(&self) -> &'static str {
        "nacl.verdict"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["packet"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let port = *[22u16, 80, 443, 3306, 3389, 8080].choose(rng).unwrap_or(&80);
        let src = 0xCB00_7100 | rng.random_range(1..255u32); // 203.0.113.x
        let packet = Packet { protocol: Protocol::Tcp, src, dst: 0x0A00_010A, port };
        let mut numbers: Vec<u16> = (1..=30).map(|n| n * 10).collect();
        numbers.shuffle(rng);
        let act = |b: bool| if b { Action::Allow } else { Action::Deny };
        let specific_allows = rng.random_bool(0.5);
        let broad_ports = if rng.random_bool(0.5) {
            Ports::ALL
        } else {
            Ports {
                from: port.saturating_sub(rng.random_range(0..50)),
                to: port.saturating_add(rng.random_range(0..50)),
            }
        };
        let mut rules = vec![
            NaclRule {
                rule: RuleNumber(numbers[0]),
                protocol: Protocol::Tcp,
                ports: Ports::one(port),
                cidr: Cidr::new(0, 0),
                action: act(specific_allows),
            },
            NaclRule {
                rule: RuleNumber(numbers[1]),
                protocol: Protocol::Tcp,
                ports: broad_ports,
                cidr: Cidr::new(src, rng.random_range(8..=24)),
                action: act(!specific_allows),
            },
        ];
        if rng.random_bool(0.5) {
            // A rule that does not match the packet (another source block).
            rules.push(NaclRule {
                rule: RuleNumber(numbers[2]),
                protocol: Protocol::All,
                ports: Ports::ALL,
                cidr: Cidr::new(0xC612_0000, 16),
                action: act(rng.random_bool(0.5)),
            });
        }
        if rng.random_bool(0.3) {
            // Sometimes nothing matches and the `*` rule decides.
            rules.retain(|r| r.cidr.prefix() == 16);
            rules.push(NaclRule {
                rule: RuleNumber(numbers[3]),
                protocol: Protocol::Udp,
                ports: Ports::one(port),
                cidr: Cidr::new(0, 0),
                action: Action::Allow,
            });
        }
        rules.shuffle(rng);
        let (decider, action) = nacl_verdict(&rules, Direction::Inbound, &packet);
        let mis = if best_match(&rules, &packet) != action {
            "net-mis-nacl-best-match"
        } else if decider == Decider::Star {
            "net-mis-nacl-default-allow"
        } else if action == Action::Allow {
            "net-mis-nacl-deny-wins"
        } else {
            "net-mis-nacl-order"
        };
        let (allow, deny) = (lbl("net-ex-allow"), lbl("net-ex-deny"));
        let options = if action == Action::Allow {
            vec![right(allow), wrong(deny, Msg::new(mis))]
        } else {
            vec![wrong(allow, Msg::new(mis)), right(deny)]
        };
        let text = crate::model::net::explain::packet_text(&packet);
        Variant {
            vars: vec![("packet", text.clone())],
            context: rules.iter().map(rule_msg).collect(),
            expected: shuffled(options, rng),
            explanation: vec![Step::fact(
                Msg::new(match (decider, action) {
                    (Decider::Star, _) => "net-reach-nacl-star",
                    (_, Action::Allow) => "net-reach-nacl-allow",
                    _ => "net-reach-nacl-deny",
                })
                .arg("acl", "acl")
                .arg("subnet", "10.0.1.0/24")
                .arg("rule", decider.to_string())
                .arg("direction", Msg::new("net-dir-inbound"))
                .arg("packet", text),
            )],
        }
    }
}

/// `nacl.return-traffic`: which outbound NACL rule lets replies reach the clients' ephemeral ports.
pub struct NaclReturnTraffic;

/// Client kinds: (message id, their ephemeral range).
const CLIENTS: [(&str, Ports); 3] = [
    ("net-ex-clients-linux", LINUX_EPHEMERAL),
    ("net-ex-clients-windows", Ports { from: 49152, to: 65535 }),
    ("net-ex-clients-nat", NAT_PORTS),
];

/// True when an outbound rule allowing `ports` lets a reply reach every port of `clients`.
pub fn covers_replies(ports: Ports, clients: Ports) -> bool {
    let rules = [NaclRule {
        rule: RuleNumber(100),
        protocol: Protocol::Tcp,
        ports,
        cidr: Cidr::new(0, 0),
        action: Action::Allow,
    }];
    [clients.from, clients.to].iter().all(|&port| {
        let reply = Packet { protocol: Protocol::Tcp, src: 0x0A00_010A, dst: 0xCB00_7105, port };
        nacl_verdict(&rules, Direction::Outbound, &reply).1 == Action::Allow
    })
}

impl Template for NaclReturnTraffic {
    fn id(&self) -> &'static str {
        "nacl.return-traffic"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["port"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let port = *[80u16, 443, 22, 3306].choose(rng).unwrap_or(&443);
        let (kind, range) = CLIENTS[rng.random_range(0..CLIENTS.len())];
        let candidates = [
            (Ports::one(port), "net-mis-reply-to-service-port"),
            (LINUX_EPHEMERAL, "net-mis-linux-range-only"),
            (Ports { from: 49152, to: 65535 }, "net-mis-windows-range-only"),
            (NAT_PORTS, ""),
            (Ports { from: 1, to: 1023 }, "net-mis-well-known-ports"),
        ];
        let covering: Vec<_> = candidates.iter().filter(|(p, _)| covers_replies(*p, range)).collect();
        let chosen = covering[rng.random_range(0..covering.len())].0;
        let rule_label = |p: Ports| plain(format!("100 · tcp · {p} · 0.0.0.0/0 · allow"));
        let mut options = vec![right(rule_label(chosen))];
        for (p, mis) in candidates.iter().filter(|(p, _)| !covers_replies(*p, range)) {
            options.push(wrong(
                rule_label(*p),
                Msg::new(mis).arg("port", u32::from(port)).arg("range", range.to_string()),
            ));
        }
        options.push(wrong(lbl("net-ex-no-rule-needed"), Msg::new("net-mis-nacl-stateful")));
        options.truncate(5);
        Variant {
            vars: vec![("port", port.to_string())],
            context: vec![Msg::new(kind).arg("range", range.to_string())],
            expected: shuffled(options, rng),
            explanation: vec![
                Step::fact(Msg::new("net-ex-why-return").arg("port", u32::from(port)).arg("range", range.to_string())),
                Step::convention(Msg::new("net-ex-ephemeral-convention").arg("linux", LINUX_EPHEMERAL.to_string())),
            ],
        }
    }
}

/// `reach.blocker`: which component blocks an internet client from a web server, if any.
pub struct ReachBlocker;

const BLOCKERS: [(&str, &str); 6] = [
    ("net-ex-blk-sg", "net-mis-blame-sg"),
    ("net-ex-blk-nacl", "net-mis-blame-nacl"),
    ("net-ex-blk-route", "net-mis-blame-route"),
    ("net-ex-blk-igw", "net-mis-blame-igw"),
    ("net-ex-blk-public-ip", "net-mis-blame-public-ip"),
    ("net-ex-blk-none", "net-mis-blame-none"),
];

/// Index into `BLOCKERS` of the component behind a failing step.
pub fn blocker_index(step: Option<StepKind>) -> usize {
    match step {
        Some(StepKind::SgInbound | StepKind::SgOutbound) => 0,
        Some(StepKind::NaclInbound | StepKind::NaclOutbound) => 1,
        Some(StepKind::Route) => 2,
        Some(StepKind::IgwAttached) => 3,
        Some(StepKind::PublicIp) => 4,
        None => 5,
    }
}

/// Builds the scenario for fault `fault` (0 = none).
pub fn blocker_scenario(fault: u32, port: u16, sport: u16) -> Scenario {
    let igw = fault != 5;
    let table = if fault == 4 {
        "[{destination: 0.0.0.0/0, target: nat:pub}]"
    } else {
        "[{destination: 0.0.0.0/0, target: igw}]"
    };
    let sg_port = if fault == 1 { if port == 22 { 443 } else { 22 } } else { port };
    let nacl_in = if fault == 2 {
        format!(
            "[{{rule: 90, protocol: tcp, ports: \"{port}\", cidr: 0.0.0.0/0, action: deny}}, {{rule: 100, protocol: tcp, ports: \"{port}\", cidr: 0.0.0.0/0, action: allow}}]"
        )
    } else {
        format!("[{{rule: 100, protocol: tcp, ports: \"{port}\", cidr: 0.0.0.0/0, action: allow}}]")
    };
    let nacl_out = if fault == 3 { format!("\"{port}\"") } else { "\"1024-65535\"".to_owned() };
    let public = if fault == 6 { String::new() } else { ", public_ip: 54.10.20.30".to_owned() };
    let yaml = format!(
        "vpc: {{cidr: 10.0.0.0/16, internet_gateway: {igw}}}\n\
         subnets:\n  - {{name: web, cidr: 10.0.1.0/24, route_table: rt, nacl: acl}}\n  - {{name: pub, cidr: 10.0.0.0/24, route_table: rt-pub}}\n\
         route_tables:\n  rt: {table}\n  rt-pub: [{{destination: 0.0.0.0/0, target: igw}}]\n\
         nacls:\n  acl:\n    inbound: {nacl_in}\n    outbound: [{{rule: 100, protocol: tcp, ports: {nacl_out}, cidr: 0.0.0.0/0, action: allow}}]\n\
         security_groups:\n  sg:\n    inbound: [{{protocol: tcp, ports: \"{sg_port}\", cidr: 0.0.0.0/0}}]\n    outbound: [{{protocol: all, cidr: 0.0.0.0/0}}]\n\
         instances:\n  - {{name: web1, subnet: web, private_ip: 10.0.1.10{public}, security_groups: [sg]}}\n\
         flow: {{from: \"internet:203.0.113.5\", to: web1, protocol: tcp, port: {port}, source_port: {sport}}}\n"
    );
    serde_yaml::from_str(&yaml).expect("the template's scenario is well-formed")
}

impl Template for ReachBlocker {
    fn id(&self) -> &'static str {
        "reach.blocker"
    }
    fn placeholders(&self) -> &'static [&'static str] {
        &["port", "client"]
    }
    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }
    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let port = *[80u16, 443, 22].choose(rng).unwrap_or(&80);
        let sport = rng.random_range(LINUX_EPHEMERAL.from..=60999);
        let sc = blocker_scenario(rng.random_range(0..=6), port, sport);
        let (from, to) = sc.validate().expect("valid by construction");
        let result = reach(&sc, from, to);
        let answer = blocker_index(result.blocked().map(|(_, c)| c.step));
        let options = BLOCKERS
            .iter()
            .enumerate()
            .map(|(i, (label, mis))| if i == answer { right(lbl(label)) } else { wrong(lbl(label), Msg::new(mis)) })
            .collect();
        let mut context = vec![
            Msg::new("net-ex-ctx-vpc")
                .arg("igw", Msg::new(if sc.vpc.internet_gateway { "net-ex-yes" } else { "net-ex-no" })),
        ];
        for r in &sc.route_tables["rt"] {
            context.push(Msg::new("net-ex-ctx-route").arg("route", format!("{} → {}", r.destination, r.target)));
        }
        for (dir, rules) in
            [("net-dir-inbound", &sc.nacls["acl"].inbound), ("net-dir-outbound", &sc.nacls["acl"].outbound)]
        {
            for r in rules {
                context.push(Msg::new("net-ex-ctx-nacl-dir").arg("direction", Msg::new(dir)).arg("line", rule_msg(r)));
            }
        }
        for r in &sc.security_groups["sg"].inbound {
            context.push(
                Msg::new("net-ex-ctx-sg")
                    .arg("protocol", r.protocol.name())
                    .arg("ports", r.ports.to_string())
                    .arg("cidr", r.cidr.map_or_else(String::new, |c| c.to_string())),
            );
        }
        let inst = &sc.instances[0];
        context.push(
            Msg::new("net-ex-ctx-instance")
                .arg("private", inst.private_ip.to_string())
                .arg("public", inst.public_ip.map_or_else(|| "-".to_owned(), |ip| ip.to_string())),
        );
        Variant {
            vars: vec![("port", port.to_string()), ("client", format!("203.0.113.5:{sport}"))],
            context,
            expected: shuffled(options, rng),
            explanation: reach_steps(&result, Protocol::Tcp, sport),
        }
    }
}
