# CloudWatch alarms, EC2 Auto Scaling, Elastic Load Balancing, EBS and Lambda (model, calc, exercises).
# X = breaching, 0 = not breaching, - = missing; state and treatment names stay in API spelling.

## Alarm input errors
alarm-err-operator = --operator "{ $value }" is not a comparison operator; accepted: { $accepted }
alarm-err-band-operator = --operator "{ $value }" compares against an anomaly-detection band, which this model does not have; accepted: { $accepted }
alarm-err-treatment = --treat-missing-data "{ $value }" is unknown; accepted: { $accepted }
alarm-err-state = --current-state "{ $value }" is unknown; accepted: OK, ALARM, INSUFFICIENT_DATA
alarm-err-zero-periods = --evaluation-periods must be at least 1
alarm-err-datapoints = --datapoints-to-alarm { $m } must be from 1 to --evaluation-periods ({ $n })
alarm-err-period = --period { $period } is not accepted: use 10, 20, 30 or a multiple of 60 seconds
alarm-err-too-long = --period × --evaluation-periods is { $total } s, over the limit of { $limit } s (1 day when the period is under an hour, else 7 days)
alarm-err-point = --points: "{ $value }" is not a number or - (write points oldest first, e.g. "0,-,80,-,90")
alarm-err-no-points = --points is empty; give at least one value or -, oldest first, e.g. "0,-,80,-,90"
alarm-label-convention = [model convention]

## Alarm explanation
alarm-step-classify = Data points, oldest to newest: { $marks } (X breaches { $operator } { $threshold }, 0 does not, - is missing).
alarm-step-range = Evaluation range: the newest { $size } periods ({ $marks }). AWS shows 5 points for N = 3; N + 2 for N = { $n } is a model convention, and periods before the first given point count as missing.
alarm-step-enough = The range holds { $real } real data points, at least N = { $n }: the newest { $n } ({ $used }) decide, and { $breaching } of them breach against M = { $m }. The missing-data treatment plays no part.
alarm-step-all-missing = Every period in the range is missing; with treat-missing-data { $treatment } the alarm goes to { $state }.
alarm-step-all-missing-retain = Every period in the range is missing; with treat-missing-data { $treatment } the alarm keeps its current state ({ $state }).
alarm-step-fill = Only { $real } real points, fewer than N = { $n }: { $filled ->
    [one] { $filled } missing point
   *[other] { $filled } missing points
} are filled as { $treatment }, every real point is kept, so { $breaching } breach against M = { $m }.
alarm-step-few = Only { $real } real points, fewer than N = { $n }, under treat-missing-data { $treatment }: AWS documents this case only by example.
alarm-step-conv-enough = Model convention: every real point breaches and there are { $breaching } of them, at least M = { $m }, so the alarm goes to ALARM.
alarm-step-conv-ok = Model convention: a real point in the range does not breach, so the alarm goes to OK.
alarm-step-conv-retain = Model convention: every real point breaches, but only { $breaching } (fewer than M = { $m }); under ignore the alarm keeps its current state ({ $state }).
alarm-step-premature = Premature-alarm rule: the oldest breaching point among the last N periods is { $age } periods old (at least M = { $m }) and every newer point breaches or is missing, so the alarm goes to ALARM.
alarm-step-premature-no = Model convention: the premature-alarm rule does not fire (the oldest breaching point in the last N periods is { $age } periods old, fewer than M = { $m }), so the alarm goes to OK.
alarm-step-premature-none = Model convention: no breaching point lies within the last { $n } periods, so the premature-alarm rule cannot fire and the alarm goes to OK.
alarm-step-result = New state: { $state }.

## Auto Scaling input errors
asg-err-min-max = --min { $min } is greater than --max { $max }; the minimum must not exceed the maximum
asg-err-desired = desired capacity { $desired } is outside [--min { $min }, --max { $max }]; change the limits first (AWS rejects it)
asg-err-type = --adjustment-type "{ $value }" is unknown; accepted: { $accepted }
asg-err-not-whole = --adjustment { $value } must be a whole number for this adjustment type
asg-err-negative-exact = --adjustment { $value } cannot set a negative ExactCapacity
asg-err-magnitude = --min-adjustment-magnitude applies only to --adjustment-type PercentChangeInCapacity
asg-err-target = --target-value { $value } must be a number greater than 0
asg-err-metric = --metric { $value } must be a number of 0 or more
asg-err-steps = step adjustments are invalid ({ $code }): steps must not overlap or leave gaps, at most one may have no lower bound and at most one no upper bound
asg-err-policy = give either --adjustment-type with --adjustment, or --target-value with --metric
asg-label-convention = [model convention]

