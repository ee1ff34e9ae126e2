//! A quoted speaker's employer, named in the role written after their name ("…, säger
//! Anna Berg, vd på Balticgruppen", "säger Per Ek, forskningschef vid Energiforsk"):
//! the commonest place where a release names a company or an institute by a one-word
//! name that neither the lists nor a name's form read. Only the role after a speaker
//! found by a verb of saying is read, so a capitalized word elsewhere counts for
//! nothing.

use super::patterns::is_firm_word;
use super::UNIT_ENDINGS;
use crate::entities::{Person, Span};
use crate::regions;
use crate::text::sentence_end;

/// What follows the speaker's name before the role.
const ROLE_OPENS: &str = ", ";

/// Prepositions that tie a post to its employer ("vd på", "professor vid", "ordförande
/// för"). "i" is left out: it ties a post to a place as often ("kommunalråd i Umeå"),
/// and "hos" to a person ("pressekreterare hos Anna Svensson").
const EMPLOYER_PREPOSITIONS: [&str; 3] = ["på", "vid", "för"];

/// Most words of the post before the preposition ("biträdande förvaltningschef").
const MAX_POST_WORDS: usize = 3;

/// Most words of the employer's name.
const MAX_NAME_WORDS: usize = 3;

/// What may follow the employer's name inside the role: its end, a comma, or a place or
/// another post joined to it ("vd på Mitthem i Sundsvall", "vd på X och ordförande …").
/// Anything else (a number, a lower-case word) makes the capitalized words the start of
/// something else ("ansvarig för Agenda 2030").
const AFTER_NAME: [&str; 4] = [",", " i ", " och ", " samt "];

/// The parties of parliament since 2003, which the posts of politicians name ("gruppledare
/// för Moderaterna"); parties are not organizations. Local parties end in one of
/// [`PARTY_ENDINGS`].
const PARTIES: [&str; 9] = [
    "Socialdemokraterna",
    "Moderaterna",
    "Sverigedemokraterna",
    "Centerpartiet",
    "Vänsterpartiet",
    "Kristdemokraterna",
    "Liberalerna",
    "Folkpartiet",
    "Miljöpartiet",
];

/// Endings of local parties' names ("Sjukvårdspartiet", "Kommunlistan").
const PARTY_ENDINGS: [&str; 2] = ["partiet", "listan"];

/// Names of the state and the country that posts are held for ("ambassadör för
/// Sverige"), which are no employer here: the government is read by its own rule, and
/// ministries (ending [`MINISTRY_ENDING`]) are the release's department.
const NOT_EMPLOYERS: [&str; 6] = [
    "Regeringen",
    "Riksdagen",
    "Sverige",
    "Sveriges",
    "Europa",
    "EU",
];

/// The ending of a ministry's name.
const MINISTRY_ENDING: &str = "departementet";

/// The employers named in the roles after `people`'s names: each name's span, once.
/// Most releases name none, and the caller checks what it reads against the other
/// names only for these few.
pub(crate) fn candidates(text: &str, people: &[Person]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for person in people {
        for span in &person.spans {
            if let Some(found) = employer_after(text, span.end, &person.name) {
                if out.iter().all(|s| s.start != found.start) {
                    out.push(found);
                }
            }
        }
    }
    out
}

/// True when the employer's name `name` is a short form of a name read elsewhere,
/// `known` ("Uppsalahem" in "Uppsalahem AB", "Länsstyrelsen" in "Länsstyrelsen i
/// Hallands län"): the release names that body in full.
pub(crate) fn is_short_form_of(name: &str, known: &str) -> bool {
    holds_words(known, name)
}

/// True when `words` stand in `name` as whole words.
fn holds_words(name: &str, words: &str) -> bool {
    name.match_indices(words).any(|(at, _)| {
        let end = at + words.len();
        (at == 0 || name[..at].ends_with(' '))
            && (end == name.len() || name[end..].starts_with(' '))
    })
}

