# 모의고사(`awsdrill exam`)와 강사용 퀴즈(`awsdrill quiz`).

## 출제 기준 파일 오류 (content validate)
exam-err-unknown-exam = 알 수 없는 시험 코드입니다: "{ $exam }". clf-c02 또는 saa-c03을 쓰세요
exam-err-file-name = { $exam } 시험의 출제 기준은 exams/{ $exam }.yaml 파일에 있어야 합니다(현재 파일: { $file })
exam-err-domain-count = { $exam } 시험 가이드의 도메인 수는 { $expected }개인데 출제 기준에는 { $found }개가 있습니다
exam-err-domain-number = 도메인 번호는 1, 2, 3… 순서여야 합니다. 기대한 번호 { $expected }, 실제 번호 { $found }
exam-err-positive = `{ $field }` 값은 1 이상이어야 합니다
exam-err-scale = 점수 범위의 최솟값 { $min } 값이 최댓값 { $max } 값보다 작아야 합니다
exam-err-pass = 합격 점수 { $pass } 값이 점수 범위 { $min }–{ $max } 밖에 있습니다
exam-err-weights = 도메인 비중의 합은 100이어야 합니다(현재 합계: { $sum })
exam-err-no-blueprint = 콘텐츠에 출제 기준 파일 { $file } 파일이 없습니다
exam-err-no-items = 문제 은행에 아직 { $exam } 시험용 문제나 연습 문제가 없습니다

## 응시
exam-warn-shortfall = 경고: 문제 은행에 “{ $domain }” 도메인 문항이 { $available }개뿐입니다(출제 기준: { $wanted }개). 있는 문항만 출제합니다
exam-warn-short-paper = 경고: 문제 은행이 아직 작성 중이라 이번 시험지는 { $items }문항이 아니라 { $count }문항입니다
exam-hint-choose-one = 알파벳 하나, a–{ $last }
exam-hint-choose-n = { $n }개 선택: 쉼표로 구분한 알파벳, 예: a,c (a–{ $last })
exam-hint-number = 정수
exam-hint-text = 답을 입력하세요
exam-unreadable = “{ $line }” 입력을 읽을 수 없습니다: { $accepted } (빈 줄을 입력하면 답하지 않은 문항으로 남습니다)
exam-time-left = ⏱ 남은 시간 { $time }
exam-no-timer = ⏱ 시간 제한 없음
exam-progress = { $total }문항 중 { $answered }문항 답함, 표시 { $flagged }개
exam-flagged = 검토 표시됨
exam-tty-help = 답 입력(b, a,c, 251) · Enter 다음 · :p 이전 · :f 표시 · :g N 문항 이동 · :m 문항 지도 · :s 제출
exam-press-enter = 돌아가려면 Enter 키를 누르세요
exam-map-legend = ● 답함 { $answered } · ○ 답하지 않음 { $unanswered } · ⚑ 표시 { $flagged }
exam-confirm-submit = 지금 제출할까요? 답하지 않은 문항 { $unanswered }개(오답으로 처리됩니다), 표시한 문항 { $flagged }개
exam-bad-jump = :g N 형식으로 이동하세요. N은 1부터 { $total }까지입니다
exam-unknown-command = 알 수 없는 명령입니다. 명령은 :n :p :f :g N :m :s 입니다
exam-time-up = 시간이 종료되어 현재 상태로 제출되었습니다.

## 결과
exam-result-title = { $title } · 시드 { $seed }
exam-raw-score = 원점수: { $total }문항 중 { $correct }문항 정답 ({ $percent }%)
exam-col-domain = 도메인
exam-col-weight = 비중
exam-col-correct = 정답 수
exam-col-percent = 정답률
exam-scaled-estimate = 환산 점수 추정치: ~{ $scaled } (범위 { $min }–{ $max }; AWS 점수가 아닌 추정치입니다)
exam-convention-label = [모델 관례]
exam-scaled-convention = AWS는 원점수를 환산 점수로 바꾸는 방식을 공개하지 않습니다. 이 추정치는 0%일 때 { $min }, 100%일 때 { $max }인 직선으로 계산합니다. 실제 시험에는 채점되지 않는 15문항이 있고 시험지 간 난이도도 보정됩니다.
exam-passed = 합격: 추정치가 합격 점수 { $pass }점에 도달했습니다.
exam-failed = 불합격: 추정치가 합격 점수 { $pass }점보다 낮습니다.
exam-review-heading = 틀린 문항 다시 보기:
exam-review-answers = 내 답: { $given } · 정답: { $key }
exam-unanswered = (답하지 않음)

## 기록
exam-col-date = 종료 시각
exam-col-exam = 시험
exam-col-seed = 시드
exam-col-scaled = 추정치
exam-col-result = 결과
exam-history-pass = 합격
exam-history-fail = 불합격
exam-history-empty = 아직 응시한 모의고사가 없습니다. `awsdrill exam clf-c02` 또는 `awsdrill exam saa-c03` 명령으로 응시하세요.
exam-history-note = 환산 점수는 추정치입니다(모델 관례). AWS는 환산 방식을 공개하지 않습니다.

## 퀴즈 파일 (content validate, quiz 명령)
quiz-err-pass = pass_percent 값은 1부터 100까지여야 합니다(현재 값: { $found })
quiz-err-empty = 퀴즈에 문항이 없습니다. `items`(ID 목록)나 `pools` 항목을 추가하세요
quiz-err-card = "{ $id }" 항목은 카드입니다. 퀴즈에는 문제와 연습 문제만 넣을 수 있습니다
quiz-err-repeated = "{ $id }" 항목이 두 번 나옵니다
quiz-err-selector = 풀(pool)에는 topic, domain, tag 중 정확히 하나가 있어야 합니다(현재 개수: { $found })
quiz-err-domain = 도메인 "{ $domain }" 값은 시험 도메인이 아닙니다. saa-c03:1 또는 saa-c03:1.2 형식으로 쓰세요
quiz-err-pool-short = 이 풀은 { $count }문항을 요구하지만 뽑을 수 있는 문항은 { $available }개뿐입니다
quiz-err-pool-short-seed = { $file }: { $pool }번째 풀은 { $count }문항을 요구하지만 뽑을 수 있는 문항은 { $available }개뿐입니다
quiz-err-read = 퀴즈 파일 { $file } 파일을 읽을 수 없습니다: { $detail }
quiz-err-write = { $file } 파일에 쓸 수 없습니다: { $detail }
quiz-start = { $title }: { $count }문항 (시드 { $seed })
quiz-passed = 합격 (합격 기준 { $pass }%)
quiz-failed = 불합격 (합격 기준 { $pass }%)
quiz-key-title = 정답표: { $title } · 시드 { $seed }
quiz-exported = { $count }문항을 { $file } 경로에 저장했습니다
quiz-md-minutes = 제한 시간: { $minutes }분
quiz-md-choose = { $n }개를 고르세요.
quiz-md-answer = 정답:
