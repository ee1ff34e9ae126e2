//! Bodies named in a list beside a body already found: "Mittmedia, Stampen AB och
//! Norrköpings Tidningar", "Sveriges Byggindustrier och Installatörsföretagen",
//! "företagshälsovården Feelgood och Previa". A one-word name of a firm or an association
//! has no telltale ending; the list it stands in, joined by "och" or a comma to a name
//! that has one, tells that it is a body of the same kind.

use super::employers::is_employer;
use super::patterns::{
    at_sentence_start, is_definite, is_name_word, word_before, word_start, AND, TWO_WORD_LEADS,
};
use super::OrgMention;
use crate::entities::Span;
use crate::regions;
use crate::text::is_word_char;

const COMMA: &str = ", ";

/// Prepositions before a place: a word after one is a place, and so is a word listed
/// beside a name that ends in a place after one ("Högskolan i Borås och Ulricehamn").
const PLACE_PREPOSITIONS: [&str; 4] = [" i ", " på ", " vid ", " mellan "];

/// The ending of adjectives of nationality that open longer names ("Europeiska
/// kommissionen", "Nordiska rådet").
const NATIONALITY_ENDING: &str = "ska";

/// The endings of the canonical names of municipalities, whose neighbours in a list are
/// as often places ("Femsjö och Varbergs kommun").
const MUNICIPALITY_ENDINGS: [&str; 3] = [" kommun", " stad", " Stad"];

/// A county's genitive before the rest of a body's name ("Jönköpings läns
/// Hembygdsförbund").
const COUNTY_GENITIVE: &str = " läns ";

/// The lower-case word before the name of an agency's region ("Polismyndigheten region
/// Väst", "Trafikverket region Mitt"): a part of the agency, not a body.
const AGENCY_REGION: &str = " region ";

/// The adverb ending in "s" that most often follows a list of bodies ("X och Y
/// tillsammans"): no genitive.
const ADVERB_IN_S: &str = "tillsammans";

/// Rounds of reading neighbours: a name found beside a body is itself a body whose
/// neighbour in the same list may be read ("Nackademin, Yrgo, Teknikhögskolan i Göteborg").
const ROUNDS: usize = 3;

/// The one-word names standing in a list beside one of `mentions` (in text order,
/// without overlaps), read as written. A word that is part of a longer name (a capital
/// beside it), opens a sentence (where a capital says nothing), names a county or a
/// region, or is a word of one of `people` is none; a comma joins it only where the
/// list goes on after both names, since a comma also closes an address line's parts
/// ("Region Halland, Halmstad").
pub(super) fn beside<'t>(
    text: &'t str,
    mentions: &[OrgMention<'t>],
    people: &[&str],
) -> Vec<OrgMention<'t>> {
    let mut found: Vec<OrgMention<'t>> = Vec::new();
    let mut seeds: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    for _ in 0..ROUNDS {
        let mut new = Vec::new();
        for span in &seeds {
            let seed = &text[span.start..span.end];
            if MUNICIPALITY_ENDINGS.iter().any(|e| seed.ends_with(e)) {
                continue;
            }
            // "Högskolan i Borås och Ulricehamn": a name that ends in a place is followed
            // by another place.
            let ends_in_place = seed
                .rsplit_once(' ')
                .is_some_and(|(head, _)| head.ends_with(" i"));
            let right = if ends_in_place {
                None
            } else {
                after(text, *span)
            };
            for word in [right, before(text, *span)].into_iter().flatten() {
                let taken = |s: &Span| s.start < word.end && word.start < s.end;
                if mentions.iter().any(|m| taken(&m.span))
                    || found.iter().any(|m| taken(&m.span))
                    || new.iter().any(taken)
                    || !stands_as_body(text, word, people)
                {
                    continue;
                }
                new.push(word);
            }
        }
        if new.is_empty() {
            break;
        }
        found.extend(new.iter().map(|&span| OrgMention {
            canonical: &text[span.start..span.end],
            span,
        }));
        seeds = new;
    }
    found
}

/// The word after `span` joined to it by "och", or by a comma where the list goes on.
fn after(text: &str, span: Span) -> Option<Span> {
    let rest = &text[span.end..];
    let (start, comma) = if rest.starts_with(AND) {
        (span.end + AND.len(), false)
    } else if rest.starts_with(COMMA) {
        (span.end + COMMA.len(), true)
    } else {
        return None;
    };
    let end = word_end(text, start);
    let tail = &text[end..];
    let list_goes_on = list_goes_on(tail);
    let clause_goes_on = list_goes_on
        || tail.is_empty()
        || tail.starts_with(['.', ',', ';', ':', ')', '\n'])
        || tail
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(char::is_lowercase));
    (end > start && clause_goes_on && (!comma || list_goes_on)).then_some(Span { start, end })
}

