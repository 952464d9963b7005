//! Elastic Load Balancing (`shared/reference/aws-rules.md` §9): health-check defaults per load
//! balancer type, threshold-driven target health, routing to healthy targets, and the fail-open
//! behaviour of each type when no target is healthy.

mod compare;
#[cfg(test)]
mod tests;

use std::str::FromStr;

use serde::Serialize;

use crate::explain::{Msg, Step};

pub use compare::{Feature, LbInfo, info, types_with};

/// The four load balancer types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LbType {
    /// Application Load Balancer.
    Alb,
    /// Network Load Balancer.
    Nlb,
    /// Gateway Load Balancer.
    Gwlb,
    /// Classic Load Balancer (previous generation).
    Clb,
}

impl LbType {
    /// All four, current generation first.
    pub const ALL: [LbType; 4] = [LbType::Alb, LbType::Nlb, LbType::Gwlb, LbType::Clb];

    /// The CLI spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            LbType::Alb => "alb",
            LbType::Nlb => "nlb",
            LbType::Gwlb => "gwlb",
            LbType::Clb => "clb",
        }
    }

    /// The product name (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            LbType::Alb => "Application Load Balancer",
            LbType::Nlb => "Network Load Balancer",
            LbType::Gwlb => "Gateway Load Balancer",
            LbType::Clb => "Classic Load Balancer",
        }
    }
}

impl FromStr for LbType {
    type Err = ElbError;
    fn from_str(s: &str) -> Result<Self, ElbError> {
        match s.to_ascii_lowercase().as_str() {
            "alb" => Ok(LbType::Alb),
            "nlb" => Ok(LbType::Nlb),
            "gwlb" => Ok(LbType::Gwlb),
            "clb" => Ok(LbType::Clb),
            _ => Err(ElbError::UnknownType(s.to_owned())),
        }
    }
}

/// Health-check defaults of one target kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HealthDefaults {
    /// Consecutive successes to turn healthy.
    pub healthy_threshold: u32,
    /// Consecutive failures to turn unhealthy.
    pub unhealthy_threshold: u32,
    /// Seconds between checks.
    pub interval_s: u32,
    /// Timeout, as AWS states it (NLB's depends on the check protocol).
    pub timeout: &'static str,
    /// Success codes ("-" where none apply).
    pub success_codes: &'static str,
}

/// The defaults for instance or IP targets of `kind`.
pub fn defaults(kind: LbType) -> HealthDefaults {
    match kind {
        LbType::Alb => HealthDefaults {
            healthy_threshold: 5,
            unhealthy_threshold: 2,
            interval_s: 30,
            timeout: "5 s",
            success_codes: "200",
        },
        LbType::Nlb => HealthDefaults {
            healthy_threshold: 5,
            unhealthy_threshold: 2,
            interval_s: 30,
            timeout: "6 s (HTTP) / 10 s (TCP, HTTPS)",
            success_codes: "200-399",
        },
        LbType::Gwlb => HealthDefaults {
            healthy_threshold: 5,
            unhealthy_threshold: 2,
            interval_s: 10,
            timeout: "5 s",
            success_codes: "200-399",
        },
        LbType::Clb => HealthDefaults {
            healthy_threshold: 10,
            unhealthy_threshold: 2,
            interval_s: 30,
            timeout: "5 s",
            success_codes: "200 OK",
        },
    }
}

/// The defaults for a Lambda function behind an ALB.
pub fn alb_lambda_defaults() -> HealthDefaults {
    HealthDefaults { healthy_threshold: 5, unhealthy_threshold: 5, interval_s: 35, timeout: "30 s", success_codes: "-" }
}

/// Threshold counts AWS accepts.
pub const THRESHOLD_RANGE: std::ops::RangeInclusive<u32> = 2..=10;

/// The health states a check sequence moves a target through (the other documented states —
/// unused, draining, unavailable — come from registration, not from checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Health {
    /// Registered, initial checks not yet passed.
    Initial,
    /// Passing.
    Healthy,
    /// Failing.
    Unhealthy,
}

impl Health {
    /// The API spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Initial => "initial",
            Health::Healthy => "healthy",
            Health::Unhealthy => "unhealthy",
        }
    }
}

