//! `pressarkiv_ingest::parse_bytes` as PDF on any bytes: text or an error naming the
//! input, never a panic that escapes, a hang or a runaway allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pressarkiv_ingest::{parse_bytes, Format};

fuzz_target!(
    init: {
        // The PDF reader (pdf-extract) panics on malformed files, and ingest catches
        // that by design and reports a parse failure. libFuzzer's hook would abort on
        // the caught panic too; a panic that escapes parse_bytes still aborts the run.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let _ = parse_bytes("fuzz", Format::Pdf, data);
    }
);
