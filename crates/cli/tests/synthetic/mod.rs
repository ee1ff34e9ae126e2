//! A synthetic corpus for the crash, growth and latency tests: the five seeds plus as
//! many generated releases as needed, each made from a seed's text with words and an
//! amount of its own, so every file is a distinct document with real entities.
//!
//! Shared by tests (`mod synthetic;`) and the watcher latency bench
//! (`#[path = "../tests/synthetic/mod.rs"]`).
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use pressarkiv_search::{Archive, SearchRequest};

/// The five seed releases (a fixture copy: tests never read the user's `corpus/`).
pub fn seed_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds")
}

/// The seeds' texts, in file name order.
pub fn seed_texts() -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seed_folder())
        .expect("shipped corpus")
        .map(|entry| entry.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("seed is UTF-8"))
        .collect()
}

/// Copies the seeds into `corpus`.
pub fn copy_seeds(corpus: &Path) {
    std::fs::create_dir_all(corpus).expect("corpus dir");
    for entry in std::fs::read_dir(seed_folder()).expect("shipped corpus") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), corpus.join(entry.file_name())).expect("copy seed");
    }
}

/// A word no other generated release contains, even allowing for the search's typo
/// tolerance: the number is written twice, so any two such words are at least two edits
/// apart. Digits keep it whole: the Swedish analyzer neither stems nor splits it.
pub fn unique_word(number: usize) -> String {
    format!("zq{number}x{number}")
}

/// A word in every release written in `round` (see [`release`]), and in no other; built
/// like [`unique_word`].
pub fn round_word(round: usize) -> String {
    format!("zr{round}y{round}")
}

/// Relative path of generated release `number`: 100 per folder, like a real archive
/// sorted by year.
pub fn release_path(number: usize) -> String {
    format!("gen{:03}/release_{number:05}.txt", number / 100)
}

/// The text of generated release `number` as written in `round`: a seed's text (which
/// seed cycles with the number) under a headline of its own, with its own word, its
/// own amount and the round's word.
pub fn release(seeds: &[String], number: usize, round: usize) -> String {
    let seed = &seeds[number % seeds.len()];
    let word = unique_word(number);
    let millions = number + 1;
    let marker = round_word(round);
    format!(
        "Pressmeddelande {number}: {millions} miljoner kronor till {word}\n\n\
         Regeringen ger {millions} miljoner kronor till projektet {word} ({marker}).\n\n\
         {seed}\n\nOm {word}: {marker}.\n"
    )
}

/// Writes generated releases `numbers` as in `round` under `corpus`; returns their paths.
pub fn write_releases(
    corpus: &Path,
    seeds: &[String],
    numbers: impl IntoIterator<Item = usize>,
    round: usize,
) -> Vec<String> {
    numbers
        .into_iter()
        .map(|number| {
            let rel = release_path(number);
            let path = corpus.join(&rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("release folder");
            }
            std::fs::write(&path, release(seeds, number, round)).expect("write release");
            rel
        })
        .collect()
}

/// `pressarkiv ARGS --corpus CORPUS --index INDEX`, logging only errors.
pub fn pressarkiv(corpus: &Path, index: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pressarkiv"));
    command
        .args(args)
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .env_remove("PRESSARKIV_LOG");
    command
}

/// Runs `pressarkiv index` to completion and insists it succeeded.
pub fn index(corpus: &Path, index: &Path) {
    let output = pressarkiv(corpus, index, &["index", "-q"])
        .output()
        .expect("run pressarkiv index");
    assert!(
        output.status.success(),
        "index {} failed: {}",
        index.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Sorted paths and titles of every hit of `query`, through the binary's `search --json`.
/// Keep such queries selective: every hit costs a snippet.
pub fn hits(corpus: &Path, index: &Path, query: &str) -> Vec<(String, String)> {
    let json = search_json(corpus, index, query, 100_000);
    let mut hits: Vec<(String, String)> = json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| {
            (
                hit["path"].as_str().expect("path").to_string(),
                hit["title"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    hits.sort();
    assert_eq!(hits.len(), json["total"].as_u64().expect("total") as usize);
    hits
}

/// Number of documents matching `query`, through the binary's `search --json`.
pub fn total(corpus: &Path, index: &Path, query: &str) -> usize {
    let json = search_json(corpus, index, query, 1);
    json["total"].as_u64().expect("total") as usize
}

fn search_json(corpus: &Path, index: &Path, query: &str, limit: usize) -> serde_json::Value {
    let limit = limit.to_string();
    let output = pressarkiv(
        corpus,
        index,
        &["search", "--json", "--limit", &limit, query],
    )
    .output()
    .expect("run pressarkiv search");
    assert!(
        output.status.success(),
        "search {query:?} in {} failed: {}",
        index.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("search --json prints JSON")
}

/// Path → content hash of every live document in the index at `dir`.
pub fn indexed(dir: &Path) -> HashMap<String, String> {
    let archive = Archive::open(dir).expect("index opens");
    let mut hashes = HashMap::new();
    let mut twice = Vec::new();
    archive
        .for_each_indexed_version(|path, hash, _| {
            if hashes.insert(path.to_owned(), hash.to_owned()).is_some() {
                twice.push(path.to_owned());
            }
        })
        .expect("versions");
    assert!(twice.is_empty(), "indexed twice: {twice:?}");
    assert_eq!(archive.num_docs() as usize, hashes.len());
    hashes
}

/// Number of documents matching `query`, searched in-process after an explicit reload.
pub fn count(archive: &Archive, query: &str) -> usize {
    archive.reload().expect("reload");
    archive
        .search(&SearchRequest {
            limit: 1,
            ..SearchRequest::new(query)
        })
        .expect("search")
        .total
}

/// Total size in bytes of the files in `dir` (not recursive: an index is flat).
pub fn folder_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("index folder")
        .map(|entry| entry.expect("entry").metadata().expect("metadata"))
        .filter(|meta| meta.is_file())
        .map(|meta| meta.len())
        .sum()
}
