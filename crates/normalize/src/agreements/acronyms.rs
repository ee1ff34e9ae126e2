//! An agreement named again by an acronym compound ("BUP-överenskommelsen" after "en
//! överenskommelse om tillgänglighet inom barn- och ungdomspsykiatrin"): a release
//! shortens a long name to the initials of its field, glued to the agreement word.

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

/// True when the letters of `acronym` are, in order, the initials of consecutive content
/// words of `topic` or of their parts after a joint "s".
fn spells(acronym: &str, topic: &str) -> bool {
    let words: Vec<&str> = topic
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect();
    (0..words.len()).any(|from| spelled_from(acronym, &words[from..]))
}

fn spelled_from(acronym: &str, words: &[&str]) -> bool {
    let mut letters = acronym.chars().flat_map(char::to_lowercase).peekable();
    for word in words {
        let Some(letter) = letters.next() else {
            return true;
        };
        if !word.starts_with(letter) {
            return false;
        }
        // A compound's later part: the letter right after an inner "s".
        if let Some(&next) = letters.peek() {
            let joint = word
                .as_bytes()
                .windows(2)
                .skip(1)
                .any(|pair| pair[0] == b's' && char::from(pair[1]) == next);
            if joint {
                letters.next();
            }
        }
    }
    letters.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

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
}
