learner-road-bad-exam = --exam 값 “{ $value }”에 해당하는 시험이 없습니다. 쓸 수 있는 값: clf-c02, saa-c03.
learner-road-bad-domain = --domain 값 “{ $value }”에 해당하는 도메인이 없습니다. saa-c03:2나 saa-c03:2.1처럼 시험 도메인이나 작업 항목을 쓰십시오(SAA-C03 도메인 1–4, CLF-C02 도메인 1–4).
learner-road-no-goal-hint = 준비할 시험을 고르지 않았습니다. 새 항목은 클라우드 기초부터 시작해 두 시험을 섞어 냅니다. `awsdrill goal set saa-c03`이나 `awsdrill study --exam clf-c02`로 시험을 고르십시오.
