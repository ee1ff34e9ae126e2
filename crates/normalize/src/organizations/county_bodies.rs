//! Bodies named by their county's genitive and a lower-case noun of their kind
//! ("Västmanlands läns museum", "Kalmar läns hemslöjdsförening", "Jönköpings läns
//! sparbank"): the county museums, crafts and education associations and foundations
//! that regions and county boards fund. Read after the county's name, which the regions
//! module has found already, so no search of their own runs over the text.

use super::patterns::COUNTY_GENITIVE;
use crate::entities::Span;

/// What follows a county's name in the genitive before the noun: "län" then "s ".
const GENITIVE_TAIL: &str = "s ";

/// Endings of the nouns that name such a body. "landsting" is not among them: the county
/// council is the region itself, and "trafik" names a company as often as a service.
const KIND_ENDINGS: [&str; 6] = [
    "museum",
    "förening",
    "förbund",
    "stiftelse",
    "sällskap",
    "sparbank",
];

/// The bodies named after the county mentions at `region_spans` (in any order), as
/// written, each with its span from the county's name to the noun's end.
pub(super) fn find(text: &str, region_spans: &[Span]) -> Vec<(String, Span)> {
    region_spans
        .iter()
        .filter_map(|span| {
            let noun_start = noun_start(text, span)?;
            let noun_end = text[noun_start..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(text.len(), |i| noun_start + i);
            let noun = &text[noun_start..noun_end];
            let kind = noun.starts_with(char::is_lowercase)
                && KIND_ENDINGS.iter().any(|ending| noun.ends_with(ending));
            kind.then(|| {
                let found = Span {
                    start: span.start,
                    end: noun_end,
                };
                (text[found.start..found.end].to_string(), found)
            })
        })
        .collect()
}

/// Where the noun after a county named in the genitive at `span` starts: the mention
/// may hold "län" ("Kalmar län" + "s ") or "läns" itself, or name the county alone
/// ("Västmanland" + "s läns ").
fn noun_start(text: &str, span: &Span) -> Option<usize> {
    let mention = &text[span.start..span.end];
    let rest = &text[span.end..];
    if mention.ends_with("län") {
        rest.strip_prefix(GENITIVE_TAIL)
            .map(|_| span.end + GENITIVE_TAIL.len())
    } else if mention.ends_with("läns") {
        rest.strip_prefix(' ').map(|_| span.end + 1)
    } else {
        let after_genitive = rest.strip_prefix('s').unwrap_or(rest);
        let skipped = rest.len() - after_genitive.len();
        after_genitive
            .strip_prefix(COUNTY_GENITIVE)
            .map(|_| span.end + skipped + COUNTY_GENITIVE.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<String> {
        let capitals = crate::gazetteer::capitals(text);
        let spans: Vec<Span> = crate::regions::find(text, &capitals, &[])
            .iter()
            .map(|m| m.span)
            .collect();
        find(text, &spans)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn a_county_body_named_by_the_county_and_its_kind() {
        assert_eq!(
            bodies("Medel går till Hallands läns museum, Örebro läns hemslöjdsförening och Jämtlands läns bildningsförbund."),
            [
                "Hallands läns museum",
                "Örebro läns hemslöjdsförening",
                "Jämtlands läns bildningsförbund"
            ]
        );
    }

    #[test]
    fn the_county_council_other_nouns_and_the_county_alone_name_no_body() {
        assert!(bodies(
            "Hallands läns landsting beslutar. Örebro läns kommuner får mer. Jämtlands län växer."
        )
        .is_empty());
    }
}
