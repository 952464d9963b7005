//! The record-set file of `calc route53`: one routing policy, its records and the client that
//! asks. Parsed with serde (unknown fields and policies are refused with their line and column),
//! then checked per policy so every record carries what its policy needs.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::explain::Msg;

/// A Route 53 routing policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// One record, no choice.
    Simple,
    /// Proportional to weights.
    Weighted,
    /// Active-passive: primary, else secondary.
    Failover,
    /// Lowest latency Region.
    Latency,
    /// Most specific location of the query.
    Geolocation,
    /// Closest resource, with bias.
    Geoproximity,
    /// Up to eight healthy records.
    Multivalue,
    /// CIDR blocks of the query's source.
    Ip,
}

impl Policy {
    /// The name used in the file.
    pub fn name(self) -> &'static str {
        match self {
            Policy::Simple => "simple",
            Policy::Weighted => "weighted",
            Policy::Failover => "failover",
            Policy::Latency => "latency",
            Policy::Geolocation => "geolocation",
            Policy::Geoproximity => "geoproximity",
            Policy::Multivalue => "multivalue",
            Policy::Ip => "ip",
        }
    }
}

/// Primary or secondary record of a failover set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Answers while healthy.
    Primary,
    /// Answers when the primary is unhealthy.
    Secondary,
}

/// Latitude and longitude in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    /// −90 to 90.
    pub lat: f64,
    /// −180 to 180.
    pub lon: f64,
}

/// One record of the set.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The record ID (Route 53's `SetIdentifier`), unique in the set.
    pub id: String,
    /// What the record answers (an IP address, a name…); shown, never interpreted.
    #[serde(default)]
    pub value: Option<String>,
    /// The status of its health check (or of the alias target); a record without one is healthy.
    #[serde(default = "yes")]
    pub healthy: bool,
    /// Alias records: `false` makes Route 53 ignore the target's health.
    #[serde(default)]
    pub evaluate_target_health: Option<bool>,
    /// Weighted: 0–255.
    #[serde(default)]
    pub weight: Option<u32>,
    /// Failover: primary or secondary.
    #[serde(default)]
    pub role: Option<Role>,
    /// Latency and geoproximity: the AWS Region of the resource.
    #[serde(default)]
    pub region: Option<String>,
    /// Geolocation: `KR`, `US-WA`, `continent:AS` or `*`; IP-based: `*` for the default location.
    #[serde(default)]
    pub location: Option<String>,
    /// Geoproximity: where a non-AWS resource is.
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
    /// Geoproximity: −99 to 99.
    #[serde(default)]
    pub bias: Option<i32>,
    /// IP-based: the CIDR blocks of the record's CIDR location.
    #[serde(default)]
    pub cidrs: Option<Vec<String>>,
}

fn yes() -> bool {
    true
}

impl Record {
    /// Whether Route 53 counts the record as healthy: its status, unless Evaluate Target Health
    /// is off (then an alias record without a health check is always healthy).
    pub fn counts_healthy(&self) -> bool {
        self.healthy || self.evaluate_target_health == Some(false)
    }
}

/// Who asks: where the query comes from.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// Geolocation: `KR`, `US-WA`; absent or `unknown` when the IP maps to no location.
    #[serde(default)]
    pub location: Option<String>,
    /// Geolocation: the continent, when the country is not in the model's table.
    #[serde(default)]
    pub continent: Option<String>,
    /// IP-based: the query's source address (the resolver's, or the EDNS0 client subnet).
    #[serde(default)]
    pub ip: Option<String>,
    /// Latency: measured latency to each Region, in milliseconds.
    #[serde(default)]
    pub latency_ms: BTreeMap<String, f64>,
    /// Geoproximity: where the client is.
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
}

/// A whole file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordSet {
    /// The policy every record uses.
    pub policy: Policy,
    /// The records (same name and type).
    pub records: Vec<Record>,
    /// The client.
    #[serde(default)]
    pub client: Client,
}

