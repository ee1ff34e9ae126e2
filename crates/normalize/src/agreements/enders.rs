//! Where an agreement's name ends: at a finite verb, a year, or (in running text) a
//! relative word.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::agreed::{names_any, SECTOR, STATE};
use super::contracts::public_parties;

/// Finite verbs and year phrases that end an agreement's name: "Överenskommelser om
/// förlossningsvård … fortsätter under 2022", "överenskommelsen om … avsätter".
const NAME_ENDERS: &[&str] = &[
    "är",
    "var",
    "blir",
    "har",
    "hade",
    "ska",
    "skall",
    "kan",
    "kommer",
    "får",
    "gäller",
    "innebär",
    "omfattar",
    "syftar",
    "avsätter",
    "avsätts",
    "ger",
    "ges",
    "fortsätter",
    "förlängs",
    "förlängdes",
    "förnyas",
    "omförhandlas",
    "omförhandlades",
    "träffas",
    "träffades",
    "tecknades",
    "tecknas",
    "slöts",
    "sluts",
    "innehåller",
    "uppgår",
    "betalas",
    // The passive of following one up ("Avtalet om X följs upp av regionerna").
    "följs",
    "följdes",
    // The present tense of verbs that say what an agreement settles, after a name that
    // opens its sentence or is fronted by "Enligt" ("Enligt avtalet om X betalar
    // regionen …", "Överenskommelsen om X reglerar vem som …", "Enligt riksavtalet för
    // X fakturerar landstinget …").
    "betalar",
    "reglerar",
    "fakturerar",
    "ersätter",
    // The passive of approving one, which a board's list of decisions puts after it ("Ett
    // nytt samverkansavtal om X godkändes."); "-ades" verbs are read by their ending.
    "godkändes",
    "godkänns",
    "antogs",
    "antas",
    "fördelas",
    "handlar",
    "ersätter",
    "riktar",
    "tillför",
    "tillförs",
    "löper",
    "gör",
    "görs",
    "finns",
    "bidrar",
    "väntas",
    "beräknas",
    "träder",
    "trädde",
    "presenteras",
    "publiceras",
    "beslutas",
    "undertecknades",
    "ligger",
    "bygger",
    "betyder",
    "täcker",
    "stärker",
    "förstärker",
    "möjliggör",
    "pågår",
    "skulle",
    "gav",
    "fick",
    "innebar",
    "omfattade",
    "gällde",
    // A verb of saying: a quote's attribution ("… för X, säger Y, chef på Z") follows the
    // name, never is part of it.
    "säger",
    "sade",
    // The particle of a verb split around the agreement it acts on ("Samtidigt sägs
    // avtalet om X upp", "Kommunen säger nu samverkansavtalet om Y upp") ends the name.
    "upp",
];

/// True when the word `name[start..end]` is "med".
fn is_med(name: &str, start: usize, end: usize) -> bool {
    name.get(start..end) == Some("med")
}

/// True when the last word of `before` is a noun of work ("arbete", "arbetet",
/// "utvecklingsarbete"): "med" after it brings in what is worked on ("kommunernas arbete
/// med civilt försvar"), which is part of the name, not a party, as "med" brings in
/// elsewhere ("överenskommelsen om X med SKR").
fn works_on(before: &str) -> bool {
    let previous = before.trim_end();
    previous.ends_with("arbete") || previous.ends_with("arbetet")
}

/// Nouns for groups of people: "med" after one brings in what they live with ("vård
/// för personer med kroniska sjukdomar", "barn och unga med psykisk ohälsa"), part of
/// the name.
const PEOPLE: &[&str] = &[
    "personer",
    "patienter",
    "barn",
    "unga",
    "ungdomar",
    "elever",
    "äldre",
    "kvinnor",
    "vuxna",
    "familjer",
];

