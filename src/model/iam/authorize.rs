//! The whole flowchart of the IAM User Guide ("Policy evaluation logic", "Cross-account policy
//! evaluation logic"), in AWS's order: explicit deny anywhere → RCPs → SCPs → resource-based policy
//! → identity-based policies → permissions boundary → session policy. Rules and sources:
//! docs/model/iam.md.

use super::principal::{DEFAULT_PRINCIPAL, Grant, Principal, PrincipalKind};
use super::{Decision, Effect, Policy, PolicyError, Request, StatementResult, judge_policies};
use crate::explain::{Msg, Step};

/// Where a policy comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PolicyType {
    /// Identity-based policies of the principal.
    Identity,
    /// The resource's policy.
    Resource,
    /// The principal's permissions boundary.
    Boundary,
    /// The session policy.
    Session,
    /// Service control policies (principal's organization).
    Scp,
    /// Resource control policies (resource's organization).
    Rcp,
}

impl PolicyType {
    /// Every type, in JSON order.
    pub const ALL: [PolicyType; 6] = [
        PolicyType::Identity,
        PolicyType::Resource,
        PolicyType::Boundary,
        PolicyType::Session,
        PolicyType::Scp,
        PolicyType::Rcp,
    ];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyType::Identity => "identity",
            PolicyType::Resource => "resource",
            PolicyType::Boundary => "boundary",
            PolicyType::Session => "session",
            PolicyType::Scp => "scp",
            PolicyType::Rcp => "rcp",
        }
    }

    /// The localized name.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            PolicyType::Identity => "iam-eval-type-identity",
            PolicyType::Resource => "iam-eval-type-resource",
            PolicyType::Boundary => "iam-eval-type-boundary",
            PolicyType::Session => "iam-eval-type-session",
            PolicyType::Scp => "iam-eval-type-scp",
            PolicyType::Rcp => "iam-eval-type-rcp",
        })
    }
}

/// How one policy type came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeVerdict {
    /// It allowed (for SCPs: every level allowed) and nothing in it denied.
    Allow,
    /// An applicable Deny.
    Deny,
    /// Given, but nothing in it applied (or it does not apply to this request).
    None,
    /// Not given.
    Absent,
}

impl TypeVerdict {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            TypeVerdict::Allow => "allow",
            TypeVerdict::Deny => "deny",
            TypeVerdict::None => "none",
            TypeVerdict::Absent => "absent",
        }
    }
}

/// Everything that takes part in one request.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The principal ARN; `None` uses [`DEFAULT_PRINCIPAL`] and derives no context keys from it.
    pub principal: Option<String>,
    /// The resource's account; `None`: the principal's.
    pub resource_account: Option<String>,
    /// The organization's management account, which SCPs and RCPs never restrict.
    pub management_account: Option<String>,
    /// Identity-based policies.
    pub identity: Vec<Policy>,
    /// The resource-based policy.
    pub resource: Option<Policy>,
    /// The permissions boundary.
    pub boundary: Option<Policy>,
    /// The session policy.
    pub session: Option<Policy>,
    /// SCPs by level, root first.
    pub scp: Vec<Vec<Policy>>,
    /// RCPs by level, root first (`RCPFullAWSAccess` is implied at each).
    pub rcp: Vec<Vec<Policy>>,
    /// The request (its context as given).
    pub request: Request,
}

/// One statement's verdict with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedResult {
    /// The policy type.
    pub ty: PolicyType,
    /// For SCPs and RCPs: the level (0 = root).
    pub level: Option<usize>,
    /// The verdict (`policy` counts within the type).
    pub result: StatementResult,
}

/// The full result.
#[derive(Debug, Clone, PartialEq)]
pub struct Authorization {
    /// The decision.
    pub decision: Decision,
    /// Indexes into `statements` of the statements that decided.
    pub deciding: Vec<usize>,
    /// Every judged statement.
    pub statements: Vec<TypedResult>,
    /// Each policy type's verdict, in [`PolicyType::ALL`] order.
    pub types: Vec<(PolicyType, TypeVerdict)>,
    /// The explanation, in AWS's evaluation order.
    pub steps: Vec<Step>,
    /// The principal used.
    pub principal: Principal,
    /// The resource's account.
    pub resource_account: String,
    /// The request as evaluated (with derived keys).
    pub request: Request,
}

/// Services whose actions RCPs restrict (AWS Organizations User Guide, "List of AWS services that
/// support RCPs"), by action prefix.
pub const RCP_SERVICES: &[&str] =
    &["s3", "sts", "kms", "sqs", "secretsmanager", "cognito-idp", "logs", "dynamodb", "ecr", "aoss"];

