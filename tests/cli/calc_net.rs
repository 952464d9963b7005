//! `calc subnet` and `calc reach` through the real binary.

use crate::util::{Sandbox, run};

const CONTRACT: &str = r#"
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

#[test]
fn subnet_json_matches_the_contract_example() {
    let out = run(&["calc", "subnet", "10.0.1.7/24", "--json"]);
    out.code(0);
    let expected: serde_json::Value = serde_json::from_str(
        r#"{"input": "10.0.1.7/24", "cidr": "10.0.1.0/24", "normalized": true, "prefix": 24,
 "netmask": "255.255.255.0", "network": "10.0.1.0", "broadcast": "10.0.1.255", "total": 256,
 "reserved": [{"address": "10.0.1.0", "role": "network"}, {"address": "10.0.1.1", "role": "router"},
              {"address": "10.0.1.2", "role": "dns"}, {"address": "10.0.1.3", "role": "future"},
              {"address": "10.0.1.255", "role": "broadcast"}],
 "usable": 251, "first_usable": "10.0.1.4", "last_usable": "10.0.1.254",
 "valid": true, "problems": []}"#,
    )
    .unwrap();
    assert_eq!(out.json(), expected);
}

#[test]
fn subnet_problems_in_order() {
    let out = run(&[
        "calc",
        "subnet",
        "10.1.0.0/30",
        "--vpc",
        "10.0.0.0/16",
        "--taken",
        "10.1.0.0/29",
        "--taken",
        "10.2.0.0/24",
        "--taken",
        "10.1.0.0/16",
        "--json",
    ]);
    let json = out.code(0).json();
    assert_eq!(json["valid"], false);
    assert_eq!(
        json["problems"],
        serde_json::json!([{"code": "prefix_out_of_range"}, {"code": "outside_vpc", "vpc": "10.0.0.0/16"}, {"code": "overlaps", "with": "10.1.0.0/29"}, {"code": "overlaps", "with": "10.1.0.0/16"}])
    );
    for field in ["reserved", "usable", "first_usable", "last_usable"] {
        assert!(json[field].is_null(), "{field}");
    }
    assert_eq!(json["total"], 4);
}

#[test]
fn subnet_worked_examples() {
    let json = run(&["calc", "subnet", "192.168.0.0/26", "--json"]).json();
    assert_eq!(json["usable"], 59);
    assert_eq!(json["last_usable"], "192.168.0.62");
    assert_eq!(json["reserved"][4]["address"], "192.168.0.63");
    assert_eq!(run(&["calc", "subnet", "10.0.0.0/16", "--json"]).json()["usable"], 65_531);
    assert_eq!(run(&["calc", "subnet", "10.0.0.16/28", "--json"]).json()["usable"], 11);
    assert_eq!(run(&["calc", "subnet", "100.68.0.18/18", "--json"]).json()["cidr"], "100.68.0.0/18");
}

#[test]
fn subnet_human_output_in_both_languages() {
    run(&["--lang", "en", "calc", "subnet", "10.0.1.0/24"]).code(0).stdout_has("251").stdout_has("VPC router");
    run(&["--lang", "ko", "calc", "subnet", "10.0.1.0/24"]).code(0).stdout_has("251").stdout_has("VPC 라우터");
}

#[test]
fn subnet_bad_input_exits_2_naming_it() {
    run(&["calc", "subnet", "10.0.0.0/33"]).code(2).stderr_has("10.0.0.0/33").stderr_has("10.0.1.0/24");
    run(&["calc", "subnet", "10.0.0.0/24", "--vpc", "nonsense"]).code(2).stderr_has("--vpc").stderr_has("nonsense");
    run(&["--lang", "ko", "calc", "subnet", "10.0.0.0/24", "--taken", "1.2.3/8"])
        .code(2)
        .stderr_has("1.2.3/8")
        .stderr_has("CIDR 블록");
}

#[test]
fn reach_contract_example_json() {
    let sb = Sandbox::new();
    let path = sb.write("s.yaml", CONTRACT);
    let json = run(&["calc", "reach", path.to_str().unwrap(), "--json"]).code(0).json();
    assert_eq!(json["reachable"], false);
    assert_eq!(
        json["blocked_at"],
        serde_json::json!({"direction": "response", "step": "nacl_outbound", "subnet": "web-a", "acl": "web", "rule": "*"})
    );
    assert_eq!(json["response"][0]["rule"], "*");
    assert_eq!(json["response"][0]["verdict"], "deny");
    let nacl_in = json["request"].as_array().unwrap().iter().find(|s| s["step"] == "nacl_inbound").unwrap();
    assert_eq!(nacl_in["rule"], "100");
    assert_eq!(nacl_in["verdict"], "allow");
    let sg_in = json["request"].as_array().unwrap().iter().find(|s| s["step"] == "sg_inbound").unwrap();
    assert_eq!(sg_in["rule"], 0);
    assert!(json["explanation"].as_array().unwrap().iter().any(|s| s["convention"] == true));
}

#[test]
fn reach_human_output_in_both_languages() {
    let sb = Sandbox::new();
    let path = sb.write("s.yaml", CONTRACT);
    let p = path.to_str().unwrap();
    run(&["--lang", "en", "calc", "reach", p])
        .code(0)
        .stdout_has("Not reachable")
        .stdout_has("[model convention]")
        .stdout_has("final * rule");
    run(&["--lang", "ko", "calc", "reach", p])
        .code(0)
        .stdout_has("도달 불가")
        .stdout_has("[모델 규칙]")
        .stdout_has("네트워크 ACL");
}

#[test]
fn reach_bad_input_exits_2_naming_the_place() {
    let sb = Sandbox::new();
    let bad_rule = sb.write("rule.yaml", &CONTRACT.replacen("rule: 100", "rule: 40000", 1));
    run(&["calc", "reach", bad_rule.to_str().unwrap()]).code(2).stderr_has("rule.yaml:12:").stderr_has("40000");
    let bad_cidr = sb.write("cidr.yaml", &CONTRACT.replace("10.0.2.0/24", "10.0.2.0/40"));
    run(&["calc", "reach", bad_cidr.to_str().unwrap()]).code(2).stderr_has("cidr.yaml:5:").stderr_has("10.0.2.0/40");
    let bad_port = sb.write("port.yaml", &CONTRACT.replace("port: 80,", "port: 99999,"));
    run(&["calc", "reach", bad_port.to_str().unwrap()]).code(2).stderr_has("port.yaml:20:");
    let unknown = sb.write("rt.yaml", &CONTRACT.replace("route_table: public,", "route_table: nowhere,"));
    run(&["calc", "reach", unknown.to_str().unwrap()])
        .code(2)
        .stderr_has("subnets[0].route_table")
        .stderr_has("nowhere")
        .stderr_has("rt.yaml:4:");
    run(&["--lang", "ko", "calc", "reach", unknown.to_str().unwrap()]).code(2).stderr_has("정의되어 있지 않습니다");
    run(&["calc", "reach", "/nonexistent/s.yaml"]).code(2).stderr_has("/nonexistent/s.yaml");
}