/// True when "med" after `before` continues a name: after a noun of work
/// ([`works_on`]), or after a noun for people ([`PEOPLE`]) where no party follows
/// (`after` opens in lower case, as a condition does, and with no word of the sector:
/// not "med SKR", "med regionerna").
fn med_continues(before: &str, after: &str) -> bool {
    let previous = before.trim_end();
    let last = previous.rsplit(' ').next().unwrap_or(previous);
    let next = after.split_whitespace().next().unwrap_or_default();
    works_on(previous)
        || PEOPLE.contains(&last)
            && next.starts_with(char::is_lowercase)
            && !names_any(next, SECTOR)
            && !names_any(next, STATE)
}

/// True when `after` (what follows "mellan") opens with two places, "Flackarp och
/// Arlöv": single capitalized words joined by "och", neither a public body nor a word
/// of the state or the sector. "mellan" then says where a track or a road runs, part of
/// the name, while between parties ("mellan staten och SKR", "mellan Region Halland och
/// Region Skåne", "mellan Sverige och Norge") it brings in who agreed.
fn places_between(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let (Some(first), Some("och"), Some(second)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    let second = second.trim_end_matches([',', '.']);
    let place = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && !names_any(w, STATE)
            && !names_any(w, SECTOR)
    };
    // A capitalized word after the second place ("Region Skåne", "Malmö stad" reads its
    // lower-case word) would make a body's name of it.
    let then = words.next().unwrap_or_default();
    let body_follows = matches!(then, "kommun" | "stad" | "län" | "kommuner");
    place(first)
        && place(second)
        && !body_follows
        && public_parties(&format!("{first} och {second}")).all == 0
}

/// Words that end a name only in running text, where headings' long names do not occur.
const PROSE_ENDERS: &[&str] = &[
    "som", "där", "mellan", "med", "vilket", "vilken", "men", "och att",
];

/// [`NAME_ENDERS`] and [`PROSE_ENDERS`], for one hash look-up per word.
pub(super) static NAME_ENDER_SET: LazyLock<Enders> = LazyLock::new(|| Enders::new(NAME_ENDERS));
pub(super) static PROSE_ENDER_SET: LazyLock<Enders> = LazyLock::new(|| Enders::new(PROSE_ENDERS));

/// A set of words, with the lengths of its words by their first byte: a name's words
/// mostly fail that test, and then need no hashing.
pub(super) struct Enders {
    words: FxHashSet<&'static str>,
    /// Bit `n` of entry `b`: a word starts with byte `b` and is `n` bytes long.
    lengths: [u16; 256],
}

impl Enders {
    fn new(words: &[&'static str]) -> Self {
        let mut lengths = [0u16; 256];
        for word in words {
            if let Some(&first) = word.as_bytes().first() {
                lengths[usize::from(first)] |= 1 << word.len();
            }
        }
        Enders {
            words: words.iter().copied().collect(),
            lengths,
        }
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        word.len() < 16
            && self.lengths[usize::from(first)] & (1 << word.len()) != 0
            && self.words.contains(word)
    }
}

/// The name up to the first digit or `enders` word (words split at single spaces); a
/// "med" that brings in what a noun of work is about or what a group of people lives
/// with ends nothing ([`med_continues`]).
pub(super) fn cut_name<'a>(name: &'a str, enders: &Enders) -> &'a str {
    let bytes = name.as_bytes();
    let mut word_start = 0;
    let end = loop {
        // A byte scan finds the ASCII space as `split(' ')` would; words are too short
        // for a vectorized search to pay.
        let word_end = bytes
            .get(word_start..)
            .and_then(|rest| rest.iter().position(|&b| b == b' '))
            .map_or(bytes.len(), |i| word_start + i);
        if ends_name(name, word_start, word_end, enders)
            && !(is_med(name, word_start, word_end)
                && med_continues(&name[..word_start], &name[word_end..]))
            && !(name.get(word_start..word_end) == Some("mellan")
                && places_between(&name[word_end..]))
        {
            break word_start;
        }
        if word_end == bytes.len() {
            break bytes.len();
        }
        word_start = word_end + 1;
    };
    let cut = name[..end].trim_end().trim_end_matches(',');
    // "tillsammans med Region X" brings in parties as "med" does: the adverb goes with it.
    if end < bytes.len() && is_med(name, end, end + "med".len()) {
        return cut.strip_suffix(" tillsammans").unwrap_or(cut);
    }
    cut
}

