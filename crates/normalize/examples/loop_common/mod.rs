//! The loop shared by the `extract_loop` examples: `extract` over the shipped seeds,
//! `rounds` times, with the throughput on standard error.
//!
//! For an instruction count that does not depend on machine load, run the example
//! under callgrind twice and take the difference, which leaves out start-up:
//! `valgrind --tool=callgrind target/release/examples/extract_loop 100` and `… 300`;
//! (instructions(300) − instructions(100)) / (200 × 19 410 bytes) is instructions per byte.

#[path = "../../benches/common/seeds.rs"]
mod seeds;

use seeds::seeds;

pub fn run() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let seeds = seeds();
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
