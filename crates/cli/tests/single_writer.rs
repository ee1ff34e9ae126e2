//! One writer per index: a second `watch` or `index` exits at once with a message
//! naming the index, whatever the first writer is doing, and `search` keeps working
//! while the first writes. The first writer is always a `watch`, which holds the lock
//! until it is stopped: nothing here depends on how fast a run is.

mod synthetic;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use synthetic::{hits, pressarkiv, total};

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

fn seeds_only() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    synthetic::copy_seeds(&corpus);
    let index = dir.path().join("index");
    (dir, corpus, index)
}

/// Starts `watch` on an index already built, and returns once it holds the writer
/// lock: when it says it is watching, it has taken the lock, reconciled and committed
/// (and it keeps the lock until it is stopped).
fn start_watch(corpus: &Path, index: &Path) -> Running {
    synthetic::index(corpus, index);
    let mut child = pressarkiv(corpus, index, &["watch"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start watch");
    let stderr = child.stderr.take().expect("stderr");
    let watch = Running(child);
    let (lines, said) = std::sync::mpsc::channel();
    // Reads the log to its end, so the pipe never fills however long the watch runs.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let deadline = Instant::now() + PATIENCE;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match said.recv_timeout(left) {
            Ok(line) if line.contains("watching") => return watch,
            Ok(_) => {}
            Err(_) => panic!("watch never said it was watching"),
        }
    }
}

#[test]
fn a_second_index_is_refused_and_search_works_while_a_writer_runs() {
    let (_dir, corpus, index) = seeds_only();
    let _first = start_watch(&corpus, &index);

    let second_index = run_with_deadline(&corpus, &index, "index");
    assert_refused(&second_index, &index, "index");
    assert_eq!(total(&corpus, &index, "minister:hallengren"), 1);
    // The writer writes; a search sees its work (a commit) while it holds the lock.
    synthetic::write_releases(&corpus, &synthetic::seed_texts(), 0..1, 0);
    let deadline = Instant::now() + PATIENCE;
    while total(&corpus, &index, &synthetic::unique_word(0)) != 1 {
        assert!(
            Instant::now() < deadline,
            "the running watch never made a change searchable"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let second_index = run_with_deadline(&corpus, &index, "index");
    assert_refused(&second_index, &index, "index");
}

#[test]
fn a_second_watch_exits_at_once_while_a_watch_runs() {
    let (_dir, corpus, index) = seeds_only();
    let _first = start_watch(&corpus, &index);

    let second = run_with_deadline(&corpus, &index, "watch");
    assert_refused(&second, &index, "watch");
    assert_eq!(hits(&corpus, &index, "minister:hallengren").len(), 1);
}
