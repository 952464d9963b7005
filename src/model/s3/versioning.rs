//! S3 bucket versioning: Unversioned → Enabled ↔ Suspended (never back), null versions, delete
//! markers, and the status each request gets. Version ids are `v1`, `v2`, … in the order the
//! bucket creates them (objects and delete markers alike); null versions are `null`.

use std::collections::BTreeMap;

use crate::explain::{Msg, Step};

/// The version id of a null version.
pub const NULL_ID: &str = "null";

/// A bucket's versioning state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versioning {
    /// Never enabled (the default).
    Unversioned,
    /// Versioning on.
    Enabled,
    /// Versioning suspended (it was set before).
    Suspended,
}

impl Versioning {
    /// As written in the contract and in `PutBucketVersioning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Versioning::Unversioned => "Unversioned",
            Versioning::Enabled => "Enabled",
            Versioning::Suspended => "Suspended",
        }
    }
}

/// One version (or delete marker) of a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// `vN` or `null`.
    pub id: String,
    /// A delete marker holds no data.
    pub delete_marker: bool,
}

/// An operation on the bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `PutBucketVersioning` (`Enabled` or `Suspended` only).
    SetVersioning(Versioning),
    /// PUT an object.
    Put(String),
    /// DELETE, optionally naming a version id.
    Delete(String, Option<String>),
    /// GET, optionally naming a version id.
    Get(String, Option<String>),
}

/// A malformed operation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not an operation; accepted: versioning Enabled|Suspended, put KEY, delete KEY [VERSION_ID], get KEY [VERSION_ID]"
)]
pub struct OpError(pub String);

impl Op {
    /// Parses `versioning Enabled|Suspended`, `put KEY`, `delete KEY [ID]`, `get KEY [ID]`.
    /// Verbs ignore case; the versioning status is case-sensitive, as in the API.
    pub fn parse(text: &str) -> Result<Op, OpError> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let err = || OpError(text.to_owned());
        let verb = words.first().ok_or_else(err)?.to_ascii_lowercase();
        match (verb.as_str(), &words[1..]) {
            ("versioning", ["Enabled"]) => Ok(Op::SetVersioning(Versioning::Enabled)),
            ("versioning", ["Suspended"]) => Ok(Op::SetVersioning(Versioning::Suspended)),
            ("put", [key]) => Ok(Op::Put((*key).to_owned())),
            ("delete", [key]) => Ok(Op::Delete((*key).to_owned(), None)),
            ("delete", [key, id]) => Ok(Op::Delete((*key).to_owned(), Some((*id).to_owned()))),
            ("get", [key]) => Ok(Op::Get((*key).to_owned(), None)),
            ("get", [key, id]) => Ok(Op::Get((*key).to_owned(), Some((*id).to_owned()))),
            _ => Err(err()),
        }
    }

    /// The operation in the same grammar `parse` reads.
    pub fn text(&self) -> String {
        match self {
            Op::SetVersioning(v) => format!("versioning {}", v.as_str()),
            Op::Put(k) => format!("put {k}"),
            Op::Delete(k, None) => format!("delete {k}"),
            Op::Delete(k, Some(id)) => format!("delete {k} {id}"),
            Op::Get(k, None) => format!("get {k}"),
            Op::Get(k, Some(id)) => format!("get {k} {id}"),
        }
    }
}

/// What a request returned.
#[derive(Debug, Clone, PartialEq)]
pub struct OpResult {
    /// The operation as text.
    pub op: String,
    /// HTTP status.
    pub status: u16,
    /// `x-amz-version-id`, where the model reports one.
    pub version_id: Option<String>,
    /// `x-amz-delete-marker: true`.
    pub delete_marker: bool,
    /// The explanation.
    pub steps: Vec<Step>,
}

/// A bucket: versions per key, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// Current versioning state.
    pub versioning: Versioning,
    /// Versions per key, newest first; keys with none are removed.
    pub keys: BTreeMap<String, Vec<Version>>,
    next: u32,
}

