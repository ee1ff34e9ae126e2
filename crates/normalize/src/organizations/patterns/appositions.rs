//! Bodies named right after the noun that says what they are, set before the name as an
//! apposition: "läkemedelsföretaget Medivir", "bolaget Västtrafik", "fackförbundet
//! Kommunal", "branschorganisationen Svensk Kollektivtrafik", "hotellkedjan Scandic",
//! "företagen AstraZeneca, Mölnlycke Health Care och Volvo Cars". Such a name often has
//! no telltale ending (a firm's is written without "AB"), so the noun before it is what
//! tells. Read at the text's capitals, which every such name opens with, so that the
//! nouns add no search over the text.

use super::{
    at_sentence_start, is_name_word, opens_a_name_of_its_kind, word_one_space_before, Found,
    FUNCTION_WORDS, NAME_AFTER_KIND_WORDS,
};
use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::regions;
use crate::text::is_word_char;

/// A firm's noun in the definite singular, then plural, alone or closing a compound
/// ("läkemedelsföretaget", "Bostadsbolaget"), in either case: nothing else names a firm
/// after a capitalized compound of these, so at a sentence's start as inside one the
/// name that follows is the firm's.
const FIRMS: [&str; 2] = ["företaget", "bolaget"];
const FIRMS_PLURAL: [&str; 2] = ["företagen", "bolagen"];

/// Other kinds of body in the definite singular, then plural, alone or closing a
/// compound in lower case ("fackförbundet", "hotellkedjan"), or capitalized at a
/// sentence's start, where the capital says nothing ("Fackförbundet Kommunal kräver").
/// Capitalized inside a sentence, such a word opens the body's own name ("Riksförbundet
/// HjärtLung", "Kommunförbundet Skåne"), which the forms of such names read; where they
/// read one at a sentence's start too, their longer name is the one kept. Nouns that as
/// often stand before a person ("entreprenören", "konsulten") or a place or a work
/// ("tidningen", "gruppen", "nyhetsbyrån" in a wire's source line) are left out, as are
/// kinds whose names their own forms read (agencies, regions, foundations).
///
/// "eriet" closes the definite nouns of works and trades ("raffinaderiet",
/// "mejeriet", "bryggeriet", "rederiet").
const KINDS: [&str; 13] = [
    "koncernen",
    "grossisten",
    "tillverkaren",
    "organisationen",
    "föreningen",
    "förbundet",
    "kedjan",
    "klubben",
    "institutet",
    "operatören",
    "leverantören",
    "eriet",
    "firman",
];
const KINDS_PLURAL: [&str; 5] = [
    "organisationerna",
    "föreningarna",
    "kedjorna",
    "grossisterna",
    "klubbarna",
];

/// What joins a company named for its trade to its place.
const IN_PLACE: &str = "i";

/// True when `word` is the noun of a kind of body in the definite form ([`FIRMS`],
/// [`KINDS`] and their plurals), or a compound closed by one ("Bolaget",
/// "Energibolaget", "Koncernen", "Apotekskedjorna"): a noun before a name.
pub(in crate::organizations) fn names_a_kind(word: &str) -> bool {
    FIRMS
        .iter()
        .chain(&KINDS)
        .chain(&FIRMS_PLURAL)
        .chain(&KINDS_PLURAL)
        .any(|noun| closes_with(word, noun))
}

/// True when `word` is `noun` or a compound closed by it; the bare noun may open with a
/// capital at a sentence's start ("Bolaget"), a compound may open with one anyway
/// ("Läkemedelsföretaget").
fn closes_with(word: &str, noun: &str) -> bool {
    if word.ends_with(noun) {
        return true;
    }
    let capital = noun.as_bytes().first().map(u8::to_ascii_uppercase);
    word.as_bytes().first().copied() == capital && word.get(1..) == noun.get(1..)
}

/// Whether `word`, starting at `start`, is a noun before a body's name, and whether the
/// plural one, which may introduce a list.
fn kind_noun(text: &str, start: usize, word: &str) -> Option<Plural> {
    let lower = word.starts_with(|c: char| c.is_lowercase())
        || (at_sentence_start(text, start) && !opens_a_name_of_its_kind(word));
    if FIRMS.iter().any(|noun| closes_with(word, noun)) {
        Some(Plural::No)
    } else if FIRMS_PLURAL.iter().any(|noun| closes_with(word, noun)) {
        Some(Plural::Yes)
    } else if lower && KINDS.iter().any(|noun| word.ends_with(noun)) {
        Some(Plural::No)
    } else if lower && KINDS_PLURAL.iter().any(|noun| word.ends_with(noun)) {
        Some(Plural::Yes)
    } else {
        None
    }
}

