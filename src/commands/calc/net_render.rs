//! Shared human output for the networking calculators: one explanation step a line, with model
//! conventions visibly labelled.

use std::io::Write;

use crate::context::Ctx;
use crate::explain::{Msg, Step};

/// Prints steps on stdout, each in the chosen language(s); convention steps get a label.
pub fn print_steps(ctx: &Ctx, steps: &[Step]) {
    let mut out = std::io::stdout().lock();
    let label = ctx.i18n.t("net-convention-label");
    for step in steps {
        let text = ctx.i18n.teach(&step.msg);
        let text = if step.convention { format!("{label} {text}") } else { text };
        // A closed pipe is not an error worth reporting here.
        let _ = writeln!(out, "{text}");
    }
}

/// Steps as JSON: the rendered text plus the convention flag.
pub fn steps_json(ctx: &Ctx, steps: &[Step]) -> serde_json::Value {
    let list: Vec<serde_json::Value> = steps
        .iter()
        .map(|s| serde_json::json!({"id": s.msg.id, "text": ctx.i18n.msg(&s.msg), "convention": s.convention}))
        .collect();
    serde_json::Value::Array(list)
}

/// Shorthand for a localized error message.
pub fn err(ctx: &Ctx, msg: &Msg) -> anyhow::Error {
    anyhow::anyhow!(ctx.i18n.msg(msg))
}
