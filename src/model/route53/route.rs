//! Choosing the answer: each policy picks by its own criterion among the healthy records; when
//! none is healthy Route 53 treats them all as healthy, except where a policy documents otherwise
//! (failover, multivalue, a geolocation or IP miss).

use std::net::IpAddr;

use super::MULTIVALUE_MAX;
use super::geo::{Location, biased_km, continent_of, distance_km, region_coordinates};
use super::input::{Policy, Record, RecordSet, Role};
use super::ip::Cidr;
use crate::explain::{Msg, Step};

/// What Route 53 answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The records that can be in the answer (for multivalue, the ones one response may carry).
    pub answers: Vec<String>,
    /// For every record in file order: the chance it is (in) the answer.
    pub probabilities: Vec<(String, f64)>,
    /// NOERROR with no answer.
    pub no_answer: bool,
    /// Records per response: 1, or up to eight for multivalue.
    pub max_answers: usize,
    /// The explanation.
    pub steps: Vec<Step>,
}

struct Work<'a> {
    set: &'a RecordSet,
    steps: Vec<Step>,
    p: Vec<f64>,
    max_answers: usize,
}

impl Work<'_> {
    fn fact(&mut self, m: Msg) {
        self.steps.push(Step::fact(m));
    }
    fn convention(&mut self, m: Msg) {
        self.steps.push(Step::convention(m));
    }
    fn certain(&mut self, i: usize) {
        self.p[i] = 1.0;
    }
    fn id(&self, i: usize) -> &str {
        &self.set.records[i].id
    }
}

/// Runs the record set's policy for its client. The set must have passed `validate`.
pub fn evaluate(set: &RecordSet) -> Outcome {
    let mut w = Work { set, steps: Vec::new(), p: vec![0.0; set.records.len()], max_answers: 1 };
    w.fact(Msg::new("route53-step-policy").arg("policy", set.policy.name()).arg("count", set.records.len()));
    for r in &set.records {
        if !r.healthy && r.evaluate_target_health == Some(false) {
            w.fact(Msg::new("route53-step-eth-off").arg("id", r.id.as_str()));
        } else if !r.healthy && set.policy != Policy::Simple {
            w.fact(Msg::new("route53-step-unhealthy").arg("id", r.id.as_str()));
        }
    }
    match set.policy {
        Policy::Simple => simple(&mut w),
        Policy::Weighted => weighted(&mut w),
        Policy::Failover => failover(&mut w),
        Policy::Latency => latency(&mut w),
        Policy::Geolocation => geolocation(&mut w),
        Policy::Geoproximity => geoproximity(&mut w),
        Policy::Multivalue => multivalue(&mut w),
        Policy::Ip => ip_based(&mut w),
    }
    let answers: Vec<String> =
        set.records.iter().zip(&w.p).filter(|(_, p)| **p > 0.0).map(|(r, _)| r.id.clone()).collect();
    let no_answer = answers.is_empty();
    if no_answer {
        w.fact(Msg::new("route53-step-no-answer"));
    } else if answers.len() == 1 {
        let r = set.records.iter().find(|r| r.id == answers[0]).expect("answer is a record");
        w.fact(
            Msg::new("route53-step-answer")
                .arg("id", r.id.as_str())
                .arg("value", r.value.clone().unwrap_or_else(|| "-".into())),
        );
    }
    Outcome {
        answers,
        probabilities: set.records.iter().map(|r| r.id.clone()).zip(w.p.iter().copied()).collect(),
        no_answer,
        max_answers: w.max_answers,
        steps: w.steps,
    }
}

fn healthy(set: &RecordSet) -> Vec<bool> {
    set.records.iter().map(Record::counts_healthy).collect()
}

fn simple(w: &mut Work) {
    let r = &w.set.records[0];
    if !r.healthy && r.evaluate_target_health != Some(false) {
        w.fact(Msg::new("route53-step-simple-health").arg("id", r.id.as_str()));
    }
    w.fact(Msg::new("route53-step-simple").arg("id", r.id.as_str()));
    w.certain(0);
}

fn share(w: &mut Work, members: &[usize], weights: &[u32]) {
    let total: u32 = members.iter().map(|&i| weights[i]).sum();
    for &i in members {
        w.p[i] = if total == 0 { 1.0 / members.len() as f64 } else { f64::from(weights[i]) / f64::from(total) };
        let pct = (w.p[i] * 1000.0).round() / 10.0;
        let id = w.id(i).to_owned();
        w.fact(
            Msg::new("route53-step-weight-share")
                .arg("id", id)
                .arg("weight", weights[i])
                .arg("total", total)
                .arg("pct", pct),
        );
    }
}

