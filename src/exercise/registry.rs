//! Every template the binary knows. Add a template here and authors can name it in YAML.

use super::Template;
use super::ops;

/// All templates.
pub fn templates() -> &'static [&'static dyn Template] {
    &[
        &ops::AlarmState,
        &ops::AsgNewDesired,
        &ops::EbsGp2Baseline,
        &ops::ElbTargetHealth,
        &ops::ElbWhichLb,
        &ops::LambdaBilledDuration,
        &ops::LambdaCost,
    ]
}

/// The template with this id.
pub fn template(id: &str) -> Option<&'static dyn Template> {
    templates().iter().copied().find(|t| t.id() == id)
}

/// Ids of all templates, sorted.
pub fn template_ids() -> Vec<&'static str> {
    let mut ids: Vec<_> = templates().iter().map(|t| t.id()).collect();
    ids.sort_unstable();
    ids
}
