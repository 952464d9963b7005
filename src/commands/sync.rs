//! `awsdrill sync [setup|status|admin …]`: send this learner's reviews, mock exams and quiz
//! attempts to the bootcamp's `PostgreSQL` server, and the admin's role commands. Study, exam and
//! quiz call [`after_session`], which syncs when a server is set up and only warns on failure.

use std::time::Duration;

use clap::{Args, Subcommand};

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::cohort::goal::Goal;
use crate::context::{Ctx, env_var};
use crate::fargs;
use crate::i18n::Localizer;
use crate::store::{SyncConfig, SyncPending};
use crate::sync::push::{GoalRow, Pushed};
use crate::sync::{SyncError, admin, push, schema, server};

/// Rows per server transaction [else `AWSDRILL_SYNC_BATCH`].
const BATCH: usize = 2000;
/// How long a connection may take before the sync gives up.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Arguments of `sync`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
}

/// `sync` subcommands; bare `sync` pushes.
#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Set up the server, cohort and learner name, then send the history so far
    Setup(SetupArgs),
    /// Show the server and what is waiting to be sent
    Status(JsonFlag),
    /// For the bootcamp's admin: the server schema and roles
    #[command(subcommand)]
    Admin(AdminCommand),
}

/// Arguments of `sync setup`.
#[derive(Debug, Args)]
pub struct SetupArgs {
    /// postgres://USER@HOST:PORT/DATABASE[?sslmode=prefer|require|disable], without a password
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// Cohort name
    #[arg(long, value_name = "NAME")]
    pub cohort: String,
    /// Learner name in the cohort
    #[arg(long, value_name = "NAME")]
    pub learner: String,
}

/// `sync admin` subcommands.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create or upgrade the server schema
    Init(ServerArg),
    /// Create a learner's login role: it reads and writes only that learner's rows
    CreateLearner(CreateLearnerArgs),
    /// Create a lead's login role: it reads the whole cohort
    CreateLead(CreateLeadArgs),
}

/// `--server` alone.
#[derive(Debug, Args)]
pub struct ServerArg {
    /// postgres:// URL of an admin role, without a password
    #[arg(long, value_name = "URL")]
    pub server: String,
}

/// Arguments of `sync admin create-learner`.
#[derive(Debug, Args)]
pub struct CreateLearnerArgs {
    /// postgres:// URL of an admin role, without a password
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// Cohort name
    #[arg(long, value_name = "NAME")]
    pub cohort: String,
    /// Learner name in the cohort
    #[arg(long, value_name = "NAME")]
    pub learner: String,
    /// Role name [default: aws_<cohort>_<learner>]
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
}

/// Arguments of `sync admin create-lead`.
#[derive(Debug, Args)]
pub struct CreateLeadArgs {
    /// postgres:// URL of an admin role, without a password
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// Cohort name
    #[arg(long, value_name = "NAME")]
    pub cohort: String,
    /// Role name
    #[arg(long, value_name = "ROLE")]
    pub role: String,
}

/// Runs `sync`.
pub fn run(args: &SyncArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match &args.command {
        None => run_push(ctx),
        Some(SyncCommand::Setup(a)) => run_setup(a, ctx),
        Some(SyncCommand::Status(json)) => run_status(*json, ctx),
        Some(SyncCommand::Admin(cmd)) => run_admin(cmd, ctx),
    }
}

