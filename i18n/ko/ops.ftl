# CloudWatch 경보, EC2 Auto Scaling, Elastic Load Balancing, EBS, Lambda (모델, calc, 연습 문제).
# X = 위반, 0 = 위반 아님, - = 누락. 상태 이름과 처리 방식 이름은 API 표기를 그대로 씁니다.

## 경보 입력 오류
alarm-err-operator = --operator 값이 비교 연산자가 아닙니다: "{ $value }". 허용 값: { $accepted }
alarm-err-band-operator = --operator 값 "{ $value }": 이상 탐지 대역과 비교하는 연산자인데, 이 모델에는 대역이 없습니다. 허용 값: { $accepted }
alarm-err-treatment = --treat-missing-data 값을 알 수 없습니다: "{ $value }". 허용 값: { $accepted }
alarm-err-state = --current-state 값을 알 수 없습니다: "{ $value }". 허용 값: OK, ALARM, INSUFFICIENT_DATA
alarm-err-zero-periods = --evaluation-periods 값은 1 이상이어야 합니다
alarm-err-datapoints = --datapoints-to-alarm 값({ $m })은 1부터 --evaluation-periods 값({ $n })까지여야 합니다
alarm-err-period = --period 값({ $period }초)은 허용되지 않습니다. 10, 20, 30초 또는 60초의 배수를 쓰세요
alarm-err-too-long = --period × --evaluation-periods 값이 { $total }초로 한도 { $limit }초를 넘습니다(기간이 1시간 미만이면 1일, 그 외에는 7일)
alarm-err-point = --points: 숫자나 -가 아닌 값이 있습니다: "{ $value }" (가장 오래된 지점부터, 예: "0,-,80,-,90")
alarm-err-no-points = --points 값이 비어 있습니다. 가장 오래된 지점부터 숫자나 -를 하나 이상 쓰세요(예: "0,-,80,-,90")
alarm-label-convention = [모델 규칙]

## 경보 설명
alarm-step-classify = 데이터 포인트(오래된 것부터 최신 순): { $marks } (X는 { $operator } { $threshold } 조건을 위반, 0은 위반 아님, -는 누락).
alarm-step-range = 평가 범위: 최신 { $size }개 기간({ $marks }). AWS는 N = 3일 때 5개 지점의 예만 보여 주며, N = { $n }에 N + 2개를 쓰는 것은 모델 규칙입니다. 처음 주어진 지점보다 이전 기간은 누락으로 봅니다.
alarm-step-enough = 범위에 실제 데이터 포인트가 { $real }개로 N = { $n }개 이상입니다. 최신 { $n }개({ $used })로 판단하며, 그중 위반 개수는 { $breaching }개이고 M = { $m }입니다. 누락 데이터 처리 방식은 영향을 주지 않습니다.
alarm-step-all-missing = 범위의 모든 기간이 누락되었습니다. treat-missing-data 설정({ $treatment })에 따라 경보 상태는 { $state }입니다.
alarm-step-all-missing-retain = 범위의 모든 기간이 누락되었습니다. treat-missing-data 설정({ $treatment })에 따라 경보는 현재 상태({ $state })를 유지합니다.
alarm-step-fill = 실제 지점이 { $real }개뿐이라 N = { $n }개보다 적습니다. 누락 지점 { $filled }개를 { $treatment } 방식으로 채우고 실제 지점은 모두 유지하므로, 위반 개수는 { $breaching }개이고 M = { $m }입니다.
alarm-step-few = 실제 지점이 { $real }개뿐이라 N = { $n }개보다 적고, treat-missing-data 설정은 { $treatment }입니다. AWS는 이 경우를 예시로만 설명합니다.
alarm-step-conv-enough = 모델 규칙: 실제 지점이 모두 위반이고 그 개수가 { $breaching }개로 M = { $m } 이상이므로 경보 상태는 ALARM입니다.
alarm-step-conv-ok = 모델 규칙: 범위에 위반하지 않는 실제 지점이 있으므로 경보 상태는 OK입니다.
alarm-step-conv-retain = 모델 규칙: 실제 지점은 모두 위반이지만 { $breaching }개뿐이라 M = { $m }보다 적습니다. ignore 설정에서는 경보가 현재 상태({ $state })를 유지합니다.
alarm-step-premature = 조기 경보 규칙: 최근 N개 기간 중 가장 오래된 위반 지점이 { $age }기간 전 것으로 M = { $m } 이상이고, 그 뒤의 지점은 모두 위반이거나 누락이므로 경보 상태는 ALARM입니다.
alarm-step-premature-no = 모델 규칙: 조기 경보 규칙이 적용되지 않습니다(최근 N개 기간 중 가장 오래된 위반 지점이 { $age }기간 전 것으로 M = { $m }보다 적음). 따라서 경보 상태는 OK입니다.
alarm-step-premature-none = 모델 규칙: 최근 { $n }개 기간 안에 위반 지점이 없어 조기 경보 규칙이 적용될 수 없으므로 경보 상태는 OK입니다.
alarm-step-result = 새 상태: { $state }

