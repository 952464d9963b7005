//! Turns YAML files into a `Bank`, collecting every problem as a located diagnostic.

use std::collections::HashMap;

use serde::Serialize;

use super::locate::{Locator, Pos, Seg};
use super::raw::{RawFile, RawItem, RawOption, RawText};
use super::{
    Bank, Body, Check, Exercise, Item, Origin, Question, QuestionOption, SCHEMA_VERSION, SourceFile, Syllabus, TaskRef,
    Text,
};
use crate::explain::Msg;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The content cannot be used.
    Error,
    /// Worth fixing; the content still loads.
    Warning,
}

/// One problem, at `file:line:col`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Path relative to the content root.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, localizable.
    pub msg: Msg,
}

/// Files handled by other readers (exam blueprints, quizzes) or holding the syllabus.
pub(super) fn is_bank_file(path: &str) -> bool {
    path != "syllabus.yaml" && !path.starts_with("exams/") && !path.starts_with("quizzes/")
}

fn key(name: &str) -> Seg {
    Seg::Key(name.to_owned())
}

pub(super) struct FileCheck<'a> {
    pub(super) file: &'a SourceFile,
    pub(super) locator: Locator<'a>,
    pub(super) out: &'a mut Vec<Diagnostic>,
}

impl FileCheck<'_> {
    fn at(&mut self, pos: Pos, severity: Severity, msg: Msg) {
        self.out.push(Diagnostic { file: self.file.path.clone(), line: pos.line, col: pos.col, severity, msg });
    }

    fn error(&mut self, path: &[Seg], msg: Msg) {
        let pos = self.locator.find(path);
        self.at(pos, Severity::Error, msg);
    }

    fn warn(&mut self, path: &[Seg], msg: Msg) {
        let pos = self.locator.find(path);
        self.at(pos, Severity::Warning, msg);
    }

    /// Reports a serde error found at `path` (relative to `base`).
    fn serde_error(&mut self, base: &[Seg], path: &serde_path_to_error::Path, detail: &str, location: Option<Pos>) {
        let mut full = base.to_vec();
        for segment in path {
            match segment {
                serde_path_to_error::Segment::Map { key } => full.push(Seg::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => full.push(Seg::Index(*index)),
                _ => {}
            }
        }
        let msg = if let Some(field) = detail.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
            full.push(Seg::Key(field.to_owned()));
            Msg::new("content-err-unknown-field").arg("field", field)
        } else {
            Msg::new("content-err-structure").arg("detail", detail)
        };
        let pos = location.unwrap_or_else(|| self.locator.find(&full));
        self.at(pos, Severity::Error, msg);
    }

    /// `text`, building the path only when there is something to report: paths allocate, and
    /// the start-up path checks every text of the bank.
    fn text_at(&mut self, path: impl FnOnce() -> Vec<Seg>, raw: Option<&RawText>, required: bool) -> Option<Text> {
        if let Some(RawText { en: Some(en), ko: Some(ko) }) = raw {
            let (en, ko) = (en.trim(), ko.trim());
            if !en.is_empty() && !ko.is_empty() {
                return Some(Text::new(en, ko));
            }
        }
        self.text(&path(), raw, required)
    }

    fn text(&mut self, path: &[Seg], raw: Option<&RawText>, required: bool) -> Option<Text> {
        let Some(raw) = raw else {
            if required {
                let field = match path.last() {
                    Some(Seg::Key(k)) => k.clone(),
                    _ => String::new(),
                };
                self.error(
                    &path[..path.len().saturating_sub(1)],
                    Msg::new("content-err-missing-field").arg("field", field),
                );
            }
            return None;
        };
        let mut ok = true;
        for (lang, value) in [("en", &raw.en), ("ko", &raw.ko)] {
            let mut here = path.to_vec();
            match value {
                None => {
                    self.error(path, Msg::new("content-err-missing-lang").arg("lang", lang));
                    ok = false;
                }
                Some(v) if v.trim().is_empty() => {
                    here.push(key(lang));
                    self.error(&here, Msg::new("content-err-empty-text").arg("lang", lang));
                    ok = false;
                }
                Some(_) => {}
            }
        }
        ok.then(|| Text::new(raw.en.clone().unwrap_or_default().trim(), raw.ko.clone().unwrap_or_default().trim()))
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
        && id.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Parses the syllabus file, if present.
fn load_syllabus(files: &[SourceFile], out: &mut Vec<Diagnostic>) -> Syllabus {
    let Some(file) = files.iter().find(|f| f.path == "syllabus.yaml") else {
        out.push(Diagnostic {
            file: "syllabus.yaml".into(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            msg: Msg::new("content-err-no-syllabus"),
        });
        return Syllabus::default();
    };
    match serde_yaml::from_str::<Syllabus>(&file.text) {
        Ok(s) => s,
        Err(err) => {
            let (line, col) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
            out.push(Diagnostic {
                file: file.path.clone(),
                line,
                col,
                severity: Severity::Error,
                msg: Msg::new("content-err-yaml").arg("detail", err.to_string()),
            });
            Syllabus::default()
        }
    }
}

/// Validates all files; returns the bank built from every item that passed, and all diagnostics.
pub(super) fn check(files: &[SourceFile], file_checks: &[super::FileCheck]) -> (Bank, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let syllabus = load_syllabus(files, &mut out);
    let mut items = Vec::new();
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    for file in files.iter().filter(|f| is_bank_file(&f.path)) {
        let mut check = FileCheck { file, locator: Locator::new(&file.text), out: &mut out };
        check_file(&mut check, &syllabus, &mut seen, &mut items);
    }
    let bank = Bank::from_items(items, syllabus);
    for file_check in file_checks {
        file_check(files, &bank, &mut out);
    }
    (bank, out)
}

fn check_file(
    check: &mut FileCheck<'_>,
    syllabus: &Syllabus,
    seen: &mut HashMap<String, (String, usize)>,
    items: &mut Vec<Item>,
) {
    let text = check.file.text.as_str();
    let de = serde_yaml::Deserializer::from_str(text);
    let raw: RawFile = match serde_path_to_error::deserialize(de) {
        Ok(raw) => raw,
        Err(err) => {
            let location = err.inner().location().map(|l| Pos { line: l.line(), col: l.column() });
            let detail = err.inner().to_string();
            // Syntax errors carry the parser's own position; structural ones are located by path.
            if detail.contains("unknown field") {
                check.serde_error(&[], err.path(), &detail, None);
            } else {
                check.at(
                    location.unwrap_or(Pos { line: 1, col: 1 }),
                    Severity::Error,
                    Msg::new("content-err-yaml").arg("detail", detail),
                );
            }
            return;
        }
    };
    match raw.schema_version {
        None => check.error(&[], Msg::new("content-err-schema-version-missing").arg("supported", SCHEMA_VERSION)),
        Some(serde_yaml::Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(other) => {
            let found = serde_yaml::to_string(&other).unwrap_or_default().trim().to_owned();
            check.error(
                &[key("schema_version")],
                Msg::new("content-err-schema-version").arg("found", found).arg("supported", SCHEMA_VERSION),
            );
        }
    }
    let Some(raw_items) = raw.items else {
        check.error(&[], Msg::new("content-err-missing-field").arg("field", "items"));
        return;
    };
    let item_lines = check.locator.entry_line_numbers(&[key("items")]);
    for (index, value) in raw_items.into_iter().enumerate() {
        let base = [key("items"), Seg::Index(index)];
        match serde_path_to_error::deserialize::<_, RawItem>(value) {
            Ok(raw) => {
                let line = item_lines.get(index).copied().unwrap_or_else(|| check.locator.find(&base).line);
                if let Some(item) = check_item(check, &base, raw, syllabus, line) {
                    if let Some((file, line)) = seen.get(&item.id) {
                        let first = format!("{file}:{line}");
                        check.error(
                            &[key("items"), Seg::Index(index), key("id")],
                            Msg::new("content-err-duplicate-id").arg("id", item.id.clone()).arg("first", first),
                        );
                    } else {
                        seen.insert(item.id.clone(), (item.origin.file.clone(), item.origin.line));
                        items.push(item);
                    }
                }
            }
            Err(err) => check.serde_error(&base, err.path(), &err.inner().to_string(), None),
        }
    }
}

/// Checks one item written inline in another file (a quiz's own item) at `base`, as if it were in
/// a bank file; `None` (with diagnostics) when it has problems.
pub(crate) fn check_inline_item(
    file: &SourceFile,
    base: &[Seg],
    value: serde_yaml::Value,
    syllabus: &Syllabus,
    out: &mut Vec<Diagnostic>,
) -> Option<Item> {
    let mut check = FileCheck { file, locator: Locator::new(&file.text), out };
    match serde_path_to_error::deserialize::<_, RawItem>(value) {
        Ok(raw) => {
            let line = check.locator.find(base).line;
            check_item(&mut check, base, raw, syllabus, line)
        }
        Err(err) => {
            check.serde_error(base, err.path(), &err.inner().to_string(), None);
            None
        }
    }
}

const CARD_FIELDS: &[&str] = &["front", "back"];
const QUESTION_FIELDS: &[&str] = &["stem", "choose", "options", "explanation"];
const EXERCISE_FIELDS: &[&str] = &["template", "params", "prompt"];

fn present_fields(raw: &RawItem) -> Vec<&'static str> {
    let mut fields = Vec::new();
    let mut add = |present: bool, name: &'static str| {
        if present {
            fields.push(name);
        }
    };
    add(raw.front.is_some(), "front");
    add(raw.back.is_some(), "back");
    add(raw.stem.is_some(), "stem");
    add(raw.choose.is_some(), "choose");
    add(raw.options.is_some(), "options");
    add(raw.explanation.is_some(), "explanation");
    add(raw.template.is_some(), "template");
    add(raw.params.is_some(), "params");
    add(raw.prompt.is_some(), "prompt");
    fields
}

pub(super) fn check_item(
    check: &mut FileCheck<'_>,
    base: &[Seg],
    raw: RawItem,
    syllabus: &Syllabus,
    line: usize,
) -> Option<Item> {
    let at = |name: &str| {
        let mut p = base.to_vec();
        p.push(key(name));
        p
    };
    let mut ok = true;
    let id = match raw.id.as_deref() {
        None => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "id"));
            ok = false;
            String::new()
        }
        Some(id) if !valid_id(id) => {
            check.error(&at("id"), Msg::new("content-err-bad-id").arg("id", id));
            ok = false;
            id.to_owned()
        }
        Some(id) => id.to_owned(),
    };
    let topic = match raw.topic.as_deref() {
        None => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "topic"));
            ok = false;
            String::new()
        }
        Some(t) if syllabus.topic(t).is_none() && !syllabus.topics.is_empty() => {
            check.error(&at("topic"), Msg::new("content-err-unknown-topic").arg("topic", t));
            ok = false;
            t.to_owned()
        }
        Some(t) => t.to_owned(),
    };
    let mut domains = Vec::new();
    match &raw.domains {
        None => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "domains"));
            ok = false;
        }
        Some(list) if list.is_empty() => {
            check.error(&at("domains"), Msg::new("content-err-empty-list").arg("field", "domains"));
            ok = false;
        }
        Some(list) => {
            for d in list {
                if let Some(t) = TaskRef::parse(d) {
                    domains.push(t);
                } else {
                    check.error(&at("domains"), Msg::new("content-err-unknown-domain").arg("domain", d.as_str()));
                    ok = false;
                }
            }
        }
    }
    let mut points = Vec::new();
    match &raw.syllabus {
        None => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "syllabus"));
            ok = false;
        }
        Some(list) if list.is_empty() => {
            check.error(&at("syllabus"), Msg::new("content-err-empty-list").arg("field", "syllabus"));
            ok = false;
        }
        Some(list) => {
            for p in list {
                if syllabus.topic_of_point(p).is_none() && !syllabus.topics.is_empty() {
                    check.error(&at("syllabus"), Msg::new("content-err-unknown-syllabus").arg("point", p.as_str()));
                    ok = false;
                }
                points.push(p.clone());
            }
        }
    }
    let reference = match raw.reference.as_deref() {
        None => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "ref"));
            ok = false;
            String::new()
        }
        Some(r) if !r.starts_with("https://") || r.contains(char::is_whitespace) => {
            check.error(&at("ref"), Msg::new("content-err-bad-ref").arg("ref", r));
            ok = false;
            r.to_owned()
        }
        Some(r) => r.to_owned(),
    };
    if !reference.is_empty() && !reference.contains("aws.amazon.com") {
        check.warn(&at("ref"), Msg::new("content-warn-ref-not-aws"));
    }
    let kind = raw.kind.clone().unwrap_or_default();
    let allowed: &[&str] = match kind.as_str() {
        "card" => CARD_FIELDS,
        "question" => QUESTION_FIELDS,
        "exercise" => EXERCISE_FIELDS,
        "" => {
            check.error(base, Msg::new("content-err-missing-field").arg("field", "kind"));
            return None;
        }
        other => {
            check.error(&at("kind"), Msg::new("content-err-unknown-kind").arg("kind", other));
            return None;
        }
    };
    for field in present_fields(&raw) {
        if !allowed.contains(&field) {
            check.error(
                &at(field),
                Msg::new("content-err-field-not-for-kind").arg("field", field).arg("kind", kind.clone()),
            );
            ok = false;
        }
    }
    let body = match kind.as_str() {
        "card" => {
            let front = check.text_at(|| at("front"), raw.front.as_ref(), true);
            let back = check.text_at(|| at("back"), raw.back.as_ref(), true);
            match (front, back) {
                (Some(front), Some(back)) => Some(Body::Card { front, back }),
                _ => None,
            }
        }
        "question" => check_question(check, base, &raw).map(Body::Question),
        _ => check_exercise(check, base, &raw).map(Body::Exercise),
    };
    let origin = Origin { file: check.file.path.clone(), line };
    let tags = raw.tags.unwrap_or_default();
    match body {
        Some(body) if ok => Some(Item { id, topic, domains, syllabus: points, reference, tags, body, origin }),
        _ => None,
    }
}

