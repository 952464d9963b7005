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
