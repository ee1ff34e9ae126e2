//! The index does not grow without bound: after every file of a corpus is rewritten
//! again and again under the real watcher, the index folder stays close to the size of
//! a clean build (deleted documents merged away, orphaned segment files collected).

mod synthetic;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use pressarkiv_search::Archive;
use synthetic::{count, folder_size, indexed, pressarkiv, round_word, write_releases};

/// Files in the corpus, each rewritten [`ROUNDS`] times.
const FILES: usize = 300;
const ROUNDS: usize = 20;

/// The watched index may be at most this much larger than a clean build.
const MAX_GROWTH: f64 = 1.2;

/// Longest one round may take to be applied (normally well under a second).
const PATIENCE: Duration = Duration::from_secs(120);

struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits until every generated file holds `round`'s text in the index.
fn wait_for_round(archive: &Archive, round: usize) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let (now, before) = (
            count(archive, &round_word(round)),
            round
                .checked_sub(1)
                .map_or(0, |r| count(archive, &round_word(r))),
        );
        if now == FILES && before == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "round {round}: {now} of {FILES} files applied, {before} still from the round before"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn rewriting_every_file_twenty_times_keeps_the_index_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    let watched = dir.path().join("watched");
    let seeds = synthetic::seed_texts();
    synthetic::copy_seeds(&corpus);
    write_releases(&corpus, &seeds, 0..FILES, 0);

    let mut watcher = Watcher(
        pressarkiv(&corpus, &watched, &["watch", "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start watch"),
    );
    let deadline = Instant::now() + PATIENCE;
    let archive = loop {
        // The watcher creates the index when it starts.
        if let Ok(archive) = Archive::open(&watched) {
            break archive;
        }
        assert!(Instant::now() < deadline, "watch never created the index");
        std::thread::sleep(Duration::from_millis(50));
    };
    wait_for_round(&archive, 0);
    for round in 1..=ROUNDS {
        write_releases(&corpus, &seeds, 0..FILES, round);
        wait_for_round(&archive, round);
    }
    drop(archive);

    // Ctrl-C: the watcher commits, waits for its merges and exits.
    let pid = watcher.0.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill -INT");
    assert!(status.success());
    let deadline = Instant::now() + PATIENCE;
    let exit = loop {
        if let Some(exit) = watcher.0.try_wait().expect("try_wait") {
            break exit;
        }
        assert!(Instant::now() < deadline, "watch did not stop on SIGINT");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");

    let clean = dir.path().join("clean");
    synthetic::index(&corpus, &clean);
    assert_eq!(indexed(&watched), indexed(&clean));
    let (watched_size, clean_size) = (folder_size(&watched), folder_size(&clean));
    eprintln!("after {ROUNDS} rounds: {watched_size} bytes; a clean build: {clean_size} bytes");
    assert!(
        watched_size as f64 <= MAX_GROWTH * clean_size as f64,
        "after {ROUNDS} rewrites of {FILES} files the index is {watched_size} bytes, \
         a clean build {clean_size} bytes; files: {:?}",
        listing(&watched)
    );
}

fn listing(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut files: Vec<(String, u64)> = std::fs::read_dir(dir)
        .expect("index folder")
        .map(|entry| {
            let entry = entry.expect("entry");
            let size = entry.metadata().expect("metadata").len();
            (entry.file_name().to_string_lossy().into_owned(), size)
        })
        .collect();
    files.sort();
    files
}