## Auto Scaling explanation
asg-step-start = The group starts at desired capacity { $desired }, with min { $min } and max { $max }.
asg-step-change = ChangeInCapacity adds { $n }.
asg-step-exact = ExactCapacity sets the desired capacity to { $n }.
asg-step-percent = PercentChangeInCapacity: { $current } × { $percent } % = { $raw }; { $rule } → change { $change }.
asg-round-down = above 1, AWS rounds down
asg-round-up-one = between 0 and 1, AWS uses 1
asg-round-toward-zero = below −1, AWS rounds toward zero
asg-round-minus-one = between −1 and 0, AWS uses −1
asg-round-zero = no change
asg-step-magnitude = MinAdjustmentMagnitude { $k } raises the change to { $change }.
asg-step-magnitude-ok = The change already meets MinAdjustmentMagnitude { $k }.
asg-step-target = Model convention (AWS publishes no formula): desired = ceil({ $current } × { $metric } / { $target }) = ceil({ $exact }) = { $wanted }.
asg-step-within = { $value } lies within [{ $min }, { $max }].
asg-step-clamp-max = { $value } is above the maximum, so the policy's result is capped at { $max }.
asg-step-clamp-min = { $value } is below the minimum, so the policy's result is capped at { $min }.
asg-step-result = New desired capacity: { $desired }.
asg-fact-cooldown = The cooldown (default 300 s) applies to simple scaling policies only; it starts when the last launch or termination completes.
asg-fact-warmup = Instances still warming up are left out of the group's metrics but count toward desired capacity for the next scale-out; scale-in waits until warm-up ends.
asg-fact-largest-wins = When several policies fire at once, the one that yields the largest capacity wins, for scale-out and scale-in alike.
asg-fact-target-multi = With several target-tracking policies, the group scales out if any calls for it and scales in only if all do.
asg-fact-insufficient-data = While the metric is in INSUFFICIENT_DATA, target tracking does not scale.

## Load balancer input errors
elb-err-type = --type "{ $value }" is unknown; accepted: alb, nlb, gwlb, clb
elb-err-health = target state "{ $value }" is unknown; accepted: initial, healthy, unhealthy
elb-err-threshold = threshold { $value } is outside the accepted range 2–10
elb-err-check = check result "{ $value }" is unknown; accepted: ok, fail
elb-err-target = --target "{ $value }" is malformed; write NAME:healthy=ok,fail,… (state initial, healthy or unhealthy; no state = initial)
elb-err-duplicate = --target "{ $value }" is given twice; each target name must be unique
elb-err-no-targets = give at least one --target NAME:healthy=ok,fail,…
elb-label-convention = [model convention]

## Load balancer explanation
elb-step-thresholds = { $type }: a target turns healthy after { $healthy } consecutive successful checks and unhealthy after { $unhealthy } consecutive failed checks.
elb-step-target = { $name }: starts { $start }, checks { $checks } → { $final }.
elb-step-route-healthy = Requests go only to healthy targets: { $names }.
elb-step-none-routable = No target is healthy and not all are unhealthy (some are still in initial), so no target receives requests.
elb-step-fail-open-alb = Every target is unhealthy: the Application Load Balancer fails open and routes requests to all of them.
elb-step-fail-open-nlb = Every target is unhealthy: the Network Load Balancer fails open and sends traffic to all targets.
elb-step-one-az = Model convention: all targets are treated as one enabled Availability Zone (an AZ with no healthy target is removed from DNS).
elb-step-fail-open-gwlb = Every target is unhealthy: the Gateway Load Balancer picks a target at random for each flow, and that traffic is dropped.
elb-step-clb-no-fail-open = Model convention: AWS's rules used here give no fail-open behaviour for the Classic Load Balancer, so no target receives requests.
elb-need-content-routing = route requests to different target groups by URL path or host name
elb-need-lambda = send HTTP requests to AWS Lambda functions as targets
elb-need-grpc = serve gRPC and WebSocket traffic
elb-need-static-ip = give clients one static IP address per Availability Zone to allow-list
elb-need-udp = balance UDP traffic (e.g. a game server or DNS)
elb-need-appliances = insert third-party firewall appliances inline using GENEVE
elb-need-layer3 = operate at OSI layer 3 (network layer) for appliance traffic
elb-need-layer7 = make decisions on HTTP content at OSI layer 7 (current generation)
elb-need-layer4 = balance TCP connections at OSI layer 4 (current generation)
elb-need-direct = register EC2 instances directly with the load balancer, without target groups
elb-need-cross-zone = have cross-zone load balancing on by default

