//! Contracts on care named by their compound and their parties, with no topic after
//! them: "Hälso- och sjukvårdsavtalet mellan Region Skåne och kommunerna",
//! "tandvårdsavtalet mellan regionen och kommunen". Care is a task regions and
//! municipalities hold by law, so such a contract between two public bodies is an
//! agreement between them, as a plain "avtal om vård" between them already is.

use super::contracts::{parties_window, public_parties};
use super::{Mention, Source};
use crate::entities::Span;
use crate::text::alphanumeric_run_start;

/// What joins the first part of a coordinated compound to the compound
/// ("Hälso- och sjukvårdsavtalet").
const COORDINATED: &str = "- och ";

/// The mention of the care contract whose "avtal" starts at `at` inside a word, added to
/// `out`: a definite compound whose part before "avtalet" (and its joint "s") ends in
/// "vård" ("sjukvårdsavtalet", "vårdavtalet"), followed by "mellan" and at least two
/// public parties before the sentence or [`super::contracts::LONGEST_PARTIES`] bytes end. Named as
/// written, a coordinated first part included.
pub(super) fn mention<'t>(text: &'t str, at: usize, out: &mut Vec<Mention<'t>>) {
    let Some(after) = text
        .get(at..)
        .and_then(|r| r.strip_prefix("avtalet mellan "))
    else {
        return;
    };
    let head = &text[..at];
    let stem = head.strip_suffix('s').unwrap_or(head);
    if !stem.ends_with("vård") {
        return;
    }
    let mut start = alphanumeric_run_start(text, at);
    if let Some(before) = text[..start].strip_suffix(COORDINATED) {
        let first = alphanumeric_run_start(before, before.len());
        if first < before.len() {
            start = first;
        }
    }
    let window = parties_window(after);
    let parties = window
        .find(['.', ';', '\n'])
        .map_or(window, |i| &window[..i]);
    if public_parties(parties).all < 2 {
        return;
    }
    let end = at + "avtalet".len();
    out.push(Mention::written(text, Span { start, end }, Source::Phrase));
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_care_contract_named_by_its_compound_between_public_bodies() {
        assert_eq!(
            names("Tandvårdsavtalet mellan Region Halland och länets kommuner gäller ett år till."),
            ["Tandvårdsavtalet"]
        );
        assert_eq!(
            names("Nu förlängs hälso- och sjukvårdsavtalet mellan regionen och de tolv kommunerna i länet."),
            ["hälso- och sjukvårdsavtalet"]
        );
        // A firm is no public party; nor is a contract on anything else care.
        assert!(names("Vårdavtalet mellan Region Halland och Capio AB sägs upp.").is_empty());
        assert!(names("Hyresavtalet mellan regionen och kommunen löper ut.").is_empty());
    }
}