/// A record set Route 53 would not accept, or a client the policy cannot route: the field (a
/// path such as `records[1].weight`), the record it belongs to, and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// Path of the bad field.
    pub field: String,
    /// The record's ID, to find its line.
    pub record: Option<String>,
    /// Why (a localizable message).
    pub reason: Msg,
}

fn err(field: String, record: Option<&Record>, reason: Msg) -> InputError {
    InputError { field, record: record.map(|r| r.id.clone()), reason }
}

/// Accepted geolocation location forms, for messages.
pub const LOCATION_FORMS: &str = "KR, US-WA, continent:AS, *";

impl RecordSet {
    /// Checks what each policy needs; the first problem found.
    pub fn validate(&self) -> Result<(), InputError> {
        if self.records.is_empty() {
            return Err(err("records".into(), None, Msg::new("route53-err-empty")));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, r) in self.records.iter().enumerate() {
            if r.id.trim().is_empty() || !seen.insert(r.id.as_str()) {
                return Err(err(
                    format!("records[{i}].id"),
                    Some(r),
                    Msg::new("route53-err-duplicate-id").arg("id", r.id.as_str()),
                ));
            }
            self.validate_record(i, r)?;
        }
        self.validate_set()
    }

    fn need<T>(&self, i: usize, r: &Record, field: &str, value: Option<&T>) -> Result<(), InputError> {
        if value.is_none() {
            return Err(err(
                format!("records[{i}].{field}"),
                Some(r),
                Msg::new("route53-err-missing").arg("field", field.to_owned()).arg("policy", self.policy.name()),
            ));
        }
        Ok(())
    }

