//! `pressarkiv_ingest::parse_bytes` as HTML on any bytes: text or an error
//! naming the input; never a panic, a hang or a runaway allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pressarkiv_ingest::{parse_bytes, Format};

fuzz_target!(|data: &[u8]| {
    let _ = parse_bytes("fuzz", Format::Html, data);
});
