//! Sync to `PostgreSQL` against a real, throwaway server: `initdb` into a temp folder, `pg_ctl
//! start` on a free loopback port with its unix socket in that folder, stopped when the test ends
//! (a `Drop` guard, so also when it fails). Without `PostgreSQL`'s binaries the tests say so and
//! skip, unless `AWSDRILL_REQUIRE_POSTGRES=1` (CI), where a missing server fails.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{NOW, Sandbox, TWO_CARD_BANK};

const ADMIN_PASSWORD: &str = "admin-test-password";

/// `PostgreSQL`'s binaries: `AWSDRILL_PG_BIN`, else the newest /usr/lib/postgresql/*/bin.
fn pg_bin() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AWSDRILL_PG_BIN") {
        return Some(PathBuf::from(dir)).filter(|d| d.join("initdb").exists());
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin"))
        .filter(|d| d.join("initdb").exists() && d.join("pg_ctl").exists())
        .collect();
    dirs.sort_by_key(|d| d.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()?.parse::<u32>().ok()));
    dirs.pop()
}

/// A throwaway cluster.
pub struct Pg {
    _dir: tempfile::TempDir,
    run: PathBuf,
    bin: PathBuf,
    pub port: u16,
    as_root: bool,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

impl Pg {
    /// Starts a cluster, or returns None (after saying why) when `PostgreSQL` is not installed.
    pub fn start() -> Option<Pg> {
        let Some(bin) = pg_bin() else {
            assert!(
                std::env::var("AWSDRILL_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "AWSDRILL_REQUIRE_POSTGRES=1 but no PostgreSQL binaries were found (apt-get install postgresql)"
            );
            eprintln!(
                "skipping: PostgreSQL binaries not found (install Debian's postgresql package to run the sync tests)"
            );
            return None;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let run = dir.path().join("run");
        std::fs::create_dir(&run).expect("mkdir");
        std::fs::write(run.join("pw"), ADMIN_PASSWORD).expect("pwfile");
        // PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user then.
        let as_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        if as_root {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
            let ok = Command::new("chown").args(["-R", "postgres"]).arg(&run).status().is_ok_and(|s| s.success());
            assert!(ok, "chown postgres failed: is there a postgres user?");
        }
        let pg = Pg { _dir: dir, run, bin, port: free_port(), as_root };
        let data = pg.run.join("data");
        let pw = pg.run.join("pw");
        let out = pg
            .tool("initdb")
            .arg("-D")
            .arg(&data)
            .args(["-U", "postgres", "--auth=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C"])
            .arg(format!("--pwfile={}", pw.display()))
            .output()
            .expect("initdb");
        assert!(out.status.success(), "initdb: {}", String::from_utf8_lossy(&out.stderr));
        pg.pg_ctl_start();
        Some(pg)
    }

    fn tool(&self, name: &str) -> Command {
        let path = self.bin.join(name);
        let mut cmd = if self.as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        cmd.current_dir(&self.run).stdin(Stdio::null());
        cmd
    }

    pub fn pg_ctl_start(&self) {
        let opts = format!(
            "-p {} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} -c fsync=off -c max_connections=60",
            self.port,
            self.run.display()
        );
        let out = self
            .tool("pg_ctl")
            .arg("-D")
            .arg(self.run.join("data"))
            .arg("-l")
            .arg(self.run.join("log"))
            .args(["-w", "-t", "60", "-o", &opts, "start"])
            .output()
            .expect("pg_ctl start");
        let log = std::fs::read_to_string(self.run.join("log")).unwrap_or_default();
        assert!(out.status.success(), "pg_ctl start: {}\n{log}", String::from_utf8_lossy(&out.stderr));
    }

    pub fn stop(&self) {
        let _ = self.tool("pg_ctl").arg("-D").arg(self.run.join("data")).args(["-m", "fast", "-w", "stop"]).output();
    }

    pub fn url(&self, user: &str) -> String {
        format!("postgres://{user}@127.0.0.1:{}/postgres", self.port)
    }

    /// A direct client, as `user`.
    pub fn client(&self, user: &str, password: &str) -> postgres::Client {
        postgres::Client::connect(
            &format!("host=127.0.0.1 port={} user={user} password={password} dbname=postgres", self.port),
            postgres::NoTls,
        )
        .expect("connect")
    }

    pub fn admin(&self) -> postgres::Client {
        self.client("postgres", ADMIN_PASSWORD)
    }

    /// Reviews of one learner on the server.
    pub fn reviews(&self, cohort: &str, learner: &str) -> i64 {
        self.admin()
            .query_one("SELECT count(*) FROM awsdrill.review WHERE cohort = $1 AND learner = $2", &[&cohort, &learner])
            .expect("count")
            .get(0)
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        let _ =
            self.tool("pg_ctl").arg("-D").arg(self.run.join("data")).args(["-m", "immediate", "-w", "stop"]).output();
    }
}

/// One learner's computer: a database, a pgpass file, and the shared content folder.
struct Learner {
    db: PathBuf,
    pgpass: PathBuf,
    name: String,
}

struct World {
    sandbox: Sandbox,
    dir: String,
    pg: Pg,
}

impl World {
    fn new() -> Option<World> {
        let pg = Pg::start()?;
        let (sandbox, dir) = crate::util::content_sandbox(TWO_CARD_BANK);
        Some(World { sandbox, dir, pg })
    }

    /// Runs awsdrill as `who` (None: the admin, with PGPASSWORD).
    fn cmd(&self, who: Option<&Learner>, args: &[&str]) -> crate::util::Cmd {
        let mut full = vec!["--content-dir", self.dir.as_str()];
        full.extend_from_slice(args);
        let mut cmd = self.sandbox.cmd(&full);
        match who {
            Some(l) => {
                cmd.env("AWSDRILL_DB", l.db.to_str().unwrap()).env("PGPASSFILE", l.pgpass.to_str().unwrap());
            }
            None => {
                cmd.env("PGPASSWORD", ADMIN_PASSWORD);
            }
        }
        cmd
    }

    /// A learner with `reviews` imported reviews and a goal. With `role`, the admin creates their
    /// login role and the pgpass file holds its password; without, they sync as the admin.
    fn learner(&self, name: &str, reviews: usize, role: bool) -> Learner {
        let l = Learner {
            db: self.sandbox.path(&format!("{name}.db")),
            pgpass: self.sandbox.path(&format!("{name}.pgpass")),
            name: name.to_owned(),
        };
        let csv = self.sandbox.write(&format!("{name}.csv"), &history(name, reviews));
        self.cmd(Some(&l), &["progress", "import", csv.to_str().unwrap()]).run().code(0);
        self.cmd(Some(&l), &["goal", "set", "saa-c03", "--date", "2026-12-20"]).run().code(0);
        let line = if role {
            let out = self
                .cmd(
                    None,
                    &[
                        "sync",
                        "admin",
                        "create-learner",
                        "--server",
                        &self.pg.url("postgres"),
                        "--cohort",
                        "c1",
                        "--learner",
                        name,
                    ],
                )
                .run();
            out.code(0);
            out.stdout.lines().find(|line| line.starts_with("127.0.0.1:")).expect("pgpass line").to_owned()
        } else {
            format!("127.0.0.1:{}:postgres:postgres:{ADMIN_PASSWORD}", self.pg.port)
        };
        std::fs::write(&l.pgpass, format!("{line}\n")).unwrap();
        l
    }

    fn role_of(l: &Learner) -> String {
        let text = std::fs::read_to_string(&l.pgpass).unwrap();
        text.split(':').nth(3).unwrap().to_owned()
    }

    fn setup(&self, l: &Learner) -> crate::util::Output {
        let role = Self::role_of(l);
        self.cmd(Some(l), &["sync", "setup", "--server", &self.pg.url(&role), "--cohort", "c1", "--learner", &l.name])
            .run()
    }

    fn spawn_sync(&self, l: &Learner, batch: &str) -> Child {
        Command::new(env!("CARGO_BIN_EXE_awsdrill"))
            .args(["--content-dir", &self.dir, "sync"])
            .env_remove("AWSDRILL_LANG")
            .env_remove("PGPASSWORD")
            .env("AWSDRILL_NOW", NOW)
            .env("TZ", "UTC")
            .env("HOME", self.sandbox.dir.path())
            .env("AWSDRILL_DB", &l.db)
            .env("PGPASSFILE", &l.pgpass)
            .env("AWSDRILL_SYNC_BATCH", batch)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    }
}

/// `n` reviews spread over the last weeks, seeded by the name so learners differ.
fn history(name: &str, n: usize) -> String {
    let seed = name.bytes().map(usize::from).sum::<usize>();
    let start = chrono::DateTime::parse_from_rfc3339("2026-10-20T08:00:00Z").unwrap().timestamp();
    let span = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().timestamp() - start - 3600;
    let mut csv = String::from("item_id,reviewed_at,rating\n");
    for k in 0..n {
        let at = start + span * k as i64 / n.max(1) as i64 + (seed % 7) as i64 * 60;
        let item = if (k + seed) % 3 == 0 { "t.card.igw" } else { "t.card.reserved" };
        let rating = 1 + (k * 7 + seed) % 4;
        let when = chrono::DateTime::from_timestamp(at, 0).unwrap().format("%Y-%m-%dT%H:%M:%SZ");
        let _ = writeln!(csv, "{item},{when},{rating}");
    }
    csv
}

fn local_reviews(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM review", [], |r| r.get(0)).unwrap()
}

fn without_files(mut report: serde_json::Value) -> serde_json::Value {
    for l in report["learners"].as_array_mut().unwrap() {
        l.as_object_mut().unwrap().remove("file");
    }
    report
}

#[test]
fn sync_is_idempotent_roles_are_enforced_and_the_report_matches_the_files() {
    let Some(w) = World::new() else { return };
    let learners: Vec<Learner> =
        [("kim", 40), ("lee", 25), ("park", 60)].iter().map(|(n, k)| w.learner(n, *k, true)).collect();
    let exports = w.sandbox.path("exports");
    std::fs::create_dir_all(&exports).unwrap();
    for l in &learners {
        let file = exports.join(format!("{}.json", l.name));
        w.cmd(Some(l), &["cohort", "export", "--learner", &l.name, "-o", file.to_str().unwrap()]).run().code(0);
        w.cmd(Some(l), &["sync", "status"]).run().code(0).stdout_has("not set up");
        w.setup(l).code(0).stdout_has("Synced to cohort c1");
        assert_eq!(w.pg.reviews("c1", &l.name), local_reviews(&l.db));
        // Twice adds nothing.
        w.cmd(Some(l), &["sync"]).run().code(0).stdout_has("0 new reviews");
        w.cmd(Some(l), &["sync", "status"]).run().code(0).stdout_has("Nothing waiting");
    }
    assert_eq!(w.pg.reviews("c1", "kim"), 40);

    // A learner's role reads only its own rows and cannot write another learner's.
    let kim_password =
        std::fs::read_to_string(&learners[0].pgpass).unwrap().trim().rsplit(':').next().unwrap().to_owned();
    let kim_role = World::role_of(&learners[0]);
    let mut kim = w.pg.client(&kim_role, &kim_password);
    let seen: i64 = kim.query_one("SELECT count(*) FROM awsdrill.review WHERE learner = 'lee'", &[]).unwrap().get(0);
    assert_eq!(seen, 0, "kim's role must not read lee's reviews");
    let all: i64 = kim.query_one("SELECT count(DISTINCT learner) FROM awsdrill.review", &[]).unwrap().get(0);
    assert_eq!(all, 1);
    let forged = kim.execute(
        "INSERT INTO awsdrill.learner (cohort, learner, synced_at) VALUES ('c1', 'mallory', 0)
         ON CONFLICT (cohort, learner) DO UPDATE SET synced_at = 0",
        &[],
    );
    assert!(forged.is_err_and(|e| e.to_string().contains("row-level security") || e.as_db_error().is_some()));
    let pretend = Learner { db: w.sandbox.path("pretend.db"), pgpass: learners[0].pgpass.clone(), name: "lee".into() };
    w.cmd(Some(&pretend), &["sync", "setup", "--server", &w.pg.url(&kim_role), "--cohort", "c1", "--learner", "lee"])
        .run()
        .code(1)
        .stderr_has("row-level security");
    w.cmd(Some(&learners[0]), &["cohort", "report", "--server", &w.pg.url(&kim_role), "--cohort", "c1"])
        .run()
        .code(2)
        .stderr_has("not a lead");

    // The lead's report from the server equals the report from the files, in every format.
    let out = w
        .cmd(
            None,
            &["sync", "admin", "create-lead", "--server", &w.pg.url("postgres"), "--cohort", "c1", "--role", "lead_c1"],
        )
        .run();
    out.code(0);
    let line = out.stdout.lines().find(|l| l.starts_with("127.0.0.1:")).unwrap().to_owned();
    let lead = Learner {
        db: w.sandbox.path("lead.db"),
        pgpass: w.sandbox.write("lead.pgpass", &format!("{line}\n")),
        name: "lead".into(),
    };
    let lead_url = w.pg.url("lead_c1");
    for format in ["table", "csv", "html", "json", "gradebook"] {
        let files = w.cmd(Some(&lead), &["cohort", "report", exports.to_str().unwrap(), "--format", format]).run();
        files.code(0);
        let served = w
            .cmd(Some(&lead), &["cohort", "report", "--server", &lead_url, "--cohort", "c1", "--format", format])
            .run();
        served.code(0);
        if format == "json" {
            pretty_assertions::assert_eq!(without_files(served.json()), without_files(files.json()));
        } else {
            pretty_assertions::assert_eq!(served.stdout, files.stdout, "format {format}");
        }
    }
}

#[test]
fn six_learners_sync_at_once_into_a_fresh_server() {
    let Some(w) = World::new() else { return };
    // As the admin: the six first syncs also race to create the schema.
    let learners: Vec<Learner> = (0..6).map(|i| w.learner(&format!("learner{i}"), 150 + i * 10, false)).collect();
    for l in &learners {
        let cfg = rusqlite::Connection::open(&l.db).unwrap();
        cfg.execute(
            "INSERT INTO sync_config (id, server, cohort, learner, device) VALUES (1, ?1, 'c1', ?2, ?3)",
            [w.pg.url("postgres"), l.name.clone(), format!("dev-{}", l.name)],
        )
        .unwrap();
    }
    let children: Vec<Child> = learners.iter().map(|l| w.spawn_sync(l, "20")).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    for (i, l) in learners.iter().enumerate() {
        assert_eq!(w.pg.reviews("c1", &l.name), (150 + i * 10) as i64);
    }
    let versions: i64 = w.pg.admin().query_one("SELECT count(*) FROM awsdrill.schema_version", &[]).unwrap().get(0);
    assert_eq!(versions, 1);
}

#[test]
fn a_sync_killed_mid_way_resumes_without_duplicates_or_loss() {
    let Some(w) = World::new() else { return };
    let l = w.learner("kim", 3000, true);
    w.cmd(
        Some(&l),
        &["sync", "setup", "--server", "postgres://nobody@127.0.0.1:1/x", "--cohort", "c1", "--learner", "kim"],
    )
    .run()
    .code(1);
    let role = World::role_of(&l);
    // A wrong password is named as such, with what to do.
    let wrong =
        Learner { db: l.db.clone(), pgpass: w.sandbox.write("wrong.pgpass", "*:*:*:*:wrong\n"), name: "kim".into() };
    w.cmd(Some(&wrong), &["sync", "setup", "--server", &w.pg.url(&role), "--cohort", "c1", "--learner", "kim"])
        .run()
        .code(1)
        .stderr_has("refused the password of role")
        .stderr_has("create-learner");
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    conn.execute("UPDATE sync_config SET server = ?1", [w.pg.url(&role)]).unwrap();
    let mut child = w.spawn_sync(&l, "5");
    let started = Instant::now();
    let mut seen = 0;
    while seen == 0 && started.elapsed() < Duration::from_mins(1) {
        std::thread::sleep(Duration::from_millis(5));
        seen = w.pg.reviews("c1", "kim");
    }
    child.kill().unwrap(); // SIGKILL
    let _ = child.wait();
    let after_kill = w.pg.reviews("c1", "kim");
    assert!(after_kill > 0 && after_kill < 3000, "the kill landed mid-sync ({after_kill} of 3000)");
    w.cmd(Some(&l), &["sync"]).run().code(0);
    assert_eq!(w.pg.reviews("c1", "kim"), 3000);
    let distinct: i64 =
        w.pg.admin()
            .query_one("SELECT count(DISTINCT (local_id, reviewed_at)) FROM awsdrill.review WHERE learner = 'kim'", &[])
            .unwrap()
            .get(0);
    assert_eq!(distinct, 3000);
    w.cmd(Some(&l), &["sync", "status"]).run().code(0).stdout_has("Nothing waiting");
}

#[test]
fn a_stopped_server_never_stops_a_session_and_the_next_sync_catches_up() {
    let Some(w) = World::new() else { return };
    let l = w.learner("kim", 10, true);
    w.setup(&l).code(0);
    w.pg.stop();
    let session = w.cmd(Some(&l), &["study", "--cram", "--limit", "2"]).stdin("good\ngood\n").run();
    session.code(0).stderr_has("warning: sync failed");
    let local = local_reviews(&l.db);
    assert!(local > 10, "the session recorded its answers locally");
    let status = w.cmd(Some(&l), &["sync", "status", "--json"]).run().json();
    assert!(status["pending"]["reviews"].as_u64().unwrap() >= 1, "{status}");
    assert!(status["last_error"].is_string(), "{status}");
    w.cmd(Some(&l), &["sync"]).run().code(1).stderr_has("Cannot reach");
    w.pg.pg_ctl_start();
    w.cmd(Some(&l), &["sync"]).run().code(0);
    assert_eq!(w.pg.reviews("c1", "kim"), local);
}

#[test]
fn bad_urls_are_refused_with_what_to_write_instead() {
    let sandbox = Sandbox::new();
    let setup =
        |url: &str| sandbox.cmd(&["sync", "setup", "--server", url, "--cohort", "c1", "--learner", "kim"]).run();
    setup("mysql://x").code(2).stderr_has("is not a PostgreSQL URL").stderr_has("postgres://USER@HOST:PORT/DATABASE");
    setup("postgres://kim:secret@localhost/boot").code(2).stderr_has("contains a password").stderr_has("~/.pgpass");
    sandbox.cmd(&["sync", "status"]).run().code(0).stdout_has("not set up");
    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    setup("postgres://kim@127.0.0.1:1/boot").code(1).stderr_has("Cannot reach the sync server at 127.0.0.1:1");
    sandbox.cmd(&["--lang", "ko", "sync"]).run().code(1).stderr_has("동기화 서버(127.0.0.1:1)에 연결할 수 없습니다");
}
