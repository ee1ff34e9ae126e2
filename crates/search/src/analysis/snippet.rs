//! [`Candidates`]: the Swedish analysis of only the words that may yield a query's
//! terms, for snippets.
//!
//! A snippet is found by analyzing each hit's text and looking for the query's terms. In
//! a fresh process (every CLI search) no word has been analyzed yet, and cutting
//! compounds word by word was four fifths of a small search. A word yields a term only
//! if it holds the start of the term, read without diacritics: stems and compound parts
//! are pieces of the word, and a part's base form changes its end ("ens" is "ena") or
//! its vowel ("städer" is "stad"). Every other word goes through at its place with no
//! text, so the snippet is the one the whole analysis gives.
//!
//! Most words are ASCII and are tested as written, ignoring case; only a word with
//! other letters is folded (see [`Folding`]). All of the terms' starts are looked for in
//! one pass over the word (Aho-Corasick): a query of fifteen words tested them one by
//! one, a fifth of its time. Folding and lower-casing every word of
//! every hit was over half of a small search, and tantivy lower-cases each token's text
//! again to look it up, which an empty text makes free.

use std::sync::Arc;

use aho_corasick::AhoCorasick;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Characters of a term that a word must hold to be analyzed, and never the term's last
/// one, which a base form may change.
const NEEDLE_CHARS: usize = 3;

/// A token filter that replaces a word holding the start of one of `terms` by its
/// Swedish analysis, and every other word by a token with no text at its place. The
/// words come as written, from a tokenizer like [`super::folded_words`]'s without its
/// folding; a candidate word is analyzed as written, once per thread (see
/// [`super::memo`]): the same words recur from hit to hit.
#[derive(Clone)]
pub struct Candidates {
    needles: Needles,
}

impl Candidates {
    pub fn new<'a>(terms: impl IntoIterator<Item = &'a str>) -> Candidates {
        let mut folding = Folding::new();
        let needles: Vec<String> = terms
            .into_iter()
            .map(|term| {
                let term = folding.exact(term);
                let chars = term
                    .chars()
                    .count()
                    .saturating_sub(1)
                    .clamp(1, NEEDLE_CHARS);
                term.chars().take(chars).collect()
            })
            .collect();
        Candidates {
            needles: Needles::new(&needles),
        }
    }
}

/// The starts of a query's terms, looked for all at once, ignoring ASCII case.
#[derive(Clone)]
struct Needles {
    /// None when the matcher cannot be built: then every word is a candidate, which
    /// gives the same snippet, only slower.
    matcher: Option<Arc<AhoCorasick>>,
}

impl Needles {
    fn new(needles: &[String]) -> Needles {
        let matcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(needles)
            .ok()
            .map(Arc::new);
        Needles { matcher }
    }

    fn found_in(&self, word: &str) -> bool {
        self.matcher
            .as_ref()
            .is_none_or(|matcher| matcher.is_match(word))
    }
}

impl TokenFilter for Candidates {
    type Tokenizer<T: Tokenizer> = CandidatesFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CandidatesFilter<T> {
        CandidatesFilter {
            inner: tokenizer,
            needles: self.needles,
            folding: Folding::new(),
        }
    }
}

/// [`Candidates`] applied to a tokenizer.
#[derive(Clone)]
pub struct CandidatesFilter<T> {
    inner: T,
    needles: Needles,
    folding: Folding,
}

impl<T: Tokenizer> Tokenizer for CandidatesFilter<T> {
    type TokenStream<'a> = CandidatesStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CandidatesStream {
            tail: self.inner.token_stream(text),
            needles: &self.needles,
            folding: &mut self.folding,
            terms: Vec::new(),
            next: 0,
            token: Token::default(),
        }
    }
}

/// The token stream of [`CandidatesFilter`].
pub struct CandidatesStream<'a, T> {
    /// The words of the text, as written.
    tail: T,
    needles: &'a Needles,
    folding: &'a mut Folding,
    /// The analysis of the current word, and the next of its terms to give.
    terms: Vec<String>,
    next: usize,
    token: Token,
}

