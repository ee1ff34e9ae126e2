//! Throughput of `extract` under the system allocator (glibc's malloc), for a library
//! user who keeps it.
//! `cargo bench -p pressarkiv-normalize --bench extract_glibc -- --warm-up-time 1 --measurement-time 5`

mod common;

fn bench(c: &mut criterion::Criterion) {
    common::bench_extract(c, "seeds_glibc");
}

criterion::criterion_group!(benches, bench);
criterion::criterion_main!(benches);
