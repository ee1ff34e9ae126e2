//! Names the extraction rules this binary is built with: a hash of the sources of the two
//! crates that turn a file into entities (ingest reads and decodes it, normalize
//! extracts). An index records the name with its commits, so that `index`, `watch` and
//! `serve` read every release again once a build with other rules opens it: its entities
//! would otherwise stay those of the rules it was built with until each file changed.
//!
//! Also links the binary at a fixed address on Linux (see [`link_at_a_fixed_address`]).

use std::path::{Path, PathBuf};

/// The folders whose contents decide what is extracted from a file.
const RULE_SOURCES: [&str; 3] = ["../ingest/src", "../normalize/src", "../normalize/data"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut hasher = blake3::Hasher::new();
    for folder in RULE_SOURCES {
        println!("cargo:rerun-if-changed={folder}");
        let mut files = Vec::new();
        files_under(Path::new(folder), &mut files)?;
        // In a fixed order, names and contents both, so the name depends on nothing else.
        files.sort();
        for file in files {
            hasher.update(file.to_string_lossy().as_bytes());
            hasher.update(&std::fs::read(&file)?);
        }
    }
    let rules = hasher.finalize().to_hex();
    println!("cargo:rustc-env=PRESSARKIV_RULES_ID={}", &rules[..16]);
    link_at_a_fixed_address();
    Ok(())
}

/// A position-independent `pressarkiv` made the dynamic loader patch about 48 000
/// pointers (the parsers' tables of HTML entity and PDF glyph names, Unicode tables) and
/// copy the megabyte of pages holding them, in every process: a third of `pressarkiv
/// --version`, a tenth of a search on a small index, and the same again for every PDF,
/// which is parsed in a child process (BENCHMARKS.md, session 26). Linked at a fixed
/// address, those pointers are final in the file. The libraries, heap and stack are
/// still placed at random; only the binary's own image is not, as with Go's default
/// executables. Linux with the GNU toolchain only, whose `cc` takes the flag.
fn link_at_a_fixed_address() {
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    if target("CARGO_CFG_TARGET_OS") == "linux" && target("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

fn files_under(folder: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        if path.is_dir() {
            files_under(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
