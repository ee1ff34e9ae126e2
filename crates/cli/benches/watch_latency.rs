//! Watcher latency: from a file's last write to it being searchable, with the seeds plus
//! 10 000 generated releases in the corpus (PRESSARKIV_BENCH_DOCS sets another number).
//!
//! `cargo bench -p pressarkiv --bench watch_latency`
//!
//! Builds the corpus and its index in a temp dir, starts the real `pressarkiv watch`,
//! then, one file at a time, adds a new release or rewrites an existing one and polls
//! the index in-process ([`Archive::reload`] and a search, so process start-up is not
//! measured) until the file's new word is found. Prints p50, p95 and max.

#[path = "../tests/synthetic/mod.rs"]
mod synthetic;

use std::process::Stdio;
use std::time::{Duration, Instant};

use pressarkiv_search::Archive;
use synthetic::{count, pressarkiv, release, release_path, round_word, unique_word};

/// Generated releases besides the seeds, unless PRESSARKIV_BENCH_DOCS says otherwise.
const DEFAULT_GENERATED: usize = 10_000;
/// Changes measured: half new files, half rewrites of existing ones.
const SAMPLES: usize = 60;
/// Changes made first and not measured (the watcher's and the page cache's warm-up).
const WARM_UP: usize = 5;
/// Pause between changes, so that each is a single-file change of its own.
const PAUSE: Duration = Duration::from_millis(400);
/// A change that takes longer is reported as lost.
const PATIENCE: Duration = Duration::from_secs(30);

/// The running `watch`, stopped however the bench ends.
struct Watcher(std::process::Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() {
    let generated: usize = std::env::var("PRESSARKIV_BENCH_DOCS")
        .ok()
        .and_then(|docs| docs.parse().ok())
        .unwrap_or(DEFAULT_GENERATED);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    let seeds = synthetic::seed_texts();
    synthetic::copy_seeds(&corpus);
    synthetic::write_releases(&corpus, &seeds, 0..generated, 0);

    let started = Instant::now();
    synthetic::index(&corpus, &index);
    eprintln!(
        "indexed {} files in {:.2?}",
        generated + seeds.len(),
        started.elapsed()
    );

    let watcher = Watcher(
        pressarkiv(&corpus, &index, &["watch", "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start watch"),
    );
    let archive = Archive::open(&index).expect("index opens");

    let mut new_files = Vec::new();
    let mut rewrites = Vec::new();
    for sample in 0..WARM_UP + SAMPLES {
        let (path, text, word) = if sample % 2 == 0 {
            // A new file, with a word of its own.
            let number = generated + sample;
            (
                format!("gen000/new_{number}.txt"),
                release(&seeds, number, 0),
                unique_word(number),
            )
        } else {
            // An existing file rewritten, with a round word of its own.
            let (number, round) = (sample * 97 % generated, 1_000 + sample);
            (
                release_path(number),
                release(&seeds, number, round),
                round_word(round),
            )
        };
        std::fs::write(corpus.join(&path), text).expect("write release");
        let written = Instant::now();
        while count(&archive, &word) != 1 {
            assert!(
                written.elapsed() < PATIENCE,
                "{path} never became searchable"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        let latency = written.elapsed();
        if sample >= WARM_UP {
            if sample % 2 == 0 {
                new_files.push(latency);
            } else {
                rewrites.push(latency);
            }
        }
        std::thread::sleep(PAUSE);
    }

    drop(watcher);

    let mut all: Vec<Duration> = new_files.iter().chain(&rewrites).copied().collect();
    report("new file", &mut new_files);
    report("rewritten file", &mut rewrites);
    report("all", &mut all);
}

fn report(what: &str, latencies: &mut [Duration]) {
    latencies.sort();
    let at = |quantile: f64| {
        let rank = ((latencies.len() as f64 * quantile).ceil() as usize).max(1);
        latencies[rank - 1]
    };
    println!(
        "watch latency, {what} ({} samples): p50 {:.0?}  p95 {:.0?}  max {:.0?}  min {:.0?}",
        latencies.len(),
        at(0.50),
        at(0.95),
        latencies[latencies.len() - 1],
        latencies[0],
    );
}
