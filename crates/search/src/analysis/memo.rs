//! [`Memoized`]: runs a word's analysis once per distinct word, and replays its terms
//! afterwards from the analyzer's own memo ([`Vocabulary`], no lock), or from the
//! index's [`WordCache`] when this memo has not met the word.
//!
//! Lower-casing, compound cutting and Snowball stemming were over a third of indexing
//! time, though Swedish running text is Zipfian: a few thousand words make up most
//! tokens. The outcome for a word depends on the word alone (every term it yields sits
//! at the word's position, with its offsets), so a map from the word as written to its
//! terms gives exactly the terms the analysis would.
//!
//! The memo belongs to one clone of the analyzer, and a token stream holds it while it
//! runs: tantivy gives each segment writer its own clone of each field's analyzer, so
//! an indexing thread replays terms with no thread-local lookup and no check that
//! another stream refilled the memo meanwhile (those two were 11 % of the instructions
//! of tokenizing the 10 000 generated releases, cachegrind).

use std::cell::RefCell;
use std::sync::Arc;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::vocabulary::{Terms, Vocabulary};
use super::word_cache::WordCache;
use super::words::WordSpans;

/// A tokenizer that gives, for each word of a text ([`WordSpans`]), the terms of its
/// Swedish analysis ([`super::swedish_word`]) at the word's place, from its own
/// [`Vocabulary`] and, behind it, the index's [`WordCache`]. A clone shares the cache
/// and starts its own vocabulary at its first text.
pub struct Memoized {
    cache: Arc<WordCache>,
    vocabulary: Option<Box<Vocabulary>>,
}

impl Memoized {
    pub fn new(cache: Arc<WordCache>) -> Memoized {
        Memoized {
            cache,
            vocabulary: None,
        }
    }
}

impl Clone for Memoized {
    fn clone(&self) -> Memoized {
        Memoized::new(Arc::clone(&self.cache))
    }
}

thread_local! {
    /// The words that snippets look up one by one.
    static SNIPPET_VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::new());
}

/// Appends the terms of `word` to `terms`, from this thread's vocabulary: for words read
/// one by one outside a text (a snippet's candidates, which recur from hit to hit; the
/// thread's memo holds those well enough).
pub(super) fn swedish_terms(word: &str, terms: &mut Vec<String>) {
    SNIPPET_VOCABULARY.with_borrow_mut(|vocabulary| {
        let mut found = vocabulary.terms_of(word, None);
        while let Some((term, rest)) = vocabulary.first_term(found) {
            terms.push(term.to_string());
            found = rest;
        }
    });
}

impl Tokenizer for Memoized {
    type TokenStream<'a> = MemoizedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoizedStream {
            words: WordSpans::new(text),
            text,
            cache: &self.cache,
            vocabulary: self
                .vocabulary
                .get_or_insert_with(|| Box::new(Vocabulary::new())),
            terms: Terms::default(),
            token: Token::default(),
        }
    }
}

/// The token stream of [`Memoized`].
pub struct MemoizedStream<'a> {
    words: WordSpans<'a>,
    text: &'a str,
    cache: &'a WordCache,
    vocabulary: &'a mut Vocabulary,
    /// The current word's terms not yet emitted.
    terms: Terms,
    token: Token,
}

impl TokenStream for MemoizedStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some((term, rest)) = self.vocabulary.first_term(self.terms) {
                self.token.text.clear();
                self.token.text.push_str(term);
                self.terms = rest;
                return true;
            }
            let Some(span) = self.words.next() else {
                return false;
            };
            let word = &self.text[span.from..span.to];
            self.terms = self.vocabulary.terms_of(word, Some(self.cache));
            self.token.offset_from = span.from;
            self.token.offset_to = span.to;
            self.token.position = span.position;
        }
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
    use crate::analysis::{swedish, tokens};
    use crate::compounds::{CompoundSplitter, SamePositionDedup};
    use tantivy::tokenizer::{
        Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
    };

    #[test]
    fn a_text_of_more_words_than_the_memo_holds_gives_the_terms_of_the_plain_chain() {
        let mut plain_swedish = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(super::super::words::MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(CompoundSplitter)
            .filter(Stemmer::new(Language::Swedish))
            .filter(SamePositionDedup)
            .build();
        // The memo is refilled mid-text, between a compound's terms among others.
        let words = super::super::vocabulary::CAPACITY + 100;
        let text: String = (0..words)
            .map(|n| format!("Cancervården ord{n} vårdköerna "))
            .collect();
        let expected = tokens(&mut plain_swedish, &text);
        assert!(expected.len() > 3 * words);
        assert_eq!(tokens(&mut swedish(&Arc::default()), &text), expected);
    }
}
