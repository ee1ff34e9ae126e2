//! Text analysis: how words become index terms.
//!
//! - [`SWEDISH`]: lower-cased, compounds followed by their parts, Swedish-stemmed
//!   ("miljarder" and "miljarden" both become "miljard"; "cancervården" also yields
//!   "cancer" and "vård"), for title, body and agreement names.
//! - [`SWEDISH_QUERY`]: the same without compound splitting, for query words: a query
//!   for "cancervården" wants that word, not any "cancer" and any "vård".
//! - [`FOLDED_QUERY`]: lower-cased, folded to ASCII and stemmed, for query words typed
//!   without å, ä, ö: "ostergotland" is looked up among the terms of title and body
//!   that fold to it ("östergötland"), ranked below exact matches (see
//!   `query::folded`). Nothing folded is indexed: a second, folded copy of each text
//!   was an eighth of indexing time.
//! - [`NAME`]: lower-cased and folded to ASCII, not stemmed, for names of ministers,
//!   regions and organizations: `region:ostergotland` finds "Östergötland".

mod memo;
mod snippet;
mod vocabulary;
mod word_cache;
mod words;

use std::sync::Arc;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, Stemmer, TextAnalyzer,
    TextAnalyzerBuilder, Tokenizer, TokenizerManager,
};

use crate::compounds::{CompoundSplitter, SamePositionDedup};
use memo::Memoized;
use word_cache::WordCache;
use words::Words;

/// Analyzer name for Swedish running text. The schema names the analyzer of each field,
/// so the name changes whenever the terms it gives change (here: how compounds are
/// cut): an index made with other terms then no longer matches the schema and is
/// rebuilt, instead of answering queries with terms it does not hold.
pub const SWEDISH: &str = "sv_stem_2";
/// Analyzer name for query words on Swedish text fields.
pub const SWEDISH_QUERY: &str = "sv_stem_query";
/// Analyzer name for query words looked up folded.
pub const FOLDED_QUERY: &str = "sv_folded_query";
/// Analyzer name for proper names.
pub const NAME: &str = "sv_name";

/// Registers pressarkiv's analyzers under their names. The memoized one has a
/// [`WordCache`] of its own, so a word is analyzed once for the index, whichever thread
/// meets it.
pub fn register(manager: &TokenizerManager) {
    let cache = Arc::new(WordCache::default());
    manager.register(SWEDISH, swedish(&cache));
    manager.register(SWEDISH_QUERY, swedish_query());
    manager.register(FOLDED_QUERY, folded_query());
    manager.register(NAME, name());
}

/// The analysis that title and body are indexed with ([`SWEDISH`]), with a word cache of
/// its own that its clones share, as an index's writer threads share theirs: for a
/// benchmark that runs tantivy alone with pressarkiv's terms.
pub fn swedish_text() -> TextAnalyzer {
    swedish(&Arc::default())
}

/// Words are analyzed once each and their terms replayed (see [`memo`]); the analysis
/// of one word is [`swedish_word`].
fn swedish(cache: &Arc<WordCache>) -> TextAnalyzer {
    TextAnalyzer::from(Memoized::new(Arc::clone(cache)))
}

/// For snippets of a query whose terms in a [`SWEDISH`] field are `terms`: the same
/// terms where the whole analysis gives them, at a fraction of its cost (see
/// [`snippet`]).
pub(crate) fn snippet_analyzer<'a>(terms: impl IntoIterator<Item = &'a str>) -> TextAnalyzer {
    TextAnalyzer::builder(Words::default())
        .filter(snippet::Candidates::new(terms))
        .build()
}

fn swedish_word() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(CompoundSplitter)
        .filter(Stemmer::new(Language::Swedish))
        .filter(SamePositionDedup)
        .build()
}

