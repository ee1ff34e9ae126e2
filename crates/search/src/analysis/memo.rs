//! [`Memoized`]: runs a word's analysis once per distinct word, and replays its terms
//! afterwards from the thread's own memo (no lock), or from the index's
//! [`WordCache`] when this thread has not met the word; the folded copy of a text
//! replays the words the Swedish analysis of the same text found.
//!
//! Lower-casing, compound cutting and Snowball stemming were over a third of indexing
//! time, though Swedish running text is Zipfian: a few thousand words make up most
//! tokens. The outcome for a word depends on the word alone (every term it yields sits
//! at the word's position, with its offsets), so a map from the word as written to its
//! terms gives exactly the terms the analysis would.
//!
//! Title and body are indexed twice, stemmed and folded, from the same words. tantivy
//! indexes the fields of a document in schema order on one thread, the body before its
//! folded copy, so the Swedish stream keeps the words it read (their place and their
//! entry in the vocabulary) and the folded stream of the very same text reads them back
//! instead of tokenizing and looking every word up again. Any other text, or a
//! vocabulary refilled meanwhile, is analyzed from scratch: the terms are the same
//! either way.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::word_cache::{WordCache, WordTerms};
use super::words::WordSpans;

/// Distinct words remembered per thread before the vocabulary is emptied and refilled.
/// Each holds both analyses, so this bounds memory to about 10 MB per thread that
/// analyzes text (tantivy's indexing threads, a server's workers) while holding the head
/// of the vocabulary, which is where the repeats are.
const CAPACITY: usize = 64 * 1024;

/// Longest text, in words, whose words are kept for its folded copy: far beyond any
/// press release (a few thousand words), while a file at the size limit (tens of
/// millions of words) is read twice instead of holding hundreds of MB of words.
const MAX_TRANSCRIPT_WORDS: usize = 256 * 1024;

/// Which analysis of a word a [`Memoized`] filter gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// [`super::swedish_word`]: lower-cased, compounds and their parts, stemmed.
    Swedish = 0,
    /// [`super::folded_word`]: lower-cased, folded to ASCII, stemmed, less the terms
    /// the Swedish analysis of the word already gives.
    Folded = 1,
}

/// A tokenizer that gives, for each word of a text ([`WordSpans`]), the terms of its
/// [`Analysis`] at the word's place. Its state lives in the thread's [`Vocabulary`] and,
/// behind it, in the index's [`WordCache`], so clones (tantivy makes one per field,
/// segment and snippet) cost nothing and share both.
#[derive(Clone)]
pub struct Memoized {
    analysis: Analysis,
    cache: Arc<WordCache>,
}

impl Memoized {
    pub fn new(analysis: Analysis, cache: Arc<WordCache>) -> Memoized {
        Memoized { analysis, cache }
    }
}

thread_local! {
    static VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::new());
}

/// The words one thread has analyzed, and the words of the last text it read whole.
struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    /// Terms of each word, per [`Analysis`].
    terms: Vec<Arc<WordTerms>>,
    /// Counts refills: an id is valid only under the generation it was handed out in.
    generation: u64,
    swedish: TextAnalyzer,
    folded: TextAnalyzer,
    /// Left by the last Swedish stream that ran to its end on this thread.
    last: Option<Transcript>,
    /// A transcript read to its end, kept for the next Swedish stream to fill: a text's
    /// words grew a fresh list by doubling, and copying it, for every document.
    spare: Option<Transcript>,
}

/// The words of one text as the Swedish stream read them.
#[derive(Default)]
struct Transcript {
    text: String,
    generation: u64,
    words: Vec<Word>,
}

/// One word of a [`Transcript`]: where it is and its vocabulary entry.
#[derive(Clone, Copy)]
struct Word {
    id: u32,
    offset_from: usize,
    offset_to: usize,
    position: usize,
}

