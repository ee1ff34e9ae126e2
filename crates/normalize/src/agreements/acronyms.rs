//! An agreement named again by an acronym compound ("BUP-överenskommelsen" after "en
//! överenskommelse om tillgänglighet inom barn- och ungdomspsykiatrin"): a release
//! shortens a long name to the initials of its field, glued to the agreement word, or
//! names it by a topic of the field's acronym glued to a noun ("om RS-vaccination").

use super::keys::STOPWORDS;
use super::Name;

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
    let letters = acronym.chars().count();
    definite
        && (2..=LONGEST_ACRONYM).contains(&letters)
        && acronym.chars().all(char::is_uppercase)
        && spells(acronym, entry.rest)
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
    let letters = acronym.chars().count();
    if !(2..=LONGEST_ACRONYM).contains(&letters) || !acronym.chars().all(char::is_uppercase) {
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
