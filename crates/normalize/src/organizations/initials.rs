//! Bodies that a release names with their abbreviation in brackets, when the
//! abbreviation is made of the name's initials: "Nationell samverkan för psykisk hälsa
//! (NSPH)", "Lantbrukarnas Riksförbund (LRF)". The bracket is what tells, so the name
//! needs neither a list entry nor a telltale ending.

use crate::entities::Span;

/// Letters an abbreviation has at least and at most.
const ABBREVIATION_LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// Words inside a name that give no initial ("för" in "Nationell samverkan för psykisk
/// hälsa").
const SMALL_WORDS: &[&str] = &[
    "och", "för", "i", "av", "om", "med", "på", "till", "mot", "vid", "en", "ett", "den", "det",
];

/// Endings of words that make the name a law, a fund, a programme or a plan rather
/// than a body ("Fonden för en rättvis omställning (FRO)", "Lagen om stöd och service
/// (LSS)").
const NOT_BODIES: &[&str] = &[
    "fonden",
    "fond",
    "lagen",
    "lag",
    "förordningen",
    "programmet",
    "program",
    "strategin",
    "planen",
    "reformen",
    "satsningen",
    "projektet",
    // A series of reports ("Statens offentliga utredningar (SOU)").
    "utredningar",
    "utredningen",
    // A union of states, named as the state itself is not ("Europeiska unionen (EU)").
    "unionen",
];

/// True for a word ending in one of [`NOT_BODIES`], in either case.
fn is_not_body(word: &str) -> bool {
    let folded = crate::text::lowercase(word);
    NOT_BODIES.iter().any(|e| folded.ends_with(e))
}

/// Names whose initials spell the abbreviation in brackets after them, in text order.
/// Each `(` is a candidate; the name must stand inside a sentence (a sentence's first
/// word is capitalized whatever it is) unless all its words are capitalized.
pub(super) fn names(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let Some(abbreviation) = abbreviation_at(text, open + 1) else {
            continue;
        };
        let Some(end) = open.checked_sub(1).filter(|&e| text.as_bytes()[e] == b' ') else {
            continue;
        };
        let Some(start) = name_start(text, end, abbreviation) else {
            continue;
        };
        let end = genitive_of_listed(&text[start..end]).map_or(end, |name| start + name.len());
        // A region's body ("Region Jämtland Härjedalen (RJH)") is a region, not an
        // organization.
        if crate::regions::lookup_label(&text[start..end]).is_none() {
            out.push((Span { start, end }, &text[start..end]));
        }
    }
    out
}

/// The listed name whose genitive `name` is ("Sveriges Kommuner och Landstings (SKL)
/// rapport"): the abbreviation stands after the genitive's "s", which is no part of the
/// name.
fn genitive_of_listed(name: &str) -> Option<&str> {
    name.strip_suffix('s')
        .filter(|bare| super::list::org_canonical(bare).is_some())
}

/// Parties' abbreviations of two letters: after a person's name ("Karin Dahl (KD)")
/// their initials may spell one.
const PARTIES: &[&str] = &["KD", "MP", "SD", "FP"];

/// The abbreviation in brackets from `at` on: capitals only, closed by ")", no party's.
fn abbreviation_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    // Capitals of the alphabet take at most two bytes each, so the ")" stands within
    // this many bytes or there is no abbreviation.
    let window = &rest.as_bytes()[..rest.len().min(2 * ABBREVIATION_LETTERS.end() + 1)];
    let close = memchr::memchr(b')', window)?;
    let abbreviation = rest.get(..close)?;
    let letters = abbreviation.chars().count();
    (ABBREVIATION_LETTERS.contains(&letters)
        && abbreviation.chars().all(char::is_uppercase)
        && !PARTIES.contains(&abbreviation))
    .then_some(abbreviation)
}

/// The prefix of a compound whose second part gives an initial of its own in an
/// abbreviation: "Pensionärernas riksorganisation (PRO)", "Lantbrukarnas Riksförbund
/// (LRF)", "Riksförbundet för sexuell upplysning (RFSU)".
const RIKS: &str = "riks";