/// A sync error in the learner's language.
pub fn message(i18n: &Localizer, err: &SyncError) -> String {
    match err {
        SyncError::Url { url, reason } => {
            i18n.ta("sync-err-url", &fargs!("url" => url.clone(), "reason" => reason.clone()))
        }
        SyncError::PasswordInUrl => i18n.t("sync-err-password-in-url"),
        SyncError::Connect(reason) => i18n.ta("sync-err-connect", &fargs!("reason" => reason.clone())),
        SyncError::Refused { address, reason } => {
            i18n.ta("sync-err-refused", &fargs!("address" => address.clone(), "reason" => reason.clone()))
        }
        SyncError::BadPassword { user, reason } => {
            i18n.ta("sync-err-bad-password", &fargs!("user" => user.clone(), "reason" => reason.clone()))
        }
        SyncError::NoPassword { user, address } => {
            i18n.ta("sync-err-no-password", &fargs!("user" => user.clone(), "address" => address.clone()))
        }
        SyncError::Server(reason) => i18n.ta("sync-err-server", &fargs!("reason" => reason.clone())),
        SyncError::SchemaTooNew { found, supported } => {
            i18n.ta("sync-err-schema-new", &fargs!("found" => *found, "supported" => *supported))
        }
        SyncError::SchemaDenied(reason) => i18n.ta("sync-err-schema-denied", &fargs!("reason" => reason.clone())),
        SyncError::NotLead { role, cohort } => {
            i18n.ta("sync-err-not-lead", &fargs!("role" => role.clone(), "cohort" => cohort.clone()))
        }
        SyncError::Store(e) => e.to_string(),
    }
}

/// Connects to `url` with the environment's password, migrating the schema if needed. Never
/// prompts: it also runs at the end of a session.
pub fn connect(url: &str) -> Result<postgres::Client, SyncError> {
    let mut client = server::connect(url, &env_var, TIMEOUT)?;
    schema::ensure(&mut client)?;
    Ok(client)
}

/// Asks for the password on the terminal, without echo; None when there is no terminal.
fn ask_password(i18n: &Localizer, target: &str) -> Option<String> {
    use std::io::IsTerminal as _;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return None;
    }
    let term = console::Term::stderr();
    term.write_str(&i18n.ta("sync-password-prompt", &fargs!("target" => target.to_owned()))).ok()?;
    term.read_secure_line().ok().filter(|p| !p.is_empty())
}

/// As [`connect`], asking for a missing password on the terminal: for commands a person runs.
pub fn connect_interactive(i18n: &Localizer, url: &str) -> Result<postgres::Client, SyncError> {
    let ask = |target: &str| ask_password(i18n, target);
    let mut client = server::connect_with(url, &env_var, TIMEOUT, Some(&ask))?;
    schema::ensure(&mut client)?;
    Ok(client)
}

fn batch() -> usize {
    env_var("AWSDRILL_SYNC_BATCH").and_then(|v| v.trim().parse().ok()).filter(|&n| n > 0).unwrap_or(BATCH)
}

fn goal_row(ctx: &mut Ctx) -> anyhow::Result<GoalRow> {
    Ok(Goal::load(ctx.store()?)?.map(|g| (g.exam.code().to_owned(), g.date.to_string())))
}

/// One complete sync with the stored set-up; the outcome is recorded in the database. With
/// `interactive`, a missing password is asked for on the terminal.
fn sync_now(ctx: &mut Ctx, cfg: &SyncConfig, interactive: bool) -> anyhow::Result<Result<Pushed, SyncError>> {
    let goal = goal_row(ctx)?;
    let now = ctx.now_secs();
    let client = if interactive { connect_interactive(&ctx.i18n, &cfg.server) } else { connect(&cfg.server) };
    let store = ctx.store()?;
    let outcome = client.and_then(|mut client| push::push(store, &mut client, cfg, &goal, now, batch()));
    match &outcome {
        Ok(_) => ctx.store()?.set_sync_result(Ok(now))?,
        Err(e) => {
            // Kept as the learner read it, so `sync status` shows the reason in their language.
            let reason = message(&ctx.i18n, e);
            ctx.store()?.set_sync_result(Err(&reason))?;
        }
    }
    Ok(outcome)
}

