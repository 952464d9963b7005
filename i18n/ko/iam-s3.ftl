# IAM 정책 평가(calc iam, iam.* 연습)와 S3 버전 관리·스토리지 클래스(calc s3, s3.* 연습).

## IAM: 정책 오류
iam-err-type = { $field }: { $expected } 형식이어야 합니다
iam-err-missing = { $field } 요소가 없습니다. 모든 문장에는 Effect, Action(또는 NotAction), Resource(또는 NotResource)가 필요합니다
iam-err-effect = { $field }: "{ $value }" 값은 올바른 Effect가 아닙니다. Allow 또는 Deny를 쓰세요(대소문자 구분)
iam-err-both = { $field }: { $first } 요소와 { $second } 요소는 한 문장에 함께 쓸 수 없습니다
iam-err-unknown = { $field } 요소는 이 모델이 자격 증명 기반 정책에서 받지 않는 요소입니다(허용: Version, Id, Statement; Sid, Effect, Action, NotAction, Resource, NotResource, Condition)
iam-err-operator = { $field }: 조건 연산자 { $operator } 연산자는 지원하지 않습니다. 지원 목록: { $supported }
iam-err-value = { $field }: "{ $value }" 값은 올바른 { $expected } 형식이 아닙니다
iam-err-context = 요청 컨텍스트 값 { $key }={ $value } 항목을 비교할 수 없습니다. { $expected } 형식이어야 합니다
iam-err-read = 정책 파일 { $path } 파일을 읽을 수 없습니다: { $error }
iam-err-json = { $path }:{ $line }:{ $col }: 정책이 올바른 JSON이 아닙니다({ $error })
iam-err-policy = { $path }: { $detail }
iam-err-context-arg = --context "{ $value }" 값은 받을 수 없습니다. KEY=VALUE 형식으로 쓰세요(예: aws:SourceIp=203.0.113.5)
iam-err-context-dup = --context { $key } 키가 두 번 주어졌습니다. 키마다 한 번만 쓰세요
iam-err-request = --action과 --resource 값은 비어 있으면 안 됩니다

## IAM: 결정과 설명
iam-decision-allow = 허용
iam-decision-explicit-deny = 명시적 거부
iam-decision-implicit-deny = 암시적 거부(허용하는 문장이 없음)
iam-convention-label = [모델 규칙]
iam-conv-negated-missing = 요청 컨텍스트에 { $key } 키가 없으므로 { $operator } 조건을 참으로 봅니다. AWS는 키가 없을 때 부정 연산자가 참일 "수 있다"고만 설명하며, 항상 참으로 보는 것은 이 모델의 규칙입니다.
iam-step-applies = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 작업, 리소스, 모든 조건이 일치하므로 이 문장이 적용됩니다.
iam-step-action-not-listed = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 요청 작업 { $action } 작업과 일치하는 Action 패턴이 없으므로(작업 이름은 대소문자를 구분하지 않음) 적용되지 않습니다.
iam-step-action-excluded = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 요청 작업 { $action } 작업이 NotAction 패턴과 일치해 제외되므로 이 문장은 적용되지 않습니다.
iam-step-resource-not-listed = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 리소스 { $resource } 리소스와 일치하는 Resource 패턴이 없으므로(리소스는 대소문자를 구분하며 와일드카드는 *와 ?뿐임) 적용되지 않습니다.
iam-step-resource-excluded = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 리소스 { $resource } 리소스가 NotResource 패턴과 일치해 제외되므로 이 문장은 적용되지 않습니다.
iam-step-condition-false = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): { $key } 키에 대한 조건 { $operator } 연산 결과가 거짓이므로 이 문장은 적용되지 않습니다(거짓인 조건은 거부가 아닙니다).
iam-step-condition-missing = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 요청 컨텍스트에 { $key } 키가 없어 { $operator } 조건이 거짓이므로 이 문장은 적용되지 않습니다.
iam-step-final-deny = 적용되는 Deny 문장(정책/문장 { $statements })이 결정합니다. 명시적 거부는 모든 Allow보다 우선합니다.
iam-step-final-allow = 적용되는 Deny 문장이 없고, 적용되는 Allow 문장(정책/문장 { $statements })이 요청을 허용합니다.
iam-step-final-implicit = 적용되는 Allow 문장이 없으므로 요청은 기본적으로 거부됩니다(암시적 거부).
iam-out-request = 요청: { $resource } 리소스에 대한 { $action } 작업
iam-out-policy = 정책 { $policy }: { $path } (문장 { $count }개)
iam-out-context = 컨텍스트: { $key } = { $value }
iam-out-decision = 결정: { $decision }

