# 여러 정책 유형에 걸친 IAM 정책 평가(calc iam, model::iam::authorize)를 AWS 순서대로 설명합니다.

## 오류
iam-eval-err-principal = 보안 주체 "{ $value }" 값은 받을 수 없습니다. IAM 사용자(arn:aws:iam::ACCOUNT:user/NAME), 역할 세션(arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION), 페더레이션 사용자(arn:aws:sts::ACCOUNT:federated-user/NAME), 루트 사용자(arn:aws:iam::ACCOUNT:root) 중 하나를 주세요
iam-eval-err-principal-in-identity = { $field }: 자격 증명 기반 정책, 권한 경계, 세션 정책, SCP에는 보안 주체를 적을 수 없으며 AWS도 이런 정책을 거부합니다(보안 주체는 정책이 연결된 대상입니다)
iam-eval-err-principal-missing = { $field }: 리소스 기반 정책은 누구에게 적용되는지 밝혀야 하며, AWS는 Principal이나 NotPrincipal 요소가 없는 문장을 거부합니다
iam-eval-err-rcp-principal = { $field }: RCP의 Principal 요소는 "*"여야 합니다
iam-eval-err-session-principal = { $field }: 세션 정책은 역할 세션과 페더레이션 사용자 세션에만 있습니다. --principal arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION 또는 …:federated-user/NAME 형식으로 주세요
iam-eval-err-root-policies = { $field }: 루트 사용자에게는 자격 증명 기반 정책이나 권한 경계를 연결할 수 없습니다

## 정책 유형
iam-eval-type-identity = 자격 증명 기반 정책
iam-eval-type-resource = 리소스 기반 정책
iam-eval-type-boundary = 권한 경계
iam-eval-type-session = 세션 정책
iam-eval-type-scp = 서비스 제어 정책(SCP)
iam-eval-type-rcp = 리소스 제어 정책(RCP)
iam-eval-out-file = { $type }: { $path }

## 단계
iam-eval-step-principal-same = 보안 주체 { $arn }({ $kind }), 계정 { $account }. 리소스도 같은 계정에 있으므로 자격 증명 기반 정책이나 리소스 기반 정책 중 한쪽의 Allow만으로 충분할 수 있습니다.
iam-eval-step-principal-cross = 보안 주체 { $arn }({ $kind }), 계정 { $account }. 리소스는 계정 { $resource_account } 소유이므로 교차 계정 요청입니다. 보안 주체의 계정과 리소스의 계정이 모두 허용해야 합니다.
iam-eval-step-derived = AWS가 보안 주체와 리소스에서 끌어내는 컨텍스트 키: { $keys } (--context로 준 키가 우선합니다).
iam-eval-conv-default-principal = --principal 값이 없어 모델은 { $arn } 보안 주체로 평가하며, 그로부터 aws:username 같은 컨텍스트 키는 만들지 않습니다.
iam-eval-step-type = 이제 { $type } 차례입니다:
iam-eval-step-applies-principal = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): 보안 주체가 { $grant ->
        [direct] 자신의 ARN이나 "*"로
        [role] 세션 뒤의 역할 ARN으로
       *[account] 계정으로만
    } 지정되어 있고 작업, 리소스, 모든 조건이 일치하므로 이 문장이 적용됩니다.
