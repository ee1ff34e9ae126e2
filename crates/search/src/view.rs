//! One whole document by its id: what a reader opens from a hit.

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};

use crate::archive::Archive;
use crate::document::{StoredDocument, StoredEntities};
use crate::error::SearchError;

/// Hex digits of an id: 64 bits of a hash, so that two paths of one corpus sharing an id
/// is as unlikely as never mattering (one in 2^32 at four billion files).
const ID_HEX_DIGITS: usize = 16;

/// The id of the document at `path`: 16 lower-case hex digits of a BLAKE3 hash of the
/// path. Stable across runs and rebuilds, and it reveals nothing of the file system.
pub fn document_id(path: &str) -> String {
    let hash = blake3::hash(path.as_bytes());
    hash.to_hex()[..ID_HEX_DIGITS].to_string()
}

/// True when `id` has the shape of a [`document_id`].
pub fn is_document_id(id: &str) -> bool {
    id.len() == ID_HEX_DIGITS && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A stored press release, whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    /// The [`document_id`] of its path.
    pub id: String,
    /// Path relative to the corpus root.
    pub path: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date (ISO), when known.
    pub published: Option<String>,
    /// The cleaned text, or its start for a huge file (see `full_text_bytes`); every
    /// entity span is a byte range of it.
    pub text: String,
    /// The length in bytes of the whole text when `text` is only its first
    /// [`crate::MAX_SHOWN_BYTES`]: all of it is searchable, the rest is not shown.
    pub full_text_bytes: Option<u64>,
    /// What was extracted, with spans into `text`.
    pub entities: StoredEntities,
}

impl Archive {
    /// The document with `id` in the latest reloaded commit, or `None` when there is
    /// none (or `id` is not shaped like one).
    pub fn document(&self, id: &str) -> Result<Option<DocumentView>, SearchError> {
        if !is_document_id(id) {
            return Ok(None);
        }
        let fields = self.fields();
        let searcher = self.searcher();
        let query = TermQuery::new(
            Term::from_field_text(fields.id, id),
            IndexRecordOption::Basic,
        );
        // An id names one path, and the writer keeps one document per path.
        let found = searcher.search(&query, &DocSetCollector)?;
        let Some(&address) = found.iter().next() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(address)?;
        let stored = StoredDocument::read(&doc, fields);
        Ok(Some(DocumentView {
            id: id.to_string(),
            path: stored.path,
            title: stored.title,
            published: stored.published,
            text: stored.body,
            full_text_bytes: stored.full_body_bytes,
            entities: stored.entities,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IndexedDocument;

    #[test]
    fn ids_are_short_stable_hex_and_differ_by_path() {
        let id = document_id("004_a.txt");
        assert_eq!(id, document_id("004_a.txt"));
        assert!(is_document_id(&id), "{id}");
        assert_ne!(id, document_id("004_b.txt"));
        assert!(!is_document_id("../etc/passwd"));
        assert!(!is_document_id(&id.to_uppercase()));
    }

    #[test]
    fn document_by_id_has_text_and_entity_spans() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open_or_create(dir.path()).unwrap();
        let mut writer = archive.writer().unwrap();
        let text = "Pengar till vården\n\nRegeringen ger 25 miljoner kronor till Region Skåne, \
                    säger socialminister Lena Hallengren.";
        let extraction = pressarkiv_normalize::extract(text);
        let doc = IndexedDocument {
            path: "dir/a.txt",
            hash: "h",
            stamp: None,
            extraction: extraction.clone(),
        };
        writer.upsert(doc).unwrap();
        writer.commit().unwrap();
        archive.reload().unwrap();

        let view = archive
            .document(&document_id("dir/a.txt"))
            .unwrap()
            .unwrap();
        assert_eq!(view.path, "dir/a.txt");
        assert_eq!(view.text, extraction.text);
        assert_eq!(view.full_text_bytes, None);
        let minister = &view.entities.ministers[0];
        assert_eq!(minister.name, "Lena Hallengren");
        let span = minister.spans[0];
        assert!(view.text[span.start..span.end].contains("Hallengren"));
        let amount = &view.entities.amounts[0];
        assert_eq!(amount.sek, 25_000_000);
        assert!(view.text[amount.span.start..amount.span.end].contains("25 miljoner"));

        assert_eq!(archive.document(&document_id("other.txt")).unwrap(), None);
        assert_eq!(archive.document("not an id").unwrap(), None);
        let hits = archive
            .search(&crate::SearchRequest::new("vården"))
            .unwrap();
        assert_eq!(hits.hits[0].id, view.id);
    }

    #[test]
    fn a_huge_release_shows_its_start_and_is_found_whole() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open_or_create(dir.path()).unwrap();
        let mut writer = archive.writer().unwrap();
        let line = "Regeringen ger 5 miljoner kronor till skolan i Region Skåne.\n";
        let mut text = String::from("Pengar till skolan\n\n");
        while text.len() < crate::MAX_SHOWN_BYTES + 100_000 {
            text.push_str(line);
        }
        text.push_str("Till sist får Region Gotland 77 miljoner kronor för slutordet.\n");
        let extraction = pressarkiv_normalize::extract(&text);
        let full = extraction.text.clone();
        writer
            .upsert(IndexedDocument {
                path: "stor.txt",
                hash: "h",
                stamp: None,
                extraction,
            })
            .unwrap();
        writer.commit().unwrap();
        archive.reload().unwrap();

        let view = archive.document(&document_id("stor.txt")).unwrap().unwrap();
        assert!(view.text.len() <= crate::MAX_SHOWN_BYTES);
        assert!(full.starts_with(&view.text) && view.text.ends_with('\n'));
        assert_eq!(view.full_text_bytes, Some(full.len() as u64));
        let entities = &view.entities;
        let spans = entities.regions.iter().flat_map(|region| &region.spans);
        let amount_spans = entities.amounts.iter().map(|amount| &amount.span);
        for span in spans.chain(amount_spans) {
            assert!(span.end <= view.text.len());
        }
        // Gotland is named only past the shown part: still one of its regions, with no
        // mention to mark.
        let gotland = entities.regions.iter().find(|r| r.name == "Gotland");
        assert_eq!(gotland.map(|region| region.spans.len()), Some(0));
        assert!(entities
            .amounts
            .iter()
            .all(|amount| amount.sek == 5_000_000));
        // Past the shown part, words, regions and amounts are all found.
        for query in ["slutordet", "region:gotland", "amount:77mnkr"] {
            let hits = archive.search(&crate::SearchRequest::new(query)).unwrap();
            assert_eq!(hits.total, 1, "{query}");
        }
    }

    #[test]
    fn a_deleted_document_is_gone_by_id() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open_or_create(dir.path()).unwrap();
        let mut writer = archive.writer().unwrap();
        let extraction = pressarkiv_normalize::extract("Rubrik\n\nText om vården.");
        let doc = IndexedDocument {
            path: "a.txt",
            hash: "h",
            stamp: None,
            extraction,
        };
        writer.upsert(doc.clone()).unwrap();
        writer.upsert(doc).unwrap();
        writer.commit().unwrap();
        archive.reload().unwrap();
        assert!(archive.document(&document_id("a.txt")).unwrap().is_some());
        writer.delete("a.txt");
        writer.commit().unwrap();
        archive.reload().unwrap();
        assert_eq!(archive.document(&document_id("a.txt")).unwrap(), None);
    }
}
