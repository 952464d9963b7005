# Mock exams (`awsdrill exam`) and instructor quizzes (`awsdrill quiz`).

## Blueprint problems (content validate)
exam-err-unknown-exam = exam "{ $exam }" is unknown; use clf-c02 or saa-c03
exam-err-file-name = the blueprint of { $exam } must be the file exams/{ $exam }.yaml (found in { $file })
exam-err-domain-count = { $exam } has { $expected } domains in its exam guide, but the blueprint lists { $found }
exam-err-domain-number = domains must be numbered 1, 2, 3… in order: expected { $expected }, found { $found }
exam-err-positive = `{ $field }` must be 1 or more
exam-err-scale = the scale must go up: min { $min } is not below max { $max }
exam-err-pass = pass mark { $pass } is outside the scale { $min }–{ $max }
exam-err-weights = domain weights must add up to 100 (they add up to { $sum })
exam-err-no-blueprint = the content has no blueprint { $file }
exam-err-no-items = the bank has no questions or exercises for { $exam } yet

## Sitting
exam-warn-shortfall = warning: the bank has only { $available } item(s) for “{ $domain }” (the blueprint asks for { $wanted }); the paper takes what exists
exam-warn-short-paper = warning: this paper has { $count } items instead of { $items } because the bank is still being written
exam-hint-choose-one = one letter, a–{ $last }
exam-hint-choose-n = choose { $n }: letters separated by commas, e.g. a,c (a–{ $last })
exam-hint-number = a whole number
exam-hint-text = type the answer
exam-unreadable = could not read “{ $line }”: { $accepted } (an empty line leaves the item unanswered)
exam-time-left = ⏱ { $time } left
exam-no-timer = ⏱ no timer
exam-progress = { $answered }/{ $total } answered, { $flagged } flagged
exam-flagged = flagged for review
exam-tty-help = answer (b, a,c, 251) · Enter next · :p previous · :f flag · :g N go to item · :m map · :s submit
exam-press-enter = press Enter to go back
exam-map-legend = ● answered { $answered } · ○ unanswered { $unanswered } · ⚑ flagged { $flagged }
exam-confirm-submit = Submit now? { $unanswered } unanswered (they count as wrong), { $flagged } flagged
exam-bad-jump = go to an item with :g N, N from 1 to { $total }
exam-unknown-command = unknown command; commands are :n :p :f :g N :m :s
exam-time-up = Time is up: the exam was submitted as it stood.

## Result
exam-result-title = { $title } · seed { $seed }
exam-raw-score = Raw score: { $correct } / { $total } ({ $percent }%)
exam-col-domain = Domain
exam-col-weight = Weight
exam-col-correct = Correct
exam-col-percent = Score
exam-scaled-estimate = Estimated scaled score: ~{ $scaled } (scale { $min }–{ $max }; an ESTIMATE, not an AWS score)
exam-convention-label = [model convention]
exam-scaled-convention = AWS publishes no mapping from raw to scaled scores. This estimate is a straight line from { $min } at 0% to { $max } at 100%; the real exam also has 15 unscored items and equates forms.
exam-passed = PASS: the estimate reaches the pass mark of { $pass }.
exam-failed = NOT PASSED: the estimate is below the pass mark of { $pass }.
exam-review-heading = Review of the items you missed:
exam-review-answers = your answer: { $given } · correct: { $key }
exam-unanswered = (unanswered)

## History
exam-col-date = Finished
exam-col-exam = Exam
exam-col-seed = Seed
exam-col-scaled = Estimate
exam-col-result = Result
exam-history-pass = pass
exam-history-fail = not passed
exam-history-empty = No mock exams yet. Sit one with `awsdrill exam clf-c02` or `awsdrill exam saa-c03`.
exam-history-note = Scaled scores are estimates (model convention); AWS publishes no mapping.

## Quiz files (content validate, quiz commands)
quiz-err-pass = pass_percent must be from 1 to 100 (found { $found })
quiz-err-empty = the quiz has no items: add `items` (ids) or `pools`
quiz-err-card = "{ $id }" is a card; quizzes take questions and exercises only
quiz-err-repeated = "{ $id }" is listed twice
quiz-err-selector = a pool needs exactly one of topic, domain or tag (found { $found })
quiz-err-domain = domain "{ $domain }" is not an exam domain; write it like saa-c03:1 or saa-c03:1.2
quiz-err-pool-short = this pool asks for { $count } item(s) but only { $available } are left to draw
quiz-err-pool-short-seed = { $file }: pool { $pool } asks for { $count } item(s) but only { $available } are left to draw
quiz-err-read = cannot read the quiz file { $file }: { $detail }
quiz-err-write = cannot write { $file }: { $detail }
quiz-start = { $title }: { $count } items (seed { $seed })
quiz-passed = PASS (pass mark { $pass }%)
quiz-failed = NOT PASSED (pass mark { $pass }%)
quiz-key-title = Answer key: { $title } · seed { $seed }
quiz-exported = wrote { $count } items to { $file }
quiz-md-minutes = Time limit: { $minutes } minutes
quiz-md-choose = Choose { $n }.
quiz-md-answer = Answer:
