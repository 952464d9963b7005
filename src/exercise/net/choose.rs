//! Reading string parameters.

use crate::content::Params;
use crate::explain::Msg;

/// A string parameter that must be one of `accepted`; `default` when absent.
pub fn param_choice(
    params: &Params,
    name: &'static str,
    default: &'static str,
    accepted: &[&'static str],
) -> Result<&'static str, Msg> {
    let Some(value) = params.get(name) else {
        return Ok(default);
    };
    value
        .as_str()
        .and_then(|v| accepted.iter().copied().find(|a| *a == v))
        .ok_or_else(|| Msg::new("net-ex-param-choice").arg("name", name).arg("accepted", accepted.join(", ")))
}
