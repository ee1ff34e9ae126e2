//! The United Nations' organs named by its genitive: "FN:s utvecklingsprogram", "FN:s
//! klimatpanel", "FN:s säkerhetsråd". Swedish names most of them so, and the organ, not
//! the United Nations at large, is the body the release speaks of.

use super::patterns::AND;

/// The canonical name of the United Nations in `data/bodies.txt`, whose short name "FN"
/// the organs' names open.
const UNITED_NATIONS: &str = "Förenta nationerna";

/// What follows the short name before the organ's noun.
const GENITIVE: &str = ":s ";

/// Endings of the compounds that name an organ ("utvecklingsprogram", "barnfond",
/// "flyktingorgan", "säkerhetsråd", "generalförsamling"), not a thing the United Nations
/// wrote or holds ("barnkonvention", "klimatmöte").
const ORGAN_ENDINGS: &[&str] = &[
    "program",
    "panel",
    "fond",
    "organ",
    "råd",
    "kommission",
    "kontor",
    "organisation",
    "byrå",
    "församling",
];

/// Fewest bytes before an organ's ending: the organ is a compound ("miljöprogram");
/// the bare noun ("FN:s program") is any programme.
const SHORTEST_STEM: usize = 3;

/// The end of "FN:s" and an organ's noun, when the listed name `canonical` ending at
/// `end` is the United Nations and the organ's compound of [`ORGAN_ENDINGS`] follows
/// its genitive.
pub(super) fn organ_end(text: &str, canonical: &str, end: usize) -> Option<usize> {
    if canonical != UNITED_NATIONS {
        return None;
    }
    let start = end + text[end..].strip_prefix(GENITIVE).map(|_| GENITIVE.len())?;
    let mut word_end = compound_end(text, start);
    // "FN:s livsmedels- och jordbruksorganisation": a first part cut short with a hyphen
    // and "och" before the compound that names the organ.
    if text[..word_end].ends_with('-') {
        let second = word_end + text[word_end..].strip_prefix(AND).map(|_| AND.len())?;
        word_end = compound_end(text, second);
        return is_organ(&text[second..word_end]).then_some(word_end);
    }
    is_organ(&text[start..word_end]).then_some(word_end)
}

/// The end of the word of letters and hyphens that starts at `start`.
fn compound_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    start
        + rest
            .find(|c: char| !c.is_alphabetic() && c != '-')
            .unwrap_or(rest.len())
}

/// True for a lower-case compound naming an organ ([`ORGAN_ENDINGS`]).
fn is_organ(word: &str) -> bool {
    word.chars().all(char::is_lowercase)
        && ORGAN_ENDINGS
            .iter()
            .any(|e| word.len() >= e.len() + SHORTEST_STEM && word.ends_with(e))
}

/// True when the listed name `canonical` ending at `end` is the United Nations in the
/// genitive before what is no organ of its ("FN:s konvention om barnets rättigheter",
/// "FN:s generalsekreterare"): the text names the thing, and the United Nations is no
/// body it speaks of.
pub(super) fn owns_a_thing(text: &str, canonical: &str, end: usize) -> bool {
    canonical == UNITED_NATIONS
        && text[end..].starts_with(GENITIVE)
        && organ_end(text, canonical, end).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organ(text: &str) -> Option<&str> {
        organ_end(text, UNITED_NATIONS, 2).map(|end| &text[..end])
    }

    #[test]
    fn an_organ_named_by_the_genitive() {
        assert_eq!(
            organ("FN:s livsmedelsprogram WFP delar ut mat."),
            Some("FN:s livsmedelsprogram")
        );
        assert_eq!(
            organ("FN:s säkerhetsråd möts i dag."),
            Some("FN:s säkerhetsråd")
        );
        assert_eq!(
            organ("FN:s befolkningsfond, UNFPA, får stöd."),
            Some("FN:s befolkningsfond")
        );
    }

    #[test]
    fn an_organ_named_by_two_coordinated_compounds() {
        assert_eq!(
            organ("FN:s livsmedels- och jordbruksorganisation (FAO) får stöd."),
            Some("FN:s livsmedels- och jordbruksorganisation")
        );
        assert_eq!(organ("FN:s kultur- och kunskapsarv bevaras."), None);
    }

    #[test]
    fn the_united_nations_owning_a_thing_is_no_body_of_the_text() {
        let owns = |text: &str| owns_a_thing(text, UNITED_NATIONS, 2);
        assert!(owns("FN:s konvention om barnets rättigheter blir lag."));
        assert!(!owns("FN:s utvecklingsprogram får stöd."));
        assert!(!owns("FN har beslutat."));
    }

    #[test]
    fn a_thing_or_a_bare_noun_is_no_organ() {
        for text in [
            "FN:s barnkonvention blev lag.",
            "FN:s program för hållbar utveckling.",
            "FN:s Agenda 2030.",
            "FN har beslutat.",
        ] {
            assert_eq!(organ(text), None, "{text}");
        }
        assert_eq!(
            organ_end("EU:s miljöprogram", "Europeiska unionen", 2),
            None
        );
    }
}
