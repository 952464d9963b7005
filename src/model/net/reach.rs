//! Reachability of one flow, request and response, hop by hop, in the contract's check order:
//! `sg_outbound` → `nacl_outbound` → `route` → `igw_attached` + `public_ip` → `nacl_inbound` →
//! `sg_inbound`. The first failing check ends the walk.

use super::cidr::{Cidr, fmt_ip};
use super::route::{Route, Target, lookup};
use super::rules::{
    Action, Decider, Direction, NaclRule, Packet, Remote, SgRule, default_nacl_rules, nacl_verdict, sg_allows,
};
use super::scenario::{Endpoint, Scenario};

/// A place a packet can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    /// The internet, at this address.
    Internet(u32),
    /// An instance, by index.
    Instance(usize),
    /// The NAT gateway placed in this subnet (by index).
    Nat(usize),
}

/// Request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leg {
    /// Client to server.
    Request,
    /// Server back to client.
    Response,
}

impl Leg {
    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            Leg::Request => "request",
            Leg::Response => "response",
        }
    }
}

/// The kind of check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Sender's security groups, outbound.
    SgOutbound,
    /// Sender subnet's NACL, outbound.
    NaclOutbound,
    /// Sender subnet's route table.
    Route,
    /// The VPC has an internet gateway.
    IgwAttached,
    /// The VPC-side resource has a public address.
    PublicIp,
    /// Receiver subnet's NACL, inbound.
    NaclInbound,
    /// Receiver's security groups, inbound.
    SgInbound,
}

impl StepKind {
    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            StepKind::SgOutbound => "sg_outbound",
            StepKind::NaclOutbound => "nacl_outbound",
            StepKind::Route => "route",
            StepKind::IgwAttached => "igw_attached",
            StepKind::PublicIp => "public_ip",
            StepKind::NaclInbound => "nacl_inbound",
            StepKind::SgInbound => "sg_inbound",
        }
    }
}

/// What a check looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Security groups of an instance; the allowing (group, rule index), if any.
    Sg {
        /// Instance name.
        instance: String,
        /// Groups on the instance.
        groups: Vec<String>,
        /// First allowing rule.
        allowed_by: Option<(String, usize)>,
    },
    /// A subnet's NACL and the rule that decided.
    Nacl {
        /// Subnet name.
        subnet: String,
        /// NACL name (`default` for the default NACL).
        acl: String,
        /// Deciding rule.
        decider: Decider,
    },
    /// The route chosen in a subnet's table.
    Route {
        /// Subnet name.
        subnet: String,
        /// Table name (`main` for the main table).
        table: String,
        /// The longest-prefix match, if any.
        route: Option<Route>,
    },
    /// Internet gateway attached?
    Igw,
    /// Public address of the VPC-side resource.
    PublicIp {
        /// Instance name or `nat:<subnet>`.
        resource: String,
        /// The address, when known (a NAT gateway's Elastic IP is not modelled).
        address: Option<u32>,
    },
}

/// One evaluated check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Kind.
    pub step: StepKind,
    /// Sender of the hop.
    pub from: String,
    /// Receiver of the hop.
    pub to: String,
    /// The packet as the check saw it.
    pub packet: Packet,
    /// Specifics.
    pub detail: Detail,
    /// Passed?
    pub allow: bool,
}

/// The result of a walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// Request checks in order.
    pub request: Vec<Check>,
    /// Response checks in order (empty when the request was blocked).
    pub response: Vec<Check>,
    /// True when the path went through a NAT gateway (its port handling is a model convention).
    pub via_nat: bool,
}

impl Reach {
    /// True when nothing blocked.
    pub fn reachable(&self) -> bool {
        self.blocked().is_none()
    }

    /// The failing check, if any.
    pub fn blocked(&self) -> Option<(Leg, &Check)> {
        if let Some(c) = self.request.iter().find(|c| !c.allow) {
            return Some((Leg::Request, c));
        }
        self.response.iter().find(|c| !c.allow).map(|c| (Leg::Response, c))
    }
}

struct Net<'a> {
    sc: &'a Scenario,
    vpcs: Vec<Cidr>,
}

