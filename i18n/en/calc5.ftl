# calc s3-lifecycle, calc route53 (issue 15)
calc5-err-days = { $flag } "{ $value }" is not a number of days; give a whole number, 0 or more
calc5-err-read = Cannot read { $path }: { $detail }
calc5-err-in-file = { $path }:{ $detail }
calc5-label-refused = [refused by S3]
calc5-lc-err-json = { $line }:{ $column }: not a lifecycle configuration: { $detail }
calc5-lc-err-value = { $field } "{ $value }" is not accepted; accepted: { $accepted }
calc5-lc-err-class = --class "{ $value }" is not a storage class; accepted: { $accepted }
calc5-lc-err-noncurrent-age = --noncurrent-days { $noncurrent } is more than the object's age (--days { $days })
calc5-lc-prob-duplicate-id = Rule { $rule }: another rule already has this ID; rule IDs must be unique.
calc5-lc-prob-filter-and-prefix = Rule { $rule }: give either Filter or the older top-level Prefix, not both.
calc5-lc-prob-no-action = Rule { $rule }: a rule needs at least one action (Transitions, Expiration, NoncurrentVersionTransitions, NoncurrentVersionExpiration or AbortIncompleteMultipartUpload).
calc5-lc-prob-size-range = Rule { $rule }: ObjectSizeGreaterThan ({ $gt }) must be less than ObjectSizeLessThan ({ $lt }).
calc5-lc-prob-abort-tags = Rule { $rule }: AbortIncompleteMultipartUpload cannot be used in a rule whose filter has tags.
calc5-lc-prob-min-30 = Rule { $rule }: '{ $field }' in the { $action } action must be at least 30 for storage class { $class }, not { $days } (objects stay 30 days before Standard-IA or One Zone-IA).
calc5-lc-prob-same-class = Rule { $rule }: two transitions to { $class } in one rule.
calc5-lc-prob-same-day = Rule { $rule }: { $a } and { $b } are both at { $field } { $days }; transitions in one rule need different days.
calc5-lc-prob-waterfall = Rule { $rule }: S3 Lifecycle cannot move objects from { $from } (day { $d1 }) to { $to } (day { $d2 }); the waterfall only goes to colder classes it supports.
calc5-lc-prob-ia-gap = Rule { $rule }: the { $to } transition (day { $d2 }) must come at least 30 days after the { $from } transition (day { $d1 }) in the same rule.
calc5-lc-prob-marker-and-days = Rule { $rule }: Expiration cannot have both Days and ExpiredObjectDeleteMarker.
calc5-lc-prob-expire-zero = Rule { $rule }: '{ $field }' of an expiration must be a positive number.
calc5-lc-prob-expire-empty = Rule { $rule }: Expiration needs Days (or ExpiredObjectDeleteMarker).
calc5-lc-prob-expire-before = Rule { $rule }: '{ $field }' in the expiration ({ $days }) must be greater than the last transition's days ({ $last }, to { $class }).
calc5-lc-step-refused = S3 refuses this configuration ({ $count ->
        [one] one problem
       *[other] { $count } problems
    }), so no rule applies and the object stays in its class.
calc5-lc-step-valid = S3 accepts this configuration ({ $count ->
        [one] one rule
       *[other] { $count } rules
    }).
calc5-lc-step-disabled = Rule { $rule } is Disabled, so it does nothing.
calc5-lc-step-prefix-miss = Rule { $rule } does not apply: key { $key } does not start with { $prefix }.
calc5-lc-step-prefix-assumed = Rule { $rule } filters on prefix { $prefix }; no --key was given, so the object is taken to match it.
calc5-lc-step-tags-assumed = Rule { $rule } filters on tags; the object is taken to carry them.
calc5-lc-step-size-miss = Rule { $rule } does not apply: { $size } bytes is outside its size filter (greater than { $gt }, less than { $lt }).
calc5-lc-step-applies = Rule { $rule } applies to the object.
calc5-lc-step-too-small = Rule { $rule }: the object ({ $size } bytes) is under 128 KB, so by default S3 does not transition it to { $class } (a size filter on the rule would change that).
calc5-lc-step-transition = Day { $day }: rule { $rule } moves the object from { $from } to { $to }.
calc5-lc-step-noncurrent = Day { $day }: the object becomes a noncurrent version; from now on the Noncurrent actions count its days.
calc5-lc-step-expired = Day { $day }: the object expires and is deleted; the timeline ends there.
calc5-lc-step-expires-later = The object will expire on day { $day }, after its current age of { $age } days.
calc5-lc-step-no-expiration = No expiration applies, so the object is kept.
calc5-lc-step-current-expiration-ignored = Expiration acts on current versions only; a noncurrent version is deleted by NoncurrentVersionExpiration.
calc5-lc-step-early = { $class } has a { $min }-day minimum: the object left it after { $stored } days, so { $extra } more days are charged.
calc5-lc-step-min-size = In { $class } an object of { $size } bytes is billed as { $kb } KB (the class's minimum billable size).
calc5-lc-step-overhead = In { $class } each object also carries 40 KB of metadata (8 KB billed at S3 Standard rates, 32 KB at this class's rate).
calc5-lc-step-billed = { $class }: stored { $stored ->
        [one] { $stored } day
       *[other] { $stored } days
    }, billed { $billed ->
        [one] { $billed } day
       *[other] { $billed } days
    }.