## Auto Scaling 입력 오류
asg-err-min-max = --min 값({ $min })이 --max 값({ $max })보다 큽니다. 최소 용량은 최대 용량을 넘을 수 없습니다
asg-err-desired = 원하는 용량({ $desired })이 [--min { $min }, --max { $max }] 범위를 벗어납니다. 먼저 한도를 바꾸세요(AWS가 요청을 거부합니다)
asg-err-type = --adjustment-type 값을 알 수 없습니다: "{ $value }". 허용 값: { $accepted }
asg-err-not-whole = 이 조정 유형에서 --adjustment 값은 정수여야 합니다(입력: { $value })
asg-err-negative-exact = ExactCapacity를 음수로 설정할 수 없습니다(--adjustment 입력: { $value })
asg-err-magnitude = --min-adjustment-magnitude는 --adjustment-type PercentChangeInCapacity에만 쓸 수 있습니다
asg-err-target = --target-value 값은 0보다 큰 숫자여야 합니다(입력: { $value })
asg-err-metric = --metric 값은 0 이상의 숫자여야 합니다(입력: { $value })
asg-err-steps = 단계 조정이 올바르지 않습니다({ $code }). 단계는 겹치거나 틈이 있으면 안 되며, 하한이 없는 단계와 상한이 없는 단계는 각각 하나까지만 둘 수 있습니다
asg-err-policy = --adjustment-type과 --adjustment, 또는 --target-value와 --metric 중 한 쌍을 지정하세요
asg-label-convention = [모델 규칙]

## Auto Scaling 설명
asg-step-start = 그룹의 원하는 용량은 { $desired }, 최소 용량은 { $min }, 최대 용량은 { $max }입니다.
asg-step-change = ChangeInCapacity: 원하는 용량에 { $n }만큼 더합니다.
asg-step-exact = ExactCapacity: 원하는 용량을 { $n }개로 설정합니다.
asg-step-percent = PercentChangeInCapacity: { $current } × { $percent }% = { $raw }. { $rule } → 변경량 { $change }.
asg-round-down = 1보다 크면 AWS는 내림합니다
asg-round-up-one = 0과 1 사이면 AWS는 1을 씁니다
asg-round-toward-zero = −1보다 작으면 AWS는 0 쪽으로 버립니다
asg-round-minus-one = −1과 0 사이면 AWS는 −1을 씁니다
asg-round-zero = 변경 없음
asg-step-magnitude = MinAdjustmentMagnitude 값 { $k } 때문에 변경량은 { $change }입니다.
asg-step-magnitude-ok = 변경량이 이미 MinAdjustmentMagnitude 값({ $k }) 이상입니다.
asg-step-target = 모델 규칙(AWS는 공식을 공개하지 않음): 원하는 용량 = ceil({ $current } × { $metric } / { $target }) = ceil({ $exact }) = { $wanted }.
asg-step-within = 값 { $value }: [{ $min }, { $max }] 범위 안에 있습니다.
asg-step-clamp-max = 값 { $value }: 최대 용량을 넘으므로 정책 결과는 최대 용량 { $max }개로 제한됩니다.
asg-step-clamp-min = 값 { $value }: 최소 용량보다 작으므로 정책 결과는 최소 용량 { $min }개로 제한됩니다.
asg-step-result = 새 원하는 용량: { $desired }
asg-fact-cooldown = 휴지 기간(기본 300초)은 단순 조정 정책에만 적용되며, 마지막 시작 또는 종료 작업이 끝난 시점부터 계산합니다.
asg-fact-warmup = 워밍업 중인 인스턴스는 그룹의 지표 집계에서 빠지지만 다음 확장 계산에서는 원하는 용량에 포함되며, 축소는 워밍업이 끝날 때까지 기다립니다.
asg-fact-largest-wins = 여러 정책이 동시에 실행되면 확장이든 축소든 가장 큰 용량을 내는 정책이 적용됩니다.
asg-fact-target-multi = 대상 추적 정책이 여러 개이면 하나라도 확장을 요구할 때 확장하고, 모두가 축소를 요구할 때만 축소합니다.
asg-fact-insufficient-data = 지표가 INSUFFICIENT_DATA 상태인 동안에는 대상 추적 조정이 일어나지 않습니다.

