# Quiz exports for LMSs and Kahoot, instructor content, the lead's HTML report (issue 11, part 2).

instructor2-flag-format = { $flag } only applies to --format { $format }
instructor2-kahoot-note = Made by awsdrill for Kahoot's spreadsheet import: questions from row 9, up to 120 characters a question and 75 an answer.
instructor2-kahoot-seed = Paper seed: { $seed }
instructor2-kahoot-question-cut = { $id }: the question has { $chars } characters; Kahoot takes { $max }, so it was shortened (read the full scenario aloud or show it on a slide)
instructor2-kahoot-answer-cut = { $id }: an answer has { $chars } characters; Kahoot takes { $max }, so it was shortened
instructor2-kahoot-answers-dropped = { $id }: Kahoot takes four answers; { $count ->
    [one] one wrong answer was
   *[other] { $count } wrong answers were
} left out
instructor2-kahoot-skipped = { $id }: left out, Kahoot's quiz questions are choices with one to four right answers
