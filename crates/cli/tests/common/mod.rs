//! Helpers shared by the black-box tests: the real binary on real files in temp dirs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub mod watch;

/// The five seed releases, as shipped in `corpus/`: a fixture copy, so that tests never
/// read the user's own `corpus/` folder (which may hold more releases by now).
pub fn shipped_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds")
}

/// A temp dir holding `corpus/` (a copy of the seeds) and room for `index/`.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn with_shipped_corpus() -> Workspace {
        let dir = tempfile::tempdir().expect("temp dir");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).expect("corpus dir");
        for entry in std::fs::read_dir(shipped_corpus()).expect("shipped corpus") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), corpus.join(entry.file_name())).expect("copy");
        }
        Workspace { dir }
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// `pressarkiv ARGS --corpus … --index …`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pressarkiv"));
        command
            .args(args)
            .arg("--corpus")
            .arg(self.corpus())
            .arg("--index")
            .arg(self.index())
            .env_remove("PRESSARKIV_LOG");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run pressarkiv")
    }

    /// Runs `index` and insists it succeeded.
    pub fn index_corpus(&self) -> Output {
        let output = self.run(&["index"]);
        assert!(
            output.status.success(),
            "index failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// The file names of the hits of `query`, via `search --json`.
    pub fn search(&self, query: &str) -> Vec<String> {
        let json = self.search_json(query);
        let mut paths: Vec<String> = json["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|hit| hit["path"].as_str().expect("path").to_string())
            .collect();
        paths.sort();
        paths
    }

    pub fn search_json(&self, query: &str) -> serde_json::Value {
        self.json(&["search", "--json", "--limit", "100", query])
    }

    /// Runs `args` (a command with `--json`), insists it succeeded, parses its stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("--json prints JSON")
    }
}

/// The file name of a seed by its number: "000" → "000_e08c99f14e0e0fc7.txt".
pub fn seed(number: &str) -> String {
    std::fs::read_dir(shipped_corpus())
        .expect("shipped corpus")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .find(|name| name.starts_with(&format!("{number}_")))
        .unwrap_or_else(|| panic!("no seed {number}"))
}

pub fn seeds(numbers: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = numbers.iter().map(|n| seed(n)).collect();
    names.sort();
    names
}
