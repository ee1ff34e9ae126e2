//! Throughput of `extract` over the five seed releases, repeated to about 1 MB: the
//! code shared by the `extract` and `extract_glibc` benches.

use criterion::{Criterion, Throughput};

mod seeds;

use seeds::seeds;

/// Enough text that per-call set-up does not dominate.
const TARGET_BYTES: usize = 1 << 20;

/// Extraction over the seeds, repeated, as the criterion benchmark `extract/<name>`.
pub fn bench_extract(c: &mut Criterion, name: &str) {
    let seeds = seeds();
    let one_round: usize = seeds.iter().map(String::len).sum();
    let rounds = TARGET_BYTES.div_ceil(one_round.max(1));
    let docs: Vec<&String> = seeds.iter().cycle().take(seeds.len() * rounds).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            for doc in &docs {
                std::hint::black_box(pressarkiv_normalize::extract(doc));
            }
        })
    });
    group.finish();
}
