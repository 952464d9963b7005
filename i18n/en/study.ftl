# awsdrill study
study-start = Today: { $learning } in learning, { $review } to review, { $new } new. Type `quit` to stop; progress is saved after every answer.
study-cram-note = Cram session: answers are logged but the schedule does not change.
study-nothing-due = Nothing is due. Try `awsdrill study --cram` to practise anyway, or `awsdrill study --new 10` for more new items.
study-nothing-due-next = Nothing is due now. The next item is due in { $when }; { $tomorrow } are due tomorrow.
study-kind-card = card
study-kind-question = question
study-kind-choose = question · choose { $n }
study-kind-exercise = exercise
study-new = new
study-hint-rate = rate your recall: 1 again · 2 hard · 3 good · 4 easy
study-hint-choice = answer with a letter (a–{ $last })
study-hint-choose = choose { $n }: letters separated by commas, e.g. a,c (a–{ $last })
study-hint-number = answer with a whole number
study-hint-text = type your answer
study-bad-rating = rate with 1–4 or again, hard, good, easy
study-press-enter = Press Enter to show the answer
study-rate = How well did you recall it?
study-correct = ✓ Correct
study-wrong = ✗ Not quite
study-right-answer = The right answer:
study-misconception = Likely misconception:
study-reference = Reference: { $url }
study-next = Next review in { $when }.
study-leech = This item has lapsed { $lapses } times and is now a leech: read the reference again, or rewrite it in your own words.
study-pending = { $count ->
    [one] { $count } item
   *[other] { $count } items
} in learning come back in { $when }; run `awsdrill` again then.
study-leeches-summary = { $count ->
    [one] { $count } item
   *[other] { $count } items
} became leeches today; `awsdrill stats` lists them.
study-summary-title = Session
study-summary-answered = Answered
study-summary-correct = Correct
study-summary-wrong = Wrong
study-summary-cards = Cards rated
study-summary-new = New items
study-summary-again = Again
study-summary-hard = Hard
study-summary-good = Good
study-summary-easy = Easy
model-convention = [model convention]
rating-again = again
rating-hard = hard
rating-good = good
rating-easy = easy
time-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
time-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
time-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
error-bad-retention = --retention { $value } is out of range: use a number from 0.70 to 0.99, e.g. 0.9
error-limit-zero = --limit must be at least 1
error-unknown-topic = no items have the topic "{ $topic }"; topics with items: { $topics }
error-record-failed = could not save the answer; your earlier answers are safe
study-goal-pace = { $unseen } { $exam } items are still unseen, so today allows { $pace } new items to finish them before the exam (`--new N` overrides).
