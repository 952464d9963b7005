# VPC 네트워킹: calc subnet, calc reach, 네트워킹 연습 문제.

net-convention-label = [모델 규칙]
net-dir-inbound = 인바운드
net-dir-outbound = 아웃바운드
net-leg-request = 요청
net-leg-response = 응답

## 예약 주소의 역할
net-role-network = 네트워크 주소
net-role-router = VPC 라우터
net-role-dns = DNS용 예약
net-role-future = 향후 사용을 위한 예약
net-role-broadcast = 네트워크 브로드캐스트 주소

## calc subnet
net-subnet-normalized = { $input } 블록에는 호스트 비트가 설정되어 있습니다. AWS는 이를 0으로 지우므로 블록은 { $cidr } 블록입니다.
net-subnet-size = { $cidr }: 넷마스크 { $netmask }, 2^(32 − { $prefix }) = 주소 { $total }개, 범위 { $network } ~ { $broadcast }.
net-subnet-reserved = 예약됨: { $address } ({ $role }).
net-subnet-usable = 사용 가능: { $total } − 5 = 주소 { $usable }개, 범위 { $first } ~ { $last }.
net-subnet-prefix-out-of-range = 서브넷은 /16에서 /28 사이여야 합니다. /{ $prefix } 크기는 이 범위를 벗어나므로 AWS가 거부합니다.
net-subnet-outside-vpc = { $cidr } 블록은 VPC 블록 { $vpc } 범위 안에 있지 않습니다.
net-subnet-overlaps = { $cidr } 블록은 기존 서브넷 { $with } 블록과 겹칩니다.
net-subnet-valid = { $cidr } 블록으로 서브넷을 만들 수 있습니다.
net-subnet-invalid = 유효한 서브넷이 아닙니다: 문제 { $count }건.

## calc reach
net-reach-request = 요청:
net-reach-response = 응답:
net-reach-hop = — 홉 { $from } → { $to }
net-reach-sg-allow = { $instance } 인스턴스의 보안 그룹 { $group } ({ $direction }): 규칙 #{ $rule } 항목이 { $packet } 트래픽을 허용합니다.
net-reach-sg-deny = { $instance } 인스턴스의 보안 그룹({ $groups })에는 { $packet } 트래픽을 허용하는 { $direction } 규칙이 없습니다. 보안 그룹은 허용 규칙만 있으므로 트래픽이 삭제됩니다.
net-reach-nacl-allow = { $subnet } 서브넷의 네트워크 ACL { $acl } ({ $direction }): 번호가 가장 낮은 일치 규칙 { $rule } 항목이 { $packet } 트래픽을 허용합니다.
net-reach-nacl-deny = { $subnet } 서브넷의 네트워크 ACL { $acl } ({ $direction }): 번호가 가장 낮은 일치 규칙 { $rule } 항목이 { $packet } 트래픽을 거부합니다.
net-reach-nacl-star = { $subnet } 서브넷의 네트워크 ACL { $acl } ({ $direction }): { $packet } 트래픽과 일치하는 번호 규칙이 없으므로 마지막 * 규칙이 거부합니다.
net-reach-route-ok = { $subnet } 서브넷의 라우팅 테이블 { $table }: 가장 길게 일치하는 경로 { $route } 항목이 { $to } 대상으로 보냅니다.
net-reach-route-none = { $subnet } 서브넷의 라우팅 테이블 { $table }에는 { $packet } 트래픽에 맞는 경로가 없어 패킷이 전달되지 않습니다.
net-reach-route-wrong = { $subnet } 서브넷의 라우팅 테이블 { $table }: 가장 길게 일치하는 경로는 { $route } 항목이며, { $to } 대상으로 가지 않습니다.
net-reach-igw-ok = VPC에 인터넷 게이트웨이가 연결되어 있습니다.
net-reach-igw-missing = VPC에 인터넷 게이트웨이가 연결되어 있지 않아 인터넷과 어떤 트래픽도 주고받을 수 없습니다.
net-reach-public-ip-ok = { $resource } 리소스에 퍼블릭 주소 { $address } 주소가 있습니다.
net-reach-public-ip-nat = { $resource } 리소스는 NAT 게이트웨이이며 항상 탄력적 IP 주소를 가집니다.
net-reach-public-ip-missing = { $resource } 리소스에 퍼블릭 IPv4 주소나 탄력적 IP 주소가 없어 인터넷 게이트웨이가 주소를 변환할 수 없습니다.
net-reach-stateful = 보안 그룹은 상태 저장(stateful) 방식이므로 응답 트래픽은 보안 그룹 규칙으로 검사하지 않습니다.
net-reach-ephemeral = 응답은 클라이언트의 포트 { $port }번으로 갑니다. Linux 클라이언트의 임시 포트 범위는 { $linux }입니다(AWS 문서의 표기이며, 커널 기본값은 60999에서 끝납니다). NAT 게이트웨이와 로드 밸런서는 { $nat } 범위를 사용합니다.
net-reach-nat-port = NAT 게이트웨이는 클라이언트의 소스 포트 { $port }번을 그대로 유지합니다(실제 NAT 게이트웨이는 { $nat } 범위의 아무 포트나 사용할 수 있으므로 해당 서브넷의 네트워크 ACL은 이 범위 전체를 허용해야 합니다).
net-reach-reachable = 도달 가능: 요청과 응답이 모두 통과합니다.
net-reach-blocked = 도달 불가: { $leg } 단계의 { $step } 검사에서 차단됩니다.

