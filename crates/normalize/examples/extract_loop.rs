//! `extract` over the seeds in a loop under glibc's malloc, for profilers:
//! `cargo build --release -p pressarkiv-normalize --examples`, then
//! `target/release/examples/extract_loop 300` (see `loop_common` for callgrind).

mod loop_common;

fn main() {
    loop_common::run();
}