fn weighted(w: &mut Work) {
    let weights: Vec<u32> = w.set.records.iter().map(|r| r.weight.unwrap_or(0)).collect();
    let ok = healthy(w.set);
    let n = weights.len();
    let nonzero: Vec<usize> = (0..n).filter(|&i| weights[i] > 0).collect();
    let zero: Vec<usize> = (0..n).filter(|&i| weights[i] == 0).collect();
    let healthy_nonzero: Vec<usize> = nonzero.iter().copied().filter(|&i| ok[i]).collect();
    let healthy_zero: Vec<usize> = zero.iter().copied().filter(|&i| ok[i]).collect();
    if nonzero.is_empty() {
        w.fact(Msg::new("route53-step-weight-all-zero"));
        if healthy_zero.is_empty() {
            w.fact(Msg::new("route53-step-all-unhealthy"));
            share(w, &zero, &weights);
        } else {
            share(w, &healthy_zero, &weights);
        }
    } else if !healthy_nonzero.is_empty() {
        if !zero.is_empty() {
            w.fact(Msg::new("route53-step-weight-zero-skip"));
        }
        share(w, &healthy_nonzero, &weights);
    } else if !healthy_zero.is_empty() {
        w.fact(Msg::new("route53-step-weight-zero-fallback"));
        let step_convention = healthy_zero.len() > 1;
        if step_convention {
            w.convention(Msg::new("route53-step-weight-zero-equal"));
        }
        share(w, &healthy_zero, &weights);
    } else {
        w.fact(Msg::new("route53-step-all-unhealthy"));
        if !zero.is_empty() {
            w.fact(Msg::new("route53-step-weight-zero-skip"));
        }
        share(w, &nonzero, &weights);
    }
}

fn failover(w: &mut Work) {
    let ok = healthy(w.set);
    let find = |role| w.set.records.iter().position(|r| r.role == Some(role));
    let primary = find(Role::Primary).expect("validated: one primary");
    let secondary = find(Role::Secondary);
    let pid = w.id(primary).to_owned();
    if ok[primary] {
        w.fact(Msg::new("route53-step-primary-healthy").arg("id", pid));
        w.certain(primary);
        return;
    }
    match secondary {
        Some(s) if ok[s] => {
            let sid = w.id(s).to_owned();
            w.fact(Msg::new("route53-step-primary-down").arg("primary", pid).arg("secondary", sid));
            w.certain(s);
        }
        Some(s) => {
            let sid = w.id(s).to_owned();
            w.fact(Msg::new("route53-step-both-down").arg("primary", pid).arg("secondary", sid));
            w.certain(primary);
        }
        None => {
            w.fact(Msg::new("route53-step-no-secondary").arg("primary", pid));
            w.certain(primary);
        }
    }
}

/// Picks the best-ranked healthy candidates (all tied at the best score share equally); when
/// none is healthy, all count as healthy. Lower score is better.
fn best(w: &mut Work, scores: &[f64], order_step: &'static str) {
    let ok = healthy(w.set);
    let mut pool: Vec<usize> = (0..scores.len()).filter(|&i| ok[i]).collect();
    if pool.is_empty() {
        w.fact(Msg::new("route53-step-all-unhealthy"));
        pool = (0..scores.len()).collect();
    }
    let low = pool.iter().map(|&i| scores[i]).fold(f64::INFINITY, f64::min);
    let winners: Vec<usize> = pool.into_iter().filter(|&i| (scores[i] - low).abs() < 1e-9).collect();
    if winners.len() > 1 {
        w.convention(Msg::new("route53-step-tie").arg("count", winners.len()));
    }
    for &i in &winners {
        w.p[i] = 1.0 / winners.len() as f64;
        let id = w.id(i).to_owned();
        w.fact(Msg::new(order_step).arg("id", id));
    }
}

fn latency(w: &mut Work) {
    let set = w.set;
    let scores: Vec<f64> = set
        .records
        .iter()
        .map(|r| set.client.latency_ms.get(r.region.as_deref().unwrap_or_default()).copied().unwrap_or(f64::INFINITY))
        .collect();
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|a, b| scores[*a].total_cmp(&scores[*b]));
    for i in order {
        let r = &set.records[i];
        w.fact(
            Msg::new("route53-step-latency")
                .arg("id", r.id.as_str())
                .arg("region", r.region.clone().unwrap_or_default())
                .arg("ms", scores[i]),
        );
    }
    best(w, &scores, "route53-step-latency-pick");
}

fn geoproximity(w: &mut Work) {
    let set = w.set;
    let client = set.client.coordinates.expect("validated: client coordinates");
    w.convention(Msg::new("route53-step-geoprox-formula"));
    let mut scores = Vec::new();
    for r in &set.records {
        let at = r.coordinates.map(|c| (c.lat, c.lon)).or_else(|| r.region.as_deref().and_then(region_coordinates));
        let actual = distance_km((client.lat, client.lon), at.expect("validated: a place"));
        let bias = r.bias.unwrap_or(0);
        let biased = biased_km(actual, bias);
        w.fact(
            Msg::new("route53-step-geoprox")
                .arg("id", r.id.as_str())
                .arg("km", actual.round())
                .arg("bias", i64::from(bias))
                .arg("biased", biased.round()),
        );
        scores.push(biased);
    }
    best(w, &scores, "route53-step-geoprox-pick");
}

