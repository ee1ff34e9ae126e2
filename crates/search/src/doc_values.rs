//! [`DocValues`]: the values of a document, or of a run of consecutive documents, in a
//! multi-valued fast column, read with one call; [`Runs`] gathers the documents a
//! collector is given into such runs.
//!
//! The values of consecutive documents are adjacent rows of the column. Reading them one
//! `get_val` at a time costs a virtual call and a bit-unpacking set-up per value, and
//! finding each document's rows costs two look-ups per document; over all of a million
//! releases that was most of a search with facets or sums.

use std::ops::Range;

use tantivy::columnar::column_index::{MultiValueIndex, Set};
use tantivy::columnar::{Column, ColumnIndex};
use tantivy::DocId;

/// The longest run [`Runs`] gathers, so that a run's values stay a small buffer.
const MAX_RUN_DOCS: u32 = 1024;

/// A multi-valued u64 column and a buffer for one document's values.
pub(crate) struct DocValues {
    column: Column<u64>,
    buffer: Vec<u64>,
}

impl DocValues {
    pub(crate) fn new(column: Column<u64>) -> DocValues {
        DocValues {
            column,
            buffer: Vec::new(),
        }
    }

    /// The values of `doc`, in the column's order (ascending, for term ordinals).
    pub(crate) fn of(&mut self, doc: DocId) -> &[u64] {
        let rows = self.column.index.value_row_ids(doc);
        self.buffer.resize(rows.len(), 0);
        self.column
            .values
            .get_range(u64::from(rows.start), &mut self.buffer);
        &self.buffer
    }

    /// The values of every document of `run`, in document order.
    pub(crate) fn of_run(&mut self, run: Range<DocId>) -> &[u64] {
        let rows = self.column.index.docid_range_to_rowids(run);
        self.buffer.resize(rows.len(), 0);
        self.column
            .values
            .get_range(u64::from(rows.start), &mut self.buffer);
        &self.buffer
    }

    /// How many documents of `run` have a value.
    pub(crate) fn docs_with_values(&self, run: Range<DocId>) -> u32 {
        let index = &self.column.index;
        match index {
            ColumnIndex::Empty { .. } => 0,
            ColumnIndex::Full => run.end - run.start,
            ColumnIndex::Optional(set) => set.rank(run.end) - set.rank(run.start),
            // The documents with values are a set of their own.
            ColumnIndex::Multivalued(MultiValueIndex::MultiValueIndexV2(multi)) => {
                let set = &multi.optional_index;
                set.rank(run.end) - set.rank(run.start)
            }
            ColumnIndex::Multivalued(_) => run.filter(|&doc| index.has_value(doc)).count() as u32,
        }
    }
}

/// Gathers the documents a collector is given, in ascending order, into runs of
/// consecutive ids.
#[derive(Debug, Default)]
pub(crate) struct Runs {
    pending: Range<DocId>,
}

impl Runs {
    /// Adds `doc`; gives back the run that it does not continue, if any.
    pub(crate) fn push(&mut self, doc: DocId) -> Option<Range<DocId>> {
        if doc == self.pending.end && self.pending.end - self.pending.start < MAX_RUN_DOCS {
            self.pending.end += 1;
            return None;
        }
        let ended = std::mem::replace(&mut self.pending, doc..doc + 1);
        (!ended.is_empty()).then_some(ended)
    }

    /// The run still gathering, if any.
    pub(crate) fn finish(&mut self) -> Option<Range<DocId>> {
        let last = std::mem::take(&mut self.pending);
        (!last.is_empty()).then_some(last)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::schema::{Schema, FAST, INDEXED};
    use tantivy::{doc, Index};

    use super::*;

    #[test]
    fn gives_each_document_its_own_values() {
        let mut schema = Schema::builder();
        let field = schema.add_u64_field("n", FAST | INDEXED);
        let index = Index::create_in_ram(schema.build());
        // One thread, so documents keep the order they are added in.
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let docs: [&[u64]; 4] = [&[3, 9, 27], &[], &[1_000_000_000_000], &[5, 5]];
        for values in docs {
            let mut document = tantivy::TantivyDocument::default();
            for &value in values {
                document.add_u64(field, value);
            }
            writer.add_document(document).unwrap();
        }
        writer.add_document(doc!()).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let segment = searcher.segment_reader(0);
        let column = segment.fast_fields().u64("n").unwrap();
        let mut reader = DocValues::new(column.clone());
        for (doc, values) in docs.iter().enumerate() {
            let doc = doc as DocId;
            let one_by_one: Vec<u64> = column.values_for_doc(doc).collect();
            assert_eq!(reader.of(doc), *values);
            assert_eq!(reader.of(doc), one_by_one.as_slice());
        }
        assert!(reader.of(4).is_empty());
        let all: Vec<u64> = docs.concat();
        assert_eq!(reader.of_run(0..5), all.as_slice());
        assert_eq!(reader.of_run(1..3), docs[2]);
        assert_eq!(reader.docs_with_values(0..5), 3);
        assert_eq!(reader.docs_with_values(1..2), 0);
        assert_eq!(reader.docs_with_values(1..4), 2);
    }

    #[test]
    fn runs_gather_consecutive_documents_and_lose_none() {
        let docs = [0, 1, 2, 5, 6, 9];
        let mut runs = Runs::default();
        let mut ended: Vec<Range<DocId>> = docs.iter().filter_map(|&doc| runs.push(doc)).collect();
        ended.extend(runs.finish());
        assert_eq!(ended, vec![0..3, 5..7, 9..10]);
        assert_eq!(runs.finish(), None);

        let mut long: Vec<Range<DocId>> = (0..MAX_RUN_DOCS * 2 + 1)
            .filter_map(|doc| runs.push(doc))
            .collect();
        long.extend(runs.finish());
        let max = MAX_RUN_DOCS;
        assert_eq!(long, vec![0..max, max..2 * max, 2 * max..2 * max + 1]);
    }
}
