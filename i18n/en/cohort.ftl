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
