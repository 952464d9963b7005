//! `awsdrill cards list|show|search`: browse the bank.

use std::fmt::Write as _;

use clap::{Args, Subcommand};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use crate::app::ExitStatus;
use crate::cli::JsonFlag;
use crate::content::search as content_search;
use crate::content::{Body, Item};
use crate::context::Ctx;
use crate::fargs;
use crate::i18n::Localizer;
use crate::session::topic_matches;

/// `cards` subcommands.
#[derive(Debug, Subcommand)]
pub enum CardsCommand {
    /// List every item (id, kind, topic, domains)
    List(ListArgs),
    /// Show one item in the chosen language(s)
    Show(ShowArgs),
    /// Find items whose text contains WORDS (either language)
    Search(SearchArgs),
    /// Leave items out of every schedule until unsuspended
    Suspend(super::cards_marks::IdsArgs),
    /// Put suspended items back into the schedule
    Unsuspend(super::cards_marks::IdsArgs),
    /// Leave items out until tomorrow
    Bury(super::cards_marks::IdsArgs),
    /// Flag items to check later, with an optional note
    Flag(super::cards_marks::FlagArgs),
    /// Remove flags and their notes
    Unflag(super::cards_marks::IdsArgs),
}

/// Arguments of `cards list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this topic (and its subtopics)
    #[arg(long)]
    pub topic: Option<String>,
    /// Only suspended items
    #[arg(long)]
    pub suspended: bool,
    /// Only flagged items, with their notes
    #[arg(long)]
    pub flagged: bool,
    #[command(flatten)]
    json: JsonFlag,
}

/// Arguments of `cards show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Item id
    pub id: String,
    #[command(flatten)]
    json: JsonFlag,
}

/// Arguments of `cards search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (all must appear)
    #[arg(required = true)]
    pub words: Vec<String>,
    #[command(flatten)]
    json: JsonFlag,
}

/// Runs a `cards` subcommand.
pub fn run(cmd: &CardsCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    use super::cards_marks::{self, Which};
    let marked = match cmd {
        CardsCommand::Suspend(a) => Some((Which::Suspend, &a.ids, None)),
        CardsCommand::Unsuspend(a) => Some((Which::Unsuspend, &a.ids, None)),
        CardsCommand::Bury(a) => Some((Which::Bury, &a.ids, None)),
        CardsCommand::Flag(a) => Some((Which::Flag, &a.ids, a.note.as_deref())),
        CardsCommand::Unflag(a) => Some((Which::Unflag, &a.ids, None)),
        _ => None,
    };
    if let Some((which, ids, note)) = marked {
        return cards_marks::run(which, ids, note, ctx);
    }
    // The schedule part of `cards show` and the mark filters of `cards list` read the database.
    let marks = match cmd {
        CardsCommand::List(a) if a.suspended || a.flagged => {
            Some(cards_marks::filter(ctx.store()?, a.suspended, a.flagged)?)
        }
        _ => None,
    };
    let schedule = match cmd {
        CardsCommand::Show(a) if ctx.bank()?.get(&a.id).is_some() => Some(cards_marks::schedule(ctx, &a.id)?),
        _ => None,
    };
    ctx.bank()?;
    let (i18n, bank) = (&ctx.i18n, ctx.bank.as_ref().expect("loaded above"));
    match cmd {
        CardsCommand::List(args) => {
            if let Some(topic) = &args.topic {
                anyhow::ensure!(
                    bank.items.iter().any(|i| topic_matches(&i.topic, topic)),
                    i18n.ta(
                        "error-unknown-topic",
                        &fargs!("topic" => topic.clone(), "topics" => bank.topics().join(", "))
                    )
                );
            }
            let items: Vec<&Item> = bank
                .items
                .iter()
                .filter(|i| args.topic.as_deref().is_none_or(|t| topic_matches(&i.topic, t)))
                .filter(|i| marks.as_ref().is_none_or(|m| m.contains_key(&i.id)))
                .collect();
            if let Some(marks) = &marks
                && !args.json.json
            {
                for item in &items {
                    if let Some(note) = marks.get(&item.id).and_then(|m| m.flag_note.as_ref()) {
                        println!("{} · {note}", item.id);
                    }
                }
            }
            list(i18n, &items, args.json.json)
        }
        CardsCommand::Show(args) => {
            let Some(item) = bank.get(&args.id) else {
                anyhow::bail!(i18n.msg(&crate::content::unknown_item(bank, &args.id)));
            };
            if args.json.json {
                let mut value = serde_json::to_value(item)?;
                if let (Some((_, extra)), Some(object)) = (schedule, value.as_object_mut()) {
                    object.insert("progress".to_owned(), extra);
                }
                crate::commands::print_json(&value)?;
            } else {
                let extra = schedule.map(|(text, _)| text).unwrap_or_default();
                println!("{}{extra}", show(i18n, item));
            }
            Ok(ExitStatus::Success)
        }
        CardsCommand::Search(args) => search(i18n, bank, args),
        _ => unreachable!("mark commands return above"),
    }
}