/// Whether `word`, read without case or diacritics, holds one of `needles`.
fn is_candidate(needles: &Needles, folding: &mut Folding, word: &str) -> bool {
    if word.is_ascii() {
        return needles.found_in(word);
    }
    needles.found_in(folding.quick(word))
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
            self.terms.clear();
            self.next = 0;
            let word = self.tail.token();
            self.token.offset_from = word.offset_from;
            self.token.offset_to = word.offset_to;
            self.token.position = word.position;
            self.token.position_length = word.position_length;
            self.token.text.clear();
            if is_candidate(self.needles, self.folding, &word.text) {
                super::memo::swedish_terms(&word.text, &mut self.terms);
            }
            if self.terms.is_empty() {
                return true;
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

/// A word lower-cased and folded to ASCII as [`super::folded_words`] does it.
#[derive(Clone)]
struct Folding {
    /// The one home of folding: lower case, then ASCII.
    exact: TextAnalyzer,
    /// The same two steps the other way round, for words whose letters are all Latin-1
    /// (Swedish and its neighbours): for them the outcome is the same (a test checks
    /// every one) without Unicode lower-casing, which was most of the cost. Letters
    /// beyond Latin-1 may differ (small capitals fold to capitals, "İ" gains a dot).
    fold_then_lower: FoldThenLower,
    out: String,
}

impl Folding {
    fn new() -> Folding {
        Folding {
            exact: super::name(),
            fold_then_lower: fold_then_lower(),
            out: String::new(),
        }
    }

    fn exact(&mut self, word: &str) -> &str {
        self.out.clear();
        let mut stream = self.exact.token_stream(word);
        if let Some(token) = stream.next() {
            self.out.push_str(&token.text);
        }
        &self.out
    }

    fn quick(&mut self, word: &str) -> &str {
        if !word.chars().all(is_latin1) {
            return self.exact(word);
        }
        self.out.clear();
        let mut stream = self.fold_then_lower.token_stream(word);
        if let Some(token) = stream.next() {
            self.out.push_str(&token.text);
        }
        &self.out
    }
}

fn is_latin1(letter: char) -> bool {
    u32::from(letter) <= 0xFF
}

/// Named by its parts rather than boxed in a [`TextAnalyzer`]: it runs once per word
/// with other letters than ASCII, and a boxed stream costs an allocation each time.
type FoldThenLower = <LowerCaser as TokenFilter>::Tokenizer<
    <AsciiFoldingFilter as TokenFilter>::Tokenizer<RawTokenizer>,
>;

fn fold_then_lower() -> FoldThenLower {
    LowerCaser.transform(AsciiFoldingFilter.transform(RawTokenizer::default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words are made of letters and digits, and both steps go letter by letter.
    #[test]
    fn latin1_words_fold_the_same_either_way_round() {
        let mut folding = Folding::new();
        let letters: Vec<char> = ('\u{0}'..='\u{FF}')
            .filter(|letter| letter.is_alphanumeric())
            .collect();
        assert!(letters.len() > 120, "{}", letters.len());
        for letter in letters {
            let word = letter.to_string();
            let quick = folding.quick(&word).to_string();
            assert_eq!(quick, folding.exact(&word), "{letter:?}");
        }
        let word = "SJUKVÅRDSHUVUDMÄNNENSÆØß";
        let quick = folding.quick(word).to_string();
        assert_eq!(quick, folding.exact(word));
    }

    #[test]
    fn a_word_is_a_candidate_whatever_its_case_and_diacritics() {
        let needles = Needles::new(&["var".to_string(), "sju".to_string()]);
        let mut folding = Folding::new();
        for word in [
            "vården",
            "VÅRDEN",
            "Vårdköerna",
            "omvärlden",
            "VAR",
            "hälsoSJUKvård",
        ] {
            assert!(is_candidate(&needles, &mut folding, word), "{word}");
        }
        for word in ["för", "väntan", "kronor", "Östergötland"] {
            assert!(!is_candidate(&needles, &mut folding, word), "{word}");
        }
    }
}
