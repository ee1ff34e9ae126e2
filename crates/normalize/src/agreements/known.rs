//! Agreements known by a name of their own that no pattern of the other readers gives:
//! the yearly agreement between the state and the regions on the pharmaceutical
//! benefits, called "läkemedelsöverenskommelsen" in the regions' releases (a lower-case
//! run-in compound, which [`super::phrases::compounds`] reads only when capitalized),
//! and the climate contracts between municipalities and the state's agencies of the
//! Viable Cities programme, "Klimatkontrakt 2030" (a contract with commitments on both
//! sides, named by neither "avtal" nor "överenskommelse").

use super::needles::{Hits, Needle};
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_after, char_before, is_year};

/// Each name: its written form without the first letter (either case), the name it is
/// reported by, before the ending the text gives it, and the word (or its start) by which
/// a phrase names the same agreement by its topic, if any.
const KNOWN: [(&str, &str, Ending, Option<&str>); KNOWN_NAMES] = [
    (
        "äkemedelsöverenskommelse",
        "Läkemedelsöverenskommelse",
        Ending::Inflected,
        // "överenskommelsen om statsbidrag för läkemedelsförmånerna 2004".
        Some("läkemedelsförmån"),
    ),
    (CLIMATE_CONTRACT_TAIL, "Klimatkontrakt", Ending::Year, None),
];

const KNOWN_NAMES: usize = 2;

/// The climate contracts' name without its first letter (either case).
pub(super) const CLIMATE_CONTRACT_TAIL: &str = "limatkontrakt";

/// The word of the text's one search ([`Needle`]) that finds each name of [`KNOWN`]. A
/// compound of the agreement word needs none of its own ([`mentions`]).
const SEARCHED_AS: [Option<Needle>; KNOWN_NAMES] = [None, Some(Needle::ClimateContract)];

/// What the reported name keeps of what follows the written form.
#[derive(Clone, Copy)]
enum Ending {
    /// Its inflection ("läkemedelsöverenskommelsen").
    Inflected,
    /// A year after it ("Klimatkontrakt 2030"); an inflected form ("klimatkontraktet")
    /// is the name the text dates elsewhere, or the bare name.
    Year,
}

/// The endings of the nouns' inflection; any other letters run on into another word
/// ("klimatkontraktsarbetet").
const INFLECTIONS: &[&str] = &["", "n", "r", "rna", "ns", "et", "en", "ets", "er", "erna"];

/// Whether `c` is, in either case, the first letter of the name reported as `reported`
/// (the written form's first letter, which the search leaves out).
fn first_letter_fits(reported: &str, c: char) -> bool {
    reported
        .chars()
        .next()
        .is_some_and(|first| first.to_lowercase().eq(c.to_lowercase()))
}

/// Mentions of the names of [`KNOWN`], added to `out`; "verenskommelse" stands at
/// `agreement_words`, the other names at their `hits`. Where a phrase already in `out`
/// names the same agreement by its topic (the name's topic word in it), the known name
/// is a short form of that phrase's name and is reported by it: one agreement, named in
/// full.
pub(super) fn mentions<'t>(
    text: &'t str,
    agreement_words: &[usize],
    hits: &Hits,
    out: &mut Vec<Mention<'t>>,
) {
    for (&(tail, prefix, ending, topic_word), searched_as) in KNOWN.iter().zip(SEARCHED_AS) {
        let found: Vec<usize> = match (tail.strip_suffix(super::AGREEMENT_STEM), searched_as) {
            // A compound of the agreement word stands where the word does, which the
            // text was searched for already.
            (Some(head), _) => agreement_words
                .iter()
                .filter_map(|&word| {
                    let start = word.checked_sub(head.len())?;
                    text.as_bytes()[start..]
                        .starts_with(tail.as_bytes())
                        .then_some(start)
                })
                .collect(),
            (None, Some(needle)) => hits.of(needle).to_vec(),
            (None, None) => Vec::new(),
        };
        if found.is_empty() {
            continue;
        }
        let spelled_out = topic_word.and_then(|word| {
            out.iter()
                .find(|m| !m.name.prefix.is_empty() && m.name.rest.contains(word))
                .map(|m| m.name)
        });
        // The name with its year, where the text gives it: a headline may name the
        // contract bare before the body dates it.
        let mut dated: Option<&str> = None;
        if matches!(ending, Ending::Year) {
            dated = found.iter().find_map(|&i| {
                let end = i + tail.len();
                let year = text.get(end..end + 5)?.strip_prefix(' ')?;
                (is_year(year) && !char_after(text, end + 5).is_some_and(char::is_alphanumeric))
                    .then(|| &text[end..end + 5])
            });
        }
        for i in found {
            let Some(first) = char_before(text, i).filter(|&c| first_letter_fits(prefix, c)) else {
                continue;
            };
            let start = i - first.len_utf8();
            if char_before(text, start).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let word_end = i + tail.len();
            let inflection_end = text[word_end..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(text.len(), |n| word_end + n);
            if !INFLECTIONS.contains(&&text[word_end..inflection_end]) {
                continue;
            }
            let (rest, end) = match ending {
                Ending::Inflected => (&text[word_end..inflection_end], inflection_end),
                Ending::Year => {
                    let year = text[word_end..]
                        .strip_prefix(' ')
                        .and_then(|r| r.get(..4))
                        .filter(|y| is_year(y))
                        .filter(|_| {
                            !char_after(text, word_end + 5).is_some_and(char::is_alphanumeric)
                        });
                    match year {
                        Some(_) if inflection_end == word_end => {
                            (&text[word_end..word_end + 5], word_end + 5)
                        }
                        _ => (dated.unwrap_or(&text[word_end..word_end]), inflection_end),
                    }
                }
            };
            out.push(Mention {
                name: spelled_out.unwrap_or(Name::of_kind(prefix, rest)),
                span: Span { start, end },
                source: Source::Phrase,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::{KNOWN, SEARCHED_AS};

    #[test]
    fn each_name_is_searched_for() {
        for ((tail, ..), searched_as) in KNOWN.iter().zip(SEARCHED_AS) {
            let compound = tail.ends_with(super::super::AGREEMENT_STEM);
            assert!(
                compound || searched_as.is_some_and(|n| n.word() == *tail),
                "{tail}"
            );
        }
    }

    #[test]
    fn the_pharmaceutical_agreement_by_its_compound() {
        assert_eq!(
            names("Enligt läkemedelsöverenskommelsen får regionerna 34 miljarder kronor i år."),
            ["Läkemedelsöverenskommelsen"]
        );
    }

    #[test]
    fn the_pharmaceutical_compound_is_the_agreement_named_on_the_benefits() {
        assert_eq!(
            names(
                "Staten och SKR har kommit överens om statens bidrag för \
                 läkemedelsförmånerna 2026. Läkemedelsöverenskommelsen ger regionerna \
                 40 miljarder kronor."
            ),
            ["Överenskommelse om statens bidrag för läkemedelsförmånerna"]
        );
    }

    #[test]
    fn a_climate_contract_by_its_name_and_year() {
        assert_eq!(
            names("Staden tecknar klimatkontrakt\n\nKommunen har skrivit under Klimatkontrakt 2030 med fyra myndigheter. Klimatkontraktet följs upp varje år."),
            ["Klimatkontrakt 2030"]
        );
        // Another word run into it is another word.
        assert!(names("Det nya klimatkontraktsarbetet startar.").is_empty());
    }
}
