//! Source formats: recognising one by content (the extension may lie) and turning it
//! into plain text with its lines and paragraphs kept.

mod docx;
mod html;
mod markdown;
mod pdf;

use std::borrow::Cow;
use std::fmt;

use crate::budget::{Budget, OutOfTime};
use crate::decode;

/// Format of a source file, detected by content (magic bytes, sniffing) where the
/// extension lies: a `.txt` starting with `%PDF-` is a [`Format::Pdf`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text in any supported encoding.
    Text,
    /// Markdown (CommonMark), markup stripped, headings kept as lines.
    Markdown,
    /// HTML, the article body only.
    Html,
    /// PDF, its text layer.
    Pdf,
    /// Word 2007+ (`.docx`), its paragraphs and tables.
    Docx,
}

impl Format {
    /// Lower-case name, as used in messages: `text`, `markdown`, `html`, `pdf`, `docx`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What the content of a file was recognised as.
pub(crate) enum Detected {
    /// A format this crate reads.
    Supported(Format),
    /// Something else; the reason names what it is.
    Unsupported(String),
}

/// Text and the metadata the markup itself states, before entity extraction.
#[derive(Debug, Default)]
pub(crate) struct Parsed<'a> {
    /// Plain text, lines and paragraphs kept; borrowed from the file's bytes when they
    /// are that text already.
    pub text: Cow<'a, str>,
    /// Headline stated by markup (`<h1>`, front matter, a Title-styled paragraph): wins
    /// over the text-level guess.
    pub title: Option<String>,
    /// A weaker headline (`<title>`), used only when the text gives none.
    pub fallback_title: Option<String>,
    /// Publication date from markup, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Who published the page, as its footer, logo or home link names it (HTML), when
    /// normalize knows the name: an organization of the release.
    pub publisher: Option<String>,
    /// Publication date a labelled line of the page's chrome states (HTML: a footer's
    /// "Publicerad …"), used only when neither the markup nor the text gives one.
    pub chrome_published: Option<String>,
}

/// Extensions read as plain text; a file without an extension is read as text too.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];
const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd"];
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

/// Magic numbers of common binary files that are not indexed, with a name for the log.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (b"II*\0", "TIFF image"),
    (b"MM\0*", "TIFF image"),
    (b"\x1F\x8B", "gzip archive"),
    (b"7z\xBC\xAF", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\xD0\xCF\x11\xE0", "legacy Office document (.doc/.xls)"),
    (b"\x7FELF", "executable"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"%!PS", "PostScript"),
];

/// How far into a file `%PDF-` may start (the PDF spec allows leading junk).
const PDF_MAGIC_WINDOW: usize = 1024;

/// Recognises the format of `bytes`, content first, extension (`rel_path`) second.
pub(crate) fn detect(rel_path: &str, bytes: &[u8]) -> Detected {
    let ext = extension(rel_path);
    let head = &bytes[..bytes.len().min(PDF_MAGIC_WINDOW)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Detected::Supported(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return docx::detect_zip(rel_path, bytes);
    }
    if let Some((_, what)) = BINARY_MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Detected::Unsupported(format!("unsupported format: {what}"));
    }
    if html::sniff(head) {
        return Detected::Supported(Format::Html);
    }
    match ext.as_deref() {
        None => Detected::Supported(Format::Text),
        Some(e) if TEXT_EXTENSIONS.contains(&e) => Detected::Supported(Format::Text),
        Some(e) if MARKDOWN_EXTENSIONS.contains(&e) => Detected::Supported(Format::Markdown),
        Some(e) if HTML_EXTENSIONS.contains(&e) => Detected::Supported(Format::Html),
        Some(e) => Detected::Unsupported(format!("unsupported file type .{e}")),
    }
}

