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

fn git(args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

/// `YYYY-MM-DD` (UTC) of a Unix time, without a date crate in the build script.
fn civil_date(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    // Howard Hinnant's days-from-civil inverse.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The commit and build date shown by `--version`, so a bug report names the exact build.
/// `SOURCE_DATE_EPOCH` makes the date reproducible.
fn version_info() {
    for path in ["HEAD", "refs/heads"] {
        if let Some(file) = git(&["rev-parse", "--git-path", path]) {
            println!("cargo:rerun-if-changed={file}");
        }
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let commit = git(&["rev-parse", "--short=10", "HEAD"]).unwrap_or_else(|| "unknown".to_owned());
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    });
    println!("cargo:rustc-env=AWSDRILL_COMMIT={commit}");
    println!("cargo:rustc-env=AWSDRILL_BUILD_DATE={}", civil_date(epoch));
}

fn main() {
    version_info();
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=i18n");
    let root = Path::new("content");
    let mut files = serde_json::Map::new();
    collect(root, root, &mut files);
    // The start-up reader deserializes this straight into its typed shapes, with no JSON tree in
    // between: bank files in path order, the syllabus apart, and the count of files seen so that a
    // file the build could not parse sends the runtime to the YAML path.
    let count = files.len();
    let syllabus = files.get("syllabus.yaml").cloned().unwrap_or(serde_json::Value::Null);
    let bank: Vec<serde_json::Value> = files
        .into_iter()
        .filter(|(path, _)| path != "syllabus.yaml" && !path.starts_with("exams/") && !path.starts_with("quizzes/"))
        .map(|(path, value)| serde_json::json!([path, value]))
        .collect();
    let embedded = serde_json::json!({"files": count, "syllabus": syllabus, "bank": bank});
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.json");
    std::fs::write(out, embedded.to_string()).expect("write content.json");
}
