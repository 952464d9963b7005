# 모든 명령과 옵션의 도움말(`awsdrill … --help`). 명령 설명은 cli-<명령 경로> 메시지이고,
# 각 옵션은 옵션 id를 이름으로 하는 속성입니다.

cli-heading-usage = 사용법

cli-heading-options = 옵션

cli-heading-arguments = 인수

cli-heading-commands = 명령

cli-heading-global = 전역 옵션

cli-help = 이 도움말 또는 지정한 하위 명령의 도움말 보기
    .subcommand = 도움말을 볼 하위 명령

cli-builtin =
    .help = 도움말 보기
    .version = 버전 보기(커밋과 빌드 날짜 포함)

cli-common =
    .json = 텍스트 대신 JSON 객체 하나를 표준 출력에 씁니다
    .output = 표준 출력 대신 이 파일에 씁니다

cli = AWS 자격증 시험(CLF-C02, SAA-C03)을 한국어와 영어로 연습합니다. 답은 AWS 서비스 모델이 계산합니다
    .lang = 화면과 콘텐츠의 언어 [없으면 AWSDRILL_LANG, LC_ALL, LC_MESSAGES, LANG, 그다음 en]
    .db = 진행 기록 데이터베이스 [없으면 AWSDRILL_DB, 그다음 $XDG_DATA_HOME/awsdrill/progress.db]
    .content_dir = 내장 문제 은행 대신 이 폴더의 콘텐츠를 씁니다 [없으면 AWSDRILL_CONTENT_DIR]
    .profile = 여러 학습자가 한 컴퓨터를 쓸 때 학습자별 기록을 profiles/이름.db 파일에 따로 둡니다(--db나 AWSDRILL_DB가 있으면 그 옆 폴더) [없으면 AWSDRILL_PROFILE]
    .topic = 이 주제(와 하위 주제)의 항목만, 예: vpc, ec2.lifecycle
    .limit = 이만큼 답하면 학습을 마칩니다
    .new = 오늘 허용할 새 항목의 총수(오늘 이미 본 새 항목 포함) [기본값: 20 또는 저장한 설정]
    .cram = 일정을 바꾸지 않고 약한 항목부터 아무 항목이나 복습합니다
    .retention = 목표 기억률, 0.70–0.99, 다음 학습에도 저장됩니다 [기본값: 0.90]
    .exam = 이 시험(clf-c02, saa-c03)의 항목만, 새 항목은 시험 도메인 비중을 따릅니다
    .domain = 이 도메인이나 작업 항목의 항목만, 예: saa-c03:2, saa-c03:2.1
    .no_bury = 오늘 답한 항목과 같은 실러버스 항목을 가르치는 형제 항목을 묻어 두지 않음

cli-study = 간격 반복으로 일정이 잡힌 오늘의 복습 항목(기본 명령)
    .topic = 이 주제(와 하위 주제)의 항목만, 예: vpc, ec2.lifecycle
    .limit = 이만큼 답하면 학습을 마칩니다
    .new = 오늘 허용할 새 항목의 총수(오늘 이미 본 새 항목 포함) [기본값: 20 또는 저장한 설정]
    .cram = 일정을 바꾸지 않고 약한 항목부터 아무 항목이나 복습합니다
    .retention = 목표 기억률, 0.70–0.99, 다음 학습에도 저장됩니다 [기본값: 0.90]
    .exam = 이 시험(clf-c02, saa-c03)의 항목만, 새 항목은 시험 도메인 비중을 따릅니다
    .domain = 이 도메인이나 작업 항목의 항목만, 예: saa-c03:2, saa-c03:2.1
    .no_bury = 오늘 답한 항목과 같은 실러버스 항목을 가르치는 형제 항목을 묻어 두지 않음

cli-exam = 실제 시험과 같은 문항 수, 시간, 도메인 비중의 모의고사. exam history로 응시 기록을, exam resume으로 이어 보기를, exam review로 모든 문항을 봅니다
    .exam = 응시할 시험, 또는 history, resume(끝내지 않은 시험 이어 보기), review(끝난 시험의 모든 문항 보기)
    .id = review에서는 응시 번호, resume에서는 끝내지 않은 시험의 번호 [기본값: 가장 최근]
    .strict = resume: 시험을 닫아 둔 시간도 셉니다(시작한 뒤 흐른 실제 시간)
    .wrong = review: 틀렸거나 답하지 않은 문항만
    .flagged = review: 검토 표시한 문항만
    .seed = 시험지 시드: 같은 시드면 같은 문항이 같은 순서로 나옵니다 [기본값: 현재 시각에서]
    .esl = 영어가 모국어가 아닌 응시자 편의(ESL): 시간 30분 추가
    .no_timer = 남은 시간 표시와 시간 종료 없음
    .json = { cli-common.json }