fn pushed_line(i18n: &Localizer, cfg: &SyncConfig, p: &Pushed) -> String {
    i18n.ta(
        "sync-done",
        &fargs!(
            "reviews" => p.reviews,
            "exams" => p.exams,
            "quizzes" => p.quizzes,
            "items" => p.items,
            "cohort" => cfg.cohort.clone()
        ),
    )
}

fn run_push(ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let Some(cfg) = ctx.store()?.sync_config()? else {
        eprintln!("awsdrill: {}", ctx.i18n.t("sync-err-not-set-up"));
        return Ok(ExitStatus::Error);
    };
    match sync_now(ctx, &cfg, true)? {
        Ok(p) => {
            println!("{}", pushed_line(&ctx.i18n, &cfg, &p));
            if p.already > 0 {
                println!("{}", ctx.i18n.ta("sync-already", &fargs!("count" => p.already)));
            }
            Ok(ExitStatus::Success)
        }
        Err(e) => {
            eprintln!("awsdrill: {}", message(&ctx.i18n, &e));
            eprintln!("{}", ctx.i18n.t("sync-kept-locally"));
            Ok(ExitStatus::Failure)
        }
    }
}

fn run_setup(args: &SetupArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let (cohort, learner) = (args.cohort.trim(), args.learner.trim());
    if cohort.is_empty() || learner.is_empty() {
        anyhow::bail!(ctx.i18n.t("sync-err-empty-name"));
    }
    if let Err(e) = server::parse_url(&args.server) {
        anyhow::bail!(message(&ctx.i18n, &e));
    }
    let device = match ctx.store()?.sync_config()? {
        Some(old) => old.device,
        None => admin::random_password().to_lowercase()[..16].to_owned(),
    };
    let cfg = SyncConfig {
        server: args.server.clone(),
        cohort: cohort.to_owned(),
        learner: learner.to_owned(),
        device,
        last_sync: None,
        last_error: None,
    };
    ctx.store()?.set_sync_config(&cfg)?;
    println!(
        "{}",
        ctx.i18n.ta(
            "sync-setup-done",
            &fargs!("server" => cfg.server.clone(), "cohort" => cfg.cohort.clone(), "learner" => cfg.learner.clone())
        )
    );
    run_push(ctx)
}

fn run_status(json: JsonFlag, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    let cfg = store.sync_config()?;
    let pending = store.sync_pending()?;
    if json.json {
        let value = serde_json::json!({
            "configured": cfg.is_some(),
            "server": cfg.as_ref().map(|c| c.server.clone()),
            "cohort": cfg.as_ref().map(|c| c.cohort.clone()),
            "learner": cfg.as_ref().map(|c| c.learner.clone()),
            "last_sync": cfg.as_ref().and_then(|c| c.last_sync),
            "last_error": cfg.as_ref().and_then(|c| c.last_error.clone()),
            "pending": pending,
        });
        crate::commands::print_json(&value)?;
        return Ok(ExitStatus::Success);
    }
    let i18n = &ctx.i18n;
    let Some(cfg) = cfg else {
        println!("{}", i18n.t("sync-status-off"));
        return Ok(ExitStatus::Success);
    };
    println!(
        "{}",
        i18n.ta(
            "sync-status-server",
            &fargs!("server" => cfg.server.clone(), "cohort" => cfg.cohort.clone(), "learner" => cfg.learner.clone())
        )
    );
    let last = cfg.last_sync.and_then(|t| chrono::DateTime::from_timestamp(t + ctx.utc_offset, 0));
    match last {
        Some(t) => {
            println!("{}", i18n.ta("sync-status-last", &fargs!("time" => t.format("%Y-%m-%d %H:%M").to_string())));
        }
        None => println!("{}", i18n.t("sync-status-never")),
    }
    println!("{}", pending_line(i18n, &pending));
    if let Some(err) = &cfg.last_error {
        println!("{}", i18n.ta("sync-status-error", &fargs!("reason" => err.clone())));
    }
    Ok(ExitStatus::Success)
}

