# Sync to a bootcamp's PostgreSQL server (issue 18).

sync-err-url = { $url } is not a PostgreSQL URL ({ $reason }). Use postgres://USER@HOST:PORT/DATABASE, optionally with ?sslmode=prefer, require or disable.
sync-err-password-in-url = The server URL contains a password. Leave it out (it would be stored and visible to other users in `ps`): set PGPASSWORD, or add a line to ~/.pgpass (or the file PGPASSFILE names).
sync-err-connect = Cannot reach the sync server: { $reason }
sync-err-server = The sync server refused: { $reason }
sync-err-schema-new = The server's awsdrill schema is version { $found }, newer than this awsdrill understands ({ $supported }). Update awsdrill.
sync-err-schema-denied = The server's awsdrill schema is missing or out of date, and this role may not create it ({ $reason }). Ask the bootcamp's admin to run `awsdrill sync admin init`.
sync-err-not-lead = Role { $role } is not a lead of cohort { $cohort }, so it can only see its own rows. Use a lead role (`awsdrill sync admin create-lead`).
sync-err-not-set-up = Sync is not set up. Run `awsdrill sync setup --server postgres://USER@HOST/DATABASE --cohort NAME --learner NAME` first.
sync-err-empty-name = --cohort and --learner must not be empty.
sync-err-role = { $role } is not an accepted role name: lower-case letters, digits and _, starting with a letter, at most 63 characters.
sync-kept-locally = Nothing was lost: everything stays in this computer's database and goes up with the next sync.
sync-setup-done = Syncing to { $server }, cohort { $cohort }, as { $learner }.
sync-done = Synced to cohort { $cohort }: { $reviews ->
    [one] one new review
   *[other] { $reviews } new reviews
}, { $exams ->
    [one] one mock exam
   *[other] { $exams } mock exams
}, { $quizzes ->
    [one] one quiz attempt
   *[other] { $quizzes } quiz attempts
}, { $items ->
    [one] one item schedule
   *[other] { $items } item schedules
}.
sync-already = { $count ->
    [one] One review was already on the server (an interrupted sync); it was not added twice.
   *[other] { $count } reviews were already on the server (an interrupted sync); they were not added twice.
}
sync-warn-failed = warning: sync failed, your answers are saved on this computer and go up with the next sync: { $reason }
sync-status-off = Sync is not set up: your progress stays on this computer only.
sync-status-server = Server: { $server } (cohort { $cohort }, learner { $learner })
sync-status-last = Last complete sync: { $time }
sync-status-never = Last complete sync: never
sync-status-nothing = Nothing waiting to be sent.
sync-status-pending = Waiting to be sent: { $reviews ->
    [one] one review
   *[other] { $reviews } reviews
}, { $exams ->
    [one] one mock exam
   *[other] { $exams } mock exams
}, { $quizzes ->
    [one] one quiz attempt
   *[other] { $quizzes } quiz attempts
}, { $items ->
    [one] one item schedule
   *[other] { $items } item schedules
}, { $removed ->
    [one] one removal
   *[other] { $removed } removals
}.
sync-status-error = Last error: { $reason }
sync-admin-ready = The server schema is ready (version { $version }).
sync-admin-learner = Created role { $role } for learner { $learner } of cohort { $cohort }: it reads and writes only that learner's rows.
sync-admin-lead = Created role { $role } reading cohort { $cohort }.
sync-admin-pgpass = Give this line to its owner for ~/.pgpass (chmod 600); it is shown only once:
sync-admin-then = Then, on the learner's computer:
sync-err-refused = Cannot reach the sync server at { $address } ({ $reason }). Check the host and port in the URL (`awsdrill sync status` shows it), that the server is running and that this network may reach it.
sync-err-bad-password = The sync server refused the password of role { $user } ({ $reason }). Check the line for this role in ~/.pgpass (or the file PGPASSFILE names, or PGPASSWORD); if it is lost, ask the bootcamp's admin to run `awsdrill sync admin create-learner` again for a new one.
sync-err-no-password = The sync server asks for a password for { $user } at { $address } and none was found. Add the line the admin gave you to ~/.pgpass (chmod 600), or set PGPASSFILE or PGPASSWORD; `awsdrill sync` run in a terminal also asks for it.
sync-password-prompt = Password for { $target }:{" "}