impl Net<'_> {
    fn subnet_of(&self, node: Node) -> Option<usize> {
        match node {
            Node::Internet(_) => None,
            Node::Instance(i) => self.sc.subnet_index(&self.sc.instances[i].subnet),
            Node::Nat(s) => Some(s),
        }
    }

    fn label(&self, node: Node) -> String {
        match node {
            Node::Internet(ip) => format!("internet:{}", fmt_ip(ip)),
            Node::Instance(i) => self.sc.instances[i].name.clone(),
            Node::Nat(s) => format!("nat:{}", self.sc.subnets[s].name),
        }
    }

    /// A NAT gateway's private address: the lowest assignable address no instance uses (model
    /// convention; AWS picks one from the subnet). It only matters for NAT traffic inside the VPC.
    fn nat_ip(&self, s: usize) -> u32 {
        let cidr = self.sc.subnets[s].cidr;
        (cidr.network() + 4..cidr.broadcast())
            .find(|ip| !self.sc.instances.iter().any(|i| i.private_ip.0 == *ip))
            .unwrap_or(cidr.network() + 4)
    }

    fn nats(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .sc
            .route_tables
            .values()
            .flatten()
            .filter_map(|r| match &r.target {
                Target::Nat(s) => self.sc.subnet_index(s),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn table(&self, s: usize) -> (String, &[Route]) {
        let name = self.sc.subnets[s].route_table.clone().unwrap_or_else(|| "main".to_owned());
        let routes = self.sc.route_tables.get(&name).map_or(&[][..], Vec::as_slice);
        (name, routes)
    }

    fn nacl(&self, s: usize, direction: Direction) -> (String, Vec<NaclRule>) {
        let name = self.sc.subnets[s].nacl.clone().unwrap_or_else(|| "default".to_owned());
        let rules = match (self.sc.nacls.get(&name), direction) {
            (Some(n), Direction::Inbound) => n.inbound.clone(),
            (Some(n), Direction::Outbound) => n.outbound.clone(),
            (None, _) => default_nacl_rules(),
        };
        (name, rules)
    }

    /// The instance's groups with their rules for one direction, in the instance's order.
    fn groups(&self, i: usize, direction: Direction) -> Vec<(&str, &[SgRule])> {
        let sgs = &self.sc.security_groups;
        self.sc.instances[i]
            .security_groups
            .iter()
            .filter_map(|g| sgs.get(g).map(|sg| (g.as_str(), sg)))
            .map(|(g, sg)| match direction {
                Direction::Inbound => (g, sg.inbound.as_slice()),
                Direction::Outbound => (g, sg.outbound.as_slice()),
            })
            .collect()
    }

    /// The VPC node that owns `ip`, if any.
    fn owner(&self, ip: u32) -> Option<Node> {
        if let Some(i) = self.sc.instances.iter().position(|i| i.private_ip.0 == ip) {
            return Some(Node::Instance(i));
        }
        self.nats().into_iter().find(|&s| self.nat_ip(s) == ip).map(Node::Nat)
    }

    /// Where the sender's route table sends a packet for `dst`; `None` when it goes nowhere.
    fn next_node(&self, from: Node, dst: u32) -> (Option<Route>, Option<Node>) {
        let Some(s) = self.subnet_of(from) else {
            return (None, None);
        };
        let (_, routes) = self.table(s);
        let route = lookup(&self.vpcs, routes, dst);
        let next = match route.as_ref().map(|r| &r.target) {
            Some(Target::Local) => self.owner(dst),
            Some(Target::Igw) if !self.vpcs.iter().any(|v| v.contains_ip(dst)) => Some(Node::Internet(dst)),
            // A NAT gateway does not forward to another NAT gateway in this model.
            Some(Target::Nat(n)) if !matches!(from, Node::Nat(_)) => self.sc.subnet_index(n).map(Node::Nat),
            _ => None,
        };
        (route, next)
    }

    fn check(
        &self,
        out: &mut Vec<Check>,
        step: StepKind,
        hop: (Node, Node),
        packet: Packet,
        detail: Detail,
        allow: bool,
    ) -> bool {
        out.push(Check { step, from: self.label(hop.0), to: self.label(hop.1), packet, detail, allow });
        allow
    }

    /// Runs the checks of one hop; false when one fails.
    fn hop(&self, from: Node, to: Node, packet: Packet, leg: Leg, out: &mut Vec<Check>) -> bool {
        let hop = (from, to);
        let crosses = self.subnet_of(from) != self.subnet_of(to);
        if let (Leg::Request, Node::Instance(i)) = (leg, from) {
            let allowed_by =
                sg_allows(self.groups(i, Direction::Outbound), Direction::Outbound, &packet, &Remote::default());
            let detail = Detail::Sg {
                instance: self.label(from),
                groups: self.sc.instances[i].security_groups.clone(),
                allowed_by: allowed_by.map(|(g, r)| (g.to_owned(), r)),
            };
            if !self.check(out, StepKind::SgOutbound, hop, packet, detail, allowed_by.is_some()) {
                return false;
            }
        }
        if let (Some(s), true) = (self.subnet_of(from), crosses)
            && !self.nacl_check(out, StepKind::NaclOutbound, s, Direction::Outbound, hop, packet)
        {
            return false;
        }
        if let Some(s) = self.subnet_of(from) {
            let (route, next) = self.next_node(from, packet.dst);
            let detail = Detail::Route { subnet: self.sc.subnets[s].name.clone(), table: self.table(s).0, route };
            if !self.check(out, StepKind::Route, hop, packet, detail, next == Some(to)) {
                return false;
            }
        }
        let vpc_side = match (from, to) {
            (Node::Internet(_), other) | (other, Node::Internet(_)) => Some(other),
            _ => None,
        };
        if let Some(side) = vpc_side {
            if !self.check(out, StepKind::IgwAttached, hop, packet, Detail::Igw, self.sc.vpc.internet_gateway) {
                return false;
            }
            let (address, has) = match side {
                Node::Instance(i) => {
                    (self.sc.instances[i].public_ip.map(|ip| ip.0), self.sc.instances[i].public_ip.is_some())
                }
                _ => (None, true),
            };
            let detail = Detail::PublicIp { resource: self.label(side), address };
            if !self.check(out, StepKind::PublicIp, hop, packet, detail, has) {
                return false;
            }
        }
        if let (Some(s), true) = (self.subnet_of(to), crosses)
            && !self.nacl_check(out, StepKind::NaclInbound, s, Direction::Inbound, hop, packet)
        {
            return false;
        }
        if let (Leg::Request, Node::Instance(i)) = (leg, to) {
            // Only a packet that still carries a member's private address matches `source_group`.
            let remote = match self.owner(packet.src) {
                Some(Node::Instance(j)) => Remote { groups: self.sc.instances[j].security_groups.clone() },
                _ => Remote::default(),
            };
            let allowed_by = sg_allows(self.groups(i, Direction::Inbound), Direction::Inbound, &packet, &remote);
            let detail = Detail::Sg {
                instance: self.label(to),
                groups: self.sc.instances[i].security_groups.clone(),
                allowed_by: allowed_by.map(|(g, r)| (g.to_owned(), r)),
            };
            if !self.check(out, StepKind::SgInbound, hop, packet, detail, allowed_by.is_some()) {
                return false;
            }
        }
        true
    }

    fn nacl_check(
        &self,
        out: &mut Vec<Check>,
        step: StepKind,
        s: usize,
        dir: Direction,
        hop: (Node, Node),
        packet: Packet,
    ) -> bool {
        let (acl, rules) = self.nacl(s, dir);
        let (decider, action) = nacl_verdict(&rules, dir, &packet);
        let detail = Detail::Nacl { subnet: self.sc.subnets[s].name.clone(), acl, decider };
        self.check(out, step, hop, packet, detail, action == Action::Allow)
    }

    fn node(end: Endpoint) -> Node {
        match end {
            Endpoint::Internet(ip) => Node::Internet(ip),
            Endpoint::Instance(i) => Node::Instance(i),
        }
    }

    fn ip(&self, node: Node) -> u32 {
        match node {
            Node::Internet(ip) => ip,
            Node::Instance(i) => self.sc.instances[i].private_ip.0,
            Node::Nat(s) => self.nat_ip(s),
        }
    }
}

/// Walks the flow of a validated scenario (`Scenario::validate` gave `from` and `to`).
pub fn reach(sc: &Scenario, from: Endpoint, to: Endpoint) -> Reach {
    let net = Net { sc, vpcs: sc.vpc_cidrs() };
    let (from, to) = (Net::node(from), Net::node(to));
    let port = sc.flow.port.unwrap_or(0);
    let mut packet = Packet { protocol: sc.flow.protocol, src: net.ip(from), dst: net.ip(to), port };
    let mut request = Vec::new();
    let mut hops = Vec::new();
    let mut current = from;
    let mut via_nat = false;
    let complete = loop {
        // The route decides the next stop; a hop from the internet goes straight to the target.
        let next_stop = match current {
            Node::Internet(_) => Some(to),
            _ => net.next_node(current, packet.dst).1,
        };
        let receiver = next_stop.unwrap_or(to);
        if !net.hop(current, receiver, packet, Leg::Request, &mut request) {
            break false;
        }
        hops.push((current, receiver, packet));
        if receiver == to || hops.len() > 4 {
            break receiver == to;
        }
        // A NAT gateway rewrites the source address and keeps the source port (model convention).
        via_nat = true;
        packet.src = net.ip(receiver);
        current = receiver;
    };
    let mut response = Vec::new();
    if complete {
        for &(a, b, p) in hops.iter().rev() {
            let reply = Packet { protocol: p.protocol, src: p.dst, dst: p.src, port: sc.flow.source_port };
            if !net.hop(b, a, reply, Leg::Response, &mut response) {
                break;
            }
        }
    }
    Reach { request, response, via_nat }
}
