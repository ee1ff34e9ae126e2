//! A grant to a region named as the subject of a verb of size or change: "De generella
//! statsbidragen till Region X ökar med 41 miljoner kronor", "Statsbidragen till
//! landstinget ökar med 31 miljoner kronor", "Det statliga stödet till regionen beräknas
//! till 1,2 miljarder kronor". [`super::forms::money_to_region`] reads the bare noun
//! opening its sentence and a verb of size; this reads the noun after its article and an
//! adjective, the verbs of change, and the region named again by its common noun.

use super::forms::{only_region_before, THE_REGION_AGAIN};
use super::SHARE_VERBS;
use crate::entities::Amount;
use crate::regions::RegionMention;
use crate::text::sentence_start;

/// Verb phrases that change a sum the region receives: "Statsbidragen till Region X ökar
/// med 41 miljoner kronor" says the region gets that much more (or less).
const CHANGE_VERBS: &[&[&str]] = &[
    &["ökar", "med"],
    &["minskar", "med"],
    &["höjs", "med"],
    &["sänks", "med"],
];

/// The articles that may open a definite noun phrase before its adjective: "De
/// generella statsbidragen", "Det riktade stödet", "Den statliga ersättningen".
const ARTICLES: &[&str] = &["de", "det", "den"];

/// Most words between the article and the noun ("De generella statsbidragen").
const MAX_ADJECTIVES: usize = 1;

/// The region of "<noun> till <region> <verb of size or change> <sum>", the noun phrase
/// opening its sentence: the bare definite noun or the noun after an article and at
/// most [`MAX_ADJECTIVES`] adjectives. The region is a mention right before the verb, or
/// "regionen"/"landstinget" standing for the only region the text named before. Only
/// "till": money "för" a region may be its own costs.
pub(super) fn grant_to_region(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let head = text.get(..amount.span.start)?;
    // The verb right before the sum; most sums stop here.
    let receiver_end = SHARE_VERBS
        .iter()
        .chain(CHANGE_VERBS)
        .find_map(|phrase| strip_phrase(head, phrase))?;
    let receiver = &head[..receiver_end];
    let (region, receiver_start) = match mentions.iter().rev().find(|m| m.span.end <= receiver_end)
    {
        Some(m) if m.span.end == receiver_end => (m.canonical, m.span.start),
        _ => {
            let start = THE_REGION_AGAIN.iter().find_map(|noun| {
                let before = receiver.strip_suffix(noun)?;
                before.ends_with(' ').then_some(before.len())
            })?;
            (only_region_before(start, mentions)?, start)
        }
    };
    let before_till = head.get(..receiver_start)?.strip_suffix(" till ")?;
    let noun_start = before_till.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let noun = &before_till[noun_start..];
    let definite = noun.ends_with("et") || noun.ends_with("en") || noun.ends_with("na");
    if !definite || !noun.chars().all(char::is_alphabetic) {
        return None;
    }
    let start = sentence_start(text, noun_start);
    let mut opening = text.get(start..noun_start)?.split_whitespace();
    let opens = match opening.next() {
        None => true,
        Some(article) => {
            ARTICLES.iter().any(|a| article.eq_ignore_ascii_case(a)) && {
                let mut adjectives = 0;
                opening.all(|w| {
                    adjectives += 1;
                    adjectives <= MAX_ADJECTIVES && w.chars().all(char::is_alphabetic)
                })
            }
        }
    };
    opens.then_some(region)
}

/// Where the words before " <phrase> " end, when `head` (the text before a sum) ends
/// with the phrase, each word whole.
fn strip_phrase(head: &str, phrase: &[&str]) -> Option<usize> {
    let mut rest = head.strip_suffix(' ')?;
    for word in phrase.iter().rev() {
        rest = rest.strip_suffix(word)?.strip_suffix(' ')?;
    }
    Some(rest.len())
}

#[cfg(test)]
mod tests {
    use super::super::tests::regions;

    #[test]
    fn a_grant_to_a_region_after_its_article_and_adjective() {
        assert_eq!(
            regions(
                "De riktade bidragen till Region Dalarna ökar med 12 miljoner kronor nästa år."
            ),
            [Some("Dalarna".to_string())]
        );
        assert_eq!(
            regions(
                "Den statliga ersättningen till Region Halland beräknas till 9 miljoner kronor."
            ),
            [Some("Halland".to_string())]
        );
    }

    #[test]
    fn a_grant_to_the_region_named_again() {
        assert_eq!(
            regions(
                "Region Värmland har antagit sin plan. Bidraget till regionen minskar med \
                 4 miljoner kronor i år."
            ),
            [Some("Värmland".to_string())]
        );
        // After two regions "regionen" says not which.
        assert_eq!(
            regions(
                "Region Skåne och Region Halland samarbetar. Stödet till regionen ökar med \
                 3 miljoner kronor."
            ),
            [None]
        );
    }

    #[test]
    fn costs_and_other_openings_leave_the_sum_untied() {
        // Money "för" a region may be its own costs.
        assert_eq!(
            regions("Kostnaderna för Region Dalarna ökar med 30 miljoner kronor."),
            [None]
        );
        // A noun phrase that does not open its sentence.
        assert_eq!(
            regions(
                "I budgeten står att avgifterna till Region Dalarna ökar med 2 miljoner kronor."
            ),
            [None]
        );
    }
}
