//! [`TermsByOrd`]: every term of a text column, read in one pass, by ordinal.

use std::io;

use tantivy::columnar::{Column, StrColumn};
use tantivy::DocId;

/// All the terms of one segment's [`StrColumn`], side by side in one string.
///
/// Looking a term up by ordinal in the column decodes its dictionary block from the
/// start, about half a block per term: listing every release's path, hash and stamp
/// that way was half of a nothing-changed `index` (BENCHMARKS.md, session 27). Reading
/// the dictionary once, in order, decodes each term once.
pub(crate) struct TermsByOrd {
    text: String,
    /// Where each term ends in `text`; term `ord` starts where `ord - 1` ends.
    ends: Vec<usize>,
    /// Each document's ordinals.
    ords: Column<u64>,
}

impl TermsByOrd {
    pub(crate) fn read(column: &StrColumn) -> io::Result<TermsByOrd> {
        let dictionary = column.dictionary();
        let mut terms = TermsByOrd {
            text: String::new(),
            ends: Vec::with_capacity(dictionary.num_terms()),
            ords: column.ords().clone(),
        };
        let mut stream = dictionary.stream()?;
        while stream.advance() {
            let term = std::str::from_utf8(stream.key())
                .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))?;
            terms.text.push_str(term);
            terms.ends.push(terms.text.len());
        }
        // The stream stops quietly on a block it cannot read: the column is damaged.
        if terms.ends.len() != dictionary.num_terms() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "a column dictionary lists {} terms and holds {}",
                    dictionary.num_terms(),
                    terms.ends.len()
                ),
            ));
        }
        Ok(terms)
    }

    /// The first term of `doc`, if it has one.
    pub(crate) fn first_of(&self, doc: DocId) -> Option<&str> {
        self.get(self.ords.first(doc)?)
    }

    /// The term numbered `ord`, if the column has one.
    fn get(&self, ord: u64) -> Option<&str> {
        let ord = usize::try_from(ord).ok()?;
        let end = *self.ends.get(ord)?;
        let start = match ord.checked_sub(1) {
            Some(before) => self.ends[before],
            None => 0,
        };
        self.text.get(start..end)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::schema::{Schema, FAST, STRING};
    use tantivy::{doc, Index};

    use super::*;

    #[test]
    fn every_term_is_found_by_the_ordinal_the_column_gives_it() {
        let mut builder = Schema::builder();
        let name = builder.add_text_field("name", STRING | FAST);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        // Enough terms to fill several dictionary blocks, with shared prefixes, and one
        // term that two documents hold.
        let names: Vec<String> = (0..5_000)
            .map(|i| format!("mapp-{}/pressmeddelande-{i}.html", i % 7))
            .chain(["å/ä/ö.txt".to_string(), "å/ä/ö.txt".to_string()])
            .collect();
        for text in &names {
            writer.add_document(doc!(name => text.as_str())).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let segment = &searcher.segment_readers()[0];
        let column = segment.fast_fields().str("name").unwrap().unwrap();

        let terms = TermsByOrd::read(&column).unwrap();

        let mut by_lookup = String::new();
        for doc in 0..segment.max_doc() {
            let ord = column.term_ords(doc).next().unwrap();
            column.ord_to_str(ord, &mut by_lookup).unwrap();
            assert_eq!(terms.get(ord), Some(by_lookup.as_str()));
            assert_eq!(terms.get(ord), Some(names[doc as usize].as_str()));
        }
        assert_eq!(terms.get(column.num_terms() as u64), None);
    }
}
