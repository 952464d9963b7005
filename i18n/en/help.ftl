# Help texts of every command and option (`awsdrill … --help`). A command's description is the
# message cli-<command path>; each option is an attribute named after the option's id.

cli-heading-usage = Usage

cli-heading-options = Options

cli-heading-arguments = Arguments

cli-heading-commands = Commands

cli-heading-global = Global options

cli-help = Print this message or the help of the given subcommand
    .subcommand = The subcommand whose help to print

cli-builtin =
    .help = Print help
    .version = Print the version (with the commit and build date)

cli-common =
    .json = Print one JSON object on stdout instead of text
    .output = Write to this file instead of stdout

cli = Drill AWS certification exams (CLF-C02, SAA-C03) in Korean and English, with answers computed by a model of the services
    .lang = Language of the interface and content [else AWSDRILL_LANG, LC_ALL, LC_MESSAGES, LANG, en]
    .db = Progress database [else AWSDRILL_DB, else $XDG_DATA_HOME/awsdrill/progress.db]
    .content_dir = Load content from this folder instead of the bank built into the binary [else AWSDRILL_CONTENT_DIR]
    .profile = Keep this learner's progress apart in its own profiles/NAME.db (beside --db or AWSDRILL_DB when given) [else AWSDRILL_PROFILE]
    .topic = Only items of this topic (and its subtopics), e.g. vpc or ec2.lifecycle
    .limit = End the session after this many answers
    .new = New items allowed today in total, counting those already introduced today [default: 20, or the saved setting]
    .cram = Review any items, weakest first, without changing the schedule
    .retention = Desired retention, 0.70–0.99; saved for later sessions [default: 0.90]
    .exam = Only items of this exam (clf-c02 or saa-c03); new items follow its domain weights
    .domain = Only items of this domain or task statement, e.g. saa-c03:2 or saa-c03:2.1
    .no_bury = Do not bury the siblings (items sharing a syllabus point) of items answered today

cli-study = Today's due items, scheduled by spaced repetition (the default)
    .topic = Only items of this topic (and its subtopics), e.g. vpc or ec2.lifecycle
    .limit = End the session after this many answers
    .new = New items allowed today in total, counting those already introduced today [default: 20, or the saved setting]
    .cram = Review any items, weakest first, without changing the schedule
    .retention = Desired retention, 0.70–0.99; saved for later sessions [default: 0.90]
    .exam = Only items of this exam (clf-c02 or saa-c03); new items follow its domain weights
    .domain = Only items of this domain or task statement, e.g. saa-c03:2 or saa-c03:2.1
    .no_bury = Do not bury the siblings (items sharing a syllabus point) of items answered today

cli-exam = Full mock exam at the real length, time and domain weights; exam history lists attempts, exam resume continues one, exam review shows every item
    .exam = The exam to sit, or history, resume (continue the unfinished exam) or review (every item of a finished one)
    .id = review: the attempt number; resume: the unfinished exam's number [default: the latest]
    .strict = resume: count the time the exam was closed as well (wall time since it started)
    .wrong = review: only the items answered wrong or left unanswered
    .flagged = review: only the items flagged for review
    .seed = Seed of the paper: the same seed gives the same items in the same order [default: from the clock]
    .esl = English-as-a-second-language accommodation: 30 more minutes
    .no_timer = No countdown and no time-out
    .json = { cli-common.json }

cli-quiz = Instructor quizzes: take, answer key, export to LMS formats

