//! Text analysis: how words become index terms.
//!
//! - [`SWEDISH`]: lower-cased, Swedish-stemmed words ("miljarder" and "miljarden" both
//!   become "miljard"), for title, body and agreement names.
//! - [`NAME`]: lower-cased and folded to ASCII, not stemmed, for names of ministers,
//!   regions and organizations: `region:ostergotland` finds "Östergötland".

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};

/// Analyzer name for Swedish running text.
pub const SWEDISH: &str = "sv_stem";
/// Analyzer name for proper names.
pub const NAME: &str = "sv_name";

/// Longer tokens are junk (base64, URLs glued together) and only bloat the index.
const MAX_TOKEN_BYTES: usize = 60;

/// Registers pressarkiv's analyzers under their names.
pub fn register(manager: &TokenizerManager) {
    manager.register(SWEDISH, swedish());
    manager.register(NAME, name());
}

fn swedish() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
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
    fn names_fold_diacritics() {
        let manager = TokenizerManager::default();
        register(&manager);
        assert_eq!(terms(&manager, NAME, "Östergötland"), vec!["ostergotland"]);
    }
}
