//! Throughput of `extract` under mimalloc, the allocator of the `pressarkiv` binary, so
//! the figure is the one users get.
//! `cargo bench -p pressarkiv-normalize --bench extract -- --warm-up-time 1 --measurement-time 5`

mod common;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut criterion::Criterion) {
    common::bench_extract(c, "seeds_mimalloc");
}

criterion::criterion_group!(benches, bench);
criterion::criterion_main!(benches);