fn check_question(check: &mut FileCheck<'_>, base: &[Seg], raw: &RawItem) -> Option<Question> {
    let at = |name: &str| {
        let mut p = base.to_vec();
        p.push(key(name));
        p
    };
    let stem = check.text_at(|| at("stem"), raw.stem.as_ref(), true);
    let explanation = check.text_at(|| at("explanation"), raw.explanation.as_ref(), true);
    let choose = raw.choose.unwrap_or(1) as usize;
    let mut ok = true;
    if choose == 0 {
        check.error(&at("choose"), Msg::new("content-err-choose-zero"));
        ok = false;
    }
    let Some(raw_options) = raw.options.as_ref() else {
        check.error(base, Msg::new("content-err-missing-field").arg("field", "options"));
        return None;
    };
    let mut options = Vec::new();
    for (i, opt) in raw_options.iter().enumerate() {
        let option_at = |field: &str| {
            let mut p = at("options");
            p.push(Seg::Index(i));
            p.push(key(field));
            p
        };
        let RawOption { text, correct, feedback, value } = opt;
        let text = check.text_at(|| option_at("text"), text.as_ref(), true);
        let feedback = feedback.as_ref().and_then(|f| check.text_at(|| option_at("feedback"), Some(f), false));
        match text {
            Some(text) => {
                options.push(QuestionOption {
                    text,
                    correct: correct.unwrap_or(false),
                    feedback,
                    value: value.clone(),
                });
            }
            None => ok = false,
        }
    }
    if raw_options.len() > 6 {
        check.error(&at("options"), Msg::new("content-err-too-many-options").arg("count", raw_options.len()));
        ok = false;
    }
    if raw_options.len() <= choose.max(1) {
        check.error(
            &at("options"),
            Msg::new("content-err-too-few-options").arg("count", raw_options.len()).arg("choose", choose),
        );
        ok = false;
    }
    let correct = raw_options.iter().filter(|o| o.correct == Some(true)).count();
    if choose > 0 && correct != choose {
        let path = if raw.choose.is_some() { at("choose") } else { at("options") };
        check.error(&path, Msg::new("content-err-choose-count").arg("choose", choose).arg("correct", correct));
        ok = false;
    }
    for i in 0..options.len() {
        for j in 0..i {
            if options[i].text.en == options[j].text.en || options[i].text.ko == options[j].text.ko {
                let mut p = at("options");
                p.push(Seg::Index(i));
                check.error(&p, Msg::new("content-err-duplicate-option").arg("first", j + 1).arg("second", i + 1));
                ok = false;
            }
        }
    }
    let check_spec = raw.check.as_ref().and_then(|c| {
        let pos = check.locator.find(&at("check"));
        match (&c.calc, &c.result) {
            (Some(calc), Some(result)) if !calc.is_empty() => Some(Check {
                calc: calc.clone(),
                files: c.files.clone().unwrap_or_default(),
                result: result.clone(),
                pos: (pos.line, pos.col),
            }),
            _ => {
                check.error(
                    &at("check"),
                    Msg::new("content-err-missing-field").arg("field", "check.calc, check.result"),
                );
                ok = false;
                None
            }
        }
    });
    if check_spec.is_some() && !options.iter().any(|o| o.value.is_some()) {
        check.error(&at("check"), Msg::new("content-err-missing-field").arg("field", "options[].value"));
        ok = false;
    }
    match (stem, explanation) {
        (Some(stem), Some(explanation)) if ok => {
            Some(Question { stem, choose, options, explanation, check: check_spec })
        }
        _ => None,
    }
}