## IAM: 연습
iam-ex-statement = 문장 { $sid }: { $json }
iam-ex-request = 요청: { $resource } 리소스에 대한 { $action } 작업
iam-ex-context = 요청 컨텍스트: { $pairs }
iam-ex-none = 해당 없음(암시적 거부)
iam-mis-allow-overrides-deny = Allow가 Deny보다 우선한다고 보셨습니다. 적용되는 명시적 Deny는 어떤 Allow가 있어도 항상 이깁니다.
iam-mis-actions-case = 작업 이름이 대소문자를 구분한다고 보셨습니다. IAM은 작업 이름을 대소문자 구분 없이 비교하므로 이 문장은 여전히 일치합니다.
iam-mis-resources-case = 리소스 ARN이 대소문자를 구분하지 않는다고 보셨습니다. ARN은 정확히 비교하므로 대소문자가 다르면 일치하지 않습니다.
iam-mis-dot-wildcard = "."을 와일드카드로 보셨습니다. 와일드카드는 *와 ?뿐이며 "."은 글자 그대로의 점과만 일치합니다.
iam-mis-question-mark = ?를 "여러 글자" 또는 일반 문자로 보셨습니다. IAM에서 ?는 정확히 한 글자와 일치합니다.
iam-mis-false-condition-denies = 거짓인 조건을 거부로 보셨습니다. 조건이 거짓인 문장은 그냥 적용되지 않을 뿐입니다.
iam-mis-not-action-denies = NotAction(또는 NotResource)을 거부로 보셨습니다. 이 요소는 나열한 값을 제외할 뿐이며, 허용인지 거부인지는 Effect가 정합니다.
iam-mis-not-excluded = NotAction/NotResource가 나열한 값을 제외한다는 점을 놓치셨습니다. 그래서 이 문장은 이 요청을 다루지 않습니다.
iam-mis-default-allow = 거부하는 문장이 없으면 허용된다고 보셨습니다. 적용되는 Allow가 없으면 IAM은 기본적으로 거부합니다.
iam-mis-implicit-is-explicit = 기본(암시적) 거부와 명시적 Deny를 혼동하셨습니다. 여기에는 적용되는 Deny 문장이 없고, 단지 허용한 문장이 없을 뿐입니다.
iam-mis-deny-not-applicable = 이 요청과 일치하지 않는 Deny를 세셨습니다. Deny는 작업, 리소스, 조건이 모두 일치할 때만 이깁니다.
iam-mis-not-applicable = 그 문장은 이 요청에 적용되지 않으므로(작업, 리소스 또는 조건이 일치하지 않음) 결정할 수 없습니다.
iam-mis-missed-allow = 일치하는 Allow를 놓치셨습니다. 그 문장의 작업, 리소스, 조건이 모두 요청과 맞습니다.

