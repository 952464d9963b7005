//! The `calc reach` scenario: what the YAML says, and the checks that turn it into a network the
//! reachability walk can trust (every name resolves, every address fits).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::cidr::{Cidr, Ip};
use super::route::{Route, Target};
use super::rules::{NaclRule, Protocol, SgRule};
use super::subnet::prefix_in_range;

/// The VPC.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VpcSpec {
    /// Primary IPv4 block.
    pub cidr: Cidr,
    /// Secondary blocks (each brings its own local route).
    #[serde(default)]
    pub secondary_cidrs: Vec<Cidr>,
    /// True when an internet gateway is attached.
    #[serde(default)]
    pub internet_gateway: bool,
}

/// A subnet.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubnetSpec {
    /// Unique name.
    pub name: String,
    /// Its block.
    pub cidr: Cidr,
    /// Explicitly associated route table; absent = the main table.
    #[serde(default)]
    pub route_table: Option<String>,
    /// Associated network ACL; absent = the default NACL.
    #[serde(default)]
    pub nacl: Option<String>,
}

/// A network ACL's two rule lists; an omitted list has no rules (only `*`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NaclSpec {
    /// Rules for traffic entering the subnet.
    #[serde(default)]
    pub inbound: Vec<NaclRule>,
    /// Rules for traffic leaving the subnet.
    #[serde(default)]
    pub outbound: Vec<NaclRule>,
}

/// A security group's rules; an omitted list has no rules.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SgSpec {
    /// Inbound allow rules.
    #[serde(default)]
    pub inbound: Vec<SgRule>,
    /// Outbound allow rules.
    #[serde(default)]
    pub outbound: Vec<SgRule>,
}

/// An instance.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceSpec {
    /// Unique name.
    pub name: String,
    /// Its subnet.
    pub subnet: String,
    /// Private address inside the subnet.
    pub private_ip: Ip,
    /// Public IPv4 or Elastic IP address, if any.
    #[serde(default)]
    pub public_ip: Option<Ip>,
    /// Security groups on its network interface.
    #[serde(default)]
    pub security_groups: Vec<String>,
}

fn default_source_port() -> u16 {
    50000
}

/// The flow to test.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowSpec {
    /// An instance name or `internet:IPv4`.
    pub from: String,
    /// An instance name or `internet:IPv4`.
    pub to: String,
    /// Protocol of the flow.
    pub protocol: Protocol,
    /// Destination port (required for tcp and udp).
    #[serde(default)]
    pub port: Option<u16>,
    /// The client's source port; 50000 when absent.
    #[serde(default = "default_source_port")]
    pub source_port: u16,
}

/// The whole scenario file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The VPC.
    pub vpc: VpcSpec,
    /// Subnets.
    #[serde(default)]
    pub subnets: Vec<SubnetSpec>,
    /// Route tables by name; `main` is the main table (empty when absent).
    #[serde(default)]
    pub route_tables: BTreeMap<String, Vec<Route>>,
    /// Network ACLs by name; `default` overrides the default NACL (allow all when absent).
    #[serde(default)]
    pub nacls: BTreeMap<String, NaclSpec>,
    /// Security groups by name.
    #[serde(default)]
    pub security_groups: BTreeMap<String, SgSpec>,
    /// Instances.
    #[serde(default)]
    pub instances: Vec<InstanceSpec>,
    /// The flow.
    pub flow: FlowSpec,
}

/// One end of the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// A client or server on the internet.
    Internet(u32),
    /// An instance, by index.
    Instance(usize),
}

/// What is wrong in a scenario, as a Fluent id suffix plus details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A VPC or subnet prefix outside /16–/28.
    PrefixOutOfRange,
    /// A subnet outside the VPC blocks.
    OutsideVpc,
    /// A subnet overlapping another one (named).
    Overlaps(String),
    /// A name used twice.
    Duplicate,
    /// A reference to nothing; lists what exists.
    Unknown(String),
    /// A private address outside its subnet.
    NotInSubnet(String),
    /// A private address AWS reserves (first four, last).
    Reserved,
    /// An address used by two instances.
    AddressTaken(String),
    /// A security-group rule needs exactly one of `cidr` / `source_group`.
    SgRemote,
    /// `source_group` in an outbound rule.
    SourceGroupOutbound,
    /// The same NACL rule number twice in one direction.
    DuplicateRule,
    /// `from`/`to` is neither an instance nor `internet:IPv4`.
    BadEndpoint,
    /// Both ends on the internet, or both the same instance.
    SameEnds,
    /// An internet address inside the VPC.
    InternetInVpc,
    /// tcp/udp flow without a port.
    MissingPort,
}

