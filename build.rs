//! Rebuilds when embedded content or messages change (`include_dir!` does not track files).

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=i18n");
}
