//! The bank: YAML content loaded, validated and indexed. See `docs/content-format.md`.

pub mod domains;
mod fast;
pub mod locate;
mod raw;
pub mod search;
pub mod syllabus;
mod validate;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use serde::Serialize;

pub use domains::{Exam, TaskRef};
pub use syllabus::Syllabus;
pub(crate) use validate::check_inline_item;
pub use validate::{Diagnostic, Severity};

use crate::explain::Msg;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// The schema version this binary reads.
pub const SCHEMA_VERSION: u64 = 1;

pub use crate::i18n::Text;

/// One answer option of a question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionOption {
    /// The option text.
    pub text: Text,
    /// Whether choosing it is right.
    pub correct: bool,
    /// Why this option is right or wrong, where that teaches something.
    pub feedback: Option<Text>,
    /// What the model's result must be for this option to be keyed (`check:`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}

/// A model check of a question's key: a calculator run and a pointer into its JSON result.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// argv after `awsdrill calc`, without `--json`.
    pub calc: Vec<String>,
    /// Inline contents of files the argv names.
    pub files: BTreeMap<String, String>,
    /// JSON pointer into the calculator's `--json` output.
    pub result: String,
    /// Where `check:` was written (line, column), for diagnostics.
    #[serde(skip)]
    pub pos: (usize, usize),
}

// The position is where it was read, not what it checks (the embedded fast path has none).
impl PartialEq for Check {
    fn eq(&self, other: &Self) -> bool {
        (&self.calc, &self.files, &self.result) == (&other.calc, &other.files, &other.result)
    }
}

/// Runs a calculator in-process; implemented by the commands layer (content must not import it).
pub trait CalcRunner {
    /// The calculator's `--json` value for `argv`, reading named files from `files`.
    ///
    /// # Errors
    /// The calculator's error message (bad arguments, unknown file, model error).
    fn run(&self, argv: &[String], files: &BTreeMap<String, String>) -> Result<serde_json::Value, String>;
}

/// A multiple-choice question: single answer, or "choose N" (all-or-nothing).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The question.
    pub stem: Text,
    /// How many options must be chosen (1 = single answer).
    pub choose: usize,
    /// The options in authored order.
    pub options: Vec<QuestionOption>,
    /// Shown after the answer.
    pub explanation: Text,
    /// Model check of the key, when the answer can be computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
}

impl Question {
    /// Indexes of the correct options, ascending.
    pub fn correct(&self) -> Vec<usize> {
        self.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect()
    }
}

/// Template parameters of an exercise, as written in YAML.
pub type Params = BTreeMap<String, serde_yaml::Value>;

/// An exercise: a template over the service model with a prompt that has `{placeholders}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exercise {
    /// The template id (`subnet.usable`).
    pub template: String,
    /// Template parameters.
    pub params: Params,
    /// The prompt with placeholders.
    pub prompt: Text,
}

/// What an item is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Body {
    /// A concept card rated by the learner.
    Card {
        /// Prompt side.
        front: Text,
        /// Answer side.
        back: Text,
    },
    /// A graded question.
    Question(Question),
    /// A computed exercise.
    Exercise(Exercise),
}

/// One item of the bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Stable id; progress is keyed by it.
    pub id: String,
    /// Syllabus topic id.
    pub topic: String,
    /// Exam task statements.
    pub domains: Vec<TaskRef>,
    /// Syllabus point ids.
    pub syllabus: Vec<String>,
    /// AWS documentation URL.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// The content.
    #[serde(flatten)]
    pub body: Body,
    /// Where it was written.
    #[serde(skip)]
    pub origin: Origin,
}

/// Source file and line of an item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// File path relative to the content root.
    pub file: String,
    /// 1-based line of the item.
    pub line: usize,
}

impl Item {
    /// `card`, `question` or `exercise`.
    pub fn kind(&self) -> &'static str {
        match self.body {
            Body::Card { .. } => "card",
            Body::Question(_) => "question",
            Body::Exercise(_) => "exercise",
        }
    }

    /// A one-line title in the given texts: the card front, the question stem or the prompt.
    pub fn title(&self) -> &Text {
        match &self.body {
            Body::Card { front, .. } => front,
            Body::Question(q) => &q.stem,
            Body::Exercise(e) => &e.prompt,
        }
    }

    /// Whether the item belongs to `exam`.
    pub fn in_exam(&self, exam: Exam) -> bool {
        self.domains.iter().any(|d| d.exam == exam)
    }
}