/// A semantic error: the field path, the value found, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {value}: {reason:?}")]
pub struct ScenarioError {
    /// Path of the field, like `subnets[1].route_table`.
    pub field: String,
    /// The offending value.
    pub value: String,
    /// Why.
    pub reason: Reason,
}

#[allow(clippy::needless_pass_by_value)] // call sites pass temporaries
fn err(field: impl Into<String>, value: impl ToString, reason: Reason) -> ScenarioError {
    ScenarioError { field: field.into(), value: value.to_string(), reason }
}

fn known<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    let list: Vec<&str> = names.into_iter().map(String::as_str).collect();
    if list.is_empty() { "-".to_owned() } else { list.join(", ") }
}

impl Scenario {
    /// Every VPC block, primary first.
    pub fn vpc_cidrs(&self) -> Vec<Cidr> {
        std::iter::once(self.vpc.cidr).chain(self.vpc.secondary_cidrs.iter().copied()).collect()
    }

    /// Index of the subnet called `name`.
    pub fn subnet_index(&self, name: &str) -> Option<usize> {
        self.subnets.iter().position(|s| s.name == name)
    }

    /// Index of the instance called `name`.
    pub fn instance_index(&self, name: &str) -> Option<usize> {
        self.instances.iter().position(|s| s.name == name)
    }

    /// Resolves `from` / `to`.
    pub fn endpoint(&self, text: &str) -> Option<Endpoint> {
        if let Some(ip) = text.strip_prefix("internet:") {
            return super::cidr::parse_ip(ip).ok().map(Endpoint::Internet);
        }
        self.instance_index(text).map(Endpoint::Instance)
    }

    /// Checks every rule the walk relies on; the first problem found is returned.
    pub fn validate(&self) -> Result<(Endpoint, Endpoint), ScenarioError> {
        let vpcs = self.vpc_cidrs();
        for (i, c) in vpcs.iter().enumerate() {
            let field = if i == 0 { "vpc.cidr".to_owned() } else { format!("vpc.secondary_cidrs[{}]", i - 1) };
            if !prefix_in_range(c.prefix()) {
                return Err(err(field, c, Reason::PrefixOutOfRange));
            }
            if let Some(other) = vpcs[..i].iter().find(|o| o.overlaps(*c)) {
                return Err(err(field, c, Reason::Overlaps(other.to_string())));
            }
        }
        self.validate_subnets(&vpcs)?;
        self.validate_tables()?;
        self.validate_groups()?;
        self.validate_instances()?;
        self.validate_flow(&vpcs)
    }

    fn validate_subnets(&self, vpcs: &[Cidr]) -> Result<(), ScenarioError> {
        for (i, s) in self.subnets.iter().enumerate() {
            let field = |f: &str| format!("subnets[{i}].{f}");
            if self.subnets[..i].iter().any(|o| o.name == s.name) {
                return Err(err(field("name"), &s.name, Reason::Duplicate));
            }
            if !prefix_in_range(s.cidr.prefix()) {
                return Err(err(field("cidr"), s.cidr, Reason::PrefixOutOfRange));
            }
            if !vpcs.iter().any(|v| v.contains(s.cidr)) {
                return Err(err(field("cidr"), s.cidr, Reason::OutsideVpc));
            }
            if let Some(o) = self.subnets[..i].iter().find(|o| o.cidr.overlaps(s.cidr)) {
                return Err(err(field("cidr"), s.cidr, Reason::Overlaps(o.name.clone())));
            }
            if let Some(t) = s.route_table.as_ref().filter(|t| *t != "main" && !self.route_tables.contains_key(*t)) {
                return Err(err(field("route_table"), t, Reason::Unknown(known(self.route_tables.keys()))));
            }
            if let Some(n) = s.nacl.as_ref().filter(|n| *n != "default" && !self.nacls.contains_key(*n)) {
                return Err(err(field("nacl"), n, Reason::Unknown(known(self.nacls.keys()))));
            }
        }
        Ok(())
    }

