# awsdrill content stats
cstats-items = 항목: { $count }개
cstats-by-kind = 종류별
cstats-kind-card = 개념 카드
cstats-kind-question = 문제
cstats-kind-exercise = 계산 연습
cstats-by-topic = 주제별
cstats-by-domain = 시험 과제(task statement)별
cstats-questions = 문제: 정답 하나 { $single }개, 여러 개 고르기 { $choose_n }개
cstats-syllabus = 학습 요점 포괄률: 전체 { $total }개 중 { $covered }개 ({ $percent }%)
cstats-uncovered = 항목이 없는 학습 요점(요점, 주제):
cstats-without-ref = 참고 문서가 없는 항목: { $count }개
