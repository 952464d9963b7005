# EC2 모델(src/model/ec2): 수명 주기 단계, 참고, 인스턴스 유형 이름, `calc ec2`, 템플릿.
# $state는 API 상태 이름(running, shutting-down …), $code는 상태 코드, $api는 API 호출 이름입니다.

## Resources
ec2-res-private-ip = 프라이빗 IP 주소
ec2-res-public-ipv4 = 퍼블릭 IPv4 주소
ec2-res-eip = 탄력적 IP 주소
ec2-res-instance-store = 인스턴스 스토어
ec2-res-ebs-root = EBS 루트 볼륨

## Lifecycle steps
ec2-step-initial = 인스턴스는 { $state } 상태(코드 { $code })입니다.
ec2-step-accepted = { $state } 상태에서는 { $api } 호출이 허용됩니다.
ec2-step-refused-start-terminated = 종료된(terminated) 인스턴스는 다시 시작할 수 없습니다. AWS는 IncorrectInstanceState 오류로 거부합니다.
ec2-step-refused-assumed = [모델 가정] { $api } 호출은 { $valid } 상태에서만 허용되며 { $state } 상태에서는 허용되지 않습니다. AWS는 이 경우의 오류 코드를 문서화하지 않았으므로 모델은 IncorrectInstanceState로 가정합니다.
ec2-step-refused-shutdown = [모델 규칙] 운영 체제 안에서 종료(shutdown)하려면 인스턴스가 실행 중({ $valid })이어야 합니다. { $state } 상태에서는 이를 실행할 수 없으므로 모델은 IncorrectInstanceState로 거부된 것으로 처리합니다.
ec2-step-refused-instance-store = [모델 가정] 인스턴스 스토어 기반 인스턴스는 중지하거나 최대 절전 모드로 전환할 수 없으므로 { $state } 상태가 유지됩니다. AWS는 이 오류 코드를 문서화하지 않았으므로 모델은 UnsupportedOperation으로 가정합니다.
ec2-step-refused-protection = [모델 가정] 종료 방지가 켜져 있으므로 TerminateInstances 호출이 거부되고 인스턴스는 { $state } 상태로 남습니다. 오류 코드 OperationNotPermitted는 모델의 가정입니다.
ec2-step-refused-error = 요청이 { $error } 오류로 거부되며 인스턴스는 { $state } 상태로 남습니다.
ec2-step-stopping-assumed-plain = [모델 규칙] 모델은 stopping 상태의 인스턴스가 최대 절전 모드가 아닌 일반 중지 중이라고 가정하므로, 중지 중인 시간을 요금이 부과되지 않는 것으로 표시합니다.
ec2-step-reboot-ignored = AWS는 종료된 인스턴스에 대한 재부팅 요청을 무시합니다. 아무 일도 일어나지 않으며 인스턴스는 terminated 상태로 남습니다.
ec2-step-reboot-ignored-ok = [모델 규칙] 무시된 재부팅에 AWS가 오류를 반환하지 않으므로, 모델은 이를 오류 없는 ok로 보고하고 무시되었다고 표시합니다.
ec2-step-reboot-stays-running = 재부팅 중에도 인스턴스는 running 상태를 유지합니다. "rebooting" 상태는 없으며, 새 결제 기간(새 60초 최소 요금)도 시작되지 않습니다.
ec2-step-terminate-repeat = 인스턴스가 이미 종료되었습니다. TerminateInstances를 다시 호출해도 해가 없으며 아무것도 바뀌지 않습니다.
ec2-step-terminate-already-shutting-down = [모델 규칙] 인스턴스가 이미 shutting-down 상태이므로 그대로 terminated 상태가 되며, 모델은 추가로 거치는 상태를 표시하지 않습니다.
ec2-step-hibernate-memory = 최대 절전 모드는 메모리(RAM) 내용을 EBS 루트 볼륨에 기록하고, 인스턴스를 다시 시작하면 그 내용을 복원합니다.
ec2-step-through-billed = { $state } 상태(코드 { $code })를 거칩니다. 이 상태에서는 인스턴스 사용 요금이 부과됩니다.
ec2-step-through-not-billed = { $state } 상태(코드 { $code })를 거칩니다. 이 상태에서는 인스턴스 사용 요금이 부과되지 않습니다.
ec2-step-through-hibernating = 메모리를 저장하는 동안 { $state } 상태(코드 { $code })를 거칩니다. 최대 절전 모드로 전환 중이므로 이 중지 중 시간에는 요금이 부과됩니다.
ec2-step-final-billed = 최종 상태는 { $state } 상태(코드 { $code })입니다. 인스턴스 사용 요금이 초 단위로 부과됩니다.
ec2-step-final-not-billed = 최종 상태는 { $state } 상태(코드 { $code })입니다. 인스턴스 사용 요금은 부과되지 않지만 연결된 EBS 볼륨 요금은 계속 부과됩니다.
ec2-step-final-terminated = 최종 상태는 terminated 상태(코드 { $code })이며 되돌릴 수 없습니다. 더 이상 인스턴스 사용 요금이 부과되지 않고, 다시 시작할 수도 없습니다.
ec2-step-start-billing = 시작할 때마다 새 결제 기간이 시작됩니다. 요금은 초 단위로 부과되며 최소 60초입니다.
ec2-step-stop-billing = 중지하면 인스턴스 요금 부과가 끝납니다(stopping 상태는 최대 절전 모드일 때만 요금 부과). 인스턴스가 중지된 동안에도 연결된 EBS 볼륨 요금은 계속 부과됩니다.
ec2-step-ipv4-charge = 2024년 2월부터 AWS는 실행 중인 인스턴스에 연결되어 있는지와 관계없이 탄력적 IP 주소를 포함한 모든 퍼블릭 IPv4 주소에 요금을 부과합니다.
ec2-step-shutdown-stop = 운영 체제 안에서의 종료는 인스턴스의 종료 동작 설정을 따르며, 이 설정은 중지(기본값)입니다.
ec2-step-shutdown-terminate = 운영 체제 안에서의 종료는 인스턴스의 종료 동작 설정을 따르며, 이 설정은 종료(terminate)로 되어 있습니다.
ec2-step-shutdown-store = 인스턴스 스토어 기반 인스턴스는 운영 체제 안에서 종료하면 항상 종료(terminate)됩니다.
ec2-step-protection-not-for-shutdown = 종료 방지는 운영 체제 안에서의 종료로 시작된 인스턴스 종료를 막지 못합니다.

