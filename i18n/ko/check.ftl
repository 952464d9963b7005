check-err-calc = { $id }: check: 계산기 실행 실패: { $detail }
check-err-pointer = { $id }: check: 결과 포인터 { $pointer }에 해당하는 값이 계산기 JSON에 없습니다
check-err-type = { $id }: check: { $option }번 선택지의 value 형식이 결과({ $result })와 다릅니다
check-err-keyed-not-selected = { $id }: check: { $option }번 선택지가 정답으로 표시됐지만 모델의 결과는 { $result }입니다
check-err-selected-not-keyed = { $id }: check: { $option }번 선택지가 모델의 결과({ $result })와 같지만 정답으로 표시되지 않았습니다
check-err-key-without-value = { $id }: check: 정답 선택지마다 value가 필요합니다
