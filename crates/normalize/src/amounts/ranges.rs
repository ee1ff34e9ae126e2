//! A range whose two ends carry units of their own: "mellan 150 tkr och 1,6 mnkr",
//! "mellan 500 000 kronor och 2 miljoner kronor". The range with one unit after both ends
//! ("mellan 200 000 och 900 000 kronor") is read as one sum where its number is read;
//! here the second end, found as a sum of its own, closes the first.

use super::Amount;

/// The word that opens a range before its low end.
const RANGE_OPENER: &str = "mellan";

/// The word that joins a range's low end to its high one.
const RANGE_JOINER: &str = " och ";

/// True when `next` is the high end of a range opened by `prev`: "mellan" right before
/// `prev`, only " och " between the two, no high end on `prev` yet, and `next` no
/// smaller. Reads only the few bytes around two sums already found.
pub(super) fn closes_range(text: &str, prev: &Amount, next: &Amount) -> bool {
    if prev.sek_max.is_some() || next.sek < prev.sek {
        return false;
    }
    let (Some(between), Some(before)) = (
        text.get(prev.span.end..next.span.start),
        text.get(..prev.span.start),
    ) else {
        return false;
    };
    let Some(word) = before.strip_suffix(' ') else {
        return false;
    };
    between == RANGE_JOINER
        && word.len() >= RANGE_OPENER.len()
        && word
            .get(word.len() - RANGE_OPENER.len()..)
            .is_some_and(|w| w.eq_ignore_ascii_case(RANGE_OPENER))
        && word[..word.len() - RANGE_OPENER.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}