fn placement(field: &str, rule: &'static str) -> PolicyError {
    PolicyError::Placement { field: field.to_owned(), rule }
}

fn label(r: &TypedResult) -> String {
    match r.level {
        Some(level) => format!("{} L{level} {}/{}", r.ty.as_str(), r.result.policy, r.result.statement),
        None => format!("{} {}/{}", r.ty.as_str(), r.result.policy, r.result.statement),
    }
}

struct Run {
    statements: Vec<TypedResult>,
    steps: Vec<Step>,
}

impl Run {
    fn judge(
        &mut self,
        ty: PolicyType,
        level: Option<usize>,
        policies: &[&Policy],
        request: &Request,
        principal: &Principal,
        first: usize,
    ) -> Result<(), PolicyError> {
        let results = judge_policies(policies, request, Some(principal), &mut self.steps)?;
        for mut result in results {
            result.policy += first;
            self.statements.push(TypedResult { ty, level, result });
        }
        Ok(())
    }

    fn matching(&self, ty: PolicyType, effect: Effect) -> Vec<usize> {
        (0..self.statements.len())
            .filter(|&i| {
                let r = &self.statements[i];
                r.ty == ty && r.result.applies && r.result.effect == effect
            })
            .collect()
    }

    fn level_allows(&self, ty: PolicyType, level: usize) -> bool {
        self.statements
            .iter()
            .any(|r| r.ty == ty && r.level == Some(level) && r.result.applies && r.result.effect == Effect::Allow)
    }
}

fn validate(inputs: &Inputs, principal: &Principal) -> Result<(), PolicyError> {
    let session_capable =
        matches!(principal.kind, PrincipalKind::RoleSession { .. } | PrincipalKind::FederatedUser { .. });
    if inputs.session.is_some() && !session_capable {
        return Err(placement("--session-policy", "iam-eval-err-session-principal"));
    }
    if principal.kind == PrincipalKind::Root && (inputs.boundary.is_some() || !inputs.identity.is_empty()) {
        return Err(placement("--policy/--boundary", "iam-eval-err-root-policies"));
    }
    if let Some(account) = &inputs.resource_account
        && !(account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(PolicyError::Value {
            field: "--resource-account".into(),
            value: account.clone(),
            expected: "12-digit account ID",
        });
    }
    if let Some(account) = &inputs.management_account
        && !(account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(PolicyError::Value {
            field: "--management-account".into(),
            value: account.clone(),
            expected: "12-digit account ID",
        });
    }
    Ok(())
}

