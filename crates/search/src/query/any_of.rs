//! [`AnyOf`]: the alternatives of one query word, any of which matches, scored by the sum
//! of those that do; cheap to skip through inside a conjunction.
//!
//! A word of free text is a union of a dozen alternatives (title, body, entity fields,
//! folded spellings, typos). tantivy's union (a `BooleanQuery` of `Should` clauses)
//! buffers every match of its alternatives 4 096 documents ahead: ideal when the union
//! is read from start to end or nearly, costly when a conjunction skips far through it,
//! since each skip past the buffer reads and scores the next 4 096 documents of every
//! alternative to answer one question. A sentence of ten common words that 63 of a
//! million releases hold spent most of its time there (BENCHMARKS.md, session 27).
//!
//! [`AnyOf`] starts by moving each alternative only as far as asked, and scores only the
//! documents that are kept. Once it is read from start to end, or skipped through in
//! steps so short that tantivy's union would read fewer documents than its own skips
//! cost, it hands over to tantivy's union for the rest of the segment.

use std::sync::Arc;

use tantivy::query::{
    BooleanWeight, EnableScoring, Explanation, Occur, Query, Scorer, SumCombiner, Weight,
};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// What one skip of one alternative costs, in documents that tantivy's union reads in
/// the same time (a guess on the safe side: a skip finds its block, then its document).
const SKIP_COST_IN_DOCS: f64 = 4.0;

/// Skips counted before [`AnyOf`] judges whether they are short.
const SKIPS_BEFORE_JUDGING: u32 = 16;

/// Matches where any of its queries matches; the score is the sum of theirs there, as in
/// a `BooleanQuery` of `Should` clauses.
#[derive(Debug)]
pub(crate) struct AnyOf {
    alternatives: Vec<Box<dyn Query>>,
}

impl Clone for AnyOf {
    fn clone(&self) -> AnyOf {
        AnyOf {
            alternatives: self
                .alternatives
                .iter()
                .map(|query| query.box_clone())
                .collect(),
        }
    }
}

impl AnyOf {
    pub(crate) fn new(alternatives: Vec<Box<dyn Query>>) -> AnyOf {
        AnyOf { alternatives }
    }
}

