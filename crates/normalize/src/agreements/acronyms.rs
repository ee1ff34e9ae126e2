//! An agreement named again by an acronym compound ("BUP-överenskommelsen" after "en
//! överenskommelse om tillgänglighet inom barn- och ungdomspsykiatrin"): a release
//! shortens a long name to the initials of its field, glued to the agreement word, or
//! names it by a topic of the field's acronym glued to a noun ("om RS-vaccination").

use super::keys::STOPWORDS;
use super::Name;
use crate::entities::{Agreement, Span};
use crate::text::{alphanumeric_run_start, char_after};

/// Most letters an acronym of a field takes ("BUP", "PRIO"); longer capitals are names.
const LONGEST_ACRONYM: usize = 5;

/// True when `mention` is a definite acronym compound ("BUP-överenskommelsen",
/// "ALF-avtalet": the definite form refers back) whose letters are the initials of
/// consecutive content words of `entry`'s topic, a word's later part counting after the
/// joint "s" of a compound ("ungdoms|psykiatrin"). Only an entry named by its topic
/// (a prefix such as "Överenskommelse om ") is compared.
pub(super) fn refers_back(mention: &Name, entry: &Name) -> bool {
    if !mention.prefix.is_empty() || entry.prefix.is_empty() {
        return false;
    }
    let Some((acronym, word)) = mention.rest.split_once('-') else {
        return false;
    };
    let definite = word == "överenskommelsen" || word == "avtalet";
    definite && is_acronym(acronym) && spells(acronym, entry.rest)
}

/// Two to [`LONGEST_ACRONYM`] capitals and nothing else ("BUP", "ALF").
fn is_acronym(word: &str) -> bool {
    (2..=LONGEST_ACRONYM).contains(&word.chars().count()) && word.chars().all(char::is_uppercase)
}

/// True when one of `a` and `b` is named by a topic of one compound of an acronym and a
/// noun ("överenskommelse om RS-vaccination", "… om HPV-vaccinationen") and the other's
/// topic holds that noun and the acronym, alone or opening a compound ("om ersättning för
/// vaccination mot RS-virus"): a headline or an about-section shortens the field's name
/// to its acronym, as [`refers_back`] reads for the agreement word. Only names with a
/// prefix are compared.
pub(super) fn same_field(a: &Name, b: &Name) -> bool {
    shortens(a, b) || shortens(b, a)
}

/// True when `short`'s topic is one acronym compound whose acronym and noun `long`'s
/// topic holds ([`same_field`]).
fn shortens(short: &Name, long: &Name) -> bool {
    if short.prefix.is_empty() || long.prefix.is_empty() || short.rest.contains(' ') {
        return false;
    }
    let Some((acronym, noun)) = short.rest.split_once('-') else {
        return false;
    };
    if !is_acronym(acronym) {
        return false;
    }
    // The definite form shortens what the long name writes indefinite.
    let noun = noun.strip_suffix("en").unwrap_or(noun);
    let mut words = long.rest.split([' ', ',']);
    noun.chars().count() >= SHORTEST_NOUN
        && long.rest.contains(noun)
        && words.any(|w| {
            w.strip_prefix(acronym)
                .is_some_and(|tail| tail.is_empty() || tail.starts_with('-'))
        })
}

/// Fewest letters of the noun of an acronym compound compared by [`same_field`]: a
/// shorter one ("RS-ök") is found inside too many words.
const SHORTEST_NOUN: usize = 4;

/// True when the letters of `acronym` are, in order, the initials of consecutive words
/// of `topic` or of their parts after a joint "s". A stop word is passed over where it
/// spells no letter ("barn- och ungdomspsykiatrin" for "BUP"), and may spell one where
/// it does: "insatser" is a stop word for comparing names, but a field's initials take
/// it ("TSI" for "tidiga och samordnade insatser").
fn spells(acronym: &str, topic: &str) -> bool {
    let words: Vec<&str> = topic
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    (0..words.len())
        .filter(|&from| !STOPWORDS.contains(&words[from]))
        .any(|from| spelled_from(&letters, &words[from..]))
}

/// True when `letters` are spelled by the initials of `words` from the first one
/// (which must spell one), stop words spelling a letter or passed over.
fn spelled_from(letters: &[char], words: &[&str]) -> bool {
    let Some((&letter, rest)) = letters.split_first() else {
        return true;
    };
    let Some((&word, later)) = words.split_first() else {
        return false;
    };
    let stop = STOPWORDS.contains(&word);
    if word.starts_with(letter) {
        // A compound's later part: the letter right after an inner "s".
        if let Some((&next, after_joint)) = rest.split_first() {
            let joint = word
                .as_bytes()
                .windows(2)
                .skip(1)
                .any(|pair| pair[0] == b's' && char::from(pair[1]) == next);
            if joint && spelled_from(after_joint, later) {
                return true;
            }
        }
        if spelled_from(rest, later) {
            return true;
        }
    }
    stop && spelled_from(letters, later)
}

/// The contract word an acronym compound is glued to by a hyphen ("ALF-avtal"), where
/// "vtal" stands.
const CONTRACT_WORD: &str = "avtal";

