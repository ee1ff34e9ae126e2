//! [`ExactPhrase`]: words next to each other in one field, matched and scored as
//! tantivy's `PhraseQuery` (no slop) matches and scores them, with each document's
//! positions read as they are compared (see [`super::positions`]).
//!
//! A phrase is looked for in the documents where all its words occur, the rarest word
//! leading. In each, the rarest word's positions are kept, then those of each next word
//! in the same place keep them or not, and the last word's are counted. A word's
//! positions are read no further than the last position still kept, so "och" in "god och
//! nära vård" is read up to the phrase's place in the release, not to its end.

use tantivy::directory::CompositeFile;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentComponent;
use tantivy::postings::BlockSegmentPostings;
use tantivy::query::{
    Bm25Weight, EmptyScorer, EmptyWeight, EnableScoring, Explanation, PhraseQuery, Query, Scorer,
    Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use super::positions::{Positions, TermPositions};
use super::term::ScoredTerm;

/// Matches the documents holding `terms` one after the other, all of one field.
#[derive(Debug, Clone)]
pub(crate) struct ExactPhrase {
    terms: Vec<Term>,
}

impl ExactPhrase {
    pub(crate) fn new(terms: Vec<Term>) -> ExactPhrase {
        ExactPhrase { terms }
    }
}

impl Query for ExactPhrase {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let field = match self.terms.as_slice() {
            [] => return Ok(Box::new(EmptyWeight)),
            [word] => return ScoredTerm::new(word.clone()).weight(enable_scoring),
            [first, ..] => first.field(),
        };
        let has_positions = enable_scoring
            .schema()
            .get_field_entry(field)
            .field_type()
            .get_index_record_option()
            .is_some_and(IndexRecordOption::has_positions);
        // tantivy's own query reports the error.
        if !has_positions {
            return PhraseQuery::new(self.terms.clone()).weight(enable_scoring);
        }
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(statistics_provider, &self.terms)?),
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(ExactPhraseWeight {
            terms: self.terms.clone(),
            bm25,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for term in &self.terms {
            visitor(term, true);
        }
    }
}

struct ExactPhraseWeight {
    terms: Vec<Term>,
    /// None when scoring is off.
    bm25: Option<Bm25Weight>,
}

impl ExactPhraseWeight {
    /// The phrase's reader for one segment; None when a word is not in it.
    fn phrase(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Option<Phrase>> {
        let field = self.terms[0].field();
        let inverted_index = reader.inverted_index(field)?;
        let positions_file = CompositeFile::open(&reader.open_read(SegmentComponent::Positions)?)?;
        let Some(field_positions) = positions_file.open_read(field) else {
            return Ok(None);
        };
        let mut words = Vec::with_capacity(self.terms.len());
        for (place, term) in self.terms.iter().enumerate() {
            let Some(term_info) = inverted_index.get_term_info(term)? else {
                return Ok(None);
            };
            let postings = inverted_index
                .read_block_postings_from_terminfo(&term_info, IndexRecordOption::WithFreqs)?;
            let bytes = field_positions.read_bytes_slice(term_info.positions_range.clone())?;
            let Some(positions) = TermPositions::open(bytes) else {
                return Err(tantivy::TantivyError::InternalError(format!(
                    "the positions of {term:?} in segment {} are damaged",
                    reader.segment_id().uuid_string()
                )));
            };
            words.push(Word {
                postings,
                index: 0,
                position_offset: 0,
                positions,
                // Each word's positions are moved onto the last word's place, so a
                // phrase's words meet at one number.
                shift: (self.terms.len() - 1 - place) as u32,
            });
        }
        // The rarest word leads, and each next word is the next rarest: the fewest
        // documents and positions are read for a miss.
        words.sort_by_key(|word| word.postings.doc_freq());
        let fieldnorms = match self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(field)?,
            None => None,
        };
        Ok(Some(Phrase::new(
            words,
            fieldnorms.unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1)),
            self.bm25.as_ref().map(|bm25| bm25.boost_by(boost)),
        )))
    }
}

