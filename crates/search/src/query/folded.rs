//! [`FoldedTermQuery`]: a query word typed without å, ä, ö, looked up among the terms
//! of a field that fold to it: "ostergotland" finds the indexed "östergötland".
//!
//! The index holds no folded copy of the text: a second, folded copy of title and body
//! was an eighth of indexing time and a fifth of its terms. A folded query term instead
//! becomes, when the query runs, the indexed terms that read as it once folded, found in
//! each segment's term dictionary by an automaton ([`FoldsTo`]), and each is scored as a
//! term of its own.

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use tantivy::query::{
    AutomatonWeight, BooleanQuery, EmptyQuery, EnableScoring, Occur, Query, Weight,
};
use tantivy::schema::Field;
use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer};
use tantivy::{Searcher, Term};
use tantivy_fst::Automaton;

use super::term::ScoredTerm;

/// Past this many indexed spellings of one folded term, its matches are found without
/// ranking them by term (a constant score): a term that folds so widely is a guess.
const MAX_SPELLINGS: usize = 64;

/// The indexed terms of `field` that fold to `folded`, except `skip` (a spelling the
/// query looks up exactly already), each scored as a term.
#[derive(Debug, Clone)]
pub(crate) struct FoldedTermQuery {
    field: Field,
    folded: String,
    skip: Option<String>,
    spellings: Arc<Spellings>,
}

impl FoldedTermQuery {
    /// `spellings`: the query's, shared with its snippets.
    pub(crate) fn new(
        field: Field,
        folded: &str,
        skip: Option<&str>,
        spellings: Arc<Spellings>,
    ) -> FoldedTermQuery {
        FoldedTermQuery {
            field,
            folded: folded.to_string(),
            skip: skip.map(str::to_string),
            spellings,
        }
    }
}

impl Query for FoldedTermQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let automaton = FoldsTo::new(&self.folded);
        let Some(searcher) = enable_scoring.searcher() else {
            return Ok(Box::new(AutomatonWeight::new(self.field, automaton)));
        };
        let all = self.spellings.of(searcher, self.field, &self.folded)?;
        let skip = self.skip.as_deref().map(str::as_bytes);
        let spellings: Vec<&Term> = all
            .iter()
            .filter(|term| Some(term.serialized_value_bytes()) != skip)
            .collect();
        if spellings.len() > MAX_SPELLINGS {
            return Ok(Box::new(AutomatonWeight::new(self.field, automaton)));
        }
        let terms: Vec<(Occur, Box<dyn Query>)> = spellings
            .into_iter()
            .map(|term| {
                let query: Box<dyn Query> = Box::new(ScoredTerm::new(term.clone()));
                (Occur::Should, query)
            })
            .collect();
        if terms.is_empty() {
            return EmptyQuery.weight(enable_scoring);
        }
        BooleanQuery::new(terms).weight(enable_scoring)
    }
}

/// The indexed terms that fold to a query's folded terms, found once per field and
/// searcher: the query's weights and its snippets look up the same ones, and walking
/// every segment's term dictionary was a third of a long query's time.
#[derive(Debug, Default)]
pub(crate) struct Spellings {
    found: Mutex<Vec<Found>>,
}

#[derive(Debug)]
struct Found {
    generation: u64,
    field: Field,
    folded: String,
    terms: Arc<[Term]>,
}

impl Spellings {
    /// The indexed terms of `field` that fold to `folded`, in every segment of
    /// `searcher`, each once: at most [`MAX_SPELLINGS`] + 2, so that one more than
    /// [`MAX_SPELLINGS`] is left with the exact spelling taken out.
    pub(crate) fn of(
        &self,
        searcher: &Searcher,
        field: Field,
        folded: &str,
    ) -> tantivy::Result<Arc<[Term]>> {
        let generation = searcher.generation().generation_id();
        let mut found = self.found.lock().unwrap_or_else(PoisonError::into_inner);
        let earlier = found.iter().find(|found| {
            found.generation == generation && found.field == field && found.folded == folded
        });
        if let Some(earlier) = earlier {
            return Ok(Arc::clone(&earlier.terms));
        }
        let terms: Arc<[Term]> =
            spellings_in(searcher, field, &FoldsTo::new(folded), MAX_SPELLINGS + 2)?.into();
        found.push(Found {
            generation,
            field,
            folded: folded.to_string(),
            terms: Arc::clone(&terms),
        });
        Ok(terms)
    }
}

/// The terms of `field` that `automaton` accepts, in every segment of `searcher`, each
/// once, at most `limit`.
fn spellings_in(
    searcher: &Searcher,
    field: Field,
    automaton: &FoldsTo,
    limit: usize,
) -> tantivy::Result<Vec<Term>> {
    let mut spellings = BTreeSet::new();
    'segments: for segment in searcher.segment_readers() {
        let index = segment.inverted_index(field)?;
        let mut stream = index.terms().search(automaton).into_stream()?;
        while stream.advance() {
            if spellings.len() == limit {
                break 'segments;
            }
            spellings.insert(stream.key().to_vec());
        }
    }
    // Terms of a text field are UTF-8: the automaton accepts whole characters only.
    Ok(spellings
        .iter()
        .filter_map(|bytes| std::str::from_utf8(bytes).ok())
        .map(|text| Term::from_field_text(field, text))
        .collect())
}