impl Default for Bucket {
    fn default() -> Self {
        Bucket::new()
    }
}

fn fact(id: &'static str) -> Msg {
    Msg::new(id)
}

impl Bucket {
    /// A new, unversioned, empty bucket.
    pub fn new() -> Self {
        Bucket { versioning: Versioning::Unversioned, keys: BTreeMap::new(), next: 1 }
    }

    fn new_id(&mut self) -> String {
        let id = format!("v{}", self.next);
        self.next += 1;
        id
    }

    /// The versions of `key`, newest first (empty if none).
    pub fn versions(&self, key: &str) -> &[Version] {
        self.keys.get(key).map_or(&[], Vec::as_slice)
    }

    /// Total versions and delete markers over all keys.
    pub fn total(&self) -> usize {
        self.keys.values().map(Vec::len).sum()
    }

    fn list(&mut self, key: &str) -> &mut Vec<Version> {
        self.keys.entry(key.to_owned()).or_default()
    }

    fn tidy(&mut self, key: &str) {
        if self.keys.get(key).is_some_and(Vec::is_empty) {
            self.keys.remove(key);
        }
    }

    /// Runs one operation.
    pub fn apply(&mut self, op: &Op) -> OpResult {
        let mut result =
            OpResult { op: op.text(), status: 200, version_id: None, delete_marker: false, steps: Vec::new() };
        let state = self.versioning;
        match op {
            Op::SetVersioning(to) => {
                self.versioning = *to;
                let id =
                    if state == Versioning::Unversioned { "s3-step-versioning-first" } else { "s3-step-versioning" };
                result.steps.push(Step::fact(fact(id).arg("from", state.as_str()).arg("to", to.as_str())));
            }
            Op::Put(key) => {
                let id = if state == Versioning::Enabled { self.new_id() } else { NULL_ID.to_owned() };
                let list = self.list(key);
                let replaced = state != Versioning::Enabled && list.iter().any(|v| v.id == NULL_ID);
                if state != Versioning::Enabled {
                    list.retain(|v| v.id != NULL_ID);
                }
                list.insert(0, Version { id: id.clone(), delete_marker: false });
                let msg = match (state, replaced) {
                    (Versioning::Enabled, _) => "s3-step-put-enabled",
                    (Versioning::Unversioned, true) => "s3-step-put-unversioned-replace",
                    (Versioning::Unversioned, false) => "s3-step-put-unversioned",
                    (Versioning::Suspended, true) => "s3-step-put-suspended-replace",
                    (Versioning::Suspended, false) => "s3-step-put-suspended",
                };
                result.steps.push(Step::fact(fact(msg).arg("key", key.as_str()).arg("version", id.as_str())));
                result.version_id = Some(id);
            }
            Op::Delete(key, None) => {
                result.status = 204;
                match state {
                    Versioning::Unversioned => {
                        let existed = !self.versions(key).is_empty();
                        self.keys.remove(key);
                        let msg =
                            if existed { "s3-step-delete-unversioned" } else { "s3-step-delete-unversioned-absent" };
                        result.steps.push(Step::fact(fact(msg).arg("key", key.as_str())));
                    }
                    Versioning::Enabled => {
                        let id = self.new_id();
                        let list = self.list(key);
                        let on_marker = list.first().is_some_and(|v| v.delete_marker);
                        list.insert(0, Version { id: id.clone(), delete_marker: true });
                        let msg = if on_marker { "s3-step-delete-enabled-again" } else { "s3-step-delete-enabled" };
                        result.steps.push(Step::fact(fact(msg).arg("key", key.as_str()).arg("version", id.as_str())));
                        result.version_id = Some(id);
                        result.delete_marker = true;
                    }
                    Versioning::Suspended => {
                        let list = self.list(key);
                        let had_null = list.iter().any(|v| v.id == NULL_ID);
                        list.retain(|v| v.id != NULL_ID);
                        list.insert(0, Version { id: NULL_ID.to_owned(), delete_marker: true });
                        let msg =
                            if had_null { "s3-step-delete-suspended-replace" } else { "s3-step-delete-suspended" };
                        result.steps.push(Step::fact(fact(msg).arg("key", key.as_str())));
                        result.version_id = Some(NULL_ID.to_owned());
                        result.delete_marker = true;
                    }
                }
            }
            Op::Delete(key, Some(id)) => {
                result.status = 204;
                result.version_id = Some(id.clone());
                let list = self.list(key);
                if let Some(pos) = list.iter().position(|v| &v.id == id) {
                    let removed = list.remove(pos);
                    result.delete_marker = removed.delete_marker;
                    let next = match list.first() {
                        Some(v) if v.delete_marker => Msg::new("s3-current-marker").arg("version", v.id.as_str()),
                        Some(v) => Msg::new("s3-current-object").arg("version", v.id.as_str()),
                        None => Msg::new("s3-current-none"),
                    };
                    let msg =
                        if removed.delete_marker { "s3-step-delete-version-marker" } else { "s3-step-delete-version" };
                    result.steps.push(Step::fact(
                        fact(msg).arg("key", key.as_str()).arg("version", id.as_str()).arg("current", next),
                    ));
                } else {
                    // AWS documents no status for a version id that does not exist; DELETE is
                    // idempotent elsewhere in S3, so the model answers 204 and says so.
                    result.steps.push(Step::convention(
                        fact("s3-conv-delete-missing-version").arg("key", key.as_str()).arg("version", id.as_str()),
                    ));
                }
                if state == Versioning::Unversioned {
                    result.steps.push(Step::convention(fact("s3-conv-version-id-unversioned")));
                }
                self.tidy(key);
            }
            Op::Get(key, None) => match self.versions(key).first() {
                None => {
                    result.status = 404;
                    result.steps.push(Step::fact(fact("s3-step-get-none").arg("key", key.as_str())));
                }
                Some(v) if v.delete_marker => {
                    result.status = 404;
                    result.delete_marker = true;
                    result.steps.push(Step::fact(
                        fact("s3-step-get-marker").arg("key", key.as_str()).arg("version", v.id.as_str()),
                    ));
                }
                Some(v) => {
                    result.version_id = Some(v.id.clone());
                    result.steps.push(Step::fact(
                        fact("s3-step-get-current").arg("key", key.as_str()).arg("version", v.id.as_str()),
                    ));
                }
            },
            Op::Get(key, Some(id)) => match self.versions(key).iter().find(|v| &v.id == id) {
                None => {
                    result.status = 404;
                    result.steps.push(Step::fact(
                        fact("s3-step-get-version-none").arg("key", key.as_str()).arg("version", id.as_str()),
                    ));
                }
                Some(v) if v.delete_marker => {
                    result.status = 405;
                    result.delete_marker = true;
                    result.version_id = Some(id.clone());
                    result.steps.push(Step::fact(
                        fact("s3-step-get-version-marker").arg("key", key.as_str()).arg("version", id.as_str()),
                    ));
                }
                Some(_) => {
                    result.version_id = Some(id.clone());
                    result.steps.push(Step::fact(
                        fact("s3-step-get-version").arg("key", key.as_str()).arg("version", id.as_str()),
                    ));
                }
            },
        }
        self.tidy_all();
        result
    }

    fn tidy_all(&mut self) {
        self.keys.retain(|_, list| !list.is_empty());
    }
}

/// Runs `ops` in order on a new bucket.
pub fn run(ops: &[Op]) -> (Bucket, Vec<OpResult>) {
    let mut bucket = Bucket::new();
    let results = ops.iter().map(|op| bucket.apply(op)).collect();
    (bucket, results)
}

#[cfg(test)]
#[path = "versioning_tests.rs"]
mod tests;
