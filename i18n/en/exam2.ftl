# Mock exams that can be left and resumed, and their review (issue 10).

## Answering
exam2-wrong-count = this item asks for { $n } choices and you gave { $picked ->
    [one] one
   *[other] { $picked }
}; give exactly { $n }
exam2-too-many-unreadable = Stopped: { $count } lines in a row for item { $number } could not be read as an answer. Last one: { $last }
    Your answers so far are saved; continue with `awsdrill exam resume`.
exam2-tty-help = answer (b, a,c, 251) · Enter next · :p previous · :f flag · :g N go to item · :m map · :s submit · :q leave (saved)
exam2-unknown-command = unknown command; commands are :n :p :f :g N :m :s :q

## Starting, leaving, resuming
exam2-started = Mock exam no. { $id }: every answer is saved as you give it. Type :q to leave; `awsdrill exam resume` continues later.
exam2-other-open = note: mock exam no. { $id } ({ $exam }) is still unfinished; `awsdrill exam resume { $id }` continues it.
exam2-left = Exam saved: { $answered } of { $total } answered, { $left } left. The timer is stopped while the exam is closed. Continue with `awsdrill exam resume` (no. { $id }).
exam2-no-limit = no time limit
exam2-resume-none = There is no unfinished mock exam. Start one with `awsdrill exam clf-c02` or `awsdrill exam saa-c03`.
exam2-resume-unknown = there is no mock exam no. { $id }; `awsdrill exam history` lists them
exam2-resume-finished = mock exam no. { $id } is already finished; see it with `awsdrill exam review`
exam2-resuming = Resuming mock exam no. { $id } ({ $exam }): { $answered } of { $total } answered, { $left } left (the timer was stopped while the exam was closed).
exam2-resuming-strict = Resuming mock exam no. { $id } ({ $exam }) in strict mode: { $answered } of { $total } answered, { $left } left (the clock kept running while the exam was closed).
exam2-err-item-gone = mock exam no. { $id } cannot be resumed: an item on its paper is no longer in the bank
exam2-misplaced-flag = { $flag } does not apply here: ID goes with `exam resume` or `exam review`, --strict with `exam resume`, --wrong and --flagged with `exam review`, --seed, --esl and --no-timer with `exam clf-c02|saa-c03`

## Result and history
exam2-scheduled = { $count ->
    [0] No missed items to add to your study schedule.
    [one] One missed item was added to your study schedule, due tomorrow.
   *[other] { $count } missed items were added to your study schedule, due tomorrow.
}
exam2-review-hint = Every item with the key and all explanations: `awsdrill exam review { $id }`
exam2-history-unfinished = Unfinished mock exams:
exam2-col-number = No.
exam2-col-saved = Saved
exam2-col-answered = Answered
exam2-col-left = Time left
exam2-history-resume-hint = Continue the latest with `awsdrill exam resume`, or one of them with `awsdrill exam resume NO`.
exam2-history-review-hint = See every item of an attempt with `awsdrill exam review NO`.

## Review
exam2-review-none = No finished mock exam to review yet.
exam2-review-unknown = there is no finished mock exam no. { $id }; `awsdrill exam history` lists them
exam2-review-title = Review of mock exam no. { $id }: { $title } · { $correct } / { $total } right
exam2-review-domain-score = { $correct } / { $total } right
exam2-review-right = ✓ right
exam2-review-wrong = ✗ wrong
exam2-review-item-gone = this item is no longer in the bank
exam2-review-nothing = No items match the filter.

## Exam-date rules in study (goal)
exam2-goal-capped = { $unseen } { $exam } items are still unseen; seeing them all in time would take { $pace } new items a day, more than a person can keep up with. Today allows { $cap }, so some items will stay unseen before the exam (`awsdrill config set new-per-day N` changes the limit).
exam2-goal-exam-day = Today is { $exam } exam day: reviews only, no new items. Good luck!
exam2-goal-passed = The { $exam } exam date ({ $date }) has passed: study schedules every interval normally again. Set a new date with `awsdrill goal set` or remove the goal with `awsdrill goal clear`.
exam2-nothing-due = Nothing is due. Try `awsdrill study --cram` to practise anyway.
exam2-more-new = For more new items today: `awsdrill study --new { $n }` (today's total), or save a daily limit with `awsdrill config set new-per-day N`.
exam2-goal-show-passed = The { $exam } exam date ({ $date }) has passed. Set a new date with `awsdrill goal set { $code } --date YYYY-MM-DD`, or remove the goal with `awsdrill goal clear`.
exam2-goal-pace-capped = That is more than the humane cap: study introduces { $cap } new items a day, so some items will stay unseen before the exam.
exam2-goal-pace-raised = Study raises today's new items to { $pace } on its own while the goal is set.

## config
exam2-config-bad-value = { $key } must be in { $range } (got “{ $value }”)
exam2-config-saved = Saved: { $key } = { $value }. It holds for every later session; `--new N` still overrides it for one day.
exam2-config-from-saved = saved
exam2-config-from-default = default
exam2-config-hint = Change a setting with `awsdrill config set KEY VALUE` (keys: new-per-day, reviews-per-day, retention).

## Study input
exam2-study-unreadable = Stopped: { $count } lines in a row could not be read as an answer (last: “{ $line }”: { $reason }). Everything answered so far is saved.
exam2-study-empty = an empty line is not an answer; type one, or `quit` to stop
exam2-tty-multi = choose { $n }: ↑↓ move, Space or a letter/number ticks, Enter submits, Esc stops
exam2-tty-single = ↑↓ move and Enter chooses, or press a–{ $last } / 1–{ $count }; Esc stops

## topics
exam2-topics-col-topic = Topic
exam2-topics-col-title = Title
exam2-topics-col-items = Items
exam2-topics-col-seen = Seen
exam2-topics-col-unseen = Unseen
exam2-topics-col-mastery = Mastery
exam2-topics-hint = Mastery = mean predicted recall now (unseen items count 0). Study one topic with `awsdrill study --topic TOPIC`.

## cards show
exam2-cards-example = (an example: every session draws new values) · answer: { $key }
exam2-cards-no-example = (this exercise needs a newer awsdrill to be generated)

## progress import
exam2-import-bad-mode = mode “{ $value }” is not study or cram
