//! Who makes the request, and how a resource-based policy's `Principal` / `NotPrincipal` names
//! them (IAM User Guide, "AWS JSON policy elements: Principal" and "`NotPrincipal`").

use super::PolicyError;

/// The kind of principal a request comes from, read from its ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalKind {
    /// `arn:aws:iam::ACCOUNT:user/[path/]NAME`.
    User {
        /// The user name (last path segment).
        name: String,
    },
    /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
    RoleSession {
        /// The role name.
        role: String,
        /// The session name.
        session: String,
    },
    /// `arn:aws:sts::ACCOUNT:federated-user/NAME` (a `GetFederationToken` session).
    FederatedUser {
        /// The name given to `GetFederationToken`.
        name: String,
    },
    /// `arn:aws:iam::ACCOUNT:root`.
    Root,
}

/// A request principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The ARN as given.
    pub arn: String,
    /// The 12-digit account.
    pub account: String,
    /// What it is.
    pub kind: PrincipalKind,
}

/// The default principal of `calc iam`.
pub const DEFAULT_PRINCIPAL: &str = "arn:aws:iam::123456789012:user/alice";

fn is_account(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

impl Principal {
    /// Reads a principal ARN; the error names the accepted forms.
    pub fn parse(arn: &str) -> Result<Principal, PolicyError> {
        let bad = || PolicyError::Principal { value: arn.to_owned() };
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let [prefix, partition, service, region, account, resource] = parts[..] else {
            return Err(bad());
        };
        if prefix != "arn" || partition.is_empty() || !region.is_empty() || !is_account(account) {
            return Err(bad());
        }
        let kind = match (service, resource.split('/').collect::<Vec<_>>().as_slice()) {
            ("iam", ["root"]) => PrincipalKind::Root,
            ("iam", ["user", .., name]) if !name.is_empty() => PrincipalKind::User { name: (*name).to_owned() },
            ("sts", ["assumed-role", role, session]) if !role.is_empty() && !session.is_empty() => {
                PrincipalKind::RoleSession { role: (*role).to_owned(), session: (*session).to_owned() }
            }
            ("sts", ["federated-user", name]) if !name.is_empty() => {
                PrincipalKind::FederatedUser { name: (*name).to_owned() }
            }
            _ => return Err(bad()),
        };
        Ok(Principal { arn: arn.to_owned(), account: account.to_owned(), kind })
    }

    /// The ARN of the role behind a role session (`aws:PrincipalArn` for a session).
    pub fn role_arn(&self) -> Option<String> {
        match &self.kind {
            PrincipalKind::RoleSession { role, .. } => Some(format!("arn:aws:iam::{}:role/{role}", self.account)),
            _ => None,
        }
    }

    /// Service-linked roles are named `AWSServiceRoleFor…` (SCPs and RCPs do not restrict them).
    pub fn is_service_linked(&self) -> bool {
        matches!(&self.kind, PrincipalKind::RoleSession { role, .. } if role.starts_with("AWSServiceRoleFor"))
    }

    /// `aws:PrincipalType` as AWS reports it.
    pub fn principal_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::User { .. } => "User",
            PrincipalKind::RoleSession { .. } => "AssumedRole",
            PrincipalKind::FederatedUser { .. } => "FederatedUser",
            PrincipalKind::Root => "Account",
        }
    }

    /// The global keys AWS derives from the principal: `aws:PrincipalAccount`, `aws:PrincipalArn`,
    /// `aws:PrincipalType`, and `aws:username` for IAM users only.
    pub fn derived_keys(&self) -> Vec<(&'static str, String)> {
        let mut keys = vec![
            ("aws:PrincipalAccount", self.account.clone()),
            ("aws:PrincipalArn", self.role_arn().unwrap_or_else(|| self.arn.clone())),
            ("aws:PrincipalType", self.principal_type().to_owned()),
        ];
        if let PrincipalKind::User { name } = &self.kind {
            keys.push(("aws:username", name.clone()));
        }
        keys
    }
}

/// How strongly a resource-based policy statement names the request's principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grant {
    /// The account (12-digit ID or `:root`): delegation to the account's own IAM policies.
    Account,
    /// The role ARN behind a role session.
    Role,
    /// The principal itself: the user ARN, the session ARN, or `*`.
    Direct,
}

impl Grant {
    /// As written in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Grant::Account => "account",
            Grant::Role => "role",
            Grant::Direct => "direct",
        }
    }
}

/// A `Principal` or `NotPrincipal` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipalSpec {
    /// `NotPrincipal`.
    pub negated: bool,
    /// `"*"` or `{"AWS": "*"}`.
    pub any: bool,
    /// `AWS` values (account IDs and ARNs).
    pub aws: Vec<String>,
    /// `Service`, `Federated`, `CanonicalUser` values: never an IAM principal in this model.
    pub other: Vec<String>,
}

