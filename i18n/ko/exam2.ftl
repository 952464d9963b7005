# 중간에 나갔다가 이어서 볼 수 있는 모의고사와 그 복습 (이슈 10).

## 답하기
exam2-wrong-count = 이 문항은 { $n }개를 골라야 하는데 { $picked }개를 골랐습니다. 정확히 { $n }개를 고르세요
exam2-too-many-unreadable = 중단: { $number }번 문항에 답으로 읽을 수 없는 줄이 { $count }번 연속으로 들어왔습니다. 마지막 줄: { $last }
    지금까지의 답은 저장되어 있으니 `awsdrill exam resume` 명령으로 이어서 보세요.
exam2-tty-help = 답 입력 (b, a,c, 251) · Enter 다음 · :p 이전 · :f 표시 · :g N 해당 문항으로 · :m 답안 지도 · :s 제출 · :q 나가기(저장됨)
exam2-unknown-command = 알 수 없는 명령입니다. 쓸 수 있는 명령: :n :p :f :g N :m :s :q

## 시작, 나가기, 이어 보기
exam2-started = 모의고사 { $id }번: 답은 입력하는 즉시 저장됩니다. :q를 입력하면 나가고, 나중에 `awsdrill exam resume` 명령으로 이어서 볼 수 있습니다.
exam2-other-open = 참고: 아직 끝내지 않은 모의고사가 있습니다({ $id }번, { $exam }). `awsdrill exam resume { $id }` 명령으로 이어서 볼 수 있습니다.
exam2-left = 시험을 저장했습니다: { $total }문항 중 { $answered }문항 답함, 남은 시간 { $left }. 시험을 닫아 둔 동안에는 타이머가 멈춥니다. `awsdrill exam resume` 명령으로 이어서 보세요({ $id }번).
exam2-no-limit = 시간 제한 없음
exam2-resume-none = 끝내지 않은 모의고사가 없습니다. `awsdrill exam clf-c02` 또는 `awsdrill exam saa-c03` 명령으로 새로 시작하세요.
exam2-resume-unknown = { $id }번 모의고사는 없습니다. 목록은 `awsdrill exam history` 명령으로 볼 수 있습니다
exam2-resume-finished = { $id }번 모의고사는 이미 끝났습니다. `awsdrill exam review` 명령으로 복습하세요
exam2-resuming = 모의고사 { $id }번을 이어서 봅니다({ $exam }): { $total }문항 중 { $answered }문항 답함, 남은 시간 { $left } (시험을 닫아 둔 동안에는 타이머가 멈춰 있었습니다).
exam2-resuming-strict = 모의고사 { $id }번을 엄격 모드로 이어서 봅니다({ $exam }): { $total }문항 중 { $answered }문항 답함, 남은 시간 { $left } (시험을 닫아 둔 동안에도 시간이 흘렀습니다).
exam2-err-item-gone = 모의고사 { $id }번은 이어서 볼 수 없습니다. 시험지의 문항 하나가 더 이상 문제 은행에 없습니다
exam2-misplaced-flag = 여기에는 { $flag } 옵션을 쓸 수 없습니다. ID는 `exam resume`이나 `exam review`에, --strict는 `exam resume`에, --wrong과 --flagged는 `exam review`에, --seed, --esl, --no-timer는 `exam clf-c02|saa-c03`에 씁니다

## 결과와 기록
exam2-scheduled = { $count ->
    [0] 학습 일정에 추가할 틀린 문항이 없습니다.
   *[other] 틀린 문항 { $count }개를 학습 일정에 추가했습니다. 내일 복습합니다.
}
exam2-review-hint = 모든 문항의 정답과 해설 보기: `awsdrill exam review { $id }`
exam2-history-unfinished = 끝내지 않은 모의고사:
exam2-col-number = 번호
exam2-col-saved = 저장 시각
exam2-col-answered = 답한 문항
exam2-col-left = 남은 시간
exam2-history-resume-hint = 가장 최근 시험은 `awsdrill exam resume`, 특정 시험은 `awsdrill exam resume 번호` 명령으로 이어서 보세요.
exam2-history-review-hint = 응시한 시험의 모든 문항은 `awsdrill exam review 번호` 명령으로 볼 수 있습니다.

