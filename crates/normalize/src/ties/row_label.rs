//! A list row labelled with a body that carries its county's name last: "Coompanion
//! Sörmland: 400 000 kr", "Studieförbundet Vuxenskolan Västmanland   600 tkr",
//! "- Hushållningssällskapet Gotland – 1,2 mnkr". The row is the body's; the county in its
//! name receives nothing. A row labelled with the county or its own bodies ("Sörmland:",
//! "Region Sörmland:", "Landstinget Västmanland", "Länsstyrelsen Gotland") still ties.
//! Nor does such a label name its county as a region of the release
//! ([`is_branch_row_label`]).

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

/// True when the county of mention `m` closes another body's name inside a sentence
/// ("… och Studiefrämjandet Uppsala län 1,3 mnkr", "… till Brottsofferjouren Uppsala län,
/// som får …"): the word right before it is capitalized, names no body of the region
/// itself, and stands after a lower-case word or a comma, where a capital marks a name. A
/// sentence's first word ("Även Gotland får") is left to the other rules.
pub(super) fn ends_another_bodys_name(text: &str, m: &RegionMention) -> bool {
    let Some(head) = text.get(..m.span.start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word_start = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let word = &head[word_start..];
    let capitalized = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-');
    let own_body =
        word.starts_with(COUNTY_BOARD) || REGION_BODY_WORDS.iter().any(|w| word.contains(w));
    let in_sentence = head[..word_start]
        .strip_suffix(' ')
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_lowercase() || c == ',');
    capitalized && !own_body && in_sentence
}

/// Most bytes from a row's start to the county in a label [`names_another_body`] reads: a
/// bullet and three words of a name.
const LONGEST_LABEL_BEFORE: usize = 96;

/// True when the mention `m` ends a list row's label that [`names_another_body`] reads as
/// another body's, the sum right after it ("Friluftsfrämjandet Dalarna: 300 000 kr",
/// "Sensus Studieförbund Gotland   80 tkr"): the county is part of a branch's name there,
/// no mention of the region (a release may name it elsewhere). The bytes after the
/// mention and a line start close before it are tested first, so a name in prose costs
/// no look back over its paragraph.
pub(crate) fn is_branch_row_label(text: &str, m: &RegionMention) -> bool {
    let after = text.get(m.span.end..).unwrap_or_default();
    let rest = after.strip_prefix(':').unwrap_or(after);
    let sum = rest.trim_start_matches([' ', '\t']);
    if sum.len() == rest.len() || !sum.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let from = m.span.start.saturating_sub(LONGEST_LABEL_BEFORE);
    let near_line_start = from == 0
        || text
            .as_bytes()
            .get(from..m.span.start)
            .is_some_and(|head| memchr::memrchr(b'\n', head).is_some());
    near_line_start && names_another_body(text, m)
}
