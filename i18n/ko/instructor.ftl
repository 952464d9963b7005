# 프로필, 퀴즈 파일과 응시 기록, 성적부 (이슈 11).

profile-db-source = 프로필 { $name } 전용 데이터베이스({ $origin } 설정이 가리키는 데이터베이스 옆 profiles 폴더)