/// Where the content was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    /// The bank built into the binary.
    Embedded,
    /// A folder given by an author.
    Dir(PathBuf),
}

/// The validated bank.
#[derive(Debug, Default)]
pub struct Bank {
    /// Items in file order (files sorted by path).
    pub items: Vec<Item>,
    /// The syllabus the items refer to.
    pub syllabus: Syllabus,
    index: HashMap<String, usize>,
}

impl Bank {
    /// The item with this id.
    pub fn get(&self, id: &str) -> Option<&Item> {
        self.index.get(id).map(|&i| &self.items[i])
    }

    /// Position of the item in `items`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Topic ids that have at least one item, in syllabus order.
    pub fn topics(&self) -> Vec<&str> {
        self.syllabus
            .topics
            .iter()
            .map(|t| t.id.as_str())
            .filter(|t| self.items.iter().any(|i| i.topic == *t))
            .collect()
    }

    /// This bank plus `extra` items (a quiz file's own items; their ids were checked not to collide).
    #[must_use]
    pub fn with_extra(&self, extra: &[Item]) -> Bank {
        let mut items = self.items.clone();
        items.extend_from_slice(extra);
        Bank::from_items(items, self.syllabus.clone())
    }

    fn from_items(items: Vec<Item>, syllabus: Syllabus) -> Self {
        let index = items.iter().enumerate().map(|(i, item)| (item.id.clone(), i)).collect();
        Bank { items, syllabus, index }
    }
}

/// Why content could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The folder cannot be read.
    #[error("cannot read content folder {path}: {source}")]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The content has problems; `content validate` lists them.
    #[error("the content has {} problem(s)", .0.len())]
    Invalid(Vec<Diagnostic>),
}

/// A content file in memory: its path relative to the root, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative path with `/` separators.
    pub path: String,
    /// File text.
    pub text: String,
}

