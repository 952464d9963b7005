//! Text renderings of a cohort report: the terminal table and CSV.

use std::fmt::Write as _;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use super::report::Report;
use crate::fargs;
use crate::i18n::Localizer;

fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

/// Localized risk reasons, joined.
pub fn reasons(i18n: &Localizer, codes: &[String]) -> String {
    codes.iter().map(|c| i18n.t(&format!("cohort-risk-{c}"))).collect::<Vec<_>>().join(", ")
}

/// The terminal report.
pub fn table(i18n: &Localizer, r: &Report) -> String {
    let mut out = i18n.ta("cohort-heading", &fargs!("exam" => r.exam.to_uppercase(), "today" => r.today.clone(), "count" => r.learners.len(), "line" => pct(r.pass_line)));
    out.push('\n');
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    let mut header = vec![
        i18n.t("cohort-col-learner"),
        i18n.t("cohort-col-last-active"),
        i18n.t("cohort-col-streak"),
        i18n.t("cohort-col-7d"),
        i18n.t("cohort-col-30d"),
        i18n.t("cohort-col-seen"),
    ];
    header.extend(r.domains.iter().map(|d| format!("D{}", d.domain)));
    header.extend([
        i18n.t("cohort-col-readiness"),
        i18n.t("cohort-col-mock"),
        i18n.t("cohort-col-leeches"),
        i18n.t("cohort-col-risk"),
    ]);
    t.set_header(header);
    for l in &r.learners {
        let mut row = vec![
            l.name.clone(),
            l.last_active.clone().unwrap_or_else(|| "-".into()),
            l.streak.to_string(),
            l.reviews_7d.to_string(),
            l.reviews_30d.to_string(),
            l.items_seen.to_string(),
        ];
        row.extend(l.domains.iter().map(|d| if d.items == 0 { "-".into() } else { pct(d.recall) }));
        row.push(pct(l.readiness));
        row.push(l.latest_mock.as_ref().map_or_else(|| "-".into(), |m| m.scaled_estimate.to_string()));
        row.push(l.leeches.to_string());
        row.push(if l.at_risk { format!("⚠ {}", reasons(i18n, &l.risk_reasons)) } else { String::new() });
        t.add_row(row);
    }
    let _ = writeln!(out, "{t}");
    let _ = writeln!(out, "\n{}", i18n.t("cohort-domains-title"));
    for d in &r.domains {
        let _ = writeln!(out, "  {}", i18n.ta("cohort-domain-line", &fargs!("n" => d.domain, "weight" => d.weight, "mean" => pct(d.mean), "spread" => pct(d.spread), "min" => pct(d.min), "max" => pct(d.max))));
    }
    let _ = writeln!(out, "\n{}", i18n.t("cohort-weakest-title"));
    for topic in &r.weakest_topics {
        let _ = writeln!(
            out,
            "  {:<24} {:>4}  ({})",
            topic.topic,
            pct(topic.mean),
            i18n.ta("cohort-items", &fargs!("n" => topic.items))
        );
    }
    let _ = writeln!(out, "\n{}", i18n.t("cohort-hardest-title"));
    if r.hardest_items.is_empty() {
        let _ = writeln!(out, "  {}", i18n.t("cohort-none"));
    }
    for item in &r.hardest_items {
        let _ = writeln!(out, "  {} — {} ({}/{})", item.id, i18n.text_inline(&item.title), item.lapses, item.reviews);
    }
    if let Some(board) = &r.leaderboard {
        let _ = writeln!(out, "\n{}", i18n.t("cohort-leaderboard-title"));
        for p in board {
            let _ = writeln!(
                out,
                "  {:>2}. {}  {}  ({})",
                p.rank,
                p.name,
                pct(p.readiness),
                i18n.ta("cohort-reviews-30d", &fargs!("n" => p.reviews_30d))
            );
        }
    }
    let _ = writeln!(out, "\n{}", i18n.t("goal-estimate-note"));
    out
}

pub(crate) fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// CSV: one row per learner, a column per domain (readiness as a 0–1 share).
pub fn csv(r: &Report) -> String {
    let mut header: Vec<String> =
        ["learner", "last_active", "streak", "reviews_7d", "reviews_30d", "reviews_total", "items_seen"]
            .map(String::from)
            .to_vec();
    header.extend(r.domains.iter().map(|d| format!("{}_domain_{}", r.exam, d.domain)));
    header.extend(["readiness", "latest_mock", "leeches", "at_risk", "risk_reasons"].map(String::from));
    let mut out = header.join(",");
    out.push('\n');
    for l in &r.learners {
        let mut row = vec![
            csv_field(&l.name),
            l.last_active.clone().unwrap_or_default(),
            l.streak.to_string(),
            l.reviews_7d.to_string(),
            l.reviews_30d.to_string(),
            l.reviews_total.to_string(),
            l.items_seen.to_string(),
        ];
        row.extend(l.domains.iter().map(|d| format!("{:.3}", d.recall)));
        row.push(format!("{:.3}", l.readiness));
        row.push(l.latest_mock.as_ref().map(|m| m.scaled_estimate.to_string()).unwrap_or_default());
        row.push(l.leeches.to_string());
        row.push(l.at_risk.to_string());
        row.push(l.risk_reasons.join(";"));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("kim"), "kim");
        assert_eq!(csv_field("Kim, M"), "\"Kim, M\"");
        assert_eq!(csv_field("a\"b"), "\"a\"\"b\"");
    }
}