cli-quiz-take = Sit the quiz (one answer a line when stdin is not a terminal)
    .file = The quiz file (YAML)
    .seed = Seed of the paper [default: the file's seed]
    .json = { cli-common.json }

cli-quiz-key = Print the answer key for a seed
    .file = The quiz file (YAML)
    .seed = Seed of the paper [default: the file's seed]
    .json = { cli-common.json }

cli-quiz-export = Write the quiz for an LMS or a handout
    .file = The quiz file (YAML)
    .seed = Seed of the paper [default: the file's seed]
    .format = Output format
    .output = Output file (qti: a .zip package, or a folder)
    .excel = csv: start with a UTF-8 byte order mark so Excel shows Korean
    .student = markdown: the learners' copy, without answers or explanations
    .time_limit = kahoot: seconds for each question [default: the quiz's time spread over its items, else 60]

cli-calc = Ask the service model directly, with a step-by-step explanation

cli-calc-subnet = Usable addresses, reserved addresses and placement of a subnet CIDR
    .cidr = The subnet block, like 10.0.1.0/24 (host bits are cleared, as AWS does)
    .vpc = The VPC block the subnet must fit in
    .taken = A block already used by another subnet (repeatable)
    .json = { cli-common.json }

cli-calc-reach = Can a flow complete, request and response, through routes, NACLs and security groups?
    .scenario = Scenario file (YAML): VPC, subnets, route tables, NACLs, security groups, instances, flow
    .json = { cli-common.json }

cli-calc-ec2 = What an action does to an EC2 instance in a given state
    .state = Current state: pending, running, stopping, stopped, shutting-down, terminated
    .action = Action: start, stop, hibernate, reboot, terminate
    .termination_protection = The instance has termination protection on (DisableApiTermination)
    .type_name = Decode an instance type name instead (e.g. c5n.xlarge)
    .json = { cli-common.json }

cli-calc-iam = IAM policy evaluation for one request: identity-based, resource-based, boundary, SCP, RCP and session policies (S3 ACLs, Block Public Access and VPC endpoint policies are not modelled; rules in docs/model/iam.md)
    .resource_policy = The resource's policy (bucket, key, queue or secret policy; a role's trust policy for sts:AssumeRole)
    .boundary = The principal's permissions boundary
    .scps = SCPs at one level (a policy or an array of policies); repeat from the root OU down to the account
    .rcps = RCPs at one level, same shape; the AWS-managed RCPFullAWSAccess is implied at each level
    .session_policy = The session policy of a role session or federated user session
    .principal = Who calls: an IAM user, role session, federated user or root ARN (default arn:aws:iam::123456789012:user/alice, no keys derived)
    .resource_account = The account that owns the resource (default: the principal's account)
    .management_account = The organization's management account (SCPs and RCPs do not affect it)
    .policies = A policy document (JSON); repeat for several policies, numbered from 1 in the order given
    .action = The requested action, e.g. s3:GetObject (compared case-insensitively)
    .resource = The resource ARN (compared case-sensitively)
    .context = A request-context value for conditions, e.g. aws:SourceIp=203.0.113.5 (repeatable)
    .json = { cli-common.json }

cli-calc-s3 = S3 versioning: run operations on one bucket
    .ops = An operation: "versioning Enabled|Suspended", "put KEY", "delete KEY [VERSION_ID]", "get KEY [VERSION_ID]"; repeat to run several in order
    .json = { cli-common.json }

cli-calc-alarm = CloudWatch alarm state for a series of data points
    .operator = Comparison operator, e.g. GreaterThanOrEqualToThreshold
    .threshold = Threshold the data points are compared with
    .evaluation_periods = N: periods the alarm looks at
    .datapoints_to_alarm = M: breaching points needed (default N)
    .treat_missing_data = missing (default), notBreaching, breaching or ignore
    .points = Data points, oldest first, - for a missing period, e.g. "0,-,80,-,90"
    .current_state = State before this evaluation (default INSUFFICIENT_DATA, a new alarm's state)
    .period = Period in seconds, checked against CloudWatch's limits (optional)
    .json = { cli-common.json }

cli-calc-asg = Auto Scaling: new desired capacity after a policy
    .min = Minimum size
    .max = Maximum size
    .desired = Current desired capacity
    .adjustment_type = ChangeInCapacity, ExactCapacity or PercentChangeInCapacity
    .adjustment = The policy's adjustment (instances, or percent)
    .min_adjustment_magnitude = Minimum step for PercentChangeInCapacity
    .target_value = Target tracking: the target value of the metric
    .metric = Target tracking: the metric's current value
    .json = { cli-common.json }

cli-calc-elb = Load balancer target health after a sequence of checks
    .kind = alb, nlb, gwlb or clb
    .healthy_threshold = Consecutive successes to turn healthy (default from the type)
    .unhealthy_threshold = Consecutive failures to turn unhealthy (default from the type)
    .targets = NAME:healthy|unhealthy|initial=ok,fail,… (repeatable; no state = newly registered)
    .json = { cli-common.json }

cli-cards = List, show and search the items of the bank

cli-cards-list = List every item (id, kind, topic, domains)
    .topic = Only this topic (and its subtopics)
    .json = { cli-common.json }
    .suspended = Only suspended items
    .flagged = Only flagged items, with their notes

cli-cards-show = Show one item in the chosen language, or both
    .id = Item id
    .json = { cli-common.json }

cli-cards-search = Find items whose text (stem, options, feedback, card sides, explanation) or id has words starting with WORDS, in the --lang language (or both)
    .words = Words to look for (all must appear)
    .json = { cli-common.json }

cli-stats = Reviews, retention, streak, forecast and leeches
    .json = { cli-common.json }

cli-progress = Export or import your review history

cli-progress-export = Write your history: CSV reviews (item_id,reviewed_at,rating,mode; cram answers included) or JSON item states
    .format = Output format
    .output = { cli-common.output }

cli-progress-import = Add reviews from a CSV file (item_id,reviewed_at,rating[,mode]) and rebuild schedules
    .file = CSV file with the header item_id,reviewed_at,rating (optionally ,mode: study or cram)

cli-content = Tools for content authors

cli-content-validate = Check content files; every problem is reported as path:line:col
    .dir = Content folder [default: --content-dir, else the built-in bank]
    .json = { cli-common.json }

cli-content-stats = Count items by kind, topic and exam task statement, and list syllabus points without items
    .dir = Content folder [default: --content-dir, else the built-in bank]
    .json = { cli-common.json }

cli-paths = Where the database and content are, and why
    .json = { cli-common.json }

cli-goal = Exam-date mode: set an exam and its date, see readiness on exam day

cli-goal-set = Set the exam and its date; study then caps every interval at that day
    .exam = The exam: clf-c02 or saa-c03
    .date = The exam day, YYYY-MM-DD

cli-goal-show = Readiness on exam day, per domain, and the pace of new items needed
    .json = { cli-common.json }

cli-goal-clear = Remove the goal

cli-profiles = List the learner profiles (progress databases) on this machine
    .json = { cli-common.json }

cli-cohort = Bootcamp tracking: export a learner's progress, report over a cohort

cli-cohort-export = Write this learner's progress as one versioned JSON file for the bootcamp lead
    .learner = Learner name [default: the profile name, else $USER]
    .anonymize = Replace the name with a stable pseudonym (learner-xxxxxx)
    .output = { cli-common.output }

cli-cohort-report = Report over many learners' export files (or a folder of them)
    .inputs = Export files, or folders of *.json export files
    .goal = The exam: clf-c02 or saa-c03 [default: the learners' most common goal]
    .format = Output format
    .output = { cli-common.output }
    .no_leaderboard = Leave the leaderboard out
    .server = Read the cohort live from this PostgreSQL server (postgres:// URL of a lead role, without a password)
    .cohort = The cohort to read from --server

cli-error-invalid-value = { $value } is not a valid value for { $arg }. Accepted values: { $valid }

cli-error-unknown-argument = { $arg } is not an option of this command.

cli-error-invalid-subcommand = { $arg } is not a command.

cli-error-missing-argument = A required argument is missing: { $arg }

cli-error-missing-subcommand = This command needs a subcommand.

cli-error-value-validation = { $value } is not a valid value for { $arg }

cli-error-conflict = { $arg } cannot be used together with { $other }.

cli-error-value-count = { $arg } got the wrong number of values.

cli-error-no-equals = { $arg } needs its value after an equals sign, e.g. { $arg }=VALUE.

cli-error-did-you-mean = Did you mean { $suggested }?

cli-error-see-help = For more information, try --help.

cli-possible-values = [values: { $values }]

cli-default-value = [default: { $value }]

cli-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
    .shell = The shell to write the script for

cli-man = Print the manual page, or write one page per command into a folder
    .output = Write every page (awsdrill.1, awsdrill-study.1, …) into this folder instead of printing the main page

man-written = Wrote { $count ->
    [one] one manual page
   *[other] { $count } manual pages
} into { $dir }.
man-cannot-write = Cannot write manual pages into { $dir }.

cli-calc-dynamodb = DynamoDB read and write capacity units or request units
    .item_size = Item size: bytes, or with a unit B, KB, KiB, MB (1 KB = 1,024 bytes)
    .reads = Reads per second
    .writes = Writes per second
    .consistency = eventual, strong or transactional
    .mode = provisioned or on-demand
    .json = { cli-common.json }

cli-calc-ebs = EBS volume performance: valid or not, baseline, maximum and burst
    .volume_type = Volume type: gp2, gp3, io1, io2, st1 or sc1
    .size = Size: GiB, or with a unit GiB, TiB
    .iops = Provisioned IOPS (gp3, io1, io2)
    .throughput = Provisioned throughput in MiB/s (gp3)
    .json = { cli-common.json }

cli-quiz-validate = Check a quiz file and its own items; problems as path:line:col (exit 1)
    .file = The quiz file (YAML)

cli-quiz-history = The quiz attempts kept in this learner's database
    .json = { cli-common.json }

cli-config = Study settings saved in the database: config set new-per-day 30, config show

cli-config-set = Save a study setting (new-per-day 1–200, reviews-per-day 1–9999, retention 0.70–0.99)
    .key = The setting
    .value = Its new value

cli-config-show = Show the study settings in use and where each comes from
    .json = { cli-common.json }

cli-topics = Topics with item counts, seen and unseen items, and mastery
    .exam = Only items of this exam (clf-c02 or saa-c03)
    .json = { cli-common.json }

cli-calc-s3-lifecycle = S3 Lifecycle: validate a configuration and follow one object through it
    .config = Lifecycle configuration file, in S3's JSON ({"{"}"Rules": [...]{"}"})
    .size = Object size: bytes, or with a unit B, KB, MB, GB (1 KB = 1,024 bytes)
    .days = Age of the object in days
    .noncurrent_days = Days the object has been a noncurrent version (versioned bucket)
    .key = Object key, to match the rules' prefixes (without it, prefixes are assumed to match)
    .class = Storage class the object was uploaded to
    .json = { cli-common.json }

cli-cards-suspend = Leave items out of every schedule until unsuspended
    .ids = Item ids

cli-cards-unsuspend = Put suspended items back into the schedule
    .ids = Item ids

cli-cards-bury = Leave items out until tomorrow (the study day starts at 04:00)
    .ids = Item ids

cli-cards-flag = Flag items to check later, with an optional note
    .ids = Item ids
    .note = A note kept with the flag

cli-cards-unflag = Remove flags and their notes
    .ids = Item ids

cli-calc-route53 = Route 53 routing policies: which record answers a query, or with what probability
    .records = Record set file (YAML): policy, records, client
    .json = { cli-common.json }

cli-sync = Send reviews, mock exams and quiz attempts to the bootcamp's PostgreSQL server

cli-sync-setup = Set up the server, cohort and learner name, then send the history so far
    .server = postgres://USER@HOST:PORT/DATABASE[?sslmode=prefer|require|disable], without a password (PGPASSWORD or ~/.pgpass holds it)
    .cohort = Cohort name
    .learner = Learner name in the cohort

cli-sync-status = Show the server and what is waiting to be sent
    .json = { cli-common.json }

cli-sync-admin = For the bootcamp's admin: the server schema and roles

cli-sync-admin-init = Create or upgrade the server schema
    .server = postgres:// URL of an admin role, without a password

cli-sync-admin-create-learner = Create a learner's login role: it reads and writes only that learner's rows
    .server = postgres:// URL of an admin role, without a password
    .cohort = Cohort name
    .learner = Learner name in the cohort
    .role = Role name [default: aws_<cohort>_<learner>]

cli-sync-admin-create-lead = Create a lead's login role: it reads the whole cohort
    .server = postgres:// URL of an admin role, without a password
    .cohort = Cohort name
    .role = Role name