impl Weight for ExactPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.phrase(reader, boost)? {
            Some(phrase) => Box::new(phrase),
            None => Box::new(EmptyScorer),
        })
    }

    /// As tantivy's phrase weight explains a match.
    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let does_not_match =
            || tantivy::TantivyError::InvalidArgument(format!("Document #({doc}) does not match"));
        let mut phrase = self.phrase(reader, 1.0)?.ok_or_else(does_not_match)?;
        if phrase.seek(doc) != doc {
            return Err(does_not_match());
        }
        let mut explanation = Explanation::new("Phrase Scorer", phrase.score());
        if let Some(bm25) = &self.bm25 {
            explanation.add_detail(bm25.explain(phrase.fieldnorm_id(), phrase.phrase_count));
        }
        Ok(explanation)
    }
}

/// One word of the phrase in one segment: its documents, a block at a time, and their
/// positions.
struct Word {
    postings: BlockSegmentPostings,
    /// The current document's place in the loaded block.
    index: usize,
    /// Where the current document's positions start in the word's positions.
    position_offset: u64,
    positions: TermPositions,
    /// Added to each position: the words after this one in the phrase.
    shift: u32,
}

impl Word {
    /// Moves to the first document at or after `target`. Every block is loaded on the
    /// way, as each adds its documents' term frequencies to the positions' offset.
    fn seek(&mut self, target: DocId) -> DocId {
        loop {
            let docs = self.postings.docs();
            let freqs = self.postings.freqs();
            let Some(&last) = docs.last() else {
                return TERMINATED;
            };
            if last < target {
                let rest: u32 = freqs.get(self.index..).unwrap_or_default().iter().sum();
                self.position_offset += u64::from(rest);
                self.postings.advance();
                self.index = 0;
                continue;
            }
            while docs[self.index] < target {
                self.position_offset += u64::from(freqs.get(self.index).copied().unwrap_or(0));
                self.index += 1;
            }
            return docs[self.index];
        }
    }

    fn term_freq(&self) -> u32 {
        self.postings.freqs().get(self.index).copied().unwrap_or(0)
    }

    /// The current document's positions, moved onto the phrase's last word's place.
    fn positions(&mut self) -> Positions<'_> {
        let term_freq = self.term_freq();
        self.positions
            .of_document(self.position_offset, term_freq, self.shift)
    }
}

/// The documents of one segment holding the phrase, scored as tantivy's phrase scorer
/// scores them.
struct Phrase {
    /// The rarest first.
    words: Vec<Word>,
    doc: DocId,
    /// How often the phrase occurs in `doc`.
    phrase_count: u32,
    /// The places still kept while a document is read, and those the next word keeps.
    kept: Vec<u32>,
    still_kept: Vec<u32>,
    fieldnorms: FieldNormReader,
    /// None when scoring is off.
    bm25: Option<Bm25Weight>,
}

impl Phrase {
    fn new(words: Vec<Word>, fieldnorms: FieldNormReader, bm25: Option<Bm25Weight>) -> Phrase {
        let mut phrase = Phrase {
            words,
            doc: 0,
            phrase_count: 0,
            kept: Vec::new(),
            still_kept: Vec::new(),
            fieldnorms,
            bm25,
        };
        phrase.doc = phrase.next_match(0);
        phrase
    }

    fn fieldnorm_id(&self) -> u8 {
        self.fieldnorms.fieldnorm_id(self.doc)
    }

    /// The documents of the rarest word, which leads.
    fn rarest_doc_freq(&self) -> u32 {
        self.words
            .first()
            .map_or(0, |word| word.postings.doc_freq())
    }

