//! Organizations: the government, parliament, national agencies and the associations
//! press releases name, with abbreviations resolved (SKR, SKL, IVO, TLV …).

use std::ops::Range;
use std::sync::LazyLock;

use crate::entities::Span;
use crate::gazetteer::Gazetteer;
use crate::text::{char_after, char_before, is_word_char};

/// Alias and canonical name. Agencies also match with a genitive "s"
/// ("Socialstyrelsens"); the government and parliament only in their definite form,
/// since "regeringens hemsida" and "riksdagens budgetbehandling" name no actor.
const ORGANIZATIONS: &[(&str, &str)] = &[
    (
        "Sveriges Kommuner och Regioner",
        "Sveriges Kommuner och Regioner",
    ),
    ("SKR", "Sveriges Kommuner och Regioner"),
    (
        "Sveriges Kommuner och Landsting",
        "Sveriges Kommuner och Landsting",
    ),
    ("SKL", "Sveriges Kommuner och Landsting"),
    ("Regeringen", "Regeringen"),
    ("regeringen", "Regeringen"),
    ("Riksdagen", "Riksdagen"),
    ("riksdagen", "Riksdagen"),
    ("Regeringskansliet", "Regeringskansliet"),
    ("Socialstyrelsen", "Socialstyrelsen"),
    ("Kammarkollegiet", "Kammarkollegiet"),
    ("Folkhälsomyndigheten", "Folkhälsomyndigheten"),
    ("Försäkringskassan", "Försäkringskassan"),
    ("Läkemedelsverket", "Läkemedelsverket"),
    (
        "Inspektionen för vård och omsorg",
        "Inspektionen för vård och omsorg",
    ),
    ("IVO", "Inspektionen för vård och omsorg"),
    (
        "Myndigheten för vård- och omsorgsanalys",
        "Myndigheten för vård- och omsorgsanalys",
    ),
    ("Vårdanalys", "Myndigheten för vård- och omsorgsanalys"),
    ("E-hälsomyndigheten", "E-hälsomyndigheten"),
    (
        "Statens beredning för medicinsk och social utvärdering",
        "Statens beredning för medicinsk och social utvärdering",
    ),
    (
        "SBU",
        "Statens beredning för medicinsk och social utvärdering",
    ),
    (
        "Tandvårds- och läkemedelsförmånsverket",
        "Tandvårds- och läkemedelsförmånsverket",
    ),
    ("TLV", "Tandvårds- och läkemedelsförmånsverket"),
    ("Ekonomistyrningsverket", "Ekonomistyrningsverket"),
    ("ESV", "Ekonomistyrningsverket"),
    ("Statskontoret", "Statskontoret"),
    ("Riksrevisionen", "Riksrevisionen"),
    ("Arbetsförmedlingen", "Arbetsförmedlingen"),
    ("Migrationsverket", "Migrationsverket"),
    ("Polismyndigheten", "Polismyndigheten"),
    ("Kriminalvården", "Kriminalvården"),
    ("Skolverket", "Skolverket"),
    ("Skatteverket", "Skatteverket"),
    ("Boverket", "Boverket"),
    ("Trafikverket", "Trafikverket"),
    ("Energimyndigheten", "Energimyndigheten"),
    ("Naturvårdsverket", "Naturvårdsverket"),
    ("Tillväxtverket", "Tillväxtverket"),
    ("Pensionsmyndigheten", "Pensionsmyndigheten"),
    (
        "Myndigheten för samhällsskydd och beredskap",
        "Myndigheten för samhällsskydd och beredskap",
    ),
    ("MSB", "Myndigheten för samhällsskydd och beredskap"),
    (
        "Statens institutionsstyrelse",
        "Statens institutionsstyrelse",
    ),
    ("Vetenskapsrådet", "Vetenskapsrådet"),
    ("Vinnova", "Vinnova"),
    ("Forte", "Forte"),
    ("Livsmedelsverket", "Livsmedelsverket"),
    ("Jordbruksverket", "Jordbruksverket"),
    ("Finansinspektionen", "Finansinspektionen"),
    ("Konkurrensverket", "Konkurrensverket"),
    ("Riksbanken", "Riksbanken"),
    ("Statistiska centralbyrån", "Statistiska centralbyrån"),
    ("SCB", "Statistiska centralbyrån"),
    ("Sveriges läkarförbund", "Sveriges läkarförbund"),
    ("Läkarförbundet", "Sveriges läkarförbund"),
    ("Vårdförbundet", "Vårdförbundet"),
    ("Världshälsoorganisationen", "Världshälsoorganisationen"),
    ("WHO", "Världshälsoorganisationen"),
    ("Europeiska kommissionen", "Europeiska kommissionen"),
    ("EU-kommissionen", "Europeiska kommissionen"),
    ("Karolinska institutet", "Karolinska institutet"),
];

