# 중간에 나갔다가 이어서 볼 수 있는 모의고사와 그 복습 (이슈 10).

## 답하기
exam2-wrong-count = 이 문항은 { $n }개를 골라야 하는데 { $picked }개를 골랐습니다. 정확히 { $n }개를 고르세요
exam2-too-many-unreadable = 중단: { $number }번 문항에 답으로 읽을 수 없는 줄이 { $count }번 연속으로 들어왔습니다. 마지막 줄: { $last }
    지금까지의 답은 저장되어 있으니 `awsdrill exam resume` 명령으로 이어서 보세요.
exam2-tty-help = 답 입력 (b, a,c, 251) · Enter 다음 · :p 이전 · :f 표시 · :g N 해당 문항으로 · :m 답안 지도 · :s 제출 · :q 나가기(저장됨)
exam2-unknown-command = 알 수 없는 명령입니다. 쓸 수 있는 명령: :n :p :f :g N :m :s :q

## 시작, 나가기, 이어 보기
exam2-started = 모의고사 { $id }번: 답은 입력하는 즉시 저장됩니다. :q를 입력하면 나가고, 나중에 `awsdrill exam resume` 명령으로 이어서 볼 수 있습니다.
exam2-other-open = 참고: 아직 끝내지 않은 모의고사 { $id }번({ $exam })이 있습니다. `awsdrill exam resume { $id }` 명령으로 이어서 볼 수 있습니다.
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