/// Words a headline puts after the name, for the news about it, with "är" left out:
/// "Ny överenskommelse om psykisk hälsa klar".
const HEADLINE_PREDICATES: &[&str] = &[
    "klar",
    "klart",
    "klara",
    "tecknad",
    "tecknat",
    "undertecknad",
    "undertecknat",
    "påskriven",
    "påskrivet",
    "godkänd",
    "godkänt",
];

/// Prepositions that open a short adverbial after a headline's predicate: where or by
/// whom the news happened ("… undertecknad i Norrköping", "… godkänd av regeringen").
const ADVERBIAL_PREPOSITIONS: &[&str] = &["i", "på", "av", "hos", "under", "efter"];

/// Most words of such an adverbial, its preposition included ("i Västra Götaland").
const ADVERBIAL_WORDS: usize = 3;

/// `name` without a [`HEADLINE_PREDICATES`] word at its end, or before a short adverbial
/// at its end ([`ADVERBIAL_PREPOSITIONS`]). Only the last words are read, last first,
/// and a predicate is looked for before a preposition only: the test runs on every name.
pub(super) fn without_headline_predicate(name: &str) -> &str {
    let mut end = name.len();
    for words_after in 0..ADVERBIAL_WORDS {
        // A byte search: a char pattern's searcher costs more to set up than the short
        // last words take to scan.
        let Some(space) = memchr::memrchr(b' ', &name.as_bytes()[..end]) else {
            return name;
        };
        let word = &name[space + 1..end];
        if words_after == 0 && HEADLINE_PREDICATES.contains(&word) {
            return name[..space].trim_end();
        }
        if words_after > 0 && ADVERBIAL_PREPOSITIONS.contains(&word) {
            return match name[..space].rsplit_once(' ') {
                Some((head, predicate)) if HEADLINE_PREDICATES.contains(&predicate) => {
                    head.trim_end()
                }
                _ => name,
            };
        }
        end = space;
    }
    name
}

/// Words that end the name when a number follows: "under 2022", "för 2023", "på 250
/// miljoner kronor", "om 1,2 miljarder", "värd 40 miljoner".
const BEFORE_NUMBER: &[&str] = &["under", "för", "på", "om", "värd", "till"];

/// Bytes of the longest word of [`BEFORE_NUMBER`].
const LONGEST_BEFORE_NUMBER: usize = 5;

/// True for a word of [`BEFORE_NUMBER`]; most words of a name are longer, and are passed
/// without a comparison.
fn is_before_number(word: &str) -> bool {
    word.len() <= LONGEST_BEFORE_NUMBER && BEFORE_NUMBER.contains(&word)
}

/// Hedge words that may stand between [`BEFORE_NUMBER`] and the number ("på totalt 250
/// miljoner").
const HEDGES: &[&str] = &[
    "totalt",
    "sammanlagt",
    "drygt",
    "knappt",
    "cirka",
    "ca",
    "nära",
    "närmare",
    "upp",
    "minst",
    "högst",
];

/// True when the word `name[start..end]` ends the name: a digit, an ender, or a word of
/// [`BEFORE_NUMBER`] before a number.
fn ends_name(name: &str, start: usize, end: usize, enders: &Enders) -> bool {
    let word = name.as_bytes().get(start..end).unwrap_or_default();
    if word.first().is_some_and(u8::is_ascii_digit) {
        return !(start == 0 && opens_with_count(name, end));
    }
    // "," and "." are ASCII, so trimming them by the byte keeps a character boundary.
    let core_len = word.len()
        - word
            .iter()
            .rev()
            .take_while(|&&b| b == b',' || b == b'.')
            .count();
    let core = name.get(start..start + core_len).unwrap_or_default();
    enders.contains(core)
        || is_past_passive(core)
        || is_before_number(core) && number_follows(after_period_noun(&name[end..]))
}

