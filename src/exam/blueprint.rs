//! Exam blueprints (`content/exams/*.yaml`): length, time, pass mark and domain weights, plus
//! the arithmetic built on them (largest-remainder allocation, the scaled-score estimate).

use serde::Deserialize;

use crate::content::locate::{Locator, Seg};
use crate::content::{Diagnostic, Exam, SCHEMA_VERSION, Severity, SourceFile, Text};
use crate::explain::Msg;

/// The score scale AWS reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Lowest reported score (100).
    pub min: u32,
    /// Highest reported score (1000).
    pub max: u32,
}

/// One exam domain and its weight.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainSpec {
    /// Domain number in the exam guide, from 1.
    pub number: u8,
    /// Its name in both languages.
    pub name: Text,
    /// Share of scored items, in percent.
    pub weight: u32,
}

/// A parsed exam blueprint.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blueprint {
    /// Must be 1.
    pub schema_version: u64,
    /// `clf-c02` or `saa-c03`.
    pub exam: String,
    /// The exam's name.
    pub title: Text,
    /// Number of items on the paper.
    pub items: usize,
    /// Time allowed, in minutes (without accommodation).
    pub minutes: u32,
    /// Passing scaled score.
    pub pass: u32,
    /// The reporting scale.
    pub scale: Scale,
    /// Domains in exam-guide order.
    pub domains: Vec<DomainSpec>,
}

/// Minutes the ESL accommodation adds.
pub const ESL_EXTRA_MINUTES: u32 = 30;

impl Blueprint {
    /// The exam this blueprint describes (validated on load).
    pub fn exam_kind(&self) -> Option<Exam> {
        Exam::parse(&self.exam)
    }

    /// Items per domain, in blueprint order (largest remainder over the weights).
    pub fn allocation(&self) -> Vec<usize> {
        let weights: Vec<u32> = self.domains.iter().map(|d| d.weight).collect();
        allocate(self.items, &weights)
    }

    /// Minutes allowed, with the ESL accommodation when asked.
    pub fn minutes_with(&self, esl: bool) -> u32 {
        self.minutes + if esl { ESL_EXTRA_MINUTES } else { 0 }
    }

    /// The scaled-score ESTIMATE for `correct` of `total` (see [`scaled_estimate`]).
    pub fn scaled(&self, correct: usize, total: usize) -> u32 {
        scaled_estimate(correct, total, self.scale)
    }
}

/// Splits `total` seats by `weights` with the largest-remainder (Hamilton) method: every part
/// gets the floor of its exact quota, and the seats left over go to the largest remainders,
/// ties to the earlier part. The parts always sum to `total` (when any weight is positive).
pub fn allocate(total: usize, weights: &[u32]) -> Vec<usize> {
    let sum: u64 = weights.iter().map(|&w| u64::from(w)).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<u64> = weights.iter().map(|&w| total as u64 * u64::from(w)).collect();
    let mut parts: Vec<usize> = exact.iter().map(|e| (e / sum) as usize).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Stable sort: equal remainders keep domain order.
    order.sort_by_key(|&i| std::cmp::Reverse(exact[i] % sum));
    let left = total - parts.iter().sum::<usize>();
    for &i in order.iter().take(left) {
        parts[i] += 1;
    }
    parts
}

/// A scaled score ESTIMATE: a straight line from `scale.min` at 0 % to `scale.max` at 100 %,
/// rounded. AWS publishes no raw-to-scaled mapping (its scaling also equates exam forms), so this
/// line is a model convention and every place that shows it says so.
pub fn scaled_estimate(correct: usize, total: usize, scale: Scale) -> u32 {
    if total == 0 {
        return scale.min;
    }
    let span = u64::from(scale.max.saturating_sub(scale.min));
    let scaled = (span * correct as u64 * 2 + total as u64) / (total as u64 * 2);
    scale.min + scaled as u32
}

/// Parses and checks every blueprint in `files` (those under `exams/`), reporting problems.
pub fn check_files(files: &[SourceFile], out: &mut Vec<Diagnostic>) -> Vec<Blueprint> {
    files.iter().filter(|f| f.path.starts_with("exams/")).filter_map(|f| check_file(f, out)).collect()
}

fn diag(file: &SourceFile, locator: &Locator<'_>, path: &[Seg], msg: Msg) -> Diagnostic {
    let pos = locator.find(path);
    Diagnostic { file: file.path.clone(), line: pos.line, col: pos.col, severity: Severity::Error, msg }
}

