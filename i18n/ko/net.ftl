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
net-reach-ephemeral = 응답은 클라이언트의 포트 { $port }번으로 갑니다. Linux 클라이언트의 임시 포트 범위는 { $linux } 범위입니다(AWS 문서의 표기이며, 커널 기본값은 60999에서 끝납니다). NAT 게이트웨이와 로드 밸런서는 { $nat } 범위를 사용합니다.
net-reach-nat-port = NAT 게이트웨이는 클라이언트의 소스 포트 { $port }번을 그대로 유지합니다(실제 NAT 게이트웨이는 { $nat } 범위의 아무 포트나 사용할 수 있으므로 해당 서브넷의 네트워크 ACL은 이 범위 전체를 허용해야 합니다).
net-reach-reachable = 도달 가능: 요청과 응답이 모두 통과합니다.
net-reach-blocked = 도달 불가: { $leg } 단계의 { $step } 검사에서 차단됩니다.

## 오류 (종료 코드 2)
net-err-cidr-arg = { $what } 값 "{ $value }": IPv4 CIDR 블록이 아닙니다. 10.0.1.0/24처럼 입력하세요(접두사 0~32).
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

## 연습 문제: 매개변수
net-ex-param-choice = `{ $name }` 값은 다음 중 하나여야 합니다: { $accepted }
net-ex-param-order = `min_prefix` 값이 `max_prefix` 값보다 크면 안 됩니다

## 연습 문제: 레이블과 상황
net-ex-yes = 예
net-ex-no = 아니요
net-ex-public = 퍼블릭 서브넷
net-ex-private = 프라이빗 서브넷
net-ex-allow = 허용
net-ex-deny = 거부
net-ex-range = { $cidr } 블록의 범위는 { $first } ~ { $last }입니다.
net-ex-overlap-yes = { $a } 블록과 { $b } 블록은 주소를 공유합니다. 한 블록이 다른 블록 안에 들어 있습니다.
net-ex-overlap-no = { $a } 블록과 { $b } 블록은 공유하는 주소가 없습니다.
net-ex-prefix-hosts = 인스턴스 { $hosts }개에는 사용 가능한 주소가 { $hosts }개 이상인 서브넷이 필요합니다. /{ $prefix } 크기는 { $usable }개(크기 − 5)를 제공하며, 한 단계 작은 크기로는 부족합니다.
net-ex-prefix-count = { $vpc } 블록을 같은 크기의 서브넷 { $count }개로 나누려면 접두사 비트가 { $bits }개 더 필요합니다(2^{ $bits } ≥ { $count }): /{ $prefix }.
net-ex-ctx-route = 경로: { $route }
net-ex-ctx-nacl = 규칙 { $rule }: { $protocol } 포트 { $ports } { $cidr } → { $action }
net-ex-ctx-nacl-dir = 네트워크 ACL { $direction } — { $line }
net-ex-ctx-sg = 보안 그룹 인바운드: { $protocol } 포트 { $ports }, 소스 { $cidr }
net-ex-ctx-vpc = VPC 10.0.0.0/16, 인터넷 게이트웨이 연결 여부: { $igw }
net-ex-ctx-instance = 웹 서버: 프라이빗 주소 { $private }, 퍼블릭 주소 { $public }
net-ex-why-public = 라우팅 테이블이 0.0.0.0/0 트래픽을 인터넷 게이트웨이로 보내므로 퍼블릭 서브넷입니다(인스턴스가 이를 쓰려면 퍼블릭 주소도 필요합니다).
net-ex-why-private = 라우팅 테이블에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없으므로, 다른 경로가 무엇이든 프라이빗 서브넷입니다.
net-ex-clients-linux = 클라이언트는 Linux 호스트입니다(임시 포트 { $range }).
net-ex-clients-windows = 클라이언트는 Windows Server 2008 이상입니다(임시 포트 { $range }).
net-ex-clients-nat = 클라이언트는 NAT 게이트웨이나 로드 밸런서 뒤에 있습니다(소스 포트 { $range }).
net-ex-no-rule-needed = 아웃바운드 규칙이 필요 없습니다
net-ex-why-return = 네트워크 ACL은 상태 비저장(stateless) 방식입니다. 포트 { $port }번의 응답은 각 클라이언트의 임시 포트로 돌아가므로 아웃바운드 규칙이 { $range } 범위 전체를 허용해야 합니다.
net-ex-ephemeral-convention = 이 모델은 Linux 임시 포트 범위를 AWS 문서의 표기대로 { $linux } 범위로 봅니다. 커널 자체의 기본값은 60999에서 끝납니다.
net-ex-blk-sg = 보안 그룹
net-ex-blk-nacl = 네트워크 ACL
net-ex-blk-route = 라우팅 테이블
net-ex-blk-igw = 인터넷 게이트웨이(연결되지 않음)
net-ex-blk-public-ip = 퍼블릭 IP 주소 없음
net-ex-blk-none = 없음: 흐름이 정상 동작함

