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
