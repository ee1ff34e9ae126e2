//! [`Memoized`]: runs a word's analysis once per distinct word, and replays its terms
//! afterwards from the thread's own memo (no lock), or from the index's
//! [`WordCache`] when this thread has not met the word.
//!
//! Lower-casing, compound cutting and Snowball stemming were over a third of indexing
//! time, though Swedish running text is Zipfian: a few thousand words make up most
//! tokens. The outcome for a word depends on the word alone (every term it yields sits
//! at the word's position, with its offsets), so a map from the word as written to its
//! terms gives exactly the terms the analysis would.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::word_cache::{WordCache, WordTerms};
use super::words::WordSpans;

/// Distinct words remembered per thread before the vocabulary is emptied and refilled.
/// This bounds memory to a few MB per thread that analyzes text (tantivy's indexing
/// threads, a server's workers) while holding the head of the vocabulary, which is
/// where the repeats are.
const CAPACITY: usize = 64 * 1024;

/// A tokenizer that gives, for each word of a text ([`WordSpans`]), the terms of its
/// Swedish analysis ([`super::swedish_word`]) at the word's place. Its state lives in
/// the thread's [`Vocabulary`] and, behind it, in the index's [`WordCache`], so clones
/// (tantivy makes one per field, segment and snippet) cost nothing and share both.
#[derive(Clone)]
pub struct Memoized {
    cache: Arc<WordCache>,
}

impl Memoized {
    pub fn new(cache: Arc<WordCache>) -> Memoized {
        Memoized { cache }
    }
}

thread_local! {
    static VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::new());
}

/// The words one thread has analyzed.
struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    terms: Vec<Arc<WordTerms>>,
    /// Counts refills: an id is valid only under the generation it was handed out in.
    generation: u64,
    swedish: TextAnalyzer,
}

impl Vocabulary {
    fn new() -> Vocabulary {
        Vocabulary {
            ids: FxHashMap::default(),
            terms: Vec::new(),
            generation: 0,
            swedish: super::swedish_word(),
        }
    }

    /// The entry of `word`: from this thread's memo, else from `cache`, else analyzed.
    fn id(&mut self, word: &str, cache: Option<&WordCache>) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        if self.terms.len() >= CAPACITY {
            self.ids.clear();
            self.terms.clear();
            self.generation += 1;
        }
        let swedish = &mut self.swedish;
        let mut analyze = |word: &str| all_terms(swedish, word);
        let terms = match cache {
            Some(cache) => cache.terms(word, analyze),
            None => Arc::new(analyze(word)),
        };
        // Below CAPACITY, so it fits.
        let id = self.terms.len() as u32;
        self.terms.push(terms);
        self.ids.insert(word.into(), id);
        id
    }

    fn terms(&self, id: u32) -> &[Box<str>] {
        match self.terms.get(id as usize) {
            Some(terms) => terms,
            None => &[],
        }
    }
}

/// Appends the terms of `word` to `terms`, from this thread's vocabulary: for words read
/// one by one outside a text (a snippet's candidates, which recur from hit to hit; the
/// thread's memo holds those well enough).
pub(super) fn swedish_terms(word: &str, terms: &mut Vec<String>) {
    VOCABULARY.with_borrow_mut(|vocabulary| {
        let id = vocabulary.id(word, None);
        terms.extend(vocabulary.terms(id).iter().map(|term| term.to_string()));
    });
}

fn all_terms(analyzer: &mut TextAnalyzer, word: &str) -> WordTerms {
    let mut stream = analyzer.token_stream(word);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push(token.text.as_str().into());
    }
    terms.into()
}

impl Tokenizer for Memoized {
    type TokenStream<'a> = MemoizedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoizedStream {
            words: WordSpans::new(text),
            text,
            cache: &self.cache,
            id: 0,
            generation: 0,
            next: 0,
            count: 0,
            token: Token::default(),
        }
    }
}

/// The token stream of [`Memoized`].
pub struct MemoizedStream<'a> {
    words: WordSpans<'a>,
    text: &'a str,
    cache: &'a WordCache,
    /// The current word's entry, the generation it belongs to, and its terms: the next
    /// one to emit and how many.
    id: u32,
    generation: u64,
    next: usize,
    count: usize,
    token: Token,
}

impl MemoizedStream<'_> {
    fn advance_in(&mut self, vocabulary: &mut Vocabulary) -> bool {
        while self.next >= self.count {
            if !self.next_word(vocabulary) {
                return false;
            }
        }
        self.revalidate(vocabulary);
        let term = vocabulary
            .terms(self.id)
            .get(self.next)
            .map_or("", |term| &**term);
        self.token.text.clear();
        self.token.text.push_str(term);
        self.next += 1;
        true
    }

    /// Moves to the next word; false at the end of the text.
    fn next_word(&mut self, vocabulary: &mut Vocabulary) -> bool {
        let Some(span) = self.words.next() else {
            return false;
        };
        self.id = vocabulary.id(&self.text[span.from..span.to], Some(self.cache));
        self.generation = vocabulary.generation;
        self.token.offset_from = span.from;
        self.token.offset_to = span.to;
        self.token.position = span.position;
        self.next = 0;
        self.count = vocabulary.terms(self.id).len();
        true
    }

    /// After the vocabulary was refilled since the current word was looked up (by
    /// another stream on this thread), looks it up again: its terms, and so `next`, are
    /// the same.
    fn revalidate(&mut self, vocabulary: &mut Vocabulary) {
        if self.generation != vocabulary.generation {
            let word = &self.text[self.token.offset_from..self.token.offset_to];
            self.id = vocabulary.id(word, Some(self.cache));
            self.generation = vocabulary.generation;
        }
    }
}

impl TokenStream for MemoizedStream<'_> {
    fn advance(&mut self) -> bool {
        VOCABULARY.with_borrow_mut(|vocabulary| self.advance_in(vocabulary))
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{swedish, tokens as terms};

    #[test]
    fn a_stream_survives_a_refill_by_another_stream_on_its_thread() {
        let text = "Cancervården och vårdköerna i Östergötland.";
        let expected = terms(&mut swedish(&Arc::default()), text);
        let mut analyzer = swedish(&Arc::default());
        let mut stream = analyzer.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let token = stream.token();
            got.push((
                token.text.clone(),
                token.position,
                token.offset_from,
                token.offset_to,
            ));
            VOCABULARY.with_borrow_mut(|vocabulary| {
                vocabulary.id("ettordsomintefinns", None);
                vocabulary.generation += 1;
                vocabulary.ids.clear();
                vocabulary.terms.clear();
            });
        }
        assert_eq!(got, expected);
    }
}
