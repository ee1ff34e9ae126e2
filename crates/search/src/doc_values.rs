//! [`DocValues`]: the values of a run of consecutive documents in a multi-valued fast
//! column, read with one call; [`Runs`] gathers the documents a
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

/// A multi-valued u64 column and buffers for a run's values.
pub(crate) struct DocValues {
    column: Column<u64>,
    buffer: Vec<u64>,
    /// For [`DocValues::docs_of_run`]: the documents of a run that have values, and the
    /// first row of each (and the end of the last).
    docs: Vec<DocId>,
    starts: Vec<u32>,
}

/// The documents of a run that have values, each with its values.
pub(crate) struct RunDocs<'a> {
    docs: &'a [DocId],
    starts: &'a [u32],
    values: &'a [u64],
}

impl<'a> RunDocs<'a> {
    pub(crate) fn iter(&self) -> impl Iterator<Item = (DocId, &'a [u64])> + '_ {
        let first_row = self.starts.first().copied().unwrap_or(0);
        self.docs
            .iter()
            .zip(self.starts.windows(2))
            .map(move |(&doc, rows)| {
                // Offsets from the column rise; a damaged column gives no values, not a panic.
                let start = rows[0].saturating_sub(first_row) as usize;
                let end = rows[1].saturating_sub(first_row) as usize;
                (doc, self.values.get(start..end).unwrap_or_default())
            })
    }
}

impl DocValues {
    pub(crate) fn new(column: Column<u64>) -> DocValues {
        DocValues {
            column,
            buffer: Vec::new(),
            docs: Vec::new(),
            starts: Vec::new(),
        }
    }

    /// The values of every document of `run`, in document order.
    pub(crate) fn of_run(&mut self, run: Range<DocId>) -> &[u64] {
        // A lone document (a sparse match) takes one look-up, a longer run two.
        let rows = if run.len() == 1 {
            self.column.index.value_row_ids(run.start)
        } else {
            self.column.index.docid_range_to_rowids(run)
        };
        self.buffer.resize(rows.len(), 0);
        self.column
            .values
            .get_range(u64::from(rows.start), &mut self.buffer);
        &self.buffer
    }

    /// The documents of `run` that have values, each with its values, in document order.
    pub(crate) fn docs_of_run(&mut self, run: Range<DocId>) -> RunDocs<'_> {
        self.docs.clear();
        self.starts.clear();
        match &self.column.index {
            // Which documents have values, and where each one's rows start, are then two
            // columns of their own, read a run at a time.
            ColumnIndex::Multivalued(MultiValueIndex::MultiValueIndexV2(multi)) => {
                let set = &multi.optional_index;
                let ranks = set.rank(run.start)..set.rank(run.end);
                if !ranks.is_empty() {
                    if ranks.len() == run.len() {
                        // Every document of the run has values: no need to look them up.
                        self.docs.extend(run);
                    } else {
                        self.docs.extend(ranks.clone());
                        set.select_batch(&mut self.docs);
                    }
                    self.starts.resize(ranks.len() + 1, 0);
                    multi
                        .start_index_column
                        .get_range(u64::from(ranks.start), &mut self.starts);
                }
            }
            index => {
                for doc in run {
                    let rows = index.value_row_ids(doc);
                    if !rows.is_empty() {
                        self.starts.truncate(self.docs.len());
                        self.docs.push(doc);
                        self.starts.extend([rows.start, rows.end]);
                    }
                }
            }
        }
        let rows = match (self.starts.first(), self.starts.last()) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        };
        self.buffer.resize(rows.len(), 0);
        self.column
            .values
            .get_range(u64::from(rows.start), &mut self.buffer);
        RunDocs {
            docs: &self.docs,
            starts: &self.starts,
            values: &self.buffer,
        }
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
            assert_eq!(reader.of_run(doc..doc + 1), *values);
            assert_eq!(reader.of_run(doc..doc + 1), one_by_one.as_slice());
        }
        assert!(reader.of_run(4..5).is_empty());
        let all: Vec<u64> = docs.concat();
        assert_eq!(reader.of_run(0..5), all.as_slice());
        assert_eq!(reader.of_run(1..3), docs[2]);
        assert_eq!(reader.docs_with_values(0..5), 3);
        assert_eq!(reader.docs_with_values(1..2), 0);
        assert_eq!(reader.docs_with_values(1..4), 2);
        for run in [0..5, 1..4, 1..2, 3..5, 0..1] {
            let expected: Vec<(DocId, Vec<u64>)> = run
                .clone()
                .filter(|&doc| {
                    !docs
                        .get(doc as usize)
                        .is_none_or(|values| values.is_empty())
                })
                .map(|doc| (doc, docs[doc as usize].to_vec()))
                .collect();
            let got: Vec<(DocId, Vec<u64>)> = reader
                .docs_of_run(run.clone())
                .iter()
                .map(|(doc, values)| (doc, values.to_vec()))
                .collect();
            assert_eq!(got, expected, "{run:?}");
        }
    }

    #[test]
    fn a_single_valued_column_gives_its_documents_of_a_run() {
        let mut schema = Schema::builder();
        let field = schema.add_u64_field("n", FAST);
        let index = Index::create_in_ram(schema.build());
        // One thread, so documents keep the order they are added in.
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let docs = [Some(4), None, None, Some(7), Some(0)];
        for value in docs {
            let mut document = tantivy::TantivyDocument::default();
            if let Some(value) = value {
                document.add_u64(field, value);
            }
            writer.add_document(document).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let column = searcher.segment_reader(0).fast_fields().u64("n").unwrap();
        let mut reader = DocValues::new(column);
        let got: Vec<(DocId, Vec<u64>)> = reader
            .docs_of_run(0..5)
            .iter()
            .map(|(doc, values)| (doc, values.to_vec()))
            .collect();
        assert_eq!(got, vec![(0, vec![4]), (3, vec![7]), (4, vec![0])]);
        assert_eq!(reader.docs_with_values(0..5), 3);
        assert_eq!(reader.of_run(1..4), [7]);
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
