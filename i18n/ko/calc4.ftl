# calc dynamodb, calc ebs (issue 15)
calc4-err-size = { $flag }: 크기로 읽을 수 없는 값입니다("{ $value }"). 바이트 단위 정수나 B, KB, KiB, MB, GB 단위를 붙여 주세요(1 KB = 1,024바이트, 음수 불가).
calc4-ddb-err-consistency = 알 수 없는 --consistency 값입니다("{ $value }"). 허용 값: eventual, strong, transactional
calc4-ddb-err-mode = 알 수 없는 --mode 값입니다("{ $value }"). 허용 값: provisioned, on-demand
calc4-ddb-err-too-large = --item-size { $bytes }바이트는 DynamoDB 항목 최대 크기 400 KB(409,600바이트)를 넘습니다.
calc4-ddb-step-read-blocks = 읽기는 4 KB 단위로 세고 항목마다 올림합니다. { $bytes }바이트 → 읽기 한 번에 { $blocks }단위.
calc4-ddb-step-read-factor = { $consistency ->
        [eventual] 최종 일관성 읽기는 절반만 듭니다. { $blocks } × 0.5 = 읽기 한 번에 { $per }.
        [transactional] 트랜잭션 읽기는 두 배가 듭니다. { $blocks } × 2 = 읽기 한 번에 { $per }.
       *[other] 강력한 일관성 읽기는 4 KB 단위마다 1이 듭니다. 읽기 한 번에 { $per }.
    }
calc4-ddb-step-read-total = { $mode ->
        [provisioned] 초당 읽기 { $reads }회 × { $per } = { $units } RCU(프로비저닝 용량은 정수 단위로 설정하므로 0.5는 올림합니다).
       *[other] 초당 읽기 { $reads }회 × { $per } = 초당 읽기 요청 단위 { $units }(온디맨드는 사용한 만큼 과금합니다).
    }
calc4-ddb-note-total-rounding = 흔한 실수: 전체 바이트를 4 KB로 나누면 항목마다가 아니라 합계를 올림하게 됩니다. 잘못된 결과: { $wrong }, 올바른 값: { $units }.
calc4-ddb-step-write-blocks = 쓰기는 1 KB 단위로 세고 항목마다 올림합니다. { $bytes }바이트 → 쓰기 한 번에 { $blocks }단위.
calc4-ddb-step-write-total = { $transactional ->
        [yes] 트랜잭션 쓰기는 두 배가 듭니다. 초당 쓰기 { $writes }회 × { $per } = { $mode ->
            [provisioned] { $units } WCU
           *[other] 초당 쓰기 요청 단위 { $units }
        }.
       *[other] 초당 쓰기 { $writes }회 × { $per } = { $mode ->
            [provisioned] { $units } WCU
           *[other] 초당 쓰기 요청 단위 { $units }
        }.
    }
