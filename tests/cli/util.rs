//! A small builder around the real binary.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The fixed clock every test runs at unless it sets its own.
pub const NOW: &str = "2026-11-22T09:00:00Z";

/// What a run produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Asserts the exit code, showing both streams on failure.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(self.code, expected, "exit code\n--- stdout\n{}\n--- stderr\n{}", self.stdout, self.stderr);
        self
    }

    /// Asserts stdout contains `needle`.
    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts stderr contains `needle`.
    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// A sandbox: a temporary home with its own database.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("progress.db")
    }

    /// Writes a file into the sandbox and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, text).expect("write");
        path
    }

    /// A command in this sandbox.
    pub fn cmd(&self, args: &[&str]) -> Cmd {
        let mut cmd = Cmd::new(args);
        cmd.env("AWSDRILL_DB", self.db().to_str().expect("utf-8 path"));
        cmd.env("HOME", self.dir.path().to_str().expect("utf-8 path"));
        cmd
    }
}

/// A command to run.
pub struct Cmd {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<String>,
}

impl Cmd {
    pub fn new(args: &[&str]) -> Self {
        Cmd {
            args: args.iter().map(|s| (*s).to_owned()).collect(),
            env: vec![("AWSDRILL_NOW".into(), NOW.into()), ("TZ".into(), "UTC".into())],
            stdin: None,
        }
    }

    pub fn env(&mut self, key: &str, value: &str) -> &mut Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(&mut self, text: &str) -> &mut Self {
        self.stdin = Some(text.into());
        self
    }

    pub fn run(&mut self) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_awsdrill"));
        command.args(&self.args);
        for var in [
            "AWSDRILL_LANG",
            "AWSDRILL_DB",
            "AWSDRILL_CONTENT_DIR",
            "AWSDRILL_PROFILE",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "LANGUAGE",
            "XDG_DATA_HOME",
            "NO_COLOR",
        ] {
            command.env_remove(var);
        }
        let fallback_home = std::env::temp_dir();
        command.env("HOME", fallback_home);
        for (k, v) in &self.env {
            command.env(k, v);
        }
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().expect("spawn awsdrill");
        {
            let mut stdin = child.stdin.take().expect("stdin");
            if let Some(text) = &self.stdin {
                let _ = stdin.write_all(text.as_bytes());
            }
        }
        let out = child.wait_with_output().expect("wait");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Runs awsdrill without a sandbox (for commands that touch no database).
pub fn run(args: &[&str]) -> Output {
    Cmd::new(args).run()
}

/// The repository root (for shipped content paths).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A sandbox holding a content folder with the shipped syllabus and `bank` as its only bank file;
/// returns it and the folder path (for `--content-dir`).
pub fn content_sandbox(bank: &str) -> (Sandbox, String) {
    let sandbox = Sandbox::new();
    let syllabus = std::fs::read_to_string(repo().join("content/syllabus.yaml")).expect("syllabus");
    sandbox.write("content/syllabus.yaml", &syllabus);
    sandbox.write("content/bank/test.yaml", bank);
    let dir = sandbox.path("content").to_str().expect("utf-8 path").to_owned();
    (sandbox, dir)
}

/// Two bilingual VPC cards on one syllabus point: the smallest bank a cohort, sync or instructor test
/// needs (two items, so "seen 1 of 2" and per-domain shares are visible).
pub const TWO_CARD_BANK: &str = r"schema_version: 1
items:
  - id: t.card.reserved
    kind: card
    topic: vpc
    domains: [saa-c03:3.4]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: How many addresses does AWS reserve per subnet?, ko: AWS는 서브넷마다 주소를 몇 개 예약합니까?}
    back: {en: Five., ko: 다섯 개입니다.}
  - id: t.card.igw
    kind: card
    topic: vpc
    domains: [saa-c03:1.1]
    syllabus: [vpc.cidr.reserved-five]
    ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    front: {en: What makes a subnet public?, ko: 서브넷을 퍼블릭으로 만드는 것은?}
    back: {en: A route to an internet gateway., ko: 인터넷 게이트웨이로 가는 라우팅입니다.}
";
