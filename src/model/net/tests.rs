//! Reachability worked examples, including the contract's own scenario.

use super::reach::{Detail, Leg, StepKind, reach};
use super::rules::Decider;
use super::scenario::{Reason, Scenario};

/// The scenario printed in calc-contract.md, section `reach`.
pub const CONTRACT: &str = r#"
vpc: {cidr: 10.0.0.0/16, internet_gateway: true}
subnets:
  - {name: web-a, cidr: 10.0.1.0/24, route_table: public, nacl: web}
  - {name: app-a, cidr: 10.0.2.0/24, route_table: private}
route_tables:
  main: []
  public:  [{destination: 0.0.0.0/0, target: igw}]
  private: [{destination: 0.0.0.0/0, target: nat:web-a}]
nacls:
  web:
    inbound:  [{rule: 100, protocol: tcp, ports: "80", cidr: 0.0.0.0/0, action: allow}]
    outbound: [{rule: 100, protocol: tcp, ports: "80", cidr: 0.0.0.0/0, action: allow}]
security_groups:
  web-sg:
    inbound:  [{protocol: tcp, ports: "80", cidr: 0.0.0.0/0}, {protocol: tcp, ports: "22", source_group: admin-sg}]
    outbound: [{protocol: all, cidr: 0.0.0.0/0}]
instances:
  - {name: web1, subnet: web-a, private_ip: 10.0.1.10, public_ip: 54.1.2.3, security_groups: [web-sg]}
flow: {from: "internet:203.0.113.5", to: web1, protocol: tcp, port: 80, source_port: 50000}
"#;

fn run(yaml: &str) -> super::reach::Reach {
    let sc: Scenario = serde_yaml::from_str(yaml).unwrap();
    let (from, to) = sc.validate().unwrap();
    reach(&sc, from, to)
}

fn steps(checks: &[super::reach::Check]) -> Vec<&'static str> {
    checks.iter().map(|c| c.step.code()).collect()
}

#[test]
fn contract_example_blocks_at_response_nacl_star() {
    let r = run(CONTRACT);
    assert!(!r.reachable());
    assert_eq!(steps(&r.request), ["igw_attached", "public_ip", "nacl_inbound", "sg_inbound"]);
    assert_eq!(steps(&r.response), ["nacl_outbound"]);
    let (leg, c) = r.blocked().unwrap();
    assert_eq!(leg, Leg::Response);
    assert_eq!(c.step, StepKind::NaclOutbound);
    assert_eq!(c.detail, Detail::Nacl { subnet: "web-a".into(), acl: "web".into(), decider: Decider::Star });
}

#[test]
fn fixing_the_outbound_rule_makes_it_reachable() {
    let fixed = CONTRACT.replace(
        r#"outbound: [{rule: 100, protocol: tcp, ports: "80""#,
        r#"outbound: [{rule: 100, protocol: tcp, ports: "1024-65535""#,
    );
    let r = run(&fixed);
    assert!(r.reachable(), "{r:#?}");
    assert_eq!(steps(&r.response), ["nacl_outbound", "route", "igw_attached", "public_ip"]);
}

#[test]
fn private_instance_goes_out_through_nat_in_two_hops() {
    let yaml = CONTRACT
        .replace(
            "instances:\n",
            "instances:\n  - {name: app1, subnet: app-a, private_ip: 10.0.2.20, security_groups: [web-sg]}\n",
        )
        .replace(
            r#"flow: {from: "internet:203.0.113.5", to: web1"#,
            r#"flow: {from: app1, to: "internet:198.51.100.7""#,
        )
        .replace(
            r#"ports: "80", cidr: 0.0.0.0/0, action: allow}]
    outbound"#,
            r#"ports: "all", cidr: 0.0.0.0/0, action: allow}]
    outbound"#,
        );
    let r = run(&yaml);
    assert!(r.via_nat);
    // app1 → NAT (no igw), NAT → internet (igw); the web NACL outbound allows port 80 only.
    assert_eq!(
        steps(&r.request),
        [
            "sg_outbound",
            "nacl_outbound",
            "route",
            "nacl_inbound",
            "nacl_outbound",
            "route",
            "igw_attached",
            "public_ip"
        ]
    );
    // The reply comes back to port 50000: web NACL inbound (all) allows, outbound to app1 meets "*".
    let (leg, c) = r.blocked().unwrap();
    assert_eq!((leg, c.step), (Leg::Response, StepKind::NaclOutbound));
}

