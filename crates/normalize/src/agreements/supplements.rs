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

/// What marks a supplement's number after its noun: "Tilläggsöverenskommelse nr 2 till
/// …", "tilläggsöverenskommelse nummer 3 till …", or the number alone ("… 2 till …").
const NUMBER_MARKS: [&str; 3] = [" nr ", " nummer ", " "];

/// Most digits of a supplement's number: the supplements to one agreement are few.
const LONGEST_SUPPLEMENT_NUMBER: usize = 2;

/// Bytes of a supplement's number set after its noun ([`NUMBER_MARKS`] and at most
/// [`LONGEST_SUPPLEMENT_NUMBER`] digits) that `rest`, what follows the noun in either
/// form ("…överenskommelse", "…överenskommelsen"), opens with; 0 when none. The number
/// tells one supplement to an agreement from the next and is no part of the agreement it
/// adds to, so the supplement is read past it and reported without it; a year ("… 2024
/// till …") has more digits and is no number of a supplement.
fn numbered(rest: &str) -> usize {
    let definite = usize::from(rest.starts_with("n "));
    let after = &rest[definite..];
    NUMBER_MARKS
        .iter()
        .find_map(|mark| {
            let digits = after.strip_prefix(mark)?;
            let len = digits.bytes().take_while(u8::is_ascii_digit).count();
            let whole = (1..=LONGEST_SUPPLEMENT_NUMBER).contains(&len)
                && digits.as_bytes().get(len) == Some(&b' ');
            // The definite "n" stays for the joiner that reads it ("n till …").
            whole.then_some(mark.len() + len)
        })
        .map_or(0, |len| len + definite)
}

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
        let after_noun = after_noun + numbered(&text[after_noun..]);
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
    fn a_numbered_supplement_is_read_past_its_number() {
        assert_eq!(
            names(
                "Kommunerna får pengarna genom Tilläggsöverenskommelse nr 3 till \
                 överenskommelsen om stöd till hemlösa 2019. Resten går till skolorna."
            ),
            [
                "Tilläggsöverenskommelse till överenskommelsen om stöd till hemlösa",
                "Överenskommelse om stöd till hemlösa"
            ]
        );
        assert_eq!(
            names("Enligt tilläggsöverenskommelsen nummer 1 till överenskommelsen om fler poliser i glesbygd ska länen rapportera."),
            [
                "Tilläggsöverenskommelse till överenskommelsen om fler poliser i glesbygd",
                "Överenskommelse om fler poliser i glesbygd"
            ]
        );
        // A year after the noun is no number of a supplement, nor is a longer number.
        assert_eq!(
            names("SKR tecknade tilläggsöverenskommelse 2024 till överenskommelsen om vård."),
            ["Överenskommelse om vård"]
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