/// Canonical names that must not take a genitive "s".
const DEFINITE_ONLY: &[&str] = &["Regeringen", "Riksdagen"];

static ALIASES: LazyLock<Gazetteer<&'static str>> =
    LazyLock::new(|| Gazetteer::new(ORGANIZATIONS.iter().copied()));

/// An organization named in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OrgMention<'t> {
    /// Canonical name: from the alias list, or an agency's name as the text writes it.
    pub canonical: &'t str,
    /// Where the alias stands.
    pub span: Span,
}

/// Organization mentions outside the `skip` ranges, in order; `capitals` comes from
/// [`crate::gazetteer::capitals`]. Names inside an e-mail address or web address
/// ("…@regeringskansliet.se") do not count.
///
/// The longest alias at the leftmost place counts if it stands as a word; either way the
/// search goes on after it ("SKRIVA" hides nothing).
///
/// Agencies outside the list count by the form of their names ([`agencies`]) where no
/// alias stands.
pub(crate) fn find<'t>(
    text: &'t str,
    capitals: &[usize],
    skip: &[Range<usize>],
) -> Vec<OrgMention<'t>> {
    let aliases = &*ALIASES;
    let mut out = Vec::new();
    // Where the alias search has been: agencies are looked for only outside it.
    let mut searched: Vec<Range<usize>> = Vec::new();
    let mut pos = 0;
    for start in aliases.candidates(text, capitals) {
        if start < pos {
            continue;
        }
        let Some((end, canonical)) = aliases.longest_at(text, start) else {
            continue;
        };
        pos = end;
        searched.push(start..end);
        let genitive = !DEFINITE_ONLY.contains(&canonical) && char_after(text, end) == Some('s');
        let word_end = if genitive { end + 1 } else { end };
        let free = !char_before(text, start).is_some_and(is_word_char)
            && !char_after(text, word_end).is_some_and(is_word_char);
        if free && !in_address(text, start, word_end) && !skip.iter().any(|r| r.contains(&start)) {
            out.push(OrgMention {
                canonical,
                span: Span { start, end },
            });
        }
    }
    let before_agencies = out.len();
    let starts = agencies::name_starts(text, capitals);
    // Both lists are in text order, so one pass over `searched` serves every start.
    let mut searched = searched.iter().peekable();
    for start in starts {
        while searched.next_if(|r| r.end <= start).is_some() {}
        if searched.peek().is_some_and(|r| r.start <= start)
            || char_before(text, start).is_some_and(is_word_char)
        {
            continue;
        }
        let Some((end, word_end)) = agencies::agency_at(text, start) else {
            continue;
        };
        if !in_address(text, start, word_end) && !skip.iter().any(|r| r.contains(&start)) {
            out.push(OrgMention {
                canonical: &text[start..end],
                span: Span { start, end },
            });
        }
    }
    if out.len() > before_agencies {
        out.sort_by_key(|m| m.span.start);
    }
    out
}

/// True when the white-space-delimited word around `start..end` is an address.
fn in_address(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let after = text[end..].split(char::is_whitespace).next().unwrap_or("");
    let word_tail = after.trim_end_matches(|c: char| !c.is_alphanumeric());
    before.contains('@')
        || before.contains("://")
        || before.starts_with("www.")
        || word_tail.starts_with(".se")
        || word_tail.starts_with(".com")
        || word_tail.starts_with(".nu")
}

mod agencies;

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let capitals = crate::gazetteer::capitals(text);
        find(text, &capitals, &[])
            .iter()
            .map(|m| m.canonical)
            .collect()
    }

    #[test]
    fn abbreviations_are_resolved() {
        assert_eq!(
            names("SKR:s ordförande"),
            ["Sveriges Kommuner och Regioner"]
        );
        assert_eq!(
            names("med SKL och Socialstyrelsen"),
            ["Sveriges Kommuner och Landsting", "Socialstyrelsen"]
        );
        assert_eq!(names("Sveriges Kommuner och Regioner (SKR)").len(), 2);
    }

    #[test]
    fn government_counts_in_definite_form_only() {
        assert_eq!(names("Regeringen beslutade"), ["Regeringen"]);
        assert!(names("på regeringens hemsida och riksdagens beslut").is_empty());
        assert_eq!(names("Socialstyrelsens rapport"), ["Socialstyrelsen"]);
    }

    #[test]
    fn agencies_outside_the_list() {
        assert_eq!(
            names("Skolverket och Socialstyrelsen ger Trafikverkets stöd"),
            ["Skolverket", "Socialstyrelsen", "Trafikverket"]
        );
        assert!(names("info@skolverket.se och www.Skolverket.se").is_empty());
    }

    #[test]
    fn addresses_are_not_organizations() {
        assert!(names("karin.boman@regeringskansliet.se").is_empty());
        assert!(names("SKRIVA och ESVERIGE").is_empty());
        assert_eq!(names("Källa Regeringskansliet"), ["Regeringskansliet"]);
    }
}
