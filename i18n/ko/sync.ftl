# 부트캠프 PostgreSQL 서버와 동기화(이슈 18).

sync-err-url = { $url }: PostgreSQL URL이 아닙니다({ $reason }). postgres://사용자@호스트:포트/데이터베이스 형식으로 쓰고, 필요하면 ?sslmode=prefer, require, disable 중 하나를 붙이세요.
sync-err-password-in-url = 서버 URL에 비밀번호가 들어 있습니다. 비밀번호는 빼 주세요(데이터베이스에 저장되고 `ps`로 다른 사용자에게 보입니다). PGPASSWORD 환경 변수를 쓰거나 ~/.pgpass(또는 PGPASSFILE이 가리키는 파일)에 한 줄을 추가하세요.
sync-err-connect = 동기화 서버에 연결할 수 없습니다: { $reason }
sync-err-server = 동기화 서버가 거부했습니다: { $reason }
sync-err-schema-new = 서버의 awsdrill 스키마 버전({ $found })이 이 awsdrill이 아는 버전({ $supported })보다 새롭습니다. awsdrill을 업데이트하세요.
sync-err-schema-denied = 서버에 awsdrill 스키마가 없거나 오래되었는데, 이 역할에는 스키마를 만들 권한이 없습니다({ $reason }). 부트캠프 관리자에게 `awsdrill sync admin init` 실행을 요청하세요.
sync-err-not-lead = 역할 { $role }: 코호트 { $cohort }의 리드 역할이 아니어서 자기 행만 볼 수 있습니다. 리드 역할(`awsdrill sync admin create-lead`)을 쓰세요.
sync-err-not-set-up = 동기화가 설정되지 않았습니다. 먼저 `awsdrill sync setup --server postgres://사용자@호스트/데이터베이스 --cohort 이름 --learner 이름`을 실행하세요.
sync-err-empty-name = --cohort와 --learner는 비워 둘 수 없습니다.
sync-err-role = 역할 이름으로 쓸 수 없습니다: { $role } (영문 소문자, 숫자, _만 쓰고 영문자로 시작하며 63자 이하)
sync-kept-locally = 잃어버린 것은 없습니다. 모두 이 컴퓨터의 데이터베이스에 남아 있고 다음 동기화 때 올라갑니다.
sync-setup-done = 서버 { $server }, 코호트 { $cohort }, 학습자 이름 { $learner } 님으로 동기화합니다.
sync-done = 코호트 { $cohort }에 동기화했습니다: 새 복습 { $reviews }건, 모의고사 { $exams }회, 퀴즈 응시 { $quizzes }회, 항목 일정 { $items }개.
sync-already = 복습 { $count }건은 이미 서버에 있었습니다(중단된 동기화). 두 번 추가하지 않았습니다.
sync-warn-failed = 경고: 동기화하지 못했습니다. 답은 이 컴퓨터에 저장되어 있고 다음 동기화 때 올라갑니다: { $reason }
sync-status-off = 동기화가 설정되지 않았습니다. 학습 기록은 이 컴퓨터에만 있습니다.
sync-status-server = 서버: { $server } (코호트 { $cohort }, 학습자 { $learner })
sync-status-last = 마지막 동기화 완료: { $time }
sync-status-never = 마지막 동기화 완료: 없음
sync-status-nothing = 보낼 것이 없습니다.
sync-status-pending = 보낼 것: 복습 { $reviews }건, 모의고사 { $exams }회, 퀴즈 응시 { $quizzes }회, 항목 일정 { $items }개, 삭제 { $removed }건.
sync-status-error = 마지막 오류: { $reason }
sync-admin-ready = 서버 스키마가 준비되었습니다(버전 { $version }).
sync-admin-learner = 역할을 만들었습니다: { $role } (코호트 { $cohort }, 학습자 { $learner } 님). 이 역할은 이 학습자의 행만 읽고 쓸 수 있습니다.
sync-admin-lead = 코호트 전체를 읽는 역할을 만들었습니다: { $role } (코호트 { $cohort })
sync-admin-pgpass = 이 줄을 역할 주인에게 전달해 ~/.pgpass에 넣게 하세요(chmod 600). 한 번만 보여 줍니다:
sync-admin-then = 그다음 학습자의 컴퓨터에서:
sync-err-refused = 동기화 서버({ $address })에 연결할 수 없습니다({ $reason }). URL의 호스트와 포트(`awsdrill sync status`로 확인), 서버가 실행 중인지, 이 네트워크에서 접속할 수 있는지 확인하세요.
sync-err-bad-password = 동기화 서버가 역할 { $user }의 비밀번호를 거부했습니다({ $reason }). ~/.pgpass(또는 PGPASSFILE이 가리키는 파일, PGPASSWORD)에 있는 이 역할의 줄을 확인하세요. 비밀번호를 잃어버렸다면 부트캠프 관리자에게 `awsdrill sync admin create-learner`를 다시 실행해 새 비밀번호를 받으세요.
sync-err-no-password = 동기화 서버가 { $address }의 역할 { $user }에 대한 비밀번호를 요구하는데 찾지 못했습니다. 관리자에게 받은 줄을 ~/.pgpass에 넣거나(chmod 600) PGPASSFILE이나 PGPASSWORD를 설정하세요. 터미널에서 `awsdrill sync`를 실행하면 비밀번호를 물어봅니다.
sync-password-prompt = { $target }의 비밀번호:{" "}
