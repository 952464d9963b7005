# IAM policy evaluation across policy types (calc iam, model::iam::authorize), in AWS's order.

## Errors
iam-eval-err-principal = The principal "{ $value }" is not accepted: give an IAM user (arn:aws:iam::ACCOUNT:user/NAME), a role session (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION), a federated user (arn:aws:sts::ACCOUNT:federated-user/NAME) or the root user (arn:aws:iam::ACCOUNT:root)
iam-eval-err-principal-in-identity = { $field }: identity-based policies, permissions boundaries, session policies and SCPs cannot name a principal; AWS rejects such a policy (the principal is whoever the policy is attached to)
iam-eval-err-principal-missing = { $field }: a resource-based policy must say who it applies to; AWS rejects a statement without Principal or NotPrincipal
iam-eval-err-rcp-principal = { $field }: in an RCP the Principal element must be "*"
iam-eval-err-session-principal = { $field }: session policies exist only for role sessions and federated user sessions; give --principal arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION or …:federated-user/NAME
iam-eval-err-root-policies = { $field }: no identity-based policy or permissions boundary can be attached to the root user

## Policy types
iam-eval-type-identity = identity-based policies
iam-eval-type-resource = resource-based policy
iam-eval-type-boundary = permissions boundary
iam-eval-type-session = session policy
iam-eval-type-scp = service control policies (SCPs)
iam-eval-type-rcp = resource control policies (RCPs)
iam-eval-out-file = { $type }: { $path }

## Steps
iam-eval-step-principal-same = Principal { $arn } ({ $kind }) in account { $account }; the resource is in the same account, so one Allow in an identity-based or a resource-based policy can be enough.
iam-eval-step-principal-cross = Principal { $arn } ({ $kind }) in account { $account }; the resource belongs to account { $resource_account }, so this is a cross-account request: the principal's account and the resource's account must both allow it.
iam-eval-step-derived = Context keys AWS derives from the principal and the resource: { $keys } (keys given with --context take precedence).
iam-eval-conv-default-principal = No --principal given: the model evaluates as { $arn } and derives no context keys (aws:username and the like) from it.
iam-eval-step-type = Now the { $type }:
iam-eval-step-applies-principal = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): the principal is named ({ $grant ->
        [direct] by its own ARN or "*"
        [role] by the ARN of the role behind the session
       *[account] by its account only
    }) and the action, resource and every condition match, so this statement applies.
iam-eval-step-principal-not-named = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): its Principal does not name the caller (or NotPrincipal excludes it), so it does not apply.
iam-eval-step-resource-unresolved = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): a policy variable in Resource has no value in this request and no default, so that Resource entry matches nothing and the statement does not apply.
iam-eval-step-condition-unresolved = The condition { $operator } on { $key } uses a policy variable that has no value and no default, so it cannot match.
iam-eval-conv-multi-without-set = The key { $key } has several values but { $operator } has no ForAllValues/ForAnyValue: the model treats it as "some value matches" (for a negated operator: "no value matches"). AWS asks for a set operator with multivalued keys.
iam-eval-step-no-deny = Deny evaluation: no applicable Deny in any policy type, so evaluation goes on.
iam-eval-step-rcp-allows = RCPs: nothing denies, and the AWS-managed RCPFullAWSAccess is attached at each of the { $levels ->
        [one] { $levels } level
       *[other] { $levels } levels
    }, so RCPs allow. RCPs can only restrict; they never grant.
iam-eval-step-rcp-skip-management = RCPs do not affect resources in the management account, so they are skipped.
iam-eval-step-rcp-skip-slr = The caller is a service-linked role; RCPs do not restrict service-linked roles, so they are skipped.
iam-eval-step-rcp-skip-service = RCPs apply only to the actions of { $services }; { $service } is not one of them, so RCPs are skipped.
iam-eval-step-scp-skip-management = SCPs do not affect principals in the management account, so they are skipped.
iam-eval-step-scp-skip-slr = The caller is a service-linked role; SCPs do not affect service-linked roles, so they are skipped.
iam-eval-step-scp-level = SCPs: no statement at level { $level } allows the action. Every level from the root down to the account must allow, so the request is implicitly denied.
iam-eval-step-scp-allows = SCPs: each of the { $levels ->
        [one] { $levels } level
       *[other] { $levels } levels
    } allows the action. SCPs only set the maximum; they grant nothing themselves.
iam-eval-conv-default-key-policy = No key policy given. Every KMS key has one; the model assumes the default key policy, which lets the key's own account delegate access to IAM policies.
iam-eval-step-kms-required = The KMS key policy does not allow this principal or its account. For KMS, IAM policies count only when the key policy allows the account, so the request is implicitly denied.
iam-eval-step-trust-missing = sts:AssumeRole needs the role's trust policy to allow the caller, and none was given (--resource-policy), so the request is implicitly denied.
iam-eval-step-trust-required = The role's trust policy does not allow this caller. A role trust policy must always allow the principal, so the request is implicitly denied.
iam-eval-step-cross-needs-resource = Cross-account: the resource's account does not allow this principal (no resource-based policy statement names it or its account), so the request is implicitly denied whatever the caller's own policies say.
iam-eval-step-cross-resource-ok = Cross-account: the resource-based policy allows this principal (named { $grant ->
        [direct] directly
        [role] by role ARN
       *[account] through its account
    }). Its own account must still allow it too.