## 복습
exam2-review-none = 아직 복습할 수 있는 끝난 모의고사가 없습니다.
exam2-review-unknown = 끝난 모의고사 중 { $id }번은 없습니다. 목록은 `awsdrill exam history` 명령으로 볼 수 있습니다
exam2-review-title = 모의고사 { $id }번 복습: { $title } · { $total }문항 중 { $correct }문항 정답
exam2-review-domain-score = { $total }문항 중 { $correct }문항 정답
exam2-review-right = ✓ 정답
exam2-review-wrong = ✗ 오답
exam2-review-item-gone = 이 문항은 더 이상 문제 은행에 없습니다
exam2-review-nothing = 조건에 맞는 문항이 없습니다.

## study의 시험일 규칙 (goal)
exam2-goal-capped = 아직 보지 않은 { $exam } 항목이 { $unseen }개입니다. 시험 전에 모두 보려면 하루에 새 항목 { $pace }개가 필요한데, 이는 꾸준히 감당하기 어려운 양입니다. 오늘은 { $cap }개까지만 보여 주므로 일부 항목은 시험 전까지 보지 못합니다(한도는 `awsdrill config set new-per-day N` 명령으로 바꿉니다).
exam2-goal-exam-day = 오늘은 { $exam } 시험일입니다. 새 항목 없이 복습만 합니다. 행운을 빕니다!
exam2-goal-passed = { $exam } 시험일이 지났습니다({ $date }). 이제 모든 간격을 평소처럼 잡습니다. 새 날짜는 `awsdrill goal set`, 목표 삭제는 `awsdrill goal clear` 명령으로 합니다.
exam2-nothing-due = 복습할 항목이 없습니다. 그래도 연습하려면 `awsdrill study --cram` 명령을 쓰세요.
exam2-more-new = 오늘 새 항목을 더 보려면 `awsdrill study --new { $n }`(오늘의 총 개수)을 쓰거나, `awsdrill config set new-per-day N` 명령으로 하루 한도를 저장하세요.
exam2-goal-show-passed = { $exam } 시험일이 지났습니다({ $date }). 새 날짜는 `awsdrill goal set { $code } --date YYYY-MM-DD`, 목표 삭제는 `awsdrill goal clear` 명령으로 합니다.
exam2-goal-pace-capped = 무리 없이 볼 수 있는 양을 넘습니다. study는 하루에 새 항목을 { $cap }개씩만 보여 주므로 일부 항목은 시험 전까지 보지 못합니다.
exam2-goal-pace-raised = 목표가 있는 동안 study가 오늘의 새 항목을 알아서 { $pace }개로 늘립니다.

## config
exam2-config-bad-value = { $key } 값은 { $range } 범위여야 합니다(입력: “{ $value }”)
exam2-config-saved = 저장했습니다: { $key } = { $value }. 이후 모든 학습에 적용되며, 하루만 바꾸려면 `--new N`을 쓰세요.
exam2-config-from-saved = 저장됨
exam2-config-from-default = 기본값
exam2-config-hint = 설정은 `awsdrill config set 키 값` 명령으로 바꿉니다(키: new-per-day, reviews-per-day, retention).

## 학습 입력
exam2-study-unreadable = 중단: 답으로 읽을 수 없는 줄이 { $count }번 연속으로 들어왔습니다(마지막 줄: “{ $line }”: { $reason }). 지금까지 답한 내용은 저장되어 있습니다.
exam2-study-empty = 빈 줄은 답이 아닙니다. 답을 입력하거나, 그만하려면 `quit`을 입력하세요
exam2-tty-multi = { $n }개 선택: ↑↓ 이동, Space나 알파벳/숫자로 선택, Enter 제출, Esc 중단
exam2-tty-single = ↑↓로 이동해 Enter로 고르거나 a–{ $last } / 1–{ $count } 키를 누르세요. Esc 중단

## topics
exam2-topics-col-topic = 주제
exam2-topics-col-title = 제목
exam2-topics-col-items = 항목
exam2-topics-col-seen = 본 항목
exam2-topics-col-unseen = 안 본 항목
exam2-topics-col-mastery = 숙달도
exam2-topics-hint = 숙달도 = 지금 기준으로 예측한 평균 기억률(안 본 항목은 0으로 계산). 한 주제만 공부하려면 `awsdrill study --topic 주제` 명령을 쓰세요.

## cards show
exam2-cards-example = (예시이며, 학습할 때마다 새 값이 나옵니다) · 정답: { $key }
exam2-cards-no-example = (이 연습 문제를 만들려면 더 새로운 awsdrill이 필요합니다)

## progress import
exam2-import-bad-mode = mode 값은 study나 cram이어야 합니다(입력: “{ $value }”)