iam-eval-step-principal-not-named = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): Principal 요소가 호출자를 지정하지 않거나 NotPrincipal 요소가 제외하므로 적용되지 않습니다.
iam-eval-step-resource-unresolved = 정책 { $policy }, 문장 { $statement }(Sid { $sid }, { $effect }): Resource의 정책 변수에 이번 요청의 값도 기본값도 없어 그 항목은 아무것과도 일치하지 않으므로 적용되지 않습니다.
iam-eval-step-condition-unresolved = { $key } 키에 대한 조건 { $operator } 연산은 값도 기본값도 없는 정책 변수를 써서 일치할 수 없습니다.
iam-eval-conv-multi-without-set = { $key } 키에 값이 여러 개인데 { $operator } 연산에 ForAllValues/ForAnyValue 한정자가 없습니다. 모델은 "어느 한 값이라도 일치"(부정 연산자는 "어떤 값도 일치하지 않음")로 봅니다. AWS는 다중 값 키에 집합 연산자를 쓰라고 안내합니다.
iam-eval-step-no-deny = 거부 평가: 어떤 정책 유형에도 적용되는 Deny 문장이 없으므로 평가를 계속합니다.
iam-eval-step-rcp-allows = RCP: 거부하는 문장이 없고, AWS 관리형 RCPFullAWSAccess 정책이 { $levels }개 수준마다 연결되어 있으므로 RCP는 허용합니다. RCP는 제한만 할 뿐 권한을 주지 않습니다.
iam-eval-step-rcp-skip-management = RCP는 관리 계정의 리소스에 영향을 주지 않으므로 건너뜁니다.
iam-eval-step-rcp-skip-slr = 호출자가 서비스 연결 역할이며, RCP는 서비스 연결 역할을 제한하지 않으므로 건너뜁니다.
iam-eval-step-rcp-skip-service = RCP는 { $services } 서비스의 작업에만 적용됩니다. 요청 서비스 { $service } 항목은 여기에 없으므로 RCP를 건너뜁니다.
iam-eval-step-scp-skip-management = SCP는 관리 계정의 보안 주체에 영향을 주지 않으므로 건너뜁니다.
iam-eval-step-scp-skip-slr = 호출자가 서비스 연결 역할이며, SCP는 서비스 연결 역할에 영향을 주지 않으므로 건너뜁니다.
iam-eval-step-scp-level = SCP: 수준 { $level }에서 이 작업을 허용하는 문장이 없습니다. 루트부터 계정까지 모든 수준이 허용해야 하므로 요청은 암시적으로 거부됩니다.
iam-eval-step-scp-allows = SCP: { $levels }개 수준 모두가 이 작업을 허용합니다. SCP는 최대 권한만 정할 뿐 스스로 권한을 주지 않습니다.
iam-eval-conv-default-key-policy = 키 정책이 주어지지 않았습니다. 모든 KMS 키에는 키 정책이 있으므로, 모델은 키 소유 계정이 IAM 정책에 접근을 위임하는 기본 키 정책을 가정합니다.
iam-eval-step-kms-required = KMS 키 정책이 이 보안 주체나 그 계정을 허용하지 않습니다. KMS에서는 키 정책이 계정을 허용할 때만 IAM 정책이 효력을 가지므로 요청은 암시적으로 거부됩니다.
iam-eval-step-trust-missing = sts:AssumeRole 작업에는 역할의 신뢰 정책이 호출자를 허용해야 하는데 신뢰 정책(--resource-policy)이 주어지지 않아 요청은 암시적으로 거부됩니다.
iam-eval-step-trust-required = 역할의 신뢰 정책이 이 호출자를 허용하지 않습니다. 역할 신뢰 정책은 언제나 보안 주체를 허용해야 하므로 요청은 암시적으로 거부됩니다.
iam-eval-step-cross-needs-resource = 교차 계정: 리소스 계정 쪽에서 이 보안 주체를 허용하지 않습니다(보안 주체나 그 계정을 지정한 리소스 기반 정책 문장이 없음). 호출자 자신의 정책과 관계없이 요청은 암시적으로 거부됩니다.
iam-eval-step-cross-resource-ok = 교차 계정: 리소스 기반 정책이 이 보안 주체를 허용합니다({ $grant ->
        [direct] 직접 지정
        [role] 역할 ARN으로 지정
       *[account] 계정을 통해 지정
    }). 보안 주체 자신의 계정도 허용해야 합니다.