    fn validate_tables(&self) -> Result<(), ScenarioError> {
        let subnet_names = || self.subnets.iter().map(|s| &s.name);
        for (name, routes) in &self.route_tables {
            for (i, r) in routes.iter().enumerate() {
                if let Target::Nat(s) = &r.target
                    && self.subnet_index(s).is_none()
                {
                    return Err(err(
                        format!("route_tables.{name}[{i}].target"),
                        &r.target,
                        Reason::Unknown(known(subnet_names())),
                    ));
                }
            }
        }
        for (name, nacl) in &self.nacls {
            for (dir, rules) in [("inbound", &nacl.inbound), ("outbound", &nacl.outbound)] {
                for (i, r) in rules.iter().enumerate() {
                    if rules[..i].iter().any(|o| o.rule == r.rule) {
                        return Err(err(format!("nacls.{name}.{dir}[{i}].rule"), r.rule.0, Reason::DuplicateRule));
                    }
                }
            }
        }
        Ok(())
    }

    fn validate_groups(&self) -> Result<(), ScenarioError> {
        for (name, sg) in &self.security_groups {
            for (dir, rules) in [("inbound", &sg.inbound), ("outbound", &sg.outbound)] {
                for (i, r) in rules.iter().enumerate() {
                    let field = format!("security_groups.{name}.{dir}[{i}]");
                    if r.cidr.is_some() == r.source_group.is_some() {
                        return Err(err(field, "-", Reason::SgRemote));
                    }
                    if let Some(g) = &r.source_group
                        && dir == "outbound"
                    {
                        {
                            return Err(err(field + ".source_group", g, Reason::SourceGroupOutbound));
                        }
                        // A group that is referenced but not defined simply has no members here
                        // (the contract's own example names `admin-sg` this way).
                    }
                }
            }
        }
        Ok(())
    }

    fn validate_instances(&self) -> Result<(), ScenarioError> {
        for (i, inst) in self.instances.iter().enumerate() {
            let field = |f: &str| format!("instances[{i}].{f}");
            if self.instances[..i].iter().any(|o| o.name == inst.name) {
                return Err(err(field("name"), &inst.name, Reason::Duplicate));
            }
            let Some(s) = self.subnet_index(&inst.subnet) else {
                return Err(err(
                    field("subnet"),
                    &inst.subnet,
                    Reason::Unknown(known(self.subnets.iter().map(|s| &s.name))),
                ));
            };
            let cidr = self.subnets[s].cidr;
            let ip = inst.private_ip.0;
            if !cidr.contains_ip(ip) {
                return Err(err(field("private_ip"), inst.private_ip, Reason::NotInSubnet(cidr.to_string())));
            }
            if ip < cidr.network() + 4 || ip == cidr.broadcast() {
                return Err(err(field("private_ip"), inst.private_ip, Reason::Reserved));
            }
            if let Some(o) = self.instances[..i].iter().find(|o| o.private_ip == inst.private_ip) {
                return Err(err(field("private_ip"), inst.private_ip, Reason::AddressTaken(o.name.clone())));
            }
            for (j, g) in inst.security_groups.iter().enumerate() {
                if !self.security_groups.contains_key(g) {
                    return Err(err(
                        format!("instances[{i}].security_groups[{j}]"),
                        g,
                        Reason::Unknown(known(self.security_groups.keys())),
                    ));
                }
            }
        }
        Ok(())
    }

    fn validate_flow(&self, vpcs: &[Cidr]) -> Result<(Endpoint, Endpoint), ScenarioError> {
        let names = || known(self.instances.iter().map(|s| &s.name));
        let resolve = |field: &'static str, text: &String| {
            self.endpoint(text).ok_or_else(|| {
                let reason = if text.starts_with("internet:") { Reason::BadEndpoint } else { Reason::Unknown(names()) };
                err(field, text, reason)
            })
        };
        let from = resolve("flow.from", &self.flow.from)?;
        let to = resolve("flow.to", &self.flow.to)?;
        for (field, end, text) in [("flow.from", from, &self.flow.from), ("flow.to", to, &self.flow.to)] {
            if let Endpoint::Internet(ip) = end
                && vpcs.iter().any(|v| v.contains_ip(ip))
            {
                return Err(err(field, text, Reason::InternetInVpc));
            }
        }
        let both_internet = matches!((from, to), (Endpoint::Internet(_), Endpoint::Internet(_)));
        if both_internet || from == to {
            return Err(err("flow.to", &self.flow.to, Reason::SameEnds));
        }
        if self.flow.protocol.has_ports() && self.flow.port.is_none() {
            return Err(err("flow.port", "-", Reason::MissingPort));
        }
        Ok((from, to))
    }
}
