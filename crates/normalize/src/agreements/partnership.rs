//! Partnerships a municipality or region makes with an association outside procurement:
//! "ett idéburet offentligt partnerskap (IOP) om skyddat boende", "ett IOP-avtal om
//! läxhjälp". Such a partnership is a contract on a public task with mutual
//! commitments, named by its topic as an agreement is.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::needles::{Hits, Needle};
use super::phrases::topic_after;
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_after, char_before};

/// What a partnership is reported by.
const PARTNERSHIP_PREFIX: &str = "Idéburet offentligt partnerskap om ";

/// The spelled-out form, without its first letter (either case).
pub(super) const SPELLED_TAIL: &str = "déburet offentligt partnerskap";

/// The abbreviation, alone or as the first part of "IOP-avtal[et]".
pub(super) const ABBREVIATION: &str = "IOP";

/// A search built once: building one per release cost as much as the search.
static PLAIN_SEARCH: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(PLAIN_TAIL));

/// What may stand between the name and the "om" before the topic: the abbreviation in
/// brackets after the spelled-out form, or "-avtal[et]" after the abbreviation.
const BETWEEN: [&str; 4] = [" (IOP)", "-avtalet", "-avtal", ""];

/// Mentions of partnerships with a topic, added to `out`.
pub(super) fn mentions<'t>(text: &'t str, hits: &Hits, out: &mut Vec<Mention<'t>>) {
    let spelled = hits.of(Needle::PartnershipSpelled).iter().filter_map(|&i| {
        let first = char_before(text, i).filter(|c| matches!(c, 'i' | 'I'))?;
        Some((i - first.len_utf8(), i + SPELLED_TAIL.len()))
    });
    let abbreviated = hits
        .of(Needle::PartnershipAbbreviation)
        .iter()
        .map(|&i| (i, i + ABBREVIATION.len()));
    let mut found = false;
    for (start, end) in spelled.chain(abbreviated) {
        if char_before(text, start).is_some_and(char::is_alphanumeric)
            || char_before(text, start) == Some('(')
        {
            continue;
        }
        let rest = &text[end..];
        let Some(after) = BETWEEN
            .iter()
            .find(|b| rest.starts_with(*b) && rest[b.len()..].starts_with(" om "))
            .map(|b| end + b.len() + " om ".len())
            .or_else(|| partner_then_topic(text, end))
        else {
            continue;
        };
        if char_after(text, end).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some(topic) = topic_after(text, after) else {
            continue;
        };
        out.push(Mention {
            name: Name::of_kind(PARTNERSHIP_PREFIX, topic),
            span: Span {
                start,
                end: after + topic.len(),
            },
            source: Source::Phrase,
        });
        found = true;
    }
    if found {
        plain_partnerships(text, out);
    }
}

/// What a partnership named without "idéburet offentligt" is reported by.
const PLAIN_PREFIX: &str = "Partnerskap om ";

/// The plain noun with its partner, without its first letter (either case).
const PLAIN_TAIL: &str = "artnerskap med ";

/// The words before the noun in the spelled-out form, read by [`mentions`] already.
const SPELLED_HEAD: &str = "offentligt ";

/// Mentions of plain partnerships with a named partner and a topic, added to `out`, in
/// a release that has named an idéburet offentligt partnerskap: "Kommunen har sedan
/// tidigare ett liknande partnerskap med Scouterna om friluftsdagar" is another such
/// partnership, referred to by the noun alone. The partner is a capitalized name
/// ([`partner_then_topic`]); "partnerskap med kommunen om …" is no such reference. Only
/// releases that name a partnership are searched, so the search costs the rest nothing.
fn plain_partnerships<'t>(text: &'t str, out: &mut Vec<Mention<'t>>) {
    for i in PLAIN_SEARCH.find_iter(text.as_bytes()) {
        let Some(first) = char_before(text, i).filter(|c| matches!(c, 'p' | 'P')) else {
            continue;
        };
        let start = i - first.len_utf8();
        if char_before(text, start).is_some_and(char::is_alphanumeric)
            || text[..start].ends_with(SPELLED_HEAD)
        {
            continue;
        }
        let end = i + PLAIN_TAIL.len() - " med ".len();
        let named = text[i + PLAIN_TAIL.len()..].starts_with(char::is_uppercase);
        let Some(after) = partner_then_topic(text, end).filter(|_| named) else {
            continue;
        };
        let Some(topic) = topic_after(text, after) else {
            continue;
        };
        out.push(Mention {
            name: Name::of_kind(PLAIN_PREFIX, topic),
            span: Span {
                start,
                end: after + topic.len(),
            },
            source: Source::Phrase,
        });
    }
}