/// Agreements named only by an acronym compound of the contract word ("ALF-avtalet",
/// "MU-avtalet", "IOP-avtal"), whose "vtal" stands at `vtal`: each acronym once, named
/// as first written. Asked only where the release names no agreement otherwise: beside
/// one, the compound is that agreement's short name, which its initials need not spell
/// ("ALF": avtal om läkarutbildning och forskning).
pub(super) fn bare_contract_compounds(text: &str, vtal: &[usize]) -> Vec<Agreement> {
    let mut out: Vec<Agreement> = Vec::new();
    for &at in vtal {
        // Compared as bytes: the byte before "vtal" may be inside a wide character.
        let Some(word) = at
            .checked_sub(1)
            .filter(|&w| text.as_bytes()[w..].starts_with(CONTRACT_WORD.as_bytes()))
        else {
            continue;
        };
        let Some(hyphen) = word.checked_sub(1).filter(|&h| text.as_bytes()[h] == b'-') else {
            continue;
        };
        let start = alphanumeric_run_start(text, hyphen);
        let acronym = &text[start..hyphen];
        if !is_acronym(acronym) {
            continue;
        }
        let mut end = word + CONTRACT_WORD.len();
        if text[end..].starts_with("et") {
            end += "et".len();
        }
        if char_after(text, end).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let span = Span { start, end };
        match out
            .iter_mut()
            .find(|a| a.name.split('-').next() == Some(acronym))
        {
            Some(known) => known.spans.push(span),
            None => out.push(Agreement {
                name: text[start..end].to_string(),
                spans: vec![span],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn an_acronym_compound_topic_is_the_agreement_on_its_noun_and_acronym() {
        let text = "Regionen går med i överenskommelse om HPV-vaccination\n\n\
                    Region Kalmar län ansluter sig till överenskommelsen om ersättning för \
                    vaccination av pojkar mot HPV. Mer om överenskommelsen om \
                    HPV-vaccinationen finns på webben.";
        assert_eq!(
            names(text),
            ["Överenskommelse om ersättning för vaccination av pojkar mot HPV"]
        );
        // Another noun, or an acronym the long name does not hold, is another agreement.
        let text = "Regionen tecknar en överenskommelse om TBE-vaccination. Den kompletterar \
                    överenskommelsen om ersättning för vaccination mot mässling.";
        assert_eq!(names(text).len(), 2);
        let text = "Regionen tecknar en överenskommelse om RS-screening. Den kompletterar \
                    överenskommelsen om ersättning för vaccination mot RS-virus.";
        assert_eq!(names(text).len(), 2);
    }

    #[test]
    fn an_agreement_named_only_by_its_acronym_compound() {
        assert_eq!(
            names(
                "Staten höjer ersättningen enligt LUA-avtalet med 12 miljoner kronor. \
                 LUA-avtalet gäller till 2030."
            ),
            ["LUA-avtalet"]
        );
        // Beside an agreement the release names, the compound is its short name.
        assert_eq!(
            names(
                "Region Västerbotten och Umeå universitet har tecknat ett nytt avtal om \
                 samarbete om utbildning av läkare och klinisk forskning. ALF-avtalet \
                 börjar gälla i januari."
            ),
            ["Avtal om samarbete om utbildning av läkare och klinisk forskning"]
        );
        // A lower-case or a longer run of capitals is no acronym; nor a compound.
        assert!(names("Enligt ALFRED-avtalet och hyres-avtalet gäller det.").is_empty());
        assert!(names("Enligt ALF-avtalsförslaget gäller det.").is_empty());
        // A wide character before "vtal" is read past, not split.
        assert!(names("Enligt ALF–vtal och ALFåvtalet gäller det.").is_empty());
    }

    #[test]
    fn an_acronym_compound_refers_back_to_the_agreement_it_shortens() {
        assert_eq!(
            names(
                "Regeringen och SKR har tecknat en överenskommelse om kortare köer till \
                   barn- och ungdomspsykiatrin 2015. Enligt BUP-överenskommelsen ska ingen vänta."
            ),
            ["Överenskommelse om kortare köer till barn- och ungdomspsykiatrin"]
        );
        assert_eq!(
            names(
                "Kommunerna och regionen har slutit en överenskommelse om samordnad \
                   individuell plan för äldre. SIP-överenskommelsen gäller i fyra år."
            ),
            ["Överenskommelse om samordnad individuell plan för äldre"]
        );
        // After a headline in words of its own, the acronym joins the body's name, and
        // the headline then yields to it.
        assert_eq!(
            names(
                "Staten och SKR överens om snabbare stöd i barn- och ungdomspsykiatrin\n\n\
                   Regeringen och SKR har tecknat en överenskommelse om kortare köer till \
                   barn- och ungdomspsykiatrin. Enligt BUP-överenskommelsen ska ingen vänta."
            ),
            ["Överenskommelse om kortare köer till barn- och ungdomspsykiatrin"]
        );
        // Letters that spell no part of the topic name another agreement.
        assert_eq!(
            names(
                "Regeringen och SKR har tecknat en överenskommelse om kortare köer till \
                   barn- och ungdomspsykiatrin. Även KVÅ-överenskommelsen förlängs."
            )
            .len(),
            2
        );
    }

    #[test]
    fn an_acronym_takes_the_initial_of_a_stop_word_of_the_field() {
        assert_eq!(
            names(
                "Kommunerna och regionen har antagit en överenskommelse om tidiga och \
                   samordnade insatser för äldre med demens. TSI-överenskommelsen gäller i tre år."
            ),
            ["Överenskommelse om tidiga och samordnade insatser för äldre med demens"]
        );
        // Passed over where it spells no letter, as before.
        assert_eq!(
            names(
                "Regionen har tecknat en överenskommelse om insatser för snabbare diagnos \
                   av cancer. SDC-överenskommelsen följs upp i maj."
            ),
            ["Överenskommelse om insatser för snabbare diagnos av cancer"]
        );
    }
}
