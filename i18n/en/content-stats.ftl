# awsdrill content stats
cstats-items = Items: { $count }
cstats-by-kind = By kind
cstats-kind-card = concept cards
cstats-kind-question = questions
cstats-kind-exercise = computed exercises
cstats-by-topic = By topic
cstats-by-domain = By exam task statement
cstats-questions = Questions: { $single } with one answer, { $choose_n } choose-N
cstats-syllabus = Syllabus coverage: { $covered } of { $total } points ({ $percent }%)
cstats-uncovered = Syllabus points without items (point, topic):
cstats-without-ref = Items without a reference: { $count }
cstats-scenarios = Scenario questions per exam task statement
cstats-key-longest = Key is the longest option: { $count } of { $total } single-answer { $total ->
    [one] question
   *[other] questions
  } ({ $percent }%; aim for 30% or less)
cstats-keys-longest = Keys are exactly the longest options: { $count } of { $total } choose-N { $total ->
    [one] question
   *[other] questions
  } ({ $percent }%; aim for 15% or less)
cstats-checks = Keys verified by the model: { $checked } { $checked ->
    [one] question
   *[other] questions
  }; questions on computable points without a check: { $unchecked } (listed by --json)
