//! Rebuilds when embedded content or messages change (`include_dir!` does not track files), and
//! converts the embedded YAML content to JSON once at build time: parsing JSON at start-up is
//! several times faster than YAML, which keeps the first prompt under the 50 ms target. The YAML
//! stays embedded too, for `content validate` and its line numbers.

use std::path::Path;

fn collect(root: &Path, dir: &Path, out: &mut serde_json::Map<String, serde_json::Value>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            // A file that does not parse is left out; the runtime then falls back to the YAML path,
            // which reports the error with its position.
            if let Some(value) =
                std::fs::read_to_string(&path).ok().and_then(|t| serde_yaml::from_str::<serde_json::Value>(&t).ok())
            {
                out.insert(rel, value);
            }
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=i18n");
    let root = Path::new("content");
    let mut files = serde_json::Map::new();
    collect(root, root, &mut files);
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.json");
    std::fs::write(out, serde_json::Value::Object(files).to_string()).expect("write content.json");
}