/// The word that brings in examples of a kind ("företag som Munters").
const SUCH_AS: &str = "som";

/// Kinds of body in the indefinite plural, alone or closing a compound in lower case,
/// whose examples "som" brings in by name ("företag som Munters och Nibe",
/// "energibolag som Vattenfall", "organisationer som Rädda Barnen").
const SUCH_AS_KINDS: [&str; 4] = ["företag", "bolag", "organisationer", "föreningar"];

#[derive(PartialEq)]
enum Plural {
    Yes,
    No,
}

/// The names the kind noun right before the capital at `at` introduces: one after a
/// singular noun, a list joined by ", " and " och " after a plural one, and a firm named
/// for its trade and place when the word before is "i" ("Scenkonstbolaget i
/// Västernorrland").
pub(super) fn at_capital<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    // Every noun ends in "en", "et", "an" or "na", and the word before a place is "i"
    // alone: two bytes read spare the rest of the work at most capitals.
    let bytes = text.as_bytes();
    let Some(ending) = at.checked_sub(3).and_then(|i| bytes.get(i..at - 1)) else {
        return;
    };
    if !matches!(ending, b"en" | b"et" | b"an" | b"na" | b" i" | b"om") {
        return;
    }
    let Some((noun_start, word)) = word_one_space_before(text, at) else {
        return;
    };
    if word == IN_PLACE {
        if let Some(found) = compound_in_place(text, noun_start, at) {
            out.push(found);
        }
        return;
    }
    let such_as = word == SUCH_AS;
    let plural = if such_as {
        // "företag som Munters och Nibe": the kind in the plural, then "som" and the
        // bodies it names as its examples.
        let kind = word_one_space_before(text, noun_start).map(|(_, kind)| kind);
        if !kind.is_some_and(|k| SUCH_AS_KINDS.iter().any(|s| closes_with(k, s))) {
            return;
        }
        Plural::Yes
    } else {
        let Some(plural) = kind_noun(text, noun_start, word) else {
            return;
        };
        plural
    };
    // "Svenska Bolaget Sundbyberg": the bare noun after a capitalized word ends a name;
    // the next capital opens no name of its own.
    let bare = FIRMS
        .iter()
        .chain(&FIRMS_PLURAL)
        .any(|noun| noun.len() == word.len() && closes_with(word, noun));
    let ends_a_name = bare
        && word_one_space_before(text, noun_start)
            .is_some_and(|(_, before)| before.starts_with(char::is_uppercase));
    if ends_a_name {
        return;
    }
    let mut from = at;
    loop {
        let Some(end) = name_at(text, from) else {
            return;
        };
        // "Föreningar som Uppsalaklubben IK Sirius": an example may be introduced by a
        // noun in the definite form of its own, no word of its name.
        if such_as {
            let first_end = super::word_end_from(text, from);
            if first_end < end && super::is_definite(&text[from..first_end]) {
                from = first_end + 1;
            }
        }
        // "bolaget Region Gotland": a region's body counts as a region, not a body; "företag
        // som Sverige behöver": the country is no example of a body.
        if regions::lookup_label(&text[from..end]).is_none() && &text[from..end] != super::COUNTRY {
            out.push(Found::spanning(text, from, end));
        }
        if plural == Plural::No {
            return;
        }
        let rest = &text[end..];
        let Some(gap) = [", ", " och "].iter().find(|g| rest.starts_with(**g)) else {
            return;
        };
        from = end + gap.len();
    }
}

/// "Scenkonstbolaget i Västernorrland", "Bostadsbolaget i Mölndal": a capitalized
/// compound on a firm's noun, named for a trade, then "i" (starting at `in_start`) and
/// the capitalized place at `place` it serves, names a company (a municipality's or a
/// region's, often written without its form). The bare noun ("Bolaget i Mölndal") and a
/// compound in lower case ("bostadsbolaget i Mölndal") speak of a company without
/// naming it.
fn compound_in_place(text: &str, in_start: usize, place: usize) -> Option<Found<'_>> {
    let (start, word) = word_one_space_before(text, in_start)?;
    let compound = word.starts_with(char::is_uppercase)
        && FIRMS
            .iter()
            .any(|noun| word.len() > noun.len() && word.ends_with(noun));
    if !compound {
        return None;
    }
    let end = name_at(text, place)?;
    Some(Found::spanning(text, start, end))
}

/// A company's form at the start of a line, after a name that ends the line before.
const WRAPPED_FORM: &str = "\nAB";

