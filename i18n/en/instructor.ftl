# Profiles, quiz files and attempts, gradebooks (issue 11).

profile-db-source = the own database of profile { $name }, in the profiles folder beside the database { $origin } names
quiz-err-own-collides = the quiz's own item "{ $id }" has the id of a bank item; give it another id (for example with the quiz's name as prefix)
instructor-quiz-valid = { $file }: valid, { $count ->
    [one] one item on each paper
   *[other] { $count } items on each paper
}, { $own ->
    [0] no items of its own
    [one] one item of its own
   *[other] { $own } items of its own
}
instructor-history-none = No quiz taken yet in this database. Sit one with: awsdrill quiz take FILE
instructor-col-taken = Taken
instructor-col-quiz = Quiz
instructor-col-score = Score
instructor-col-result = Result
instructor-passed = passed
instructor-failed = not passed
instructor-skipped-older = skipped { $file }: an older export of learner “{ $learner }” than { $newer }
instructor-report-empty = no learner export to report on; give export files or a folder holding *.json files written by awsdrill cohort export
instructor-col-learner = Learner
