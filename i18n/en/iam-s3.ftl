# IAM policy evaluation (calc iam, iam.* exercises) and S3 versioning / storage classes (calc s3, s3.* exercises).

## IAM: policy errors
iam-err-type = { $field }: expected { $expected }
iam-err-missing = { $field } is missing; every statement needs Effect, Action (or NotAction) and Resource (or NotResource)
iam-err-effect = { $field }: "{ $value }" is not a valid Effect; use Allow or Deny (case-sensitive)
iam-err-both = { $field }: { $first } and { $second } cannot appear in the same statement
iam-err-unknown = { $field } is not an element this model accepts in an identity-based policy (accepted: Version, Id, Statement; Sid, Effect, Action, NotAction, Resource, NotResource, Condition)
iam-err-operator = { $field }: the condition operator { $operator } is not supported; supported: { $supported }
iam-err-value = { $field }: "{ $value }" is not a valid { $expected }
iam-err-context = the request context value { $key }={ $value } cannot be compared: expected { $expected }
iam-err-read = cannot read the policy file { $path }: { $error }
iam-err-json = { $path }:{ $line }:{ $col }: the policy is not valid JSON ({ $error })
iam-err-policy = { $path }: { $detail }
iam-err-context-arg = --context "{ $value }" is not accepted: write KEY=VALUE, e.g. aws:SourceIp=203.0.113.5
iam-err-context-dup = --context { $key } is given twice; give each key once
iam-err-request = --action and --resource must not be empty

## IAM: decisions and explanation
iam-decision-allow = allowed
iam-decision-explicit-deny = explicitly denied
iam-decision-implicit-deny = implicitly denied (no statement allows it)
iam-convention-label = [model convention]
iam-conv-negated-missing = The key { $key } is not in the request context, so { $operator } is taken as true. AWS says a negated operator "can" be true when the key is absent; always treating it as true is the model's convention.
iam-step-applies = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): the action, the resource and every condition match, so this statement applies.
iam-step-action-not-listed = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): no Action pattern matches { $action } (actions ignore case), so it does not apply.
iam-step-action-excluded = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): { $action } matches a NotAction pattern, so it is excluded and the statement does not apply.
iam-step-resource-not-listed = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): no Resource pattern matches { $resource } (resources are case-sensitive; only * and ? are wildcards), so it does not apply.
iam-step-resource-excluded = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): { $resource } matches a NotResource pattern, so it is excluded and the statement does not apply.
iam-step-condition-false = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): the condition { $operator } on { $key } is false, so the statement does not apply (a false condition is not a deny).
iam-step-condition-missing = Policy { $policy }, statement { $statement } (Sid { $sid }, { $effect }): the key { $key } is not in the request context, so { $operator } is false and the statement does not apply.
iam-step-final-deny = An applicable Deny (policy/statement { $statements }) decides: an explicit deny overrides every Allow.
iam-step-final-allow = No applicable Deny, and an applicable Allow (policy/statement { $statements }) grants the request.
iam-step-final-implicit = No statement applies with Allow, so the request is denied by default (implicit deny).
iam-out-request = Request: { $action } on { $resource }
iam-out-policy = Policy { $policy }: { $path } ({ $count ->
    [one] { $count } statement
   *[other] { $count } statements
})
iam-out-context = Context: { $key } = { $value }
iam-out-decision = Decision: { $decision }

## IAM: exercises
iam-ex-statement = Statement { $sid }: { $json }
iam-ex-request = Request: { $action } on { $resource }
iam-ex-context = Request context: { $pairs }
iam-ex-none = None of them (implicit deny)
iam-mis-allow-overrides-deny = You let an Allow win over a Deny. An explicit Deny that applies always wins, whatever Allows there are.
iam-mis-actions-case = You treated the action name as case-sensitive. IAM compares actions ignoring case, so the statement still matches.
iam-mis-resources-case = You treated the resource ARN as case-insensitive. ARNs are compared exactly, so a different case does not match.
iam-mis-dot-wildcard = You treated "." as a wildcard. Only * and ? are wildcards; "." must match a literal dot.
iam-mis-question-mark = You read ? as "any number of characters" or as a literal. In IAM, ? matches exactly one character.
iam-mis-false-condition-denies = You treated a false condition as a deny. A statement whose condition is false simply does not apply.
iam-mis-not-action-denies = You read NotAction (or NotResource) as a deny. It only excludes what it lists; the Effect still says Allow or Deny.
iam-mis-not-excluded = You overlooked that NotAction/NotResource excludes the listed values, so the statement does not cover this request.
iam-mis-default-allow = You assumed a request is allowed unless something denies it. Without an applicable Allow, IAM denies by default.
iam-mis-implicit-is-explicit = You confused the default (implicit) deny with an explicit Deny. Here no Deny statement applies; nothing allowed the request.
iam-mis-deny-not-applicable = You counted a Deny that does not match this request. A Deny only wins when its action, resource and conditions all match.
iam-mis-not-applicable = That statement does not apply to this request (its action, resource or condition does not match), so it cannot decide.
iam-mis-missed-allow = You missed the Allow that matches: its action, resource and conditions all fit the request.