fn search(i18n: &Localizer, bank: &crate::content::Bank, args: &SearchArgs) -> anyhow::Result<ExitStatus> {
    use std::io::IsTerminal as _;
    let found: Vec<(&Item, Vec<content_search::Hit>)> = bank
        .items
        .iter()
        .map(|item| (item, content_search::search(item, &args.words, i18n.lang())))
        .filter(|(_, hits)| !hits.is_empty())
        .collect();
    if args.json.json {
        let items: Vec<_> = found
            .iter()
            .map(|(item, hits)| json!({"id": item.id, "kind": item.kind(), "topic": item.topic, "hits": hits}))
            .collect();
        crate::commands::print_json(&json!({"schema": 1, "words": args.words, "count": items.len(), "items": items}))?;
        return Ok(ExitStatus::Success);
    }
    // Reverse video on a terminal; brackets when the output is piped or saved.
    let (open, close) = if std::io::stdout().is_terminal() { ("\x1b[7m", "\x1b[0m") } else { ("[", "]") };
    let mut out = String::new();
    for (item, hits) in &found {
        let _ = writeln!(out, "{} · {} · {}", item.id, item.kind(), item.topic);
        for hit in hits.iter().filter(|h| h.field != "id").take(3) {
            let lang = hit.lang.map(|l| format!(" {l}")).unwrap_or_default();
            let _ = writeln!(out, "    {}{lang}: {}", hit.field, content_search::marked(hit, open, close));
        }
    }
    print!("{out}");
    println!("{}", i18n.ta("cards-count", &fargs!("count" => found.len())));
    Ok(ExitStatus::Success)
}

fn list(i18n: &Localizer, items: &[&Item], json_out: bool) -> anyhow::Result<ExitStatus> {
    if json_out {
        let rows: Vec<_> = items
            .iter()
            .map(|i| {
                let mut row = json!({"id": i.id, "kind": i.kind(), "topic": i.topic, "domains": i.domains, "syllabus": i.syllabus});
                if let Body::Question(q) = &i.body {
                    row["choose"] = json!(q.choose);
                }
                if let Body::Exercise(e) = &i.body {
                    row["template"] = json!(e.template);
                }
                row
            })
            .collect();
        crate::commands::print_json(&rows)?;
        return Ok(ExitStatus::Success);
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        i18n.t("cards-col-id"),
        i18n.t("cards-col-kind"),
        i18n.t("cards-col-topic"),
        i18n.t("cards-col-domains"),
    ]);
    for item in items {
        let kind = match &item.body {
            Body::Question(q) if q.choose > 1 => format!("{} ({})", item.kind(), q.choose),
            _ => item.kind().to_owned(),
        };
        let domains = item.domains.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
        table.add_row(vec![item.id.clone(), kind, item.topic.clone(), domains]);
    }
    println!("{table}");
    println!("{}", i18n.ta("cards-count", &fargs!("count" => items.len())));
    Ok(ExitStatus::Success)
}

fn show(i18n: &Localizer, item: &Item) -> String {
    let mut out = format!("{} · {} · {}\n", item.id, item.kind(), item.topic);
    match &item.body {
        Body::Card { front, back } => {
            let _ = write!(out, "{}\n---\n{}", i18n.text(front), i18n.text(back));
        }
        Body::Question(q) => {
            out += &i18n.text(&q.stem);
            for (n, option) in q.options.iter().enumerate() {
                let mark = if option.correct { "*" } else { " " };
                let _ = write!(out, "\n {mark}{}) {}", crate::ui::render::letter(n), i18n.text_inline(&option.text));
                if let Some(fb) = &option.feedback {
                    let _ = write!(out, "\n      {}", i18n.text_inline(fb));
                }
            }
            let _ = write!(out, "\n---\n{}", i18n.text(&q.explanation));
        }
        Body::Exercise(_) => out.push_str(&crate::ui::sitting::render_example(i18n, item)),
    }
    let domains = item.domains.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let _ = write!(
        out,
        "\n\n{}: {domains}\n{}: {}\n{}: {}",
        i18n.t("cards-col-domains"),
        i18n.t("cards-syllabus"),
        item.syllabus.join(", "),
        i18n.t("cards-ref"),
        item.reference
    );
    out
}