/// Nouns of a span of time that stand between [`BEFORE_NUMBER`] and the years they name:
/// "för perioden 2022–2023", "under åren 2019–2021", "för programperioden 2014–2020". With
/// the years cut from a name, the noun would be left dangling at its end.
const PERIOD_NOUNS: &[&str] = &["perioden", "åren", "programperioden", "avtalsperioden"];

/// `rest` past a [`PERIOD_NOUNS`] word it opens with, or `rest` as it is.
fn after_period_noun(rest: &str) -> &str {
    let trimmed = rest.trim_start();
    match split_at_space(trimmed) {
        Some((word, after)) if PERIOD_NOUNS.contains(&word) => after,
        _ => rest,
    }
}

/// Words after a number that make it a sum, a share or a time, not a count of things
/// (in lower case): "om 2 miljarder kronor", "om 30 procent", "om 12 månader".
const NOT_COUNTED: &[&str] = &[
    "miljon",
    "miljoner",
    "miljard",
    "miljarder",
    "kronor",
    "kr",
    "mkr",
    "mnkr",
    "msek",
    "tkr",
    "procent",
    "år",
    "års",
    "dagar",
    "veckor",
    "månader",
    "timmar",
];

/// True when the name opens with a count of things, `name[..end]` being its first word:
/// a number of at most three digits, not a year, before a lower-case noun that is no
/// unit of money, share or time ([`NOT_COUNTED`]): "avtal om 400 praktikplatser i
/// parkerna", "överenskommelse om 50 nya vårdplatser". The count is the topic's first
/// word, and the name goes on past it; a number anywhere else still ends a name.
fn opens_with_count(name: &str, end: usize) -> bool {
    let first = &name[..end];
    let next = name[end..]
        .trim_start()
        .split(' ')
        .next()
        .unwrap_or_default();
    let next = next.trim_end_matches([',', '.']);
    first.len() <= 3
        && first.bytes().all(|b| b.is_ascii_digit())
        && next.starts_with(|c: char| c.is_lowercase())
        && !NOT_COUNTED.contains(&next)
}

/// Shortest word read as a past passive: a stem of at least three letters before "ades".
const SHORTEST_PAST_PASSIVE: usize = 7;

/// True for a verb in the past passive of the first conjugation ("betalades",
/// "fördelades", "presenterades", "utvärderades"): a finite verb, which ends a name as
/// [`NAME_ENDERS`] do ("2023 års överenskommelse om X betalades ut i december"), for any
/// verb of that conjugation without a list of them. No noun of a name ends so.
fn is_past_passive(word: &str) -> bool {
    word.len() >= SHORTEST_PAST_PASSIVE && word.ends_with("ades")
}

/// `s` split at its first space, as `split_once(' ')` splits it, by a byte search: a char
/// pattern's searcher costs more to set up than the words after a name take to scan.
fn split_at_space(s: &str) -> Option<(&str, &str)> {
    let space = memchr::memchr(b' ', s.as_bytes())?;
    Some((&s[..space], &s[space + 1..]))
}