/// The word before `span` joined to it by "och", or by a comma where the list goes on
/// after `span`.
fn before(text: &str, span: Span) -> Option<Span> {
    let head = &text[..span.start];
    let (end, comma) = if let Some(head) = head.strip_suffix(AND) {
        (head.len(), false)
    } else if let Some(head) = head.strip_suffix(COMMA) {
        (head.len(), true)
    } else {
        return None;
    };
    if comma && !list_goes_on(&text[span.end..]) {
        return None;
    }
    let start = word_start(text, end, true)?;
    // A capitalized word before it makes it the last word of a longer name ("Lena
    // Hallengren och Socialstyrelsen").
    let previous_capitalized = text[..start]
        .strip_suffix(' ')
        .and_then(|h| word_before(text, h.len()).map(|s| &text[s..h.len()]))
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    (!previous_capitalized).then_some(Span { start, end })
}

/// True when `tail`, after a name, goes on with the list: "och", or a comma and another
/// name ("Kanalbolaget, Strömsholms Kanal AB, sköter" is a name and its apposition).
fn list_goes_on(tail: &str) -> bool {
    tail.starts_with(AND)
        || tail
            .strip_prefix(COMMA)
            .is_some_and(|t| t.starts_with(char::is_uppercase))
}

/// The end of the word of letters, figures and hyphens that starts at `start`.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(text.len(), |i| start + i)
}

/// True when the word at `span` is a body's one-word name: a name's word (a capital,
/// or a brand's capitals), no part of a longer name (a capital or a branch's place after
/// it), not a sentence's first word, a place (after a preposition of one), a genitive
/// before its noun, an adjective that opens a name, nor what [`is_employer`] rules out
/// (parties, units, the state, regions, initials, which their own rules read), nor a
/// word of one of `people`.
fn stands_as_body(text: &str, span: Span, people: &[&str]) -> bool {
    let word = &text[span.start..span.end];
    let head = &text[..span.start];
    let tail = &text[span.end..];
    let next_word_capitalized = |after: &str| {
        tail.strip_prefix(after)
            .is_some_and(|t| t.starts_with(char::is_uppercase))
    };
    let next_word = tail.strip_prefix(' ').map(|t| &t[..word_end(t, 0)]);
    // "Piteå älvdals sjukhus", "Visby norra hälsocentral": a genitive or a part of the
    // town after the word continues a longer name.
    let name_goes_on = next_word.is_some_and(|w| {
        let after = &tail[1 + w.len()..];
        let genitive_before_noun = w.ends_with('s')
            && w != ADVERB_IN_S
            && after
                .strip_prefix(' ')
                .is_some_and(|t| t.starts_with(char::is_lowercase));
        w.starts_with(char::is_lowercase)
            && (genitive_before_noun || regions::PART_ADJECTIVES.contains(&w))
    }) || next_word_capitalized(" för ")
        // "Institutet för utveckling av metoder": a kind in the definite form before
        // "för" opens a "kind för field" name.
        || (is_definite(word) && tail.starts_with(" för "));
    let genitive = word.ends_with('s')
        && tail
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(char::is_lowercase))
        && !tail.starts_with(" och ");
    let name_word = is_name_word(word, true) && !word.chars().skip(1).all(char::is_uppercase);
    name_word
        && !at_sentence_start(text, span.start)
        && !opens_a_marked_line(head)
        && !next_word_capitalized(" i ")
        && !head.ends_with(|c: char| is_word_char(c) || c == '-')
        && !PLACE_PREPOSITIONS.iter().any(|p| head.ends_with(p))
        && !genitive
        && !name_goes_on
        && !head.ends_with(COUNTY_GENITIVE)
        && !head.ends_with(AGENCY_REGION)
        // "Dalarnas Fornminnes- och Hembygdsförbund": the second part of a compound cut
        // short is its name's last word.
        && !head.ends_with("- och ")
        && !word.ends_with(NATIONALITY_ENDING)
        && !TWO_WORD_LEADS.contains(&word)
        && is_employer(word, "")
        && !people.iter().any(|p| p.split(' ').any(|part| part == word))
}

/// The marks a heading, a list item or a quote opens its line with in Markdown and
/// plain text ("# Staden och …", "* Kommunen och …").
const LINE_MARKS: [char; 6] = [' ', '#', '*', '-', '•', '>'];