iam-eval-step-resource-direct = Same account: the resource-based policy names the caller itself (user ARN, session ARN or "*") and allows ({ $statements }). That is enough on its own; an implicit deny in the identity-based policies, boundary or session policy does not limit it.
iam-eval-step-resource-role = Same account: the resource-based policy allows the role behind this session by role ARN. No identity-based Allow is needed, but a permissions boundary or session policy still limits it.
iam-eval-step-resource-account = Same account: the resource-based policy names only the account. That delegates to the account's IAM policies, so an identity-based policy must allow.
iam-eval-step-resource-none = The resource-based policy has no applicable Allow for this caller; an identity-based policy must allow.
iam-eval-step-root = The caller is the root user, which has full access in its own account: no identity-based policy is needed.
iam-eval-step-identity-none = No identity-based policy allows the request and no resource-based policy grants it, so it is implicitly denied.
iam-eval-step-cross-needs-identity = Cross-account: the caller's own identity-based policies do not allow the request. Both sides must allow, so it is implicitly denied.
iam-eval-step-identity-role-grant = No identity-based policy allows it, but the same-account resource-based policy granted the role, so evaluation goes on to the boundary and session policy.
iam-eval-step-identity-allows = Identity-based policies allow it ({ $statements }).
iam-eval-step-boundary-none = The permissions boundary does not allow the action. A boundary caps identity-based permissions: both must allow, so the request is implicitly denied.
iam-eval-step-boundary-allows = The permissions boundary also allows the action.
iam-eval-step-session-none = The session policy does not allow the action. A session policy caps the session's permissions, so the request is implicitly denied.
iam-eval-step-session-allows = The session policy also allows the action.
iam-eval-step-federated-no-session = A federated user session created without a session policy has no permissions, so the request is implicitly denied.

## Exercises across policy types
iam-adv-policy = { $type }: { $json }
iam-adv-principal = Caller: { $principal }; the resource belongs to account { $account }.
iam-adv-management = Account { $account } is the organization's management account.
iam-adv-mis-cross-one-side = You took one Allow as enough. Across accounts, the caller's identity-based policy and the resource's policy must both allow.
iam-adv-mis-cross-explicit = You read a missing Allow as an explicit deny. Nothing here says Deny; a side that is silent only leaves an implicit deny.
iam-adv-mis-cross-missed = You missed that both sides allow here: the identity-based policy in the caller's account and the resource policy in the owner's account.
iam-adv-mis-boundary-admin = You let the administrator policy win. A permissions boundary caps identity-based permissions: only what both allow is effective.
iam-adv-mis-boundary-explicit = You read the boundary's silence as an explicit deny. An action outside the boundary is implicitly denied; there is no Deny statement.
iam-adv-mis-boundary-grants = The action is inside the boundary and allowed by the identity-based policy, so both allow it and it is allowed.
iam-adv-mis-scp-admin = You let the IAM administrator policy override the SCP. An SCP Deny applies to every principal of a member account, administrators and root included.
iam-adv-mis-scp-everywhere = You applied the SCP where it does not reach: its condition does not match this Region, or the account is the management account, which SCPs never affect.
iam-adv-mis-scp-implicit = You called an SCP Deny an implicit deny. A Deny statement that applies is an explicit deny, wherever it sits.
iam-adv-mis-session-ignored = You let the role's policy win over the session policy. A session policy caps the session: only what both allow is effective.
iam-adv-mis-session-explicit = You read the session policy's silence as an explicit deny. It only limits; what it leaves out is implicitly denied.
iam-adv-mis-session-grants = The session policy and the role's policy both allow this action, so the session may do it.
iam-adv-mis-home-any = You read ${"{"}aws:username{"}"} as matching anyone. It becomes the caller's own user name, and role sessions have none, so the path must be the caller's folder.
iam-adv-mis-home-explicit = You read a non-matching Resource as an explicit deny. The statement simply does not apply, which leaves an implicit deny.
iam-adv-mis-home-literal = You took the variable literally. With Version 2012-10-17 AWS substitutes the caller's user name, so the caller's own folder matches.
iam-adv-mis-set-swapped = You swapped the set operators. ForAllValues needs every requested value to be listed (and holds when there are none); ForAnyValue needs at least one listed value.
iam-adv-mis-set-explicit = A condition that fails is not a deny. The Allow statement just does not apply, which leaves an implicit deny.
iam-adv-mis-set-empty = You overlooked the set rules: ForAllValues is true when every requested value is listed, even when the request carries none; ForAnyValue is true when one is listed.
iam-adv-mis-notaction-allow-wins = You let the Allow win. A Deny with NotAction denies every action except the listed ones, and a Deny that applies always wins.
iam-adv-mis-notaction-listed = You read NotAction as the list of denied actions. It lists the exceptions: those actions are not denied, so the Allow decides.
iam-adv-mis-notaction-implicit = The Deny statement with NotAction applies to this action, so this is an explicit deny, not just a missing Allow.
iam-adv-mis-same-account-root = Naming the account (its root ARN) in a resource policy only delegates to the account's IAM policies; without an identity-based Allow, the user is denied.
iam-adv-mis-same-account-explicit = Nothing here says Deny. A resource policy that does not name the caller leaves an implicit deny.
iam-adv-mis-same-account-needs-identity = In the same account, a resource policy that names the user's ARN grants access on its own; no identity-based policy is needed.