## S3 버전 관리: 설명
s3-convention-label = [모델 규칙]
s3-err-op = --op "{ $op }" 값은 받을 수 없습니다. 다음 중 하나로 쓰세요: versioning Enabled|Suspended, put KEY, delete KEY, delete KEY VERSION_ID, get KEY, get KEY VERSION_ID
s3-step-versioning-first = 버전 관리를 { $to } 상태로 설정했습니다(이전: { $from }). 이제 이 버킷은 다시 버전 관리 해제(Unversioned) 상태로 돌아갈 수 없으며, 기존 객체의 버전 ID는 null로 남습니다.
s3-step-versioning = 버전 관리를 { $to } 상태로 설정했습니다(이전: { $from }). 기존 버전은 그대로 남습니다.
s3-step-put-enabled = PUT { $key }: 버전 관리가 활성화(Enabled) 상태이므로 새 버전 { $version } 버전이 맨 위에 추가되어 현재 버전이 되고, 이전 버전은 그대로 남습니다.
s3-step-put-unversioned = PUT { $key }: 버전 관리를 사용하지 않는 버킷이므로 객체가 버전 ID null로 저장됩니다.
s3-step-put-unversioned-replace = PUT { $key }: 버전 관리를 사용하지 않는 버킷이므로 새 데이터가 기존 객체(버전 ID null)를 대체하며, 이전 데이터는 사라집니다.
s3-step-put-suspended = PUT { $key }: 버전 관리가 일시 중지(Suspended) 상태이므로 객체가 버전 ID null로 저장되어 현재 버전이 되고, 다른 버전은 그대로 남습니다.
s3-step-put-suspended-replace = PUT { $key }: 버전 관리가 일시 중지 상태이므로 기존 null 버전이 새 null 버전으로 대체되어 현재 버전이 되고, 다른 버전은 그대로 남습니다.
s3-step-delete-unversioned = DELETE { $key }: 버전 관리를 사용하지 않는 버킷이므로 객체가 완전히 삭제됩니다.
s3-step-delete-unversioned-absent = DELETE { $key }: 그런 객체가 없지만 S3는 그래도 204로 응답합니다.
s3-step-delete-enabled = 버전 ID 없이 DELETE { $key }: 아무것도 지워지지 않고 삭제 마커 { $version } 항목이 추가되어 현재 버전이 됩니다.
s3-step-delete-enabled-again = 버전 ID 없이 DELETE { $key }: 현재 버전이 이미 삭제 마커인데도 삭제 마커 { $version } 항목이 하나 더 추가됩니다.
s3-step-delete-suspended = 일시 중지 상태에서 버전 ID 없이 DELETE { $key }: 버전 ID가 null인 삭제 마커가 추가되어 현재 버전이 됩니다.
s3-step-delete-suspended-replace = 일시 중지 상태에서 버전 ID 없이 DELETE { $key }: null 버전이 삭제되고 그 자리에 버전 ID가 null인 삭제 마커가 추가됩니다.
s3-step-delete-version = DELETE { $key } 버전 { $version }: 해당 버전이 영구 삭제됩니다. { $current }
s3-step-delete-version-marker = DELETE { $key } 버전 { $version }: 해당 삭제 마커가 제거됩니다. { $current }
s3-current-object = 이제 버전 { $version } 항목이 현재 버전입니다.
s3-current-marker = 이제 삭제 마커 { $version } 항목이 현재 버전이므로 버전 ID 없는 GET은 여전히 404를 받습니다.
s3-current-none = 이 키에는 남은 버전이 없습니다.
s3-conv-delete-missing-version = DELETE { $key } 버전 { $version }: 그런 버전이 없습니다. AWS는 이 경우의 상태 코드를 문서화하지 않았으므로, 모델은 규칙으로 204(삭제는 멱등)를 답합니다.
s3-conv-version-id-unversioned = AWS 표에는 버전 관리를 사용하지 않는 버킷에서 버전 ID를 지정한 DELETE가 없습니다. 모델은 버전 관리 버킷과 똑같이 처리합니다("null"만 존재할 수 있음).
s3-step-get-none = GET { $key }: 이 키에는 버전이 없으므로 S3는 404 Not Found로 응답합니다.
s3-step-get-marker = GET { $key }: 현재 버전이 삭제 마커 { $version } 항목이므로 S3는 x-amz-delete-marker: true 헤더와 함께 404 Not Found로 응답합니다.
s3-step-get-current = GET { $key }: 현재 버전 { $version } 버전을 반환합니다(200).
s3-step-get-version-none = GET { $key } 버전 { $version }: 그런 버전이 없으므로 S3는 404 Not Found로 응답합니다.
s3-step-get-version-marker = GET { $key } 버전 { $version }: 이 버전 ID는 데이터가 없는 삭제 마커이므로 S3는 x-amz-delete-marker: true 헤더와 함께 405 Method Not Allowed로 응답합니다.
s3-step-get-version = GET { $key } 버전 { $version }: 현재 버전이 아니어도 해당 버전을 반환합니다(200).
s3-out-result = { $n }. { $op } → { $status }{ $version ->
    [none] {""}
   *[other] , 버전 { $version }
}{ $marker ->
    [true] , 삭제 마커
   *[other] {""}
}
s3-out-versioning = 버킷 버전 관리 상태: { $state }
s3-out-empty = 버킷에 남은 버전이 없습니다.
s3-out-key = 키 { $key }: 버전 { $count }개, 최신순
s3-out-object-latest = { $version } (현재 버전)
s3-out-object = { $version }
s3-out-marker-latest = { $version } 삭제 마커 (현재 버전)
s3-out-marker = { $version } 삭제 마커

## S3 스토리지 클래스: 설명
s3-conv-prices = 가격은 모델 규칙입니다. 클래스 순위를 매기는 데만 쓰는 미국 동부(버지니아 북부) 정가의 반올림 값입니다. 최소 보관 기간은 AWS 문서를 따릅니다.
s3-step-class-excluded = { $class } 클래스는 제외합니다: { $reason }
s3-why-intelligent = 비용이 모델이 시뮬레이션하지 않는 모니터링 요금과 계층 이동에 따라 달라집니다(모델 규칙).
s3-why-restore = 데이터를 읽기 전에 복원해야 하는데, 데이터는 밀리초 안에 읽을 수 있어야 합니다.
s3-why-one-zone = 데이터를 가용 영역 하나에만 저장하는데, 데이터는 가용 영역 하나를 잃어도 남아 있어야 합니다.
s3-step-class-cost = { $class }: { $days }일 치 요금(최소 { $min }일)과 전체 데이터 { $reads }회 읽기에 대한 검색 요금, GB당 약 { $cost } USD입니다.
s3-step-class-cheapest = 요구 사항을 만족하는 가장 저렴한 클래스: { $class }
s3-step-early = { $class } 클래스의 최소 보관 기간은 { $min }일입니다. { $stored }일 후에 삭제해도 객체는 { $billed }일 치 요금이 부과됩니다.

