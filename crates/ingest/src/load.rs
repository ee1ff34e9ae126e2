//! One file to one [`Outcome`]: read, hash, skip if unchanged, detect, parse, extract;
//! and the same over many files in parallel.

use std::fs::{self, Metadata};
use std::path::Path;

use pressarkiv_normalize::Extraction;
use rayon::prelude::*;

use crate::format::{self, Detected, Format, ParseFailure};
use crate::IngestError;

/// Hex digits of the blake3 hash kept: 128 bits, plenty to tell versions of a file apart.
const HASH_HEX_LEN: usize = 32;

/// Files larger than this are skipped: no press release is this big, and reading one
/// whole would cost a worker that much memory.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// A document ready for indexing.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Path relative to the corpus root, '/'-separated, e.g. `2015/x.txt`.
    pub path: String,
    /// blake3 of the raw bytes, first 32 hex digits.
    pub hash: String,
    /// The format the content was recognised as.
    pub format: Format,
    /// Text and entities from `pressarkiv_normalize::extract` on the decoded text.
    ///
    /// For HTML, Markdown and DOCX, the headline stated by the markup (`<h1>`, else
    /// `<title>` when the text gives none; front matter `title:` or the first `#`
    /// heading; a Title/Heading 1 paragraph) wins over the text-level guess, and the
    /// date stated by the markup (`<meta>` publication dates, `<time datetime>`, front
    /// matter `date:`) wins over a date found in the text.
    pub extraction: Extraction,
}

/// What happened to one file.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "most outcomes are Indexed; boxing would cost an allocation per document"
)]
pub enum Outcome {
    /// New or changed: index it.
    Indexed(Document),
    /// Its hash equals the known one: nothing to do.
    Unchanged {
        /// Relative path of the file.
        path: String,
    },
    /// Not a format this crate reads (an image, a spreadsheet, …): one log line, not a
    /// failure.
    Skipped {
        /// Relative path of the file.
        path: String,
        /// What the file is, e.g. "unsupported format: PNG image".
        reason: String,
    },
    /// The file could not be indexed; the error names it and says why. A
    /// [`IngestError::Incomplete`] (`is_retryable`) should be tried again later.
    Failed(IngestError),
}

impl Outcome {
    /// The relative path of the file this outcome is about.
    pub fn path(&self) -> &str {
        match self {
            Outcome::Indexed(doc) => &doc.path,
            Outcome::Unchanged { path } | Outcome::Skipped { path, .. } => path,
            Outcome::Failed(err) => err.path().unwrap_or_default(),
        }
    }
}

/// The content hash this crate stores in [`Document::hash`], for callers that want to
/// compare without loading.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hex = blake3::hash(bytes).to_hex().to_string();
    hex.truncate(HASH_HEX_LEN);
    hex
}

/// Reads `root/rel_path`, hashes it, and if the hash differs from `known_hash` detects
/// the format, parses, decodes and extracts it. Never panics; every problem is an
/// [`Outcome::Failed`] or [`Outcome::Skipped`] naming the file.
///
/// A file whose size or modification time changes while it is read is reported as
/// [`IngestError::Incomplete`] (retry it on the next event), so a half-written file is
/// never indexed.
pub fn load(root: &Path, rel_path: &str, known_hash: Option<&str>) -> Outcome {
    match load_inner(root, rel_path, known_hash) {
        Ok(outcome) => outcome,
        Err(err) => Outcome::Failed(err),
    }
}

fn load_inner(root: &Path, rel: &str, known_hash: Option<&str>) -> Result<Outcome, IngestError> {
    let path = root.join(rel);
    let read_error = |source| {
        if rel.contains('\u{FFFD}') {
            IngestError::BadName {
                path: rel.to_owned(),
            }
        } else {
            IngestError::Read {
                path: rel.to_owned(),
                source,
            }
        }
    };
    let before = fs::metadata(&path).map_err(read_error)?;
    if before.is_dir() {
        return Err(IngestError::Read {
            path: rel.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a directory"),
        });
    }
    if before.len() > MAX_FILE_BYTES {
        return Ok(Outcome::Skipped {
            path: rel.to_owned(),
            reason: format!(
                "file too large ({} bytes, limit {MAX_FILE_BYTES})",
                before.len()
            ),
        });
    }
    let bytes = fs::read(&path).map_err(read_error)?;
    let after = fs::metadata(&path).map_err(read_error)?;
    if !same_version(&before, &after) || after.len() != bytes.len() as u64 {
        return Err(IngestError::Incomplete {
            path: rel.to_owned(),
        });
    }

    let hash = content_hash(&bytes);
    if known_hash == Some(hash.as_str()) {
        return Ok(Outcome::Unchanged {
            path: rel.to_owned(),
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty {
            path: rel.to_owned(),
        });
    }
    let format = match format::detect(rel, &bytes) {
        Detected::Supported(format) => format,
        Detected::Unsupported(reason) => {
            return Ok(Outcome::Skipped {
                path: rel.to_owned(),
                reason,
            })
        }
    };
    let parsed = format::parse(format, &bytes).map_err(|failure| match failure {
        ParseFailure::NotText(reason) => IngestError::NotText {
            path: rel.to_owned(),
            reason,
        },
        ParseFailure::Parse(reason) => IngestError::Parse {
            path: rel.to_owned(),
            format,
            reason,
        },
    })?;
    if parsed.text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: rel.to_owned(),
        });
    }
    let mut extraction = pressarkiv_normalize::extract(&parsed.text);
    if parsed.title.is_some() {
        extraction.title = parsed.title;
    } else if extraction.title.is_none() {
        extraction.title = parsed.fallback_title;
    }
    if parsed.published.is_some() {
        extraction.published = parsed.published;
    }
    Ok(Outcome::Indexed(Document {
        path: rel.to_owned(),
        hash,
        format,
        extraction,
    }))
}

fn same_version(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// Runs [`load`] over `paths` in parallel on rayon's pool and hands each [`Outcome`] to
/// `sink` as soon as it is ready, from the worker thread that produced it. `known` gives
/// the stored hash of a path, if any. Nothing is collected: memory stays bounded by the
/// files in flight, whatever the number of paths.
pub fn load_all<K, S>(root: &Path, paths: &[String], known: &K, sink: &S)
where
    K: Fn(&str) -> Option<String> + Sync + ?Sized,
    S: Fn(Outcome) + Sync + ?Sized,
{
    paths.par_iter().for_each(|rel| {
        let known_hash = known(rel);
        sink(load(root, rel, known_hash.as_deref()));
    });
}