## 연습 문제: 오개념
net-mis-no-reserved = 블록의 전체 주소 수({ $total }개)입니다. AWS는 모든 서브넷에서 주소 다섯 개를 예약합니다.
net-mis-two-reserved = 네트워크 주소와 브로드캐스트 주소만 뺐습니다({ $total } − 2). AWS는 라우터, DNS, 향후 사용 주소까지 모두 다섯 개를 예약합니다.
net-mis-four-reserved = 네 개만 뺐습니다({ $total } − 4). AWS는 처음 네 개와 마지막 한 개, 모두 다섯 개를 예약합니다.
net-mis-reserved-role = { $address } 주소는 AWS가 { $role } 용도로 예약하므로 어떤 인스턴스도 쓸 수 없습니다.
net-mis-overlap-ignored = { $cidr } 블록은 기존 서브넷 { $taken } 블록과 겹칩니다. VPC의 서브넷끼리는 겹칠 수 없습니다.
net-mis-outside-vpc = { $cidr } 블록은 VPC 블록 { $vpc } 범위 밖에 있습니다. 서브넷은 VPC 안에 들어가야 합니다.
net-mis-too-small = { $cidr } 블록은 AWS가 허용하는 가장 작은 서브넷인 /28보다 작습니다.
net-mis-bigger-than-vpc = { $cidr } 블록은 VPC { $vpc } 블록 자체보다 커서 그 안에 들어갈 수 없습니다.
net-mis-bits-rounded-down = 비트 수를 내림했습니다. 서브넷 { $count }개에는 그 이상인 다음 2의 거듭제곱이 필요합니다.
net-mis-added-count = 접두사에 서브넷 개수({ $count })를 더했습니다. 비트가 하나 늘 때마다 서브넷 수는 두 배가 됩니다.
net-mis-prefix-no-reserved = /{ $prefix } 크기는 AWS가 주소를 하나도 예약하지 않을 때만 충분합니다. AWS는 다섯 개를 예약합니다.
net-mis-prefix-two-reserved = /{ $prefix } 크기는 네트워크와 브로드캐스트 주소만 빼는 일반 네트워크 기준입니다. AWS는 다섯 개를 예약합니다.
net-mis-overlap-missed = 두 블록은 겹칩니다. { $a } 블록과 { $b } 블록 중 하나가 다른 하나 안에 완전히 들어 있습니다.
net-mis-overlap-imagined = 두 블록은 겹치지 않습니다. { $a } 블록과 { $b } 블록의 첫 주소와 마지막 주소를 비교해 보세요.
net-mis-local-is-internet = local 경로는 VPC 내부 트래픽만 전달합니다. 인터넷 게이트웨이로 가는 경로가 없으면 프라이빗 서브넷입니다.
net-mis-nat-makes-public = NAT 게이트웨이로 가는 경로는 아웃바운드 전용 인터넷 접근만 제공하며 서브넷은 프라이빗으로 남습니다. 인터넷 게이트웨이로 가는 경로만 퍼블릭 서브넷을 만듭니다.
net-mis-any-default-route = 0.0.0.0/0 경로의 대상이 인터넷 게이트웨이일 때만 퍼블릭 서브넷입니다. 블랙홀 경로는 트래픽을 버립니다.
net-mis-public-needs-ip = 라우팅 테이블이 0.0.0.0/0 트래픽을 인터넷 게이트웨이로 보내므로 퍼블릭 서브넷입니다. 인스턴스에 퍼블릭 주소가 있는지는 이를 바꾸지 않습니다.
net-mis-nacl-best-match = 네트워크 ACL 규칙은 가장 구체적인 규칙이 선택되는 방식이 아닙니다. 가장 낮은 번호부터 평가하고 처음 일치하는 규칙이 결정합니다.
net-mis-nacl-default-allow = 일치하는 번호 규칙이 없으면 마지막 * 규칙이 트래픽을 거부합니다. 기본으로 허용되는 것은 없습니다.
net-mis-nacl-deny-wins = 일치하는 거부 규칙이 있다고 무조건 거부되지는 않습니다(그것은 IAM의 규칙입니다). 네트워크 ACL에서는 번호가 가장 낮은 일치 규칙이 결정합니다.
net-mis-nacl-order = 규칙을 번호 오름차순으로 살펴보고, 프로토콜·포트·주소가 처음으로 일치하는 규칙에서 멈추세요.
net-mis-reply-to-service-port = 응답은 포트 { $port }번에서 나가지만 클라이언트의 임시 포트로 갑니다. 아웃바운드 규칙은 { $range } 범위를 허용해야 합니다.
net-mis-linux-range-only = 그것은 Linux의 범위입니다. 이 클라이언트들은 { $range } 범위를 사용합니다.
net-mis-windows-range-only = 그 범위로는 클라이언트 포트 { $range } 범위의 일부를 놓칩니다.
net-mis-well-known-ports = 클라이언트는 잘 알려진 포트에서 요청을 보내지 않습니다. 응답은 { $range } 범위로 갑니다.
net-mis-nacl-stateful = 네트워크 ACL은 상태 비저장 방식입니다. 보안 그룹과 달리 응답도 다시 검사하므로 아웃바운드 규칙이 필요합니다.
net-mis-blame-sg = 보안 그룹은 요청을 허용하며, 상태 저장 방식이므로 응답은 보안 그룹 규칙으로 검사하지 않습니다.
net-mis-blame-nacl = 네트워크 ACL은 양방향 모두 이 흐름을 통과시킵니다. 규칙 순서에 따라 요청과 응답을 모두 확인해 보세요.
net-mis-blame-route = 라우팅 테이블은 응답을 올바른 곳으로 보냅니다. 다른 단계를 살펴보세요.
net-mis-blame-igw = VPC에는 인터넷 게이트웨이가 연결되어 있습니다.
net-mis-blame-public-ip = 인스턴스에는 퍼블릭 IP 주소가 있습니다.
net-mis-blame-none = 이 흐름을 막는 것이 있습니다. 요청의 모든 검사와 응답의 모든 검사를 차례로 살펴보세요.
