//! The ALB / NLB / GWLB / CLB comparison as data, for explanations and the "which load
//! balancer" exercise.

use serde::Serialize;

use super::LbType;

/// A capability a requirement can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// Routing rules on host, path or headers.
    ContentRouting,
    /// Lambda functions as targets.
    LambdaTargets,
    /// HTTP/2, gRPC and WebSocket.
    GrpcWebSocket,
    /// A static IP address (or Elastic IP) per Availability Zone.
    StaticIpPerAz,
    /// UDP listeners.
    Udp,
    /// Inline virtual appliances (firewalls, IDS) over GENEVE on port 6081.
    InlineAppliances,
    /// Operates at OSI layer 3.
    Layer3,
    /// Operates at OSI layer 7 (HTTP, HTTPS).
    Layer7,
    /// Operates at OSI layer 4 (TCP).
    Layer4,
    /// Instances registered directly with the load balancer (no target groups).
    DirectInstanceRegistration,
    /// Cross-zone load balancing on by default.
    CrossZoneDefaultOn,
}

impl Feature {
    /// Every feature.
    pub const ALL: [Feature; 11] = [
        Feature::ContentRouting,
        Feature::LambdaTargets,
        Feature::GrpcWebSocket,
        Feature::StaticIpPerAz,
        Feature::Udp,
        Feature::InlineAppliances,
        Feature::Layer3,
        Feature::Layer7,
        Feature::Layer4,
        Feature::DirectInstanceRegistration,
        Feature::CrossZoneDefaultOn,
    ];

    /// The Fluent id of the requirement that asks for this feature.
    pub fn requirement_id(self) -> &'static str {
        match self {
            Feature::ContentRouting => "elb-need-content-routing",
            Feature::LambdaTargets => "elb-need-lambda",
            Feature::GrpcWebSocket => "elb-need-grpc",
            Feature::StaticIpPerAz => "elb-need-static-ip",
            Feature::Udp => "elb-need-udp",
            Feature::InlineAppliances => "elb-need-appliances",
            Feature::Layer3 => "elb-need-layer3",
            Feature::Layer7 => "elb-need-layer7",
            Feature::Layer4 => "elb-need-layer4",
            Feature::DirectInstanceRegistration => "elb-need-direct",
            Feature::CrossZoneDefaultOn => "elb-need-cross-zone",
        }
    }
}

/// One column of the comparison table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LbInfo {
    /// The type.
    pub kind: LbType,
    /// OSI layers.
    pub layers: &'static str,
    /// Listener protocols.
    pub protocols: &'static str,
    /// Capabilities.
    pub features: &'static [Feature],
    /// Previous generation (CLB).
    pub previous_generation: bool,
}

/// The comparison data for `kind` (aws-rules.md §9).
pub fn info(kind: LbType) -> LbInfo {
    use Feature::{
        ContentRouting, CrossZoneDefaultOn, DirectInstanceRegistration, GrpcWebSocket, InlineAppliances, LambdaTargets,
        Layer3, Layer4, Layer7, StaticIpPerAz, Udp,
    };
    match kind {
        LbType::Alb => LbInfo {
            kind,
            layers: "7",
            protocols: "HTTP, HTTPS (HTTP/2, gRPC, WebSocket)",
            features: &[ContentRouting, LambdaTargets, GrpcWebSocket, Layer7, CrossZoneDefaultOn],
            previous_generation: false,
        },
        LbType::Nlb => LbInfo {
            kind,
            layers: "4",
            protocols: "TCP, TLS, UDP, TCP_UDP",
            features: &[StaticIpPerAz, Udp, Layer4],
            previous_generation: false,
        },
        LbType::Gwlb => LbInfo {
            kind,
            layers: "3",
            protocols: "GENEVE (6081)",
            features: &[InlineAppliances, Layer3],
            previous_generation: false,
        },
        LbType::Clb => LbInfo {
            kind,
            layers: "4, 7",
            protocols: "HTTP, HTTPS, TCP, SSL",
            features: &[Layer4, Layer7, DirectInstanceRegistration],
            previous_generation: true,
        },
    }
}

/// The current-generation types that have `feature` (CLB only when no current type has it).
pub fn types_with(feature: Feature) -> Vec<LbType> {
    let current: Vec<LbType> = LbType::ALL
        .into_iter()
        .filter(|t| !info(*t).previous_generation && info(*t).features.contains(&feature))
        .collect();
    if current.is_empty() {
        LbType::ALL.into_iter().filter(|t| info(*t).features.contains(&feature)).collect()
    } else {
        current
    }
}
