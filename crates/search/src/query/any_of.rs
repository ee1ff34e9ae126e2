//! [`AnyOf`]: the alternatives of one query word, any of which matches, scored by the sum
//! of those that do, as a `BooleanQuery` of `Should` clauses; cheap to skip through
//! inside a conjunction, and to read whole.
//!
//! A word of free text is a union of a dozen alternatives (title, body, entity fields,
//! folded spellings, typos). A union that buffers every match of its alternatives
//! thousands of documents ahead is ideal when it is read from start to end or nearly,
//! and costly when a conjunction skips far through it, since each skip past the buffer
//! reads and scores the next thousands of documents of every alternative to answer one
//! question. A sentence of ten common words that 63 of a million releases hold spent
//! most of its time there with tantivy's union (BENCHMARKS.md, session 27).
//!
//! [`AnyOf`] starts by moving each alternative only as far as asked, and scores only the
//! documents that are kept. Once it is read from start to end, or skipped through in
//! steps so short that a buffering union would read fewer documents than its own skips
//! cost, it hands its alternatives over to a [`WindowedScorer`] union for the rest of
//! the segment.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use super::queries::Queries;
use super::windowed::{for_each_match, WindowedScorer};

/// What one skip of one alternative costs, in documents that a buffering union reads in
/// the same time (a guess on the safe side: a skip finds its block, then its document).
const SKIP_COST_IN_DOCS: f64 = 4.0;

/// Skips counted before [`AnyOf`] judges whether they are short.
const SKIPS_BEFORE_JUDGING: u32 = 16;

/// Matches where any of its queries matches; the score is the sum of theirs there, as in
/// a `BooleanQuery` of `Should` clauses.
#[derive(Debug, Clone)]
pub(crate) struct AnyOf {
    alternatives: Queries,
}

impl AnyOf {
    pub(crate) fn new(alternatives: Vec<Box<dyn Query>>) -> AnyOf {
        AnyOf {
            alternatives: Queries::new(alternatives),
        }
    }
}

impl Query for AnyOf {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AnyOfWeight {
            weights: self.alternatives.weights(enable_scoring)?,
            scoring: enable_scoring.is_scoring_enabled(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.alternatives.query_terms(visitor);
    }
}

struct AnyOfWeight {
    weights: Vec<Box<dyn Weight>>,
    scoring: bool,
}

impl AnyOfWeight {
    /// The alternatives' scorers in this segment, but those that match nothing.
    fn alternatives(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Vec<Box<dyn Scorer>>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        Ok(scorers)
    }
}

impl Weight for AnyOfWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = self.alternatives(reader, boost)?;
        if scorers.len() == 1 {
            return Ok(scorers.remove(0));
        }
        Ok(Box::new(AnyOfScorer::new(
            scorers,
            reader.max_doc(),
            self.scoring,
        )))
    }

    /// Read whole from the start: the windowed union at once.
    fn for_each(
        &self,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score),
    ) -> tantivy::Result<()> {
        let mut scorers = self.alternatives(reader, 1.0)?;
        let mut union: Box<dyn Scorer> = match scorers.len() {
            0 => return Ok(()),
            1 => scorers.remove(0),
            _ => Box::new(WindowedScorer::union(scorers, self.scoring)),
        };
        for_each_match(union.as_mut(), callback);
        Ok(())
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        // An alternative explains only a document it matches.
        let matched: Vec<Explanation> = self
            .weights
            .iter()
            .filter_map(|weight| weight.explain(reader, doc).ok())
            .collect();
        if matched.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document #{doc} does not match"
            )));
        }
        let total = matched.iter().map(Explanation::value).sum();
        let mut explanation = Explanation::new("sum of the alternatives that match", total);
        for detail in matched {
            explanation.add_detail(detail);
        }
        Ok(explanation)
    }
}

/// The union of `scorers`, none of them terminated when it is made, until it hands them
/// over to a [`WindowedScorer`].
pub(super) struct AnyOfScorer {
    /// The alternatives left, in their order: scores add up in it.
    scorers: Vec<Box<dyn Scorer>>,
    /// The document each scorer stands on, kept here: reading them through the scorers
    /// is a virtual call each, several per document.
    docs: Vec<DocId>,
    doc: DocId,
    /// Documents that a buffering union would read per document skipped over: the share
    /// of the segment each alternative holds, added up.
    density: f64,
    skips: u32,
    skipped_over: u64,
    scoring: bool,
    /// The alternatives read a window at a time, once handed over to.
    union: Option<Box<WindowedScorer>>,
}

impl AnyOfScorer {
    fn new(scorers: Vec<Box<dyn Scorer>>, max_doc: DocId, scoring: bool) -> AnyOfScorer {
        let max_doc = f64::from(max_doc.max(1));
        let density = scorers
            .iter()
            .map(|scorer| f64::from(scorer.size_hint()) / max_doc)
            .sum();
        let docs = scorers.iter().map(|scorer| scorer.doc()).collect();
        let mut any_of = AnyOfScorer {
            scorers,
            docs,
            doc: TERMINATED,
            density,
            skips: 0,
            skipped_over: 0,
            scoring,
            union: None,
        };
        any_of.settle();
        any_of
    }

    /// The scorers whose union this is: the alternatives, in the order their scores add
    /// up in, or the union they were handed over to.
    pub(super) fn into_alternatives(self) -> Vec<Box<dyn Scorer>> {
        match self.union {
            Some(union) => vec![union],
            None => self.scorers,
        }
    }

