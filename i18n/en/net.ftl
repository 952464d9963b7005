# VPC networking: calc subnet, calc reach, networking exercises.
# Placeholders hold CIDRs, addresses, names and rule numbers exactly as the model prints them.

net-convention-label = [model convention]
net-dir-inbound = inbound
net-dir-outbound = outbound
net-leg-request = request
net-leg-response = response

## Reserved address roles
net-role-network = network address
net-role-router = VPC router
net-role-dns = reserved for DNS
net-role-future = reserved for future use
net-role-broadcast = network broadcast address

## calc subnet
net-subnet-normalized = { $input } has host bits set; AWS clears them, so the block is { $cidr }.
net-subnet-size = { $cidr }: netmask { $netmask }, 2^(32 − { $prefix }) = { $total } addresses, { $network } to { $broadcast }.
net-subnet-reserved = Reserved: { $address } ({ $role }).
net-subnet-usable = Usable: { $total } − 5 = { $usable } addresses, { $first } to { $last }.
net-subnet-prefix-out-of-range = A subnet must be /16 to /28; /{ $prefix } is outside that range, so AWS would refuse it.
net-subnet-outside-vpc = { $cidr } is not inside the VPC block { $vpc }.
net-subnet-overlaps = { $cidr } overlaps the existing subnet { $with }.
net-subnet-valid = { $cidr } can be created as a subnet.
net-subnet-invalid = Not a valid subnet: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}.

## calc reach
net-reach-request = Request:
net-reach-response = Response:
net-reach-hop = — hop { $from } → { $to }
net-reach-sg-allow = Security group { $group } of { $instance } ({ $direction }): rule #{ $rule } allows { $packet }.
net-reach-sg-deny = No { $direction } rule in the security groups of { $instance } ({ $groups }) allows { $packet }; security groups only allow, so it is dropped.
net-reach-nacl-allow = Network ACL { $acl } of subnet { $subnet } ({ $direction }): rule { $rule } is the lowest-numbered match and allows { $packet }.
net-reach-nacl-deny = Network ACL { $acl } of subnet { $subnet } ({ $direction }): rule { $rule } is the lowest-numbered match and denies { $packet }.
net-reach-nacl-star = Network ACL { $acl } of subnet { $subnet } ({ $direction }): no numbered rule matches { $packet }, so the final * rule denies it.
net-reach-route-ok = Route table { $table } of subnet { $subnet }: the longest matching route { $route } leads to { $to }.
net-reach-route-none = Route table { $table } of subnet { $subnet } has no route for { $packet }; the packet goes nowhere.
net-reach-route-wrong = Route table { $table } of subnet { $subnet }: the longest matching route is { $route }, which does not lead to { $to }.
net-reach-igw-ok = The VPC has an internet gateway attached.
net-reach-igw-missing = The VPC has no internet gateway attached, so nothing crosses to or from the internet.
net-reach-public-ip-ok = { $resource } has the public address { $address }.
net-reach-public-ip-nat = { $resource } is a NAT gateway, which always has an Elastic IP address.
net-reach-public-ip-missing = { $resource } has no public IPv4 or Elastic IP address, so the internet gateway cannot translate for it.
net-reach-stateful = Security groups are stateful: the response is never checked against them.
net-reach-ephemeral = The reply goes to the client's port { $port }. Linux clients use ephemeral ports { $linux } (AWS's wording; the kernel's own default ends at 60999); NAT gateways and load balancers use { $nat }.
net-reach-nat-port = The NAT gateway keeps the client's source port { $port } (a real one may pick any port in { $nat }, so its subnet's network ACL should allow that whole range).
net-reach-reachable = Reachable: the request and the response both get through.
net-reach-blocked = Not reachable: blocked in the { $leg } at { $step }.

