//! Agreements named by the abbreviation regions and agencies write for
//! "överenskommelse": "ÖK e-hälsa", "ÖK psykisk hälsa", "ÖK om god och nära vård".

use super::phrases::topic_after;
use super::{Mention, Source};
use crate::entities::Span;
use crate::text::{char_before, is_word_char};

/// The abbreviation and the space after it.
pub(super) const ABBREVIATION: &str = "ÖK ";

/// Mentions of "ÖK" and a topic, added to `out`, each named as written ("ÖK e-hälsa").
/// The topic opens in lower case, as a topic does ("ÖK Örebro" names a club or a body,
/// not an agreement), after "om" or right after the abbreviation, and ends where
/// [`topic_after`] ends a topic. [`ABBREVIATION`] stands at `abbreviations`.
pub(super) fn mentions<'t>(text: &'t str, abbreviations: &[usize], out: &mut Vec<Mention<'t>>) {
    for &start in abbreviations {
        if char_before(text, start).is_some_and(is_word_char) {
            continue;
        }
        let after = start + ABBREVIATION.len();
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