    /// Drops the alternatives that ended, keeping the others in order, and stands on the
    /// lowest document left.
    fn settle(&mut self) -> DocId {
        let mut at = 0;
        while at < self.docs.len() {
            if self.docs[at] == TERMINATED {
                self.docs.remove(at);
                drop(self.scorers.remove(at));
            } else {
                at += 1;
            }
        }
        self.doc = self.docs.iter().copied().min().unwrap_or(TERMINATED);
        self.doc
    }

    /// Whether the skips so far were so short that a buffering union would have read
    /// fewer documents than they cost.
    fn skips_are_short(&self) -> bool {
        if self.skips < SKIPS_BEFORE_JUDGING {
            return false;
        }
        let read_by_union = self.skipped_over as f64 * self.density;
        let cost_of_skips = f64::from(self.skips) * self.scorers.len() as f64 * SKIP_COST_IN_DOCS;
        read_by_union < cost_of_skips
    }

    /// Hands the alternatives over to a union that reads them a window at a time,
    /// standing where this one stands (the lowest document of the alternatives).
    fn hand_over(&mut self) -> &mut WindowedScorer {
        let alternatives = std::mem::take(&mut self.scorers);
        self.docs.clear();
        self.union
            .insert(Box::new(WindowedScorer::union(alternatives, self.scoring)))
    }
}

impl DocSet for AnyOfScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let union = match &mut self.union {
            Some(union) => union,
            None => self.hand_over(),
        };
        self.doc = union.advance();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if let Some(union) = &mut self.union {
            self.doc = union.seek(target);
            return self.doc;
        }
        self.skips += 1;
        self.skipped_over += u64::from(target - self.doc);
        if self.skips_are_short() {
            self.doc = self.hand_over().seek(target);
            return self.doc;
        }
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc < target {
                *doc = scorer.seek(target);
            }
        }
        self.settle()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        match &self.union {
            Some(union) => union.size_hint(),
            None => self
                .scorers
                .iter()
                .map(|scorer| scorer.size_hint())
                .max()
                .unwrap_or(0),
        }
    }

    fn cost(&self) -> u64 {
        match &self.union {
            Some(union) => union.cost(),
            None => self.scorers.iter().map(|scorer| scorer.cost()).sum(),
        }
    }
}

impl Scorer for AnyOfScorer {
    fn score(&mut self) -> Score {
        if let Some(union) = &mut self.union {
            return union.score();
        }
        let current = self.doc;
        self.scorers
            .iter_mut()
            .zip(&self.docs)
            .filter(|(_, doc)| **doc == current)
            .map(|(scorer, _)| scorer.score())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur};
    use tantivy::schema::Field;
    use tantivy::DocAddress;

    use super::super::test_index::{
        alternatives, as_should, index, matches, our_alternatives, Boxed,
    };
    use super::*;

    /// `word` in the three fields, as tantivy's union.
    fn union_of(fields: &[Field; 3], word: &str) -> Boxed {
        as_should(alternatives(fields, word))
    }

    fn any_of(fields: &[Field; 3], word: &str) -> Boxed {
        Box::new(AnyOf::new(our_alternatives(fields, word)))
    }

    #[test]
    fn read_alone_it_matches_and_scores_as_a_union_of_should_clauses() {
        let (index, fields) = index();
        // A common word, and a sparse one: windows that hold few documents.
        for (word, least) in [("vård", 10_000), ("gles", 100)] {
            let expected = matches(&index, union_of(&fields, word).as_ref());
            assert!(expected.len() > least, "{word}: {}", expected.len());
            assert_eq!(expected, matches(&index, any_of(&fields, word).as_ref()));
        }
    }

    #[test]
    fn skipped_through_by_a_conjunction_it_matches_and_scores_the_same() {
        let (index, fields) = index();
        // Both words must match: with unions of `Should` clauses, then with `AnyOf`.
        let both_ways = |first: &str, second: &str| {
            let conjunction = |word: fn(&[Field; 3], &str) -> Boxed| {
                BooleanQuery::new(vec![
                    (Occur::Must, word(&fields, first)),
                    (Occur::Must, word(&fields, second)),
                ])
            };
            let expected = matches(&index, &conjunction(union_of));
            assert_eq!(expected, matches(&index, &conjunction(any_of)));
            expected.len()
        };
        // Read nearly whole: both words are in many releases.
        assert!(both_ways("vård", "skola") > 1_000);
        // Skipped through far: a rare word drives, "vård" is only asked about.
        assert!((2..100).contains(&both_ways("vård", "sällsynt")));

        // As the optional part beside a required word.
        let optional = |optional: Box<dyn Query>| {
            BooleanQuery::new(vec![
                (Occur::Must, any_of(&fields, "skola")),
                (Occur::Should, optional),
            ])
        };
        let expected = matches(&index, &optional(union_of(&fields, "vård")));
        assert_eq!(
            expected,
            matches(&index, &optional(any_of(&fields, "vård")))
        );
    }

    #[test]
    fn it_counts_explains_and_lists_its_terms() {
        let (index, fields) = index();
        let searcher = index.reader().unwrap().searcher();
        let any_of = AnyOf::new(our_alternatives(&fields, "skola"));
        let union = union_of(&fields, "skola");
        assert_eq!(
            searcher.search(&any_of, &Count).unwrap(),
            searcher.search(union.as_ref(), &Count).unwrap()
        );
        let mut terms = Vec::new();
        any_of.query_terms(&mut |term, _| terms.push(term.clone()));
        assert_eq!(terms.len(), 3);

        let (score, best) = searcher
            .search(&any_of, &TopDocs::with_limit(1).order_by_score())
            .unwrap()[0];
        let explanation = any_of.explain(&searcher, best).unwrap();
        assert!((explanation.value() - score).abs() <= 1e-5 * score);
        assert!(any_of.explain(&searcher, DocAddress::new(0, 1)).is_err());
    }
}