cli-quiz = 강사용 퀴즈: 응시, 정답표, LMS 형식으로 내보내기

cli-quiz-take = 퀴즈에 응시합니다(표준 입력이 터미널이 아니면 한 줄에 답 하나)
    .file = 퀴즈 파일(YAML)
    .seed = 시험지 시드 [기본값: 파일의 seed]
    .json = { cli-common.json }

cli-quiz-key = 시드에 해당하는 정답표를 출력합니다
    .file = 퀴즈 파일(YAML)
    .seed = 시험지 시드 [기본값: 파일의 seed]
    .json = { cli-common.json }

cli-quiz-export = LMS나 배포용 유인물 형식으로 퀴즈를 씁니다
    .file = 퀴즈 파일(YAML)
    .seed = 시험지 시드 [기본값: 파일의 seed]
    .format = 출력 형식
    .output = 출력 파일(qti는 .zip 패키지나 폴더)
    .excel = csv: Excel에서 한글이 바로 보이도록 UTF-8 BOM으로 시작합니다
    .student = markdown: 정답과 해설 없이 학습자에게 나눠 줄 사본
    .time_limit = kahoot: 문제당 제한 시간(초) [기본값: 퀴즈 시간을 문항 수로 나눈 값, 없으면 60]

cli-calc = 서비스 모델에 직접 묻고 단계별 설명을 봅니다

cli-calc-subnet = 서브넷 CIDR의 사용 가능 주소, 예약 주소, 배치 확인
    .cidr = 서브넷 블록, 예: 10.0.1.0/24 (AWS처럼 호스트 비트는 지웁니다)
    .vpc = 서브넷이 들어가야 할 VPC 블록
    .taken = 다른 서브넷이 이미 쓰는 블록(여러 번 지정 가능)
    .json = { cli-common.json }

cli-calc-reach = 라우팅, 네트워크 ACL, 보안 그룹을 거쳐 요청과 응답이 모두 통과하는지 판정
    .scenario = 시나리오 파일(YAML): VPC, 서브넷, 라우팅 테이블, 네트워크 ACL, 보안 그룹, 인스턴스, 흐름
    .json = { cli-common.json }

cli-calc-ec2 = 특정 상태의 EC2 인스턴스에 작업을 하면 어떻게 되는지
    .state = 현재 상태: pending, running, stopping, stopped, shutting-down, terminated
    .action = 작업: start, stop, hibernate, reboot, terminate
    .termination_protection = 인스턴스에 종료 방지(DisableApiTermination)가 켜져 있음
    .type_name = 대신 인스턴스 유형 이름을 풀이합니다(예: c5n.xlarge)
    .json = { cli-common.json }

cli-calc-iam = 요청 하나에 대한 IAM 정책 평가: 자격 증명 기반, 리소스 기반, 권한 경계, SCP, RCP, 세션 정책을 평가합니다(S3 ACL, 퍼블릭 액세스 차단, VPC 엔드포인트 정책은 모델링하지 않음. 규칙은 docs/model/iam.md 참고)
    .resource_policy = 리소스의 정책(버킷, 키, 대기열, 보안 암호 정책, sts:AssumeRole 작업에는 역할 신뢰 정책)
    .boundary = 보안 주체의 권한 경계
    .scps = 한 수준의 SCP(정책 하나 또는 정책 배열). 루트 OU부터 계정까지 수준마다 반복
    .rcps = 한 수준의 RCP(같은 형식). 수준마다 AWS 관리형 RCPFullAWSAccess 정책이 있는 것으로 봄
    .session_policy = 역할 세션이나 페더레이션 사용자 세션의 세션 정책
    .principal = 호출자: IAM 사용자, 역할 세션, 페더레이션 사용자, 루트 ARN(기본값 arn:aws:iam::123456789012:user/alice, 키를 끌어내지 않음)
    .resource_account = 리소스 소유 계정(기본값: 보안 주체의 계정)
    .management_account = 조직의 관리 계정(SCP와 RCP의 영향을 받지 않음)
    .policies = 정책 문서(JSON). 여러 정책은 반복해서 지정하며, 지정한 순서대로 1부터 번호가 붙습니다
    .action = 요청한 작업, 예: s3:GetObject (대소문자 구분 없이 비교)
    .resource = 리소스 ARN (대소문자 구분하여 비교)
    .context = 조건에 쓸 요청 컨텍스트 값, 예: aws:SourceIp=203.0.113.5 (여러 번 지정 가능)
    .json = { cli-common.json }

