//! One writer per index: a second `watch` or `index` exits at once with a message
//! naming the index, whatever the first writer is doing, and `search` keeps working
//! while the first writes.

mod synthetic;

use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use synthetic::{hits, pressarkiv, total};

/// Generated releases: enough that `index` is still importing while the test runs its
/// second writers and a search against it.
const GENERATED: usize = 2_000;

/// "At once": a refused writer must exit well within this (it normally takes
/// milliseconds; the margin is for a loaded CI machine).
const PATIENCE: Duration = Duration::from_secs(20);

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs `command`, killing it if it has not exited within [`PATIENCE`].
fn run_with_deadline(corpus: &Path, index: &Path, command: &str) -> Output {
    let mut child = pressarkiv(corpus, index, &[command])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pressarkiv");
    let deadline = Instant::now() + PATIENCE;
    while child.try_wait().expect("try_wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().expect("output");
            panic!(
                "a second `{command}` did not exit: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn assert_refused(output: &Output, index: &Path, command: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "second {command}: {stderr}");
    assert!(
        stderr.contains("already writing") && stderr.contains(&index.display().to_string()),
        "second {command} should say the index at {} is taken: {stderr}",
        index.display()
    );
}

fn corpus_with(generated: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    synthetic::copy_seeds(&corpus);
    synthetic::write_releases(&corpus, &synthetic::seed_texts(), 0..generated, 0);
    let index = dir.path().join("index");
    (dir, corpus, index)
}

#[test]
fn second_writers_are_refused_and_search_works_while_index_imports() {
    let (_dir, corpus, index) = corpus_with(GENERATED);
    let mut first = Running(
        pressarkiv(&corpus, &index, &["index", "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start index"),
    );
    // tantivy's lock file exists exactly while a writer holds the lock (a killed writer
    // leaves it behind, but this index is new): from then on, `index` is the writer.
    let deadline = Instant::now() + PATIENCE;
    while !index.join(".tantivy-writer.lock").exists() {
        assert!(
            Instant::now() < deadline,
            "index never took the writer lock"
        );
        std::thread::sleep(Duration::from_millis(10));
    }

    let second_watch = run_with_deadline(&corpus, &index, "watch");
    assert_refused(&second_watch, &index, "watch");
    let second_index = run_with_deadline(&corpus, &index, "index");
    assert_refused(&second_index, &index, "index");
    // A search sees whatever is committed so far, and works while the import goes on.
    total(&corpus, &index, "patientmiljarden");
    assert!(
        first.0.try_wait().expect("try_wait").is_none(),
        "index finished before the test was done: make the corpus bigger"
    );

    let status = first.0.wait().expect("wait for index");
    assert!(status.success(), "{status:?}");
    assert_eq!(
        total(&corpus, &index, "minister:hallengren"),
        1 + GENERATED / 5
    );
}

#[test]
fn a_second_watch_exits_at_once_while_a_watch_runs() {
    let (_dir, corpus, index) = corpus_with(0);
    synthetic::index(&corpus, &index);
    let _first = Running(
        pressarkiv(&corpus, &index, &["watch"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start watch"),
    );
    // Once the first watch has applied a change, it surely holds the lock.
    synthetic::write_releases(&corpus, &synthetic::seed_texts(), 0..1, 0);
    let archive = pressarkiv_search::Archive::open(&index).expect("index opens");
    let deadline = Instant::now() + PATIENCE;
    while synthetic::count(&archive, &synthetic::unique_word(0)) != 1 {
        assert!(
            Instant::now() < deadline,
            "the first watch never applied a change"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    let second = run_with_deadline(&corpus, &index, "watch");
    assert_refused(&second, &index, "watch");
    assert_eq!(hits(&corpus, &index, "minister:hallengren").len(), 1);
}
