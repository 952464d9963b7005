//! `awsdrill study` (and bare `awsdrill`): today's session, one transaction per answer.

use std::collections::HashMap;
use std::io::IsTerminal;

use anyhow::Context as _;
use clap::Args;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::app::ExitStatus;
use crate::context::Ctx;
use crate::fargs;
use crate::session::pacing::{self, Pace};
use crate::session::{self, PlanOptions, Session, View, topic_matches};
use crate::srs::{Config, Rating, Scheduler};
use crate::store::Store;
use crate::ui::line::LineFrontend;
use crate::ui::tty::TtyFrontend;
use crate::ui::{Frontend, Reply, render};

use super::study_controls::{After, Controls};

/// Arguments of `study`.
#[derive(Debug, Default, Clone, Args)]
pub struct StudyArgs {
    /// Only items of this topic (and its subtopics), e.g. vpc or ec2.lifecycle
    #[arg(long)]
    pub topic: Option<String>,
    /// End the session after this many answers
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// New items allowed today in total, counting those already introduced today [default: 20, or the saved setting]
    #[arg(long = "new", value_name = "N")]
    pub new: Option<u32>,
    /// Review any items, weakest first, without changing the schedule
    #[arg(long)]
    pub cram: bool,
    /// Desired retention, 0.70–0.99; saved for later sessions [default: 0.90]
    #[arg(long, value_name = "R")]
    pub retention: Option<f32>,
    /// Only items of this exam; new items follow its domain weights
    #[arg(long, value_name = "EXAM")]
    pub exam: Option<String>,
    /// Only items of this domain or task statement, e.g. saa-c03:2 or saa-c03:2.1
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Do not bury the siblings (items sharing a syllabus point) of the items answered today
    #[arg(long)]
    pub no_bury: bool,
}

/// Settings keys in the database.
pub mod keys {
    /// Desired retention.
    pub const RETENTION: &str = "desired_retention";
    /// Daily new-item limit.
    pub const NEW_PER_DAY: &str = "new_per_day";
    /// Daily review limit.
    pub const REVIEWS_PER_DAY: &str = "reviews_per_day";
}

/// The scheduler configuration saved in the database (defaults where nothing is saved).
pub fn saved_config(store: &Store) -> anyhow::Result<Config> {
    let mut config = Config::default();
    if let Some(r) = store.setting(keys::RETENTION)?.and_then(|v| v.parse().ok()) {
        config.desired_retention = r;
    }
    if let Some(n) = store.setting(keys::NEW_PER_DAY)?.and_then(|v| v.parse().ok()) {
        config.new_per_day = n;
    }
    if let Some(n) = store.setting(keys::REVIEWS_PER_DAY)?.and_then(|v| v.parse().ok()) {
        config.reviews_per_day = n;
    }
    Ok(config)
}

