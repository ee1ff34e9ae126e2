//! Agreements named by the abbreviation regions and agencies write for
//! "överenskommelse": "ÖK e-hälsa", "ÖK psykisk hälsa", "ÖK om god och nära vård".

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::phrases::topic_after;
use super::{Mention, Source};
use crate::entities::Span;
use crate::text::{char_before, is_word_char};

/// Searcher for the abbreviation and the space after it, built once.
static OK: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ÖK "));

/// Mentions of "ÖK" and a topic, added to `out`, each named as written ("ÖK e-hälsa").
/// The topic opens in lower case, as a topic does ("ÖK Örebro" names a club or a body,
/// not an agreement), after "om" or right after the abbreviation, and ends where
/// [`topic_after`] ends a topic.
pub(super) fn mentions<'t>(text: &'t str, out: &mut Vec<Mention<'t>>) {
    for start in OK.find_iter(text.as_bytes()) {
        if char_before(text, start).is_some_and(is_word_char) {
            continue;
        }
        let after = start + "ÖK ".len();
        let at = if text[after..].starts_with("om ") {
            after + "om ".len()
        } else {
            after
        };
        if !text[at..].starts_with(char::is_lowercase) {
            continue;
        }
        let Some(topic) = topic_after(text, at) else {
            continue;
        };
        let end = at + topic.len();
        out.push(Mention::written(text, Span { start, end }, Source::Phrase));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn the_abbreviation_and_a_topic_name_an_agreement() {
        assert_eq!(
            names("Pengarna kommer från ÖK psykisk hälsa, som regionen rekvirerar varje år."),
            ["ÖK psykisk hälsa"]
        );
        assert_eq!(
            names("Arbetet finansieras via ÖK om god och nära vård."),
            ["ÖK om god och nära vård"]
        );
        // A capitalized word after it names something else; so does a longer word.
        assert!(names("Matchen mot ÖK Örebro slutade oavgjort.").is_empty());
        assert!(names("Vi besökte HÖK-förhandlingarna och TÖK i går.").is_empty());
    }
}
