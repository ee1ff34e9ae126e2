//! [`AllOf`]: the documents that every one of several queries matches, scored by the sum
//! of theirs, as a `BooleanQuery` of `Must` clauses; fast also when each of them is in a
//! large share of the archive.
//!
//! tantivy's intersection moves from match to match and asks each part to seek to the
//! next candidate. When every part is in at least an eighth of a segment (common words),
//! nearly every document is a candidate, and the segment is read a window at a time
//! instead ([`WindowedScorer`]). Otherwise it is tantivy's intersection, which skips
//! from one of the rarest part's documents to the next.

use tantivy::query::{
    intersect_scorers, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use super::queries::Queries;
use super::windowed::{for_each_match, WindowedScorer};

/// A part is common enough to be read a window at a time when it matches at least one
/// document in this many of its segment.
const COMMON_ONE_IN: u32 = 8;

/// Matches where all of its queries match; the score is the sum of theirs, as in a
/// `BooleanQuery` of `Must` clauses.
#[derive(Debug, Clone)]
pub(crate) struct AllOf {
    parts: Queries,
}

impl AllOf {
    pub(crate) fn new(parts: Vec<Box<dyn Query>>) -> AllOf {
        AllOf {
            parts: Queries::new(parts),
        }
    }
}

impl Query for AllOf {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AllOfWeight {
            parts: self.parts.weights(enable_scoring)?,
            scoring: enable_scoring.is_scoring_enabled(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.parts.query_terms(visitor);
    }
}

struct AllOfWeight {
    parts: Vec<Box<dyn Weight>>,
    scoring: bool,
}

impl Weight for AllOfWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut parts = Vec::with_capacity(self.parts.len());
        for weight in &self.parts {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() == TERMINATED {
                return Ok(Box::new(EmptyScorer));
            }
            parts.push(scorer);
        }
        let common_from = reader.max_doc() / COMMON_ONE_IN;
        let all_common = parts.iter().all(|part| part.size_hint() >= common_from);
        if parts.len() < 2 || !all_common || parts.len() >= usize::from(u8::MAX) {
            return Ok(intersect_scorers(parts, reader.num_docs()));
        }
        Ok(Box::new(WindowedScorer::intersection(parts, self.scoring)))
    }

    fn for_each(
        &self,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score),
    ) -> tantivy::Result<()> {
        for_each_match(self.scorer(reader, 1.0)?.as_mut(), callback);
        Ok(())
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.doc() > doc || scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document #{doc} does not match"
            )));
        }
        let mut explanation =
            Explanation::new("sum of the parts, all of which match", scorer.score());
        for weight in &self.parts {
            explanation.add_detail(weight.explain(reader, doc)?);
        }
        Ok(explanation)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::{Field, IndexRecordOption};
    use tantivy::{DocAddress, Index};

    use super::super::any_of::AnyOf;
    use super::super::term::ScoredTerm;
    use super::super::test_index::{
        alternatives, as_should, assert_same, index, matches, our_alternatives, Boxed,
    };
    use super::*;

    /// A part: a word in any of the three fields, or `body:` the word alone.
    fn part(fields: &[Field; 3], word: &str) -> (Boxed, Boxed) {
        match word.strip_prefix("body:") {
            Some(word) => {
                let term = Term::from_field_text(fields[1], word);
                (
                    Box::new(ScoredTerm::new(term.clone())),
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                )
            }
            None => (
                Box::new(AnyOf::new(our_alternatives(fields, word))),
                as_should(alternatives(fields, word)),
            ),
        }
    }

    /// `words` as an [`AllOf`] and as tantivy's `BooleanQuery` of `Must` unions.
    fn both_ways(fields: &[Field; 3], words: &[&str]) -> (AllOf, BooleanQuery) {
        let (all_of, must): (Vec<Boxed>, Vec<Boxed>) =
            words.iter().map(|word| part(fields, word)).unzip();
        let must = must.into_iter().map(|query| (Occur::Must, query)).collect();
        (AllOf::new(all_of), BooleanQuery::new(must))
    }

    /// Whether the first segment's scorer of `query` reads windows.
    fn reads_windows(index: &Index, query: &AllOf) -> bool {
        let searcher = index.reader().unwrap().searcher();
        let weight = query
            .weight(EnableScoring::enabled_from_searcher(&searcher))
            .unwrap();
        let scorer = weight.scorer(searcher.segment_reader(0), 1.0).unwrap();
        scorer.is::<WindowedScorer>()
    }

    #[test]
    fn common_words_are_read_in_windows_and_score_exactly_as_tantivy_intersects() {
        let (index, fields) = index();
        for words in [
            &["vård", "omsorg"][..],
            &["omsorg", "vård", "body:vård"],
            &["body:vård", "omsorg", "vård", "body:omsorg"],
        ] {
            let (all_of, must) = both_ways(&fields, words);
            assert!(reads_windows(&index, &all_of), "{words:?}");
            let expected = matches(&index, &must);
            assert!(expected.len() > 2_000, "{words:?}: {}", expected.len());
            assert_eq!(expected, matches(&index, &all_of), "{words:?}");
        }
    }

    #[test]
    fn with_a_rare_part_it_is_tantivy_intersection() {
        let (index, fields) = index();
        let (all_of, must) = both_ways(&fields, &["vård", "omsorg", "sällsynt"]);
        assert!(!reads_windows(&index, &all_of));
        let expected = matches(&index, &must);
        assert!((2..100).contains(&expected.len()));
        assert_eq!(expected, matches(&index, &all_of));
    }

    #[test]
    fn skipped_through_beside_other_clauses_it_matches_the_same() {
        let (index, fields) = index();
        // Required, with one word optional and maybe one excluded, as a query's words are.
        let around = |required: Vec<Boxed>, excluded: Option<&str>| {
            let mut clauses: Vec<(Occur, Boxed)> = required
                .into_iter()
                .map(|query| (Occur::Must, query))
                .collect();
            clauses.extend(excluded.map(|word| (Occur::MustNot, part(&fields, word).1)));
            clauses.push((Occur::Should, part(&fields, "skola").1));
            BooleanQuery::new(clauses)
        };
        let common = || Box::new(both_ways(&fields, &["vård", "omsorg"]).0) as Boxed;
        let words = || vec![part(&fields, "vård").1, part(&fields, "omsorg").1];
        let rare = || part(&fields, "body:skola").0;

        // Beside a rare word, which drives and seeks into the windows.
        let mut flat = words();
        flat.push(rare());
        let expected = matches(&index, &around(flat, None));
        assert!(!expected.is_empty());
        let got = matches(&index, &around(vec![common(), rare()], None));
        assert_same(&expected, &got);
        // Alone, read whole.
        let expected = matches(&index, &around(words(), Some("sällsynt")));
        assert!(expected.len() > 2_000);
        let got = matches(&index, &around(vec![common()], Some("sällsynt")));
        assert_same(&expected, &got);
    }

    #[test]
    fn it_counts_without_scores_and_explains_its_score() {
        let (index, fields) = index();
        let searcher = index.reader().unwrap().searcher();
        let (all_of, must) = both_ways(&fields, &["vård", "omsorg"]);
        let count = searcher.search(&all_of, &Count).unwrap();
        assert!(count > 2_000);
        assert_eq!(count, searcher.search(&must, &Count).unwrap());

        let (score, best) = searcher
            .search(&all_of, &TopDocs::with_limit(1).order_by_score())
            .unwrap()[0];
        assert_eq!(all_of.explain(&searcher, best).unwrap().value(), score);
        // The second document holds neither word.
        assert!(all_of.explain(&searcher, DocAddress::new(0, 1)).is_err());
    }
}
