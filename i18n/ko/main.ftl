# 일반 오류. 자리 표시자에는 사용자가 입력한 경로, 이름, 값이 그대로 들어갑니다.
error-bad-now = AWSDRILL_NOW 값은 2026-11-22T09:00:00Z 같은 RFC 3339 시각이어야 합니다(입력값: "{ $value }")
error-bad-profile = 프로필 이름 "{ $name }" 값은 사용할 수 없습니다. 영문자, 숫자, -, _ 로 40자 이내로 정해 주세요
error-no-data-dir = 진행 기록 데이터베이스를 둘 위치를 찾지 못했습니다. HOME 또는 XDG_DATA_HOME 환경 변수를 설정하거나 --db PATH 옵션을 주세요
error-content-invalid = { $dir } 폴더의 콘텐츠에 문제가 { $count }건 있습니다. `awsdrill content validate { $dir }` 명령으로 확인하세요
error-not-a-dir = { $path } 경로는 폴더가 아닙니다
error-not-built = 이 명령은 아직 이 빌드에서 사용할 수 없습니다
error-unknown-item = ID가 "{ $id }"인 항목이 없습니다(비슷한 ID: { $hints }). `awsdrill cards list` 명령으로 전체 ID를 볼 수 있습니다

# awsdrill paths
paths-database = 데이터베이스
paths-content = 콘텐츠
paths-lang = 언어
paths-profile = 프로필
paths-not-created = (아직 만들어지지 않음)
paths-content-embedded = 실행 파일에 내장됨
paths-source-flag = { $flag } 옵션으로 지정됨
paths-source-env = 환경 변수 { $var } 값으로 지정됨
paths-source-convention = 기본 위치(${ $var } 기준)
paths-source-embedded = --content-dir 옵션이나 AWSDRILL_CONTENT_DIR 환경 변수가 없음

# awsdrill content validate
content-level-error = 오류
content-level-warning = 경고
content-valid = 콘텐츠가 올바릅니다: 항목 { $items }개, 경고 { $warnings }건
content-invalid = 오류 { $errors }건, 경고 { $warnings }건. 통과한 항목 { $items }개
content-err-yaml = YAML 오류: { $detail }
content-err-structure = 예상하지 못한 값: { $detail }
content-err-unknown-field = 알 수 없는 필드 `{ $field }`
content-err-no-syllabus = 콘텐츠 폴더에 syllabus.yaml 파일이 없습니다
content-err-schema-version-missing = 파일 맨 위에 `schema_version: { $supported }` 줄을 추가하세요
content-err-schema-version = schema_version { $found } 버전은 지원하지 않습니다. 이 awsdrill은 { $supported } 버전을 읽습니다
content-err-missing-field = 필수 필드 `{ $field }` 항목이 없습니다
content-err-field-not-for-kind = `{ $field }` 필드는 { $kind } 종류에 쓸 수 없습니다
content-err-unknown-kind = 종류 "{ $kind }" 값을 알 수 없습니다. card, question, exercise 중 하나를 쓰세요
content-err-bad-id = ID "{ $id }" 값에는 영문 소문자, 숫자, '.', '-', '_' 만 쓸 수 있습니다
content-err-duplicate-id = ID "{ $id }" 값은 이미 { $first } 위치에서 쓰고 있습니다
content-err-missing-lang = `{ $lang }` 텍스트가 없습니다(모든 텍스트에 en과 ko가 필요합니다)
content-err-empty-text = `{ $lang }` 텍스트가 비어 있습니다
content-err-empty-list = `{ $field }` 필드에 한 개 이상 적어야 합니다
content-err-unknown-topic = 주제 "{ $topic }" 값이 syllabus.yaml에 없습니다
content-err-unknown-syllabus = 학습 요점 "{ $point }" 값이 syllabus.yaml에 없습니다
content-err-unknown-domain = "{ $domain }" 값은 시험 과제(task statement)가 아닙니다. clf-c02:3.5나 saa-c03:1.2처럼 쓰세요
content-err-bad-ref = ref 값 "{ $ref }" 형식이 잘못되었습니다. https:// URL이어야 합니다
content-warn-ref-not-aws = ref가 AWS 페이지가 아닙니다. 가능하면 AWS 공식 문서를 가리키세요
content-err-choose-zero = `choose` 값은 1 이상이어야 합니다
content-err-choose-count = "choose { $choose }" 문항에는 정답 보기가 정확히 { $choose }개 있어야 하는데, 정답 표시가 { $correct }개입니다
content-err-too-few-options = 보기 { $count }개로는 { $choose }개를 고르는 문항을 만들 수 없습니다
content-err-too-many-options = 보기 { $count }개는 너무 많습니다. 최대 6개입니다
content-err-duplicate-option = { $second }번 보기가 { $first }번 보기와 같습니다
content-err-unknown-template = 템플릿 "{ $template }" 이름을 알 수 없습니다. 사용 가능한 템플릿: { $known }
content-err-template-params = { $template } 템플릿의 params 오류: { $detail }
content-err-unknown-placeholder = 자리 표시자 {"{"}{ $name }{"}"} 항목은 { $template } 템플릿이 채우지 않습니다. 채우는 항목: { $known }