cli-calc-s3 = S3 버전 관리: 버킷 하나에 작업을 차례로 실행
    .ops = 작업: "versioning Enabled|Suspended", "put KEY", "delete KEY [VERSION_ID]", "get KEY [VERSION_ID]". 여러 번 지정하면 순서대로 실행합니다
    .json = { cli-common.json }

cli-calc-alarm = 데이터 포인트 계열에 대한 CloudWatch 경보 상태
    .operator = 비교 연산자, 예: GreaterThanOrEqualToThreshold
    .threshold = 데이터 포인트와 비교할 임곗값
    .evaluation_periods = N: 경보가 살펴보는 기간 수
    .datapoints_to_alarm = M: 경보에 필요한 위반 데이터 포인트 수(기본값 N)
    .treat_missing_data = missing(기본값), notBreaching, breaching, ignore 중 하나
    .points = 오래된 것부터 데이터 포인트, 누락된 기간은 -, 예: "0,-,80,-,90"
    .current_state = 이번 평가 전 상태(기본값 INSUFFICIENT_DATA, 새 경보의 상태)
    .period = 기간(초), CloudWatch 한도에 맞는지 확인합니다(선택)
    .json = { cli-common.json }

cli-calc-asg = Auto Scaling: 정책 실행 후 새 원하는 용량
    .min = 최소 크기
    .max = 최대 크기
    .desired = 현재 원하는 용량
    .adjustment_type = ChangeInCapacity, ExactCapacity, PercentChangeInCapacity 중 하나
    .adjustment = 정책의 조정 값(인스턴스 수 또는 백분율)
    .min_adjustment_magnitude = PercentChangeInCapacity의 최소 조정 단위
    .target_value = 대상 추적: 지표의 목표값
    .metric = 대상 추적: 지표의 현재값
    .json = { cli-common.json }

cli-calc-elb = 상태 확인이 이어진 뒤의 로드 밸런서 대상 상태
    .kind = alb, nlb, gwlb, clb 중 하나
    .healthy_threshold = 정상으로 바뀌는 데 필요한 연속 성공 횟수(기본값은 유형별)
    .unhealthy_threshold = 비정상으로 바뀌는 데 필요한 연속 실패 횟수(기본값은 유형별)
    .targets = NAME:healthy|unhealthy|initial=ok,fail,… (여러 번 지정 가능, 상태가 없으면 새로 등록한 대상)
    .json = { cli-common.json }

cli-cards = 문제 은행 항목 목록 보기, 보기, 검색

cli-cards-list = 모든 항목 목록(id, 종류, 주제, 도메인)
    .topic = 이 주제(와 하위 주제)만
    .json = { cli-common.json }
    .suspended = 보류한 항목만
    .flagged = 깃발을 단 항목만 (메모와 함께)

cli-cards-show = 항목 하나를 선택한 언어로 봅니다
    .id = 항목 id
    .json = { cli-common.json }

cli-cards-search = 본문(문제, 보기, 피드백, 카드 앞뒷면, 해설)이나 id에 WORDS로 시작하는 단어가 있는 항목 찾기(--lang 언어 기준)
    .words = 찾을 단어(모두 들어 있어야 함)
    .json = { cli-common.json }

cli-stats = 복습 수, 기억률, 연속 학습일, 예보, 거머리 항목
    .json = { cli-common.json }

cli-progress = 복습 기록 내보내기와 가져오기

cli-progress-export = 기록을 씁니다: CSV 복습 기록(item_id,reviewed_at,rating,mode, 벼락치기 답 포함) 또는 JSON 항목 상태
    .format = 출력 형식
    .output = { cli-common.output }

cli-progress-import = CSV 파일(item_id,reviewed_at,rating[,mode])에서 복습 기록을 더하고 일정을 다시 계산합니다
    .file = 머리글이 item_id,reviewed_at,rating(선택적으로 ,mode: study 또는 cram)인 CSV 파일

cli-content = 콘텐츠 작성자용 도구

cli-content-validate = 콘텐츠 파일을 검사하고 모든 문제를 경로:줄:열로 알려 줍니다
    .dir = 콘텐츠 폴더 [기본값: --content-dir, 없으면 내장 문제 은행]
    .json = { cli-common.json }

