//! Wildcard matching for IAM actions and resources: `*` matches any run of characters (none
//! included, and across `:` and `/`), `?` exactly one; every other character, `.` included, is
//! literal.

/// True when `text` matches `pattern`. Case-sensitive; callers lower-case both sides for actions.
pub fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Iterative matcher with one backtrack point: linear in practice and never recursive, so a
    // hostile pattern cannot blow the stack.
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
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
    p[pi..].iter().all(|&c| c == '*')
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
