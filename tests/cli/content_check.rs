//! `check:` blocks: `content validate` runs the calculator and fails, naming the item, when the
//! keyed option is not the one the model selects.

use crate::util::{content_sandbox, repo};

/// The shipped vpc bank with `vpc.q.slash24-usable` keyed on 250 instead of the model's 251.
fn rekeyed_vpc_bank() -> String {
    let text = std::fs::read_to_string(repo().join("content/bank/vpc.yaml")).expect("vpc bank");
    let start = text.find("  - id: vpc.q.slash24-usable").expect("item");
    let end = start + text[start..].find("    explanation:").expect("explanation");
    let item = text[start..end]
        .replace("        value: 251\n        correct: true\n", "        value: 251\n")
        .replace("        value: 250\n", "        value: 250\n        correct: true\n");
    assert_ne!(item, text[start..end], "the item must change");
    format!("{}{item}{}", &text[..start], &text[end..])
}

#[test]
fn a_key_the_model_does_not_select_fails_validation_naming_the_item() {
    let (_sandbox, dir) = content_sandbox(&rekeyed_vpc_bank());
    let out = crate::util::run(&["content", "validate", &dir]);
    out.code(1)
        .stdout_has("bank/test.yaml:")
        .stdout_has("vpc.q.slash24-usable: check: option 4 is keyed but the model's result is 251");
}

#[test]
fn a_missing_pointer_and_a_calc_error_are_reported() {
    let text = std::fs::read_to_string(repo().join("content/bank/vpc.yaml")).expect("vpc bank");
    let bad = text.replacen("      result: /usable\n", "      result: /nope\n", 1);
    let (_s, dir) = content_sandbox(&bad);
    crate::util::run(&["content", "validate", &dir]).code(1).stdout_has("result pointer /nope finds nothing");
    let bad = text.replacen("calc: [subnet, \"10.0.5.0/24\"]", "calc: [subnet, \"10.0.5.0/99\"]", 1);
    let (_s, dir) = content_sandbox(&bad);
    crate::util::run(&["content", "validate", &dir]).code(1).stdout_has("check: the calculator failed");
}
