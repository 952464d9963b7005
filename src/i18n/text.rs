//! Text written in both languages, as content and exports carry it.

use serde::Serialize;

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Text {
    /// English.
    pub en: String,
    /// Korean.
    pub ko: String,
}

impl Text {
    /// Builds a text from its two languages.
    pub fn new(en: impl Into<String>, ko: impl Into<String>) -> Self {
        Text { en: en.into(), ko: ko.into() }
    }
}