/// Runs `study`.
pub fn run(args: &StudyArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    if let Some(r) = args.retention {
        anyhow::ensure!(
            (0.70..=0.99).contains(&r),
            ctx.i18n.ta("error-bad-retention", &fargs!("value" => r.to_string()))
        );
    }
    if args.limit == Some(0) {
        anyhow::bail!(ctx.i18n.t("error-limit-zero"));
    }
    let now = ctx.now_secs();
    let today = ctx.today();
    let day_end = ctx.day_end(today);
    let lang = ctx.i18n.lang().code();
    let utc_offset = ctx.utc_offset;
    let (i18n, bank, store) = ctx.parts()?;
    if let Some(topic) = &args.topic
        && !bank.items.iter().any(|i| topic_matches(&i.topic, topic))
    {
        let topics = bank.topics().join(", ");
        anyhow::bail!(i18n.ta("error-unknown-topic", &fargs!("topic" => topic.clone(), "topics" => topics)));
    }
    let exam = match &args.exam {
        Some(code) => Some(
            crate::content::Exam::parse(code)
                .ok_or_else(|| anyhow::anyhow!(i18n.ta("learner-road-bad-exam", &fargs!("value" => code.clone()))))?,
        ),
        None => None,
    };
    let domain = match &args.domain {
        Some(text) => Some(
            session::DomainFilter::parse(text)
                .ok_or_else(|| anyhow::anyhow!(i18n.ta("learner-road-bad-domain", &fargs!("value" => text.clone()))))?,
        ),
        None => None,
    };
    if let Some(r) = args.retention {
        store.set_setting(keys::RETENTION, &r.to_string())?;
    }
    let config = saved_config(store)?;
    // Exam-date mode: no interval may run past the start of exam day.
    let goal = crate::cohort::goal::Goal::load(store)?;
    let cap = goal.as_ref().and_then(|g| pacing::interval_cap(g.start_secs(utc_offset), now));
    let scheduler = Scheduler::new(config.clone())?;
    let states = store.states()?;
    let totals = store.day(today)?;
    // Exam-date mode also sets the pace: enough new items a day to see the exam's whole bank in time.
    let mut new_per_day = config.new_per_day;
    let mut weights = None;
    if let (Some(goal), false) = (&goal, args.cram) {
        let phase = pacing::goal_phase(goal.day(), today);
        let code = goal.exam.code().to_uppercase();
        if args.new.is_none() {
            let unseen = bank
                .items
                .iter()
                .filter(|i| i.in_exam(goal.exam))
                .filter(|i| states.get(&i.id).is_none_or(|s| s.phase == crate::srs::Phase::New))
                .count();
            let (allowed, pace) = pacing::new_allowance(new_per_day, unseen, phase);
            new_per_day = allowed;
            let line = match pace {
                Pace::Limit => None,
                Pace::Raised { pace } => Some(
                    i18n.ta("study-goal-pace", &fargs!("pace" => pace, "unseen" => unseen, "exam" => code.clone())),
                ),
                Pace::Capped { pace, cap } => Some(i18n.ta(
                    "exam2-goal-capped",
                    &fargs!("pace" => pace, "unseen" => unseen, "exam" => code.clone(), "cap" => cap),
                )),
                Pace::ExamDay => Some(i18n.ta("exam2-goal-exam-day", &fargs!("exam" => code.clone()))),
            };
            if let Some(line) = line {
                println!("{line}");
            }
        }
        if phase == pacing::GoalPhase::Passed {
            println!("{}", i18n.ta("exam2-goal-passed", &fargs!("exam" => code, "date" => goal.date.to_string())));
        }
        // Once enough is known, new items lean toward the weakest domains of the goal's exam.
        if exam.is_none_or(|e| e == goal.exam) && domain.is_none() {
            let r = crate::cohort::goal::learner_readiness(bank, &states, &scheduler, goal.exam, now);
            let seen = r.domains.iter().map(|d| d.seen).sum();
            let recall: Vec<Option<f64>> = r.domains.iter().map(|d| (d.items > 0).then_some(d.recall)).collect();
            weights = pacing::lean_weights(goal.exam.weights(), &recall, seen);
        }
    }
    let opts = PlanOptions {
        topic: args.topic.clone(),
        new_per_day: args.new.unwrap_or(new_per_day),
        reviews_per_day: config.reviews_per_day,
        cram: args.cram,
        cram_size: args.limit.unwrap_or(20),
        exam: exam.or(goal.as_ref().map(|g| g.exam)),
        domain,
        weights,
    };
    if opts.exam.is_none() && domain.is_none() && !args.cram {
        println!("{}", i18n.t("learner-road-no-goal-hint"));
    }
    let excluded = super::study_controls::excluded(bank, store, &states, today, !args.no_bury && !args.cram)?;
    let (queue, counts) = session::plan_excluding(bank, &states, &totals, now, day_end, &scheduler, &opts, &excluded);
    let mut review_counts = HashMap::new();
    for entry in &queue {
        let id = &bank.items[entry.item].id;
        review_counts.insert(id.clone(), store.review_count(id)?);
    }
    let total = match args.limit {
        Some(limit) => queue.len().min(limit),
        None => queue.len(),
    };
    if queue.is_empty() {
        println!("{}", nothing_due(&states, now, day_end, i18n));
        // A true hint: `--new` is today's total, so it must exceed what was already introduced.
        let unseen = bank
            .items
            .iter()
            .filter(|i| opts.exam.is_none_or(|e| i.in_exam(e)))
            .filter(|i| opts.topic.as_deref().is_none_or(|t| topic_matches(&i.topic, t)))
            .any(|i| states.get(&i.id).is_none_or(|s| s.phase == crate::srs::Phase::New));
        if unseen && !args.cram {
            let more = u32::try_from(totals.new_items.max(0)).unwrap_or(0).max(opts.new_per_day) + 10;
            println!("{}", i18n.ta("exam2-more-new", &fargs!("n" => more)));
        }
        return Ok(ExitStatus::Success);
    }
    println!(
        "{}",
        i18n.ta("study-start", &fargs!("learning" => counts.learning, "review" => counts.review, "new" => counts.new))
    );
    if args.cram {
        println!("{}", i18n.t("study-cram-note"));
    }
    println!("{}", i18n.t("anki-commands-hint"));
    let mut session = Session::new(bank, &scheduler, queue, review_counts, args.cram, args.limit, day_end, cap)
        .with_sibling_burying(!args.no_bury);
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let progress = if interactive { ProgressBar::new(total as u64) } else { ProgressBar::hidden() };
    if interactive {
        progress.set_draw_target(ProgressDrawTarget::stderr());
        progress.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len}").unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    }
    if interactive {
        println!("{}", i18n.t("anki-tty-hint"));
    }
    let stdin = std::io::stdin();
    let mut line_ui;
    let mut tty_ui;
    let ui: &mut dyn Frontend = if interactive {
        tty_ui = TtyFrontend::new(i18n);
        &mut tty_ui
    } else {
        line_ui = LineFrontend::new(stdin.lock(), std::io::stdout().lock(), i18n);
        &mut line_ui
    };
    // Ctrl-C at a prompt: every answer is already saved; show the summary and exit 130. Only a
    // terminal needs this (a pipe has no screen to restore, and SIGINT ends it as usual).
    let ctrl_c = interactive.then(crate::ui::interrupt::CtrlC::catch);
    let ctrl_c = CtrlCHit(ctrl_c);
    let mut interrupted = false;
    let started = std::time::Instant::now();
    let mut tokens = Vec::new();
    loop {
        // Real time moves on during a session, so learning steps come due; the injected clock is the start.
        let now = now + started.elapsed().as_secs() as i64;
        let Some(current) = session.next(now) else { break };
        let item = session.item(&current);
        let header = render::header(i18n, &current, item, total);
        let prompt = render::prompt(i18n, &current, item);
        let hint = render::answer_hint(i18n, &current);
        let card_back = match &current.view {
            View::Card { back, .. } => Some(i18n.text(back)),
            _ => None,
        };
        let previews: Vec<(Rating, String)> = if card_back.is_some() && !args.cram {
            Rating::ALL
                .iter()
                .map(|&r| {
                    (
                        r,
                        render::until(
                            i18n,
                            now,
                            scheduler.review(&current.entry.state, r, now, current.seed, cap).state.due,
                        ),
                    )
                })
                .collect()
        } else {
            Rating::ALL.iter().map(|&r| (r, "-".to_owned())).collect()
        };
        let reply =
            match progress.suspend(|| ui.ask(&current, &header, &prompt, card_back.as_deref(), &hint, &previews)) {
                Ok(reply) => reply,
                Err(e) if interactive && (ctrl_c.hit() || e.kind() == std::io::ErrorKind::Interrupted) => {
                    interrupted = true;
                    break;
                }
                Err(e) => return Err(e.into()),
            };
        let input = match reply {
            Reply::Answer(input) => input,
            Reply::Quit => break,
            Reply::Control(control) => {
                let mut controls = Controls { session: &mut session, store, i18n, tokens: &mut tokens, today, now };
                let after = progress.suspend(|| controls.apply(&control, &current, &mut *ui))?;
                if matches!(after, After::AskAgain) {
                    session.ask_again(current);
                }
                continue;
            }
        };
        let outcome = session.answer(&current, &input, now, today, lang);
        let mut controls = Controls { session: &mut session, store, i18n, tokens: &mut tokens, today, now };
        controls.record(&outcome).with_context(|| i18n.t("error-record-failed"))?;
        progress.inc(1);
        let text = render::feedback(i18n, &current, item, &outcome, now);
        progress.suspend(|| ui.show(&text))?;
        if outcome.reviewed.as_ref().is_some_and(|r| r.leech_warning) {
            let mut controls = Controls { session: &mut session, store, i18n, tokens: &mut tokens, today, now };
            progress.suspend(|| controls.offer_leech(&current, &mut *ui))?;
        }
    }
    progress.finish_and_clear();
    if interrupted {
        let _ = dialoguer::console::Term::stderr().show_cursor();
        eprintln!();
    }
    let summary = session.summary();
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![i18n.t("study-summary-title"), String::new()]);
    let rows = [
        ("study-summary-answered", summary.answered),
        ("study-summary-correct", summary.correct),
        ("study-summary-wrong", summary.wrong),
        ("study-summary-cards", summary.cards),
        ("study-summary-new", summary.new_seen),
        ("study-summary-again", summary.ratings[0]),
        ("study-summary-hard", summary.ratings[1]),
        ("study-summary-good", summary.ratings[2]),
        ("study-summary-easy", summary.ratings[3]),
    ];
    for (id, value) in rows {
        table.add_row(vec![i18n.t(id), value.to_string()]);
    }
    println!("\n{table}");
    if let Some((count, due)) = session.pending_learning() {
        println!("{}", i18n.ta("study-pending", &fargs!("count" => count, "when" => render::until(i18n, now, due))));
    }
    if summary.leeches > 0 {
        println!("{}", i18n.ta("study-leeches-summary", &fargs!("count" => summary.leeches)));
    }
    Ok(if interrupted { ExitStatus::Interrupted } else { ExitStatus::Success })
}

/// The Ctrl-C guard of an interactive session, if any.
struct CtrlCHit(Option<crate::ui::interrupt::CtrlC>);

impl CtrlCHit {
    fn hit(&self) -> bool {
        self.0.as_ref().is_some_and(crate::ui::interrupt::CtrlC::hit)
    }
}

fn nothing_due(
    states: &HashMap<String, crate::srs::ItemState>,
    now: i64,
    day_end: i64,
    i18n: &crate::i18n::Localizer,
) -> String {
    let next = states.values().filter(|s| s.due > now).map(|s| s.due).min();
    let tomorrow = states.values().filter(|s| s.due >= day_end && s.due < day_end + 86_400).count();
    match next {
        Some(due) => {
            i18n.ta("study-nothing-due-next", &fargs!("when" => render::until(i18n, now, due), "tomorrow" => tomorrow))
        }
        None => i18n.t("exam2-nothing-due"),
    }
}