/// The employer's name in the role that follows a speaker's name ending at `name_end`,
/// if the role is a post, a preposition of [`EMPLOYER_PREPOSITIONS`] and a name.
fn employer_after(text: &str, name_end: usize, person: &str) -> Option<Span> {
    let role_start = name_end + ROLE_OPENS.len();
    if !text[name_end..].starts_with(ROLE_OPENS) {
        return None;
    }
    // The post's lower-case words, each followed by a space, then the preposition: read
    // word by word, so a role of another shape is left at its first word.
    let role = &text[role_start..];
    let mut at = 0;
    let mut post_words = 0;
    let name_at = loop {
        let word_end = at + role[at..].find(' ')?;
        let word = &role[at..word_end];
        if post_words > 0 && EMPLOYER_PREPOSITIONS.contains(&word) {
            break word_end + 1;
        }
        let lower = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
        if !lower || post_words == MAX_POST_WORDS {
            return None;
        }
        post_words += 1;
        at = word_end + 1;
    };
    let start = role_start + name_at;
    let role_end = sentence_end(text, start);
    let mut end = start;
    for _ in 0..MAX_NAME_WORDS {
        let word_start = if end == start { start } else { end + 1 };
        if end > start && !text[end..role_end].starts_with(' ') {
            break;
        }
        let word_end = text[word_start..role_end]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(role_end, |i| word_start + i);
        if word_end == word_start || !is_firm_word(&text[word_start..word_end]) {
            break;
        }
        end = word_end;
    }
    let rest = &text[end..role_end];
    let closed = rest.trim_end_matches(['.', '!', '?']).is_empty()
        || AFTER_NAME.iter().any(|a| rest.starts_with(a));
    let name = &text[start..end];
    (end > start && closed && is_employer(name, person)).then_some(Span { start, end })
}

/// True when `name`, read as an employer, may be a body: not a party, a unit, the state,
/// a ministry, a county or region, nor the speaker; nor one word of letters alone,
/// which the initials a release spells out read ([`super::initials`]) and which stand
/// for a unit as often ("chef på HR"); a brand in capitals ("VA SYD") counts.
pub(super) fn is_employer(name: &str, person: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let lower_last = last.to_lowercase();
    let letters_alone = last.len() == name.len() && !name.chars().any(char::is_lowercase);
    !(letters_alone
        || PARTIES.contains(&name)
        || NOT_EMPLOYERS.contains(&name)
        || PARTY_ENDINGS.iter().any(|e| lower_last.ends_with(e))
        || UNIT_ENDINGS.iter().any(|e| lower_last.ends_with(e))
        || lower_last.ends_with(MINISTRY_ENDING)
        || regions::lookup_label(name).is_some()
        || person.contains(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn employers(text: &str) -> Vec<&str> {
        let people = crate::people::find(text);
        candidates(text, &people)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .filter(|name| !is_short_form_of(name, "Norrbygg Fastigheter AB"))
            .collect()
    }

    #[test]
    fn a_speakers_employer_after_a_post_and_a_preposition() {
        assert_eq!(
            employers(
                "– Vi bygger i år, säger Karin Lund, vd på Skogsbygg.\n\n\
                 – Det lönar sig, säger Olof Bergström, forskningschef vid Mälarforsk i Västerås.\n\n\
                 – Ett bra steg, säger Sara Holm, ordförande för Ung Företagsamhet."
            ),
            ["Skogsbygg", "Mälarforsk", "Ung Företagsamhet"]
        );
    }

    #[test]
    fn parties_units_places_and_the_state_are_no_employers() {
        assert!(employers(
            "– Det är fel, säger Eva Ström, gruppledare för Moderaterna.\n\n\
             – Vi ser det, säger Jan Ek, kommunalråd för Kommunlistan.\n\n\
             – Bra, säger Lisa Berg, enhetschef på Miljöförvaltningen.\n\n\
             – Nu, säger Mats Åberg, samordnare för Norrbotten.\n\n\
             – Ja, säger Anna Falk, ambassadör för Sverige.\n\n\
             – Klart, säger Per Lind, ansvarig för Agenda 2030.\n\n\
             – Vi ska, säger Åsa Nord, statssekreterare på Socialdepartementet."
        )
        .is_empty());
    }

    #[test]
    fn a_role_without_a_preposition_or_with_a_name_first_names_no_employer() {
        assert!(employers(
            "– Bra, säger Karin Lund, vd, Mälarforsk.\n\n\
             – Ja, säger Per Ek, Mälarforsks vd på Mälarforsk."
        )
        .is_empty());
    }

    #[test]
    fn a_short_form_of_a_body_named_in_full_or_letters_alone_add_nothing() {
        assert!(employers(
            "– Bra, säger Karin Lund, vd på Norrbygg.\n\n\
             – Ja, säger Per Ek, enhetschef på NFM."
        )
        .is_empty());
        assert_eq!(
            employers("– Ja, säger Per Ek, vd vid VA NORD."),
            ["VA NORD"]
        );
        assert!(holds_words("AB Gavlegården", "Gavlegården"));
        assert!(!holds_words("Gavlegårdens stiftelse", "Gavlegården"));
    }
}