## Notes: public IPv4, Elastic IP, instance store, EBS
ec2-note-unchanged = { $what }: 작업이 적용되지 않았으므로 변경되지 않습니다.
ec2-note-ipv4-kept = 퍼블릭 IPv4 주소: 자동 할당된 주소가 유지됩니다.
ec2-note-ipv4-released-stop = 퍼블릭 IPv4 주소: 자동 할당된 주소가 해제되며, 다시 시작하면 다른 주소를 받습니다.
ec2-note-ipv4-new = 퍼블릭 IPv4 주소: 시작할 때 새 주소가 자동 할당되며, 중지 전의 주소와 다릅니다.
ec2-note-ipv4-released-terminate = 퍼블릭 IPv4 주소: 자동 할당된 주소가 영구히 해제됩니다.
ec2-note-eip-kept = 탄력적 IP 주소: 인스턴스와 연결된 채로 유지됩니다(다른 퍼블릭 IPv4 주소처럼 요금이 부과됩니다).
ec2-note-eip-disassociated = 탄력적 IP 주소: 연결이 해제되지만, 해제(release)하기 전까지 계정에 할당된 채로 남으며 요금도 계속 부과됩니다.
ec2-note-store-kept = 인스턴스 스토어: 데이터가 유지됩니다.
ec2-note-store-lost-stop = 인스턴스 스토어: 인스턴스를 중지하거나 최대 절전 모드로 전환하면 데이터가 사라집니다.
ec2-note-store-empty = 인스턴스 스토어: 볼륨이 빈 상태로 시작되며, 중지 전의 데이터는 남아 있지 않습니다.
ec2-note-store-lost-terminate = 인스턴스 스토어: 데이터가 사라집니다.
ec2-note-ebs-kept = EBS: 루트 볼륨과 데이터가 유지됩니다.
ec2-note-ebs-stop = EBS: 루트 볼륨은 데이터와 함께 연결된 채로 남으며, 인스턴스가 중지된 동안에도 요금이 부과됩니다.
ec2-note-ebs-hibernate = EBS: 루트 볼륨에 데이터와 저장된 메모리 내용이 남으며, 인스턴스가 중지된 동안에도 요금이 부과됩니다.
ec2-note-ebs-start = EBS: 루트 볼륨이 데이터와 함께 유지됩니다(최대 절전 모드였던 인스턴스는 볼륨에 저장된 메모리에서 재개합니다).
ec2-note-ebs-terminate = EBS: 루트 볼륨은 기본적으로 삭제됩니다(DeleteOnTermination 기본값이 true). DeleteOnTermination이 false인 볼륨은 남습니다.