iam-eval-step-resource-direct = 같은 계정: 리소스 기반 정책이 호출자 자체(사용자 ARN, 세션 ARN 또는 "*")를 지정해 허용합니다({ $statements }). 이것만으로 충분하며, 자격 증명 기반 정책, 권한 경계, 세션 정책의 암시적 거부로 제한되지 않습니다.
iam-eval-step-resource-role = 같은 계정: 리소스 기반 정책이 이 세션 뒤의 역할을 역할 ARN으로 허용합니다. 자격 증명 기반 Allow는 필요 없지만 권한 경계와 세션 정책의 제한은 여전히 받습니다.
iam-eval-step-resource-account = 같은 계정: 리소스 기반 정책이 계정만 지정합니다. 이는 계정의 IAM 정책에 위임하는 것이므로 자격 증명 기반 정책이 허용해야 합니다.
iam-eval-step-resource-none = 리소스 기반 정책에 이 호출자에게 적용되는 Allow 문장이 없으므로 자격 증명 기반 정책이 허용해야 합니다.
iam-eval-step-root = 호출자가 루트 사용자입니다. 루트 사용자는 자기 계정에서 모든 권한을 가지므로 자격 증명 기반 정책이 필요 없습니다.
iam-eval-step-identity-none = 자격 증명 기반 정책 중 허용하는 것이 없고 리소스 기반 정책도 권한을 주지 않으므로 요청은 암시적으로 거부됩니다.
iam-eval-step-cross-needs-identity = 교차 계정: 호출자 자신의 자격 증명 기반 정책이 허용하지 않습니다. 양쪽이 모두 허용해야 하므로 요청은 암시적으로 거부됩니다.
iam-eval-step-identity-role-grant = 자격 증명 기반 정책은 허용하지 않지만, 같은 계정의 리소스 기반 정책이 역할에 권한을 주었으므로 권한 경계와 세션 정책 평가로 넘어갑니다.
iam-eval-step-identity-allows = 자격 증명 기반 정책이 허용합니다({ $statements }).
iam-eval-step-boundary-none = 권한 경계가 이 작업을 허용하지 않습니다. 권한 경계는 자격 증명 기반 권한의 상한이라 양쪽 모두 허용해야 하므로 요청은 암시적으로 거부됩니다.
iam-eval-step-boundary-allows = 권한 경계도 이 작업을 허용합니다.
iam-eval-step-session-none = 세션 정책이 이 작업을 허용하지 않습니다. 세션 정책은 세션 권한의 상한이므로 요청은 암시적으로 거부됩니다.
iam-eval-step-session-allows = 세션 정책도 이 작업을 허용합니다.
iam-eval-step-federated-no-session = 세션 정책 없이 만든 페더레이션 사용자 세션에는 권한이 없으므로 요청은 암시적으로 거부됩니다.