fn check_exercise(check: &mut FileCheck<'_>, base: &[Seg], raw: &RawItem) -> Option<Exercise> {
    let at = |name: &str| {
        let mut p = base.to_vec();
        p.push(key(name));
        p
    };
    let prompt = check.text_at(|| at("prompt"), raw.prompt.as_ref(), true);
    let params = raw.params.clone().unwrap_or_default();
    let Some(name) = raw.template.as_deref() else {
        check.error(base, Msg::new("content-err-missing-field").arg("field", "template"));
        return None;
    };
    let Some(template) = crate::exercise::template(name) else {
        let known = crate::exercise::template_ids().join(", ");
        check
            .error(&at("template"), Msg::new("content-err-unknown-template").arg("template", name).arg("known", known));
        return None;
    };
    let mut ok = true;
    if let Err(msg) = template.check_params(&params) {
        check.error(&at("params"), Msg::new("content-err-template-params").arg("template", name).arg("detail", msg));
        ok = false;
    }
    if let Some(prompt) = &prompt {
        for (lang, text) in [("en", &prompt.en), ("ko", &prompt.ko)] {
            for placeholder in crate::exercise::placeholders_in(text) {
                if !template.placeholders().contains(&placeholder.as_str()) {
                    let mut p = at("prompt");
                    p.push(key(lang));
                    let known = template.placeholders().join(", ");
                    check.error(
                        &p,
                        Msg::new("content-err-unknown-placeholder")
                            .arg("name", placeholder)
                            .arg("template", name)
                            .arg("known", known),
                    );
                    ok = false;
                }
            }
        }
    }
    match prompt {
        Some(prompt) if ok => Some(Exercise { template: name.to_owned(), params, prompt }),
        _ => None,
    }
}
