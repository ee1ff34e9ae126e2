//! A list row labelled with a body that carries its county's name last: "Coompanion
//! Sörmland: 400 000 kr", "Studieförbundet Vuxenskolan Västmanland   600 tkr",
//! "- Hushållningssällskapet Gotland – 1,2 mnkr". The row is the body's; the county in its
//! name receives nothing. A row labelled with the county or its own bodies ("Sörmland:",
//! "Region Sörmland:", "Landstinget Västmanland", "Länsstyrelsen Gotland") still ties.

use super::{BULLETS, REGION_BODY_WORDS};
use crate::regions::RegionMention;

/// Most capitalized words before the county in such a label.
const LONGEST_NAME_BEFORE: usize = 3;

/// The county board's word, which names the state's body of the county: its row is the
/// county's, as a region's own body's is.
const COUNTY_BOARD: &str = "Länsstyrelse";

/// True when the mention `m` ends a row label whose first one to three words, set on the
/// line's start (after a bullet or not), are capitalized and name no body of the region
/// itself. Called only where the gap to the sum is a list row's (a colon, a dash or
/// spaces), so a sentence opening "Även Gotland får …" is never read here.
pub(super) fn names_another_body(text: &str, m: &RegionMention) -> bool {
    let Some(before) = text.get(..m.span.start) else {
        return false;
    };
    let mut label = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    if let Some(rest) = BULLETS.iter().find_map(|b| label.strip_prefix(b)) {
        label = rest;
    }
    let Some(name) = label.strip_suffix(' ') else {
        return false;
    };
    let mut words = 0;
    for word in name.split(' ') {
        words += 1;
        let capitalized = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-');
        let own_body =
            word.starts_with(COUNTY_BOARD) || REGION_BODY_WORDS.iter().any(|w| word.contains(w));
        if !capitalized || own_body || words > LONGEST_NAME_BEFORE {
            return false;
        }
    }
    words > 0
}