fn pending_line(i18n: &Localizer, p: &SyncPending) -> String {
    if p.is_empty() {
        return i18n.t("sync-status-nothing");
    }
    i18n.ta(
        "sync-status-pending",
        &fargs!(
            "reviews" => p.reviews,
            "exams" => p.exams,
            "quizzes" => p.quizzes,
            "items" => p.items,
            "removed" => p.removed
        ),
    )
}

/// Syncs at the end of a study, exam or quiz session when a server is set up and something is
/// pending. Never fails the session: a problem is one warning, and the rows wait for next time.
pub fn after_session(ctx: &mut Ctx) {
    let Some(store) = ctx.store_if_open() else { return };
    let Ok(Some(cfg)) = store.sync_config() else { return };
    if store.sync_pending().is_ok_and(|p| p.is_empty()) {
        return;
    }
    match sync_now(ctx, &cfg, false) {
        Ok(Ok(p)) => eprintln!("{}", pushed_line(&ctx.i18n, &cfg, &p)),
        Ok(Err(e)) => eprintln!("{}", ctx.i18n.ta("sync-warn-failed", &fargs!("reason" => message(&ctx.i18n, &e)))),
        Err(e) => eprintln!("{}", ctx.i18n.ta("sync-warn-failed", &fargs!("reason" => e.to_string()))),
    }
}

fn run_admin(cmd: &AdminCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let fail = |ctx: &Ctx, e: &SyncError| {
        eprintln!("awsdrill: {}", message(&ctx.i18n, e));
        Ok(ExitStatus::Failure)
    };
    let (url, kind, cohort, learner, role) = match cmd {
        AdminCommand::Init(a) => {
            return match connect_interactive(&ctx.i18n, &a.server) {
                Ok(_) => {
                    println!("{}", ctx.i18n.ta("sync-admin-ready", &fargs!("version" => schema::latest())));
                    Ok(ExitStatus::Success)
                }
                Err(e) => fail(ctx, &e),
            };
        }
        AdminCommand::CreateLearner(a) => {
            let role = a.role.clone().unwrap_or_else(|| admin::default_role(&a.cohort, &a.learner));
            (&a.server, admin::Kind::Learner, &a.cohort, Some(a.learner.as_str()), role)
        }
        AdminCommand::CreateLead(a) => (&a.server, admin::Kind::Lead, &a.cohort, None, a.role.clone()),
    };
    if !admin::valid_role(&role) {
        anyhow::bail!(ctx.i18n.ta("sync-err-role", &fargs!("role" => role)));
    }
    let config = server::parse_url(url).map_err(|e| anyhow::anyhow!(message(&ctx.i18n, &e)))?;
    let ask = |target: &str| ask_password(&ctx.i18n, target);
    let mut client = match server::connect_with(url, &env_var, TIMEOUT, Some(&ask)) {
        Ok(c) => c,
        Err(e) => return fail(ctx, &e),
    };
    let password = admin::random_password();
    if let Err(e) = admin::create(&mut client, kind, cohort, learner, &role, &password) {
        return fail(ctx, &e);
    }
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or("postgres").to_owned();
    let id = if kind == admin::Kind::Learner { "sync-admin-learner" } else { "sync-admin-lead" };
    println!(
        "{}",
        ctx.i18n.ta(
            id,
            &fargs!("role" => role.clone(), "cohort" => cohort.clone(), "learner" => learner.unwrap_or("").to_owned())
        )
    );
    println!("{}", ctx.i18n.t("sync-admin-pgpass"));
    println!("{host}:{port}:{db}:{role}:{password}");
    if let Some(name) = learner {
        println!("{}", ctx.i18n.t("sync-admin-then"));
        println!(
            "awsdrill sync setup --server postgres://{role}@{host}:{port}/{db} --cohort '{cohort}' --learner '{name}'"
        );
    }
    Ok(ExitStatus::Success)
}