## EBS
ebs-step-gp2-floor = 3 IOPS/GiB × { $size } GiB = { $raw }, below the 100 IOPS floor, so the baseline is { $baseline } IOPS.
ebs-step-gp2-linear = 3 IOPS/GiB × { $size } GiB = { $raw }, within 100–16,000, so the baseline is { $baseline } IOPS.
ebs-step-gp2-cap = 3 IOPS/GiB × { $size } GiB = { $raw }, above the 16,000 IOPS cap, so the baseline is { $baseline } IOPS.

## Lambda
lambda-step-billed = A run of { $duration } ms is billed rounded up to the next 1 ms, with no minimum: { $billed } ms.
lambda-step-gb-seconds = GB-seconds = { $memory } MB / 1024 × { $billed } ms / 1000 = { $gbs }.

## Exercises: context and misconceptions
alarm-ctx-legend = Points are listed oldest first; "-" is a period with no data. The evaluation range is the newest N + 2 periods (a model convention; AWS's example uses 5 for N = 3).
alarm-mis-consecutive = You required the M breaching points to be consecutive; they only have to fall within the last N evaluation periods.
alarm-mis-missing-breaching = You counted missing periods as breaching; that happens only with treat-missing-data breaching.
alarm-mis-all-n = You required every one of the N points to breach; only M of N have to.
alarm-mis-insufficient = INSUFFICIENT_DATA needs every period of the range to be missing under the missing treatment; here the rules decide otherwise.
alarm-mis-other = { $state } does not follow from the rules: check how many real points the range holds, then the treatment and M.
asg-mis-no-clamp = You left the result outside the limits; a policy's result is always capped to [{ $min }, { $max }].
asg-mis-round-nearest = You rounded the percentage change to the nearest whole number; AWS rounds down above 1, toward zero below −1, and uses ±1 between −1 and 1.
asg-mis-floor = You rounded a negative change down (away from zero); below −1 AWS rounds toward zero, and between −1 and 0 it uses −1.
asg-mis-ceil = You rounded the change up; above 1 AWS rounds down.
asg-mis-trunc-small = You dropped a change smaller than one instance; between −1 and 1 AWS still changes by 1 (or −1).
asg-mis-exact-as-change = You added the number to the current capacity; ExactCapacity sets the desired capacity to it.
elb-mis-single-check = One check does not change a target's state: it takes the threshold's number of consecutive results.
elb-mis-cumulative = You added up results that were not consecutive; a result of the other kind starts the count again.
elb-mis-other = { $state } does not follow: walk through the checks and count only unbroken runs against the thresholds.
elb-mis-alb = An Application Load Balancer works at layer 7 with HTTP and HTTPS; it offers no static IP per AZ, no UDP and no GENEVE appliances.
elb-mis-nlb = A Network Load Balancer works at layer 4 (TCP, TLS, UDP); it cannot see HTTP paths or hosts and cannot invoke Lambda functions.
elb-mis-gwlb = A Gateway Load Balancer is for inline virtual appliances over GENEVE at layer 3, not for serving application traffic.
elb-mis-clb = The Classic Load Balancer is the previous generation; pick a current-generation type that offers the feature.
elb-explain-type = { $type }: layer { $layers }, protocols { $protocols }.
ebs-mis-no-floor = You forgot the floor: a gp2 volume gets at least 100 IOPS, however small.
ebs-mis-no-cap = You forgot the cap: gp2 baseline IOPS stop at 16,000 (reached at 5,334 GiB).
ebs-mis-burst = 3,000 IOPS is gp2's burst level for volumes under 1 TiB, not its baseline.
ebs-mis-gp3 = 3,000 IOPS at any size is gp3's baseline; gp2 scales with size.
lambda-mis-100ms = You used the old rule (rounded up to 100 ms); since December 2020 Lambda bills in 1-ms steps.
lambda-mis-floor = You rounded down; the billed duration is rounded up to the next millisecond.
lambda-mis-nearest = You rounded to the nearest millisecond; Lambda always rounds up.
lambda-mis-1000 = You divided the memory by 1000; GB-seconds use memory MB / 1024.
lambda-mis-ms-as-s = You used milliseconds as seconds; divide the billed milliseconds by 1000.
