//! The model's explanations as localizable steps (Fluent ids in `i18n/*/net.ftl`).

use super::cidr::{Cidr, fmt_ip};
use super::reach::{Check, Detail, Leg, Reach, StepKind};
use super::rules::{Decider, Packet, Protocol};
use super::subnet::{Problem, Role, SubnetReport};
use super::{LINUX_EPHEMERAL, NAT_PORTS};
use crate::explain::{Msg, Step};

/// The localized name of a reserved address's role.
pub fn role_msg(role: Role) -> Msg {
    Msg::new(match role {
        Role::Network => "net-role-network",
        Role::Router => "net-role-router",
        Role::Dns => "net-role-dns",
        Role::Future => "net-role-future",
        Role::Broadcast => "net-role-broadcast",
    })
}

/// Steps explaining a subnet report.
pub fn subnet_steps(input: &str, r: &SubnetReport) -> Vec<Step> {
    let c = r.cidr;
    let mut steps = Vec::new();
    if r.normalized {
        steps.push(Step::fact(Msg::new("net-subnet-normalized").arg("input", input).arg("cidr", c.to_string())));
    }
    steps.push(Step::fact(
        Msg::new("net-subnet-size")
            .arg("cidr", c.to_string())
            .arg("prefix", u32::from(c.prefix()))
            .arg("total", c.size())
            .arg("netmask", fmt_ip(c.netmask()))
            .arg("network", fmt_ip(c.network()))
            .arg("broadcast", fmt_ip(c.broadcast())),
    ));
    if let (Some(reserved), Some(usable), Some((first, last))) = (r.reserved, r.usable, r.usable_range) {
        for (ip, role) in reserved {
            steps.push(Step::fact(
                Msg::new("net-subnet-reserved").arg("address", fmt_ip(ip)).arg("role", role_msg(role)),
            ));
        }
        steps.push(Step::fact(
            Msg::new("net-subnet-usable")
                .arg("total", c.size())
                .arg("usable", usable)
                .arg("first", fmt_ip(first))
                .arg("last", fmt_ip(last)),
        ));
    }
    for p in &r.problems {
        steps.push(Step::fact(match p {
            Problem::PrefixOutOfRange => {
                Msg::new("net-subnet-prefix-out-of-range").arg("prefix", u32::from(c.prefix()))
            }
            Problem::OutsideVpc(vpc) => {
                Msg::new("net-subnet-outside-vpc").arg("cidr", c.to_string()).arg("vpc", vpc.to_string())
            }
            Problem::Overlaps(with) => {
                Msg::new("net-subnet-overlaps").arg("cidr", c.to_string()).arg("with", with.to_string())
            }
        }));
    }
    steps.push(Step::fact(if r.problems.is_empty() {
        Msg::new("net-subnet-valid").arg("cidr", c.to_string())
    } else {
        Msg::new("net-subnet-invalid").arg("count", r.problems.len())
    }));
    steps
}

/// `tcp 203.0.113.5 → 10.0.1.10:80`, language-neutral.
pub fn packet_text(p: &Packet) -> String {
    if p.protocol.has_ports() {
        format!("{} {} → {}:{}", p.protocol.name(), fmt_ip(p.src), fmt_ip(p.dst), p.port)
    } else {
        format!("{} {} → {}", p.protocol.name(), fmt_ip(p.src), fmt_ip(p.dst))
    }
}

fn route_text(route: Option<&super::route::Route>) -> String {
    route.map_or_else(|| "-".to_owned(), |r| format!("{} → {}", r.destination, r.target))
}

