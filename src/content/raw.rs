//! The YAML shapes as written. Every field is optional here so that the validator, not serde,
//! decides what is missing and can report all of it at once.

use serde::Deserialize;

use super::Params;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub schema_version: Option<serde_yaml::Value>,
    pub items: Option<Vec<serde_yaml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawText {
    pub en: Option<String>,
    pub ko: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOption {
    pub text: Option<RawText>,
    pub correct: Option<bool>,
    pub feedback: Option<RawText>,
    pub value: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCheck {
    pub calc: Option<Vec<String>>,
    pub files: Option<std::collections::BTreeMap<String, String>>,
    pub result: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub domains: Option<Vec<String>>,
    pub syllabus: Option<Vec<String>>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub tags: Option<Vec<String>>,
    // card
    pub front: Option<RawText>,
    pub back: Option<RawText>,
    // question
    pub stem: Option<RawText>,
    pub choose: Option<u32>,
    pub options: Option<Vec<RawOption>>,
    pub explanation: Option<RawText>,
    pub check: Option<RawCheck>,
    // exercise
    pub template: Option<String>,
    pub params: Option<Params>,
    pub prompt: Option<RawText>,
}
