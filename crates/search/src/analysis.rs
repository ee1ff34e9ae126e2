//! Text analysis: how words become index terms.
//!
//! - [`SWEDISH`]: lower-cased, compounds followed by their parts, Swedish-stemmed
//!   ("miljarder" and "miljarden" both become "miljard"; "cancervården" also yields
//!   "cancer" and "vård"), for title, body and agreement names.
//! - [`SWEDISH_QUERY`]: the same without compound splitting, for query words: a query
//!   for "cancervården" wants that word, not any "cancer" and any "vård".
//! - [`FOLDED`]: lower-cased, folded to ASCII and stemmed, for the second copy of title
//!   and body that lets "ostergotland" find "Östergötland" (ranked below exact matches).
//! - [`NAME`]: lower-cased and folded to ASCII, not stemmed, for names of ministers,
//!   regions and organizations: `region:ostergotland` finds "Östergötland".

use crate::compounds::{CompoundSplitter, SamePositionDedup};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};

/// Analyzer name for Swedish running text.
pub const SWEDISH: &str = "sv_stem";
/// Analyzer name for query words on Swedish text fields.
pub const SWEDISH_QUERY: &str = "sv_stem_query";
/// Analyzer name for the diacritics-folded copy of title and body.
pub const FOLDED: &str = "sv_folded";
/// Analyzer name for proper names.
pub const NAME: &str = "sv_name";

/// Longer tokens are junk (base64, URLs glued together) and only bloat the index.
const MAX_TOKEN_BYTES: usize = 60;

/// Registers pressarkiv's analyzers under their names.
pub fn register(manager: &TokenizerManager) {
    manager.register(SWEDISH, swedish());
    manager.register(SWEDISH_QUERY, swedish_query());
    manager.register(FOLDED, folded());
    manager.register(NAME, name());
}

fn swedish() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CompoundSplitter)
        .filter(Stemmer::new(Language::Swedish))
        .filter(SamePositionDedup)
        .build()
}

fn swedish_query() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

fn folded() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

fn name() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Swedish function words: they weigh little in ranking and are optional in a query of
/// loose words, yet they are indexed so that phrases containing them still match.
const STOP_WORDS: &[&str] = &[
    "alla", "allt", "att", "av", "blev", "bli", "blir", "de", "dem", "den", "denna", "deras",
    "dess", "det", "detta", "dig", "din", "ditt", "du", "där", "då", "efter", "ej", "eller", "en",
    "er", "era", "ert", "ett", "från", "för", "ha", "hade", "han", "hans", "har", "henne",
    "hennes", "hon", "honom", "hur", "här", "i", "icke", "ingen", "inom", "inte", "jag", "ju",
    "kan", "kunde", "man", "med", "mellan", "men", "mig", "min", "mina", "mitt", "mot", "mycket",
    "ni", "nu", "när", "någon", "något", "några", "och", "om", "oss", "på", "samma", "sedan",
    "sig", "sin", "sina", "sitta", "själv", "skulle", "som", "så", "sådan", "till", "under", "upp",
    "ut", "utan", "vad", "var", "vara", "varför", "varit", "varje", "vars", "vem", "vi", "vid",
    "vilka", "vilken", "vilket", "vår", "våra", "vårt", "än", "är", "åt", "över",
];

/// True for a Swedish function word (lower-case).
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Runs `text` through the analyzer `analyzer` of `manager`, returning its terms in order.
pub fn terms(manager: &TokenizerManager, analyzer: &str, text: &str) -> Vec<String> {
    let Some(mut analyzer) = manager.get(analyzer) else {
        return Vec::new();
    };
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_stems_plural_and_definite_forms_alike() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert_eq!(
            terms(&manager, SWEDISH, "miljarder"),
            terms(&manager, SWEDISH, "miljard")
        );
        assert_eq!(
            terms(&manager, SWEDISH, "Patientmiljarden"),
            terms(&manager, SWEDISH, "patientmiljard")
        );
    }

    #[test]
    fn stop_word_list_is_sorted_for_binary_search() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
        assert!(is_stop_word("och"));
        assert!(!is_stop_word("vård"));
    }

    #[test]
    fn compounds_are_indexed_whole_and_in_parts() {
        let manager = TokenizerManager::default();
        register(&manager);
        let terms = terms(&manager, SWEDISH, "cancervården");
        assert_eq!(terms, vec!["cancervård", "canc", "vård"]);
        assert_eq!(
            super::terms(&manager, SWEDISH_QUERY, "cancervården"),
            vec!["cancervård"]
        );
    }

    #[test]
    fn names_fold_diacritics() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert_eq!(terms(&manager, NAME, "Östergötland"), vec!["ostergotland"]);
    }
}