/// One check as a message.
pub fn check_msg(c: &Check) -> Msg {
    let packet = packet_text(&c.packet);
    match (&c.detail, c.step) {
        (Detail::Sg { instance, groups, allowed_by }, step) => {
            let dir = if step == StepKind::SgOutbound { "net-dir-outbound" } else { "net-dir-inbound" };
            match allowed_by {
                Some((group, rule)) => Msg::new("net-reach-sg-allow")
                    .arg("instance", instance.as_str())
                    .arg("group", group.as_str())
                    .arg("rule", *rule)
                    .arg("direction", Msg::new(dir))
                    .arg("packet", packet),
                None => Msg::new("net-reach-sg-deny")
                    .arg("instance", instance.as_str())
                    .arg("groups", if groups.is_empty() { "-".to_owned() } else { groups.join(", ") })
                    .arg("direction", Msg::new(dir))
                    .arg("packet", packet),
            }
        }
        (Detail::Nacl { subnet, acl, decider }, step) => {
            let dir = if step == StepKind::NaclOutbound { "net-dir-outbound" } else { "net-dir-inbound" };
            let id = match (decider, c.allow) {
                (Decider::Star, _) => "net-reach-nacl-star",
                (Decider::Rule(_), true) => "net-reach-nacl-allow",
                (Decider::Rule(_), false) => "net-reach-nacl-deny",
            };
            Msg::new(id)
                .arg("acl", acl.as_str())
                .arg("subnet", subnet.as_str())
                .arg("rule", decider.to_string())
                .arg("direction", Msg::new(dir))
                .arg("packet", packet)
        }
        (Detail::Route { subnet, table, route }, _) => {
            let id = match (route, c.allow) {
                (_, true) => "net-reach-route-ok",
                (None, false) => "net-reach-route-none",
                (Some(_), false) => "net-reach-route-wrong",
            };
            Msg::new(id)
                .arg("subnet", subnet.as_str())
                .arg("table", table.as_str())
                .arg("route", route_text(route.as_ref()))
                .arg("to", c.to.as_str())
                .arg("packet", packet)
        }
        (Detail::Igw, _) => Msg::new(if c.allow { "net-reach-igw-ok" } else { "net-reach-igw-missing" }),
        (Detail::PublicIp { resource, address }, _) => match (address, c.allow) {
            (Some(ip), _) => {
                Msg::new("net-reach-public-ip-ok").arg("resource", resource.as_str()).arg("address", fmt_ip(*ip))
            }
            (None, true) => Msg::new("net-reach-public-ip-nat").arg("resource", resource.as_str()),
            (None, false) => Msg::new("net-reach-public-ip-missing").arg("resource", resource.as_str()),
        },
    }
}

/// Steps explaining a walk: the request, the response, conventions used, and the verdict.
pub fn reach_steps(r: &Reach, protocol: Protocol, source_port: u16) -> Vec<Step> {
    let mut steps = Vec::new();
    for (leg, checks) in [(Leg::Request, &r.request), (Leg::Response, &r.response)] {
        if checks.is_empty() {
            continue;
        }
        steps.push(Step::fact(Msg::new(if leg == Leg::Request { "net-reach-request" } else { "net-reach-response" })));
        let mut hop = None;
        for c in checks {
            if hop != Some((&c.from, &c.to)) {
                hop = Some((&c.from, &c.to));
                steps.push(Step::fact(Msg::new("net-reach-hop").arg("from", c.from.as_str()).arg("to", c.to.as_str())));
            }
            steps.push(Step::fact(check_msg(c)));
        }
        if leg == Leg::Response {
            steps.push(Step::fact(Msg::new("net-reach-stateful")));
            if protocol.has_ports() {
                steps.push(Step::convention(
                    Msg::new("net-reach-ephemeral")
                        .arg("port", u32::from(source_port))
                        .arg("linux", LINUX_EPHEMERAL.to_string())
                        .arg("nat", NAT_PORTS.to_string()),
                ));
            }
        }
    }
    if r.via_nat && protocol.has_ports() {
        steps.push(Step::convention(
            Msg::new("net-reach-nat-port").arg("port", u32::from(source_port)).arg("nat", NAT_PORTS.to_string()),
        ));
    }
    steps.push(Step::fact(match r.blocked() {
        None => Msg::new("net-reach-reachable"),
        Some((leg, c)) => Msg::new("net-reach-blocked")
            .arg("leg", Msg::new(if leg == Leg::Request { "net-leg-request" } else { "net-leg-response" }))
            .arg("step", c.step.code()),
    }));
    steps
}

/// A CIDR as message text (helper for templates).
pub fn cidr_arg(c: Cidr) -> String {
    c.to_string()
}