impl FromStr for Health {
    type Err = ElbError;
    fn from_str(s: &str) -> Result<Self, ElbError> {
        match s {
            "initial" => Ok(Health::Initial),
            "healthy" => Ok(Health::Healthy),
            "unhealthy" => Ok(Health::Unhealthy),
            _ => Err(ElbError::UnknownHealth(s.to_owned())),
        }
    }
}

/// What can be wrong with ELB input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ElbError {
    /// Not alb/nlb/gwlb/clb.
    #[error("unknown load balancer type {0:?}")]
    UnknownType(String),
    /// Not initial/healthy/unhealthy.
    #[error("unknown target health {0:?}")]
    UnknownHealth(String),
    /// A threshold outside 2–10.
    #[error("threshold {0} is outside 2-10")]
    BadThreshold(u32),
    /// A check result other than ok/fail.
    #[error("check result {0:?} is not ok or fail")]
    BadCheck(String),
    /// A `--target` not of the form NAME[:STATE]=ok,fail,….
    #[error("target {0:?} is malformed")]
    BadTarget(String),
    /// The same target name twice.
    #[error("target {0:?} is given twice")]
    DuplicateTarget(String),
}

impl ElbError {
    /// The localized message.
    pub fn msg(&self) -> Msg {
        match self {
            ElbError::UnknownType(v) => Msg::new("elb-err-type").arg("value", v.as_str()),
            ElbError::UnknownHealth(v) => Msg::new("elb-err-health").arg("value", v.as_str()),
            ElbError::BadThreshold(v) => Msg::new("elb-err-threshold").arg("value", *v),
            ElbError::BadCheck(v) => Msg::new("elb-err-check").arg("value", v.as_str()),
            ElbError::BadTarget(v) => Msg::new("elb-err-target").arg("value", v.as_str()),
            ElbError::DuplicateTarget(v) => Msg::new("elb-err-duplicate").arg("value", v.as_str()),
        }
    }
}

/// Checks a threshold count (2–10).
pub fn check_threshold(value: u32) -> Result<u32, ElbError> {
    if THRESHOLD_RANGE.contains(&value) { Ok(value) } else { Err(ElbError::BadThreshold(value)) }
}

/// The state after each check (`true` = the check passed), starting from `start` with both
/// consecutive counters at zero.
pub fn run_checks(start: Health, checks: &[bool], healthy_threshold: u32, unhealthy_threshold: u32) -> Vec<Health> {
    let (mut ok_run, mut fail_run) = (0u32, 0u32);
    let mut state = start;
    checks
        .iter()
        .map(|&passed| {
            if passed {
                ok_run += 1;
                fail_run = 0;
                if state != Health::Healthy && ok_run >= healthy_threshold {
                    state = Health::Healthy;
                }
            } else {
                fail_run += 1;
                ok_run = 0;
                if state != Health::Unhealthy && fail_run >= unhealthy_threshold {
                    state = Health::Unhealthy;
                }
            }
            state
        })
        .collect()
}

/// One target's input.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetInput {
    /// The target's name.
    pub name: String,
    /// Its state before the checks.
    pub start: Health,
    /// Check results, oldest first (`true` = passed).
    pub checks: Vec<bool>,
}

/// Parses `NAME[:initial|healthy|unhealthy]=ok,fail,…` (no state = a newly registered target).
pub fn parse_target(text: &str) -> Result<TargetInput, ElbError> {
    let bad = || ElbError::BadTarget(text.to_owned());
    let (head, checks) = text.split_once('=').ok_or_else(bad)?;
    let (name, start) = match head.split_once(':') {
        Some((name, state)) => (name, state.parse::<Health>()?),
        None => (head, Health::Initial),
    };
    let name = name.trim();
    if name.is_empty() || name.contains(',') {
        return Err(bad());
    }
    let checks = if checks.trim().is_empty() {
        Vec::new()
    } else {
        checks
            .split(',')
            .map(|c| match c.trim() {
                "ok" => Ok(true),
                "fail" => Ok(false),
                other => Err(ElbError::BadCheck(other.to_owned())),
            })
            .collect::<Result<_, _>>()?
    };
    Ok(TargetInput { name: name.to_owned(), start, checks })
}