## Instance type names
ec2-cap-a = AMD 프로세서
ec2-cap-g = AWS Graviton 프로세서
ec2-cap-i = Intel 프로세서
ec2-cap-d = 로컬 NVMe 인스턴스 스토어 디스크
ec2-cap-n = 네트워크 최적화
ec2-cap-b = 블록 스토리지(EBS) 최적화
ec2-cap-e = 추가 메모리 또는 스토리지
ec2-cap-z = 고주파수(high frequency)
ec2-cat-general = 범용
ec2-cat-compute = 컴퓨팅 최적화
ec2-cat-memory = 메모리 최적화
ec2-cat-accelerated = 가속 컴퓨팅(GPU 및 기타 가속기)
ec2-cat-storage = 스토리지 최적화
ec2-cat-hpc = 고성능 컴퓨팅(HPC)
ec2-type-err-empty = 인스턴스 유형 이름이 비어 있습니다
ec2-type-err-no-dot = 패밀리 부분과 크기 사이에 '.'이 있어야 합니다(예: c5n.xlarge)
ec2-type-err-size = 크기 "{ $size }" 값은 nano, micro, small, medium, large, xlarge, Nxlarge(N ≥ 2), metal, metal-Nxl 중 하나여야 합니다
ec2-type-err-no-family = 이름은 패밀리 문자(예: c, m, hpc, inf)로 시작해야 합니다
ec2-type-err-family = 패밀리 "{ $family }" 값을 알 수 없습니다. 알려진 패밀리: { $known }
ec2-type-err-generation = 패밀리 문자 뒤에 세대 번호가 와야 합니다(예: c5n의 5)
ec2-type-err-capability = "{ $letter }" 문자는 모델이 아는 기능 문자가 아닙니다(a, g, i, d, n, b, e, z 또는 -flex)
ec2-type-err-repeated = 기능 문자 "{ $letter }" 항목이 두 번 나옵니다
ec2-type-err-unexpected = "{ $text }" 부분이 문법(패밀리, 세대, 기능 문자[-flex], '.', 크기)에 맞지 않습니다