    /// The first document at or after `target` holding every word.
    fn next_candidate(&mut self, mut target: DocId) -> DocId {
        'candidates: loop {
            let (leader, others) = self.words.split_at_mut(1);
            let candidate = leader[0].seek(target);
            if candidate == TERMINATED {
                return TERMINATED;
            }
            for word in others {
                let doc = word.seek(candidate);
                if doc == TERMINATED {
                    return TERMINATED;
                }
                if doc != candidate {
                    target = doc;
                    continue 'candidates;
                }
            }
            return candidate;
        }
    }

    /// The first document at or after `target` holding the phrase.
    fn next_match(&mut self, mut target: DocId) -> DocId {
        loop {
            let candidate = self.next_candidate(target);
            if candidate == TERMINATED || self.count_phrases() > 0 {
                return candidate;
            }
            target = candidate + 1;
        }
    }

    /// Counts the phrase in the document all words are on, as tantivy's phrase scorer
    /// intersects positions: a place kept once per position in every word.
    fn count_phrases(&mut self) -> u32 {
        let (leader, others) = self.words.split_at_mut(1);
        let Some((last, middle)) = others.split_last_mut() else {
            return 0;
        };
        let leader = &mut leader[0];
        self.kept.clear();
        self.kept.extend(leader.positions());
        for word in middle {
            self.still_kept.clear();
            for_each_common(&self.kept, word.positions(), |place| {
                self.still_kept.push(place)
            });
            std::mem::swap(&mut self.kept, &mut self.still_kept);
            if self.kept.is_empty() {
                self.phrase_count = 0;
                return 0;
            }
        }
        let mut count = 0;
        for_each_common(&self.kept, last.positions(), |_| count += 1);
        self.phrase_count = count;
        count
    }
}

/// Calls `found` with each value of `kept` also in `positions`, each matched once, as
/// tantivy's phrase scorer intersects positions. Both increase; `positions` is read no
/// further than `kept`'s last.
fn for_each_common(kept: &[u32], positions: impl Iterator<Item = u32>, mut found: impl FnMut(u32)) {
    let mut index = 0;
    for position in positions {
        while index < kept.len() && kept[index] < position {
            index += 1;
        }
        if index == kept.len() {
            break;
        }
        if kept[index] == position {
            found(position);
            index += 1;
            if index == kept.len() {
                break;
            }
        }
    }
}

impl DocSet for Phrase {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = self.next_match(self.doc + 1);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target {
            self.doc = self.next_match(target);
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    /// tantivy's estimate for a phrase: a tenth per word of its rarest word's documents.
    fn size_hint(&self) -> u32 {
        self.rarest_doc_freq() / (10 * self.words.len() as u32)
    }

    /// tantivy's cost for a phrase: reading positions makes each candidate dear.
    fn cost(&self) -> u64 {
        u64::from(self.rarest_doc_freq()) * 10 * self.words.len() as u64
    }
}

impl Scorer for Phrase {
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(bm25) => bm25.score(self.fieldnorm_id(), self.phrase_count),
            None => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::{Count, TopDocs};
    use tantivy::schema::{Field, Schema, STRING, TEXT};
    use tantivy::{doc, DocAddress, Index, IndexWriter};

    use super::super::test_index::matches;
    use super::*;

    const WORDS: [&str; 8] = ["och", "vård", "god", "nära", "i", "stöd", "och", "för"];

