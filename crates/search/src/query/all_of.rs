//! [`AllOf`]: the documents that every one of several queries matches, scored by the sum
//! of theirs, as a `BooleanQuery` of `Must` clauses; fast also when each of them is in a
//! large share of the archive.
//!
//! tantivy's intersection moves from match to match and asks each part to seek to the
//! next candidate. When every part is a common word (a union of a dozen alternatives,
//! see [`super::any_of::AnyOf`]), nearly every document is a candidate, and seeking each
//! union costs more than reading it (BENCHMARKS.md, session 28). There, [`AllOf`] reads
//! the segment a window of documents at a time: each alternative of each part, the
//! rarest part first, marks and scores the documents of the window that every part
//! before it matched, and the documents the last part marks are the matches. When a
//! part is in less than an eighth of the segment, it is tantivy's intersection, which
//! skips from one of that part's documents to the next.

use tantivy::query::{
    intersect_scorers, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use super::any_of::AnyOfScorer;

/// Documents read per window: their marks and scores stay in the processor's cache.
const WINDOW: u32 = 4096;

/// A part is common enough to be read a window at a time when it matches at least one
/// document in this many of its segment.
const COMMON_ONE_IN: u32 = 8;

/// Matches where all of its queries match; the score is the sum of theirs, as in a
/// `BooleanQuery` of `Must` clauses.
#[derive(Debug)]
pub(crate) struct AllOf {
    parts: Vec<Box<dyn Query>>,
}

impl Clone for AllOf {
    fn clone(&self) -> AllOf {
        AllOf {
            parts: self.parts.iter().map(|query| query.box_clone()).collect(),
        }
    }
}

impl AllOf {
    pub(crate) fn new(parts: Vec<Box<dyn Query>>) -> AllOf {
        AllOf { parts }
    }
}

impl Query for AllOf {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let parts = self
            .parts
            .iter()
            .map(|query| query.weight(enable_scoring))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(AllOfWeight {
            parts,
            scoring: enable_scoring.is_scoring_enabled(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for query in &self.parts {
            query.query_terms(visitor);
        }
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
        Ok(Box::new(WindowedScorer::new(parts, self.scoring)))
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

/// The intersection of the parts, found a window of documents at a time.
struct WindowedScorer {
    /// Each part's alternatives, scored by their sum as tantivy's union scores them; the
    /// parts in the order tantivy's intersection adds up their scores (cheapest first).
    parts: Vec<Vec<Box<dyn Scorer>>>,
    scoring: bool,
    /// Per document of the window: how many parts, in order, match it.
    reached: Vec<u8>,
    /// Per part, per document of the window: the part's score.
    scores: Vec<Score>,
    /// The matches in the window, and their scores when scoring.
    matches: Vec<DocId>,
    match_scores: Vec<Score>,
    /// The current match, an index into `matches`.
    at: usize,
    /// The first document after the window.
    window_end: DocId,
    size_hint: u32,
    cost: u64,
}

impl WindowedScorer {
    fn new(mut parts: Vec<Box<dyn Scorer>>, scoring: bool) -> WindowedScorer {
        // tantivy's order (a stable sort by cost), so that scores add up as they do there.
        parts.sort_by_key(|part| part.cost());
        let size_hint = parts.iter().map(|part| part.size_hint()).min().unwrap_or(0);
        let cost = parts.iter().map(|part| part.cost()).min().unwrap_or(0);
        let parts: Vec<Vec<Box<dyn Scorer>>> = parts.into_iter().map(alternatives_of).collect();
        let window = WINDOW as usize;
        let mut scorer = WindowedScorer {
            scores: if scoring {
                vec![0.0; window * parts.len()]
            } else {
                Vec::new()
            },
            parts,
            scoring,
            reached: vec![0; window],
            matches: Vec::with_capacity(window),
            match_scores: Vec::with_capacity(if scoring { window } else { 0 }),
            at: 0,
            window_end: 0,
            size_hint,
            cost,
        };
        scorer.next_window(0);
        scorer
    }

    /// Stands on the first match from `from` on, if any.
    fn next_window(&mut self, from: DocId) -> DocId {
        if from < TERMINATED && self.refill(from) {
            return self.matches[0];
        }
        self.matches.clear();
        self.at = 0;
        self.window_end = TERMINATED;
        TERMINATED
    }

    /// Reads windows from `from` on until one holds a match; false when none is left.
    fn refill(&mut self, mut from: DocId) -> bool {
        self.matches.clear();
        self.match_scores.clear();
        self.at = 0;
        loop {
            // No part matches before the lowest document of its alternatives.
            let start = self
                .parts
                .iter()
                .map(|alternatives| {
                    alternatives
                        .iter()
                        .map(|alternative| alternative.doc())
                        .min()
                })
                .map(|lowest| lowest.unwrap_or(TERMINATED))
                .fold(from, DocId::max);
            if start >= TERMINATED {
                self.window_end = TERMINATED;
                return false;
            }
            let end = start.saturating_add(WINDOW).min(TERMINATED);
            self.read_window(start, end);
            self.window_end = end;
            if !self.matches.is_empty() {
                return true;
            }
            from = end;
        }
    }

    /// Marks and scores the documents `start..end`, then lists those every part matches.
    fn read_window(&mut self, start: DocId, end: DocId) {
        let len = (end - start) as usize;
        let reached = &mut self.reached[..len];
        reached.fill(0);
        if self.scoring {
            self.scores.fill(0.0);
        }
        let window = WINDOW as usize;
        for (part, alternatives) in self.parts.iter_mut().enumerate() {
            let part = part as u8;
            let scores: &mut [Score] = if self.scoring {
                &mut self.scores[usize::from(part) * window..][..len]
            } else {
                &mut []
            };
            let mut candidates = false;
            for alternative in alternatives.iter_mut() {
                candidates |= mark(alternative.as_mut(), start, end, part, reached, scores);
            }
            alternatives.retain(|alternative| alternative.doc() != TERMINATED);
            if !candidates {
                // Nothing in the window can match: the later parts need not read it.
                return;
            }
        }
        let all = self.parts.len() as u8;
        for (slot, _) in reached.iter().enumerate().filter(|(_, &n)| n == all) {
            self.matches.push(start + slot as DocId);
            if self.scoring {
                let part_score = |part: usize| self.scores[part * window + slot];
                // As tantivy's intersection adds up: the two cheapest, then the others.
                let score = part_score(0)
                    + part_score(1)
                    + (2..self.parts.len()).map(part_score).sum::<Score>();
                self.match_scores.push(score);
            }
        }
    }
}

/// Marks the documents `start..end` of `alternative` that the parts before `part`
/// matched, adding its score to `scores` (empty when not scoring); whether it marked any.
#[inline]
fn mark(
    alternative: &mut dyn Scorer,
    start: DocId,
    end: DocId,
    part: u8,
    reached: &mut [u8],
    scores: &mut [Score],
) -> bool {
    let mut marked = false;
    let mut doc = alternative.doc();
    if doc < start {
        doc = alternative.seek(start);
    }
    while doc < end {
        let slot = (doc - start) as usize;
        // `part` when the parts before matched; `part + 1` when another alternative of
        // this part did too.
        if reached[slot] >= part {
            reached[slot] = part + 1;
            marked = true;
            if let Some(score) = scores.get_mut(slot) {
                *score += alternative.score();
            }
        }
        doc = alternative.advance();
    }
    marked
}

/// A part's alternatives: those of a word not yet read, else the part itself.
fn alternatives_of(part: Box<dyn Scorer>) -> Vec<Box<dyn Scorer>> {
    match part.downcast::<AnyOfScorer>() {
        Ok(any_of) => (*any_of).into_alternatives(),
        Err(part) => vec![part],
    }
}

impl DocSet for WindowedScorer {
    fn advance(&mut self) -> DocId {
        self.at += 1;
        if self.at < self.matches.len() {
            return self.matches[self.at];
        }
        self.next_window(self.window_end)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.doc();
        if doc >= target {
            return doc;
        }
        let from = if target < self.window_end {
            self.at += self.matches[self.at..].partition_point(|&doc| doc < target);
            if self.at < self.matches.len() {
                return self.matches[self.at];
            }
            self.window_end
        } else {
            target
        };
        self.next_window(from)
    }

    fn doc(&self) -> DocId {
        self.matches.get(self.at).copied().unwrap_or(TERMINATED)
    }

    fn size_hint(&self) -> u32 {
        self.size_hint
    }

    fn cost(&self) -> u64 {
        self.cost
    }
}

impl Scorer for WindowedScorer {
    fn score(&mut self) -> Score {
        self.match_scores.get(self.at).copied().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::{Field, IndexRecordOption};
    use tantivy::{DocAddress, Index};

    use super::super::any_of::AnyOf;
    use super::super::test_index::{alternatives, as_should, assert_same, index, matches, Boxed};
    use super::*;

    /// A part: a word in any of the three fields, or `body:` the word alone.
    fn part(fields: &[Field; 3], word: &str) -> (Boxed, Boxed) {
        match word.strip_prefix("body:") {
            Some(word) => {
                let term = || {
                    Box::new(TermQuery::new(
                        Term::from_field_text(fields[1], word),
                        IndexRecordOption::WithFreqs,
                    )) as Boxed
                };
                (term(), term())
            }
            None => (
                Box::new(AnyOf::new(alternatives(fields, word))),
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
