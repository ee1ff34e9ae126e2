//! One file to one [`Outcome`]: read, hash, skip if unchanged, detect, parse, extract;
//! and the same over many files in parallel.

use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, Instant};

use pressarkiv_normalize::{Extraction, Organization, Region};
use rayon::prelude::*;

use crate::budget::{self, Abandoned, Budget};
use crate::format::{self, Detected, Format, ParseFailure, Parsed};
use crate::pdf_helper::{self, PdfParsing};
use crate::read::{self, Contents};
use crate::version::{ContentHash, Stamp, Version};
use crate::IngestError;

/// Files larger than this are reported, not read (unless [`LoadOptions`] says
/// otherwise): no press release is this big, and the memory of indexing a file is a few
/// times its size.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Time one file may take to parse and extract (unless [`LoadOptions`] says otherwise):
/// a release takes milliseconds, a file at the size limit some seconds.
pub const DEFAULT_TIME_BUDGET: Duration = Duration::from_secs(60);

/// Limits that keep one hostile file from holding up or exhausting the process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// Larger files fail with [`IngestError::TooLarge`] without being read.
    pub max_file_bytes: u64,
    /// A file whose parsing and extraction take longer fails with
    /// [`IngestError::TimedOut`].
    pub time_budget: Duration,
    /// Where PDFs are parsed: in this process (the default) or in a helper process that
    /// is killed at the deadline and caps its memory.
    pub pdf: PdfParsing,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            time_budget: DEFAULT_TIME_BUDGET,
            pdf: PdfParsing::InProcess,
        }
    }
}

/// A document ready for indexing.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Path relative to the corpus root, '/'-separated, e.g. `2015/x.txt`.
    pub path: String,
    /// The hash of the raw bytes.
    pub hash: ContentHash,
    /// The file's stamp when it was read, if it had settled (see [`Version::stamp`]).
    pub stamp: Option<Stamp>,
    /// The format the content was recognised as.
    pub format: Format,
    /// Text and entities from `pressarkiv_normalize::extract` on the decoded text.
    ///
    /// For HTML, Markdown and DOCX, the headline stated by the markup (`<h1>`, else
    /// `<title>` when the text gives none; the first `#` heading, else front matter
    /// `title:`; a Title/Heading 1 paragraph) wins over the text-level guess, and the
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
    /// Its stamp or its hash equals the known one: nothing to do.
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

/// [`load_with`] under the default [`LoadOptions`].
pub fn load(root: &Path, rel_path: &str, known: Option<&Version>) -> Outcome {
    load_with(root, rel_path, known, &LoadOptions::default())
}

/// Reads `root/rel_path`, hashes it, and if it is not the `known` version detects the
/// format, parses, decodes and extracts it. A file whose stamp (size, times, inode)
/// equals the known one is unchanged without being read. Never panics; every problem is an
/// [`Outcome::Failed`] or [`Outcome::Skipped`] naming the file.
///
/// Only regular files (and symlinks to them) are read: a named pipe, socket or device
/// is skipped. A file over `options.max_file_bytes` fails without being read; parsing
/// and extraction get `options.time_budget`, on a thread of their own
/// ([`PARSER_THREAD_NAME`](crate::PARSER_THREAD_NAME)), and a panic there fails the
/// file, not the caller. Under [`PdfParsing::Helper`], a PDF is parsed in a helper
/// process within that budget (killed and reaped when it runs out), and its text
/// extracted on the parser thread within what is left. A file whose size or modification time changes while it is
/// read is reported as [`IngestError::Incomplete`] (retry it later), so a half-written
/// file is never indexed.
pub fn load_with(
    root: &Path,
    rel_path: &str,
    known: Option<&Version>,
    options: &LoadOptions,
) -> Outcome {
    match load_inner(root, rel_path, known, options) {
        Ok(outcome) => outcome,
        Err(err) => Outcome::Failed(err),
    }
}

fn load_inner(
    root: &Path,
    rel: &str,
    known: Option<&Version>,
    options: &LoadOptions,
) -> Result<Outcome, IngestError> {
    let path = root.join(rel);
    if let Some(known_stamp) = known.and_then(|known| known.stamp) {
        if read::stamp(&path) == Some(known_stamp) {
            return Ok(Outcome::Unchanged {
                path: rel.to_owned(),
            });
        }
    }
    let (bytes, stamp) = match read::read_regular(&path, rel, options.max_file_bytes)? {
        Contents::Bytes { bytes, stamp } => (bytes, stamp),
        Contents::NotRegular(what) => {
            return Ok(Outcome::Skipped {
                path: rel.to_owned(),
                reason: format!("not a regular file: {what}"),
            })
        }
    };
    let hash = ContentHash::of(&bytes);
    if known.is_some_and(|known| known.hash == hash) {
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
    let limit = options.time_budget;
    let failed = |failure| parse_error(rel, format, limit, failure);
    let started = Instant::now();
    let input = match (&options.pdf, format) {
        // On this thread: the helper is waited for with the file's budget and killed
        // when it runs out, so nothing of the file outlives its deadline.
        (PdfParsing::Helper { program, args }, Format::Pdf) => {
            match pdf_helper::text_in_helper(program, args, bytes, limit) {
                Ok(text) => Input::PdfText(text),
                Err(failure) => return Err(failed(failure)),
            }
        }
        _ => Input::File(bytes),
    };
    // What is left of the budget for the rest, all of it for a file parsed here.
    let left = limit.saturating_sub(started.elapsed());
    let extracted = budget::run_with_deadline(left, move || {
        parse_and_extract(format, input, Budget::new(left))
    });
    match extracted {
        Ok(Ok(extraction)) => Ok(Outcome::Indexed(Document {
            path: rel.to_owned(),
            hash,
            stamp,
            format,
            extraction,
        })),
        Ok(Err(failure)) => Err(failed(failure)),
        Err(Abandoned::TimedOut) => Err(failed(ParseFailure::OutOfTime)),
        Err(Abandoned::Failed(reason)) => Err(failed(ParseFailure::Parse(format!(
            "the {format} reader failed: {reason}"
        )))),
    }
}

/// From this size on, a file's text is handed to extraction rather than lent.
const HAND_OVER_FROM_BYTES: usize = 1 << 20;

/// What the parser thread starts from.
enum Input {
    /// A file's bytes, to be parsed as its format.
    File(Vec<u8>),
    /// A PDF's text, as a helper process parsed it (see [`PdfParsing::Helper`]).
    PdfText(String),
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::File(bytes) => bytes.len(),
            Input::PdfText(text) => text.len(),
        }
    }

    /// The input as a string, when it was lent whole as the text.
    fn into_text(self) -> String {
        match self {
            Input::File(bytes) => String::from_utf8(bytes).unwrap_or_else(|not_text| {
                // Cannot happen: the bytes were lent as the text.
                String::from_utf8_lossy(not_text.as_bytes()).into_owned()
            }),
            Input::PdfText(text) => text,
        }
    }
}

