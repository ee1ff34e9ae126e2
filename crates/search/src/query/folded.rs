//! [`FoldedTermQuery`]: a query word typed without å, ä, ö, looked up among the terms
//! of a field that fold to it: "ostergotland" finds the indexed "östergötland".
//!
//! The index holds no folded copy of the text: a second, folded copy of title and body
//! was an eighth of indexing time and a fifth of its terms. A folded query term instead
//! becomes, when the query runs, the indexed terms that read as it once folded, found in
//! each segment's term dictionary by an automaton (a regular expression in which each
//! ASCII letter stands for itself or any letter folding to it), and each is scored as a
//! term of its own.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use tantivy::query::{
    AutomatonWeight, BooleanQuery, EmptyQuery, EnableScoring, Occur, Query, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer};
use tantivy::{Searcher, Term};
use tantivy_fst::Regex;

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
}

impl FoldedTermQuery {
    pub(crate) fn new(field: Field, folded: &str, skip: Option<&str>) -> FoldedTermQuery {
        FoldedTermQuery {
            field,
            folded: folded.to_string(),
            skip: skip.map(str::to_string),
        }
    }
}

impl Query for FoldedTermQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let automaton = spellings_of(&self.folded)?;
        let Some(searcher) = enable_scoring.searcher() else {
            return Ok(Box::new(AutomatonWeight::new(self.field, automaton)));
        };
        let mut spellings = spellings_in(searcher, self.field, &automaton)?;
        if let Some(skip) = &self.skip {
            spellings.remove(skip.as_bytes());
        }
        if spellings.len() > MAX_SPELLINGS {
            return Ok(Box::new(AutomatonWeight::new(self.field, automaton)));
        }
        let terms: Vec<(Occur, Box<dyn Query>)> = spellings
            .iter()
            .filter_map(|bytes| std::str::from_utf8(bytes).ok())
            .map(|text| {
                let term = Term::from_field_text(self.field, text);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                (Occur::Should, query)
            })
            .collect();
        if terms.is_empty() {
            return EmptyQuery.weight(enable_scoring);
        }
        BooleanQuery::new(terms).weight(enable_scoring)
    }
}

/// The indexed terms of `field` that fold to `folded`, in every segment of `searcher`
/// (at most [`MAX_SPELLINGS`] + 1: one more says there are too many).
pub(crate) fn folded_terms(
    searcher: &Searcher,
    field: Field,
    folded: &str,
) -> tantivy::Result<Vec<Term>> {
    let spellings = spellings_in(searcher, field, &spellings_of(folded)?)?;
    Ok(spellings
        .iter()
        .filter_map(|bytes| std::str::from_utf8(bytes).ok())
        .map(|text| Term::from_field_text(field, text))
        .collect())
}

fn spellings_in(
    searcher: &Searcher,
    field: Field,
    automaton: &Regex,
) -> tantivy::Result<BTreeSet<Vec<u8>>> {
    let mut spellings = BTreeSet::new();
    for segment in searcher.segment_readers() {
        let index = segment.inverted_index(field)?;
        let mut stream = index.terms().search(automaton).into_stream()?;
        while stream.advance() {
            spellings.insert(stream.key().to_vec());
            if spellings.len() > MAX_SPELLINGS {
                return Ok(spellings);
            }
        }
    }
    Ok(spellings)
}

/// An automaton accepting every lower-case spelling that folds to `folded`.
fn spellings_of(folded: &str) -> tantivy::Result<Regex> {
    let mut pattern = String::with_capacity(folded.len() * 4);
    for c in folded.chars() {
        let letters = FOLDING_TO
            .get(c as usize)
            .filter(|letters| !letters.is_empty());
        match letters {
            Some(letters) => {
                pattern.push('[');
                pattern.push(c);
                pattern.push_str(letters);
                pattern.push(']');
            }
            None => push_literal(&mut pattern, c),
        }
    }
    Regex::new(&pattern).map_err(|err| {
        tantivy::TantivyError::InvalidArgument(format!("folded term '{folded}': {err}"))
    })
}

/// Every character with a meaning in a pattern is ASCII punctuation.
fn push_literal(pattern: &mut String, c: char) {
    if c.is_ascii_punctuation() {
        pattern.push('\\');
    }
    pattern.push(c);
}

/// For each ASCII character, the lower-case letters that tantivy's folding turns into
/// it alone ('a' ← "àáâãäå…"), so that query and index agree on what folds to what.
/// Letters folding to two characters ("æ" to "ae") are left out: a folded term is
/// matched letter by letter.
static FOLDING_TO: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut folding_to = vec![String::new(); 128];
    let mut fold = TextAnalyzer::builder(RawTokenizer::default())
        .filter(AsciiFoldingFilter)
        .build();
    let latin = ('\u{00C0}'..='\u{024F}').chain('\u{1E00}'..='\u{1EFF}');
    for letter in latin.filter(|c| c.is_lowercase()) {
        let mut buffer = [0; 4];
        let mut stream = fold.token_stream(letter.encode_utf8(&mut buffer));
        let Some(token) = stream.next() else {
            continue;
        };
        if let [ascii] = token.text.as_bytes() {
            if let Some(letters) = folding_to.get_mut(*ascii as usize) {
                letters.push(letter);
            }
        }
    }
    folding_to
});

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy_fst::Automaton;

    fn accepts(automaton: &Regex, term: &str) -> bool {
        let mut state = automaton.start();
        for &byte in term.as_bytes() {
            state = automaton.accept(&state, byte);
        }
        automaton.is_match(&state)
    }

    #[test]
    fn a_folded_term_matches_every_spelling_that_folds_to_it() {
        let automaton = spellings_of("ostergotland").expect("a pattern");
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
    fn letters_fold_as_tantivy_folds_them() {
        let automaton = spellings_of("cafe").expect("a pattern");
        assert!(accepts(&automaton, "café"));
        assert!(accepts(&automaton, "cafè"));
        let automaton = spellings_of("44,3-miljard").expect("a pattern");
        assert!(accepts(&automaton, "44,3-miljard"));
        assert!(!accepts(&automaton, "44x3-miljard"));
    }
}