/// Where the name ending at `end` starts whose content words' initials, in order, are
/// the letters of `abbreviation`. A word opening with [`RIKS`] gives one letter or two
/// (its own and that of the part after "riks").
fn name_start(text: &str, end: usize, abbreviation: &str) -> Option<usize> {
    let letters: Vec<char> = abbreviation.chars().rev().collect();
    let mut next = 0;
    let mut word_end = end;
    let mut start = None;
    let mut all_capitalized = true;
    let same = |a: char, b: char| a.to_lowercase().eq(b.to_lowercase());
    while next < letters.len() {
        let head = &text[..word_end];
        // After the character that ends the word before, whatever its width ("–").
        let word_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &head[word_start..];
        if word.is_empty() || is_not_body(word) {
            return None;
        }
        if !SMALL_WORDS.contains(&word) {
            let initial = word.chars().next()?;
            // Read backwards, the second part's letter comes first: "O" then "R" for
            // "riksorganisation".
            let second = word
                .get(..RIKS.len())
                .filter(|p| p.eq_ignore_ascii_case(RIKS))
                .and_then(|_| word[RIKS.len()..].chars().next());
            match (second, letters.get(next + 1)) {
                (Some(part), Some(&riks)) if same(letters[next], part) && same(riks, initial) => {
                    next += 2;
                }
                _ if same(letters[next], initial) => next += 1,
                _ => return None,
            }
            all_capitalized &= initial.is_uppercase();
            start = Some(word_start);
        }
        if next >= letters.len() {
            break;
        }
        // Words of one name stand one space apart on one line.
        word_end = head[..word_start].strip_suffix(' ')?.len();
    }
    let start = start?;
    let opens_sentence = {
        let before = text[..start].trim_end_matches(' ');
        before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':', '–', '-'])
    };
    let capitalized = text[start..].starts_with(char::is_uppercase);
    (capitalized && (all_capitalized || !opens_sentence)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        names(text).into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn a_wide_character_before_the_name_ends_the_word_before_it() {
        // An en dash, a no-break space and a curly quote are more than one byte wide.
        assert_eq!(found("Med\u{a0}Barnens Rätt (BR) i år."), ["Barnens Rätt"]);
        assert_eq!(
            found("Med \u{201d}Barnens Rätt (BR) i år."),
            ["Barnens Rätt"]
        );
        assert!(found("Förmedlas av Barnen Först – Adoptioner (BFA) och andra.").is_empty());
        assert!(found("Med –Ö (Ö) i år.").is_empty());
    }

    #[test]
    fn a_name_whose_initials_are_its_abbreviation() {
        assert_eq!(
            found("Arbetet sker med brukarföreningen Riksförening för barn i sorg (RBS) och kommunen."),
            ["Riksförening för barn i sorg"]
        );
        assert_eq!(
            found("Norrländska Skogsägarnas Förbund (NSF) välkomnar beslutet."),
            ["Norrländska Skogsägarnas Förbund"]
        );
    }

    #[test]
    fn a_listed_name_in_the_genitive_before_its_abbreviation() {
        assert_eq!(
            found("Det visar Sveriges Kommuner och Landstings (SKL) rapport."),
            ["Sveriges Kommuner och Landsting"]
        );
        // The genitive of a name no list holds is left as written.
        assert_eq!(
            found("Det visar Norrländska Skogsägarnas Förbunds (NSF) rapport."),
            ["Norrländska Skogsägarnas Förbunds"]
        );
    }

    #[test]
    fn a_riks_compound_gives_two_letters() {
        assert_eq!(
            found("Kravet stöds av Sveriges riksorganisation (SRO) och kommunerna."),
            ["Sveriges riksorganisation"]
        );
        assert_eq!(
            found("Samarbetet med Hörselskadades Riksförbund (HRF) fortsätter."),
            ["Hörselskadades Riksförbund"]
        );
        // One letter still does where the abbreviation takes one.
        assert_eq!(
            found("Enligt förbundet Riksteatern Norr (RN) ökar publiken."),
            ["Riksteatern Norr"]
        );
    }

    #[test]
    fn initials_that_do_not_spell_it_name_nothing() {
        for text in [
            "Enligt Statistiska uppgifter (SCB) ökar antalet.",
            "Pengarna kommer från Europeiska socialfonden (ESF) i år.",
            "Lagen om stöd och service (LSS) ändras, liksom Fonden för en rättvis omställning (FRO).",
            "Standardiserade vårdförlopp (SV) införs. Ett nytt system (NS) prövas.",
            "Kostnaden (MSEK) stiger.",
            "– Vi välkomnar det, säger Karin Dahl (KD) och Maria Persson (MP).",
            "Enligt Statens offentliga utredningar (SOU) och Europeiska unionen (EU) gäller det.",
            "Pengarna går till Region Jämtland Härjedalen (RJH) i år.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