## calc ec2
ec2-calc-bad-state = 알 수 없는 인스턴스 상태 "{ $value }" 값입니다. 허용되는 값: { $accepted } ("rebooting" 상태는 없습니다. 재부팅 중인 인스턴스는 running 상태를 유지합니다)
ec2-calc-bad-action = 알 수 없는 작업 "{ $value }" 값입니다. 허용되는 값: { $accepted }
ec2-calc-bad-type = 인스턴스 유형 "{ $value }" 이름을 읽을 수 없습니다: { $reason }
ec2-calc-need-args = --state STATE와 --action ACTION을 지정하세요(인스턴스 유형을 해석하려면 --type NAME)
ec2-calc-heading = { $state } 상태의 인스턴스에 대한 { $api } 호출
ec2-calc-result-ok = 결과: { $final }
ec2-calc-result-ignored = 결과: 무시됨. 인스턴스는 { $final } 상태로 남습니다
ec2-calc-result-refused = 결과: 거부됨({ $error }). 인스턴스는 { $final } 상태로 남습니다
ec2-calc-path = 경로: { $path }
ec2-calc-notes = 주소와 스토리지에 일어나는 일:
ec2-calc-type-heading = 인스턴스 유형 { $name }
ec2-calc-type-family = 패밀리: { $family } ({ $category })
ec2-calc-type-generation = 세대: { $generation }
ec2-calc-type-no-generation = 세대: 이름에 없음
ec2-calc-type-capability = 기능 문자 { $letter }: { $meaning }
ec2-calc-type-no-capability = 기능 문자 없음
ec2-calc-type-flex = -flex: Flex 인스턴스(더 낮은 가격으로 대부분의 성능 제공)
ec2-calc-type-memory = 메모리: { $tib } TiB(고용량 메모리 인스턴스)
ec2-calc-type-chip = Apple 칩: { $chip }
ec2-calc-type-accelerator = 가속기 변형: { $model }
ec2-calc-type-size = 크기: { $size }
ec2-calc-type-size-metal = 크기: metal(하이퍼바이저 없이 물리 서버 전체)

## Exercise options
ec2-opt-ends = 최종 상태는 { $state } 상태입니다.
ec2-opt-refused = 호출이 거부되고(IncorrectInstanceState) 인스턴스는 { $state } 상태로 남습니다.
ec2-opt-ignored = 요청이 아무 오류 없이 무시되고 인스턴스는 { $state } 상태로 남습니다.
ec2-opt-rebooting = "rebooting" 상태로 바뀌었다가 running 상태로 돌아옵니다.
ec2-opt-hibernated = "hibernated" 상태로 끝납니다.
ec2-opt-billed = 예: 이 시간 동안 인스턴스 사용 요금이 초 단위로 부과됩니다.
ec2-opt-not-billed-ebs = 인스턴스 사용 요금은 부과되지 않지만, 연결된 EBS 볼륨 요금은 계속 부과됩니다.
ec2-opt-nothing-billed = 인스턴스와 EBS 볼륨 모두 아무 요금도 부과되지 않습니다.
ec2-opt-billed-hourly = 예: 한 시간 단위(최소 1시간)로 요금이 부과됩니다.
ec2-opt-gpu = GPU
ec2-opt-arm = Arm 프로세서
ec2-opt-burstable = 버스트 가능 CPU 성능
ec2-opt-dedicated = 전용 하드웨어에서 실행
ec2-opt-enhanced-networking = 향상된 네트워킹
ec2-surv-private-ip = 프라이빗 IP 주소
ec2-surv-public-ipv4 = 자동 할당된 같은 퍼블릭 IPv4 주소
ec2-surv-eip = 탄력적 IP 주소(계정에 할당된 상태 유지)
ec2-surv-store = 인스턴스 스토어 볼륨의 데이터
ec2-surv-ebs = EBS 루트 볼륨과 데이터

## Exercise context
ec2-ctx-start = 인스턴스를 시작합니다.
ec2-ctx-run = { $seconds }초 동안 실행됩니다.
ec2-ctx-reboot = 인스턴스를 재부팅합니다.
ec2-ctx-stop = 인스턴스를 중지합니다.
ec2-ctx-setup = 인스턴스는 EBS 기반이며, 자동 할당된 퍼블릭 IPv4 주소, 연결된 탄력적 IP 주소, 인스턴스 스토어 볼륨이 있습니다. DeleteOnTermination은 기본값 그대로입니다.