/// Reads every `.yaml` file of the content, sorted by path.
pub fn read_sources(source: &ContentSource) -> Result<Vec<SourceFile>, LoadError> {
    let mut files = Vec::new();
    match source {
        ContentSource::Embedded => collect_embedded(&EMBEDDED, &mut files),
        ContentSource::Dir(root) => collect_dir(root, root, &mut files)?,
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn is_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

fn count_embedded(dir: &Dir<'static>, count: &mut usize) {
    *count += dir.files().filter(|f| is_yaml(f.path())).count();
    for sub in dir.dirs() {
        count_embedded(sub, count);
    }
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<SourceFile>) {
    for file in dir.files() {
        if is_yaml(file.path())
            && let (Some(path), Some(text)) = (file.path().to_str(), file.contents_utf8())
        {
            out.push(SourceFile { path: path.replace('\\', "/"), text: text.to_owned() });
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn collect_dir(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) -> Result<(), LoadError> {
    fn io(path: &Path) -> impl Fn(std::io::Error) -> LoadError + '_ {
        move |source| LoadError::Io { path: path.to_owned(), source }
    }
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let path = entry.path();
        if path.is_dir() {
            collect_dir(root, &path, out)?;
        } else if is_yaml(&path) {
            let text = std::fs::read_to_string(&path).map_err(io(&path))?;
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push(SourceFile { path: rel, text });
        }
    }
    Ok(())
}

/// A reader of the other files a content folder holds (exam blueprints, quiz files). Each lives
/// with its journey; the validator calls the ones it is given, so their problems join one report
/// without `content` reaching up into the journeys.
pub type FileCheck = fn(&[SourceFile], &Bank, &mut Vec<Diagnostic>);

/// Loads and validates the bank's own files; any error-level diagnostic makes it `Invalid`.
pub fn load(source: &ContentSource) -> Result<Bank, LoadError> {
    load_with(source, &[])
}

/// Loads content and also runs `file_checks` over the folder's other files.
pub fn load_with(source: &ContentSource, file_checks: &[FileCheck]) -> Result<Bank, LoadError> {
    if *source == ContentSource::Embedded {
        let mut count = 0;
        count_embedded(&EMBEDDED, &mut count);
        // Shipped blueprints and quizzes are proven valid by the test suite, not at every start.
        if let Some(bank) = fast::load_embedded(count) {
            return Ok(bank);
        }
    }
    let files = read_sources(source)?;
    let (bank, diagnostics) = validate::check(&files, file_checks);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(LoadError::Invalid(diagnostics));
    }
    Ok(bank)
}

/// Validates content and returns every diagnostic, for `content validate`.
pub fn validate_all(source: &ContentSource, file_checks: &[FileCheck]) -> Result<(Bank, Vec<Diagnostic>), LoadError> {
    let files = read_sources(source)?;
    Ok(validate::check(&files, file_checks))
}

/// Validates in-memory files (tests, and authors' tools).
pub fn check_files(files: &[SourceFile]) -> (Bank, Vec<Diagnostic>) {
    validate::check(files, &[])
}

/// Runs every question's `check:` and reports, at the check's position, a keyed option the model
/// does not select, an unkeyed one it does, a calculator error or a pointer that finds nothing.
pub fn run_checks(bank: &Bank, runner: &dyn CalcRunner) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &bank.items {
        let Body::Question(q) = &item.body else { continue };
        let Some(check) = &q.check else { continue };
        let mut fail = |msg: Msg| {
            out.push(Diagnostic {
                file: item.origin.file.clone(),
                line: check.pos.0,
                col: check.pos.1,
                severity: Severity::Error,
                msg: msg.arg("id", item.id.as_str()),
            });
        };
        let value = match runner.run(&check.calc, &check.files) {
            Ok(v) => v,
            Err(e) => {
                fail(Msg::new("check-err-calc").arg("detail", e));
                continue;
            }
        };
        let Some(result) = value.pointer(&check.result) else {
            fail(Msg::new("check-err-pointer").arg("pointer", check.result.as_str()));
            continue;
        };
        for (i, opt) in q.options.iter().enumerate() {
            let Some(v) = &opt.value else { continue };
            let selected = if q.choose > 1 {
                if let Some(list) = result.as_array() {
                    list.contains(v)
                } else {
                    fail(Msg::new("check-err-type").arg("option", i + 1).arg("result", result.to_string()));
                    continue;
                }
            } else {
                if std::mem::discriminant(v) != std::mem::discriminant(result) && !(v.is_number() && result.is_number())
                {
                    fail(Msg::new("check-err-type").arg("option", i + 1).arg("result", result.to_string()));
                    continue;
                }
                v == result
            };
            if selected != opt.correct {
                let id = if opt.correct { "check-err-keyed-not-selected" } else { "check-err-selected-not-keyed" };
                fail(Msg::new(id).arg("option", i + 1).arg("result", result.to_string()));
            }
        }
        if q.options.iter().filter(|o| o.correct).any(|o| o.value.is_none()) {
            fail(Msg::new("check-err-key-without-value"));
        }
    }
    out
}

/// Message for an item that does not exist, with the nearest ids as hints.
pub fn unknown_item(bank: &Bank, id: &str) -> Msg {
    // Closest first: ids that contain it (or it contains), then those a typo away.
    let mut hints: Vec<(usize, &str)> = bank
        .items
        .iter()
        .map(|i| i.id.as_str())
        .filter_map(|candidate| {
            if candidate.contains(id) || id.contains(candidate) {
                Some((0, candidate))
            } else {
                close(candidate, id).then(|| (edit_distance(candidate, id), candidate))
            }
        })
        .collect();
    hints.sort_unstable();
    let hints: Vec<&str> = hints.into_iter().take(3).map(|(_, h)| h).collect();
    Msg::new("error-unknown-item")
        .arg("id", id)
        .arg("hints", if hints.is_empty() { "-".to_owned() } else { hints.join(", ") })
}

/// A typo away: an edit distance of at most a quarter of the id (and at least 1, at most 4).
fn close(candidate: &str, typed: &str) -> bool {
    let limit = (typed.chars().count() / 4).clamp(1, 4);
    edit_distance(candidate, typed) <= limit
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