impl Query for AnyOf {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        // Each alternative's weight once: some read term dictionaries to be made.
        let weights: Vec<Arc<dyn Weight>> = self
            .alternatives
            .iter()
            .map(|query| query.weight(enable_scoring).map(Arc::from))
            .collect::<tantivy::Result<_>>()?;
        let union = BooleanWeight::with_minimum_number_should_match(
            weights
                .iter()
                .map(|weight| {
                    let shared: Box<dyn Weight> = Box::new(Shared(Arc::clone(weight)));
                    (Occur::Should, shared)
                })
                .collect(),
            1,
            enable_scoring.is_scoring_enabled(),
            Box::new(SumCombiner::default),
        );
        Ok(Box::new(AnyOfWeight {
            weights,
            union: Arc::new(union),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for query in &self.alternatives {
            query.query_terms(visitor);
        }
    }
}

/// A weight used both on its own and inside tantivy's union.
struct Shared(Arc<dyn Weight>);

impl Weight for Shared {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.0.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct AnyOfWeight {
    weights: Vec<Arc<dyn Weight>>,
    /// The same alternatives as tantivy's union, for reading whole.
    union: Arc<dyn Weight>,
}

impl Weight for AnyOfWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        if scorers.len() == 1 {
            return Ok(scorers.remove(0));
        }
        let union = Handover {
            weight: Arc::clone(&self.union),
            reader: reader.clone(),
            boost,
        };
        Ok(Box::new(AnyOfScorer::new(scorers, union)))
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

/// What it takes to make tantivy's union of the alternatives for this segment.
struct Handover {
    weight: Arc<dyn Weight>,
    reader: SegmentReader,
    boost: Score,
}

/// The union of `scorers`, none of them terminated when it is made, until it hands
/// over to tantivy's.
pub(super) struct AnyOfScorer {
    scorers: Vec<Box<dyn Scorer>>,
    /// The document each scorer stands on, kept here: reading them through the scorers
    /// is a virtual call each, several per document.
    docs: Vec<DocId>,
    doc: DocId,
    /// Documents that tantivy's union would read per document skipped over: the share of
    /// the segment each alternative holds, added up.
    density: f64,
    skips: u32,
    skipped_over: u64,
    handover: Option<Handover>,
    /// tantivy's union, once handed over to.
    union: Option<Box<dyn Scorer>>,
}

impl AnyOfScorer {
    fn new(scorers: Vec<Box<dyn Scorer>>, handover: Handover) -> AnyOfScorer {
        let max_doc = f64::from(handover.reader.max_doc().max(1));
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
            handover: Some(handover),
            union: None,
        };
        any_of.settle();
        any_of
    }

    /// The scorers whose union this is: the alternatives, in the order tantivy's union
    /// adds up their scores while none has ended, or that union once handed over to.
    pub(super) fn into_alternatives(self) -> Vec<Box<dyn Scorer>> {
        match self.union {
            Some(union) => vec![union],
            None => self.scorers,
        }
    }

    /// Drops the alternatives that ended and stands on the lowest document left.
    fn settle(&mut self) -> DocId {
        let mut lowest = TERMINATED;
        let mut at = 0;
        while at < self.docs.len() {
            let doc = self.docs[at];
            if doc == TERMINATED {
                self.docs.swap_remove(at);
                drop(self.scorers.swap_remove(at));
            } else {
                lowest = lowest.min(doc);
                at += 1;
            }
        }
        self.doc = lowest;
        lowest
    }

    /// Whether the skips so far were so short that tantivy's union would have read fewer
    /// documents than they cost.
    fn skips_are_short(&self) -> bool {
        if self.skips < SKIPS_BEFORE_JUDGING {
            return false;
        }
        let read_by_union = self.skipped_over as f64 * self.density;
        let cost_of_skips = f64::from(self.skips) * self.scorers.len() as f64 * SKIP_COST_IN_DOCS;
        read_by_union < cost_of_skips
    }

    /// Hands over to tantivy's union, standing where this one stands. Stays as it is if
    /// the union cannot be made (it was made once already, for the same segment).
    fn hand_over(&mut self) {
        let Some(handover) = self.handover.take() else {
            return;
        };
        if self.doc == TERMINATED {
            return;
        }
        if let Ok(mut union) = handover.weight.scorer(&handover.reader, handover.boost) {
            if union.doc() < self.doc {
                union.seek(self.doc);
            }
            self.doc = union.doc();
            self.union = Some(union);
            self.scorers.clear();
            self.docs.clear();
        }
    }
}

impl DocSet for AnyOfScorer {
    fn advance(&mut self) -> DocId {
        if self.union.is_none() {
            self.hand_over();
        }
        if let Some(union) = &mut self.union {
            self.doc = union.advance();
            return self.doc;
        }
        let current = self.doc;
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc == current {
                *doc = scorer.advance();
            }
        }
        self.settle()
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
            self.hand_over();
            if let Some(union) = &mut self.union {
                self.doc = union.seek(target);
                return self.doc;
            }
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
    use tantivy::query::BooleanQuery;
    use tantivy::DocAddress;

    use super::super::test_index::{alternatives, as_should, assert_same, index, matches, Boxed};
    use super::*;

    #[test]
    fn read_alone_it_matches_and_scores_as_a_union_of_should_clauses() {
        let (index, fields) = index();
        let union = as_should(alternatives(&fields, "vård"));
        let any_of = AnyOf::new(alternatives(&fields, "vård"));
        let expected = matches(&index, union.as_ref());
        assert!(expected.len() > 10_000);
        assert_same(&expected, &matches(&index, &any_of));
    }

    #[test]
    fn skipped_through_by_a_conjunction_it_matches_and_scores_the_same() {
        let (index, fields) = index();
        // Both words must match: with unions of `Should` clauses, then with `AnyOf`.
        let both_ways = |first: &str, second: &str| {
            let conjunction = |query: fn(Vec<Boxed>) -> Boxed| {
                BooleanQuery::new(vec![
                    (Occur::Must, query(alternatives(&fields, first))),
                    (Occur::Must, query(alternatives(&fields, second))),
                ])
            };
            let any_of = |alternatives| Box::new(AnyOf::new(alternatives)) as Boxed;
            let expected = matches(&index, &conjunction(as_should));
            assert_same(&expected, &matches(&index, &conjunction(any_of)));
            expected.len()
        };
        // Read nearly whole: both words are in many releases.
        assert!(both_ways("vård", "skola") > 1_000);
        // Skipped through far: a rare word drives, "vård" is only asked about.
        assert!((2..100).contains(&both_ways("vård", "sällsynt")));

        // As the optional part beside a required word.
        let optional = |optional: Box<dyn Query>| {
            BooleanQuery::new(vec![
                (
                    Occur::Must,
                    Box::new(AnyOf::new(alternatives(&fields, "skola"))) as Box<dyn Query>,
                ),
                (Occur::Should, optional),
            ])
        };
        let expected = matches(&index, &optional(as_should(alternatives(&fields, "vård"))));
        let got = matches(
            &index,
            &optional(Box::new(AnyOf::new(alternatives(&fields, "vård")))),
        );
        assert_same(&expected, &got);
    }

    #[test]
    fn it_counts_explains_and_lists_its_terms() {
        let (index, fields) = index();
        let searcher = index.reader().unwrap().searcher();
        let any_of = AnyOf::new(alternatives(&fields, "skola"));
        let union = as_should(alternatives(&fields, "skola"));
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