## 오류 (종료 코드 2)
net-err-cidr-arg = { $what } 값 "{ $value }"은(는) IPv4 CIDR 블록이 아닙니다. 10.0.1.0/24처럼 입력하세요(접두사 0~32).
net-err-read = 시나리오 파일 { $path } 파일을 읽을 수 없습니다: { $detail }
net-err-yaml = { $place }: 시나리오가 예상한 형식과 맞지 않습니다: { $detail }
net-err-scenario = { $place }: { $field }: { $reason }
net-err-prefix = "{ $value }": VPC와 서브넷 블록은 /16에서 /28 사이여야 합니다
net-err-outside-vpc = "{ $value }" 블록이 어떤 VPC 블록 안에도 있지 않습니다
net-err-overlaps = "{ $value }" 블록이 { $detail } 항목과 겹칩니다
net-err-duplicate = 이름 "{ $value }" 항목이 두 번 사용되었습니다
net-err-unknown = "{ $value }" 항목이 정의되어 있지 않습니다. 정의된 항목: { $detail }
net-err-not-in-subnet = 주소 { $value } 주소가 해당 서브넷 { $detail } 범위 안에 있지 않습니다
net-err-reserved = 주소 { $value } 주소는 AWS가 서브넷에서 예약하는 다섯 주소 중 하나입니다
net-err-address-taken = 주소 { $value } 주소는 이미 { $detail } 인스턴스가 사용하고 있습니다
net-err-sg-remote = 보안 그룹 규칙에는 cidr 또는 source_group 중 정확히 하나가 필요합니다
net-err-sg-outbound-group = 아웃바운드 규칙에는 cidr를 씁니다. source_group "{ $value }" 항목은 인바운드 규칙에서만 쓸 수 있습니다
net-err-duplicate-rule = 규칙 번호 { $value }번이 같은 방향에 두 번 있습니다
net-err-endpoint = "{ $value }" 항목은 인스턴스 이름도 internet:IPv4 형식(예: internet:203.0.113.5)도 아닙니다
net-err-same-ends = 흐름에는 서로 다른 두 끝이 필요하며, 적어도 하나는 인스턴스여야 합니다(입력: "{ $value }")
net-err-internet-in-vpc = "{ $value }" 주소가 VPC 안에 있습니다. 인터넷 주소는 모든 VPC 블록 밖에 있어야 합니다
net-err-missing-port = tcp와 udp 흐름에는 대상 포트가 필요합니다(port: 80)
