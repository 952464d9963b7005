# awsdrill goal
goal-bad-exam = Unknown exam “{ $exam }”. Use clf-c02 or saa-c03.
goal-bad-date = Cannot read the date “{ $date }”. Write it as YYYY-MM-DD, e.g. 2026-12-20.
goal-date-past = The exam date { $date } has already passed. Choose today or a later day.
goal-set = Goal set: { $exam } on { $date } ({ $days } day(s) left). Study now brings every item back before that day.
goal-cleared = Goal removed. Study schedules items without an exam date again.
goal-none = No goal is set. Set one with `awsdrill goal set clf-c02 --date YYYY-MM-DD`.
goal-heading = { $exam } on { $date }: { $days } day(s) left. Readiness = predicted recall at the start of exam day.
goal-col-domain = Domain
goal-col-weight = Weight
goal-col-seen = Seen
goal-col-readiness = Readiness
goal-domain = Domain { $n }
goal-overall = Overall (weighted)
goal-pass-line = Pass line: { $line } of readiness (the pass mark over 1000).
goal-above-line = You are above the pass line.
goal-below-line = You are below the pass line.
goal-estimate-note = This is an estimate from your review history, not a predicted exam score: AWS publishes no mapping to the scaled score.
goal-pace = { $unseen } item(s) of this exam are still unseen; to see them all before exam day, take { $pace } new item(s) a day.
goal-pace-warning = Warning: { $pace } new items a day is above your daily limit of { $limit }. Raise it with `awsdrill study --new { $pace }`, or accept that some items stay unseen.
goal-stats-heading = Readiness for { $exam } on { $date }

# awsdrill profiles
profiles-none = No progress databases yet under { $dir }.
profiles-col-name = Profile
profiles-col-modified = Last modified (UTC)
profiles-col-path = File
profiles-default = (default)
profiles-hint = * = in use now. Choose one with --profile NAME or AWSDRILL_PROFILE=NAME.

# awsdrill cohort
cohort-exported = Exported { $items } item(s) for { $learner } to { $file }.
cohort-err-io = { $file }: cannot read the file: { $reason }
cohort-err-json = { $file }:{ $line }:{ $column }: not valid JSON (truncated or damaged?): { $reason }
cohort-err-format = { $file }: not an awsdrill cohort file (expected "format": "awsdrill-cohort" and a "version").
cohort-err-version = { $file }: written in cohort format version { $version }, newer than this awsdrill reads ({ $supported }). Update awsdrill.
cohort-err-duplicate = { $file }: learner “{ $learner }” already comes from { $first }; this file was skipped.
cohort-err-goal = { $file }: unknown goal “{ $exam }” on “{ $date }” (use clf-c02 or saa-c03 and YYYY-MM-DD); the learner is reported without a goal.
cohort-partial = The report uses { $good } good file(s); { $bad } problem(s) are listed above.
cohort-heading = { $exam } cohort on { $today }: { $count } learner(s). Pass line { $line } of readiness (an estimate).
cohort-col-learner = Learner
cohort-col-last-active = Last active
cohort-col-streak = Streak
cohort-col-7d = 7 days
cohort-col-30d = 30 days
cohort-col-seen = Seen
cohort-col-readiness = Readiness
cohort-col-mock = Mock
cohort-col-leeches = Leeches
cohort-col-risk = At risk
cohort-col-mean = Mean
cohort-col-spread = Spread
cohort-col-range = Range
cohort-risk-inactive = inactive 3+ days
cohort-risk-below-pass-line = below the pass line
cohort-domains-title = Readiness per domain (cohort)
cohort-domain-line = Domain { $n } ({ $weight }%): mean { $mean }, spread ±{ $spread }, range { $min }–{ $max }
cohort-weakest-title = Weakest topics
cohort-hardest-title = Hardest items (lapses / reviews)
cohort-leaderboard-title = Leaderboard
cohort-learners-title = Learners
cohort-chart-title = Cohort readiness per domain
cohort-heatmap-title = Activity, last 30 days
cohort-pass-line-label = pass line { $line }
cohort-html-title = { $exam } cohort report, { $today }
cohort-items = { $n } item(s)
cohort-reviews-30d = { $n } review(s) in 30 days
cohort-none = none