## 로드 밸런서 입력 오류
elb-err-type = --type 값을 알 수 없습니다: "{ $value }". 허용 값: alb, nlb, gwlb, clb
elb-err-health = 대상 상태를 알 수 없습니다: "{ $value }". 허용 값: initial, healthy, unhealthy
elb-err-threshold = 임계값({ $value })이 허용 범위 2–10을 벗어납니다
elb-err-check = 상태 확인 결과를 알 수 없습니다: "{ $value }". 허용 값: ok, fail
elb-err-target = --target 값 "{ $value }"의 형식이 잘못되었습니다. NAME:healthy=ok,fail,… 형식으로 쓰세요(상태는 initial, healthy, unhealthy 중 하나이며 생략하면 initial)
elb-err-duplicate = --target 값 "{ $value }": 같은 이름이 두 번 주어졌습니다. 대상 이름은 서로 달라야 합니다
elb-err-no-targets = --target NAME:healthy=ok,fail,… 값을 하나 이상 지정하세요
elb-label-convention = [모델 규칙]

## 로드 밸런서 설명
elb-step-thresholds = { $type }: 대상은 상태 확인에 연속 { $healthy }번 성공하면 정상(healthy), 연속 { $unhealthy }번 실패하면 비정상(unhealthy) 상태가 됩니다.
elb-step-target = { $name } 대상: 시작 상태 { $start }, 확인 결과 { $checks } → { $final }
elb-step-route-healthy = 요청은 정상 대상에만 전달됩니다: { $names }
elb-step-none-routable = 정상 대상이 없고 모든 대상이 비정상인 것도 아니므로(일부는 아직 initial 상태), 요청을 받는 대상이 없습니다.
elb-step-fail-open-alb = 모든 대상이 비정상입니다. Application Load Balancer는 페일 오픈하여 모든 대상에 요청을 라우팅합니다.
elb-step-fail-open-nlb = 모든 대상이 비정상입니다. Network Load Balancer는 페일 오픈하여 모든 대상에 트래픽을 보냅니다.
elb-step-one-az = 모델 규칙: 모든 대상을 활성화된 가용 영역 하나에 있는 것으로 봅니다(정상 대상이 없는 가용 영역은 DNS에서 제외됩니다).
elb-step-fail-open-gwlb = 모든 대상이 비정상입니다. Gateway Load Balancer는 흐름마다 대상을 무작위로 고르며, 그 트래픽은 삭제됩니다.
elb-step-clb-no-fail-open = 모델 규칙: 여기서 쓰는 AWS 규칙에는 Classic Load Balancer의 페일 오픈 동작이 없으므로 요청을 받는 대상이 없습니다.
elb-need-content-routing = URL 경로나 호스트 이름에 따라 요청을 다른 대상 그룹으로 라우팅해야 합니다
elb-need-lambda = HTTP 요청을 AWS Lambda 함수 대상으로 보내야 합니다
elb-need-grpc = gRPC와 WebSocket 트래픽을 처리해야 합니다
elb-need-static-ip = 클라이언트가 허용 목록에 넣을 수 있도록 가용 영역마다 고정 IP 주소 하나를 제공해야 합니다
elb-need-udp = 게임 서버나 DNS 같은 UDP 트래픽을 분산해야 합니다
elb-need-appliances = 서드 파티 방화벽 어플라이언스를 GENEVE로 트래픽 경로에 넣어야 합니다
elb-need-layer3 = 어플라이언스 트래픽을 OSI 3계층(네트워크 계층)에서 처리해야 합니다
elb-need-layer7 = OSI 7계층에서 HTTP 내용을 보고 결정해야 합니다(현재 세대)
elb-need-layer4 = OSI 4계층에서 TCP 연결을 분산해야 합니다(현재 세대)
elb-need-direct = 대상 그룹 없이 EC2 인스턴스를 로드 밸런서에 직접 등록해야 합니다
elb-need-cross-zone = 교차 영역 로드 밸런싱이 기본으로 켜져 있어야 합니다

## EBS
ebs-step-gp2-floor = 3 IOPS/GiB × { $size }GiB = { $raw } IOPS로 최소값 100 IOPS보다 작으므로 기준 성능은 { $baseline } IOPS입니다.
ebs-step-gp2-linear = 3 IOPS/GiB × { $size }GiB = { $raw } IOPS로 100–16,000 범위 안에 있으므로 기준 성능은 { $baseline } IOPS입니다.
ebs-step-gp2-cap = 3 IOPS/GiB × { $size }GiB = { $raw } IOPS로 최대값 16,000 IOPS를 넘으므로 기준 성능은 { $baseline } IOPS입니다.

## Lambda
lambda-step-billed = { $duration }ms 실행은 최소 요금 단위 없이 1ms 단위로 올림하여 청구됩니다: { $billed }ms
lambda-step-gb-seconds = GB-초 = { $memory }MB / 1024 × { $billed }ms / 1000 = { $gbs }