## Exercise explanations
ec2-expl-billed = 인스턴스가 { $state } 상태인 동안 인스턴스 사용 요금이 부과됩니다.
ec2-expl-not-billed = 인스턴스가 { $state } 상태인 동안에는 인스턴스 사용 요금이 부과되지 않습니다.
ec2-expl-stopping-hibernate = stopping 상태는 인스턴스가 최대 절전 모드로 전환 중일 때(메모리를 EBS에 저장하는 중)만 요금이 부과되며, 일반 중지에는 부과되지 않습니다.
ec2-expl-ebs-always = 연결된 EBS 볼륨은 삭제될 때까지 모든 상태에서 요금이 부과되며, 모든 퍼블릭 IPv4 주소에도 요금이 부과됩니다(2024년 2월부터).
ec2-expl-period = 결제 기간 { $n }: { $ran }초 실행, { $billed }초 과금(초 단위, 시작할 때마다 최소 { $min }초).
ec2-expl-reboot-same-period = 재부팅은 새 결제 기간을 시작하지 않으므로, 재부팅 전후의 시간은 하나의 기간으로 계산됩니다.
ec2-expl-total = 총 과금 시간: { $total }초.
ec2-expl-type = { $type }: 패밀리 { $family } ({ $category }).
ec2-expl-letter = 문자 { $letter } 의미: { $meaning }.
ec2-fate-kept = { $what }: 유지됩니다.
ec2-fate-replaced = { $what }: 중지할 때 해제되고, 시작할 때 다른 주소가 할당됩니다.
ec2-fate-released = { $what }: 인스턴스와 함께 해제됩니다.
ec2-fate-disassociated = { $what }: 연결은 해제되지만 계정에는 할당된 채로 남습니다.
ec2-fate-lost = { $what }: 데이터가 사라집니다.
ec2-fate-deleted = { $what }: 루트 볼륨의 DeleteOnTermination 기본값이 true이므로 삭제됩니다.