calc4-ddb-step-nothing = 읽기와 쓰기를 지정하지 않았으므로(--reads, --writes 모두 0) 양쪽 모두 0입니다.
calc4-ebs-err-type = --type: EBS 볼륨 유형이 아닙니다("{ $value }"). 허용 값: gp2, gp3, io1, io2, st1, sc1
calc4-ebs-err-size = --size: 크기로 읽을 수 없는 값입니다("{ $value }"). GiB 정수(예: 500)나 GiB, TiB 단위를 붙인 정수를 주세요(음수 불가).
calc4-ebs-label-invalid = [유효하지 않음]
calc4-ebs-err-range = { $field } { $value }: 허용 범위({ $min }–{ $max }) 밖입니다.
calc4-ebs-err-not-settable = { $type } 볼륨에는 { $field } 옵션을 설정할 수 없습니다.
calc4-ebs-err-iops-required = { $type } 볼륨에는 --iops(프로비저닝된 IOPS) 값이 필요합니다.
calc4-ebs-err-gp3-iops-ratio = gp3는 GiB당 최대 500 IOPS입니다. { $size } GiB에서는 최대 { $max } IOPS까지이며 요청한 값은 { $iops } IOPS입니다.
calc4-ebs-err-gp3-tp-ratio = gp3는 프로비저닝된 IOPS당 최대 0.25 MiB/s입니다. { $iops } IOPS에서는 최대 { $max } MiB/s까지이며 요청한 값은 { $throughput } MiB/s입니다.
calc4-ebs-err-io-ratio = { $type } 유형은 GiB당 최대 { $ratio } IOPS입니다. { $size } GiB에서는 최대 { $max } IOPS까지이며 요청한 값은 { $iops } IOPS입니다.
calc4-ebs-step-gp3 = gp3 성능은 크기와 무관합니다. { $iops } IOPS, { $throughput } MiB/s(3,000 IOPS와 125 MiB/s는 기본 포함, 그 이상은 최대 80,000 IOPS, 2,000 MiB/s까지 추가 프로비저닝).
calc4-ebs-step-gp2 = gp2 기준 성능은 GiB당 3 IOPS이며 최소 100, 최대 16,000입니다. 3 × { $size } = { $raw } → { $baseline } IOPS.
calc4-ebs-step-gp2-burst = 1 TiB 미만 gp2 볼륨은 I/O 크레딧으로 3,000 IOPS까지 버스트합니다. 가득 찬 540만 크레딧은 5,400,000 ÷ (3,000 − { $baseline }) = { $seconds }초 동안 유지되고, 소진되면 기준 성능으로 내려갑니다.
calc4-ebs-step-gp2-no-burst = 기준 성능 { $baseline } IOPS가 이미 3,000 이상이므로 이 볼륨은 버스트하지 않습니다(크레딧이 소진되지 않음).
calc4-ebs-step-io = { $type } 볼륨은 프로비저닝한 { $iops } IOPS를 제공합니다(GiB당 최대 { $ratio } IOPS).
calc4-ebs-step-io-throughput = 처리량은 유형의 최대값({ $max } MiB/s)으로 표시합니다. 실제 처리량은 IOPS와 I/O 크기에 따라서도 달라집니다.
calc4-ebs-step-hdd = { $type } 처리량은 크기에 비례합니다. TiB당 기준 { $base } MiB/s, 버스트 { $burst } MiB/s이며 최대 { $max } MiB/s입니다. { $size } GiB → 기준 { $baseline } MiB/s, 버스트 { $burstmibs } MiB/s.
calc4-ebs-note-instance = 참고: 인스턴스도 EBS 성능을 제한합니다. EBS 대역폭이나 IOPS 한도가 낮은 인스턴스 유형에서는 볼륨 성능을 다 쓰지 못합니다.
calc4-mis-total-rounding = 항목마다가 아니라 합계를 올림했습니다. DynamoDB는 각 항목을 먼저 4 KB(읽기)나 1 KB(쓰기) 단위로 올림합니다.
calc4-mis-no-eventual-half = 강력한 일관성 기준 값입니다. 최종 일관성 읽기는 절반만 듭니다.
calc4-mis-eventual-doubles = 최종 일관성은 비용을 절반으로 줄입니다. 두 배가 되는 것은 트랜잭션입니다.
calc4-mis-write-4kb = 쓰기 단위는 4 KB가 아니라 1 KB입니다. 4 KB는 읽기 단위입니다.
calc4-mis-read-1kb = 읽기 단위는 1 KB가 아니라 4 KB입니다. 1 KB는 쓰기 단위입니다.
calc4-mis-one-unit-per-item = 쓰기 한 번에 1단위는 1 KB 이하 항목에만 해당합니다. 더 큰 항목은 시작된 KB마다 1단위가 듭니다.
calc4-mis-no-transaction-double = 트랜잭션 쓰기는 두 배가 든다는 점을 빠뜨렸습니다.
calc4-mis-transaction-quadruple = 트랜잭션은 비용을 한 번만 두 배로 만듭니다. 두 번 곱하지 않습니다.
calc4-mis-strong-halved = 절반 규칙은 최종 일관성 읽기에 적용되며 강력한 일관성 읽기에는 적용되지 않습니다.
calc4-mis-gp3-old-cap = 16,000 IOPS는 gp3의 예전 최대값입니다. 2025년부터 gp3는 최대 80,000 IOPS입니다.
calc4-mis-gp3-as-gp2 = GiB당 3 IOPS는 gp2 기준 성능 규칙입니다. gp3는 GiB당 최대 500 IOPS입니다.
calc4-mis-gp3-no-cap = GiB당 500 IOPS라도 볼륨 최대값 80,000 IOPS에서 멈춥니다.
calc4-mis-gp3-baseline = 3,000 IOPS는 gp3에 포함된 기본 성능이지 최대값이 아닙니다.
calc4-mis-burst-ignores-earning = 볼륨이 기준 성능만큼 계속 쌓는 크레딧을 무시했습니다. 3,000에서 기준 성능을 뺀 값으로 나누세요.
calc4-mis-burst-divides-baseline = 540만 크레딧은 기준 성능이 아니라 버스트 속도에서 기준 성능을 뺀 값으로 나눕니다.
calc4-mis-burst-always-30min = 30분은 기준 성능이 없는 볼륨에만 해당합니다. 기준 성능이 있으면 버스트가 더 오래 갑니다.
