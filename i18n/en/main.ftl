# General errors. Placeholders hold paths, names and values exactly as the user typed them.
error-bad-now = AWSDRILL_NOW must be an RFC 3339 time such as 2026-11-22T09:00:00Z (got "{ $value }")
error-bad-profile = profile name "{ $name }" is not accepted: use letters, digits, - and _ (at most 40)
error-no-data-dir = cannot find a place for the progress database: set HOME or XDG_DATA_HOME, or pass --db PATH
error-content-invalid = the content in { $dir } has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; run `awsdrill content validate { $dir }` to see them
error-not-a-dir = { $path } is not a folder
error-not-built = this command is not available in this build yet
error-unknown-item = no item has the id "{ $id }" (similar: { $hints }); `awsdrill cards list` shows every id

# awsdrill paths
paths-database = Database
paths-content = Content
paths-lang = Language
paths-profile = Profile
paths-not-created = (not created yet)
paths-content-embedded = built into the binary
paths-source-flag = set by { $flag }
paths-source-env = set by the environment variable { $var }
paths-source-convention = default location (from ${ $var })
paths-source-embedded = no --content-dir or AWSDRILL_CONTENT_DIR given

# awsdrill content validate
content-level-error = error
content-level-warning = warning
content-valid = content is valid: { $items } items, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
content-invalid = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} and { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $items } items passed
content-err-yaml = YAML error: { $detail }
content-err-structure = unexpected value: { $detail }
content-err-unknown-field = unknown field `{ $field }`
content-err-no-syllabus = syllabus.yaml is missing from the content folder
content-err-schema-version-missing = add `schema_version: { $supported }` at the top of the file
content-err-schema-version = schema_version { $found } is not supported; this awsdrill reads version { $supported }
content-err-missing-field = required field `{ $field }` is missing
content-err-field-not-for-kind = field `{ $field }` does not belong in a { $kind }
content-err-unknown-kind = kind "{ $kind }" is unknown; use card, question or exercise
content-err-bad-id = id "{ $id }" must use lower-case letters, digits, '.', '-' or '_'
content-err-duplicate-id = id "{ $id }" is already used at { $first }
content-err-missing-lang = the `{ $lang }` text is missing (every text needs en and ko)
content-err-empty-text = the `{ $lang }` text is empty
content-err-empty-list = `{ $field }` needs at least one entry
content-err-unknown-topic = topic "{ $topic }" is not in syllabus.yaml
content-err-unknown-syllabus = syllabus point "{ $point }" is not in syllabus.yaml
content-err-unknown-domain = "{ $domain }" is not an exam task statement; write it like clf-c02:3.5 or saa-c03:1.2
content-err-bad-ref = ref "{ $ref }" must be an https:// URL
content-warn-ref-not-aws = ref is not an AWS page; prefer the AWS documentation
content-err-choose-zero = `choose` must be 1 or more
content-err-choose-count = "choose { $choose }" needs exactly { $choose ->
    [one] { $choose } correct option
   *[other] { $choose } correct options
}, but { $correct } are marked correct
content-err-too-few-options = { $count ->
    [one] { $count } option
   *[other] { $count } options
} is too few to choose { $choose }
content-err-too-many-options = { $count } options is too many; at most 6
content-err-duplicate-option = option { $second } repeats option { $first }
content-err-unknown-template = template "{ $template }" is unknown; known templates: { $known }
content-err-template-params = params for { $template }: { $detail }
content-err-unknown-placeholder = placeholder {"{"}{ $name }{"}"} is not filled by { $template }; it fills: { $known }

# Exercise parameters
exercise-param-range = `{ $name }` must be a whole number from { $min } to { $max }
exercise-param-unknown = unknown parameter `{ $name }`; accepted: { $known }

# Reading answers
answer-expected-choice = answer with a letter (a–{ $last }) or a number (1–{ $count }); several as a,c
answer-expected-number = answer with a whole number, e.g. 251
answer-expected-text = type an answer
answer-choose-n-note = this question asks for { $n } choices and you gave { $picked }

# awsdrill cards
cards-col-id = id
cards-col-kind = kind
cards-col-topic = topic
cards-col-domains = exam domains
cards-count = { $count ->
    [one] one item
   *[other] { $count } items
}
cards-template = template
cards-syllabus = syllabus
cards-ref = reference

# awsdrill stats
stats-reviews-today = Reviews today
stats-reviews-total = Reviews in total
stats-due-now = Due now
stats-due-tomorrow = Due tomorrow
stats-seen = Items seen
stats-retention = True retention, 30 days
stats-streak = Streak
stats-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
stats-leeches = Leeches
stats-forecast = Due in the next 14 days:
stats-leech-list = Leeches (forgotten 8 times or more; rewrite or re-read these):

# awsdrill progress
error-write-file = cannot write { $path }: { $reason }
error-read-file = cannot read { $path }: { $reason }
import-bad-header = { $file }:1: the first line must be the header item_id,reviewed_at,rating (optionally ,mode)
import-bad-row = { $file }:{ $line }: { $reason }
import-field-count = expected the header's fields (item_id,reviewed_at,rating, optionally mode), found { $count }
import-unknown-id = no item has the id "{ $id }"
import-bad-time = "{ $value }" is not an RFC 3339 time such as 2026-11-22T09:00:00Z
import-bad-rating = rating "{ $value }" must be 1, 2, 3 or 4
import-nothing-written = { $count ->
    [one] One bad row
   *[other] { $count } bad rows
}; nothing was imported. Fix the rows above and import again
import-done = Imported { $reviews ->
    [one] one review
   *[other] { $reviews } reviews
} for { $items ->
    [one] one item
   *[other] { $items } items
}; { $skipped } already present were skipped.

# Database problems
error-db-foreign = { $path } is not an awsdrill database; it was left untouched. Point --db (or AWSDRILL_DB) at another file, or move this one away
error-db-too-new = { $path } uses schema version { $found }, newer than this awsdrill understands ({ $supported }); it was left untouched. Update awsdrill, or use another --db
stats-heatmap = Reviews over the last 26 weeks (· none, ░▒▓█ more):
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

import-bad-csv = not readable as CSV: { $reason }
import-future-time = { $value } is later than now; a review cannot come from the future
import-more-problems = … and { $count ->
    [one] one more bad row
   *[other] { $count } more bad rows
}
error-env-not-utf8 = the environment variable { $var } is not valid UTF-8 text; set it again with plain text (or unset it)
