//! The request context: condition keys (names ignore case) with one value, or several for a
//! multivalued key such as `aws:TagKeys`.

use std::collections::BTreeMap;

/// Keys as first written, each with its values in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    entries: BTreeMap<String, Vec<String>>,
}

impl Context {
    fn key_of(&self, key: &str) -> Option<&String> {
        self.entries.keys().find(|k| k.eq_ignore_ascii_case(key))
    }

    /// Adds a value to `key` (a repeated key becomes multivalued).
    pub fn push(&mut self, key: &str, value: &str) {
        let name = self.key_of(key).cloned().unwrap_or_else(|| key.to_owned());
        self.entries.entry(name).or_default().push(value.to_owned());
    }

    /// Sets `key` to the single `value`, replacing what it had.
    pub fn insert(&mut self, key: &str, value: &str) {
        if let Some(name) = self.key_of(key).cloned() {
            self.entries.remove(&name);
        }
        self.entries.insert(key.to_owned(), vec![value.to_owned()]);
    }

    /// Sets `key` only when the request does not already carry it.
    pub fn insert_missing(&mut self, key: &str, value: &str) -> bool {
        if self.key_of(key).is_some() {
            return false;
        }
        self.entries.insert(key.to_owned(), vec![value.to_owned()]);
        true
    }

    /// The values of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&[String]> {
        self.key_of(key).and_then(|k| self.entries.get(k)).map(Vec::as_slice)
    }

    /// Every key with its values.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Vec<String>)> {
        self.entries.iter()
    }

    /// No keys at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A context of single-valued keys.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Context {
        let mut c = Context::default();
        for (k, v) in pairs {
            c.push(k, v);
        }
        c
    }
}