fn swedish_query() -> TextAnalyzer {
    TextAnalyzer::builder(Words::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

fn folded_query() -> TextAnalyzer {
    folded_words()
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

fn name() -> TextAnalyzer {
    folded_words().build()
}

/// Words in lower case without diacritics: the one home of folding.
fn folded_words() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(Words::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
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

/// The words of `text` in lower case, neither stemmed nor folded: as [`is_stop_word`]
/// spells them ("för", not the folded "for").
pub fn lower_case_words(text: &str) -> Vec<String> {
    let mut analyzer = TextAnalyzer::builder(Words::default())
        .filter(LowerCaser)
        .build();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
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

/// Every token of `text` with its position and offsets, for tests.
#[cfg(test)]
pub(crate) fn tokens(
    analyzer: &mut TextAnalyzer,
    text: &str,
) -> Vec<(String, usize, usize, usize)> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push((
            token.text.clone(),
            token.position,
            token.offset_from,
            token.offset_to,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{RemoveLongFilter, SimpleTokenizer};

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
    fn the_public_text_analysis_gives_the_terms_title_and_body_are_indexed_with() {
        let manager = TokenizerManager::default();
        register(&manager);
        let mut indexed = manager.get(SWEDISH).expect("registered");
        let text = "Vårdköerna kortas: 44,3 miljoner kronor till cancervården i Region Skåne.";
        let expected = tokens(&mut indexed, text);
        assert!(
            expected.iter().any(|(term, ..)| term == "vård"),
            "a compound's part: {expected:?}"
        );
        assert_eq!(tokens(&mut swedish_text(), text), expected);
    }

    #[test]
    fn memoized_analyzers_give_the_terms_of_the_plain_chain() {
        let plain_swedish = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(words::MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(CompoundSplitter)
            .filter(Stemmer::new(Language::Swedish))
            .filter(SamePositionDedup)
            .build();
        // Repeats in several cases, compounds, inflections, digits, a token past the
        // length limit, punctuation between words.
        let text = "Cancervården och CANCERVÅRDEN: cancervården får 44,3 miljoner kronor. \
            Vårdköerna i Region Östergötland, vårdköerna i Skåne; sjuksköterskorna och \
            Sjuksköterskor. Köer, köerna, KÖER 2024–2026 och hälso- och sjukvården. \
            abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop ord. \
            Patientmiljarden patientmiljarden tillgänglighetsmiljarden Å ä ö.";
        let expected = tokens(&mut plain_swedish.clone(), text);
        assert!(expected.len() > 10);
        let mut memoized = swedish(&Arc::default());
        // Twice through one instance: the second run is served from the memo.
        assert_eq!(tokens(&mut memoized, text), expected);
        assert_eq!(tokens(&mut memoized, text), expected);
        assert_eq!(tokens(&mut memoized.clone(), text), expected);
    }

    #[test]
    fn folded_query_words_lose_their_diacritics_and_are_stemmed() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert_eq!(
            terms(&manager, FOLDED_QUERY, "Miljarder till Östergötland"),
            vec!["miljard", "till", "ostergotland"]
        );
    }

    #[test]
    fn snippets_meet_every_term_where_the_whole_analysis_does() {
        let text = "Cancervården och CANCERVÅRDEN: cancervården får 44,3 miljoner kronor. \
            Vårdköerna i Region Östergötland, vårdköerna i Skåne; sjuksköterskorna och \
            Sjuksköterskor. Köer, köerna, KÖER 2024–2026 och hälso- och sjukvården. \
            Patientmiljarden, tillgänglighetsmiljarden och kvinnofridsarbetet. Regeringen \
            och Sveriges Kommuner och Regioner har kommit överens om barnhälsovården, \
            arbetsmarknadsåtgärder, gatukostnader och bondeförbundets förlossningsvård. \
            Storstäderna, EU-länderna, bönderörelsen, fotterapeuterna och bokhandlarna.";
        let whole = tokens(&mut swedish(&Arc::default()), text);
        let mut terms: Vec<&str> = whole.iter().map(|token| token.0.as_str()).collect();
        terms.sort_unstable();
        terms.dedup();
        assert!(terms.len() > 60);
        let at = |tokens: &[(String, usize, usize, usize)], term: &str| -> Vec<(usize, usize)> {
            tokens
                .iter()
                .filter(|token| token.0 == term)
                .map(|token| (token.2, token.3))
                .collect()
        };
        let words = |tokens: &[(String, usize, usize, usize)]| -> Vec<(usize, usize)> {
            let mut words: Vec<(usize, usize)> = tokens.iter().map(|t| (t.2, t.3)).collect();
            words.dedup();
            words
        };
        for term in terms {
            let some = tokens(&mut snippet_analyzer([term]), text);
            assert_eq!(at(&some, term), at(&whole, term), "{term}");
            assert_eq!(words(&some), words(&whole), "{term}");
        }
    }

    #[test]
    fn names_fold_diacritics() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert_eq!(terms(&manager, NAME, "Östergötland"), vec!["ostergotland"]);
    }
}
