//! Bodies named by their county's genitive and a lower-case noun of their kind
//! ("Västmanlands läns museum", "Kalmar läns hemslöjdsförening", "Dalarnas museum",
//! "Jönköpings läns sparbank"): the county museums, crafts and education associations and
//! foundations that regions and county boards fund. The regions module reads them where
//! it meets the county's name ([`crate::regions::find`]): the name is the body's, no
//! mention of the region.

use super::patterns::COUNTY_GENITIVE;
use super::COMPANY_FORM;
use crate::text::{char_after, is_word_char};

/// What follows a county's name in the genitive before the noun: "län" then "s ".
const GENITIVE_TAIL: &str = "s ";

/// Endings of the nouns that name such a body ("konstmuseum", "hembygdsförbund").
/// "landsting" is not among them: the county council is the region itself; nor is
/// "trafik", which names a service as often as a company.
const KIND_ENDINGS: [&str; 6] = [
    "museum",
    "förening",
    "förbund",
    "stiftelse",
    "sällskap",
    "sparbank",
];

/// Where the name of a body ends when the county mention `mention`, ending at `end`, is
/// its genitive and the noun of its kind follows: the mention may hold "län" ("Kalmar
/// län" + "s museum") or "läns", or name the county alone ("Dalarna" + "s museum",
/// "Västmanland" + "s läns museum").
pub(crate) fn end_after(text: &str, mention: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let noun_start = if mention.ends_with("län") {
        rest.strip_prefix(GENITIVE_TAIL)
            .map(|_| end + GENITIVE_TAIL.len())?
    } else if mention.ends_with("läns") {
        rest.strip_prefix(' ').map(|_| end + 1)?
    } else {
        let after_genitive = rest.strip_prefix('s')?;
        match after_genitive.strip_prefix(COUNTY_GENITIVE) {
            Some(_) => end + 1 + COUNTY_GENITIVE.len(),
            None => after_genitive.strip_prefix(' ').map(|_| end + 2)?,
        }
    };
    let noun_end = text[noun_start..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |i| noun_start + i);
    let noun = &text[noun_start..noun_end];
    if !noun.starts_with(char::is_lowercase) {
        return None;
    }
    if KIND_ENDINGS.iter().any(|ending| noun.ends_with(ending)) {
        return Some(noun_end);
    }
    // "Västernorrlands läns trafik AB": any noun the company's form closes.
    let form_end = noun_end + COMPANY_FORM.len();
    let company = text[noun_end..].starts_with(COMPANY_FORM)
        && !char_after(text, form_end).is_some_and(is_word_char);
    company.then_some(form_end)
}

#[cfg(test)]
mod tests {
    use crate::entities::Span;

    fn bodies(text: &str) -> Vec<&str> {
        let capitals = crate::gazetteer::capitals(text);
        let found = crate::regions::find(text, &capitals, &[]);
        found
            .county_bodies
            .iter()
            .map(|s: &Span| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_county_body_named_by_the_county_and_its_kind() {
        assert_eq!(
            bodies("Medel går till Hallands läns museum, Örebro läns hemslöjdsförening, Jämtlands läns bildningsförbund och Dalarnas konstmuseum."),
            [
                "Hallands läns museum",
                "Örebro läns hemslöjdsförening",
                "Jämtlands läns bildningsförbund",
                "Dalarnas konstmuseum"
            ]
        );
        assert_eq!(
            bodies("Trafiken körs av Jämtlands läns trafik AB."),
            ["Jämtlands läns trafik AB"]
        );
    }

    #[test]
    fn the_county_council_other_nouns_and_the_county_alone_name_no_body() {
        assert!(bodies(
            "Hallands läns landsting beslutar. Örebro läns kommuner får mer. Jämtlands län växer. Dalarnas Museum."
        )
        .is_empty());
    }
}