    fn validate_record(&self, i: usize, r: &Record) -> Result<(), InputError> {
        let bad = |field: &str, value: String, accepted: &str| {
            err(
                format!("records[{i}].{field}"),
                Some(r),
                Msg::new("route53-err-value").arg("value", value).arg("accepted", accepted.to_owned()),
            )
        };
        match self.policy {
            Policy::Simple | Policy::Multivalue => {}
            Policy::Weighted => {
                self.need(i, r, "weight", r.weight.as_ref())?;
                if let Some(w) = r.weight.filter(|w| *w > 255) {
                    return Err(bad("weight", w.to_string(), "0–255"));
                }
            }
            Policy::Failover => self.need(i, r, "role", r.role.as_ref())?,
            Policy::Latency => self.need(i, r, "region", r.region.as_ref())?,
            Policy::Geolocation => {
                self.need(i, r, "location", r.location.as_ref())?;
                let loc = r.location.as_deref().unwrap_or_default();
                if super::geo::Location::parse_record(loc).is_none() {
                    return Err(bad("location", loc.to_owned(), LOCATION_FORMS));
                }
            }
            Policy::Geoproximity => {
                if r.region.is_none() && r.coordinates.is_none() {
                    return Err(err(
                        format!("records[{i}].region"),
                        Some(r),
                        Msg::new("route53-err-missing")
                            .arg("field", "region | coordinates")
                            .arg("policy", "geoproximity"),
                    ));
                }
                if let Some(region) = r.region.as_deref().filter(|g| super::geo::region_coordinates(g).is_none()) {
                    return Err(bad("region", region.to_owned(), &super::geo::known_regions()));
                }
                if let Some(c) = r.coordinates.filter(|c| !valid_coordinates(*c)) {
                    return Err(bad("coordinates", format!("{}, {}", c.lat, c.lon), "lat −90…90, lon −180…180"));
                }
                if let Some(b) = r.bias.filter(|b| !(-99..=99).contains(b)) {
                    return Err(bad("bias", b.to_string(), "−99…99"));
                }
            }
            Policy::Ip => {
                if r.location.as_deref() == Some("*") {
                    return Ok(());
                }
                self.need(i, r, "cidrs", r.cidrs.as_ref())?;
                for (j, c) in r.cidrs.iter().flatten().enumerate() {
                    if super::ip::Cidr::parse(c).is_none() {
                        return Err(err(
                            format!("records[{i}].cidrs[{j}]"),
                            Some(r),
                            Msg::new("route53-err-value")
                                .arg("value", c.as_str())
                                .arg("accepted", "IPv4 /1–/24, IPv6 /1–/48; location \"*\" for the default"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    fn validate_set(&self) -> Result<(), InputError> {
        let set_err = |field: &str, id: &'static str| Err(err(field.to_owned(), None, Msg::new(id)));
        match self.policy {
            Policy::Simple if self.records.len() > 1 => set_err("records", "route53-err-simple-one"),
            Policy::Failover => {
                let count = |role| self.records.iter().filter(|r| r.role == Some(role)).count();
                if count(Role::Primary) != 1 || count(Role::Secondary) > 1 {
                    return set_err("records", "route53-err-failover-roles");
                }
                Ok(())
            }
            Policy::Latency => {
                for (i, r) in self.records.iter().enumerate() {
                    let region = r.region.as_deref().unwrap_or_default();
                    if self.records[..i].iter().any(|o| o.region.as_deref() == Some(region)) {
                        return Err(err(
                            format!("records[{i}].region"),
                            Some(r),
                            Msg::new("route53-err-same-region").arg("value", region.to_owned()),
                        ));
                    }
                    if !self.client.latency_ms.contains_key(region) {
                        return Err(err(
                            "client.latency_ms".into(),
                            None,
                            Msg::new("route53-err-client")
                                .arg("field", format!("latency_ms.{region}"))
                                .arg("policy", "latency"),
                        ));
                    }
                }
                Ok(())
            }
            Policy::Geolocation => {
                for (i, r) in self.records.iter().enumerate() {
                    if self.records[..i].iter().any(|o| o.location == r.location) {
                        return Err(err(
                            format!("records[{i}].location"),
                            Some(r),
                            Msg::new("route53-err-same-location").arg("value", r.location.clone().unwrap_or_default()),
                        ));
                    }
                }
                if let Some(loc) =
                    self.client.location.as_deref().filter(|l| super::geo::Location::parse_client(l).is_none())
                {
                    return Err(err(
                        "client.location".into(),
                        None,
                        Msg::new("route53-err-value")
                            .arg("value", loc.to_owned())
                            .arg("accepted", "KR, US-WA, unknown"),
                    ));
                }
                Ok(())
            }
            Policy::Geoproximity => match self.client.coordinates {
                None => Err(err(
                    "client.coordinates".into(),
                    None,
                    Msg::new("route53-err-client").arg("field", "coordinates").arg("policy", "geoproximity"),
                )),
                Some(c) if !valid_coordinates(c) => Err(err(
                    "client.coordinates".into(),
                    None,
                    Msg::new("route53-err-value")
                        .arg("value", format!("{}, {}", c.lat, c.lon))
                        .arg("accepted", "lat −90…90, lon −180…180"),
                )),
                Some(_) => Ok(()),
            },
            Policy::Ip => match self.client.ip.as_deref() {
                None => Err(err(
                    "client.ip".into(),
                    None,
                    Msg::new("route53-err-client").arg("field", "ip").arg("policy", "ip"),
                )),
                Some(ip) if ip.parse::<std::net::IpAddr>().is_err() => Err(err(
                    "client.ip".into(),
                    None,
                    Msg::new("route53-err-value")
                        .arg("value", ip.to_owned())
                        .arg("accepted", "an IPv4 or IPv6 address"),
                )),
                Some(_) => Ok(()),
            },
            _ => Ok(()),
        }
    }
}

fn valid_coordinates(c: Coordinates) -> bool {
    (-90.0..=90.0).contains(&c.lat) && (-180.0..=180.0).contains(&c.lon)
}
