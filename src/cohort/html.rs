//! The HTML cohort report: one self-contained page (inline CSS, inline SVG, no script, no
//! network) a bootcamp lead can open or mail.

use std::fmt::Write as _;

use super::render::reasons;
use super::report::Report;
use crate::fargs;
use crate::i18n::{Lang, Localizer};

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

const CSS: &str =
    "body{font-family:system-ui,'Noto Sans KR','Apple SD Gothic Neo',sans-serif;margin:2rem;color:#1d2433}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.3rem .6rem;text-align:right}
th{background:#eef1f7}td.name,th.name{text-align:left}tr.risk td{background:#fff3f0}
.note{color:#556;font-size:.9rem}.hm td{width:12px;height:12px;padding:0;border:1px solid #fff}
.l0{background:#ebedf0}.l1{background:#9be9a8}.l2{background:#40c463}.l3{background:#30a14e}.l4{background:#216e39}";

fn bar_chart(i18n: &Localizer, r: &Report) -> String {
    let (w, bar_h, gap, left) = (520.0, 26.0, 10.0, 110.0);
    let h = r.domains.len() as f64 * (bar_h + gap) + 30.0;
    let scale = w - left - 60.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\">",
        esc(&i18n.t("cohort-chart-title"))
    );
    for (i, d) in r.domains.iter().enumerate() {
        let y = i as f64 * (bar_h + gap) + 10.0;
        let label = i18n.ta("goal-domain", &fargs!("n" => d.domain));
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.0}\" font-size=\"13\">{} ({}%)</text><rect x=\"{left}\" y=\"{y:.0}\" width=\"{:.1}\" height=\"{bar_h}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.0}\" font-size=\"13\">{}</text>",
            y + bar_h * 0.7,
            esc(&label),
            d.weight,
            (d.mean * scale).max(1.0),
            if d.mean >= r.pass_line { "#2e7d32" } else { "#e07b00" },
            left + d.mean * scale + 6.0,
            y + bar_h * 0.7,
            pct(d.mean)
        );
    }
    let x = left + r.pass_line * scale;
    let _ = write!(
        svg,
        "<line x1=\"{x:.1}\" y1=\"4\" x2=\"{x:.1}\" y2=\"{:.0}\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/><text x=\"{x:.1}\" y=\"{:.0}\" font-size=\"12\" fill=\"#c62828\">{}</text></svg>",
        h - 18.0,
        h - 4.0,
        esc(&i18n.ta("cohort-pass-line-label", &fargs!("line" => pct(r.pass_line))))
    );
    svg
}

