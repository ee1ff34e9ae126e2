//! A county's name as the last word of an organization's name after its acronym.

/// Fewest capitals an acronym has: one capital alone is a sentence's first word
/// ("I Skåne", "Å andra sidan") more often than a name.
const MIN_ACRONYM_CAPITALS: usize = 2;

/// What may stand right before an acronym: a space or an opening bracket or quote.
const BEFORE_ACRONYM: &[u8] = b" \t\n(\"'/";

/// True when the county name starting at `start` follows, after one space, a word of
/// ASCII capitals, perhaps with digits and hyphens ("ABF Västerbotten", "RF-SISU
/// Skåne", "LRF Halland", "IT Norrbotten"): associations, unions and companies name
/// their district branch or regional company by the acronym and the county, and such a
/// name is the body's, no mention of the region (as the county inside "Norrbottens
/// Idrottsförbund" is none). A sum given to the body is then not tied to the region
/// either.
///
/// Only the mentions already found are tested, by bytes and looking back over one word;
/// most fail at the first byte (a lower-case word before the name).
pub(crate) fn follows_acronym(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(end) = start
        .checked_sub(1)
        .filter(|&e| bytes.get(e) == Some(&b' '))
    else {
        return false;
    };
    let mut at = end;
    let mut capitals = 0;
    while let Some(&b) = at.checked_sub(1).and_then(|i| bytes.get(i)) {
        if b.is_ascii_uppercase() {
            capitals += 1;
        } else if !(b.is_ascii_digit() || b == b'-') {
            break;
        }
        at -= 1;
    }
    let starts_clean = at == 0
        || bytes
            .get(at - 1)
            .is_some_and(|b| BEFORE_ACRONYM.contains(b));
    let word = &bytes[at..end];
    (MIN_ACRONYM_CAPITALS..=MAX_ACRONYM_CAPITALS).contains(&capitals)
        && !REGION_WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
        && bytes.get(at).is_some_and(u8::is_ascii_uppercase)
        && starts_clean
}

/// Most capitals of an acronym ("RF-SISU" has six): a longer word in capitals is a word
/// set in capitals ("LANDSTINGET DALARNA" in a letterhead).
const MAX_ACRONYM_CAPITALS: usize = 7;

/// A region's own word set in capitals before its county ("REGION SKÅNE"): the region,
/// no acronym.
const REGION_WORDS: [&str; 1] = ["REGION"];