/// The lower-cased extension of the last path component, if any.
fn extension(rel_path: &str) -> Option<String> {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// The text of `bytes`, or why they are not text.
pub(crate) fn decode_text<'a>(
    bytes: &'a [u8],
    budget: &mut Budget,
) -> Result<Cow<'a, str>, ParseFailure> {
    let text = decode::decode(bytes, budget)?;
    match decode::garbage_reason(&text, budget)? {
        Some(reason) => Err(ParseFailure::NotText(reason)),
        None => Ok(text),
    }
}

/// Why a file could not be parsed.
#[derive(Debug)]
pub(crate) enum ParseFailure {
    /// Text formats: the bytes are not text.
    NotText(String),
    /// The format's parser failed.
    Parse(String),
    /// The file holds no text (a PDF without a text layer, HTML with chrome only).
    Empty,
    /// The time budget of the file ran out.
    OutOfTime,
    /// The helper process that parses PDFs could not be run (see
    /// [`crate::PdfParsing::Helper`]): a fault of this machine, not of the file.
    Helper(std::io::Error),
}

impl From<OutOfTime> for ParseFailure {
    fn from(_: OutOfTime) -> ParseFailure {
        ParseFailure::OutOfTime
    }
}

/// Turns the bytes of a file of `format` into text and markup metadata, checking
/// `budget` as it goes.
pub(crate) fn parse<'a>(
    format: Format,
    bytes: &'a [u8],
    budget: &mut Budget,
) -> Result<Parsed<'a>, ParseFailure> {
    match format {
        Format::Text => Ok(Parsed {
            text: decode_text(bytes, budget)?,
            ..Parsed::default()
        }),
        Format::Markdown => Ok(markdown::parse(&decode_text(bytes, budget)?, budget)?),
        Format::Html => Ok(html::parse(&decode_text(bytes, budget)?, budget)?),
        Format::Pdf => pdf::parse(bytes, budget),
        Format::Docx => docx::parse(bytes, budget),
    }
}

/// Normalises a date stated in markup (`2015-03-04`, `2015-03-04T10:00:00+01:00`,
/// `20150304`) to `YYYY-MM-DD`, or `None` if it is not one.
pub(crate) fn iso_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let digits: String = raw.chars().take(10).filter(char::is_ascii_digit).collect();
    let compact = raw.len() >= 8 && raw.as_bytes()[..8].iter().all(u8::is_ascii_digit);
    let dashed = raw.len() >= 10
        && raw.as_bytes()[4] == b'-'
        && raw.as_bytes()[7] == b'-'
        && digits.len() == 8;
    if !(compact || dashed) {
        return None;
    }
    let digits = &digits[..8];
    let iso = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]);
    // The workspace's one check that the day exists ("2015-02-31" does not).
    pressarkiv_normalize::parse_iso_date(&iso).map(|date| date.to_string())
}

/// Collapses runs of white space inside a line and trims it.
pub(crate) fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_dates_become_iso() {
        assert_eq!(
            iso_date("2015-03-04T10:00:00+01:00").as_deref(),
            Some("2015-03-04")
        );
        assert_eq!(iso_date("20150304").as_deref(), Some("2015-03-04"));
        assert_eq!(iso_date("4 mars 2015"), None);
        assert_eq!(iso_date("2015-13-04"), None);
        assert_eq!(iso_date("2015-02-31"), None);
    }

    #[test]
    fn content_beats_extension() {
        assert!(matches!(
            detect("x.txt", b"%PDF-1.4 ..."),
            Detected::Supported(Format::Pdf)
        ));
        assert!(matches!(
            detect("x.txt", b"<!DOCTYPE html><p>x"),
            Detected::Supported(Format::Html)
        ));
        assert!(matches!(
            detect("x.txt", b"\x89PNG\r\n"),
            Detected::Unsupported(_)
        ));
        assert!(matches!(detect("x.csv", b"a,b"), Detected::Unsupported(_)));
        assert!(matches!(
            detect("README", b"hej"),
            Detected::Supported(Format::Text)
        ));
    }
}
