//! Start-up fast path for the embedded bank: the build script turned the YAML into JSON laid out
//! for typed deserialization (no JSON tree is built), and the same item checks run. If anything
//! at all is wrong (which the test suite rules out for shipped content) the caller falls back to
//! the YAML path, so errors are still reported with their positions.

use std::collections::HashSet;

use serde::Deserialize;

use super::locate::{Locator, Seg};
use super::raw::RawItem;
use super::validate::{FileCheck, check_item};
use super::{Bank, SourceFile, Syllabus};

static CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

#[derive(Deserialize)]
struct Embedded {
    files: usize,
    syllabus: Syllabus,
    bank: Vec<(String, EmbeddedFile)>,
}

#[derive(Deserialize)]
struct EmbeddedFile {
    items: Vec<RawItem>,
}

/// The embedded bank, or `None` when the JSON copy is incomplete or any item has a problem.
pub(super) fn load_embedded(expected_files: usize) -> Option<Bank> {
    let embedded: Embedded = serde_json::from_str(CONTENT_JSON).ok()?;
    if embedded.files != expected_files {
        return None;
    }
    let syllabus = embedded.syllabus;
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (path, file) in embedded.bank {
        let file_ref = SourceFile { path, text: String::new() };
        let mut check = FileCheck { file: &file_ref, locator: Locator::new(""), out: &mut out };
        for (index, raw) in file.items.into_iter().enumerate() {
            let base = [Seg::Key("items".to_owned()), Seg::Index(index)];
            let item = check_item(&mut check, &base, raw, &syllabus, 0)?;
            if !seen.insert(item.id.clone()) {
                return None;
            }
            items.push(item);
        }
        if check.out.iter().any(|d| d.severity == super::Severity::Error) {
            return None;
        }
    }
    Some(Bank::from_items(items, syllabus))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_bank_takes_the_fast_path() {
        let mut count = 0;
        super::super::count_embedded(&super::super::EMBEDDED, &mut count);
        assert!(super::load_embedded(count).is_some(), "the embedded JSON copy must load without the YAML fallback");
    }
}