## 정책 유형에 걸친 연습 문제
iam-adv-policy = { $type }: { $json }
iam-adv-principal = 호출자: { $principal }. 리소스 소유 계정: { $account }.
iam-adv-management = 계정 { $account } 계정은 조직의 관리 계정입니다.
iam-adv-mis-cross-one-side = Allow 하나로 충분하다고 보았습니다. 교차 계정에서는 호출자의 자격 증명 기반 정책과 리소스 정책이 모두 허용해야 합니다.
iam-adv-mis-cross-explicit = Allow가 없는 것을 명시적 거부로 읽었습니다. 여기에는 Deny 문장이 없으며, 한쪽이 허용하지 않으면 암시적 거부일 뿐입니다.
iam-adv-mis-cross-missed = 양쪽이 모두 허용한다는 점을 놓쳤습니다. 호출자 계정의 자격 증명 기반 정책과 소유 계정의 리소스 정책이 둘 다 허용합니다.
iam-adv-mis-boundary-admin = 관리자 정책이 이긴다고 보았습니다. 권한 경계는 자격 증명 기반 권한의 상한이므로 둘 다 허용하는 것만 유효합니다.
iam-adv-mis-boundary-explicit = 권한 경계에 없는 것을 명시적 거부로 읽었습니다. 경계 밖의 작업은 암시적으로 거부되며 Deny 문장은 없습니다.
iam-adv-mis-boundary-grants = 이 작업은 권한 경계 안에 있고 자격 증명 기반 정책도 허용하므로, 둘 다 허용해 요청이 허용됩니다.
iam-adv-mis-scp-admin = IAM 관리자 정책이 SCP보다 우선한다고 보았습니다. SCP의 Deny는 멤버 계정의 모든 보안 주체에 적용되며 관리자와 루트 사용자도 예외가 아닙니다.
iam-adv-mis-scp-everywhere = SCP가 닿지 않는 곳에 적용했습니다. 조건이 이 리전과 맞지 않거나, 해당 계정이 SCP의 영향을 받지 않는 관리 계정입니다.
iam-adv-mis-scp-implicit = SCP의 Deny를 암시적 거부라고 했습니다. 적용되는 Deny 문장은 어디에 있든 명시적 거부입니다.
iam-adv-mis-session-ignored = 역할 정책이 세션 정책보다 우선한다고 보았습니다. 세션 정책은 세션 권한의 상한이므로 둘 다 허용하는 것만 유효합니다.
iam-adv-mis-session-explicit = 세션 정책에 없는 것을 명시적 거부로 읽었습니다. 세션 정책은 제한만 하며, 빠진 작업은 암시적으로 거부됩니다.
iam-adv-mis-session-grants = 세션 정책과 역할 정책이 모두 이 작업을 허용하므로 세션은 이 작업을 할 수 있습니다.
iam-adv-mis-home-any = ${"{"}aws:username{"}"} 변수가 누구와도 일치한다고 보았습니다. 이 변수는 호출자 자신의 사용자 이름으로 바뀌며 역할 세션에는 사용자 이름이 없으므로, 경로는 호출자 자신의 폴더여야 합니다.
iam-adv-mis-home-explicit = 일치하지 않는 Resource를 명시적 거부로 읽었습니다. 그 문장은 적용되지 않을 뿐이므로 암시적 거부가 됩니다.
iam-adv-mis-home-literal = 변수를 글자 그대로 받아들였습니다. Version 2012-10-17 정책에서 AWS는 호출자의 사용자 이름으로 바꾸므로 호출자 자신의 폴더는 일치합니다.
iam-adv-mis-set-swapped = 집합 연산자를 뒤바꿨습니다. ForAllValues는 요청의 모든 값이 목록에 있어야 하고(값이 없으면 참), ForAnyValue는 하나 이상이 목록에 있어야 합니다.
iam-adv-mis-set-explicit = 조건이 거짓인 것은 거부가 아닙니다. Allow 문장이 적용되지 않을 뿐이므로 암시적 거부가 됩니다.
iam-adv-mis-set-empty = 집합 규칙을 놓쳤습니다. ForAllValues는 요청 값이 모두 목록에 있으면 참이고 요청에 값이 없어도 참이며, ForAnyValue는 하나라도 목록에 있으면 참입니다.
iam-adv-mis-notaction-allow-wins = Allow가 이긴다고 보았습니다. NotAction을 쓴 Deny는 나열된 작업을 뺀 모든 작업을 거부하며, 적용되는 Deny는 언제나 우선합니다.
iam-adv-mis-notaction-listed = NotAction 목록을 거부 대상으로 읽었습니다. 이 목록은 예외이므로 나열된 작업은 거부되지 않고 Allow가 결정합니다.
iam-adv-mis-notaction-implicit = NotAction을 쓴 Deny 문장이 이 작업에 적용되므로, Allow가 없는 것이 아니라 명시적 거부입니다.
iam-adv-mis-same-account-root = 리소스 정책에 계정(루트 ARN)을 적으면 계정의 IAM 정책에 위임할 뿐입니다. 자격 증명 기반 Allow가 없으면 사용자는 거부됩니다.
iam-adv-mis-same-account-explicit = 여기에는 Deny 문장이 없습니다. 호출자를 지정하지 않는 리소스 정책은 암시적 거부로 이어집니다.
iam-adv-mis-same-account-needs-identity = 같은 계정에서는 사용자 ARN을 지정한 리소스 정책만으로 접근이 허용되며, 자격 증명 기반 정책이 필요 없습니다.