impl Vocabulary {
    fn new() -> Vocabulary {
        Vocabulary {
            ids: FxHashMap::default(),
            terms: Vec::new(),
            generation: 0,
            swedish: super::swedish_word(),
            folded: super::folded_word(),
            last: None,
            spare: None,
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
            self.last = None;
            self.generation += 1;
        }
        let (swedish, folded) = (&mut self.swedish, &mut self.folded);
        let mut analyze = |word: &str| {
            let swedish_terms = all_terms(swedish, word);
            let folded_terms = only_new_terms(all_terms(folded, word), &swedish_terms);
            [swedish_terms, folded_terms]
        };
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

    fn terms(&self, id: u32, analysis: Analysis) -> &[Box<str>] {
        match self.terms.get(id as usize) {
            Some(terms) => &terms[analysis as usize],
            None => &[],
        }
    }
}

/// Appends the [`Analysis::Swedish`] terms of `word` to `terms`, from this thread's
/// vocabulary: for words read one by one outside a text (a snippet's candidates, which
/// recur from hit to hit; the thread's memo holds those well enough).
pub(super) fn swedish_terms(word: &str, terms: &mut Vec<String>) {
    VOCABULARY.with_borrow_mut(|vocabulary| {
        let id = vocabulary.id(word, None);
        let found = vocabulary.terms(id, Analysis::Swedish);
        terms.extend(found.iter().map(|term| term.to_string()));
    });
}

/// The folded copy holds only what the Swedish field lacks: most words have no letter
/// that folds ("vård" does, "miljard" does not), and a folded query looks in both
/// fields, so indexing their folded terms twice would only cost time and space.
fn only_new_terms(folded: Box<[Box<str>]>, swedish: &[Box<str>]) -> Box<[Box<str>]> {
    folded
        .into_vec()
        .into_iter()
        .filter(|term| !swedish.contains(term))
        .collect()
}

fn all_terms(analyzer: &mut TextAnalyzer, word: &str) -> Box<[Box<str>]> {
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
        let analysis = self.analysis;
        let (record, replay) = VOCABULARY.with_borrow_mut(|vocabulary| match analysis {
            Analysis::Swedish => {
                // A transcript nobody replayed is as good as a spare one.
                let mut record = vocabulary
                    .spare
                    .take()
                    .or_else(|| vocabulary.last.take())
                    .unwrap_or_default();
                record.text.clear();
                record.words.clear();
                record.generation = vocabulary.generation;
                (Some(record), None)
            }
            Analysis::Folded => {
                let same = vocabulary
                    .last
                    .as_ref()
                    .is_some_and(|last| last.text == text);
                (None, if same { vocabulary.last.take() } else { None })
            }
        });
        MemoizedStream {
            words: WordSpans::new(text),
            text,
            analysis,
            cache: &self.cache,
            record,
            replay,
            replayed: 0,
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
    analysis: Analysis,
    cache: &'a WordCache,
    /// Swedish: the words read so far, left for the folded stream at the end.
    record: Option<Transcript>,
    /// Folded: the words of this text, read by the Swedish stream; `words` is unused then.
    replay: Option<Transcript>,
    replayed: usize,
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
            .terms(self.id, self.analysis)
            .get(self.next)
            .map_or("", |term| &**term);
        self.token.text.clear();
        self.token.text.push_str(term);
        self.next += 1;
        true
    }

    /// Moves to the next word; false at the end of the text.
    fn next_word(&mut self, vocabulary: &mut Vocabulary) -> bool {
        let word = match &self.replay {
            Some(transcript) => {
                let Some(&word) = transcript.words.get(self.replayed) else {
                    return false;
                };
                self.replayed += 1;
                self.generation = transcript.generation;
                word
            }
            None => {
                let Some(span) = self.words.next() else {
                    self.leave_transcript(vocabulary);
                    return false;
                };
                let word = Word {
                    id: vocabulary.id(&self.text[span.from..span.to], Some(self.cache)),
                    offset_from: span.from,
                    offset_to: span.to,
                    position: span.position,
                };
                self.generation = vocabulary.generation;
                if let Some(record) = &mut self.record {
                    if record.words.len() < MAX_TRANSCRIPT_WORDS {
                        record.words.push(word);
                    } else {
                        self.record = None;
                    }
                }
                word
            }
        };
        self.id = word.id;
        self.token.offset_from = word.offset_from;
        self.token.offset_to = word.offset_to;
        self.token.position = word.position;
        self.next = 0;
        self.revalidate(vocabulary);
        self.count = vocabulary.terms(self.id, self.analysis).len();
        true
    }

    /// After the vocabulary was refilled since the current word was looked up (by
    /// another stream on this thread, or before a replayed transcript was read), looks it
    /// up again: its terms, and so `next`, are the same.
    fn revalidate(&mut self, vocabulary: &mut Vocabulary) {
        if self.generation != vocabulary.generation {
            let word = &self.text[self.token.offset_from..self.token.offset_to];
            self.id = vocabulary.id(word, Some(self.cache));
            self.generation = vocabulary.generation;
        }
    }

    /// At the end of a Swedish stream: its words, for a folded stream of the same text,
    /// unless the vocabulary was refilled while it read (its ids would be stale).
    fn leave_transcript(&mut self, vocabulary: &mut Vocabulary) {
        if let Some(mut record) = self.record.take() {
            if record.generation == vocabulary.generation {
                record.text.push_str(self.text);
                vocabulary.last = Some(record);
            }
        }
    }
}

impl Drop for MemoizedStream<'_> {
    /// Hands a replayed transcript back for reuse. Quietly does nothing while the
    /// thread's vocabulary is in use or gone (a stream dropped at thread exit).
    fn drop(&mut self) {
        if let Some(transcript) = self.replay.take() {
            let _ = VOCABULARY.try_with(|vocabulary| {
                if let Ok(mut vocabulary) = vocabulary.try_borrow_mut() {
                    vocabulary.spare = Some(transcript);
                }
            });
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
    use crate::analysis::{folded, swedish, tokens as terms};

    #[test]
    fn folded_copy_is_the_same_whether_replayed_or_read_again() {
        let text = "Vårdköerna i Östergötland kortas; cancervården får 44,3 miljoner.";
        let other = "Köerna i Skåne, vårdköerna i Östergötland.";
        let fresh = terms(&mut folded(&Arc::default()), text);
        // Replayed from the Swedish reading of the same text.
        terms(&mut swedish(&Arc::default()), text);
        assert_eq!(terms(&mut folded(&Arc::default()), text), fresh);
        // Another text read in between: nothing to replay.
        terms(&mut swedish(&Arc::default()), text);
        terms(&mut swedish(&Arc::default()), other);
        assert_eq!(terms(&mut folded(&Arc::default()), text), fresh);
        // The vocabulary refilled after the Swedish reading: its ids are stale.
        terms(&mut swedish(&Arc::default()), text);
        VOCABULARY.with_borrow_mut(|vocabulary| {
            for n in 0..=CAPACITY {
                vocabulary.id(&format!("ord{n}"), None);
            }
        });
        assert_eq!(terms(&mut folded(&Arc::default()), text), fresh);
    }

    #[test]
    fn a_replayed_transcript_is_filled_again_by_the_next_text() {
        let text = "Vårdköerna i Östergötland kortas; cancervården får 44,3 miljoner.";
        terms(&mut swedish(&Arc::default()), text);
        terms(&mut folded(&Arc::default()), text);
        let spare = VOCABULARY.with_borrow(|vocabulary| {
            let spare = vocabulary.spare.as_ref().expect("the replayed transcript");
            (spare.words.capacity(), spare.words.as_ptr())
        });
        assert!(spare.0 >= 10, "{spare:?}");
        let other = "Köerna i Skåne, vårdköerna i Östergötland.";
        let expected = terms(&mut folded(&Arc::default()), other);
        terms(&mut swedish(&Arc::default()), other);
        let last = VOCABULARY.with_borrow(|vocabulary| {
            let last = vocabulary.last.as_ref().expect("the new transcript");
            (
                last.words.capacity(),
                last.words.as_ptr(),
                last.text.clone(),
            )
        });
        assert_eq!((last.0, last.1), spare);
        assert_eq!(last.2, other);
        assert_eq!(terms(&mut folded(&Arc::default()), other), expected);
    }

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