/// Converts a serde error (with its path) into a located diagnostic.
pub(crate) fn serde_diag(
    file: &SourceFile,
    locator: &Locator<'_>,
    err: &serde_path_to_error::Error<serde_yaml::Error>,
) -> Diagnostic {
    let detail = err.inner().to_string();
    let mut path: Vec<Seg> = Vec::new();
    for segment in err.path() {
        match segment {
            serde_path_to_error::Segment::Map { key } => path.push(Seg::Key(key.clone())),
            serde_path_to_error::Segment::Seq { index } => path.push(Seg::Index(*index)),
            _ => {}
        }
    }
    let field = |prefix: &str| detail.strip_prefix(prefix).and_then(|r| r.split('`').next()).map(str::to_owned);
    if let Some(name) = field("unknown field `") {
        path.push(Seg::Key(name.clone()));
        return diag(file, locator, &path, Msg::new("content-err-unknown-field").arg("field", name));
    }
    if let Some(name) = field("missing field `") {
        // serde reports the parent's path with a position at its end; point at the parent.
        return diag(file, locator, &path, Msg::new("content-err-missing-field").arg("field", name));
    }
    match err.inner().location() {
        Some(loc) if path.is_empty() => Diagnostic {
            file: file.path.clone(),
            line: loc.line(),
            col: loc.column(),
            severity: Severity::Error,
            msg: Msg::new("content-err-yaml").arg("detail", detail),
        },
        _ => diag(file, locator, &path, Msg::new("content-err-structure").arg("detail", detail)),
    }
}

