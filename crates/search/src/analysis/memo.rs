//! [`Memoized`]: runs a word's analysis once per distinct word and replays its terms
//! afterwards.
//!
//! Lower-casing, compound cutting and Snowball stemming were over a third of indexing
//! time, though Swedish running text is Zipfian: a few thousand words make up most
//! tokens. The outcome for a word depends on the word alone (every term it yields sits
//! at the word's position, with its offsets), so a map from the word as written to its
//! terms gives exactly the terms the analysis would.

use std::sync::Arc;

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Distinct words remembered per analyzer clone before the map is emptied and refilled.
/// tantivy keeps one clone per field of each segment being written (title, body and
/// their folded copies, on each indexing thread), so this bounds memory to a few MB per
/// clone while holding the head of the vocabulary, which is where the repeats are.
const CAPACITY: usize = 64 * 1024;

/// A token filter that replaces each token by the terms `word` analysis gives for it.
/// `word` must yield every term at one position (a raw tokenizer and filters that keep
/// positions), as the unmemoized chain would.
#[derive(Clone)]
pub struct Memoized {
    word: TextAnalyzer,
}

impl Memoized {
    /// Memoizes `word`, an analyzer over a [`tantivy::tokenizer::RawTokenizer`].
    pub fn new(word: TextAnalyzer) -> Memoized {
        Memoized { word }
    }
}

impl TokenFilter for Memoized {
    type Tokenizer<T: Tokenizer> = MemoizedFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MemoizedFilter<T> {
        MemoizedFilter {
            inner: tokenizer,
            word: self.word,
            memo: FxHashMap::default(),
        }
    }
}

/// [`Memoized`] applied to a tokenizer.
pub struct MemoizedFilter<T> {
    inner: T,
    word: TextAnalyzer,
    /// Word as written → its terms. Arc, not Rc: tantivy needs analyzers to be `Send`.
    memo: FxHashMap<Box<str>, Arc<[String]>>,
}

/// A clone starts with an empty memo: tantivy clones an analyzer for every field of
/// every segment and every snippet, and copying a full map each time would cost more
/// than it saves.
impl<T: Clone> Clone for MemoizedFilter<T> {
    fn clone(&self) -> Self {
        MemoizedFilter {
            inner: self.inner.clone(),
            word: self.word.clone(),
            memo: FxHashMap::default(),
        }
    }
}

impl<T: Tokenizer> Tokenizer for MemoizedFilter<T> {
    type TokenStream<'a> = MemoizedStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoizedStream {
            tail: self.inner.token_stream(text),
            word: &mut self.word,
            memo: &mut self.memo,
            terms: Arc::from([]),
            next: 0,
            token: Token::default(),
        }
    }
}

/// The token stream of [`MemoizedFilter`].
pub struct MemoizedStream<'a, T> {
    tail: T,
    word: &'a mut TextAnalyzer,
    memo: &'a mut FxHashMap<Box<str>, Arc<[String]>>,
    /// Terms of the current word, and the next one to emit.
    terms: Arc<[String]>,
    next: usize,
    token: Token,
}

impl<T: TokenStream> MemoizedStream<'_, T> {
    fn terms_of_current(&mut self) -> Arc<[String]> {
        let text = self.tail.token().text.as_str();
        if let Some(terms) = self.memo.get(text) {
            return Arc::clone(terms);
        }
        let mut stream = self.word.token_stream(text);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push(token.text.clone());
        }
        let terms: Arc<[String]> = terms.into();
        if self.memo.len() >= CAPACITY {
            self.memo.clear();
        }
        self.memo.insert(text.into(), Arc::clone(&terms));
        terms
    }
}

impl<T: TokenStream> TokenStream for MemoizedStream<'_, T> {
    fn advance(&mut self) -> bool {
        while self.next >= self.terms.len() {
            if !self.tail.advance() {
                return false;
            }
            self.terms = self.terms_of_current();
            self.next = 0;
            let word = self.tail.token();
            self.token.offset_from = word.offset_from;
            self.token.offset_to = word.offset_to;
            self.token.position = word.position;
            self.token.position_length = word.position_length;
        }
        self.token.text.clone_from(&self.terms[self.next]);
        self.next += 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
