//! [`ScoredTerm`]: one term of a text field, matched and scored as tantivy's `TermQuery`
//! with frequencies matches and scores it, by a scorer of pressarkiv's own
//! ([`TermPostings`]).
//!
//! tantivy keeps its term scorer to itself, so a reader of many of them (see
//! [`super::all_of`]) calls each through a virtual call per document to move and two
//! more to score; over the million documents of a common word, that was most of the
//! time. [`TermPostings`] can be read directly, and scores with tantivy's own BM25
//! weight, so the scores are the same to the bit.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

/// Matches the documents holding `term`; scored by BM25 as `TermQuery` scores them.
#[derive(Debug, Clone)]
pub(crate) struct ScoredTerm {
    term: Term,
}

impl ScoredTerm {
    pub(crate) fn new(term: Term) -> ScoredTerm {
        ScoredTerm { term }
    }
}

impl Query for ScoredTerm {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(
                statistics_provider,
                std::slice::from_ref(&self.term),
            )?),
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(ScoredTermWeight {
            term: self.term.clone(),
            bm25,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        visitor(&self.term, false);
    }
}

struct ScoredTermWeight {
    term: Term,
    /// None when scoring is off.
    bm25: Option<Bm25Weight>,
}

impl ScoredTermWeight {
    fn postings(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Option<TermPostings>> {
        let field = self.term.field();
        let inverted_index = reader.inverted_index(field)?;
        let Some(term_info) = inverted_index.get_term_info(&self.term)? else {
            return Ok(None);
        };
        let record = match self.bm25 {
            Some(_) => IndexRecordOption::WithFreqs,
            None => IndexRecordOption::Basic,
        };
        let postings = inverted_index.read_postings_from_terminfo(&term_info, record)?;
        let fieldnorms = match self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(field)?,
            None => None,
        };
        Ok(Some(TermPostings {
            postings,
            fieldnorms: fieldnorms
                .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1)),
            bm25: self.bm25.as_ref().map(|bm25| bm25.boost_by(boost)),
        }))
    }
}

impl Weight for ScoredTermWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.postings(reader, boost)? {
            Some(postings) => Box::new(postings),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let does_not_match =
            || tantivy::TantivyError::InvalidArgument(format!("document #{doc} does not match"));
        let mut matched = self.postings(reader, 1.0)?.ok_or_else(does_not_match)?;
        if matched.doc() > doc || matched.seek(doc) != doc {
            return Err(does_not_match());
        }
        let mut explanation = match &matched.bm25 {
            Some(bm25) => bm25.explain(matched.fieldnorm_id(), matched.postings.term_freq()),
            None => Explanation::new("no score", 1.0),
        };
        explanation.add_context(format!("Term={:?}", self.term));
        Ok(explanation)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        if let Some(alive) = reader.alive_bitset() {
            return Ok(self.scorer(reader, 1.0)?.count(alive));
        }
        let inverted_index = reader.inverted_index(self.term.field())?;
        let term_info = inverted_index.get_term_info(&self.term)?;
        Ok(term_info.map_or(0, |term_info| term_info.doc_freq))
    }
}

/// The documents of one term in one segment, each scored as tantivy's term scorer does.
pub(crate) struct TermPostings {
    postings: SegmentPostings,
    fieldnorms: FieldNormReader,
    /// None when scoring is off.
    bm25: Option<Bm25Weight>,
}

impl TermPostings {
    fn fieldnorm_id(&self) -> u8 {
        self.fieldnorms.fieldnorm_id(self.postings.doc())
    }
}

impl DocSet for TermPostings {
    #[inline]
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    #[inline]
    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    #[inline]
    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }
}

impl Scorer for TermPostings {
    #[inline]
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(bm25) => bm25.score(self.fieldnorm_id(), self.postings.term_freq()),
            None => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::TermQuery;
    use tantivy::DocAddress;

    use super::super::test_index::{index, matches};
    use super::*;

    #[test]
    fn it_matches_counts_scores_and_explains_as_tantivy_s_term_query() {
        let (index, fields) = index();
        let searcher = index.reader().unwrap().searcher();
        for (field, word) in [
            (fields[1], "vård"),
            (fields[0], "omsorg"),
            (fields[2], "skola"),
        ] {
            let term = Term::from_field_text(field, word);
            let ours = ScoredTerm::new(term.clone());
            let theirs = TermQuery::new(term, IndexRecordOption::WithFreqs);
            let expected = matches(&index, &theirs);
            assert!(expected.len() > 2, "{word}");
            assert_eq!(expected, matches(&index, &ours), "{word}");
            assert_eq!(
                searcher.search(&ours, &Count).unwrap(),
                searcher.search(&theirs, &Count).unwrap()
            );
            let (score, best) = searcher
                .search(&ours, &TopDocs::with_limit(1).order_by_score())
                .unwrap()[0];
            assert_eq!(ours.explain(&searcher, best).unwrap().value(), score);
        }
        // The second document holds none of the words.
        let vard = ScoredTerm::new(Term::from_field_text(fields[1], "vård"));
        assert!(vard.explain(&searcher, DocAddress::new(0, 1)).is_err());
    }
}
