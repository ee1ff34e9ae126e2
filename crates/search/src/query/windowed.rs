//! [`WindowedScorer`]: the documents that every one of several parts matches, each part
//! a union of alternatives, read a window of documents at a time: each alternative of
//! each part marks and scores the documents of the window that every part before it
//! matched, and the documents the last part marks are the matches. One part alone is a
//! union.
//!
//! Reading this way costs one pass over each alternative's documents, with no seeking
//! and, for a term ([`TermPostings`]), no virtual call per document. tantivy's union
//! buffers as much but calls each alternative through its trait per document, and its
//! intersection asks every part to seek to each candidate: when most documents are
//! candidates, that was most of a query's time (BENCHMARKS.md, session 28).

use tantivy::query::Scorer;
use tantivy::{DocId, DocSet, Score, TERMINATED};

use super::any_of::AnyOfScorer;
use super::term::TermPostings;

/// Documents read per window: their marks and scores stay in the processor's cache.
const WINDOW: u32 = 4096;

/// The intersection of parts, each a union of alternatives, found a window of documents
/// at a time.
pub(super) struct WindowedScorer {
    /// Each part's alternatives, scored by their sum as tantivy's union scores them; the
    /// parts in the order tantivy's intersection adds up their scores (cheapest first).
    parts: Vec<Vec<Alternative>>,
    scoring: bool,
    /// Per document of the window: how many parts, in order, match it.
    reached: Vec<u8>,
    /// The documents of the window the last part marked, a bit each: read in order
    /// without testing every document.
    matched: Vec<u64>,
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
    /// The documents all of `parts` match, scored by the sum of theirs as tantivy's
    /// intersection adds them up. A part that is a word not yet read ([`AnyOfScorer`])
    /// is read as its alternatives.
    pub(super) fn intersection(mut parts: Vec<Box<dyn Scorer>>, scoring: bool) -> WindowedScorer {
        // tantivy's order (a stable sort by cost), so that scores add up as they do there.
        parts.sort_by_key(|part| part.cost());
        let size_hint = parts.iter().map(|part| part.size_hint()).min().unwrap_or(0);
        let cost = parts.iter().map(|part| part.cost()).min().unwrap_or(0);
        let parts = parts.into_iter().map(alternatives_of).collect();
        WindowedScorer::new(parts, scoring, size_hint, cost)
    }

    /// The documents any of `alternatives` matches, scored by the sum of those that do,
    /// added up in their order as tantivy's union adds them up.
    pub(super) fn union(alternatives: Vec<Box<dyn Scorer>>, scoring: bool) -> WindowedScorer {
        let size_hint = alternatives
            .iter()
            .map(|alternative| alternative.size_hint())
            .max();
        let cost = alternatives
            .iter()
            .map(|alternative| alternative.cost())
            .sum();
        let part = alternatives.into_iter().map(Alternative::from).collect();
        WindowedScorer::new(vec![part], scoring, size_hint.unwrap_or(0), cost)
    }