## Errors (exit 2)
net-err-cidr-arg = { $what } "{ $value }" is not an IPv4 CIDR block; write it like 10.0.1.0/24 (prefix 0 to 32)
net-err-read = cannot read the scenario { $path }: { $detail }
net-err-yaml = { $place }: the scenario does not fit the expected form: { $detail }
net-err-scenario = { $place }: { $field }: { $reason }
net-err-prefix = "{ $value }": VPC and subnet blocks must be /16 to /28
net-err-outside-vpc = "{ $value }" is not inside any VPC block
net-err-overlaps = "{ $value }" overlaps { $detail }
net-err-duplicate = the name "{ $value }" is used twice
net-err-unknown = "{ $value }" is not defined; defined: { $detail }
net-err-not-in-subnet = address { $value } is not inside its subnet { $detail }
net-err-reserved = address { $value } is one of the five addresses AWS reserves in the subnet
net-err-address-taken = address { $value } is already used by { $detail }
net-err-sg-remote = a security-group rule needs exactly one of cidr or source_group
net-err-sg-outbound-group = outbound rules take cidr; source_group "{ $value }" is accepted in inbound rules only
net-err-duplicate-rule = rule number { $value } appears twice in the same direction
net-err-endpoint = "{ $value }" is not an instance name or internet:IPv4 (like internet:203.0.113.5)
net-err-same-ends = the flow needs two different ends, at least one of them an instance (got "{ $value }")
net-err-internet-in-vpc = "{ $value }" lies inside the VPC; an internet address must be outside every VPC block
net-err-missing-port = tcp and udp flows need a destination port (port: 80)

## Exercises: parameters
net-ex-param-choice = `{ $name }` must be one of: { $accepted }
net-ex-param-order = `min_prefix` must not be larger than `max_prefix`

## Exercises: labels and context
net-ex-yes = yes
net-ex-no = no
net-ex-public = public subnet
net-ex-private = private subnet
net-ex-allow = allow
net-ex-deny = deny
net-ex-range = { $cidr } spans { $first } to { $last }.
net-ex-overlap-yes = { $a } and { $b } share addresses: one block lies inside the other.
net-ex-overlap-no = { $a } and { $b } share no address.
net-ex-prefix-hosts = { $hosts } instances need a subnet with at least { $hosts } usable addresses; /{ $prefix } gives { $usable } (size − 5), and the next smaller size gives too few.
net-ex-prefix-count = Splitting { $vpc } into { $count } equal subnets takes { $bits } more prefix bits (2^{ $bits } ≥ { $count }): /{ $prefix }.
net-ex-ctx-route = Route: { $route }
net-ex-ctx-nacl = Rule { $rule }: { $protocol } ports { $ports } { $cidr } → { $action }
net-ex-ctx-nacl-dir = Network ACL { $direction } — { $line }
net-ex-ctx-sg = Security group inbound: { $protocol } ports { $ports } from { $cidr }
net-ex-ctx-vpc = VPC 10.0.0.0/16, internet gateway attached: { $igw }
net-ex-ctx-instance = Web server: private address { $private }, public address { $public }
net-ex-why-public = The table sends 0.0.0.0/0 to an internet gateway, which is what makes a subnet public (its instances still need public addresses to use it).
net-ex-why-private = The table has no 0.0.0.0/0 route to an internet gateway, so the subnet is private, whatever other routes it has.
net-ex-clients-linux = The clients are Linux hosts (ephemeral ports { $range }).
net-ex-clients-windows = The clients run Windows Server 2008 or later (ephemeral ports { $range }).
net-ex-clients-nat = The clients sit behind NAT gateways or load balancers (source ports { $range }).
net-ex-no-rule-needed = No outbound rule is needed
net-ex-why-return = Network ACLs are stateless: replies from port { $port } go back to each client's ephemeral port, so an outbound rule must allow the whole range { $range }.
net-ex-ephemeral-convention = This model takes the Linux ephemeral range as { $linux }, AWS's wording; the kernel's own default ends at 60999.
net-ex-blk-sg = the security group
net-ex-blk-nacl = the network ACL
net-ex-blk-route = the route table
net-ex-blk-igw = the internet gateway (none attached)
net-ex-blk-public-ip = the missing public IP address
net-ex-blk-none = nothing: the flow works