## S3: 연습
s3-ex-ops = 순서대로 실행한 작업: { $ops }
s3-ex-pattern-instant = 데이터는 밀리초 안에 읽을 수 있어야 합니다.
s3-ex-pattern-restore = 몇 시간 걸리는 복원도 괜찮습니다.
s3-ex-pattern-multi-az = 데이터는 가용 영역 하나를 잃어도 남아 있어야 합니다.
s3-ex-pattern-one-az = 데이터는 다시 만들 수 있으므로 가용 영역 하나면 충분합니다.
s3-mis-suspend-deletes = 버전 관리를 일시 중지하면 이전 버전이 삭제된다고 보셨습니다. 일시 중지는 새로 쓰는 객체의 저장 방식만 바꾸며, 기존 버전은 그대로 남습니다.
s3-mis-delete-removes = 버전 관리 버킷에서 DELETE가 데이터를 지운다고 보셨습니다. 버전 ID 없는 DELETE는 삭제 마커만 추가하며 버전은 그대로 남습니다.
s3-mis-markers-uncounted = 삭제 마커를 세지 않으셨습니다. 삭제 마커도 버전 목록의 한 항목입니다.
s3-mis-every-put-kept = PUT마다 새 버전이 남는다고 보셨습니다. 버전 관리를 사용하지 않거나 일시 중지된 동안의 PUT은 null 버전을 대체합니다.
s3-mis-only-latest = 현재 버전만 세셨습니다. 버전 관리 버킷은 버전 ID를 지정해 삭제하기 전까지 모든 버전을 보관합니다.
s3-mis-404-for-405 = 404를 예상하셨습니다. 삭제 마커의 버전 ID를 지정한 GET은 405 Method Not Allowed를 받습니다.
s3-mis-405-for-404 = 405를 예상하셨습니다. 버전 ID 없는 GET에서 현재 버전이 삭제 마커이면 404 Not Found를 받습니다.
s3-mis-previous-returned = S3가 이전 버전을 돌려준다고 보셨습니다. 버전 ID 없는 GET은 현재 버전만 보며, 그것이 삭제 마커이면 404입니다.
s3-mis-version-gone = 그 버전이 지워졌다고 보셨습니다. 버전 ID를 지정한 DELETE만 버전을 지우므로, 그 ID로 GET하면 여전히 데이터를 받습니다.
s3-mis-still-there = 데이터가 아직 있다고 보셨지만, 그 요청이 실제로 데이터를 지웠거나 처음부터 없었으므로 S3는 404로 응답합니다.
s3-mis-ignored-minimum = 최소 보관 기간을 무시하셨습니다. { $class } 클래스는 더 일찍 삭제해도 최소 { $min }일 치 요금이 부과됩니다.
s3-mis-ignored-retrieval = 스토리지 가격만 비교하셨습니다. { $class } 클래스는 검색한 GB마다 요금을 받으며, 여기서는 그 요금이 싼 스토리지 가격보다 큽니다.
s3-mis-ignored-requirement = { $class } 클래스는 요구 사항을 만족하지 않습니다: { $reason }
s3-mis-stored-days-only = 객체를 실제로 보관한 일수만 세셨습니다. 최소 기간 전에 삭제하면 최소 { $min }일을 모두 보관한 것처럼 요금이 부과됩니다.
s3-mis-added-minimum = 보관한 일수에 최소 기간을 더하셨습니다. 최소 기간은 하한이므로 전체 부과 일수는 { $min }일입니다.
s3-mis-other-minimum = 다른 클래스의 최소 기간을 쓰셨습니다. { $class } 클래스의 최소 기간은 { $min }일입니다.
s3-mis-remaining-only = 삭제 후 추가로 부과되는 일수만 답하셨습니다. 질문은 부과되는 전체 일수를 묻습니다.
s3-ex-pattern-days = 데이터는 { $days }일 동안 보관하며, 그동안 전체 데이터를 { $reads }회 읽습니다.
s3-mis-marker-has-data = 데이터를 받을 것으로 보셨습니다. 그 버전 ID는 데이터가 없는 삭제 마커이므로 S3는 405 Method Not Allowed로 응답합니다.
s3-mis-405-not-marker = 405는 삭제 마커를 가리키는 버전 ID를 지정했을 때만 나옵니다. 이 요청은 삭제 마커를 가리키지 않습니다.
s3-mis-more-expensive = { $class } 클래스도 요구 사항은 만족하지만, 최소 보관 기간과 검색 요금을 계산하면 여기서는 더 비쌉니다.
