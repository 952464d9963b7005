//! The VPC networking model: CIDR arithmetic, AWS subnet rules, route tables, security groups,
//! network ACLs and the reachability of a flow. Rules: `shared/reference/aws-rules.md` §1–3.

pub mod cidr;
pub mod explain;
pub mod reach;
pub mod route;
pub mod rules;
pub mod scenario;
pub mod subnet;

#[cfg(test)]
mod tests;

/// The ephemeral port range the model uses for Linux clients. AWS's text says 32768–61000 while
/// the kernel's default range ends at 60999; the model follows AWS's wording and says so.
pub const LINUX_EPHEMERAL: rules::Ports = rules::Ports { from: 32768, to: 61000 };
/// The ports a NAT gateway (and ELB, Lambda) uses as source ports.
pub const NAT_PORTS: rules::Ports = rules::Ports { from: 1024, to: 65535 };
