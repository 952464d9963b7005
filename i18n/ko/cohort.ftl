# awsdrill goal
goal-bad-exam = 알 수 없는 시험 “{ $exam }”입니다. clf-c02 또는 saa-c03을 사용하십시오.
goal-bad-date = 날짜 “{ $date }” 값을 읽을 수 없습니다. 2026-12-20처럼 YYYY-MM-DD 형식으로 쓰십시오.
goal-date-past = 시험 날짜 { $date } 날짜가 이미 지났습니다. 오늘 이후의 날짜를 고르십시오.
goal-set = 목표를 설정했습니다: { $date }에 { $exam } 응시 ({ $days }일 남음). 이제 학습은 모든 항목을 그날 전에 다시 보여 줍니다.
goal-cleared = 목표를 삭제했습니다. 학습 일정이 다시 시험 날짜 없이 잡힙니다.
goal-none = 설정된 목표가 없습니다. `awsdrill goal set clf-c02 --date YYYY-MM-DD` 명령으로 설정하십시오.
goal-heading = { $date }에 { $exam } 응시: { $days }일 남음. 준비도 = 시험 당일 시작 시점의 예상 기억률입니다.
goal-col-domain = 도메인
goal-col-weight = 비중
goal-col-seen = 학습함
goal-col-readiness = 준비도
goal-domain = 도메인 { $n }
goal-overall = 전체 (가중 평균)
goal-pass-line = 합격선: 준비도 { $line } (합격 점수 ÷ 1000).
goal-above-line = 합격선 위에 있습니다.
goal-below-line = 합격선 아래에 있습니다.
goal-estimate-note = 복습 기록에서 낸 추정치이며 시험 점수 예측이 아닙니다. AWS는 환산 점수와의 대응을 공개하지 않습니다.
goal-pace = 이 시험의 항목 중 { $unseen }개를 아직 보지 않았습니다. 시험일 전에 모두 보려면 하루에 새 항목을 { $pace }개씩 학습하십시오.
goal-pace-warning = 경고: 하루 새 항목 { $pace }개는 일일 한도 { $limit }개보다 많습니다. `awsdrill study --new { $pace }` 명령으로 한도를 올리거나, 일부 항목은 보지 못한 채 남는다는 점을 감안하십시오.
goal-stats-heading = { $date } { $exam } 시험 준비도

# awsdrill profiles
profiles-none = { $dir } 폴더에 아직 학습 기록 데이터베이스가 없습니다.
profiles-col-name = 프로필
profiles-col-modified = 마지막 수정 (UTC)
profiles-col-path = 파일
profiles-default = (기본)
profiles-hint = * = 지금 사용 중. --profile NAME 또는 AWSDRILL_PROFILE=NAME으로 고르십시오.

# awsdrill cohort
cohort-exported = 학습자 { $learner } 님의 항목 { $items }개를 { $file } 파일로 내보냈습니다.
cohort-err-io = { $file }: 파일을 읽을 수 없습니다: { $reason }
cohort-err-json = { $file }:{ $line }:{ $column }: 올바른 JSON 형식이 아닙니다(잘렸거나 손상되었을 수 있음): { $reason }
cohort-err-format = { $file }: awsdrill 코호트 파일이 아닙니다("format": "awsdrill-cohort" 및 "version" 필드가 필요합니다).
cohort-err-version = { $file }: 코호트 형식 버전 { $version } 파일로, 이 awsdrill이 읽는 버전({ $supported })보다 새롭습니다. awsdrill을 업데이트하십시오.
cohort-err-duplicate = { $file }: 학습자 “{ $learner }” 데이터는 이미 { $first } 파일에서 읽었습니다. 이 파일은 건너뜁니다.
cohort-err-goal = { $file }: 알 수 없는 목표 “{ $exam }”, 날짜 “{ $date }” (clf-c02 또는 saa-c03, YYYY-MM-DD 형식을 사용하십시오). 이 학습자는 목표 없이 보고합니다.
cohort-partial = 올바른 파일 { $good }개로 보고서를 만들었습니다. 문제 { $bad }건은 위에 표시했습니다.
cohort-heading = { $today } 기준 { $exam } 코호트: 학습자 { $count }명. 합격선은 준비도 { $line }입니다(추정치).
cohort-col-learner = 학습자
cohort-col-last-active = 마지막 학습
cohort-col-streak = 연속
cohort-col-7d = 7일
cohort-col-30d = 30일
cohort-col-seen = 학습함
cohort-col-readiness = 준비도
cohort-col-mock = 모의고사
cohort-col-leeches = 거머리
cohort-col-risk = 위험
cohort-col-mean = 평균
cohort-col-spread = 편차
cohort-col-range = 범위
cohort-risk-inactive = 3일 이상 학습 안 함
cohort-risk-below-pass-line = 합격선 미만
cohort-domains-title = 도메인별 준비도 (코호트)
cohort-domain-line = 도메인 { $n } ({ $weight }%): 평균 { $mean }, 편차 ±{ $spread }, 범위 { $min }–{ $max }
cohort-weakest-title = 가장 약한 주제
cohort-hardest-title = 가장 어려운 항목 (실패 / 복습)
cohort-leaderboard-title = 순위표
cohort-learners-title = 학습자
cohort-chart-title = 도메인별 코호트 준비도
cohort-heatmap-title = 최근 30일 학습 활동
cohort-pass-line-label = 합격선 { $line }
cohort-html-title = { $exam } 코호트 보고서, { $today }
cohort-items = 항목 { $n }개
cohort-reviews-30d = 30일간 복습 { $n }회
cohort-none = 없음