/// An automaton accepting the terms that fold to a term, character by character: each
/// character of a term either folds to the next ASCII letters of the folded term (as
/// tantivy's folding turns it) or is the next character itself. Walking the term dictionary
/// with it costs no compilation, unlike a regular expression (a fifth of a query's time).
#[derive(Debug, Clone)]
pub(crate) struct FoldsTo {
    folded: Box<[u8]>,
    /// Also accept the terms that fold to `folded` without its last byte (see
    /// [`stem_cuts_last_letter`]).
    or_without_last: bool,
}

/// Whether the indexed stem of the word typed as `folded` may lack its last letter.
/// Snowball's Swedish stemmer has one rule that needs a letter folding removes: "löst"
/// becomes "lös" ("upplöst" is indexed as "upplös"), but the same word typed without ö,
/// "upplost", keeps its "t" through the stemmer.
fn stem_cuts_last_letter(folded: &str) -> bool {
    folded.ends_with("lost")
}

/// Where a walk stands: bytes of the folded term matched, and the character being read
/// (its bits so far and how many continuation bytes it still needs). None once a
/// character fails to match.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Walk {
    at: usize,
    char_bits: u32,
    pending: u8,
}

impl FoldsTo {
    pub(crate) fn new(folded: &str) -> FoldsTo {
        FoldsTo {
            folded: folded.as_bytes().into(),
            or_without_last: stem_cuts_last_letter(folded),
        }
    }

    /// After a whole character `c` read at `at`: where the walk goes on, if it does.
    fn after_char(&self, at: usize, c: char) -> Option<usize> {
        let rest = self.folded.get(at..)?;
        let mut buffer = [0; 4];
        let spelled = match ascii_fold_of(c) {
            Some(ascii) => ascii.as_bytes(),
            None => c.encode_utf8(&mut buffer).as_bytes(),
        };
        rest.starts_with(spelled).then_some(at + spelled.len())
    }
}

impl Automaton for FoldsTo {
    type State = Option<Walk>;

    fn start(&self) -> Option<Walk> {
        Some(Walk {
            at: 0,
            char_bits: 0,
            pending: 0,
        })
    }

    fn is_match(&self, state: &Option<Walk>) -> bool {
        let Some(walk) = state else {
            return false;
        };
        let whole = walk.at == self.folded.len();
        let cut = self.or_without_last && walk.at + 1 == self.folded.len();
        walk.pending == 0 && (whole || cut)
    }

    fn can_match(&self, state: &Option<Walk>) -> bool {
        state.is_some()
    }

    fn accept(&self, state: &Option<Walk>, byte: u8) -> Option<Walk> {
        let walk = (*state)?;
        let (char_bits, pending) = match (walk.pending, byte) {
            (0, 0x00..=0x7F) => {
                let matches = self.folded.get(walk.at) == Some(&byte);
                return matches.then_some(Walk {
                    at: walk.at + 1,
                    ..walk
                });
            }
            (0, 0xC0..=0xDF) => (u32::from(byte & 0x1F), 1),
            (0, 0xE0..=0xEF) => (u32::from(byte & 0x0F), 2),
            (0, 0xF0..=0xF7) => (u32::from(byte & 0x07), 3),
            (1.., 0x80..=0xBF) => (
                walk.char_bits << 6 | u32::from(byte & 0x3F),
                walk.pending - 1,
            ),
            _ => return None,
        };
        if pending > 0 {
            return Some(Walk {
                char_bits,
                pending,
                ..walk
            });
        }
        let at = self.after_char(walk.at, char::from_u32(char_bits)?)?;
        Some(Walk {
            at,
            char_bits: 0,
            pending: 0,
        })
    }
}

/// What tantivy's folding turns `c` into, if ASCII ("ö" into "o", "æ" into "ae"), so
/// that query and index agree.
fn ascii_fold_of(c: char) -> Option<&'static str> {
    let at = ASCII_FOLDS
        .binary_search_by_key(&c, |(letter, _)| *letter)
        .ok()?;
    ASCII_FOLDS.get(at).map(|(_, ascii)| &**ascii)
}

/// The letters of the Latin blocks that fold to ASCII, with what they fold to, in the
/// order of the letters.
static ASCII_FOLDS: LazyLock<Vec<(char, Box<str>)>> = LazyLock::new(|| {
    let mut fold = TextAnalyzer::builder(RawTokenizer::default())
        .filter(AsciiFoldingFilter)
        .build();
    let latin = ('\u{00C0}'..='\u{024F}').chain('\u{1E00}'..='\u{1EFF}');
    let mut folds = Vec::new();
    for letter in latin {
        let mut buffer = [0; 4];
        let mut stream = fold.token_stream(letter.encode_utf8(&mut buffer));
        if let Some(token) = stream.next() {
            if token.text.is_ascii() {
                folds.push((letter, token.text.as_str().into()));
            }
        }
    }
    folds
});