/// The end of a firm's name opening at `start`: up to [`NAME_AFTER_KIND_WORDS`]
/// capitalized words or abbreviations ("GU Holding", "Mölnlycke Health Care"), a town
/// after "i" among them ("Hemtjänst i Norr"), standing as whole words.
fn name_at(text: &str, start: usize) -> Option<usize> {
    let mut end = start;
    let mut words = 0;
    while words < NAME_AFTER_KIND_WORDS {
        let from = if words == 0 {
            start
        } else {
            let rest = &text[end..];
            // "fastighetsbolaget Pitebo\nAB": a hard-wrapped line may carry the company's
            // form alone; no other word is read across a line break, where a new sentence
            // may start. `extract` reports the name on one line.
            if let Some(after) = rest.strip_prefix(WRAPPED_FORM) {
                if !after.starts_with(|c: char| is_word_char(c)) {
                    end += WRAPPED_FORM.len();
                    words += 1;
                }
                break;
            }
            if rest.starts_with(" i ") {
                end + " i ".len()
            } else if rest.starts_with(' ') {
                end + 1
            } else {
                break;
            }
        };
        let word_end = text[from..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(text.len(), |i| from + i);
        let word = &text[from..word_end];
        // "bolaget AB i Borås": the company's form, not its name.
        if !is_firm_word(word) || (words == 0 && word == "AB") {
            break;
        }
        end = word_end;
        words += 1;
    }
    let whole = !text[end..].starts_with(|c: char| is_word_char(c));
    (words > 0 && whole).then_some(end)
}

/// Nouns of a kind of body in the indefinite singular, alone or closing a compound in
/// lower case ("nätverk", "branschorganisation"), that after a comma and "en" or "ett"
/// say what the name before them is.
const DESCRIBED_KINDS: [&str; 11] = [
    "nätverk",
    "förening",
    "företag",
    "bolag",
    "stiftelse",
    "organisation",
    "institut",
    "myndighet",
    "förbund",
    "kooperativ",
    "koncern",
];

/// The comma and the indefinite articles that open an apposition after a name.
const DESCRIBING_ARTICLES: [&str; 2] = [", en ", ", ett "];

/// Most name words before a describing apposition ("European Spallation Source").
const DESCRIBED_NAME_WORDS: usize = 3;

/// Finds the comma and the letter that open [`DESCRIBING_ARTICLES`].
static DESCRIBING_OPENING: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", e"));

/// "Skolmatsakademin, ett nätverk för kockar", "Anticimex, ett företag inom
/// skadedjursbekämpning", "Uppsala BIO, en ideell förening": a name that ends right
/// before a comma, "en" or "ett", at most one adjective and a noun of [`DESCRIBED_KINDS`].
/// The apposition says what a body whose name has no telltale ending is, as the noun
/// before a name does ([`at_capital`]). One `memmem` pass finds the commas.
pub(super) fn described_after<'t>(text: &'t str, out: &mut Vec<Found<'t>>) {
    for end in DESCRIBING_OPENING.find_iter(text.as_bytes()) {
        let rest = &text[end..];
        let Some(apposition) = DESCRIBING_ARTICLES
            .iter()
            .find_map(|article| rest.strip_prefix(article))
        else {
            continue;
        };
        // The noun, or an adjective and the noun ("en ideell förening"), in lower case.
        let kind_word = |word: &str| {
            let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
            let lower = !word.is_empty() && word.chars().all(char::is_lowercase);
            (
                lower,
                lower && DESCRIBED_KINDS.iter().any(|kind| word.ends_with(kind)),
            )
        };
        let mut words = apposition.split(' ').map(kind_word);
        let described = match (words.next(), words.next()) {
            (Some((_, true)), _) => true,
            (Some((true, false)), Some((_, kind))) => kind,
            _ => false,
        };
        if !described {
            continue;
        }
        let Some(start) = super::name_before(text, end, DESCRIBED_NAME_WORDS, true) else {
            continue;
        };
        if regions::lookup_label(&text[start..end]).is_none() {
            out.push(Found::spanning(text, start, end));
        }
    }
}

