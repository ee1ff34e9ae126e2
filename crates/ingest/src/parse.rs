//! [`parse_bytes`]: the decode-and-parse step of [`crate::load`] on bytes in memory, for
//! fuzzing and for callers that hold a file's bytes already.

use crate::format::{self, Format, ParseFailure};
use crate::IngestError;

/// Turns `bytes` of a known `format` into plain text, as [`crate::load`] does before
/// extraction: text formats are decoded (any supported encoding; binary data refused),
/// then the format's parser keeps the text, its lines and paragraphs. `name` stands for
/// the input in errors. No file is read and no entities are extracted.
///
/// # Errors
/// [`IngestError::NotText`] when a text format's bytes are not text,
/// [`IngestError::Parse`] when the parser rejects them.
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
    match format::parse(format, bytes) {
        Ok(parsed) => Ok(parsed.text),
        Err(ParseFailure::NotText(reason)) => Err(IngestError::NotText {
            path: name.to_owned(),
            reason,
        }),
        Err(ParseFailure::Parse(reason)) => Err(IngestError::Parse {
            path: name.to_owned(),
            format,
            reason,
        }),
    }
}