impl PrincipalSpec {
    /// Reads the element; partial wildcards are refused, as AWS refuses them.
    pub fn parse(value: &serde_json::Value, field: &str, negated: bool) -> Result<PrincipalSpec, PolicyError> {
        let mut spec = PrincipalSpec { negated, any: false, aws: Vec::new(), other: Vec::new() };
        let strings = |v: &serde_json::Value, f: &str| -> Result<Vec<String>, PolicyError> {
            let err = || PolicyError::Type { field: f.to_owned(), expected: "string | [string, ...]" };
            match v {
                serde_json::Value::String(s) => Ok(vec![s.clone()]),
                serde_json::Value::Array(list) if !list.is_empty() => {
                    list.iter().map(|x| x.as_str().map(str::to_owned).ok_or_else(err)).collect()
                }
                _ => Err(err()),
            }
        };
        match value {
            serde_json::Value::String(s) if s == "*" => spec.any = true,
            serde_json::Value::Object(map) if !map.is_empty() => {
                for (kind, v) in map {
                    let f = format!("{field}.{kind}");
                    let values = strings(v, &f)?;
                    match kind.as_str() {
                        "AWS" => {
                            for value in values {
                                if value == "*" {
                                    spec.any = true;
                                } else if value.contains('*') || value.contains('?') {
                                    return Err(PolicyError::Value {
                                        field: f.clone(),
                                        value,
                                        expected: "account ID or principal ARN without wildcards (only \"*\" alone)",
                                    });
                                } else {
                                    spec.aws.push(value);
                                }
                            }
                        }
                        "Service" | "Federated" | "CanonicalUser" => spec.other.extend(values),
                        _ => return Err(PolicyError::Unknown { field: f }),
                    }
                }
            }
            _ => {
                return Err(PolicyError::Type { field: field.to_owned(), expected: "\"*\" | {\"AWS\": ...}" });
            }
        }
        Ok(spec)
    }

    /// The strongest way one listed value names `p` (ignoring negation).
    fn best_match(&self, p: &Principal) -> Option<Grant> {
        if self.any {
            return Some(Grant::Direct);
        }
        let root = format!("arn:aws:iam::{}:root", p.account);
        let mut best = None;
        for value in &self.aws {
            let grant = if *value == p.account || *value == root {
                // For the root user, naming the account names the principal itself.
                Some(if p.kind == PrincipalKind::Root { Grant::Direct } else { Grant::Account })
            } else if *value == p.arn {
                Some(Grant::Direct)
            } else if let PrincipalKind::RoleSession { role, .. } = &p.kind {
                let prefix = format!("arn:aws:iam::{}:role/", p.account);
                value
                    .strip_prefix(&prefix)
                    .filter(|rest| rest.rsplit('/').next() == Some(role.as_str()))
                    .map(|_| Grant::Role)
            } else {
                None
            };
            best = best.max(grant);
        }
        best
    }

    /// Whether the statement covers `p`, and how. `NotPrincipal` excludes a principal only when
    /// both the principal (or its role) and its account are listed, as the guide requires.
    pub fn covers(&self, p: &Principal) -> Option<Grant> {
        if !self.negated {
            return self.best_match(p);
        }
        if self.any {
            return None;
        }
        let root = format!("arn:aws:iam::{}:root", p.account);
        let account_listed = self.aws.iter().any(|v| *v == p.account || *v == root);
        let entity_listed = match p.kind {
            PrincipalKind::Root => true,
            _ => matches!(self.best_match(p), Some(Grant::Direct | Grant::Role)),
        };
        if account_listed && entity_listed { None } else { Some(Grant::Direct) }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn parses_every_principal_form() {
        let u = Principal::parse("arn:aws:iam::111122223333:user/dev/alice").expect("user");
        assert_eq!(u.kind, PrincipalKind::User { name: "alice".into() });
        let s = Principal::parse("arn:aws:sts::111122223333:assumed-role/Admin/bob").expect("session");
        assert_eq!(s.role_arn().as_deref(), Some("arn:aws:iam::111122223333:role/Admin"));
        assert!(Principal::parse("arn:aws:iam::111122223333:root").is_ok());
        assert!(Principal::parse("arn:aws:sts::111122223333:federated-user/carol").is_ok());
        assert!(Principal::parse("arn:aws:iam::1234:user/x").is_err());
        assert!(Principal::parse("arn:aws:iam::111122223333:role/Admin").is_err(), "a role itself never calls");
        assert!(Principal::parse("alice").is_err());
    }

    #[test]
    fn grant_strength() {
        let s = Principal::parse("arn:aws:sts::111122223333:assumed-role/Admin/bob").expect("session");
        let spec = |v: serde_json::Value| PrincipalSpec::parse(&v, "P", false).expect("spec");
        assert_eq!(spec(json!({"AWS": "111122223333"})).covers(&s), Some(Grant::Account));
        assert_eq!(spec(json!({"AWS": "arn:aws:iam::111122223333:role/team/Admin"})).covers(&s), Some(Grant::Role));
        assert_eq!(spec(json!({"AWS": s.arn.clone()})).covers(&s), Some(Grant::Direct));
        assert_eq!(spec(json!({"AWS": "444455556666"})).covers(&s), None);
        assert_eq!(spec(json!({"Service": "ec2.amazonaws.com"})).covers(&s), None);
        assert!(PrincipalSpec::parse(&json!({"AWS": "arn:aws:iam::*:root"}), "P", false).is_err());
    }

    #[test]
    fn not_principal_needs_entity_and_account() {
        let u = Principal::parse("arn:aws:iam::111122223333:user/alice").expect("user");
        let not = |v: serde_json::Value| PrincipalSpec::parse(&v, "P", true).expect("spec");
        assert_eq!(not(json!({"AWS": [u.arn.clone()]})).covers(&u), Some(Grant::Direct));
        assert_eq!(not(json!({"AWS": [u.arn.clone(), "arn:aws:iam::111122223333:root"]})).covers(&u), None);
    }
}