    fn new(
        parts: Vec<Vec<Alternative>>,
        scoring: bool,
        size_hint: u32,
        cost: u64,
    ) -> WindowedScorer {
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
            matched: vec![0; window / 64],
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

    /// Hands every match from the current one on to `callback`, with its score: as
    /// reading them through the scorer, without two virtual calls per match.
    fn for_each(&mut self, callback: &mut dyn FnMut(DocId, Score)) {
        while self.at < self.matches.len() {
            let scores = self.match_scores.get(self.at..).unwrap_or_default();
            for (index, &doc) in self.matches[self.at..].iter().enumerate() {
                callback(doc, scores.get(index).copied().unwrap_or(0.0));
            }
            self.next_window(self.window_end);
        }
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
        self.matched.fill(0);
        let last = self.parts.len() - 1;
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
            let matched: &mut [u64] = if usize::from(part) == last {
                &mut self.matched
            } else {
                &mut []
            };
            let mut marks = Marks {
                part,
                reached,
                scores,
                matched,
            };
            let mut candidates = false;
            for alternative in alternatives.iter_mut() {
                candidates |= match alternative {
                    Alternative::Term(term) => marks.read(term.as_mut(), start, end),
                    Alternative::Other(other) => marks.read(other.as_mut(), start, end),
                };
            }
            alternatives.retain(|alternative| alternative.doc() != TERMINATED);
            if !candidates {
                // Nothing in the window can match: the later parts need not read it.
                return;
            }
        }
        let slots = self.matched.iter().enumerate().flat_map(|(word, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                let bit = (bits != 0).then(|| bits.trailing_zeros() as usize)?;
                bits &= bits - 1;
                Some(word * 64 + bit)
            })
        });
        for slot in slots {
            self.matches.push(start + slot as DocId);
            if self.scoring {
                let part_score = |part: usize| self.scores[part * window + slot];
                // As tantivy's intersection adds up: the two cheapest, then the others.
                let score = match self.parts.len() {
                    1 => part_score(0),
                    parts => {
                        part_score(0) + part_score(1) + (2..parts).map(part_score).sum::<Score>()
                    }
                };
                self.match_scores.push(score);
            }
        }
    }
}

/// Hands every match of `scorer` from its current one on to `callback`, with its score,
/// as tantivy's `Weight::for_each` does; a [`WindowedScorer`] a window at a time.
pub(super) fn for_each_match(scorer: &mut dyn Scorer, callback: &mut dyn FnMut(DocId, Score)) {
    if let Some(windowed) = scorer.downcast_mut::<WindowedScorer>() {
        windowed.for_each(callback);
        return;
    }
    let mut doc = scorer.doc();
    while doc != TERMINATED {
        callback(doc, scorer.score());
        doc = scorer.advance();
    }
}

/// What reading one part's alternatives over a window writes.
struct Marks<'a> {
    part: u8,
    /// Per document: how many parts, in order, match it.
    reached: &'a mut [u8],
    /// Per document: this part's score; empty when not scoring.
    scores: &'a mut [Score],
    /// A bit per document this part completes; empty but for the last part.
    matched: &'a mut [u64],
}

impl Marks<'_> {
    /// Marks the documents `start..end` of `alternative` that the parts before matched,
    /// adding its score; whether it marked any.
    #[inline]
    fn read<S: Scorer + ?Sized>(&mut self, alternative: &mut S, start: DocId, end: DocId) -> bool {
        let mut marked = false;
        let mut doc = alternative.doc();
        if doc < start {
            doc = alternative.seek(start);
        }
        while doc < end {
            let slot = (doc - start) as usize;
            // `part` when the parts before matched; `part + 1` when another alternative
            // of this part did too.
            if self.reached[slot] >= self.part {
                self.reached[slot] = self.part + 1;
                marked = true;
                if let Some(score) = self.scores.get_mut(slot) {
                    *score += alternative.score();
                }
                if let Some(bits) = self.matched.get_mut(slot / 64) {
                    *bits |= 1 << (slot % 64);
                }
            }
            doc = alternative.advance();
        }
        marked
    }
}

/// One alternative of a part. A term, the common case, is read without a virtual call
/// per document.
enum Alternative {
    Term(Box<TermPostings>),
    Other(Box<dyn Scorer>),
}

impl From<Box<dyn Scorer>> for Alternative {
    fn from(scorer: Box<dyn Scorer>) -> Alternative {
        match scorer.downcast::<TermPostings>() {
            Ok(term) => Alternative::Term(term),
            Err(other) => Alternative::Other(other),
        }
    }
}

impl Alternative {
    fn doc(&self) -> DocId {
        match self {
            Alternative::Term(term) => term.doc(),
            Alternative::Other(other) => other.doc(),
        }
    }
}

/// A part's alternatives: those of a word not yet read, else the part itself.
fn alternatives_of(part: Box<dyn Scorer>) -> Vec<Alternative> {
    let scorers = match part.downcast::<AnyOfScorer>() {
        Ok(any_of) => (*any_of).into_alternatives(),
        Err(part) => vec![part],
    };
    scorers.into_iter().map(Alternative::from).collect()
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