/// Parses one blueprint; `None` (with diagnostics) when it is unusable.
pub fn check_file(file: &SourceFile, out: &mut Vec<Diagnostic>) -> Option<Blueprint> {
    let locator = Locator::new(&file.text);
    let de = serde_yaml::Deserializer::from_str(&file.text);
    let bp: Blueprint = match serde_path_to_error::deserialize(de) {
        Ok(bp) => bp,
        Err(err) => {
            out.push(serde_diag(file, &locator, &err));
            return None;
        }
    };
    let before = out.len();
    let mut error = |path: &[Seg], msg: Msg| out.push(diag(file, &locator, path, msg));
    let k = |s: &str| Seg::Key(s.to_owned());
    if bp.schema_version != SCHEMA_VERSION {
        error(
            &[k("schema_version")],
            Msg::new("content-err-schema-version").arg("found", bp.schema_version).arg("supported", SCHEMA_VERSION),
        );
    }
    let stem = file.path.trim_start_matches("exams/").trim_end_matches(".yaml").trim_end_matches(".yml");
    match Exam::parse(&bp.exam) {
        None => error(&[k("exam")], Msg::new("exam-err-unknown-exam").arg("exam", bp.exam.as_str())),
        Some(exam) => {
            if exam.code() != stem {
                error(
                    &[k("exam")],
                    Msg::new("exam-err-file-name").arg("exam", exam.code()).arg("file", file.path.as_str()),
                );
            }
            if bp.domains.len() != exam.weights().len() {
                error(
                    &[k("domains")],
                    Msg::new("exam-err-domain-count")
                        .arg("exam", exam.code())
                        .arg("expected", exam.weights().len())
                        .arg("found", bp.domains.len()),
                );
            }
        }
    }
    for (lang, text) in [("en", &bp.title.en), ("ko", &bp.title.ko)] {
        if text.trim().is_empty() {
            error(&[k("title"), k(lang)], Msg::new("content-err-empty-text").arg("lang", lang));
        }
    }
    if bp.items == 0 {
        error(&[k("items")], Msg::new("exam-err-positive").arg("field", "items"));
    }
    if bp.minutes == 0 {
        error(&[k("minutes")], Msg::new("exam-err-positive").arg("field", "minutes"));
    }
    if bp.scale.min >= bp.scale.max {
        error(&[k("scale")], Msg::new("exam-err-scale").arg("min", bp.scale.min).arg("max", bp.scale.max));
    } else if !(bp.scale.min..=bp.scale.max).contains(&bp.pass) {
        error(
            &[k("pass")],
            Msg::new("exam-err-pass").arg("pass", bp.pass).arg("min", bp.scale.min).arg("max", bp.scale.max),
        );
    }
    for (i, domain) in bp.domains.iter().enumerate() {
        if usize::from(domain.number) != i + 1 {
            error(
                &[k("domains"), Seg::Index(i), k("number")],
                Msg::new("exam-err-domain-number").arg("expected", i + 1).arg("found", u32::from(domain.number)),
            );
        }
        for (lang, text) in [("en", &domain.name.en), ("ko", &domain.name.ko)] {
            if text.trim().is_empty() {
                error(
                    &[k("domains"), Seg::Index(i), k("name"), k(lang)],
                    Msg::new("content-err-empty-text").arg("lang", lang),
                );
            }
        }
    }
    let sum: u32 = bp.domains.iter().map(|d| d.weight).sum();
    if sum != 100 {
        error(&[k("domains")], Msg::new("exam-err-weights").arg("sum", sum));
    }
    (out.len() == before).then_some(bp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_remainder_for_both_exams() {
        // CLF-C02: 65 × 24/30/34/12 % = 15.6, 19.5, 22.1, 7.8 → floors 15+19+22+7 = 63;
        // the 2 left go to the largest remainders .8 (domain 4) and .6 (domain 1).
        assert_eq!(allocate(65, &[24, 30, 34, 12]), vec![16, 19, 22, 8]);
        // SAA-C03: 19.5, 16.9, 15.6, 13.0 → 19+16+15+13 = 63; .9 (domain 2), .6 (domain 3).
        assert_eq!(allocate(65, &[30, 26, 24, 20]), vec![19, 17, 16, 13]);
        assert_eq!(allocate(65, &[30, 26, 24, 20]).iter().sum::<usize>(), 65);
    }

    #[test]
    fn allocation_always_sums_to_the_total() {
        for total in 0..200 {
            for weights in [[24, 30, 34, 12], [30, 26, 24, 20], [1, 1, 1, 0], [33, 33, 34, 0]] {
                assert_eq!(allocate(total, &weights).iter().sum::<usize>(), total);
            }
        }
        assert_eq!(allocate(10, &[0, 0]), vec![0, 0]);
        // Ties go to the earlier domain.
        assert_eq!(allocate(1, &[50, 50]), vec![1, 0]);
    }

    #[test]
    fn scaled_estimate_is_a_labelled_straight_line() {
        let scale = Scale { min: 100, max: 1000 };
        assert_eq!(scaled_estimate(0, 65, scale), 100);
        assert_eq!(scaled_estimate(65, 65, scale), 1000);
        assert_eq!(scaled_estimate(45, 65, scale), 723); // 100 + 900 × 45/65 = 723.08
        assert_eq!(scaled_estimate(0, 0, scale), 100);
    }

    #[test]
    fn shipped_blueprints_are_valid_and_match_the_guides() {
        let files = crate::content::read_sources(&crate::content::ContentSource::Embedded).unwrap();
        let mut out = Vec::new();
        let bps = check_files(&files, &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(bps.len(), 2);
        for bp in bps {
            let exam = bp.exam_kind().unwrap();
            assert_eq!(bp.items, 65);
            let weights: Vec<u32> = bp.domains.iter().map(|d| d.weight).collect();
            assert_eq!(weights, exam.weights());
            let (minutes, pass) = match exam {
                Exam::ClfC02 => (90, 700),
                Exam::SaaC03 => (130, 720),
            };
            assert_eq!((bp.minutes, bp.pass, bp.minutes_with(true)), (minutes, pass, minutes + 30));
        }
    }

    #[test]
    fn bad_blueprints_are_located() {
        let text = "schema_version: 1\nexam: clf-c02\ntitle: {en: T, ko: T}\nitems: 65\nminutes: 90\npass: 1200\nscale: {min: 100, max: 1000}\ndomains:\n  - number: 1\n    name: {en: A, ko: 가}\n    weight: 50\n";
        let file = SourceFile { path: "exams/clf-c02.yaml".into(), text: text.into() };
        let mut out = Vec::new();
        assert!(check_file(&file, &mut out).is_none());
        let ids: Vec<_> = out.iter().map(|d| (d.msg.id, d.line)).collect();
        assert!(ids.contains(&("exam-err-pass", 6)), "{ids:?}");
        assert!(ids.contains(&("exam-err-weights", 8)), "{ids:?}");
        assert!(ids.contains(&("exam-err-domain-count", 8)), "{ids:?}");
        let file = SourceFile { path: "exams/clf-c02.yaml".into(), text: text.replace("items: 65", "itemz: 65") };
        let mut out = Vec::new();
        check_file(&file, &mut out);
        assert_eq!((out[0].msg.id, out[0].line), ("content-err-unknown-field", 4));
    }
}
