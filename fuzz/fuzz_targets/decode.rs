//! `pressarkiv_ingest::parse_bytes` as plain text on any bytes: the encoding detected,
//! the text decoded or refused as binary; never a panic, a hang or a runaway allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pressarkiv_ingest::{parse_bytes, Format};

fuzz_target!(|data: &[u8]| {
    let _ = parse_bytes("fuzz", Format::Text, data);
});
