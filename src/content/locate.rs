//! Finds the line and column of a value in block-style YAML by its path (`items[3].options[1].text`).
//!
//! `serde_yaml` reports positions for syntax errors only; after parsing, values no longer know
//! where they came from. Authors still deserve `path:line:col` for every semantic problem, so
//! this walks the source text. It understands block mappings and sequences plus one-line flow
//! mappings (`{en: .., ko: ..}`); anything it cannot follow resolves to the nearest parent found.

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub col: usize,
}

/// The lines of one source file.
pub struct Locator<'a> {
    lines: Vec<&'a str>,
}

/// A region of lines `[start, end)` whose entries sit at `indent` or deeper. `inline` is set when
/// the region is the rest of one line (a flow collection or a scalar after `key:`), from `col`.
#[derive(Debug, Clone, Copy)]
struct Region {
    start: usize,
    end: usize,
    indent: usize,
    inline_col: Option<usize>,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn char_col(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

/// Strips leading `- ` sequence markers, returning the byte offset where the content starts.
fn content_start(line: &str) -> usize {
    let mut at = indent_of(line);
    while line[at..].starts_with("- ") || &line[at..] == "-" {
        at += 1;
        at += line[at..].len() - line[at..].trim_start_matches(' ').len();
    }
    at
}

fn key_at(line: &str, at: usize, key: &str) -> bool {
    let rest = &line[at..];
    let rest = rest.strip_prefix('"').or_else(|| rest.strip_prefix('\'')).unwrap_or(rest);
    rest.strip_prefix(key).is_some_and(|after| {
        let after = after.trim_start_matches(['"', '\'']);
        after.starts_with(':') && (after.len() == 1 || after[1..].starts_with([' ', '\t']))
    })
}

impl<'a> Locator<'a> {
    /// Indexes `source`.
    pub fn new(source: &'a str) -> Self {
        Locator { lines: source.lines().collect() }
    }

    /// The position of the value at `path`, or of the deepest parent that could be found.
    pub fn find(&self, path: &[Seg]) -> Pos {
        let mut region = Region { start: 0, end: self.lines.len(), indent: 0, inline_col: None };
        let mut pos = Pos { line: 1, col: 1 };
        for seg in path {
            let next = match seg {
                Seg::Key(key) => self.find_key(region, key),
                Seg::Index(index) => self.find_index(region, *index),
            };
            match next {
                Some((found, inner)) => {
                    pos = found;
                    region = inner;
                }
                None => break,
            }
        }
        pos
    }

    fn find_key(&self, region: Region, key: &str) -> Option<(Pos, Region)> {
        if let Some(col) = region.inline_col {
            let line = self.lines[region.start];
            let needle_at = line[col..].find(&format!("{key}:")).map(|i| i + col)?;
            let pos = Pos { line: region.start + 1, col: char_col(line, needle_at) };
            let value_col = needle_at + key.len() + 1;
            let inner = Region { inline_col: Some(value_col), ..region };
            return Some((pos, inner));
        }
        // Keys of this mapping sit at the shallowest content column found in the region.
        let mut key_indent = None;
        for n in region.start..region.end {
            let line = self.lines[n];
            if is_blank_or_comment(line) {
                continue;
            }
            let at = if n == region.start { content_start(line) } else { indent_of(line) };
            if at < region.indent {
                break;
            }
            let level = *key_indent.get_or_insert(at);
            if at == level && key_at(line, at, key) {
                let end = self.block_end(n + 1, region.end, level, true);
                let value_col = at + line[at..].find(':').unwrap_or(0) + 1;
                let rest = line[value_col..].trim();
                let inner =
                    if rest.is_empty() || rest.starts_with('#') || rest.starts_with('|') || rest.starts_with('>') {
                        Region { start: n + 1, end, indent: level, inline_col: None }
                    } else {
                        Region { start: n, end: n + 1, indent: level, inline_col: Some(value_col) }
                    };
                return Some((Pos { line: n + 1, col: char_col(line, at) }, inner));
            }
        }
        None
    }

    fn find_index(&self, region: Region, index: usize) -> Option<(Pos, Region)> {
        if region.inline_col.is_some() {
            // A flow sequence: point at the line, we do not split it.
            let line = self.lines[region.start];
            return Some((Pos { line: region.start + 1, col: char_col(line, region.inline_col.unwrap_or(0)) }, region));
        }
        let (n, at) = self.entry_lines(region).nth(index)?;
        let line = self.lines[n];
        let end = self.block_end(n + 1, region.end, at, false);
        let start_col = at + 1 + (line[at + 1..].len() - line[at + 1..].trim_start().len());
        let inner = Region { start: n, end, indent: at + 1, inline_col: None };
        Some((Pos { line: n + 1, col: char_col(line, start_col) }, inner))
    }

    /// The (line index, dash column) of each entry of the block sequence in `region`: the `-`
    /// lines at the shallowest dash indentation.
    fn entry_lines(&self, region: Region) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut dash_indent = None;
        (region.start..region.end).filter_map(move |n| {
            let line = self.lines[n];
            if is_blank_or_comment(line) {
                return None;
            }
            let at = indent_of(line);
            if !line[at..].starts_with('-') {
                return None;
            }
            (*dash_indent.get_or_insert(at) == at).then_some((n, at))
        })
    }

    /// The 1-based line of every entry of the block sequence at `path`, in one pass over the
    /// file (calling `find` per entry rescans from the top, quadratic in the file's length).
    pub fn entry_line_numbers(&self, path: &[Seg]) -> Vec<usize> {
        let mut region = Region { start: 0, end: self.lines.len(), indent: 0, inline_col: None };
        for seg in path {
            let next = match seg {
                Seg::Key(key) => self.find_key(region, key),
                Seg::Index(index) => self.find_index(region, *index),
            };
            match next {
                Some((_, inner)) => region = inner,
                None => return Vec::new(),
            }
        }
        if region.inline_col.is_some() {
            return Vec::new();
        }
        self.entry_lines(region).map(|(n, _)| n + 1).collect()
    }

    /// The first line at or after `from` that is not deeper than `level` (a sibling or parent).
    /// `dash_ok` lets a sequence written at the key's own indentation (`items:` then `- id:`)
    /// belong to the key.
    fn block_end(&self, from: usize, limit: usize, level: usize, dash_ok: bool) -> usize {
        for n in from..limit {
            let line = self.lines[n];
            if is_blank_or_comment(line) {
                continue;
            }
            let indent = indent_of(line);
            let continues = indent > level || (dash_ok && indent == level && line[indent..].starts_with('-'));
            if !continues {
                return n;
            }
        }
        limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "schema_version: 1
items:
  - id: first
    kind: card
    front:
      en: Hello
      ko: 안녕
  - id: second
    kind: question
    stem: {en: What, ko: 무엇}
    options:
      - text: {en: A, ko: 가}
        correct: true
      - text:
          en: B
          ko: 나
        feedback: {en: no, ko: 아니요}
";

    fn at(path: &[Seg]) -> (usize, usize) {
        let pos = Locator::new(SRC).find(path);
        (pos.line, pos.col)
    }

    fn k(s: &str) -> Seg {
        Seg::Key(s.to_owned())
    }

    #[test]
    fn finds_items_and_nested_keys() {
        assert_eq!(at(&[k("items")]), (2, 1));
        assert_eq!(at(&[k("items"), Seg::Index(0)]), (3, 5));
        assert_eq!(at(&[k("items"), Seg::Index(1), k("kind")]), (9, 5));
        assert_eq!(at(&[k("items"), Seg::Index(0), k("front"), k("ko")]), (7, 7));
        assert_eq!(at(&[k("items"), Seg::Index(1), k("id")]), (8, 5));
    }

    #[test]
    fn finds_keys_inside_flow_mappings() {
        assert_eq!(at(&[k("items"), Seg::Index(1), k("stem"), k("ko")]), (10, 22));
        assert_eq!(at(&[k("items"), Seg::Index(1), k("options"), Seg::Index(1), k("feedback")]), (17, 9));
        assert_eq!(at(&[k("items"), Seg::Index(1), k("options"), Seg::Index(1), k("text"), k("ko")]), (16, 11));
        assert_eq!(at(&[k("items"), Seg::Index(1), k("options"), Seg::Index(0), k("correct")]), (13, 9));
    }

    #[test]
    fn entry_lines_match_find() {
        let locator = Locator::new(SRC);
        assert_eq!(locator.entry_line_numbers(&[k("items")]), vec![3, 8]);
        assert_eq!(locator.entry_line_numbers(&[k("items"), Seg::Index(1), k("options")]), vec![12, 14]);
        assert!(locator.entry_line_numbers(&[k("nothing")]).is_empty());
        for (i, line) in locator.entry_line_numbers(&[k("items")]).into_iter().enumerate() {
            assert_eq!(locator.find(&[k("items"), Seg::Index(i)]).line, line);
        }
    }

    #[test]
    fn missing_paths_fall_back_to_the_deepest_parent() {
        assert_eq!(at(&[k("items"), Seg::Index(0), k("back")]), (3, 5));
        assert_eq!(at(&[k("nothing")]), (1, 1));
    }
}