cli-content-stats = 종류, 주제, 시험 과제별 항목 수와 항목이 없는 실라버스 항목
    .dir = 콘텐츠 폴더 [기본값: --content-dir, 없으면 내장 문제 은행]
    .json = { cli-common.json }

cli-paths = 데이터베이스와 콘텐츠의 위치, 그리고 그 이유
    .json = { cli-common.json }

cli-goal = 시험일 모드: 시험과 날짜를 정하고 시험일 기준 준비도를 봅니다

cli-goal-set = 시험과 날짜를 정합니다. 이후 학습은 모든 간격을 그날까지로 제한합니다
    .exam = 시험: clf-c02 또는 saa-c03
    .date = 시험일, YYYY-MM-DD

cli-goal-show = 도메인별 시험일 준비도와 필요한 새 항목 속도
    .json = { cli-common.json }

cli-goal-clear = 목표를 지웁니다

cli-profiles = 이 컴퓨터의 학습자 프로필(진행 기록 데이터베이스) 목록
    .json = { cli-common.json }

cli-cohort = 부트캠프 추적: 학습자 진행 기록 내보내기, 기수 전체 보고서

cli-cohort-export = 이 학습자의 진행 기록을 부트캠프 운영자용 JSON 파일 하나로 씁니다
    .learner = 학습자 이름 [기본값: 프로필 이름, 없으면 $USER]
    .anonymize = 이름을 고정된 가명(learner-xxxxxx)으로 바꿉니다
    .output = { cli-common.output }

