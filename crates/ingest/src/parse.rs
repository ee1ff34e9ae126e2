//! [`parse_bytes`]: the decode-and-parse step of [`crate::load`] on bytes in memory, for
//! fuzzing and for callers that hold a file's bytes already.

use std::time::Duration;

use crate::budget::Budget;
use crate::format::{self, Format};
use crate::{load, IngestError};

/// Turns `bytes` of a known `format` into plain text, as [`crate::load`] does before
/// extraction: text formats are decoded (any supported encoding; binary data refused),
/// then the format's parser keeps the text, its lines and paragraphs. `name` stands for
/// the input in errors. No file is read and no entities are extracted.
///
/// # Errors
/// [`IngestError::NotText`] when a text format's bytes are not text,
/// [`IngestError::Parse`] when the parser rejects them, [`IngestError::Empty`] when
/// they hold no text.
///
/// ```
/// use pressarkiv_ingest::{parse_bytes, Format};
///
/// let text = parse_bytes("x.html", Format::Html, b"<h1>Rubrik</h1><p>Text.</p>")?;
/// assert!(text.contains("Text."));
/// assert!(parse_bytes("x.pdf", Format::Pdf, b"%PDF-1.4 trasig").is_err());
/// # Ok::<(), pressarkiv_ingest::IngestError>(())
/// ```
pub fn parse_bytes(name: &str, format: Format, bytes: &[u8]) -> Result<String, IngestError> {
    // No deadline: the caller (a fuzzer, a test) bounds the time itself.
    match format::parse(format, bytes, &mut Budget::unlimited()) {
        Ok(parsed) => Ok(parsed.text.into_owned()),
        Err(failure) => Err(load::parse_error(name, format, Duration::MAX, failure)),
    }
}