## Misconceptions
ec2-mis-rebooting-state = "rebooting" 상태는 없습니다. 재부팅하는 동안에도 인스턴스는 계속 running 상태입니다.
ec2-mis-hibernated-state = "hibernated" 상태는 없습니다. 최대 절전 모드의 인스턴스는 메모리를 EBS 루트 볼륨에 저장한 채 stopped 상태일 뿐입니다.
ec2-mis-ignored = AWS가 오류 없이 무시하는 요청은 종료된 인스턴스에 대한 재부팅 하나뿐입니다.
ec2-mis-thought-refused = { $state } 상태에서 { $api } 호출이 거부된다고 생각했지만, AWS는 이 상태에서 호출을 허용합니다.
ec2-mis-reboot-not-error = 종료된 인스턴스를 재부팅해도 오류가 반환되지 않습니다. AWS는 요청을 무시합니다.
ec2-mis-start-terminated = 종료된 인스턴스는 다시 시작할 수 없습니다. 다시 시작할 수 있는 것은 중지된 인스턴스뿐입니다.
ec2-mis-starts-it = { $api } 호출은 중지된 인스턴스를 시작하지 않습니다. 시작은 StartInstances만 할 수 있습니다.
ec2-mis-not-refused = { $state } 상태에서 { $api } 호출이 된다고 생각했지만, 이 호출은 { $valid } 상태에서만 허용됩니다.
ec2-mis-reboot-revives = 재부팅으로 종료된 인스턴스를 되살릴 수 없습니다.
ec2-mis-transitional-final = { $state } 상태는 거쳐 가는 전환 상태이며, 최종 상태가 아닙니다.
ec2-mis-stop-terminates = 중지와 종료를 혼동했습니다. 중지된 인스턴스는 그대로 남아 있으며 다시 시작할 수 있습니다.
ec2-mis-terminate-stops = 종료와 중지를 혼동했습니다. 종료된 인스턴스는 영구히 삭제됩니다.
ec2-mis-reboot-pending = 재부팅은 시작할 때처럼 pending 상태를 거치지 않습니다. 인스턴스는 running 상태를 유지합니다.
ec2-mis-running-not-billed = 실행 중인 인스턴스에는 항상 인스턴스 사용 요금이 부과됩니다.
ec2-mis-hibernate-stopping-free = 최대 절전 모드의 예외를 놓쳤습니다. 최대 절전 모드로 전환하며 중지 중인 동안에는 요금이 부과됩니다.
ec2-mis-stopping-always-billed = stopping 상태는 최대 절전 모드일 때만 요금이 부과되며, 일반 중지에는 부과되지 않습니다.
ec2-mis-stopped-billed = 중지된 인스턴스에 컴퓨팅 요금이 부과된다고 생각했지만, 요금이 부과되는 것은 EBS 볼륨(과 퍼블릭 IPv4 주소)뿐입니다.
ec2-mis-pending-billed = 요금은 pending 상태가 아니라 running 상태부터 부과됩니다.
ec2-mis-shutting-down-billed = shutting-down 상태에는 인스턴스 사용 요금이 부과되지 않습니다.
ec2-mis-nothing-billed = 인스턴스 요금이 부과되지 않을 때도 EBS 볼륨 요금은 따로 부과된다는 점을 놓쳤습니다.
ec2-mis-hourly = 인스턴스 사용 요금은 시간 단위가 아니라 초 단위(시작할 때마다 최소 60초)로 부과됩니다.
ec2-mis-no-minimum = 시작할 때마다 적용되는 최소 60초를 놓쳤습니다.
ec2-mis-reboot-new-period = 재부팅을 새로운 시작으로 계산했습니다. 재부팅은 새 결제 기간이나 새 최소 요금을 시작하지 않습니다.
ec2-mis-g-gpu = 문자 g(AWS Graviton)를 GPU와 혼동했습니다. GPU 인스턴스는 이름 첫 글자가 g, p인 패밀리입니다.
ec2-mis-a-arm = 문자 a는 Arm이 아니라 AMD를 뜻합니다. Arm 기반 Graviton 프로세서는 문자 g입니다.
ec2-mis-b-burstable = 문자 b는 블록 스토리지 최적화를 뜻합니다. 버스트 가능 인스턴스는 t 패밀리입니다.
ec2-mis-d-dedicated = 문자 d는 전용 하드웨어가 아니라 로컬 NVMe 인스턴스 스토어 디스크를 뜻합니다.
ec2-mis-e-enhanced = 문자 e는 향상된 네트워킹이 아니라 추가 메모리 또는 스토리지를 뜻합니다.
ec2-mis-other-letter = 그것은 이 문자가 아니라 문자 { $other } 의미({ $meaning })입니다.
ec2-mis-stop-keeps-public-ip = 중지해도 퍼블릭 IP가 유지된다고 생각했습니다. 자동 할당된 퍼블릭 IPv4 주소는 해제되고 시작할 때 새 주소를 받습니다. 주소를 유지하려면 탄력적 IP 주소를 사용하세요.
ec2-mis-terminate-keeps-ip = 자동 할당된 퍼블릭 IPv4 주소는 인스턴스를 종료하면 해제됩니다.
ec2-mis-hibernate-keeps-store = 최대 절전 모드는 메모리를 EBS에 저장하지만, 인스턴스 스토어 데이터는 여전히 사라집니다.
ec2-mis-store-survives-stop = 인스턴스 스토어가 중지 후에도 남는다고 생각했지만, 인스턴스를 중지하면 데이터가 사라집니다.
ec2-mis-store-survives-terminate = 인스턴스를 종료하면 인스턴스 스토어 데이터가 사라집니다.
ec2-mis-private-ip-terminate = 인스턴스를 종료하면 프라이빗 IP 주소가 해제됩니다.
ec2-mis-ebs-root-terminate = 루트 볼륨의 DeleteOnTermination 기본값이 true이므로 인스턴스를 종료하면 삭제됩니다.
ec2-mis-eip-lost = 탄력적 IP 주소는 계정에 할당된 채로 남습니다.