#[test]
fn same_subnet_meets_no_nacl_and_source_group_matches_members() {
    let yaml = CONTRACT
        .replace(
            "instances:\n",
            "instances:\n  - {name: admin1, subnet: web-a, private_ip: 10.0.1.20, security_groups: [admin-sg]}\n",
        )
        .replace("security_groups:\n", "security_groups:\n  admin-sg: {outbound: [{protocol: all, cidr: 0.0.0.0/0}]}\n")
        .replace(
            r#"flow: {from: "internet:203.0.113.5", to: web1, protocol: tcp, port: 80"#,
            r"flow: {from: admin1, to: web1, protocol: tcp, port: 22",
        );
    let r = run(&yaml);
    assert!(r.reachable(), "{r:#?}");
    assert_eq!(steps(&r.request), ["sg_outbound", "route", "sg_inbound"]);
    assert_eq!(steps(&r.response), ["route"]);
    // The internet never matches a source_group rule.
    let from_internet = CONTRACT.replace("port: 80", "port: 22").replace(
        r#"ports: "80", cidr: 0.0.0.0/0, action: allow}]
    outbound"#,
        r#"ports: "all", cidr: 0.0.0.0/0, action: allow}]
    outbound"#,
    );
    let r = run(&from_internet);
    assert_eq!(r.blocked().map(|(l, c)| (l, c.step)), Some((Leg::Request, StepKind::SgInbound)));
}

#[test]
fn missing_public_ip_and_igw() {
    let r = run(&CONTRACT.replace(", public_ip: 54.1.2.3", ""));
    assert_eq!(r.blocked().map(|(_, c)| c.step), Some(StepKind::PublicIp));
    let r = run(&CONTRACT.replace("internet_gateway: true", "internet_gateway: false"));
    assert_eq!(r.blocked().map(|(_, c)| c.step), Some(StepKind::IgwAttached));
    assert_eq!(r.request.len(), 1, "nothing after the failing check is evaluated");
}

#[test]
fn reply_through_a_nat_route_fails() {
    let yaml = CONTRACT
        .replace("route_table: public, nacl: web", "route_table: private")
        .replace("ports: \"80\", cidr: 0.0.0.0/0, action: allow}]   ", "");
    let r = run(&yaml);
    let (leg, c) = r.blocked().unwrap();
    assert_eq!((leg, c.step), (Leg::Response, StepKind::Route));
}

#[test]
fn semantic_errors_name_the_field() {
    let check = |from: &str, to: &str, field: &str| {
        let sc: Scenario = serde_yaml::from_str(&CONTRACT.replace(from, to)).unwrap();
        let e = sc.validate().unwrap_err();
        assert_eq!(e.field, field, "{e:?}");
        e.reason
    };
    assert!(matches!(
        check("route_table: public,", "route_table: nope,", "subnets[0].route_table"),
        Reason::Unknown(_)
    ));
    assert!(matches!(check("nacl: web}", "nacl: nope}", "subnets[0].nacl"), Reason::Unknown(_)));
    assert!(matches!(check("subnet: web-a", "subnet: nope", "instances[0].subnet"), Reason::Unknown(_)));
    assert!(matches!(check("to: web1", "to: web9", "flow.to"), Reason::Unknown(_)));
    assert!(matches!(
        check("target: nat:web-a", "target: nat:zzz", "route_tables.private[0].target"),
        Reason::Unknown(_)
    ));
    assert_eq!(check("10.0.2.0/24", "10.0.1.128/25", "subnets[1].cidr"), Reason::Overlaps("web-a".into()));
    assert_eq!(check("10.0.2.0/24", "10.1.2.0/24", "subnets[1].cidr"), Reason::OutsideVpc);
    assert_eq!(check("10.0.1.10", "10.0.1.3", "instances[0].private_ip"), Reason::Reserved);
    assert!(matches!(
        check("security_groups: [web-sg]", "security_groups: [x]", "instances[0].security_groups[0]"),
        Reason::Unknown(_)
    ));
}

#[test]
fn syntax_errors_have_locations() {
    for (from, to) in [
        (
            "rule: 100, protocol: tcp, ports: \"80\", cidr: 0.0.0.0/0, action: allow}]\n    outbound",
            "rule: 40000, protocol: tcp, ports: \"80\", cidr: 0.0.0.0/0, action: allow}]\n    outbound",
        ),
        ("cidr: 10.0.2.0/24", "cidr: 10.0.2.0/33"),
        ("ports: \"80\"", "ports: \"99999\""),
        ("port: 80", "port: 70000"),
    ] {
        let text = CONTRACT.replacen(from, to, 1);
        assert_ne!(text, CONTRACT);
        let e = serde_yaml::from_str::<Scenario>(&text).unwrap_err();
        assert!(e.location().is_some(), "{e}");
    }
}
