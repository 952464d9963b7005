# calc route53 (issue 15)
route53-err-read = Cannot read { $path }: { $detail }
route53-err-yaml = { $place }: not a Route 53 record set file: { $detail } (policy: simple, weighted, failover, latency, geolocation, geoproximity, multivalue or ip; record fields: id, value, healthy, evaluate_target_health, weight, role, region, location, coordinates, bias, cidrs; client: location, continent, ip, latency_ms, coordinates)
route53-err-in-file = { $place }: { $field }: { $reason }
route53-err-empty = a record set needs at least one record
route53-err-duplicate-id = the record ID "{ $id }" is empty or used twice; each record needs its own ID
route53-err-missing = '{ $field }' is required in every record of a { $policy } set
route53-err-value = "{ $value }" is not accepted; accepted: { $accepted }
route53-err-simple-one = a simple record set has exactly one record (put several values in it instead)
route53-err-failover-roles = a failover set has exactly one record with role primary and at most one with role secondary
route53-err-same-region = Route 53 allows only one latency record per Region, and { $value } is used twice
route53-err-same-location = two geolocation records cannot name the same location ({ $value })
route53-err-client = the client needs '{ $field }' for a { $policy } set
route53-step-policy = Routing policy { $policy }, { $count ->
        [one] one record
       *[other] { $count } records
    } with the same name and type.
route53-step-unhealthy = Record { $id } is unhealthy (its health check or alias target fails).
route53-step-eth-off = Record { $id } is an alias with Evaluate Target Health off, so Route 53 treats it as healthy.
route53-step-simple-health = Record { $id } is marked unhealthy, but a simple record is returned regardless: simple routing does not choose by health.
route53-step-simple = A simple record set has one record, so Route 53 always answers with { $id } (all of its values).
route53-step-weight-share = Record { $id }: weight { $weight } of { $total } → { $pct }% of the queries.
route53-step-weight-all-zero = Every weight is 0, so Route 53 routes to the records with equal probability.
route53-step-weight-zero-skip = Records with weight 0 are left out: Route 53 considers them only when every record with a non-zero weight is unhealthy.
route53-step-weight-zero-fallback = Every record with a non-zero weight is unhealthy, so Route 53 now considers the healthy records with weight 0.
route53-step-weight-zero-equal = The healthy weight-0 records share the queries equally (as an all-zero set does).
route53-step-all-unhealthy = No record is healthy, so Route 53 treats all of them as healthy and chooses by the policy alone.
route53-step-primary-healthy = The primary record { $id } is healthy, so Route 53 answers with it, whatever the secondary's health.
route53-step-primary-down = The primary { $primary } is unhealthy and the secondary { $secondary } is healthy: Route 53 answers with the secondary.
route53-step-both-down = The secondary { $secondary } is unhealthy too; when the secondary is unhealthy, Route 53 answers with the primary { $primary } regardless of the primary's health.
route53-step-no-secondary = The primary { $primary } is unhealthy but the set has no secondary, so it is the only record and answers anyway.
route53-step-tie = { $count } records are tied; they share the queries equally.
route53-step-latency = Record { $id } in { $region }: { $ms } ms from this client.
route53-step-latency-pick = Lowest latency among the healthy records: { $id }.
route53-step-geoprox-formula = Distances are great-circle kilometres from the client; a positive bias multiplies a record's distance by (1 − bias/100), a negative bias divides it by (1 + bias/100); Region coordinates are the model's approximations.
route53-step-geoprox = Record { $id }: { $km } km, bias { $bias } → biased distance { $biased } km.
route53-step-geoprox-pick = Closest healthy record after bias: { $id }.
route53-step-mv-all = { $count ->
        [one] One record is
       *[other] { $count } records are
    } in the running (eight or fewer), so every response carries all of them.
route53-step-mv-eight = { $count } records are in the running; each response carries eight of them chosen at random, so each appears in 8 of every { $count } responses.
route53-step-mv-unhealthy = Every record is unhealthy, so Route 53 responds with up to eight unhealthy records.
route53-step-geo-client = The query comes from { $location } (continent { $continent }); the most specific record wins: state or subdivision, then country, then continent, then the default (*).
route53-step-geo-unknown = The client's IP address maps to no location, so only the default record (*) can answer.
route53-step-geo-no-continent = The model does not know this country's continent; give client.continent to let continent records match.
route53-step-geo-match = Most specific matching record: { $id } ({ $location }).
route53-step-geo-next = { $id } is unhealthy, so Route 53 tries the next larger matching location: { $next }.
route53-step-geo-none = No record covers this location and there is no default record (*).
route53-step-ip-match = The client address { $ip } falls in { $cidr }, the longest matching CIDR block: record { $id }.
route53-step-ip-default = The client address { $ip } is in no CIDR block of the collection, so the default location (*) answers: record { $id }.
route53-step-ip-none = The client address { $ip } is in no CIDR block and there is no default (*) record.
route53-step-ip-next = { $id } is unhealthy, so the next matching location answers: { $next }.
route53-step-answer = Answer: { $id } ({ $value }).
route53-step-no-answer = Route 53 answers NOERROR with no records (no answer).