/// Decides the request the way the IAM User Guide's flowchart does.
#[allow(clippy::too_many_lines)] // One function per flowchart keeps AWS's order readable top to bottom.
pub fn authorize(inputs: &Inputs) -> Result<Authorization, PolicyError> {
    let principal = Principal::parse(inputs.principal.as_deref().unwrap_or(DEFAULT_PRINCIPAL))?;
    validate(inputs, &principal)?;
    let resource_account = inputs.resource_account.clone().unwrap_or_else(|| principal.account.clone());
    let same_account = resource_account == principal.account;
    let mut request = inputs.request.clone();
    let mut run = Run { statements: Vec::new(), steps: Vec::new() };
    run.steps.push(Step::fact(
        Msg::new(if same_account { "iam-eval-step-principal-same" } else { "iam-eval-step-principal-cross" })
            .arg("arn", principal.arn.as_str())
            .arg("kind", principal.principal_type())
            .arg("account", principal.account.as_str())
            .arg("resource_account", resource_account.as_str()),
    ));
    if inputs.principal.is_some() {
        let mut added = Vec::new();
        for (key, value) in principal.derived_keys() {
            if request.context.insert_missing(key, &value) {
                added.push(format!("{key}={value}"));
            }
        }
        if request.context.insert_missing("aws:ResourceAccount", &resource_account) {
            added.push(format!("aws:ResourceAccount={resource_account}"));
        }
        run.steps.push(Step::fact(Msg::new("iam-eval-step-derived").arg("keys", added.join(", "))));
    } else {
        run.steps.push(Step::convention(Msg::new("iam-eval-conv-default-principal").arg("arn", DEFAULT_PRINCIPAL)));
    }
    let service = request.action.split(':').next().unwrap_or("").to_ascii_lowercase();
    let slr = principal.is_service_linked();
    let mgmt = inputs.management_account.as_deref();

    // Which organization policies take part at all.
    let scp_applies = !inputs.scp.is_empty() && mgmt != Some(principal.account.as_str()) && !slr;
    let rcp_applies = !inputs.rcp.is_empty()
        && mgmt != Some(resource_account.as_str())
        && !slr
        && RCP_SERVICES.contains(&service.as_str());
    if !inputs.rcp.is_empty() && !rcp_applies {
        let id = if slr {
            "iam-eval-step-rcp-skip-slr"
        } else if mgmt == Some(resource_account.as_str()) {
            "iam-eval-step-rcp-skip-management"
        } else {
            "iam-eval-step-rcp-skip-service"
        };
        run.steps
            .push(Step::fact(Msg::new(id).arg("service", service.as_str()).arg("services", RCP_SERVICES.join(", "))));
    }
    if !inputs.scp.is_empty() && !scp_applies {
        let id = if slr { "iam-eval-step-scp-skip-slr" } else { "iam-eval-step-scp-skip-management" };
        run.steps.push(Step::fact(Msg::new(id)));
    }

    // Judge every statement, policy type by policy type, in AWS's order.
    let header = |run: &mut Run, ty: PolicyType| {
        run.steps.push(Step::fact(Msg::new("iam-eval-step-type").arg("type", ty.msg())));
    };
    for (ty, levels, applies) in
        [(PolicyType::Rcp, &inputs.rcp, rcp_applies), (PolicyType::Scp, &inputs.scp, scp_applies)]
    {
        if !applies {
            continue;
        }
        header(&mut run, ty);
        let mut first = 0;
        for (level, policies) in levels.iter().enumerate() {
            let refs: Vec<&Policy> = policies.iter().collect();
            run.judge(ty, Some(level), &refs, &request, &principal, first)?;
            first += policies.len();
        }
    }
    let singles = [
        (PolicyType::Resource, inputs.resource.iter().collect::<Vec<_>>()),
        (PolicyType::Identity, inputs.identity.iter().collect()),
        (PolicyType::Boundary, inputs.boundary.iter().collect()),
        (PolicyType::Session, inputs.session.iter().collect()),
    ];
    for (ty, refs) in &singles {
        if !refs.is_empty() {
            header(&mut run, *ty);
            run.judge(*ty, None, refs, &request, &principal, 0)?;
        }
    }

    let finish = |run: Run, decision: Decision, deciding: Vec<usize>| {
        let types = PolicyType::ALL
            .iter()
            .map(|&ty| {
                let given = match ty {
                    PolicyType::Identity => !inputs.identity.is_empty(),
                    PolicyType::Resource => inputs.resource.is_some(),
                    PolicyType::Boundary => inputs.boundary.is_some(),
                    PolicyType::Session => inputs.session.is_some(),
                    PolicyType::Scp => !inputs.scp.is_empty(),
                    PolicyType::Rcp => !inputs.rcp.is_empty(),
                };
                let verdict = if !given {
                    TypeVerdict::Absent
                } else if !run.matching(ty, Effect::Deny).is_empty() {
                    TypeVerdict::Deny
                } else {
                    let allows = match ty {
                        PolicyType::Scp => scp_applies && (0..inputs.scp.len()).all(|l| run.level_allows(ty, l)),
                        PolicyType::Rcp => rcp_applies,
                        _ => !run.matching(ty, Effect::Allow).is_empty(),
                    };
                    if allows { TypeVerdict::Allow } else { TypeVerdict::None }
                };
                (ty, verdict)
            })
            .collect();
        Authorization {
            decision,
            deciding,
            statements: run.statements,
            types,
            steps: run.steps,
            principal: principal.clone(),
            resource_account: resource_account.clone(),
            request: request.clone(),
        }
    };
    let names =
        |run: &Run, idx: &[usize]| idx.iter().map(|&i| label(&run.statements[i])).collect::<Vec<_>>().join(", ");
    let implicit = |mut run: Run, msg: Msg| {
        run.steps.push(Step::fact(msg));
        finish(run, Decision::ImplicitDeny, Vec::new())
    };

    // 1. Deny evaluation: an applicable Deny in any policy type ends it.
    let denies: Vec<usize> = (0..run.statements.len())
        .filter(|&i| run.statements[i].result.applies && run.statements[i].result.effect == Effect::Deny)
        .collect();
    if !denies.is_empty() {
        let text = names(&run, &denies);
        run.steps.push(Step::fact(Msg::new("iam-step-final-deny").arg("statements", text).arg("count", denies.len())));
        return Ok(finish(run, Decision::ExplicitDeny, denies));
    }
    run.steps.push(Step::fact(Msg::new("iam-eval-step-no-deny")));

    // 2. RCPs: RCPFullAWSAccess sits at every level, so each level allows; RCPs can only deny.
    if rcp_applies {
        run.steps.push(Step::fact(Msg::new("iam-eval-step-rcp-allows").arg("levels", inputs.rcp.len())));
    }

    // 3. SCPs: every level from the root down to the account must allow.
    if scp_applies {
        for level in 0..inputs.scp.len() {
            if !run.level_allows(PolicyType::Scp, level) {
                return Ok(implicit(run, Msg::new("iam-eval-step-scp-level").arg("level", level)));
            }
        }
        run.steps.push(Step::fact(Msg::new("iam-eval-step-scp-allows").arg("levels", inputs.scp.len())));
    }

    // 4. The resource-based policy.
    let resource_allows = run.matching(PolicyType::Resource, Effect::Allow);
    let mut grant = resource_allows.iter().filter_map(|&i| run.statements[i].result.grant).max();
    let action = request.action.to_ascii_lowercase();
    let kms = request.resource.starts_with("arn:aws:kms:");
    let trust = action.starts_with("sts:assumerole") && request.resource.contains(":role/");
    if kms && inputs.resource.is_none() {
        // Every KMS key has a key policy; the default one lets the key's own account delegate to IAM.
        run.steps.push(Step::convention(Msg::new("iam-eval-conv-default-key-policy")));
        grant = same_account.then_some(Grant::Account);
    }
    if trust && inputs.resource.is_none() {
        return Ok(implicit(run, Msg::new("iam-eval-step-trust-missing")));
    }
    if (kms || trust) && grant.is_none() {
        let id = if kms { "iam-eval-step-kms-required" } else { "iam-eval-step-trust-required" };
        return Ok(implicit(run, Msg::new(id)));
    }
    if !same_account && grant.is_none() {
        return Ok(implicit(run, Msg::new("iam-eval-step-cross-needs-resource")));
    }
    let mut role_grant = false;
    if same_account {
        match grant {
            Some(Grant::Direct) => {
                let text = names(&run, &resource_allows);
                run.steps.push(Step::fact(Msg::new("iam-eval-step-resource-direct").arg("statements", text)));
                return Ok(finish(run, Decision::Allow, resource_allows));
            }
            Some(Grant::Role) => {
                role_grant = true;
                run.steps.push(Step::fact(Msg::new("iam-eval-step-resource-role")));
            }
            Some(Grant::Account) => run.steps.push(Step::fact(Msg::new("iam-eval-step-resource-account"))),
            None if inputs.resource.is_some() => run.steps.push(Step::fact(Msg::new("iam-eval-step-resource-none"))),
            None => {}
        }
    } else {
        run.steps.push(Step::fact(
            Msg::new("iam-eval-step-cross-resource-ok").arg("grant", grant.map_or("-", Grant::as_str)),
        ));
    }

    // 5. Identity-based policies (the root user has full access in its own account).
    let identity_allows = run.matching(PolicyType::Identity, Effect::Allow);
    if principal.kind == PrincipalKind::Root {
        run.steps.push(Step::fact(Msg::new("iam-eval-step-root")));
    } else if identity_allows.is_empty() {
        if !role_grant {
            let id = if same_account { "iam-eval-step-identity-none" } else { "iam-eval-step-cross-needs-identity" };
            return Ok(implicit(run, Msg::new(id)));
        }
        run.steps.push(Step::fact(Msg::new("iam-eval-step-identity-role-grant")));
    } else {
        run.steps.push(Step::fact(
            Msg::new("iam-eval-step-identity-allows").arg("statements", names(&run, &identity_allows)),
        ));
    }

    // 6. The permissions boundary caps what identity policies (and role-ARN grants) give.
    if inputs.boundary.is_some() {
        if run.matching(PolicyType::Boundary, Effect::Allow).is_empty() {
            return Ok(implicit(run, Msg::new("iam-eval-step-boundary-none")));
        }
        run.steps.push(Step::fact(Msg::new("iam-eval-step-boundary-allows")));
    }

    // 7. The session policy caps the session; a federated user without one has no permissions.
    if inputs.session.is_some() {
        if run.matching(PolicyType::Session, Effect::Allow).is_empty() {
            return Ok(implicit(run, Msg::new("iam-eval-step-session-none")));
        }
        run.steps.push(Step::fact(Msg::new("iam-eval-step-session-allows")));
    } else if matches!(principal.kind, PrincipalKind::FederatedUser { .. }) {
        return Ok(implicit(run, Msg::new("iam-eval-step-federated-no-session")));
    }

    let mut deciding = identity_allows;
    if role_grant || !same_account || kms {
        deciding.extend(resource_allows);
    }
    deciding.sort_unstable();
    let text = names(&run, &deciding);
    run.steps.push(Step::fact(Msg::new("iam-step-final-allow").arg("statements", text).arg("count", deciding.len())));
    Ok(finish(run, Decision::Allow, deciding))
}