/// Where the topic starts when the partnership names its partner between its name and
/// the "om": "ett idéburet offentligt partnerskap med Föreningen X om läxhjälp" (from
/// `end`, the end of the name). The partner is one name of at most
/// [`LONGEST_PARTIES`](super::contracts::LONGEST_PARTIES) characters, within the
/// sentence and its clause.
fn partner_then_topic(text: &str, end: usize) -> Option<usize> {
    let partner = text.get(end..)?.strip_prefix(" med ")?;
    let window = super::contracts::parties_window(partner);
    let om = window.match_indices(" om ").next()?.0;
    if window[..om].contains(['.', '\n', ',', ';']) {
        return None;
    }
    Some(text.len() - partner.len() + om + " om ".len())
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_partnership_with_an_association_is_named_by_its_topic() {
        assert_eq!(
            names("Kommunen har tecknat ett idéburet offentligt partnerskap (IOP) om läxhjälp för nyanlända elever med Röda Korset."),
            ["Idéburet offentligt partnerskap om läxhjälp för nyanlända elever"]
        );
        assert_eq!(
            names(
                "Regionen och Stadsmissionen ingår ett IOP-avtal om hälsovård för hemlösa i Malmö."
            ),
            ["Idéburet offentligt partnerskap om hälsovård för hemlösa i Malmö"]
        );
        assert_eq!(
            names("Ett IOP om feriearbeten för unga gäller från i sommar."),
            ["Idéburet offentligt partnerskap om feriearbeten för unga"]
        );
    }

    #[test]
    fn a_partnership_without_a_topic_or_a_clause_names_none() {
        assert!(names("Med ett IOP kan vi bygga ett långsiktigt samarbete.").is_empty());
        assert!(names(
            "Nämnden vill utreda ett idéburet offentligt partnerskap om att driva boendet."
        )
        .is_empty());
        assert!(names("Projektet IOPX om läsning fortsätter.").is_empty());
    }

    #[test]
    fn a_partnership_names_its_partner_before_the_topic() {
        assert_eq!(
            names("Sundsvalls kommun har ingått ett idéburet offentligt partnerskap med Stadsmissionen Sundsvall om stöd till hemlösa."),
            ["Idéburet offentligt partnerskap om stöd till hemlösa"]
        );
        // A partner followed by a clause, not by the topic, gives no name.
        assert!(names("Kommunen har ett idéburet offentligt partnerskap med Stadsmissionen, som arbetar om vintern.").is_empty());
    }

    #[test]
    fn a_plain_partnership_with_a_named_partner_beside_an_idea_based_one() {
        assert_eq!(
            names("Vänersborgs kommun har ingått ett idéburet offentligt partnerskap om läxhjälp. Kommunen har sedan tidigare ett liknande partnerskap med Scouterna om friluftsdagar."),
            ["Idéburet offentligt partnerskap om läxhjälp", "Partnerskap om friluftsdagar"]
        );
        // Without an idéburet offentligt partnerskap, or with no named partner, none.
        assert!(names("Kommunen har ett partnerskap med Scouterna om friluftsdagar.").is_empty());
        assert_eq!(
            names("Vänersborgs kommun har ingått ett idéburet offentligt partnerskap om läxhjälp. Föreningen har ett partnerskap med kommunen om friluftsdagar."),
            ["Idéburet offentligt partnerskap om läxhjälp"]
        );
    }
}