## S3 versioning: explanation
s3-convention-label = [model convention]
s3-err-op = --op "{ $op }" is not accepted; write one of: versioning Enabled|Suspended, put KEY, delete KEY, delete KEY VERSION_ID, get KEY, get KEY VERSION_ID
s3-step-versioning-first = Versioning set to { $to } (it was { $from }). From now on the bucket can never return to Unversioned; existing objects keep the version ID null.
s3-step-versioning = Versioning set to { $to } (it was { $from }). Existing versions stay exactly as they are.
s3-step-put-enabled = PUT { $key }: versioning is Enabled, so a new version { $version } is added on top and becomes current; older versions stay.
s3-step-put-unversioned = PUT { $key }: the bucket is unversioned, so the object is stored with version ID null.
s3-step-put-unversioned-replace = PUT { $key }: the bucket is unversioned, so the new data replaces the existing object (version ID null); the old data is gone.
s3-step-put-suspended = PUT { $key }: versioning is Suspended, so the object gets version ID null and becomes current; other versions stay.
s3-step-put-suspended-replace = PUT { $key }: versioning is Suspended, so the existing null version is replaced by the new null version, which becomes current; other versions stay.
s3-step-delete-unversioned = DELETE { $key }: the bucket is unversioned, so the object is removed for good.
s3-step-delete-unversioned-absent = DELETE { $key }: there is no such object; S3 still answers 204.
s3-step-delete-enabled = DELETE { $key } without a version ID: nothing is erased; a delete marker { $version } is added and becomes current.
s3-step-delete-enabled-again = DELETE { $key } without a version ID: the current version is already a delete marker, and another delete marker { $version } is added.
s3-step-delete-suspended = DELETE { $key } without a version ID while Suspended: a delete marker with version ID null is added and becomes current.
s3-step-delete-suspended-replace = DELETE { $key } without a version ID while Suspended: the null version is removed and a delete marker with version ID null is added in its place.
s3-step-delete-version = DELETE { $key } version { $version }: that version is permanently removed. { $current }
s3-step-delete-version-marker = DELETE { $key } version { $version }: that delete marker is removed. { $current }
s3-current-object = Version { $version } is now current.
s3-current-marker = The delete marker { $version } is now current, so a plain GET still returns 404.
s3-current-none = No versions of the key are left.
s3-conv-delete-missing-version = DELETE { $key } version { $version }: no such version exists. AWS documents no status for this case; the model answers 204 (delete is idempotent) as a convention.
s3-conv-version-id-unversioned = AWS's table lists no DELETE with a version ID for unversioned buckets; the model treats it like a versioned bucket (only "null" can exist).
s3-step-get-none = GET { $key }: the key has no versions, so S3 answers 404 Not Found.
s3-step-get-marker = GET { $key }: the current version is the delete marker { $version }, so S3 answers 404 Not Found with x-amz-delete-marker: true.
s3-step-get-current = GET { $key }: returns the current version { $version } (200).
s3-step-get-version-none = GET { $key } version { $version }: no such version, so S3 answers 404 Not Found.
s3-step-get-version-marker = GET { $key } version { $version }: that version ID is a delete marker, which holds no data, so S3 answers 405 Method Not Allowed with x-amz-delete-marker: true.
s3-step-get-version = GET { $key } version { $version }: returns that version (200), even if it is not current.
s3-out-result = { $n }. { $op } → { $status }{ $version ->
    [none] {""}
   *[other] , version { $version }
}{ $marker ->
    [true] , delete marker
   *[other] {""}
}
s3-out-versioning = Bucket versioning: { $state }
s3-out-empty = The bucket holds no versions.
s3-out-key = Key { $key }: { $count ->
    [one] { $count } version
   *[other] { $count } versions
}, newest first
s3-out-object-latest = { $version } (current)
s3-out-object = { $version }
s3-out-marker-latest = { $version } delete marker (current)
s3-out-marker = { $version } delete marker