/// How a load balancer behaves when no target is healthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailOpen {
    /// ALB: routes to all targets of the group.
    RouteToAll,
    /// NLB: sends traffic to all targets.
    SendToAll,
    /// GWLB: picks a target at random per flow, and the traffic is dropped.
    RandomThenDrop,
}

/// One target's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetResult {
    /// The target's name.
    #[serde(skip)]
    pub name: String,
    /// State after each check.
    pub states: Vec<Health>,
    /// State after the last check (the start state when there were none).
    #[serde(rename = "final")]
    pub final_state: Health,
}

/// The group's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupResult {
    /// Per target, in input order.
    pub targets: Vec<TargetResult>,
    /// Targets that receive traffic.
    pub routable: Vec<String>,
    /// Whether fail-open applies (every target unhealthy).
    pub fail_open: bool,
    /// What fail-open does for this type, when it applies.
    pub fail_open_mode: Option<FailOpen>,
    /// The explanation.
    #[serde(skip)]
    pub steps: Vec<Step>,
}

/// Runs every target's checks and decides where traffic goes.
pub fn evaluate_group(
    kind: LbType,
    healthy_threshold: u32,
    unhealthy_threshold: u32,
    targets: &[TargetInput],
) -> Result<GroupResult, ElbError> {
    check_threshold(healthy_threshold)?;
    check_threshold(unhealthy_threshold)?;
    let mut seen = std::collections::HashSet::new();
    let mut steps = vec![Step::fact(
        Msg::new("elb-step-thresholds")
            .arg("type", kind.name())
            .arg("healthy", healthy_threshold)
            .arg("unhealthy", unhealthy_threshold),
    )];
    let mut results = Vec::new();
    for t in targets {
        if !seen.insert(t.name.as_str()) {
            return Err(ElbError::DuplicateTarget(t.name.clone()));
        }
        let states = run_checks(t.start, &t.checks, healthy_threshold, unhealthy_threshold);
        let final_state = states.last().copied().unwrap_or(t.start);
        steps.push(Step::fact(
            Msg::new("elb-step-target")
                .arg("name", t.name.as_str())
                .arg("start", t.start.as_str())
                .arg("checks", t.checks.iter().map(|c| if *c { "ok" } else { "fail" }).collect::<Vec<_>>().join(","))
                .arg("final", final_state.as_str()),
        ));
        results.push(TargetResult { name: t.name.clone(), states, final_state });
    }
    let healthy: Vec<String> =
        results.iter().filter(|r| r.final_state == Health::Healthy).map(|r| r.name.clone()).collect();
    let all_unhealthy = !results.is_empty() && results.iter().all(|r| r.final_state == Health::Unhealthy);
    let everyone = || results.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
    let (routable, fail_open, mode) = if !healthy.is_empty() {
        steps.push(Step::fact(Msg::new("elb-step-route-healthy").arg("names", healthy.join(", "))));
        (healthy, false, None)
    } else if all_unhealthy {
        match kind {
            LbType::Alb => {
                steps.push(Step::fact(Msg::new("elb-step-fail-open-alb")));
                (everyone(), true, Some(FailOpen::RouteToAll))
            }
            LbType::Nlb => {
                steps.push(Step::fact(Msg::new("elb-step-fail-open-nlb")));
                steps.push(Step::convention(Msg::new("elb-step-one-az")));
                (everyone(), true, Some(FailOpen::SendToAll))
            }
            LbType::Gwlb => {
                steps.push(Step::fact(Msg::new("elb-step-fail-open-gwlb")));
                (Vec::new(), true, Some(FailOpen::RandomThenDrop))
            }
            LbType::Clb => {
                steps.push(Step::convention(Msg::new("elb-step-clb-no-fail-open")));
                (Vec::new(), false, None)
            }
        }
    } else {
        steps.push(Step::fact(Msg::new("elb-step-none-routable")));
        (Vec::new(), false, None)
    };
    Ok(GroupResult { targets: results, routable, fail_open, fail_open_mode: mode, steps })
}
