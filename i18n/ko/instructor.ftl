# 프로필, 퀴즈 파일과 응시 기록, 성적부 (이슈 11).

profile-db-source = 프로필 { $name } 전용 데이터베이스({ $origin } 설정이 가리키는 데이터베이스 옆 profiles 폴더)
quiz-err-own-collides = 퀴즈에 직접 쓴 항목 id "{ $id }": 문제 은행에 같은 id가 있습니다. 다른 id를 붙이십시오(예: 퀴즈 이름을 앞에 붙이기)
instructor-quiz-valid = { $file }: 문제없음. 시험지마다 { $count }문항, 퀴즈에 직접 쓴 항목 { $own }개
instructor-history-none = 이 데이터베이스에는 아직 응시한 퀴즈가 없습니다. 응시하려면: awsdrill quiz take 파일
instructor-col-taken = 응시 시각
instructor-col-quiz = 퀴즈
instructor-col-score = 점수
instructor-col-result = 결과
instructor-passed = 합격
instructor-failed = 불합격
instructor-skipped-older = { $file } 파일은 건너뜁니다: 학습자 “{ $learner }”의 더 최근 파일({ $newer })이 있습니다
instructor-report-empty = 보고서에 쓸 학습자 파일이 없습니다. awsdrill cohort export로 만든 파일이나 그런 *.json 파일이 든 폴더를 지정하십시오
instructor-col-learner = 학습자
