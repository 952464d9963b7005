//! Wildcard matching for IAM actions and resources: `*` matches any run of characters (none
//! included, and across `:` and `/`), `?` exactly one; every other character, `.` included, is
//! literal.

/// One element of a compiled pattern: a literal character or a wildcard. Policy variables compile
/// to literals, so `${*}` (or a substituted value holding `*`) never acts as a wildcard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// Exactly this character.
    Lit(char),
    /// `*`: any run of characters.
    Star,
    /// `?`: exactly one character.
    One,
}

/// Compiles plain policy text: `*` and `?` are wildcards, everything else literal.
pub fn compile(pattern: &str) -> Vec<Tok> {
    pattern
        .chars()
        .map(|c| match c {
            '*' => Tok::Star,
            '?' => Tok::One,
            c => Tok::Lit(c),
        })
        .collect()
}

/// The text of a compiled pattern with wildcards written back as `*` / `?` (for the operators that
/// compare exactly, where a `*` is just a character).
pub fn literal_text(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::One => '?',
        })
        .collect()
}

/// True when `text` matches `pattern`. Case-sensitive; callers lower-case both sides for actions.
pub fn glob(pattern: &str, text: &str) -> bool {
    glob_toks(&compile(pattern), text)
}

/// True when `text` matches the compiled pattern.
pub fn glob_toks(p: &[Tok], text: &str) -> bool {
    let t: Vec<char> = text.chars().collect();
    // Iterative matcher with one backtrack point: linear in practice and never recursive, so a
    // hostile pattern cannot blow the stack.
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == Tok::One || p[pi] == Tok::Lit(t[ti])) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == Tok::Star {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == Tok::Star)
}

/// Action matching: AWS compares action names case-insensitively.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    glob(&pattern.to_lowercase(), &action.to_lowercase())
}

/// Resource matching: ARNs are compared case-sensitively.
pub fn resource_matches(pattern: &str, resource: &str) -> bool {
    glob(pattern, resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_and_question_mark() {
        assert!(glob("*", ""));
        assert!(glob("a*", "a"));
        assert!(glob("a*c", "abbbc"));
        assert!(glob("f?.txt", "f1.txt"));
        assert!(!glob("f?.txt", "f12.txt"));
        assert!(!glob("f?.txt", "f.txt"));
        assert!(glob("arn:aws:s3:::bkt/*", "arn:aws:s3:::bkt/a/b/c"));
        assert!(glob("arn:aws:ec2:*", "arn:aws:ec2:us-east-1:123:instance/i-1"));
        assert!(glob("*a*b*", "xxaxxbxx"));
        assert!(!glob("*a*b*", "xxbxxaxx"));
    }

    #[test]
    fn dot_is_literal_and_case_rules() {
        assert!(!glob("a.txt", "aXtxt"));
        assert!(!resource_matches("arn:aws:s3:::bkt/*", "arn:aws:s3:::BKT/a.txt"));
        assert!(action_matches("s3:GetObject", "S3:getobject"));
        assert!(action_matches("s3:Get*", "s3:getobjectacl"));
        assert!(!action_matches("s3:Get*", "s3:PutObject"));
    }
}
