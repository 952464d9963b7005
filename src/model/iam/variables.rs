//! Policy variables (IAM User Guide, "IAM policy elements: Variables and tags"): `${key}` is
//! replaced by the request's value for `key` (names ignore case), `${key, 'default'}` falls back to
//! the quoted text, and `${*}`, `${?}`, `${$}` stand for the literal characters. A variable whose key
//! is absent (or multivalued: only single-valued keys may be variables) and that has no default
//! leaves the element unresolved, which the callers treat as "does not match".
//! Variables exist only in policies with `"Version": "2012-10-17"`; elsewhere `${…}` is plain text.

use super::Context;
use super::pattern::{Tok, compile};

/// Compiles `text` into a pattern, substituting variables when `enabled`. `None`: a variable has
/// no value and no default. Substituted text is literal: it never adds wildcards.
pub fn resolve(text: &str, enabled: bool, context: &Context) -> Option<Vec<Tok>> {
    if !enabled || !text.contains("${") {
        return Some(compile(text));
    }
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.extend(compile(&rest[..start]));
        let after = &rest[start + 2..];
        let Some((inner, tail)) = split_variable(after) else {
            // An unterminated `${` is not a variable; the text stays as written.
            out.extend(compile(&rest[start..]));
            return Some(out);
        };
        out.extend(substitute(inner, context)?.chars().map(Tok::Lit));
        rest = tail;
    }
    out.extend(compile(rest));
    Some(out)
}

/// Splits `name, 'default'}tail` at the closing brace, honouring `''` inside the quoted default.
fn split_variable(after: &str) -> Option<(&str, &str)> {
    let mut in_quote = false;
    let bytes = after.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' if in_quote && bytes.get(i + 1) == Some(&b'\'') => i += 1,
            b'\'' => in_quote = !in_quote,
            b'}' if !in_quote => return Some((&after[..i], &after[i + 1..])),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The value of one variable body (`aws:username` or `aws:username, 'x'`).
fn substitute(inner: &str, context: &Context) -> Option<String> {
    let (name, default) = match inner.split_once(',') {
        Some((name, default)) => (name.trim(), parse_default(default.trim())),
        None => (inner.trim(), None),
    };
    match name {
        "*" | "?" | "$" => return Some(name.to_owned()),
        _ => {}
    }
    match context.get(name) {
        Some([single]) => Some(single.clone()),
        _ => default,
    }
}

fn parse_default(text: &str) -> Option<String> {
    let body = text.strip_prefix('\'')?.strip_suffix('\'')?;
    Some(body.replace("''", "'"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::iam::pattern::{glob_toks, literal_text};

    fn ctx(pairs: &[(&str, &[&str])]) -> Context {
        let mut c = Context::default();
        for (k, vs) in pairs {
            for v in *vs {
                c.push(k, v);
            }
        }
        c
    }

    #[test]
    fn substitutes_ignoring_key_case() {
        let c = ctx(&[("aws:username", &["David"])]);
        let p = resolve("arn:aws:s3:::bkt/${AWS:UserName}/*", true, &c).expect("resolves");
        assert!(glob_toks(&p, "arn:aws:s3:::bkt/David/a.txt"));
        assert!(!glob_toks(&p, "arn:aws:s3:::bkt/david/a.txt"));
    }

    #[test]
    fn missing_without_default_is_unresolved_and_default_applies() {
        let c = Context::default();
        assert_eq!(resolve("home/${aws:username}/*", true, &c), None);
        let p = resolve("${aws:PrincipalTag/team, 'company-wide'}", true, &c).expect("default");
        assert_eq!(literal_text(&p), "company-wide");
        let p = resolve("${k, 'it''s'}", true, &c).expect("default");
        assert_eq!(literal_text(&p), "it's");
    }

    #[test]
    fn multivalued_keys_are_not_variables() {
        let c = ctx(&[("aws:TagKeys", &["a", "b"])]);
        assert_eq!(resolve("${aws:TagKeys}", true, &c), None);
    }

    #[test]
    fn escapes_are_literal_and_version_2008_keeps_text() {
        let c = Context::default();
        let p = resolve("a${*}b", true, &c).expect("ok");
        assert!(glob_toks(&p, "a*b"));
        assert!(!glob_toks(&p, "axxb"));
        let p = resolve("${aws:username}", false, &c).expect("literal");
        assert!(glob_toks(&p, "${aws:username}"));
        let c = ctx(&[("aws:username", &["a*"])]);
        let p = resolve("${aws:username}", true, &c).expect("ok");
        assert!(!glob_toks(&p, "abc"), "a substituted * is a literal");
    }
}
