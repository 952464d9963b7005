//! Rendering shared by `calc alarm`, `calc asg` and `calc elb`: explanation steps as text (with
//! convention steps marked) or as JSON, and model errors as localized usage errors.

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::explain::{Msg, Step};

/// Prints the steps, one per line, marking model conventions with the localized `label_id`.
pub fn print_steps(ctx: &Ctx, steps: &[Step], label_id: &str) {
    for (i, step) in steps.iter().enumerate() {
        let text = ctx.i18n.teach(&step.msg);
        if step.convention {
            println!("{}. {} {text}", i + 1, ctx.i18n.t(label_id));
        } else {
            println!("{}. {text}", i + 1);
        }
    }
}

/// The steps as JSON: message id, text in the chosen language, and the convention flag.
pub fn steps_json(ctx: &Ctx, steps: &[Step]) -> Value {
    Value::Array(
        steps
            .iter()
            .map(|s| json!({"id": s.msg.id, "text": ctx.i18n.msg(&s.msg), "convention": s.convention}))
            .collect(),
    )
}

/// A usage error: the localized message, which names the input and what is accepted.
pub fn usage_error(ctx: &Ctx, msg: &Msg) -> anyhow::Error {
    anyhow::anyhow!(ctx.i18n.msg(msg))
}