## 연습 문제: 맥락과 오개념
alarm-ctx-legend = 지점은 오래된 것부터 나열되며 "-"는 데이터가 없는 기간입니다. 평가 범위는 최신 N + 2개 기간입니다(모델 규칙이며, AWS 예시는 N = 3일 때 5개).
alarm-mis-consecutive = 위반 지점 M개가 연속이어야 한다고 보셨습니다. 최근 N개 평가 기간 안에 있기만 하면 됩니다.
alarm-mis-missing-breaching = 누락된 기간을 위반으로 세셨습니다. 그렇게 되는 것은 treat-missing-data가 breaching일 때뿐입니다.
alarm-mis-all-n = N개 지점이 모두 위반해야 한다고 보셨습니다. N개 중 M개만 위반하면 됩니다.
alarm-mis-insufficient = INSUFFICIENT_DATA 상태는 missing 처리 방식에서 범위의 모든 기간이 누락일 때 나옵니다. 여기서는 다른 규칙이 상태를 정합니다.
alarm-mis-other = 이 상태({ $state })는 규칙에서 나오지 않습니다. 범위에 실제 지점이 몇 개인지, 그다음 처리 방식과 M 값을 확인하세요.
asg-mis-no-clamp = 결과를 한도 밖에 두셨습니다. 정책 결과는 항상 [{ $min }, { $max }] 범위로 제한됩니다.
asg-mis-round-nearest = 백분율 변경량을 반올림하셨습니다. AWS는 1보다 크면 내림, −1보다 작으면 0 쪽으로 버림, −1과 1 사이면 ±1을 씁니다.
asg-mis-floor = 음수 변경량을 내림(0에서 먼 쪽)하셨습니다. −1보다 작으면 AWS는 0 쪽으로 버리고, −1과 0 사이면 −1을 씁니다.
asg-mis-ceil = 변경량을 올림하셨습니다. 1보다 크면 AWS는 내림합니다.
asg-mis-trunc-small = 인스턴스 1개보다 작은 변경량을 버리셨습니다. −1과 1 사이여도 AWS는 1(또는 −1)만큼 바꿉니다.
asg-mis-exact-as-change = 숫자를 현재 용량에 더하셨습니다. ExactCapacity는 원하는 용량을 그 값으로 설정합니다.
elb-mis-single-check = 상태 확인 한 번으로는 대상 상태가 바뀌지 않습니다. 임계값만큼 연속된 결과가 필요합니다.
elb-mis-cumulative = 연속되지 않은 결과를 합산하셨습니다. 반대 결과가 나오면 횟수를 처음부터 다시 셉니다.
elb-mis-other = 이 상태({ $state })는 나오지 않습니다. 확인 결과를 차례로 보며 끊기지 않은 연속 횟수만 임계값과 비교하세요.
elb-mis-alb = Application Load Balancer는 HTTP와 HTTPS를 다루는 7계층 로드 밸런서로, 가용 영역별 고정 IP, UDP, GENEVE 어플라이언스를 지원하지 않습니다.
elb-mis-nlb = Network Load Balancer는 4계층(TCP, TLS, UDP)에서 동작하므로 HTTP 경로나 호스트를 볼 수 없고 Lambda 함수를 호출할 수도 없습니다.
elb-mis-gwlb = Gateway Load Balancer는 3계층에서 GENEVE로 인라인 가상 어플라이언스를 연결하는 용도이며, 애플리케이션 트래픽을 제공하는 용도가 아닙니다.
elb-mis-clb = Classic Load Balancer는 이전 세대입니다. 해당 기능을 제공하는 현재 세대 유형을 고르세요.
elb-explain-type = { $type }: { $layers }계층, 프로토콜 { $protocols }
ebs-mis-no-floor = 최소값을 잊으셨습니다. gp2 볼륨은 아무리 작아도 최소 100 IOPS를 받습니다.
ebs-mis-no-cap = 최대값을 잊으셨습니다. gp2 기준 IOPS는 16,000에서 멈춥니다(5,334GiB에서 도달).
ebs-mis-burst = 3,000 IOPS는 1TiB 미만 gp2 볼륨의 버스트 수준이지 기준 성능이 아닙니다.
ebs-mis-gp3 = 크기와 상관없는 3,000 IOPS는 gp3의 기준 성능입니다. gp2는 크기에 비례합니다.
lambda-mis-100ms = 예전 규칙(100ms 단위 올림)을 쓰셨습니다. 2020년 12월부터 Lambda는 1ms 단위로 청구합니다.
lambda-mis-floor = 내림하셨습니다. 청구 시간은 다음 밀리초로 올림합니다.
lambda-mis-nearest = 가장 가까운 밀리초로 반올림하셨습니다. Lambda는 항상 올림합니다.
lambda-mis-1000 = 메모리를 1000으로 나누셨습니다. GB-초는 메모리 MB / 1024로 계산합니다.
lambda-mis-ms-as-s = 밀리초를 초로 쓰셨습니다. 청구된 밀리초를 1000으로 나누세요.