fn multivalue(w: &mut Work) {
    let ok = healthy(w.set);
    let mut pool: Vec<usize> = (0..ok.len()).filter(|&i| ok[i]).collect();
    if pool.is_empty() {
        w.fact(Msg::new("route53-step-mv-unhealthy"));
        pool = (0..ok.len()).collect();
    }
    let n = pool.len();
    w.max_answers = n.min(MULTIVALUE_MAX);
    if n <= MULTIVALUE_MAX {
        w.fact(Msg::new("route53-step-mv-all").arg("count", n));
    } else {
        w.fact(Msg::new("route53-step-mv-eight").arg("count", n));
    }
    for i in pool {
        w.p[i] = if n <= MULTIVALUE_MAX { 1.0 } else { MULTIVALUE_MAX as f64 / n as f64 };
    }
}

/// Candidates from most to least specific; the first healthy one answers, and when none of them
/// is healthy the most specific does (all count as healthy).
fn chain(w: &mut Work, chain: &[usize], next_step: &'static str) {
    let ok = healthy(w.set);
    let Some(&first) = chain.first() else { return };
    match chain.iter().position(|&i| ok[i]) {
        Some(0) => w.certain(first),
        Some(k) => {
            for pair in chain[..=k].windows(2) {
                let (a, b) = (w.id(pair[0]).to_owned(), w.id(pair[1]).to_owned());
                w.convention(Msg::new(next_step).arg("id", a).arg("next", b));
            }
            w.certain(chain[k]);
        }
        None => {
            w.fact(Msg::new("route53-step-all-unhealthy"));
            w.certain(first);
        }
    }
}

fn geolocation(w: &mut Work) {
    let set = w.set;
    let locs: Vec<Location> = set
        .records
        .iter()
        .map(|r| Location::parse_record(r.location.as_deref().unwrap_or("*")).expect("validated"))
        .collect();
    let client = set.client.location.as_deref().and_then(Location::parse_client).flatten();
    let find = |want: &Location| locs.iter().position(|l| l == want);
    let mut order = Vec::new();
    match &client {
        None => w.fact(Msg::new("route53-step-geo-unknown")),
        Some(place) => {
            let (country, sub) = match place {
                Location::Subdivision(c, s) => (c.clone(), Some(s.clone())),
                Location::Country(c) => (c.clone(), None),
                _ => unreachable!("clients stand in a country"),
            };
            let continent = set
                .client
                .continent
                .clone()
                .map(|c| c.to_ascii_uppercase())
                .or_else(|| continent_of(&country).map(str::to_owned));
            w.fact(
                Msg::new("route53-step-geo-client")
                    .arg("location", place.label())
                    .arg("continent", continent.clone().unwrap_or_else(|| "?".into())),
            );
            if let Some(s) = sub {
                order.extend(find(&Location::Subdivision(country.clone(), s)));
            }
            order.extend(find(&Location::Country(country)));
            match continent {
                Some(k) => order.extend(find(&Location::Continent(k))),
                None if locs.iter().any(|l| matches!(l, Location::Continent(_))) => {
                    w.convention(Msg::new("route53-step-geo-no-continent"));
                }
                None => {}
            }
        }
    }
    order.extend(find(&Location::Default));
    let Some(&first) = order.first() else {
        w.fact(Msg::new("route53-step-geo-none"));
        return;
    };
    let (id, loc) = (w.id(first).to_owned(), locs[first].label());
    w.fact(Msg::new("route53-step-geo-match").arg("id", id).arg("location", loc));
    chain(w, &order, "route53-step-geo-next");
}

fn ip_based(w: &mut Work) {
    let set = w.set;
    let ip: IpAddr = set.client.ip.as_deref().and_then(|s| s.parse().ok()).expect("validated: client ip");
    let mut matches: Vec<(u8, usize, String)> = Vec::new();
    for (i, r) in set.records.iter().enumerate() {
        for c in r.cidrs.iter().flatten() {
            if let Some(cidr) = Cidr::parse(c).filter(|cidr| cidr.contains(ip)) {
                matches.push((cidr.prefix, i, c.clone()));
            }
        }
    }
    matches.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut order: Vec<usize> = Vec::new();
    for (_, i, _) in &matches {
        if !order.contains(i) {
            order.push(*i);
        }
    }
    let default = set.records.iter().position(|r| r.location.as_deref() == Some("*"));
    let ip_text = ip.to_string();
    if let Some((_, i, cidr)) = matches.first() {
        let id = w.id(*i).to_owned();
        w.fact(Msg::new("route53-step-ip-match").arg("ip", ip_text).arg("cidr", cidr.clone()).arg("id", id));
    } else if let Some(d) = default {
        let id = w.id(d).to_owned();
        w.fact(Msg::new("route53-step-ip-default").arg("ip", ip_text).arg("id", id));
    } else {
        w.convention(Msg::new("route53-step-ip-none").arg("ip", ip_text));
        return;
    }
    order.extend(default.filter(|d| !order.contains(d)));
    chain(w, &order, "route53-step-ip-next");
}
