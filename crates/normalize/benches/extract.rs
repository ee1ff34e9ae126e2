//! Throughput of `extract` under mimalloc, the allocator of the `pressarkiv` binary, so
//! the figure is the one users get.
//! `cargo bench -p pressarkiv-normalize --bench extract -- --warm-up-time 1 --measurement-time 5`

mod common;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

criterion::criterion_group!(benches, common::bench_extract);
criterion::criterion_main!(benches);
