//! [`Candidates`]: the Swedish analysis of only the words that may yield a query's
//! terms, for snippets.
//!
//! A snippet is found by analyzing each hit's text and looking for the query's terms. In
//! a fresh process (every CLI search) no word has been analyzed yet, and cutting
//! compounds word by word was four fifths of a small search. A word yields a term only
//! if it holds the start of the term, read without diacritics: stems and compound parts
//! are pieces of the word, and a part's base form changes its end ("ens" is "ena") or
//! its vowel ("städer" is "stad"). Every other word goes through as it is, at its place,
//! so the snippet is the one the whole analysis gives.

use std::sync::Arc;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Characters of a term that a word must hold to be analyzed, and never the term's last
/// one, which a base form may change.
const NEEDLE_CHARS: usize = 3;

/// A token filter that replaces a word holding the start of one of `terms` by its
/// Swedish analysis, and leaves every other word at its place. It follows
/// [`super::folded_words`], which the needles are read with too; a
/// candidate word is analyzed as written, from the text at the token's offsets.
#[derive(Clone)]
pub struct Candidates {
    needles: Arc<[String]>,
}

impl Candidates {
    pub fn new<'a>(terms: impl IntoIterator<Item = &'a str>) -> Candidates {
        let mut folding = super::name();
        let needles = terms
            .into_iter()
            .map(|term| {
                let term = plain(&mut folding, term);
                let chars = term
                    .chars()
                    .count()
                    .saturating_sub(1)
                    .clamp(1, NEEDLE_CHARS);
                term.chars().take(chars).collect()
            })
            .collect();
        Candidates { needles }
    }
}

impl TokenFilter for Candidates {
    type Tokenizer<T: Tokenizer> = CandidatesFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CandidatesFilter<T> {
        CandidatesFilter {
            inner: tokenizer,
            needles: self.needles,
            word: super::swedish_word(),
        }
    }
}

/// [`Candidates`] applied to a tokenizer.
#[derive(Clone)]
pub struct CandidatesFilter<T> {
    inner: T,
    needles: Arc<[String]>,
    word: TextAnalyzer,
}

impl<T: Tokenizer> Tokenizer for CandidatesFilter<T> {
    type TokenStream<'a> = CandidatesStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CandidatesStream {
            text,
            tail: self.inner.token_stream(text),
            needles: &self.needles,
            word: &mut self.word,
            terms: Vec::new(),
            next: 0,
            token: Token::default(),
        }
    }
}

/// The token stream of [`CandidatesFilter`].
pub struct CandidatesStream<'a, T> {
    text: &'a str,
    /// The words of the text, folded.
    tail: T,
    needles: &'a [String],
    word: &'a mut TextAnalyzer,
    /// The analysis of the current word, and the next of its terms to give.
    terms: Vec<String>,
    next: usize,
    token: Token,
}

impl<T: TokenStream> TokenStream for CandidatesStream<'_, T> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(term) = self.terms.get(self.next) {
                self.token.text.clear();
                self.token.text.push_str(term);
                self.next += 1;
                return true;
            }
            if !self.tail.advance() {
                return false;
            }
            self.token.clone_from(self.tail.token());
            self.terms.clear();
            self.next = 0;
            let folded = &self.token.text;
            if !self
                .needles
                .iter()
                .any(|needle| folded.contains(needle.as_str()))
            {
                return true;
            }
            let Some(written) = self.text.get(self.token.offset_from..self.token.offset_to) else {
                return true;
            };
            let mut stream = self.word.token_stream(written);
            while let Some(term) = stream.next() {
                self.terms.push(term.text.clone());
            }
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// `word` lower-cased and folded to ASCII by [`super::name`].
fn plain(folding: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = folding.token_stream(word);
    stream
        .next()
        .map(|token| token.text.clone())
        .unwrap_or_default()
}