# 연습 문제 매개변수
exercise-param-range = `{ $name }` 값은 { $min }부터 { $max }까지의 정수여야 합니다
exercise-param-unknown = 알 수 없는 매개변수 `{ $name }`. 사용 가능: { $known }

# 답 읽기
answer-expected-choice = 알파벳(a–{ $last })이나 번호(1–{ $count })로 답하세요. 여러 개는 a,c 처럼 입력합니다
answer-expected-number = 251처럼 정수로 답하세요
answer-expected-text = 답을 입력하세요
answer-choose-n-note = 이 문항은 { $n }개를 골라야 하는데 { $picked }개를 골랐습니다

# awsdrill cards
cards-col-id = ID
cards-col-kind = 종류
cards-col-topic = 주제
cards-col-domains = 시험 도메인
cards-count = 항목 { $count }개
cards-template = 템플릿
cards-syllabus = 학습 요점
cards-ref = 참고 문서

# awsdrill stats
stats-reviews-today = 오늘 복습
stats-reviews-total = 전체 복습
stats-due-now = 지금 복습할 항목
stats-due-tomorrow = 내일 복습할 항목
stats-seen = 학습한 항목
stats-retention = 실제 기억률(30일)
stats-streak = 연속 학습
stats-days = { $n }일
stats-leeches = 거머리 항목
stats-forecast = 앞으로 14일 동안 복습할 항목:
stats-leech-list = 거머리 항목(8번 이상 잊음, 다시 읽거나 자기 말로 정리하세요):

# awsdrill progress
error-write-file = { $path } 파일에 쓸 수 없습니다: { $reason }
error-read-file = { $path } 파일을 읽을 수 없습니다: { $reason }
import-bad-header = { $file }:1: 첫 줄은 item_id,reviewed_at,rating 헤더(끝에 ,mode 추가 가능)여야 합니다
import-bad-row = { $file }:{ $line }: { $reason }
import-field-count = 헤더와 같은 필드(item_id,reviewed_at,rating, 그리고 선택적으로 mode)가 필요한데 { $count }개입니다
import-unknown-id = ID가 "{ $id }"인 항목이 없습니다
import-bad-time = "{ $value }" 값은 2026-11-22T09:00:00Z 같은 RFC 3339 시각이 아닙니다
import-bad-rating = 평가 값 "{ $value }" 항목은 1, 2, 3, 4 중 하나여야 합니다
import-nothing-written = 잘못된 행이 { $count }개 있어 아무것도 가져오지 않았습니다. 위의 행을 고친 뒤 다시 가져오세요
import-done = 항목 { $items }개의 복습 { $reviews }건을 가져왔습니다. 이미 있던 { $skipped }건은 건너뛰었습니다.

# 데이터베이스 문제
error-db-foreign = { $path } 파일은 awsdrill 데이터베이스가 아니므로 건드리지 않았습니다. --db 옵션(또는 AWSDRILL_DB)으로 다른 파일을 지정하거나 이 파일을 다른 곳으로 옮기세요
error-db-too-new = { $path } 파일의 스키마 버전({ $found })은 이 awsdrill이 이해하는 버전({ $supported })보다 새롭습니다. 파일은 건드리지 않았습니다. awsdrill을 업데이트하거나 다른 --db 파일을 쓰세요
stats-heatmap = 최근 26주 복습 기록(· 없음, ░▒▓█ 많을수록 진함):
weekday-mon = 월
weekday-tue = 화
weekday-wed = 수
weekday-thu = 목
weekday-fri = 금
weekday-sat = 토
weekday-sun = 일

import-bad-csv = CSV로 읽을 수 없습니다: { $reason }
import-future-time = { $value } 시각이 현재보다 나중입니다. 미래의 복습 기록은 가져올 수 없습니다
import-more-problems = … 잘못된 행이 { $count }개 더 있습니다
error-env-not-utf8 = 환경 변수 { $var } 값이 올바른 UTF-8 텍스트가 아닙니다. 일반 텍스트로 다시 설정하거나 지워 주세요