/// True when `rest` starts with a number, after at most two hedge words ("upp till").
fn number_follows(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    for _ in 0..2 {
        match split_at_space(rest) {
            Some((word, after)) if HEDGES.contains(&word) || word == "till" => rest = after,
            _ => break,
        }
    }
    rest.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_before_a_number_is_longer_than_the_longest() {
        assert!(BEFORE_NUMBER
            .iter()
            .all(|w| w.len() <= LONGEST_BEFORE_NUMBER));
    }

    #[test]
    fn every_ender_is_found() {
        for (words, set) in [
            (NAME_ENDERS, &NAME_ENDER_SET),
            (PROSE_ENDERS, &PROSE_ENDER_SET),
        ] {
            for ender in words {
                // "och att" holds a space, so no word of a name is ever it.
                assert!(set.contains(ender) || ender.contains(' '), "{ender}");
            }
        }
        assert!(!NAME_ENDER_SET.contains(""));
        assert!(!NAME_ENDER_SET.contains("vård"));
    }

    #[test]
    fn names_end_at_enders_digits_and_years() {
        let enders = &NAME_ENDER_SET;
        assert_eq!(
            cut_name("god och nära vård, fortsätter", enders),
            "god och nära vård"
        );
        assert_eq!(cut_name("vård  2022 och mer", enders), "vård");
        assert_eq!(cut_name("vård under 2022", enders), "vård");
        assert_eq!(cut_name("vård under året", enders), "vård under året");
        assert_eq!(
            cut_name("stöd till kvinnojourer på 40 miljoner kronor", enders),
            "stöd till kvinnojourer"
        );
        assert_eq!(
            cut_name("vård i glesbygd om totalt 1,5 miljarder", enders),
            "vård i glesbygd"
        );
        assert_eq!(cut_name("stöd till 2030", enders), "stöd");
        assert_eq!(
            cut_name("stöd till barn på landsbygden", enders),
            "stöd till barn på landsbygden"
        );
        assert_eq!(cut_name("vård är.", enders), "vård");
        assert_eq!(cut_name("", enders), "");
    }

    #[test]
    fn a_count_opening_a_name_is_part_of_it() {
        let enders = &NAME_ENDER_SET;
        assert_eq!(
            cut_name("120 nya platser i särskilt boende", enders),
            "120 nya platser i särskilt boende"
        );
        assert_eq!(
            cut_name("30 lärare i fjärrundervisning 2024", enders),
            "30 lärare i fjärrundervisning"
        );
        // A sum, a share, a time or a year opening it still ends it, at once.
        assert_eq!(cut_name("2 miljarder kronor till vården", enders), "");
        assert_eq!(cut_name("40 procent av kostnaden", enders), "");
        assert_eq!(cut_name("2024 års vård", enders), "");
        assert_eq!(cut_name("3 år av samarbete", enders), "");
    }

    #[test]
    fn a_past_passive_verb_ends_a_name() {
        let enders = &NAME_ENDER_SET;
        assert_eq!(
            cut_name(
                "digitala journaler i skolan utvärderades under våren",
                enders
            ),
            "digitala journaler i skolan"
        );
        assert_eq!(
            cut_name("bättre tandvård fördelades efter antalet barn", enders),
            "bättre tandvård"
        );
        // A word that only ends in "ades" after a stem too short to be a verb's stays.
        assert_eq!(cut_name("vård i Hades", enders), "vård i Hades");
    }

    #[test]
    fn med_after_a_noun_for_people_continues_the_name() {
        let enders = &PROSE_ENDER_SET;
        assert_eq!(
            cut_name("vård för patienter med långvarig smärta", enders),
            "vård för patienter med långvarig smärta"
        );
        assert_eq!(cut_name("stöd till barn med SKR", enders), "stöd till barn");
        assert_eq!(
            cut_name("stöd till äldre med regionerna", enders),
            "stöd till äldre"
        );
    }

    #[test]
    fn a_predicate_and_its_adverbial_end_a_headline_name() {
        assert_eq!(
            without_headline_predicate("ny kustbana undertecknad i Kalmar"),
            "ny kustbana"
        );
        assert_eq!(
            without_headline_predicate("vårdplatser godkänd av regeringen"),
            "vårdplatser"
        );
        assert_eq!(
            without_headline_predicate("psykisk hälsa klar"),
            "psykisk hälsa"
        );
        // A predicate with more after it than a short adverbial is a word of the name.
        assert_eq!(
            without_headline_predicate("klar språkbruk i alla kommuner i länet"),
            "klar språkbruk i alla kommuner i länet"
        );
    }

    #[test]
    fn med_after_a_noun_of_work_continues_the_name() {
        let enders = &PROSE_ENDER_SET;
        assert_eq!(
            cut_name("regionernas arbete med suicidprevention", enders),
            "regionernas arbete med suicidprevention"
        );
        assert_eq!(
            cut_name("det förebyggande arbetet med barns hälsa", enders),
            "det förebyggande arbetet med barns hälsa"
        );
        assert_eq!(
            cut_name("stöd till vården med SKR", enders),
            "stöd till vården"
        );
    }
}
