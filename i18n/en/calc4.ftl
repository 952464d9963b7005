# calc dynamodb, calc ebs (issue 15)
calc4-err-size = { $flag } "{ $value }" is not a size; give a whole number of bytes, or with a unit B, KB, KiB, MB, GB (1 KB = 1,024 bytes), never negative
calc4-ddb-err-consistency = --consistency "{ $value }" is unknown; accepted: eventual, strong, transactional
calc4-ddb-err-mode = --mode "{ $value }" is unknown; accepted: provisioned, on-demand
calc4-ddb-err-too-large = --item-size { $bytes } bytes is over DynamoDB's 400 KB item limit (409,600 bytes)
calc4-ddb-step-read-blocks = Reads are counted in 4 KB units, rounded up per item: { $bytes } bytes → { $blocks ->
        [one] { $blocks } unit
       *[other] { $blocks } units
    } per read.
calc4-ddb-step-read-factor = { $consistency ->
        [eventual] An eventually consistent read costs half: { $blocks } × 0.5 = { $per } per read.
        [transactional] A transactional read costs double: { $blocks } × 2 = { $per } per read.
       *[other] A strongly consistent read costs one per 4 KB unit: { $per } per read.
    }
calc4-ddb-step-read-total = { $mode ->
        [provisioned] { $reads } reads/s × { $per } = { $units } RCU (provisioned capacity is set in whole units, so a half rounds up).
       *[other] { $reads } reads/s × { $per } = { $units } read request units per second (on-demand bills what is used).
    }
calc4-ddb-note-total-rounding = Mistake to avoid: dividing the total bytes by 4 KB rounds the total instead of each item and gives { $wrong }, not { $units }.
calc4-ddb-step-write-blocks = Writes are counted in 1 KB units, rounded up per item: { $bytes } bytes → { $blocks ->
        [one] { $blocks } unit
       *[other] { $blocks } units
    } per write.
calc4-ddb-step-write-total = { $transactional ->
        [yes] A transactional write costs double: { $writes } writes/s × { $per } = { $units } { $mode ->
            [provisioned] WCU
           *[other] write request units per second
        }.
       *[other] { $writes } writes/s × { $per } = { $units } { $mode ->
            [provisioned] WCU
           *[other] write request units per second
        }.
    }
calc4-ddb-step-nothing = No reads or writes were asked for (--reads and --writes are 0), so both sides are 0.
calc4-ebs-err-type = --type "{ $value }" is not an EBS volume type; accepted: gp2, gp3, io1, io2, st1, sc1
calc4-ebs-err-size = --size "{ $value }" is not a size; give whole GiB (e.g. 500) or a whole number with GiB or TiB, never negative
calc4-ebs-label-invalid = [invalid]
calc4-ebs-err-range = { $field } { $value } is outside the allowed { $min }–{ $max }.
calc4-ebs-err-not-settable = { $field } cannot be set on { $type } volumes.
calc4-ebs-err-iops-required = { $type } volumes need --iops (provisioned IOPS).
calc4-ebs-err-gp3-iops-ratio = gp3 allows at most 500 IOPS per GiB: { $size } GiB allows { $max } IOPS, not { $iops }.
calc4-ebs-err-gp3-tp-ratio = gp3 allows at most 0.25 MiB/s per provisioned IOPS: { $iops } IOPS allow { $max } MiB/s, not { $throughput }.
calc4-ebs-err-io-ratio = { $type } allows at most { $ratio } IOPS per GiB: { $size } GiB allows { $max } IOPS, not { $iops }.
calc4-ebs-step-gp3 = gp3 performance does not depend on size: { $iops } IOPS and { $throughput } MiB/s (3,000 IOPS and 125 MiB/s are included; more is provisioned, up to 80,000 IOPS and 2,000 MiB/s).
calc4-ebs-step-gp2 = gp2 baseline is 3 IOPS per GiB, at least 100 and at most 16,000: 3 × { $size } = { $raw } → { $baseline } IOPS.
calc4-ebs-step-gp2-burst = Under 1 TiB a gp2 volume can burst to 3,000 IOPS on I/O credits: a full bucket of 5.4 million credits lasts 5,400,000 ÷ (3,000 − { $baseline }) = { $seconds } s; once empty it drops to the baseline.
calc4-ebs-step-gp2-no-burst = The baseline of { $baseline } IOPS is already at or above 3,000, so this volume does not burst (its credits never run out).
calc4-ebs-step-io = { $type } delivers the provisioned { $iops } IOPS (at most { $ratio } IOPS per GiB).
calc4-ebs-step-io-throughput = Throughput is shown as the type's maximum ({ $max } MiB/s); what a volume reaches also depends on its IOPS and I/O size.
calc4-ebs-step-hdd = { $type } throughput scales with size: { $base } MiB/s baseline and { $burst } MiB/s burst per TiB, capped at { $max } MiB/s; { $size } GiB → { $baseline } MiB/s baseline, { $burstmibs } MiB/s burst.
calc4-ebs-note-instance = Note: the instance caps EBS performance too; an instance type with lower EBS bandwidth or IOPS limits what the volume can deliver.
calc4-mis-total-rounding = You rounded the total instead of each item: DynamoDB rounds every item up to its own 4 KB (reads) or 1 KB (writes) first.
calc4-mis-no-eventual-half = That is the strongly consistent figure; an eventually consistent read costs half.
calc4-mis-eventual-doubles = Eventual consistency halves the cost; it does not double it (that is transactional).
calc4-mis-write-4kb = Write units cover 1 KB, not 4 KB; 4 KB is the read unit.
calc4-mis-read-1kb = Read units cover 4 KB, not 1 KB; 1 KB is the write unit.
calc4-mis-one-unit-per-item = One unit per write holds only for items up to 1 KB; larger items take one unit per started KB.
calc4-mis-no-transaction-double = You forgot that transactional writes cost double.
calc4-mis-transaction-quadruple = Transactions double the cost once; they do not double it twice.
calc4-mis-strong-halved = Halving applies to eventually consistent reads, not strongly consistent ones.
calc4-mis-gp3-old-cap = 16,000 IOPS was gp3's old maximum; since 2025 gp3 goes up to 80,000 IOPS.
calc4-mis-gp3-as-gp2 = 3 IOPS per GiB is gp2's baseline rule; gp3 allows up to 500 IOPS per GiB.
calc4-mis-gp3-no-cap = 500 IOPS per GiB stops at the 80,000 IOPS volume maximum.
calc4-mis-gp3-baseline = 3,000 IOPS is gp3's included baseline, not its maximum.
calc4-mis-burst-ignores-earning = You ignored the credits the volume keeps earning at its baseline; divide by 3,000 minus the baseline.
calc4-mis-burst-divides-baseline = Divide the 5.4 million credits by the burst rate minus the baseline, not by the baseline.
calc4-mis-burst-always-30min = 30 minutes holds only for a volume with no baseline; the baseline stretches the burst.
