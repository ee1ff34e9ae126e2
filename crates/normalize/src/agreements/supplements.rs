//! A supplement named by the agreement it adds to rather than by a topic of its own: "en
//! tilläggsöverenskommelse till överenskommelsen om en god och nära vård 2022". It is an
//! agreement of its own beside the one it names, which the phrase after "till" names as
//! any phrase does; the two never merge ([`super::merge`] keeps them apart as it keeps an
//! amendment apart from the agreement it amends).

use super::phrases::topic_after;
use super::{compound_kind, Mention, Name, Source};
use crate::entities::Span;
use crate::text::char_before;

/// What a supplement named by the agreement it adds to is reported by.
pub(super) const SUPPLEMENT_TO_PREFIX: &str = "Tilläggsöverenskommelse till överenskommelsen om ";

/// The prefix [`compound_kind`] gives a supplement's compound.
const SUPPLEMENT_KIND: &str = "Tilläggsöverenskommelse om ";

/// The agreement noun's tail after its first letter.
const NOUN_TAIL: &str = "verenskommelse";

/// What joins the supplement's noun to the agreement it adds to.
const TO_THE_AGREEMENT: [&str; 2] = [" till överenskommelsen om ", "n till överenskommelsen om "];

/// Supplements named by the agreement they add to; "verenskommelse" stands at
/// `agreement_words`.
pub(super) fn mentions<'t>(text: &'t str, agreement_words: &[usize], out: &mut Vec<Mention<'t>>) {
    for &at in agreement_words {
        if char_before(text, at) != Some('ö') {
            continue;
        }
        let noun_start = at - 'ö'.len_utf8();
        let Some((start, SUPPLEMENT_KIND)) = compound_kind(text, noun_start) else {
            continue;
        };
        let after_noun = at + NOUN_TAIL.len();
        let Some(joiner) = TO_THE_AGREEMENT
            .iter()
            .find(|j| text[after_noun..].starts_with(*j))
        else {
            continue;
        };
        let topic_start = after_noun + joiner.len();
        let Some(topic) = topic_after(text, topic_start) else {
            continue;
        };
        out.push(Mention {
            name: Name::of_kind(SUPPLEMENT_TO_PREFIX, topic),
            span: Span {
                start,
                end: topic_start + topic.len(),
            },
            source: Source::Phrase,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_supplement_named_by_the_agreement_it_adds_to_is_a_second_agreement() {
        assert_eq!(
            names(
                "Pengarna kommer från en tilläggsöverenskommelse till överenskommelsen om \
                 stärkt ambulanssjukvård 2023, som staten och SKR tecknade i juni."
            ),
            [
                "Tilläggsöverenskommelse till överenskommelsen om stärkt ambulanssjukvård",
                "Överenskommelse om stärkt ambulanssjukvård"
            ]
        );
    }

    #[test]
    fn a_supplement_with_a_topic_of_its_own_is_read_as_a_phrase() {
        assert_eq!(
            names("SKR har tecknat en tilläggsöverenskommelse om fler vårdplatser i sommar."),
            ["Tilläggsöverenskommelse om fler vårdplatser i sommar"]
        );
    }
}
