//! Developer tasks for pressarkiv, as a library so tests and benches share them.
//!
//! - [`corpus`]: deterministic Swedish press releases with a truth record of the
//!   ministers, regions, agreements, amounts and dates each one holds;
//!   [`write_corpus`] puts N of them in a folder with `truth.jsonl` beside it.
//!
//! `cargo run -p xtask -- gen-corpus --docs 1000 --seed 1 --out /tmp/corpus`

pub mod corpus;

use std::io::Write;
use std::path::Path;

/// Changes whenever the same seed gives other releases, so that a corpus kept from an
/// earlier generator is not taken for one of this generator. 2: running text draws one
/// word in ten from an unbounded vocabulary (`corpus::lexicon`).
pub const GENERATOR_VERSION: u32 = 2;

/// What [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    pub releases: u64,
    pub bytes: u64,
}

/// The name of the truth file, written next to (not inside) the corpus folder's
/// releases: `OUT/truth.jsonl` would be indexed as a release, so it goes to
/// `OUT.truth.jsonl`.
pub fn truth_path(out: &Path) -> std::path::PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".truth.jsonl");
    out.with_file_name(name)
}

/// Writes releases `0..docs` of `seed` under `out` (year/month sub-folders) and their
/// truth, one JSON object per line, to [`truth_path`].
pub fn write_corpus(out: &Path, docs: u64, seed: u64) -> std::io::Result<Written> {
    std::fs::create_dir_all(out)?;
    let mut truth = std::io::BufWriter::new(std::fs::File::create(truth_path(out))?);
    let mut written = Written::default();
    for number in 0..docs {
        let release = corpus::release(seed, number);
        let path = out.join(&release.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &release.text)?;
        serde_json::to_writer(&mut truth, &release.truth)?;
        truth.write_all(b"\n")?;
        written.releases += 1;
        written.bytes += release.text.len() as u64;
    }
    truth.flush()?;
    Ok(written)
}
