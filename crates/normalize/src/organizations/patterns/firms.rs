//! Firms named right after the noun that says they are firms: "läkemedelsföretaget
//! Medivir", "bolaget Västtrafik", "företagen AstraZeneca, Mölnlycke Health Care och
//! Volvo Cars". A firm's name has no telltale ending when it is written without "AB",
//! so the noun before it is what tells.

use super::{is_name_word, Found, FUNCTION_WORDS, NAME_AFTER_KIND_WORDS};
use crate::entities::Span;
use crate::text::{char_before, is_word_char};

/// The nouns without their first letter, which may be either case and may close a
/// compound ("läkemedelsföretaget", "Bostadsbolaget"): singular, then plural. The space
/// after a noun is left out of the search, which must still see the " AB" that may
/// follow it ("bolaget AB Bostäder").
pub(super) const FIRM_NOUNS: [&str; 4] = ["öretaget", "olaget", "öretagen", "olagen"];

/// The first letter each of [`FIRM_NOUNS`] lost, in lower case.
const FIRST_LETTERS: [char; 4] = ['f', 'b', 'f', 'b'];

/// The names after the noun `FIRM_NOUNS[noun]` found at `at` (its second letter). After
/// a plural noun, further names follow after ", " or " och ".
pub(super) fn after_noun<'t>(text: &'t str, noun: usize, at: usize, out: &mut Vec<Found<'t>>) {
    let (Some(word), Some(&first)) = (FIRM_NOUNS.get(noun), FIRST_LETTERS.get(noun)) else {
        return;
    };
    let opens_noun = char_before(text, at).is_some_and(|c| c.to_lowercase().eq([first]));
    if !opens_noun {
        return;
    }
    let plural = noun >= 2;
    let after = at + word.len();
    if !plural {
        if let Some(found) = compound_in_place(text, at, after) {
            out.push(found);
            return;
        }
    }
    if !text[after..].starts_with(' ') {
        return;
    }
    let mut from = after + 1;
    loop {
        let Some(end) = name_at(text, from) else {
            return;
        };
        out.push(Found {
            canonical: &text[from..end],
            span: Span { start: from, end },
        });
        if !plural {
            return;
        }
        let rest = &text[end..];
        let Some(gap) = [", ", " och "].iter().find(|g| rest.starts_with(**g)) else {
            return;
        };
        from = end + gap.len();
    }
}

/// What joins a company named for its trade to its place.
const IN_PLACE: &str = " i ";

/// "Scenkonstbolaget i Västernorrland", "Bostadsbolaget i Mölndal": a capitalized
/// compound on the singular noun (whose second letter is at `at`, and which ends at
/// `after`), named for a trade, then "i" and the capitalized place it serves, names a
/// company (a municipality's or a region's, often written without its form). The bare
/// noun ("Bolaget i Mölndal") and a compound in lower case ("bostadsbolaget i Mölndal")
/// speak of a company without naming it.
fn compound_in_place(text: &str, at: usize, after: usize) -> Option<Found<'_>> {
    let place = after + IN_PLACE.len();
    if !text[after..].starts_with(IN_PLACE) {
        return None;
    }
    // The noun's first letter stands right before `at`; the compound's stem before it.
    let noun_start = at - text[..at].chars().next_back()?.len_utf8();
    let start = text[..noun_start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    if !text[start..].starts_with(char::is_uppercase) {
        return None;
    }
    let end = name_at(text, place)?;
    Some(Found {
        canonical: &text[start..end],
        span: Span { start, end },
    })
}

/// A company's form at the start of a line, after a name that ends the line before.
const WRAPPED_FORM: &str = "\nAB";

/// The end of a firm's name opening at `start`: up to [`NAME_AFTER_KIND_WORDS`]
/// capitalized words or abbreviations ("GU Holding", "Mölnlycke Health Care"), a town
/// after "i" among them ("Hemtjänst i Norr"), standing as whole words.
fn name_at(text: &str, start: usize) -> Option<usize> {
    let mut end = start;
    let mut words = 0;
    while words < NAME_AFTER_KIND_WORDS {
        let from = if words == 0 {
            start
        } else {
            let rest = &text[end..];
            // "fastighetsbolaget Pitebo\nAB": a hard-wrapped line may carry the company's
            // form alone; no other word is read across a line break, where a new sentence
            // may start. `extract` reports the name on one line.
            if let Some(after) = rest.strip_prefix(WRAPPED_FORM) {
                if !after.starts_with(|c: char| is_word_char(c)) {
                    end += WRAPPED_FORM.len();
                    words += 1;
                }
                break;
            }
            if rest.starts_with(" i ") {
                end + " i ".len()
            } else if rest.starts_with(' ') {
                end + 1
            } else {
                break;
            }
        };
        let word_end = text[from..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(text.len(), |i| from + i);
        let word = &text[from..word_end];
        // "bolaget AB i Borås": the company's form, not its name.
        if !is_firm_word(word) || (words == 0 && word == "AB") {
            break;
        }
        end = word_end;
        words += 1;
    }
    let whole = !text[end..].starts_with(|c: char| is_word_char(c));
    (words > 0 && whole).then_some(end)
}

/// A word of a firm's name: a proper name's word, or one with capitals inside it, as
/// brand names are written ("AstraZeneca", "SkiStar").
pub(super) fn is_firm_word(word: &str) -> bool {
    is_name_word(word, true)
        || (word.starts_with(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && word.chars().all(char::is_alphanumeric)
            && !FUNCTION_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_company_named_for_its_trade_and_place() {
        assert_eq!(
            names("Uppdraget gick till Fastighetsbolaget i Tierp, som ägs av kommunen."),
            ["Fastighetsbolaget i Tierp"]
        );
        // The bare noun and a compound in lower case name no company.
        assert!(names("Bolaget i Tierp växer. Det lokala fastighetsbolaget i Tierp.").is_empty());
    }

    #[test]
    fn a_firms_form_wrapped_to_the_next_line() {
        assert_eq!(
            names("Det sköts av energibolaget Lulekraft\nAB i år."),
            ["Lulekraft\nAB"]
        );
        // A capitalized word on the next line opens a sentence, no part of the name.
        assert_eq!(
            names("Det sköts av energibolaget Lulekraft\nSom ägs av kommunen."),
            ["Lulekraft"]
        );
    }

    #[test]
    fn a_firm_named_after_the_noun() {
        assert_eq!(
            names("Studien görs med läkemedelsföretaget Kalmora och bolaget Nordvik Energi."),
            ["Kalmora", "Nordvik Energi"]
        );
        assert_eq!(
            names("Bostadsbolaget Hemgården i Västerås bygger 40 lägenheter."),
            ["Hemgården i Västerås"]
        );
    }

    #[test]
    fn firms_listed_after_the_plural() {
        assert_eq!(
            names("Företagen Borgsjö Trä, ABX och NordStål Bygg deltar i projektet."),
            ["Borgsjö Trä", "ABX", "NordStål Bygg"]
        );
    }

    #[test]
    fn the_noun_without_a_name_names_nothing() {
        for text in [
            "Företaget har 40 anställda. Bolaget i Umeå växer.",
            "Enligt bolaget Det blir dyrare.",
            "Företagen i länet och bolagen Som berörs.",
            "Kundföretaget kan ansöka, och småföretagen får stöd.",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
    }
}
