//! [`Vocabulary`]: the words one analyzer has analyzed, each with its terms, in one
//! string.
//!
//! Replaying a word's terms is what the indexing threads do most (once for every word
//! of every text). A map from boxed words to shared lists of boxed terms took five
//! dependent reads of scattered allocations per word, most of them cache misses; here a
//! table slot leads to one place in one string that holds the word and, right after it,
//! its terms, and the words met first (the frequent ones) sit together at its start.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use tantivy::tokenizer::TextAnalyzer;

use super::word_cache::{WordCache, WordTerms};

/// Distinct words remembered before the vocabulary is emptied and refilled. This bounds
/// memory to a few MB per analyzer that indexes text (one per field of each segment
/// being written) and per thread that makes snippets, while holding the head of the
/// vocabulary, which is where the repeats are.
pub(super) const CAPACITY: usize = 64 * 1024;

/// The words of one analyzer and their terms.
pub(super) struct Vocabulary {
    /// One slot per word, found by the word's hash.
    table: HashTable<Slot>,
    /// Each word followed by its terms, word after word.
    text: String,
    /// Where each term ends in `text`, word after word: a term starts where the one
    /// before it (or its word) ends.
    ends: Vec<u32>,
    swedish: TextAnalyzer,
}

/// A word's place in [`Vocabulary::text`] and [`Vocabulary::ends`].
#[derive(Debug, Clone, Copy)]
struct Slot {
    word_start: u32,
    terms: Terms,
}

/// Where the terms of one word are, until the vocabulary is next refilled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Terms {
    /// Where the first term starts in the text (the word's end).
    start: u32,
    /// The index in `ends` of the first term's end.
    first_end: u32,
    count: u32,
}

impl Vocabulary {
    pub(super) fn new() -> Vocabulary {
        Vocabulary {
            table: HashTable::new(),
            text: String::new(),
            ends: Vec::new(),
            swedish: super::swedish_word(),
        }
    }

    /// The terms of `word`: from this memo, else from `cache`, else analyzed.
    pub(super) fn terms_of(&mut self, word: &str, cache: Option<&WordCache>) -> Terms {
        let hash = hash_of(word.as_bytes());
        let text = &self.text;
        let word_bytes = Some(word.as_bytes());
        if let Some(slot) = self
            .table
            .find(hash, |slot| slot.word_bytes(text) == word_bytes)
        {
            return slot.terms;
        }
        let swedish = &mut self.swedish;
        let mut analyze = |word: &str| all_terms(swedish, word);
        match cache {
            Some(cache) => {
                let terms = cache.terms(word, analyze);
                self.insert(hash, word, &terms)
            }
            None => {
                let terms = analyze(word);
                self.insert(hash, word, &terms)
            }
        }
    }

    /// The first of `terms` and the rest of them; `None` when there are none.
    pub(super) fn first_term(&self, terms: Terms) -> Option<(&str, Terms)> {
        if terms.count == 0 {
            return None;
        }
        let end = *self.ends.get(terms.first_end as usize)?;
        let term = self.text.get(terms.start as usize..end as usize)?;
        let rest = Terms {
            start: end,
            first_end: terms.first_end + 1,
            count: terms.count - 1,
        };
        Some((term, rest))
    }

    /// Forgets every word, to be filled again: [`Terms`] handed out before no longer
    /// hold.
    fn refill(&mut self) {
        self.table.clear();
        self.text.clear();
        self.ends.clear();
    }

    fn insert(&mut self, hash: u64, word: &str, terms: &[Box<str>]) -> Terms {
        let entry_bytes = word.len() + terms.iter().map(|term| term.len()).sum::<usize>();
        if self.table.len() >= CAPACITY || offset(self.text.len() + entry_bytes).is_none() {
            self.refill();
        }
        let word_start = offset(self.text.len());
        self.text.push_str(word);
        let start = offset(self.text.len());
        let first_end = offset(self.ends.len());
        for term in terms {
            self.text.push_str(term);
            self.ends.push(offset(self.text.len()).unwrap_or(u32::MAX));
        }
        let (Some(word_start), Some(start), Some(first_end), Some(count)) =
            (word_start, start, first_end, offset(terms.len()))
        else {
            // Only an entry of gigabytes gets here, which no word gives (words are under
            // 60 bytes): it is not remembered and gives no terms.
            return Terms::default();
        };
        let slot = Slot {
            word_start,
            terms: Terms {
                start,
                first_end,
                count,
            },
        };
        let Vocabulary { table, text, .. } = self;
        table.insert_unique(hash, slot, |slot| {
            hash_of(slot.word_bytes(text).unwrap_or_default())
        });
        slot.terms
    }
}

impl Slot {
    fn word_bytes(self, text: &str) -> Option<&[u8]> {
        text.as_bytes()
            .get(self.word_start as usize..self.terms.start as usize)
    }
}

/// One hash for a word looked up and a word stored.
fn hash_of(word: &[u8]) -> u64 {
    FxBuildHasher.hash_one(word)
}

/// `at` as an offset of [`Vocabulary::text`] or `ends`, if it fits one.
fn offset(at: usize) -> Option<u32> {
    u32::try_from(at).ok()
}

fn all_terms(analyzer: &mut TextAnalyzer, word: &str) -> WordTerms {
    let mut stream = analyzer.token_stream(word);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push(token.text.as_str().into());
    }
    terms.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(vocabulary: &Vocabulary, mut terms: Terms) -> Vec<String> {
        let mut all = Vec::new();
        while let Some((term, rest)) = vocabulary.first_term(terms) {
            all.push(term.to_string());
            terms = rest;
        }
        all
    }

    #[test]
    fn a_word_gives_the_terms_of_its_analysis_first_time_and_after() {
        let mut vocabulary = Vocabulary::new();
        let expected = all_terms(&mut super::super::swedish_word(), "Cancervården");
        let first = vocabulary.terms_of("Cancervården", None);
        vocabulary.terms_of("och", None);
        let again = vocabulary.terms_of("Cancervården", None);
        assert_eq!(first, again);
        let expected: Vec<String> = expected.iter().map(|term| term.to_string()).collect();
        assert_eq!(all(&vocabulary, again), expected);
        assert!(expected.len() > 1, "a compound and its parts: {expected:?}");
    }

    #[test]
    fn a_full_vocabulary_is_refilled_and_its_words_still_found() {
        let mut vocabulary = Vocabulary::new();
        vocabulary.terms_of("vården", None);
        for n in 0..CAPACITY {
            vocabulary.terms_of(&format!("ord{n}"), None);
        }
        assert!(vocabulary.table.len() < CAPACITY, "refilled");
        let again = vocabulary.terms_of("vården", None);
        let expected = all_terms(&mut super::super::swedish_word(), "vården");
        let expected: Vec<String> = expected.iter().map(|term| term.to_string()).collect();
        assert_eq!(all(&vocabulary, again), expected);
    }
}