/// What is left to do once a file is read, on the parser thread.
fn parse_and_extract(
    format: Format,
    input: Input,
    mut budget: Budget,
) -> Result<Extraction, ParseFailure> {
    let Parsed {
        text,
        title,
        fallback_title,
        published,
        publisher,
        chrome_published,
    } = match &input {
        Input::File(bytes) => format::parse(format, bytes, &mut budget)?,
        Input::PdfText(text) => Parsed {
            text: Cow::Borrowed(text),
            ..Parsed::default()
        },
    };
    if text.trim().is_empty() {
        return Err(ParseFailure::Empty);
    }
    // Normalize is handed a big file's text to own, so that it frees it once cleaned: a
    // huge file is then never held three times over. (Taking the bytes as a String
    // checks them again, which only a big file's memory is worth.)
    let whole_input = matches!(&text, Cow::Borrowed(borrowed)
        if borrowed.len() == input.len() && input.len() >= HAND_OVER_FROM_BYTES);
    let mut extraction = if whole_input {
        drop(text);
        pressarkiv_normalize::extract_owned(input.into_text())
    } else {
        match text {
            Cow::Borrowed(text) => pressarkiv_normalize::extract(text),
            Cow::Owned(text) => {
                // The text is a copy: the raw bytes are not needed while extracting.
                drop(input);
                pressarkiv_normalize::extract_owned(text)
            }
        }
    };
    if title.is_some() {
        extraction.title = title;
    } else if extraction.title.is_none() {
        extraction.title = fallback_title;
    }
    if published.is_some() {
        extraction.published = published;
    } else if extraction.published.is_none() {
        extraction.published = chrome_published;
    }
    if let Some(publisher) = publisher.as_deref() {
        add_publisher(&mut extraction, publisher);
    }
    Ok(extraction)
}

/// Counts a page's publisher among its organizations when normalize knows the name, by
/// its list or by the name's form ("Motala kommun", "Länsstyrelsen i X län"), or among
/// its regions when it is a region's body ("Region Sörmland"); it stands in the page's
/// chrome, not in its text, so it has no span.
fn add_publisher(extraction: &mut Extraction, publisher: &str) {
    if let Some(name) = pressarkiv_normalize::sender_canonical(publisher) {
        if extraction.organizations.iter().all(|org| org.name != name) {
            extraction.organizations.push(Organization {
                name,
                spans: Vec::new(),
            });
        }
    } else if let Some(region) = pressarkiv_normalize::sender_region(publisher) {
        if extraction.regions.iter().all(|r| r.name != region) {
            extraction.regions.push(Region {
                name: region.to_string(),
                spans: Vec::new(),
            });
        }
    }
}

pub(crate) fn parse_error(
    rel: &str,
    format: Format,
    limit: Duration,
    failure: ParseFailure,
) -> IngestError {
    let path = rel.to_owned();
    match failure {
        ParseFailure::NotText(reason) => IngestError::NotText { path, reason },
        ParseFailure::Parse(reason) => IngestError::Parse {
            path,
            format,
            reason,
        },
        ParseFailure::Empty if format == Format::Pdf => IngestError::Parse {
            path,
            format,
            reason: "no text layer (a scanned image?); nothing to index".to_owned(),
        },
        ParseFailure::Empty => IngestError::Empty { path },
        ParseFailure::OutOfTime => IngestError::TimedOut {
            path,
            format,
            budget: limit,
        },
        ParseFailure::Helper(source) => IngestError::Helper { path, source },
    }
}

/// Runs [`load_with`] over `paths` in parallel on rayon's pool and hands each
/// [`Outcome`] to `sink` as soon as it is ready, from the worker thread that produced
/// it. `known` gives the indexed version of a path, if any. Nothing is collected: memory
/// stays bounded by the files in flight, whatever the number of paths.
pub fn load_all<K, S>(root: &Path, paths: &[String], options: &LoadOptions, known: &K, sink: &S)
where
    K: Fn(&str) -> Option<Version> + Sync + ?Sized,
    S: Fn(Outcome) + Sync + ?Sized,
{
    paths.par_iter().for_each(|rel| {
        let known = known(rel);
        sink(load_with(root, rel, known.as_ref(), options));
    });
}
