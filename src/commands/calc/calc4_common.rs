//! Shared by `calc dynamodb` and `calc ebs`: steps as language-neutral JSON (so `json_value` needs
//! no localizer, as the bank's `check:` runs it in-process) and the localized text added for `--json`.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::explain::{Arg, Step};

/// A number as JSON: an integer when whole, so `check:` values compare equal to `200`, not `200.0`.
pub fn num(x: f64) -> Value {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    if x.fract() == 0.0 && (0.0..9.0e15).contains(&x) { json!(x as u64) } else { json!(x) }
}

fn arg_json(a: &Arg) -> Value {
    match a {
        Arg::Str(s) => json!(s),
        Arg::Int(i) => json!(i),
        Arg::Num(x) => num(*x),
        Arg::Msg(m) => json!(m.id),
    }
}

/// Messages as `[{"id", "args"}]`.
pub fn neutral_msgs(msgs: &[crate::explain::Msg]) -> Value {
    Value::Array(
        msgs.iter()
            .map(|m| {
                let args: Map<String, Value> = m.args.iter().map(|(k, v)| ((*k).to_owned(), arg_json(v))).collect();
                json!({"id": m.id, "args": args})
            })
            .collect(),
    )
}

/// Steps as `[{"id", "args", "convention"}]`.
pub fn neutral_steps(steps: &[Step]) -> Value {
    Value::Array(
        steps
            .iter()
            .map(|s| {
                let args: Map<String, Value> = s.msg.args.iter().map(|(k, v)| ((*k).to_owned(), arg_json(v))).collect();
                json!({"id": s.msg.id, "args": args, "convention": s.convention})
            })
            .collect(),
    )
}

/// Prints `value` as `--json` does, adding each step's (and error's) text in the chosen language.
pub fn print_with_text(ctx: &Ctx, mut value: Value, steps: &[Step]) -> anyhow::Result<()> {
    print_with_errors(ctx, value.take(), steps, &[])
}

/// As `print_with_text`, also adding the text of each entry of `"errors"`.
pub fn print_with_errors(
    ctx: &Ctx,
    mut value: Value,
    steps: &[Step],
    errors: &[crate::explain::Msg],
) -> anyhow::Result<()> {
    if let Some(Value::Array(items)) = value.get_mut("errors") {
        for (item, m) in items.iter_mut().zip(errors) {
            item["text"] = json!(ctx.i18n.msg(m));
        }
    }
    if let Some(Value::Array(items)) = value.get_mut("steps") {
        for (item, step) in items.iter_mut().zip(steps) {
            item["text"] = json!(ctx.i18n.msg(&step.msg));
        }
    }
    crate::commands::print_json(&value)
}
