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
