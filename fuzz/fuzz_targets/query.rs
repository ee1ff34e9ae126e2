//! `pressarkiv_search::parse_query` on any string, with typo tolerance on and off: a
//! query is parsed or rejected with an error, never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pressarkiv_search::Archive;

/// One empty archive for every run: the parser needs its fields and tokenizers.
fn archive() -> &'static Archive {
    static ARCHIVE: OnceLock<(tempfile::TempDir, Archive)> = OnceLock::new();
    let (_, archive) = ARCHIVE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let archive = Archive::open_or_create(dir.path()).expect("empty archive");
        (dir, archive)
    });
    archive
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if let Err(err) = pressarkiv_search::parse_query(archive(), text, flags & 1 == 1) {
        // A rejected query points inside itself.
        if let pressarkiv_search::SearchError::Query { position, .. } = err {
            assert!(position <= text.len(), "position {position} past the query");
        }
    }
});
