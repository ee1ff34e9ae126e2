//! The loop shared by the `extract_loop` examples: `extract` over the shipped seeds,
//! `rounds` times, with the throughput on standard error.
//!
//! For an instruction count that does not depend on machine load, run the example
//! under callgrind twice and take the difference, which leaves out start-up:
//! `valgrind --tool=callgrind target/release/examples/extract_loop 100` and `… 300`;
//! (instructions(300) − instructions(100)) / (200 × 19 410 bytes) is instructions per byte.

use std::path::Path;

pub fn run() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let seeds: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed file"))
        .collect();
    let bytes: usize = seeds.iter().map(String::len).sum::<usize>() * rounds;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for seed in &seeds {
            std::hint::black_box(pressarkiv_normalize::extract(seed));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{bytes} bytes in {seconds:.3} s = {:.1} MB/s",
        bytes as f64 / seconds / 1e6
    );
}
