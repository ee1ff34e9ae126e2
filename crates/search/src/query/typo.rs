//! [`UnlessKnown`]: typo tolerance for a query word the archive hardly holds.
//!
//! A word one typo away is looked up with a Levenshtein automaton over every segment's
//! term dictionary, for the word as typed and as stemmed, in title and body: four walks
//! per word. A long query of ordinary words spent half its time there (about 45 of 90 ms
//! for 14 words at a million releases) to add matches ranked below every real one. A
//! word that many releases hold is almost surely spelled as meant, so its typo variants
//! are not looked up; a word found nowhere, or only in a few releases (perhaps where the
//! releases themselves misspell it), still is.

use tantivy::query::{BooleanQuery, EmptyQuery, EnableScoring, Query, Weight};
use tantivy::Term;

/// A word held by at least this many releases (in the title or in the body) gets no typo
/// tolerance.
const KNOWN_IN_RELEASES: u64 = 10;

/// `fuzzy`, unless one of `exact` (the word's own terms) is held by at least
/// [`KNOWN_IN_RELEASES`] releases of the searched archive.
#[derive(Debug, Clone)]
pub(crate) struct UnlessKnown {
    exact: Vec<Term>,
    fuzzy: BooleanQuery,
}

impl UnlessKnown {
    pub(crate) fn new(exact: Vec<Term>, fuzzy: BooleanQuery) -> UnlessKnown {
        UnlessKnown { exact, fuzzy }
    }
}

impl Query for UnlessKnown {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if let Some(searcher) = enable_scoring.searcher() {
            for term in &self.exact {
                if searcher.doc_freq(term)? >= KNOWN_IN_RELEASES {
                    return EmptyQuery.weight(enable_scoring);
                }
            }
        }
        self.fuzzy.weight(enable_scoring)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::Count;
    use tantivy::query::{FuzzyTermQuery, Occur};
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index};

    use super::*;

    /// An index where "vården" stands in `known` releases and its typo "vårdem" in one.
    fn count_typo_matches(known: usize) -> usize {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer(15_000_000).expect("writer");
        for _ in 0..known {
            writer.add_document(doc!(body => "vården")).expect("add");
        }
        writer.add_document(doc!(body => "vårdem")).expect("add");
        writer.commit().expect("commit");
        let searcher = index.reader().expect("reader").searcher();
        let query = UnlessKnown::new(
            vec![Term::from_field_text(body, "vården")],
            BooleanQuery::new(vec![(
                Occur::Should,
                Box::new(FuzzyTermQuery::new(
                    Term::from_field_text(body, "vården"),
                    1,
                    true,
                )),
            )]),
        );
        searcher.search(&query, &Count).expect("search")
    }

    #[test]
    fn a_word_few_releases_hold_still_meets_its_typos() {
        // The fuzzy query matches the word itself and its typo.
        assert_eq!(count_typo_matches(3), 4);
    }

    #[test]
    fn a_word_many_releases_hold_is_taken_as_spelled() {
        assert_eq!(count_typo_matches(KNOWN_IN_RELEASES as usize), 0);
    }
}
