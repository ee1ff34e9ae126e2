//! [`Words`]: the words of a text, the one home of what a word is for every analyzer.
//!
//! A word is a longest run of alphanumeric characters, as tantivy's `SimpleTokenizer`
//! cuts it, and a word of [`MAX_WORD_BYTES`] or more is junk (base64, URLs glued
//! together) that only bloats the index: it is dropped but keeps its position, as
//! `RemoveLongFilter` after `SimpleTokenizer` does. [`WordSpans`] gives the words as
//! places in the text without copying them, for the memoized analyzers, which look a
//! word up by its slice: copying every word into a token's text, and testing every
//! ASCII byte through `char::is_alphanumeric`, was a tenth of their cost.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Words this long or longer are dropped.
pub(super) const MAX_WORD_BYTES: usize = 60;

/// Where one word stands: its bytes in the text and its position among all words
/// (dropped long words included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordSpan {
    pub from: usize,
    pub to: usize,
    pub position: usize,
}

/// The words of a text, in order, without long ones.
pub(super) struct WordSpans<'a> {
    text: &'a str,
    at: usize,
    position: usize,
}

impl<'a> WordSpans<'a> {
    pub(super) fn new(text: &'a str) -> WordSpans<'a> {
        WordSpans {
            text,
            at: 0,
            position: usize::MAX,
        }
    }

    /// The next word, long ones included; `at` moves past it.
    fn next_any(&mut self) -> Option<WordSpan> {
        let from = self.boundary(false)?;
        self.at = from;
        let to = self.boundary(true).unwrap_or(self.text.len());
        self.at = to;
        self.position = self.position.wrapping_add(1);
        Some(WordSpan {
            from,
            to,
            position: self.position,
        })
    }

    /// From `at`, the first byte where a character is (`in_word == false`) or is not
    /// (`in_word == true`) alphanumeric; `None` at the end of the text.
    fn boundary(&self, in_word: bool) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        while let Some(&byte) = bytes.get(at) {
            let (is_word_char, len) = match byte {
                0..=0x7F => (ASCII_WORD_BYTES[usize::from(byte)], 1),
                // U+00C0–U+00FF (å, ä, ö, é, ü …): letters all but "×" and "÷". UTF-8
                // guarantees the second byte.
                0xC3 => (!matches!(bytes.get(at + 1), Some(0x97 | 0xB7)), 2),
                _ => {
                    let c = self.text[at..].chars().next()?;
                    (c.is_alphanumeric(), c.len_utf8())
                }
            };
            if is_word_char != in_word {
                return Some(at);
            }
            at += len;
        }
        None
    }
}

/// The ASCII bytes `char::is_alphanumeric` accepts, as a table: one load per byte.
const ASCII_WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

impl Iterator for WordSpans<'_> {
    type Item = WordSpan;

    fn next(&mut self) -> Option<WordSpan> {
        loop {
            let span = self.next_any()?;
            if span.to - span.from < MAX_WORD_BYTES {
                return Some(span);
            }
        }
    }
}

/// A tokenizer of [`WordSpans`], each word a token with its text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    token: Token,
}

impl Tokenizer for Words {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            spans: WordSpans::new(text),
            token: &mut self.token,
        }
    }
}

/// The token stream of [`Words`].
pub(crate) struct WordStream<'a> {
    spans: WordSpans<'a>,
    token: &'a mut Token,
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(span) = self.spans.next() else {
            return false;
        };
        self.token.text.clear();
        self.token
            .text
            .push_str(&self.spans.text[span.from..span.to]);
        self.token.offset_from = span.from;
        self.token.offset_to = span.to;
        self.token.position = span.position;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens;
    use proptest::prelude::*;
    use tantivy::tokenizer::{RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

    /// Tokens as tantivy's own chain gives them, the reference.
    fn simple(text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .build();
        tokens(&mut analyzer, text)
    }

    fn ours(text: &str) -> Vec<(String, usize, usize, usize)> {
        tokens(&mut TextAnalyzer::from(Words::default()), text)
    }

    #[test]
    fn words_are_cut_as_tantivys_simple_tokenizer_cuts_them() {
        for text in [
            "",
            "   ",
            "Vårdköerna i Östergötland: 44,3 miljoner kronor (2024–2026).",
            "x",
            "ord.",
            "Ångström ÅÄÖ åäö é ü ß ½ ² ٣ 中文 emoji😀ord",
            "a\u{00A0}b\tc\r\nd",
            &format!("{} kort {} ord", "a".repeat(59), "b".repeat(60)),
            &"å".repeat(31),
        ] {
            assert_eq!(ours(text), simple(text), "{text:?}");
        }
    }

    #[test]
    fn the_latin1_shortcut_is_char_is_alphanumeric() {
        for c in '\u{00C0}'..='\u{00FF}' {
            let text = format!("a{c}b");
            assert_eq!(ours(&text), simple(&text), "{c:?}");
        }
    }

    #[test]
    fn spans_are_the_tokens_without_their_text() {
        let text = "Kömiljarden: 1 miljard, åter.";
        let spans: Vec<_> = WordSpans::new(text)
            .map(|span| (span.position, span.from, span.to))
            .collect();
        let tokens: Vec<_> = simple(text)
            .into_iter()
            .map(|(_, position, from, to)| (position, from, to))
            .collect();
        assert_eq!(spans, tokens);
    }

    proptest! {
        #[test]
        fn any_text_is_cut_as_tantivy_cuts_it(text in "\\PC{0,80}") {
            prop_assert_eq!(ours(&text), simple(&text));
        }

        #[test]
        fn swedish_like_text_is_cut_as_tantivy_cuts_it(
            text in "[a-zåäöA-ZÅÄÖ0-9 ,.:;()\u{2013}\u{00A0}-]{0,200}"
        ) {
            prop_assert_eq!(ours(&text), simple(&text));
        }
    }
}
