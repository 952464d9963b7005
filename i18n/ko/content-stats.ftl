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
cstats-scenarios = 시험 과제별 시나리오 문제 수
cstats-key-longest = 정답이 가장 긴 보기인 문제: 정답 하나 문제 { $total }개 중 { $count }개 ({ $percent }%, 30% 이하 권장)
cstats-keys-longest = 정답들이 정확히 가장 긴 보기들인 문제: 여러 개 고르기 문제 { $total }개 중 { $count }개 ({ $percent }%, 15% 이하 권장)
cstats-checks = 모델이 정답을 검증하는 문제: { $checked }개, 계산 가능한 요점을 다루지만 검증이 없는 문제: { $unchecked }개(--json으로 목록 확인)
