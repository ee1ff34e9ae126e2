//! Corpus folder to documents for pressarkiv: list the files under a folder, read them,
//! decode their text whatever the encoding, parse their format, hash them, and run
//! [`pressarkiv_normalize::extract`] over them in parallel; and watch the folder for
//! changes.
//!
//! - [`scan`] lists the indexable files ([`is_ignored`] says which names never are).
//! - [`load`] turns one file into an [`Outcome`]: an indexable [`Document`], unchanged,
//!   skipped (unsupported [`Format`], not a regular file) or failed with an
//!   [`IngestError`] naming the file. [`load_with`] takes [`LoadOptions`]: the size
//!   limit and the time budget that keep one hostile file from exhausting the process,
//!   and where PDFs are parsed ([`PdfParsing`]).
//! - PDFs can be parsed in a helper process, which is killed when the file's time is up
//!   and caps its own memory (pdf-extract cannot be interrupted, and a PDF's streams may
//!   inflate to gigabytes): [`PdfParsing::Helper`] names the program to run, whose
//!   `main` calls [`pdf_helper_main`] (the `pressarkiv` binary does, as `pressarkiv
//!   pdf-text`).
//! - [`parse_bytes`] decodes and parses bytes already in memory as a given [`Format`]
//!   (no file, no extraction), e.g. for fuzzing.
//! - [`load_all`] does the same over many files on rayon's pool, streaming each outcome
//!   to a sink.
//! - [`CorpusWatcher`] reports [`Change`]s in debounced, coalesced batches.
//!
//! ```
//! use pressarkiv_ingest::{load, scan, Outcome};
//!
//! let root = tempfile::tempdir()?;
//! std::fs::create_dir(root.path().join("2015"))?;
//! std::fs::write(
//!     root.path().join("2015/x.txt"),
//!     "44 miljoner kronor till Region Östergötland\n\nText.",
//! )?;
//! std::fs::write(root.path().join("2015/.x.txt.swp"), "temp")?;
//!
//! let paths = scan(root.path())?;
//! assert_eq!(paths, ["2015/x.txt"]);
//! match load(root.path(), &paths[0], None) {
//!     Outcome::Indexed(doc) => assert_eq!(
//!         doc.extraction.title.as_deref(),
//!         Some("44 miljoner kronor till Region Östergötland")
//!     ),
//!     other => panic!("{other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod budget;
mod child;
mod decode;
mod error;
mod format;
mod load;
mod parse;
mod pdf_helper;
mod read;
mod scan;
mod version;
mod watch;

pub use crate::budget::PARSER_THREAD_NAME;
pub use crate::error::{IngestError, ShownPath};
pub use crate::format::Format;
pub use crate::load::{
    load, load_all, load_with, Document, LoadOptions, Outcome, DEFAULT_MAX_FILE_BYTES,
    DEFAULT_TIME_BUDGET,
};
pub use crate::parse::parse_bytes;
pub use crate::pdf_helper::{pdf_helper_main, PdfParsing};
pub use crate::scan::{is_ignored, scan};
pub use crate::version::{ContentHash, Stamp, Version};
pub use crate::watch::{Change, CorpusWatcher, WatchOptions, MAX_BATCH_WAIT};