cli-cohort-report = 여러 학습자의 내보내기 파일(또는 그 폴더)로 보고서를 만듭니다
    .inputs = 내보내기 파일, 또는 *.json 내보내기 파일이 든 폴더
    .goal = 시험: clf-c02 또는 saa-c03 [기본값: 학습자들이 가장 많이 정한 목표]
    .format = 출력 형식
    .output = { cli-common.output }
    .no_leaderboard = 순위표를 뺍니다
    .server = 이 PostgreSQL 서버에서 코호트를 실시간으로 읽습니다(리드 역할의 postgres:// URL, 비밀번호 없이)
    .cohort = --server에서 읽을 코호트

cli-error-invalid-value = { $arg } 옵션에 쓸 수 없는 값입니다: { $value }. 쓸 수 있는 값: { $valid }

cli-error-unknown-argument = 이 명령에 없는 옵션입니다: { $arg }

cli-error-invalid-subcommand = 없는 명령입니다: { $arg }

cli-error-missing-argument = 꼭 필요한 인수가 빠졌습니다: { $arg }

cli-error-missing-subcommand = 이 명령에는 하위 명령이 필요합니다.

cli-error-value-validation = { $arg } 옵션의 값이 올바르지 않습니다: { $value }

cli-error-conflict = { $arg } 옵션과 { $other } 옵션은 함께 쓸 수 없습니다.

cli-error-value-count = { $arg } 옵션에 준 값의 개수가 맞지 않습니다.

cli-error-no-equals = { $arg } 옵션은 등호 뒤에 값을 씁니다. 예: { $arg }=VALUE

cli-error-did-you-mean = 혹시 이것을 찾으셨나요? { $suggested }

cli-error-see-help = 자세한 내용은 --help를 보세요.

cli-possible-values = [값: { $values }]

cli-default-value = [기본값: { $value }]

cli-completions = 셸 자동 완성 스크립트를 출력합니다(bash, zsh, fish, powershell, elvish)
    .shell = 스크립트를 만들 셸

cli-man = 매뉴얼 페이지를 출력하거나, 명령마다 한 페이지씩 폴더에 씁니다
    .output = 기본 페이지를 출력하는 대신 모든 페이지(awsdrill.1, awsdrill-study.1, …)를 이 폴더에 씁니다

man-written = 매뉴얼 페이지 { $count }개를 썼습니다: { $dir }
man-cannot-write = 다음 폴더에 매뉴얼 페이지를 쓸 수 없습니다: { $dir }

cli-calc-dynamodb = DynamoDB 읽기·쓰기 용량 단위 또는 요청 단위
    .item_size = 항목 크기: 바이트, 또는 B, KB, KiB, MB 단위(1 KB = 1,024바이트)
    .reads = 초당 읽기 횟수
    .writes = 초당 쓰기 횟수
    .consistency = eventual, strong, transactional 중 하나
    .mode = provisioned 또는 on-demand
    .json = { cli-common.json }

cli-calc-ebs = EBS 볼륨 성능: 유효 여부, 기준·최대·버스트 성능
    .volume_type = 볼륨 유형: gp2, gp3, io1, io2, st1, sc1
    .size = 크기: GiB, 또는 GiB, TiB 단위
    .iops = 프로비저닝 IOPS(gp3, io1, io2)
    .throughput = 프로비저닝 처리량 MiB/s(gp3)
    .json = { cli-common.json }

cli-quiz-validate = 퀴즈 파일과 퀴즈에 직접 쓴 항목을 검사합니다. 문제는 경로:줄:열로 알려 줍니다(종료 코드 1)
    .file = 퀴즈 파일(YAML)

cli-quiz-history = 이 학습자의 데이터베이스에 저장된 퀴즈 응시 기록
    .json = { cli-common.json }

cli-config = 데이터베이스에 저장하는 학습 설정: config set new-per-day 30, config show

cli-config-set = 학습 설정 저장 (new-per-day 1–200, reviews-per-day 1–9999, retention 0.70–0.99)
    .key = 설정 이름
    .value = 새 값

cli-config-show = 지금 쓰는 학습 설정과 각 값의 출처 보기
    .json = { cli-common.json }

cli-topics = 주제별 항목 수, 본 항목과 안 본 항목, 숙달도
    .exam = 이 시험(clf-c02, saa-c03)의 항목만
    .json = { cli-common.json }

cli-calc-s3-lifecycle = S3 수명 주기: 구성을 검증하고 객체 하나가 어떻게 옮겨 가는지 따라갑니다
    .config = S3 JSON 형식의 수명 주기 구성 파일({"{"}"Rules": [...]{"}"})
    .size = 객체 크기: 바이트, 또는 B, KB, MB, GB 단위(1 KB = 1,024바이트)
    .days = 객체의 나이(일)
    .noncurrent_days = 객체가 최신이 아닌 버전이 된 뒤 지난 일수(버전 관리 버킷)
    .key = 규칙의 접두사와 맞춰 볼 객체 키(없으면 접두사가 맞는다고 봅니다)
    .class = 객체를 처음 업로드한 스토리지 클래스
    .json = { cli-common.json }

cli-cards-suspend = 항목을 보류해 되살릴 때까지 어떤 일정에도 넣지 않음
    .ids = 항목 ID

cli-cards-unsuspend = 보류한 항목을 다시 일정에 넣음
    .ids = 항목 ID

cli-cards-bury = 항목을 내일까지 묻어 둠 (학습일은 04:00에 시작)
    .ids = 항목 ID

cli-cards-flag = 나중에 확인하도록 항목에 깃발을 달아 둠 (메모 선택)
    .ids = 항목 ID
    .note = 깃발과 함께 남길 메모

cli-cards-unflag = 깃발과 메모를 뗌
    .ids = 항목 ID

cli-calc-route53 = Route 53 라우팅 정책: 쿼리에 어느 레코드가 응답하는지, 또는 어떤 확률로 응답하는지
    .records = 레코드 세트 파일(YAML): policy, records, client
    .json = { cli-common.json }

cli-sync = 복습, 모의고사, 퀴즈 응시 기록을 부트캠프의 PostgreSQL 서버로 보냅니다

cli-sync-setup = 서버, 코호트, 학습자 이름을 설정하고 지금까지의 기록을 보냅니다
    .server = postgres://사용자@호스트:포트/데이터베이스[?sslmode=prefer|require|disable], 비밀번호 없이(비밀번호는 PGPASSWORD나 ~/.pgpass에 둡니다)
    .cohort = 코호트 이름
    .learner = 코호트 안에서 쓸 학습자 이름

cli-sync-status = 서버와 아직 보내지 않은 기록을 보여 줍니다
    .json = { cli-common.json }

cli-sync-admin = 부트캠프 관리자용: 서버 스키마와 역할

cli-sync-admin-init = 서버 스키마를 만들거나 최신 버전으로 올립니다
    .server = 관리자 역할의 postgres:// URL, 비밀번호 없이

cli-sync-admin-create-learner = 학습자 로그인 역할을 만듭니다. 이 역할은 그 학습자의 행만 읽고 씁니다
    .server = 관리자 역할의 postgres:// URL, 비밀번호 없이
    .cohort = 코호트 이름
    .learner = 코호트 안의 학습자 이름
    .role = 역할 이름 [기본값: aws_<코호트>_<학습자>]

cli-sync-admin-create-lead = 리드 로그인 역할을 만듭니다. 이 역할은 코호트 전체를 읽습니다
    .server = 관리자 역할의 postgres:// URL, 비밀번호 없이
    .cohort = 코호트 이름
    .role = 역할 이름