/// True when only marks of [`LINE_MARKS`] stand before the end of `head` on its line:
/// the word after it opens a heading or an item, where a capital says nothing.
fn opens_a_marked_line(head: &str) -> bool {
    let line = head.trim_end_matches(LINE_MARKS);
    line.len() < head.len() && (line.is_empty() || line.ends_with('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(text: &str, known: &[&str], people: &[&str]) -> Vec<String> {
        let mentions: Vec<OrgMention> = known
            .iter()
            .map(|name| {
                let start = text.find(name).expect("known name in text");
                OrgMention {
                    canonical: name,
                    span: Span {
                        start,
                        end: start + name.len(),
                    },
                }
            })
            .collect();
        beside(text, &mentions, people)
            .into_iter()
            .map(|m| m.canonical.to_string())
            .collect()
    }

    #[test]
    fn a_name_joined_by_och_to_a_body_is_a_body() {
        assert_eq!(
            listed(
                "Satsningen görs av Sveriges Ingenjörer och Teknikföretagen tillsammans.",
                &["Sveriges Ingenjörer"],
                &[]
            ),
            ["Teknikföretagen"]
        );
        assert_eq!(
            listed(
                "Avtalet har tecknats med Lindbäcks och Skanska Sverige AB.",
                &["Skanska Sverige AB"],
                &[]
            ),
            ["Lindbäcks"]
        );
    }

    #[test]
    fn a_list_is_read_name_by_name() {
        assert_eq!(
            listed(
                "Bland leverantörerna finns Tyréns, Sweco, WSP Sverige AB och Ramboll.",
                &["WSP Sverige AB"],
                &[]
            ),
            ["Ramboll", "Sweco", "Tyréns"]
        );
    }

    #[test]
    fn a_comma_joins_only_inside_a_list() {
        assert!(listed(
            "Kontakt: Region Halland, Halmstad.",
            &["Region Halland"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn a_word_of_a_longer_name_or_a_person_is_none() {
        assert!(listed(
            "Det säger Karin Lind och Folkhälsomyndigheten i ett uttalande.",
            &["Folkhälsomyndigheten"],
            &[]
        )
        .is_empty());
        assert!(listed(
            "Det säger statsrådet Lindqvist och Folkhälsomyndigheten i ett uttalande.",
            &["Folkhälsomyndigheten"],
            &["Per Lindqvist"]
        )
        .is_empty());
        assert!(listed(
            "Pengarna går till Trafikverket och Borlänge Energi.",
            &["Trafikverket"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn a_region_or_a_sentences_first_word_is_none() {
        assert!(listed(
            "Pengarna delas av Länsstyrelsen och Gotland i år.",
            &["Länsstyrelsen"],
            &[]
        )
        .is_empty());
        assert!(listed(
            "Fastighetsägarna och Boverket tar fram en guide.",
            &["Boverket"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn a_headings_first_word_is_none() {
        assert!(listed(
            "# Kommunen och Boverket bygger nytt\n\nText.",
            &["Boverket"],
            &[]
        )
        .is_empty());
        assert!(listed(
            "Text.\n* Staden och Boverket ses i dag.",
            &["Boverket"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn places_beside_a_body_are_none() {
        for (text, known) in [
            (
                "Forskare vid Högskolan i Borås och Ulricehamn deltar.",
                "Högskolan i Borås",
            ),
            (
                "Kurser ges i Skellefteå och Luleå tekniska universitet leder dem.",
                "Luleå tekniska universitet",
            ),
            (
                "Vallen byggs vid Strandvik och Orsa kommun betalar.",
                "Orsa kommun",
            ),
            (
                "Stödet går till Lindesbergs kommun och Frövi.",
                "Lindesbergs kommun",
            ),
        ] {
            assert!(listed(text, &[known], &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_word_that_opens_a_longer_name_is_none() {
        for (text, known) in [
            (
                "Pengarna går till Socialstyrelsen och Kalix lasaretts vänner i år.",
                "Socialstyrelsen",
            ),
            (
                "Med i arbetet är Boverket och Visby södra vårdcentral.",
                "Boverket",
            ),
            (
                "Med i arbetet är Boverket och Stockholmsföreningen för Kultur och Hälsa.",
                "Boverket",
            ),
            (
                "Skånes Hembygds- och Fornminnesförbund och Riksantikvarieämbetet deltar.",
                "Riksantikvarieämbetet",
            ),
            (
                "Bidrag ges till Boverket och Europeiska socialfonden i år.",
                "Boverket",
            ),
            (
                "Boverket och Centret för hållbara städer tar fram en vägledning.",
                "Boverket",
            ),
            (
                "Stödet går till Boverket och Hyresgästföreningen i Kalix.",
                "Boverket",
            ),
            (
                "Pengarna går till Boverket och Sandvikens idrottsallians.",
                "Boverket",
            ),
            (
                "Jönköpings läns Fiskevårdsförbund och Naturvårdsverket deltar.",
                "Naturvårdsverket",
            ),
            (
                "Vården delas av Sahlgrenska Universitetssjukhuset och Östra sjukhuset.",
                "Sahlgrenska Universitetssjukhuset",
            ),
        ] {
            assert!(listed(text, &[known], &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_agencys_region_is_none() {
        assert!(listed(
            "Med är Trafikverket region Bergslagen, Kustbevakningen, Tullverket och Sjöfartsverket.",
            &["Kustbevakningen", "Tullverket", "Sjöfartsverket"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn parties_and_initials_are_none() {
        assert!(listed(
            "Förslaget stöds av Moderaterna och Företagarna i kommunen.",
            &["Företagarna"],
            &[]
        )
        .is_empty());
        assert!(listed(
            "Förslaget stöds av LRF och Företagarna tillsammans.",
            &["Företagarna"],
            &[]
        )
        .is_empty());
    }
}