fn heatmap(r: &Report) -> String {
    let peak = r.learners.iter().flat_map(|l| l.activity.iter().copied()).max().unwrap_or(0).max(1);
    let mut out = String::from("<table class=\"hm\"><tbody>");
    for l in &r.learners {
        let _ = write!(out, "<tr><td class=\"name\" style=\"width:auto;padding-right:.5rem\">{}</td>", esc(&l.name));
        for (n, date) in l.activity.iter().zip(&r.heatmap_dates) {
            let level = if *n == 0 { 0 } else { 1 + (n * 3 / peak).min(3) };
            let _ = write!(out, "<td class=\"l{level}\" title=\"{} · {n}\"></td>", esc(date));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// The full page.
pub fn page(i18n: &Localizer, r: &Report) -> String {
    let lang = if i18n.lang() == Lang::En { "en" } else { "ko" };
    let title = i18n.ta("cohort-html-title", &fargs!("exam" => r.exam.to_uppercase(), "today" => r.today.clone()));
    let mut o = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{CSS}</style></head><body>",
        esc(&title)
    );
    let _ = write!(o, "<h1>{}</h1><p class=\"note\">{}</p>", esc(&title), esc(&i18n.ta("cohort-heading", &fargs!("exam" => r.exam.to_uppercase(), "today" => r.today.clone(), "count" => r.learners.len(), "line" => pct(r.pass_line)))));
    let _ = write!(
        o,
        "<h2>{}</h2><table><thead><tr><th class=\"name\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>",
        esc(&i18n.t("cohort-learners-title")),
        esc(&i18n.t("cohort-col-learner")),
        esc(&i18n.t("cohort-col-last-active")),
        esc(&i18n.t("cohort-col-streak")),
        esc(&i18n.t("cohort-col-7d")),
        esc(&i18n.t("cohort-col-30d")),
        esc(&i18n.t("cohort-col-seen"))
    );
    for d in &r.domains {
        let _ = write!(o, "<th>D{}</th>", d.domain);
    }
    let _ = write!(
        o,
        "<th>{}</th><th>{}</th><th>{}</th><th class=\"name\">{}</th></tr></thead><tbody>",
        esc(&i18n.t("cohort-col-readiness")),
        esc(&i18n.t("cohort-col-mock")),
        esc(&i18n.t("cohort-col-leeches")),
        esc(&i18n.t("cohort-col-risk"))
    );
    for l in &r.learners {
        let _ = write!(
            o,
            "<tr{}><td class=\"name\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            if l.at_risk { " class=\"risk\"" } else { "" },
            esc(&l.name),
            esc(l.last_active.as_deref().unwrap_or("-")),
            l.streak,
            l.reviews_7d,
            l.reviews_30d,
            l.items_seen
        );
        for d in &l.domains {
            let _ = write!(o, "<td>{}</td>", if d.items == 0 { "-".into() } else { pct(d.recall) });
        }
        let mock = l.latest_mock.as_ref().map_or_else(|| "-".into(), |m| m.scaled_estimate.to_string());
        let _ = write!(
            o,
            "<td><b>{}</b></td><td>{mock}</td><td>{}</td><td class=\"name\">{}</td></tr>",
            pct(l.readiness),
            l.leeches,
            esc(&reasons(i18n, &l.risk_reasons))
        );
    }
    o.push_str("</tbody></table>");
    let _ = write!(
        o,
        "<h2>{}</h2>{}<table><thead><tr><th class=\"name\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&i18n.t("cohort-chart-title")),
        bar_chart(i18n, r),
        esc(&i18n.t("goal-col-domain")),
        esc(&i18n.t("goal-col-weight")),
        esc(&i18n.t("cohort-col-mean")),
        esc(&i18n.t("cohort-col-spread")),
        esc(&i18n.t("cohort-col-range"))
    );
    for d in &r.domains {
        let _ = write!(
            o,
            "<tr><td class=\"name\">{}</td><td>{}%</td><td>{}</td><td>±{}</td><td>{}–{}</td></tr>",
            esc(&i18n.ta("goal-domain", &fargs!("n" => d.domain))),
            d.weight,
            pct(d.mean),
            pct(d.spread),
            pct(d.min),
            pct(d.max)
        );
    }
    o.push_str("</tbody></table>");
    let _ = write!(o, "<h2>{}</h2>{}", esc(&i18n.t("cohort-heatmap-title")), heatmap(r));
    let _ = write!(o, "<h2>{}</h2><table><tbody>", esc(&i18n.t("cohort-weakest-title")));
    for t in &r.weakest_topics {
        let _ = write!(
            o,
            "<tr><td class=\"name\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(&t.topic),
            pct(t.mean),
            esc(&i18n.ta("cohort-items", &fargs!("n" => t.items)))
        );
    }
    let _ = write!(o, "</tbody></table><h2>{}</h2><table><tbody>", esc(&i18n.t("cohort-hardest-title")));
    for h in &r.hardest_items {
        let _ = write!(
            o,
            "<tr><td class=\"name\"><code>{}</code></td><td class=\"name\">{}</td><td>{}/{}</td></tr>",
            esc(&h.id),
            esc(&i18n.text_inline(&h.title)),
            h.lapses,
            h.reviews
        );
    }
    o.push_str("</tbody></table>");
    if let Some(board) = &r.leaderboard {
        let _ = write!(o, "<h2>{}</h2><table><tbody>", esc(&i18n.t("cohort-leaderboard-title")));
        for p in board {
            let _ = write!(
                o,
                "<tr><td>{}</td><td class=\"name\">{}</td><td>{}</td><td>{}</td></tr>",
                p.rank,
                esc(&p.name),
                pct(p.readiness),
                esc(&i18n.ta("cohort-reviews-30d", &fargs!("n" => p.reviews_30d)))
            );
        }
        o.push_str("</tbody></table>");
    }
    let _ = writeln!(o, "<p class=\"note\">{}</p></body></html>", esc(&i18n.t("goal-estimate-note")));
    o
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup() {
        assert_eq!(esc("<b>\"Kim\" & 'Lee'</b>"), "&lt;b&gt;&quot;Kim&quot; &amp; &#39;Lee&#39;&lt;/b&gt;");
    }
}
