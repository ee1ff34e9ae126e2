//! An agreement with no topic, named by its parties: "Överenskommelsen mellan regeringen,
//! idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting
//! slår fast sex principer". Read only where the release names no agreement otherwise:
//! after a topic has named one, "överenskommelsen mellan staten och SKR" refers back to it.

use super::agreed::{names_any, SECTOR, STATE};
use crate::entities::{Agreement, Span};
use crate::text::{capitalize, char_before, sentence_end};

/// Most bytes of the parties after "mellan".
const LONGEST_PARTIES: usize = 160;

/// Words that bring in a topic; parties followed by one make a phrase with a topic,
/// which [`super::phrases`] reads (or, a clause, rejects).
const TOPIC_WORDS: &[&str] = &[" om ", " kring ", " rörande ", " gällande ", " avseende "];

/// The first agreement of `text` named by parties that name both the state's side and
/// the sector's (a deal between the government and parties names no sector), at
/// "[Öö]verenskommelsen mellan"; "verenskommelse" stands at `agreement_words`.
pub(super) fn find(text: &str, agreement_words: &[usize]) -> Option<Agreement> {
    agreement_words.iter().find_map(|&word| {
        let lead = char_before(text, word).filter(|c| matches!(c, 'Ö' | 'ö'))?;
        let start = word - lead.len_utf8();
        if char_before(text, start).is_some_and(char::is_alphabetic) {
            return None;
        }
        let after = word + "verenskommelsen mellan ".len();
        text.get(word..after)
            .filter(|w| *w == "verenskommelsen mellan ")?;
        let sentence = text.get(after..sentence_end(text, after))?;
        let end = parties_end(sentence).filter(|&e| e <= LONGEST_PARTIES)?;
        let parties = &sentence[..end];
        if TOPIC_WORDS.iter().any(|w| parties.contains(w))
            || !names_any(parties, STATE)
            || !names_any(parties, SECTOR)
        {
            return None;
        }
        Some(Agreement {
            name: capitalize(&text[start..after + end]),
            spans: vec![Span {
                start,
                end: after + end,
            }],
        })
    })
}

/// Where a list of parties ends in `sentence` (what follows "mellan"): after the run of
/// capitalized words that follows the first "och" with one after it ("… området och
/// Sveriges Kommuner och Landsting slår fast …" ends after "Landsting"; an "och" between
/// capitalized words is part of a name); `None` without such a run.
fn parties_end(sentence: &str) -> Option<usize> {
    sentence.match_indices(" och ").find_map(|(i, och)| {
        let from = i + och.len();
        let words: Vec<&str> = sentence[from..].split(' ').collect();
        let mut taken = 0;
        let mut end = from;
        while let Some(word) = words.get(taken) {
            let capitalized = word.starts_with(char::is_uppercase);
            let joins = *word == "och"
                && words
                    .get(taken + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if !capitalized && !joins {
                break;
            }
            taken += 1;
            if capitalized {
                end = from + words[..taken].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
            }
        }
        (end > from).then(|| sentence[..end].trim_end_matches([',', '.']).len())
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn an_agreement_named_by_the_state_and_the_sector_as_its_parties() {
        assert_eq!(
            names("I dag undertecknades överenskommelsen mellan regeringen, trossamfunden och Sveriges Kommuner och Regioner. Den gäller i fem år."),
            ["Överenskommelsen mellan regeringen, trossamfunden och Sveriges Kommuner och Regioner"]
        );
        // The parties end before the verb, whatever list follows it.
        assert_eq!(
            names("Överenskommelsen mellan staten, ideella föreningar och SKR anger fyra mål: trygghet, dialog och öppenhet."),
            ["Överenskommelsen mellan staten, ideella föreningar och SKR"]
        );
    }

    #[test]
    fn parties_without_the_sector_or_after_a_named_agreement_name_none() {
        // A deal between the government and a party.
        assert!(
            names("Överenskommelsen mellan regeringen och Centerpartiet gäller budgeten.")
                .is_empty()
        );
        // A reference back to the agreement the topic named.
        assert_eq!(
            names("Staten och SKR har slutit en överenskommelse om jourläkare. Överenskommelsen mellan staten och SKR gäller i två år."),
            ["Överenskommelse om jourläkare"]
        );
    }
}