#[cfg(test)]
mod tests {
    use super::super::test_archive::archive_of;
    use super::*;
    use crate::SearchRequest;

    fn accepts(automaton: &FoldsTo, term: &str) -> bool {
        let mut state = automaton.start();
        for &byte in term.as_bytes() {
            state = automaton.accept(&state, byte);
        }
        automaton.is_match(&state)
    }

    #[test]
    fn a_folded_term_matches_every_spelling_that_folds_to_it() {
        let automaton = FoldsTo::new("ostergotland");
        for spelling in [
            "östergötland",
            "ostergotland",
            "östergotland",
            "østergøtland",
        ] {
            assert!(accepts(&automaton, spelling), "{spelling}");
        }
        for other in [
            "östergötlands",
            "västergötland",
            "Östergötland",
            "ostergotlan",
        ] {
            assert!(!accepts(&automaton, other), "{other}");
        }
    }

    #[test]
    fn a_stem_that_needs_its_diacritic_is_found_typed_without_it() {
        // Stemmed with ö, "löst" loses its "t"; typed without, it keeps it.
        let automaton = FoldsTo::new("upplost");
        assert!(accepts(&automaton, "upplös"));
        assert!(accepts(&automaton, "upplöst"));
        assert!(!accepts(&automaton, "upplö"));
        assert!(!accepts(&FoldsTo::new("forst"), "förs"));
        let (_dir, archive) = archive_of(&[(
            "upplost.txt",
            "Rubrik\n\nFörbundet upplöstes, och avtalet är upplöst.",
        )]);
        let found = archive
            .search(&SearchRequest::new("upplost"))
            .expect("search");
        assert_eq!(found.total, 1);
    }

    #[test]
    fn letters_fold_as_tantivy_folds_them() {
        let automaton = FoldsTo::new("cafe");
        assert!(accepts(&automaton, "café"));
        assert!(accepts(&automaton, "cafè"));
        let automaton = FoldsTo::new("44,3-miljard");
        assert!(accepts(&automaton, "44,3-miljard"));
        assert!(!accepts(&automaton, "44x3-miljard"));
        // A letter folding to two, and letters no folding touches.
        assert!(accepts(&FoldsTo::new("aegir"), "ægir"));
        assert!(accepts(&FoldsTo::new("strasse"), "straße"));
        assert!(accepts(&FoldsTo::new("σοφία"), "σοφία"));
        assert!(!accepts(&FoldsTo::new("σοφια"), "σοφία"));
    }

    #[test]
    fn a_term_spelled_too_many_ways_still_finds_every_release() {
        let a_like = ['a', 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą'];
        let e_like = ['e', 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě'];
        let texts: Vec<(String, String)> = a_like
            .iter()
            .flat_map(|a| e_like.iter().map(move |e| format!("t{a}g{e}x")))
            .map(|word| {
                (
                    format!("{word}.txt"),
                    format!("Rubrik\n\nOrdet {word} står här."),
                )
            })
            .collect();
        assert!(texts.len() > MAX_SPELLINGS);
        let releases: Vec<(&str, &str)> = texts
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str()))
            .collect();
        let (_dir, archive) = archive_of(&releases);
        let found = archive
            .search(&SearchRequest::new("tagex"))
            .expect("search");
        assert_eq!(found.total, texts.len());
        // The exact spelling first, the others after it.
        let found = archive
            .search(&SearchRequest::new("tägéx"))
            .expect("search");
        assert_eq!(found.total, texts.len());
        assert_eq!(found.hits[0].path, "tägéx.txt");
    }

    #[test]
    fn spellings_are_looked_up_once_per_searcher_and_again_in_a_new_one() {
        let (_dir, archive) =
            super::super::test_archive::archive_of(&[("a.txt", "Pengar till Östergötland.")]);
        let body = archive.fields().body;
        let spellings = Spellings::default();
        let found = |searcher: &Searcher| {
            let terms = spellings.of(searcher, body, "ostergotland").unwrap();
            let mut texts: Vec<String> = terms
                .iter()
                .filter_map(|term| term.value().as_str().map(str::to_string))
                .collect();
            texts.sort();
            texts
        };
        let before = archive.searcher();
        let first = found(&before);
        assert_eq!(first.len(), 1, "{first:?}");

        // Another spelling, in a release added after.
        let mut writer = archive.writer().unwrap();
        crate::writer::upsert_text(&mut writer, "b.txt", "Pengar till Østergøtland.");
        writer.commit().unwrap();
        archive.reload().unwrap();
        let after = found(&archive.searcher());
        assert_eq!(after.len(), 2, "{after:?}");
        assert!(after.contains(&first[0]));
        // The earlier searcher keeps what it found, without walking its segments again.
        assert_eq!(found(&before), first);
        let walked = spellings.found.lock().unwrap().len();
        assert_eq!(walked, 2);
    }

    #[test]
    fn the_fold_table_is_in_the_order_its_search_needs() {
        assert!(ASCII_FOLDS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert_eq!(ascii_fold_of('å'), Some("a"));
        assert_eq!(ascii_fold_of('Ö'), Some("O"));
        assert_eq!(ascii_fold_of('a'), None);
    }
}
