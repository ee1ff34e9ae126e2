//! Agencies outside the alias list, known by the form of their names: one capitalized
//! word ending in "-verket", "-myndigheten", "-styrelsen", "-inspektionen" …
//! ("Skolverket", "Polismyndigheten", "Arbetsförmedlingen"), also in the genitive.

/// Endings of Swedish agency names. "-rådet" is left out: "Statsrådet" is a minister.
const AGENCY_ENDINGS: &[&str] = &[
    "verket",
    "myndigheten",
    "styrelsen",
    "inspektionen",
    "kollegiet",
    "kassan",
    "förmedlingen",
    "nämnden",
    "ämbetet",
    "revisionen",
    "ombudsmannen",
    "institutet",
];

/// Bytes a name needs before its ending ("Skol" in "Skolverket"), so that "Verket" or
/// "Myndigheten" opening a sentence is not taken for a name.
const MIN_STEM_BYTES: usize = 3;

/// The agency name starting at the capital letter at byte `start`: its end without a
/// genitive "s", and its end with it. `None` unless a whole capitalized word stands there
/// with an agency ending.
pub(super) fn agency_at(text: &str, start: usize) -> Option<(usize, usize)> {
    let rest = text.get(start..)?;
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut word_end = rest.len();
    let mut previous_hyphen = false;
    for (i, c) in chars {
        let part_of_word = c.is_lowercase() || (c == '-' && !previous_hyphen);
        if !part_of_word {
            if c.is_alphanumeric() || previous_hyphen {
                // An upper-case letter or digit inside: an acronym or a code, not a name.
                return None;
            }
            word_end = i;
            break;
        }
        previous_hyphen = c == '-';
    }
    let word = rest.get(..word_end)?;
    let name = match word.strip_suffix('s') {
        Some(stem) if has_agency_ending(stem) => stem,
        _ if has_agency_ending(word) => word,
        _ => return None,
    };
    Some((start + name.len(), start + word.len()))
}

fn has_agency_ending(name: &str) -> bool {
    AGENCY_ENDINGS
        .iter()
        .any(|ending| name.len() >= ending.len() + MIN_STEM_BYTES && name.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<&str> {
        agency_at(text, 0).map(|(end, _)| &text[..end])
    }

    #[test]
    fn agencies_by_their_endings() {
        assert_eq!(name("Skolverket har"), Some("Skolverket"));
        assert_eq!(name("Polismyndighetens rapport"), Some("Polismyndigheten"));
        assert_eq!(name("Arbetsförmedlingen."), Some("Arbetsförmedlingen"));
        assert_eq!(name("Åklagarmyndigheten"), Some("Åklagarmyndigheten"));
    }

    #[test]
    fn other_words_are_not_agencies() {
        for text in [
            "Verket",
            "Myndigheten har",
            "Statsrådet",
            "skolverket",
            "SKOLVERKET",
            "Skolverket2",
            "Regionen",
            "Kassan",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
    }
}