## Exercises: misconceptions
net-mis-no-reserved = That is every address in the block ({ $total }); AWS reserves five of them in every subnet.
net-mis-two-reserved = You subtracted only the network and broadcast addresses ({ $total } − 2); AWS reserves five: also the router, DNS and future-use addresses.
net-mis-four-reserved = You subtracted four ({ $total } − 4); AWS reserves five: the first four and the last.
net-mis-reserved-role = { $address } is reserved by AWS as the { $role }, so no instance can have it.
net-mis-overlap-ignored = { $cidr } overlaps the existing subnet { $taken }; subnets of a VPC may not overlap.
net-mis-outside-vpc = { $cidr } lies outside the VPC block { $vpc }; a subnet must fit inside it.
net-mis-too-small = { $cidr } is smaller than /28, the smallest subnet AWS allows.
net-mis-bigger-than-vpc = { $cidr } is larger than the VPC { $vpc } itself, so it cannot fit inside it.
net-mis-bits-rounded-down = You rounded the bits down: { $count } subnets need the next power of two.
net-mis-added-count = You added the number of subnets ({ $count }) to the prefix; each extra bit doubles the number of subnets.
net-mis-prefix-no-reserved = /{ $prefix } would hold that many addresses only if AWS reserved none; it reserves five.
net-mis-prefix-two-reserved = /{ $prefix } works with classic networking (network and broadcast only); AWS reserves five addresses.
net-mis-overlap-missed = They overlap: one of { $a } and { $b } lies entirely inside the other.
net-mis-overlap-imagined = They do not overlap: compare the first and last address of { $a } and { $b }.
net-mis-local-is-internet = The local route only carries traffic inside the VPC; without a route to an internet gateway the subnet is private.
net-mis-nat-makes-public = A route to a NAT gateway gives outbound-only internet access; the subnet stays private. Only a route to an internet gateway makes it public.
net-mis-any-default-route = A 0.0.0.0/0 route makes a subnet public only when its target is an internet gateway; a blackhole route drops the traffic.
net-mis-public-needs-ip = A subnet is public because its route table sends 0.0.0.0/0 to an internet gateway; whether instances have public addresses does not change that.
net-mis-nacl-best-match = Network ACL rules are not picked by the most specific match: they are evaluated from the lowest number up and the first match decides.
net-mis-nacl-default-allow = When no numbered rule matches, the final * rule denies the traffic; nothing is allowed by default in a custom rule list.
net-mis-nacl-deny-wins = A matching deny does not win by itself (that is IAM's rule); in a network ACL the lowest-numbered matching rule decides.
net-mis-nacl-order = Walk the rules in ascending number and stop at the first one that matches protocol, port and address.
net-mis-reply-to-service-port = Replies leave from port { $port } but go to the client's ephemeral port; the outbound rule must allow { $range }.
net-mis-linux-range-only = That is the Linux range; these clients use { $range }.
net-mis-windows-range-only = That range misses part of the clients' ports { $range }.
net-mis-well-known-ports = Clients do not send from well-known ports; their replies go to { $range }.
net-mis-nacl-stateful = Network ACLs are stateless: unlike security groups, they check the reply again, so an outbound rule is needed.
net-mis-blame-sg = The security group allows the request, and security groups are stateful: the reply is never checked against them.
net-mis-blame-nacl = Both network ACL directions let this flow through; check the request and the reply with rule order.
net-mis-blame-route = The route table sends the reply where it needs to go; look at another step.
net-mis-blame-igw = An internet gateway is attached to the VPC.
net-mis-blame-public-ip = The instance has a public IP address.
net-mis-blame-none = Something blocks this flow: walk every check of the request and then of the response.