## S3 storage classes: explanation
s3-conv-prices = Prices are a model convention: rounded US East (N. Virginia) list prices, used only to rank the classes. The minimum durations come from AWS's documentation.
s3-step-class-excluded = { $class } is left out: { $reason }
s3-why-intelligent = its cost depends on monitoring fees and tier moves the model does not simulate (model convention).
s3-why-restore = its data must be restored before it can be read, and the data must be readable in milliseconds.
s3-why-one-zone = it keeps data in one Availability Zone, and the data must survive the loss of an AZ.
s3-step-class-cost = { $class }: billed for { $days } days (minimum { $min }), plus retrieval fees for { $reads ->
    [one] { $reads } full read
   *[other] { $reads } full reads
}: about { $cost } USD per GB.
s3-step-class-cheapest = The cheapest class that meets the requirements: { $class }.
s3-step-early = { $class } has a minimum storage duration of { $min } days. Deleted after { $stored } days, the object is billed for { $billed } days.

## S3: exercises
s3-ex-ops = Operations, in order: { $ops }
s3-ex-pattern-instant = Reads must return in milliseconds.
s3-ex-pattern-restore = A restore taking hours is acceptable.
s3-ex-pattern-multi-az = The data must survive the loss of an Availability Zone.
s3-ex-pattern-one-az = The data can be re-created, so one Availability Zone is enough.
s3-mis-suspend-deletes = You assumed suspending versioning deletes the old versions. Suspending only changes how new writes are stored; existing versions stay.
s3-mis-delete-removes = You assumed DELETE removes data in a versioned bucket. Without a version ID it only adds a delete marker; the versions stay.
s3-mis-markers-uncounted = You did not count the delete markers. Each delete marker is an entry in the version list, too.
s3-mis-every-put-kept = You kept a new version for every PUT. While the bucket is unversioned or suspended, a PUT replaces the null version instead.
s3-mis-only-latest = You counted only the current version. A versioned bucket keeps every version until it is deleted by version ID.
s3-mis-404-for-405 = You expected 404. A GET that names a delete marker's version ID gets 405 Method Not Allowed.
s3-mis-405-for-404 = You expected 405. A GET without a version ID whose current version is a delete marker gets 404 Not Found.
s3-mis-previous-returned = You expected S3 to return the previous version. A plain GET looks only at the current version; a delete marker there means 404.
s3-mis-version-gone = You assumed the version was erased. Only a DELETE naming that version ID removes it, so a GET by its ID still works.
s3-mis-still-there = You assumed the data was still there, but that request really removed it (or it never existed), so S3 answers 404.
s3-mis-ignored-minimum = You ignored the minimum storage duration. { $class } is billed for at least { $min } days even if the data is deleted sooner.
s3-mis-ignored-retrieval = You compared storage prices only. { $class } charges per GB retrieved, which outweighs its cheaper storage here.
s3-mis-ignored-requirement = { $class } does not meet the requirements: { $reason }
s3-mis-stored-days-only = You counted only the days the object was stored. Deleting before the minimum duration is billed as if it stayed the full { $min } days.
s3-mis-added-minimum = You added the minimum on top of the days stored. The minimum is a floor: the object is billed for { $min } days in total.
s3-mis-other-minimum = You used the wrong class's minimum. { $class } has a minimum of { $min } days.
s3-mis-remaining-only = You gave only the extra days charged after deletion. The question asks for all the days billed.
s3-ex-pattern-days = The data is kept { $days } days, and the whole data set is read { $reads ->
    [one] { $reads } time
   *[other] { $reads } times
} in that period.
s3-mis-marker-has-data = You expected data back. That version ID is a delete marker, which holds no data: S3 answers 405 Method Not Allowed.
s3-mis-405-not-marker = 405 is only for a version ID that names a delete marker; this request does not name one.
s3-mis-more-expensive = { $class } meets the requirements but costs more here once the minimum duration and retrieval fees are counted.