    /// A deterministic stream of numbers.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, below: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % below
        }
    }

    /// Two segments of texts drawn from a few words, "och" the commonest, most short and
    /// some long enough for a word's positions in one document to fill several of
    /// tantivy's blocks of 128, and some documents deleted.
    fn index() -> (Index, Field) {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let id = schema.add_text_field("id", STRING);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut random = Lcg(7);
        for segment in 0..2 {
            for number in 0..3_000u64 {
                let words = if number % 97 == 0 {
                    1_500
                } else {
                    1 + random.below(40)
                };
                let text: Vec<&str> = (0..words)
                    .map(|_| WORDS[random.below(WORDS.len() as u64) as usize])
                    .collect();
                writer
                    .add_document(doc!(body => text.join(" "), id => format!("{segment}-{number}")))
                    .unwrap();
            }
            writer.commit().unwrap();
        }
        for number in (0..3_000).step_by(13) {
            writer.delete_term(Term::from_field_text(id, &format!("1-{number}")));
        }
        writer.commit().unwrap();
        (index, body)
    }

    fn terms(field: Field, phrase: &str) -> Vec<Term> {
        phrase
            .split(' ')
            .map(|word| Term::from_field_text(field, word))
            .collect()
    }

    #[test]
    fn it_matches_counts_scores_and_explains_as_tantivy_s_phrase_query() {
        let (index, body) = index();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let mut phrases: Vec<String> = Vec::new();
        for first in ["och", "vård", "god", "stöd"] {
            for second in ["och", "vård", "nära", "i"] {
                phrases.push(format!("{first} {second}"));
                phrases.push(format!("{first} {second} för"));
            }
        }
        phrases.extend(
            [
                "god och nära vård",
                "och och och",
                "vård i vård och",
                "för stöd saknas",
            ]
            .map(String::from),
        );
        for phrase in &phrases {
            let ours = ExactPhrase::new(terms(body, phrase));
            let theirs = PhraseQuery::new(terms(body, phrase));
            let expected = matches(&index, &theirs);
            assert_eq!(expected, matches(&index, &ours), "{phrase}");
            let count = searcher.search(&ours, &Count).unwrap();
            assert_eq!(count, searcher.search(&theirs, &Count).unwrap(), "{phrase}");
            if phrase.ends_with("saknas") {
                assert_eq!(count, 0);
                continue;
            }
            assert!(count > 20, "{phrase}: {count}");
            let (score, best) = searcher
                .search(&ours, &TopDocs::with_limit(1).order_by_score())
                .unwrap()[0];
            let explanation = ours.explain(&searcher, best).unwrap();
            assert_eq!(explanation.value(), score, "{phrase}");
            assert_eq!(
                explanation.to_pretty_json(),
                theirs.explain(&searcher, best).unwrap().to_pretty_json()
            );
        }
    }

    fn common(kept: &[u32], positions: impl Iterator<Item = u32>) -> Vec<u32> {
        let mut found = Vec::new();
        for_each_common(kept, positions, |place| found.push(place));
        found
    }

    #[test]
    fn a_place_is_matched_once_per_position_as_tantivy_intersects() {
        assert_eq!(common(&[3, 5, 5, 9], [5, 5, 5, 9].into_iter()), [5, 5, 9]);
        assert_eq!(common(&[5, 5], [5].into_iter()), [5]);
        assert_eq!(common(&[5], [5, 5].into_iter()), [5]);
        assert_eq!(common(&[1, 4, 6], [2, 4, 6, 8].into_iter()), [4, 6]);
        assert!(common(&[1, 2], [3, 4].into_iter()).is_empty());
    }

    #[test]
    fn a_word_s_positions_are_read_no_further_than_the_last_place_kept() {
        let mut read = 0;
        assert_eq!(common(&[2, 6], (0..1_000).inspect(|_| read += 1)), [2, 6]);
        assert_eq!(read, 7);
        read = 0;
        assert_eq!(common(&[2, 900], (0..5).inspect(|_| read += 1)), [2]);
        assert_eq!(read, 5);
    }

    #[test]
    fn one_word_is_that_word_and_a_field_without_positions_is_tantivy_s_error() {
        let (index, body) = index();
        let searcher = index.reader().unwrap().searcher();
        let one = ExactPhrase::new(terms(body, "nära"));
        assert_eq!(
            matches(&index, &one),
            matches(
                &index,
                &ScoredTerm::new(Term::from_field_text(body, "nära"))
            )
        );
        let id = index.schema().get_field("id").unwrap();
        let no_positions = ExactPhrase::new(terms(id, "0-1 0-2"));
        assert!(searcher.search(&no_positions, &Count).is_err());
        assert_eq!(
            searcher
                .search(&ExactPhrase::new(Vec::new()), &Count)
                .unwrap(),
            0
        );
    }

    #[test]
    fn a_document_without_the_phrase_is_not_explained() {
        let (index, body) = index();
        let searcher = index.reader().unwrap().searcher();
        let phrase = ExactPhrase::new(terms(body, "god nära vård"));
        let theirs = PhraseQuery::new(terms(body, "god nära vård"));
        let first = matches(&index, &theirs)[0].0;
        assert!(phrase.explain(&searcher, first).is_ok());
        let missing = DocAddress::new(first.segment_ord, first.doc_id + 1);
        assert_eq!(
            phrase.explain(&searcher, missing).is_err(),
            theirs.explain(&searcher, missing).is_err()
        );
    }
}
