//! Bodies named by a genitive and one capitalized word: "Jokkmokks Fjällträdgård",
//! "Vänerns Seglationsstyrelse", "Hälsinglands Bygdegårdsdistrikt", "Stockholms
//! Stadsmission", "Ställningsentreprenörernas Förening". The second word's capital is
//! what marks a name: in running prose the noun after a genitive is in lower case
//! ("Jokkmokks kommun" aside, which its own form reads).

use super::{is_name_word, word_end_from, Found, CAMPUS, NATIONAL_NAME};
use crate::names::GIVEN_NAMES_IN_S;
use crate::text::is_word_char;

/// Shortest capitalized word after the genitive: a short one is as often a person's
/// surname or a place's second word ("Kungs Ek").
const SHORTEST_NOUN: usize = 5;

/// The end of an address word in the genitive's place ("Besöksadress Hornsgatan").
const ADDRESS: &str = "adress";

/// The English word that opens a wire's or press office's labels ("Press Release"), no
/// genitive.
const PRESS: &str = "Press";

/// The name at the capital at `at`: a capitalized word in the genitive "s" (no given
/// name of [`GIVEN_NAMES_IN_S`], no capitalized word before it, no address label), one
/// space, and a capitalized word of [`SHORTEST_NOUN`] letters or more that closes the
/// name: no capital after it, and no genitive before a lower-case noun ("Göteborgs Stads
/// miljöförvaltning" is the city's unit). `next_capital` is the text's next capital
/// after `at`: called for most capitals, the rule first asks whether it stands right
/// after "s" and a space of the same word, a look at three bytes and one byte search.
pub(in crate::organizations) fn genitive_and_capital(
    text: &str,
    at: usize,
    next_capital: Option<usize>,
) -> Option<Found<'_>> {
    let next = next_capital?;
    let bytes = text.as_bytes();
    if next < at + 3
        || bytes[next - 1] != b' '
        || bytes[next - 2] != b's'
        || memchr::memchr2(b' ', b'\n', &bytes[at..next - 1]).is_some()
    {
        return None;
    }
    let genitive_end = word_end_from(text, at);
    let genitive = &text[at..genitive_end];
    if !genitive.ends_with('s') || !text[genitive_end..].starts_with(' ') {
        return None;
    }
    let mut noun_start = genitive_end + 1;
    if !text[noun_start..].starts_with(char::is_uppercase) {
        return None;
    }
    let mut noun_end = word_end_from(text, noun_start);
    if let Some(after_adjective) = noun_after_adjective(text, noun_start, noun_end) {
        noun_start = after_adjective;
        noun_end = word_end_from(text, noun_start);
    }
    let noun = &text[noun_start..noun_end];
    let next = text[noun_end..].strip_prefix(' ');
    let closes = !char_is_word_or_hyphen(text, noun_end)
        && !next.is_some_and(|n| {
            n.starts_with(char::is_uppercase)
                || (noun.ends_with('s') && n.starts_with(char::is_lowercase))
        });
    let after_capital = text[..at]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '\n']).next())
        .is_some_and(|word| word.starts_with(char::is_uppercase));
    (closes
        && !after_capital
        && is_name_word(genitive, false)
        && is_name_word(noun, false)
        && noun.chars().count() >= SHORTEST_NOUN
        && !GIVEN_NAMES_IN_S.contains(&genitive)
        && !genitive.ends_with(ADDRESS)
        && genitive != PRESS
        // The country's genitive is read by the national names' own rule.
        && genitive != NATIONAL_NAME.trim_end()
        && genitive != CAMPUS.trim_end())
    .then(|| Found::spanning(text, at, noun_end))
}

/// The start of the capitalized noun after a capitalized adjective in its definite or
/// plural form ("Nationella", "Svenska", "Stora", "Allmänna"), which a name may set
/// between its genitive and its noun: "Hästnäringens Nationella Stiftelse".
fn noun_after_adjective(text: &str, word_start: usize, word_end: usize) -> Option<usize> {
    let word = &text[word_start..word_end];
    let noun_start = word_end + 1;
    (word.ends_with(['a', 'e'])
        && is_name_word(word, false)
        && text[word_end..].starts_with(' ')
        && text[noun_start..].starts_with(char::is_uppercase))
    .then_some(noun_start)
}

/// True when a letter, a figure or a hyphen stands at `at`.
fn char_is_word_or_hyphen(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| is_word_char(c) || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_at_start(text: &str) -> Option<&str> {
        let capitals = crate::gazetteer::capitals(text);
        genitive_and_capital(text, 0, capitals.get(1).copied()).map(|found| found.canonical)
    }

    #[test]
    fn a_genitive_and_a_capitalized_noun_name_a_body() {
        assert_eq!(
            name_at_start("Ölands Skördefest har fått stöd."),
            Some("Ölands Skördefest")
        );
        assert_eq!(
            name_at_start("Fiskarnas Samarbetsråd, som bildades 1990, välkomnar beslutet."),
            Some("Fiskarnas Samarbetsråd")
        );
    }

    #[test]
    fn a_capitalized_adjective_may_stand_before_the_noun() {
        assert_eq!(
            name_at_start("Bergslagens Allmänna Sparbank delar ut stipendier."),
            Some("Bergslagens Allmänna Sparbank")
        );
        assert_eq!(
            name_at_start("Fjällbygdens Samlade Byalag och kommunen är överens."),
            Some("Fjällbygdens Samlade Byalag")
        );
        assert_eq!(name_at_start("Smålands Stora Sjöar Turism bildas."), None);
    }

    #[test]
    fn a_persons_name_an_address_or_a_longer_name_is_none() {
        for text in [
            "Mats Lindberg är ny chef.",
            "Besöksadress Storgatan 4.",
            "Press Release från bolaget.",
            "Göteborgs Stads miljöförvaltning ansvarar.",
            "Ölands Skördefest Förening bildas.",
            "Ölands Ek är ett träd.",
            "Campus Varberg erbjuder kurser.",
        ] {
            assert_eq!(name_at_start(text), None, "{text}");
        }
    }
}
