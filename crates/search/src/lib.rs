//! The tantivy side of pressarkiv: the schema, Swedish analysis, one writer that
//! upserts and deletes press releases by path, and a query language that understands
//! ministers, agreements, regions and amounts in kronor.
//!
//! - [`Archive`] opens (or creates) an index folder and hands out searches; it is cheap
//!   to share across threads (`Arc<Archive>`), and every search sees the latest commit
//!   after [`Archive::reload`]. [`Archive::open_once`] opens it for a process that
//!   searches and exits, without following later commits by itself.
//! - [`ArchiveWriter`] is the single writer: [`ArchiveWriter::upsert`],
//!   [`ArchiveWriter::delete`], [`ArchiveWriter::commit`]. A second writer on the same
//!   folder, in this process or another, fails with [`SearchError::Locked`].
//! - [`Archive::document`] returns one whole release by its [`document_id`] (a hash of
//!   its path, also on every [`Hit`]): the cleaned text and its entities with byte spans.
//!   Of a huge file only the first [`MAX_SHOWN_BYTES`] are stored to be shown; every word
//!   is indexed all the same.
//! - [`swedish_text`] is the analysis of title and body (compounds and their parts,
//!   stemmed, each word analyzed once): for benchmarks of tantivy alone on equal terms.
//! - [`parse_query`] turns the query language into a [`Query`] ready to run, or a
//!   [`SearchError::Query`] that points at the problem.
//!
//! ```
//! use pressarkiv_search::{Archive, IndexedDocument, SearchRequest};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let archive = Archive::open_or_create(dir.path()).unwrap();
//! let mut writer = archive.writer().unwrap();
//! let extraction = pressarkiv_normalize::extract(
//!     "Nära 11 miljarder kronor till vården\n\nDet säger socialminister Lena Hallengren.",
//! );
//! writer.upsert(IndexedDocument { path: "a.txt", hash: "h1", stamp: None, extraction }).unwrap();
//! writer.commit().unwrap();
//! archive.reload().unwrap();
//! let hits = archive.search(&SearchRequest::new("vården")).unwrap();
//! assert_eq!(hits.hits[0].path, "a.txt");
//! ```
#![deny(missing_docs)]

mod analysis;
mod archive;
mod compounds;
mod doc_values;
mod document;
mod error;
mod facet_tally;
mod highlight;
mod merge_policy;
mod query;
mod release_doc;
mod schema;
mod search;
mod stats;
mod terms_by_ord;
mod view;
mod writer;

pub use analysis::swedish_text;
pub use archive::Archive;
pub use document::{IndexedDocument, StoredEntities, MAX_SHOWN_BYTES};
pub use error::SearchError;
pub use query::{parse_query, Query};
pub use search::{
    FacetCount, Hit, SearchRequest, SearchResults, SnippetAmount, SnippetText, SortOrder,
};
pub use stats::{GroupBy, GroupSum, Stats};
pub use view::{document_id, is_document_id, DocumentView};
pub use writer::ArchiveWriter;