/// A word of a firm's name: a proper name's word, or one with capitals inside it, as
/// brand names are written ("AstraZeneca", "SkiStar").
pub(in crate::organizations) fn is_firm_word(word: &str) -> bool {
    is_name_word(word, true)
        || (word.starts_with(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && word.chars().all(char::is_alphanumeric)
            && !FUNCTION_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn examples_of_a_kind_after_som() {
        assert_eq!(
            names("Ventilationsföretag som Ventab och Luftkompaniet har visat intresse."),
            ["Ventab", "Luftkompaniet"]
        );
        assert!(names("Det är företag som Sverige behöver, och bolag som växer.").is_empty());
        assert_eq!(
            names("Klubbar och föreningar som Norrlandsklubben IK Polaris deltar."),
            ["IK Polaris"]
        );
    }

    #[test]
    fn a_company_named_for_its_trade_and_place() {
        assert_eq!(
            names("Uppdraget gick till Fastighetsbolaget i Tierp, som ägs av kommunen."),
            ["Fastighetsbolaget i Tierp"]
        );
        // The bare noun and a compound in lower case name no company.
        assert!(names("Bolaget i Tierp växer. Det lokala fastighetsbolaget i Tierp.").is_empty());
    }

    #[test]
    fn a_wholesaler_named_after_its_noun() {
        assert_eq!(
            names("Grossisten Martin Olsson AB levererar. Varorna kommer från livsmedelsgrossisten Dagab."),
            ["Martin Olsson AB", "Dagab"]
        );
    }

    #[test]
    fn a_body_described_by_an_apposition_after_its_name() {
        assert_eq!(
            names("Arbetet sker med Matlagarakademin, ett nätverk för kockar, och Nordic Pest Control, ett företag inom sanering. Ekbo Vind, en ekonomisk förening, bygger."),
            ["Matlagarakademin", "Nordic Pest Control", "Ekbo Vind"]
        );
        // No noun of a kind after the article, or a place, names no body.
        assert!(names("Med Lisa Berg, en av våra chefer, i Umeå, en stad med universitet. Region Kalmar, en organisation.").is_empty());
    }

    #[test]
    fn a_firms_form_wrapped_to_the_next_line() {
        assert_eq!(
            names("Det sköts av energibolaget Lulekraft\nAB i år."),
            ["Lulekraft\nAB"]
        );
        // A capitalized word on the next line opens a sentence, no part of the name.
        assert_eq!(
            names("Det sköts av energibolaget Lulekraft\nSom ägs av kommunen."),
            ["Lulekraft"]
        );
    }

    #[test]
    fn a_firm_named_after_the_noun() {
        assert_eq!(
            names("Studien görs med läkemedelsföretaget Kalmora och bolaget Nordvik Energi."),
            ["Kalmora", "Nordvik Energi"]
        );
        assert_eq!(
            names("Bostadsbolaget Hemgården i Västerås bygger 40 lägenheter."),
            ["Hemgården i Västerås"]
        );
    }

    #[test]
    fn firms_listed_after_the_plural() {
        assert_eq!(
            names("Företagen Borgsjö Trä, ABX och NordStål Bygg deltar i projektet."),
            ["Borgsjö Trä", "ABX", "NordStål Bygg"]
        );
    }

    #[test]
    fn the_noun_without_a_name_names_nothing() {
        for text in [
            "Företaget har 40 anställda. Bolaget i Umeå växer.",
            "Enligt bolaget Det blir dyrare.",
            "Företagen i länet och bolagen Som berörs.",
            "Kundföretaget kan ansöka, och småföretagen får stöd.",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn bodies_named_after_the_noun_of_their_kind() {
        assert_eq!(
            names("Avtalet skrevs med fackförbundet Kommunal och branschorganisationen Svensk Turism."),
            ["Kommunal", "Svensk Turism"]
        );
        assert_eq!(
            names("Hotellkedjan Nordsol öppnar i Luleå, där lastbilstillverkaren Grenmark Trucks redan finns."),
            ["Nordsol", "Grenmark Trucks"]
        );
        assert_eq!(
            names("Ritningarna kommer från konsultfirman Linjeform och granskas av advokatfirman Berg Holm."),
            ["Linjeform", "Berg Holm"]
        );
        assert_eq!(
            names("Stödet söktes av idrottsföreningen Norrvik Bandy, hembygdsförbundet Sörgården och rederiet Ölandsfärjan."),
            ["Norrvik Bandy", "Sörgården", "Ölandsfärjan"]
        );
        assert_eq!(
            names("Bakom satsningen står organisationerna Barnfonden och Unga Röster."),
            ["Barnfonden", "Unga Röster"]
        );
    }

    #[test]
    fn a_bare_noun_closing_a_name_introduces_no_other() {
        // "Bolaget" ends the firm's name; the town after it is its seat.
        assert!(names("Studien leds vid Svenska Bolaget Sundbyberg.").is_empty());
        // A region's body after a noun is reported as a region, not a body.
        assert!(names("Uppdraget ägs av bolaget Region Gotland.").is_empty());
        // Capitalized inside a sentence, the kind's word opens the body's own name.
        assert!(names("Där finns också Idrottsföreningen Kamraterna.").is_empty());
    }
}
