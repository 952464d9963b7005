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
net-subnet-invalid = Not a valid subnet: { $count } problem(s).

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
