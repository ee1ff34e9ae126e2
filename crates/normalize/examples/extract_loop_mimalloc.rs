//! `extract` over the seeds in a loop under mimalloc, the `pressarkiv` binary's
//! allocator: `target/release/examples/extract_loop_mimalloc 300`.

mod loop_common;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    loop_common::run();
}
