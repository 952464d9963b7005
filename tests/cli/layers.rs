//! The layers of docs/architecture.md, enforced: no module under `src/` names a module of a
//! higher layer through `crate::`.

use std::path::Path;

/// Each top-level module and its layer; higher layers may use lower ones, never the reverse.
const LAYERS: &[(&str, u8)] = &[
    ("explain", 0),
    ("i18n", 0),
    ("model", 1),
    ("content", 2),
    ("exercise", 2),
    ("srs", 2),
    ("store", 2),
    ("session", 3),
    ("exam", 3),
    ("quiz", 3),
    ("cohort", 3),
    ("sync", 3),
    ("ui", 4),
    ("app", 5),
    ("cli", 5),
    ("commands", 5),
    ("context", 5),
    ("help", 5),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|&(_, l)| l)
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn imports_run_down_the_layers_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let own = rel.iter().next().unwrap().to_string_lossy().trim_end_matches(".rs").to_owned();
        if own == "main" || own == "lib" {
            continue;
        }
        let Some(own_layer) = layer(&own) else {
            problems.push(format!(
                "{}: module `{own}` has no layer in tests/cli/layers.rs and docs/architecture.md",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("crate::") {
            let used: String = text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if let Some(used_layer) = layer(&used)
                && used_layer > own_layer
            {
                let line = text[..at].lines().count();
                problems.push(format!(
                    "{}:{line}: `{own}` (layer {own_layer}) uses `{used}` (layer {used_layer})",
                    rel.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "imports that run up the layers:\n{}", problems.join("\n"));
}
