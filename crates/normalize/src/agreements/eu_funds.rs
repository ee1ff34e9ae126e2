//! Funds named by their form, as the EU's are: "Europeiska regionala utvecklingsfonden",
//! "Europeiska havs- och fiskerifonden", "EU:s regionala utvecklingsfond", "Fonden för
//! inre säkerhet". A fund known by one word ("Arvsfonden") is a body, not an agreement,
//! and is left out; so is a fund named by an adjective ("Allmänna arvsfonden") in a text
//! that also names it by that one word, as the fund's own releases do.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::enders::{cut_name, NAME_ENDER_SET, PROSE_ENDER_SET};
use super::needles::{Hits, Needle};
use super::{Mention, Source};
use crate::entities::Span;
use crate::text::{char_after, char_before, is_word_char};

/// The fund noun without its first letter ("[Ff]onden").
pub(super) const FUND_TAIL: &str = "onden";
/// The EU's genitive that opens "EU:s regionala utvecklingsfond".
pub(super) const EU_GENITIVE: &str = "EU:s ";

/// Most words between "Europeiska" and the fund word ("regionala", "havs- och").
const WORDS_AFTER_EUROPEAN: usize = 3;

/// Most words after "Fonden för" ("inre säkerhet").
const WORDS_AFTER_FOR: usize = 6;

/// Every fund of the three forms, in text order.
pub(super) fn mentions<'t>(text: &'t str, hits: &Hits, out: &mut Vec<Mention<'t>>) {
    for &at in hits.of(Needle::EuGenitive) {
        if let Some(span) = eu_genitive(text, at) {
            out.push(Mention::written(text, span, Source::Fund));
        }
    }
    let first_of_mine = out.len();
    for &at in hits.of(Needle::FundTail) {
        let Some(f_at) = at.checked_sub(1) else {
            continue;
        };
        if !matches!(text.as_bytes()[f_at], b'f' | b'F') {
            continue;
        }
        let end = at + FUND_TAIL.len();
        // "fonden" or its genitive "fondens" ends the word.
        let word_end = if char_after(text, end) == Some('s') {
            end + 1
        } else {
            end
        };
        if char_after(text, word_end).is_some_and(is_word_char) {
            continue;
        }
        let found = if char_before(text, f_at).is_some_and(char::is_alphabetic) {
            european(text, f_at, end).map(|span| with_farm_purpose(text, span))
        } else {
            // "… ur Europeiska havs- och fiskerifonden. Regeringen avsätter 25 miljoner
            // ur fonden för omställning": a lower-case "fonden" after a fund the text
            // has named is that fund again, and "för" says what its money goes to.
            let refers_back = text.as_bytes()[f_at] == b'f'
                && out[first_of_mine..].iter().any(|m| m.span.end <= f_at);
            fund_for(text, f_at, end).filter(|span| !(refers_back && span.start == f_at))
        };
        if let Some(span) = found.filter(|span| !is_manager(text, span.start)) {
            out.push(Mention::written(text, span, Source::Fund));
        }
    }
}

/// Passive verbs of managing or passing on money and their agent's "av": what follows is
/// the body that does it ("Garantin förmedlas av Europeiska investeringsfonden", "Medlen
/// förvaltas av Nordiska kulturfonden"), named as a fund is but acting as a body. A fund
/// that pays ("finansieras av Europeiska socialfonden") is still the fund.
const MANAGED_BY: [&str; 4] = [
    "förmedlas av ",
    "förvaltas av ",
    "administreras av ",
    "handläggs av ",
];

/// True when the fund's name at `start` follows one of [`MANAGED_BY`].
fn is_manager(text: &str, start: usize) -> bool {
    let head = &text[..start];
    MANAGED_BY.iter().any(|verb| head.ends_with(verb))
}

/// "EU:s [regionala] utvecklingsfond[en]", the genitive the EU's funds also go by: "EU:s"
/// at `at`, up to [`WORDS_AFTER_EUROPEAN`] lower-case words, and a compound on "fond".
fn eu_genitive(text: &str, at: usize) -> Option<Span> {
    if char_before(text, at).is_some_and(is_word_char) {
        return None;
    }
    let mut word_start = at + "EU:s ".len();
    for _ in 0..=WORDS_AFTER_EUROPEAN {
        let rest = &text[word_start..];
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if !word.starts_with(char::is_lowercase) {
            return None;
        }
        // A compound: "socialfond", not the bare word "fond".
        let stem = word
            .strip_suffix("fonden")
            .or_else(|| word.strip_suffix("fond"));
        if stem.is_some_and(|s| s.chars().count() > 1 && !s.ends_with('-')) {
            return Some(Span {
                start: at,
                end: word_start + len,
            });
        }
        word_start += len;
        word_start += text[word_start..].strip_prefix(' ').map(|_| 1)?;
    }
    None
}

/// Where the word of letters and hyphens that ends at `end` starts. The character
/// before it may take several bytes ("–").
fn start_of_word(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// "Europeiska [regionala] utvecklingsfonden": the compound ending at `end` (its "fond"
/// at `f_at`) and up to [`WORDS_AFTER_EUROPEAN`] lower-case words back to "Europeiska".
///
/// A fund named by a row of compounds opened by a capital is named so too: "Asyl-,
/// migrations- och integrationsfonden".
fn european(text: &str, f_at: usize, end: usize) -> Option<Span> {
    let mut word_start = start_of_word(text, f_at);
    let mut joined = false;
    for _ in 0..=WORDS_AFTER_EUROPEAN {
        let head = text[..word_start].strip_suffix(' ')?;
        // The parts of a row of compounds stand apart by commas ("Asyl-, migrations-").
        let head = head.strip_suffix(',').unwrap_or(head);
        let start = start_of_word(head, head.len());
        let word = &head[start..];
        if word == "Europeiska" || word == "europeiska" {
            return Some(Span { start, end });
        }
        if !joined && word_start == start_of_word(text, f_at) && is_fund_adjective(word) {
            let compound = &text[word_start..end];
            return (!named_alone(text, compound)).then_some(Span { start, end });
        }
        if joined && word.ends_with('-') && word.starts_with(char::is_uppercase) {
            return Some(Span { start, end });
        }
        if !word.starts_with(char::is_lowercase) {
            return None;
        }
        joined |= word == "och";
        word_start = start;
    }
    None
}

/// Fewest letters of an adjective that names a fund: "Allmänna", "Nordiska". Shorter
/// capitalized words ending in "a" open sentences ("Nya", "Hela", "Andra", "Stora").
const SHORTEST_FUND_ADJECTIVE: usize = 7;

/// True for a capitalized adjective in its definite form (ending in "a") long enough
/// to be part of a fund's name ([`SHORTEST_FUND_ADJECTIVE`]): "Allmänna arvsfonden",
/// "Nordiska kulturfonden".
fn is_fund_adjective(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.ends_with('a')
        && word.chars().all(char::is_alphabetic)
        && word.chars().count() >= SHORTEST_FUND_ADJECTIVE
}

/// True when `text` also writes the lower-case compound `compound` ("arvsfonden")
/// capitalized on its own ("Arvsfonden"): the text is the fund's own, about the fund as
/// a body. Asked only of a fund named by an adjective, which few texts hold.
fn named_alone(text: &str, compound: &str) -> bool {
    let Some(first) = compound.chars().next() else {
        return false;
    };
    let mut alone: String = first.to_uppercase().collect();
    alone.push_str(&compound[first.len_utf8()..]);
    memchr::memmem::find(text.as_bytes(), alone.as_bytes()).is_some()
}

/// The purposes the EU's farm funds, named by a compound, carry after "för" as part of
/// their names: "Europeiska jordbruksfonden för landsbygdsutveckling", "Europeiska
/// garantifonden för jordbruket", "Europeiska utvecklings- och garantifonden för
/// jordbruket". Other compound funds end at "fonden", whatever "för" follows
/// ("Europeiska socialfonden för unga arbetslösa" names what the money goes to).
const FARM_PURPOSES: [&str; 2] = [" för landsbygdsutveckling", " för jordbruket"];

/// `span`, a fund named by a compound, run on over a [`FARM_PURPOSES`] purpose that
/// follows it as a whole word.
fn with_farm_purpose(text: &str, span: Span) -> Span {
    let rest = &text[span.end..];
    FARM_PURPOSES
        .iter()
        .find(|p| {
            rest.starts_with(*p) && !char_after(text, span.end + p.len()).is_some_and(is_word_char)
        })
        .map_or(span, |p| Span {
            start: span.start,
            end: span.end + p.len(),
        })
}

/// What a second name opens with after a fund's purpose: a conjunction and a capital
/// ("Europeiska fonden för strategiska investeringar och Europeiska fonden för …").
const NEXT_NAME: [&str; 2] = [" och ", " samt "];

/// Searchers for [`NEXT_NAME`], built once rather than per clause.
static NEXT_NAME_SEARCHES: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| NEXT_NAME.map(Finder::new));

/// `clause` up to a [`NEXT_NAME`] conjunction followed by a capital: a purpose is
/// written in lower case, so the capital opens another name.
fn before_next_name(clause: &str) -> &str {
    NEXT_NAME_SEARCHES
        .iter()
        .filter_map(|joiner| {
            let len = joiner.needle().len();
            joiner
                .find_iter(clause.as_bytes())
                .find(|&i| clause[i + len..].starts_with(char::is_uppercase))
        })
        .min()
        .map_or(clause, |i| &clause[..i])
}

/// The capitalized adjective the EU's funds named "fonden för …" open with: "Europeiska
/// fonden för strategiska investeringar" is one name, the adjective its first word.
const EUROPEAN_BEFORE_FUND: [&str; 2] = ["Europeiska ", "europeiska "];

/// "Fonden för inre säkerhet", "Europeiska fonden för strategiska investeringar": the
/// words after "för" up to punctuation, a finite verb, a relative word or a second name
/// ([`before_next_name`]), at most [`WORDS_AFTER_FOR`] of them; "Europeiska" before
/// "fonden" is the name's first word.
fn fund_for(text: &str, f_at: usize, end: usize) -> Option<Span> {
    let rest = text[end..].strip_prefix(" för ")?;
    let clause_end = rest
        .find(['.', ',', ';', ':', '(', ')', '!', '?', '\n'])
        .unwrap_or(rest.len());
    let clause = before_next_name(&rest[..clause_end]);
    let clause = cut_name(clause, &NAME_ENDER_SET);
    let clause = cut_name(clause, &PROSE_ENDER_SET);
    let words: Vec<&str> = clause.split(' ').take(WORDS_AFTER_FOR).collect();
    // Such a fund is named for a purpose, in lower case ("inre säkerhet", "en rättvis
    // omställning"); "fonden för Övre Norrland" is a fund's share for a place, the fund
    // itself named elsewhere.
    if words.iter().all(|w| w.is_empty()) || words[0].starts_with(char::is_uppercase) {
        return None;
    }
    let topic_len = words.join(" ").len();
    let head = &text[..f_at];
    let start = EUROPEAN_BEFORE_FUND
        .iter()
        .find(|adjective| head.ends_with(*adjective))
        .map_or(f_at, |adjective| f_at - adjective.len());
    let start = if start < f_at && char_before(text, start).is_some_and(is_word_char) {
        f_at
    } else {
        start
    };
    Some(Span {
        start,
        end: end + " för ".len() + topic_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        mentions(text, &Hits::find(text), &mut out);
        out.iter().map(|m| m.name.rest).collect()
    }

    #[test]
    fn european_funds() {
        assert_eq!(
            names("Pengarna kommer från Europeiska socialfonden och europeiska havs- och fiskerifondens program."),
            ["Europeiska socialfonden", "europeiska havs- och fiskerifonden"]
        );
        assert_eq!(
            names("Projektet får stöd ur Gräns-, visering- och säkerhetsfonden i år."),
            ["Gräns-, visering- och säkerhetsfonden"]
        );
        // A row of plain words, or no capital opening it, names no fund.
        assert!(names("Det går till kultur-, idrotts- och föreningsfonden.").is_empty());
        assert!(names("Stöd ur Kultur och idrottsfonden").is_empty());
    }

    #[test]
    fn european_funds_in_the_genitive() {
        assert_eq!(
            names("Stödet kommer ur EU:s socialfond och EU:s havs- och fiskerifond."),
            ["EU:s socialfond", "EU:s havs- och fiskerifond"]
        );
        assert_eq!(
            names("Projektet får medel från EU:s regionala utvecklingsfonden i år."),
            ["EU:s regionala utvecklingsfonden"]
        );
        // Not a fund: a programme, a capitalized word, the bare word "fond".
        assert!(names("enligt EU:s landsbygdsprogram, EU:s Östersjöstrategi").is_empty());
        assert!(names("EU:s fond för gränsförvaltning och NEU:s utvecklingsfond").is_empty());
    }

    #[test]
    fn funds_for_a_purpose() {
        assert_eq!(
            names("Medel ur Fonden för inre säkerhet, som förvaltas av EU."),
            ["Fonden för inre säkerhet"]
        );
        assert_eq!(
            names("fonden för en grön omställning ger stöd"),
            ["fonden för en grön omställning"]
        );
        // After a fund the text has named, "fonden" in lower case is that fund again; a
        // capitalized one is a name of its own.
        assert_eq!(
            names("Stöd ur Europeiska havs- och fiskerifonden. Regeringen avsätter 25 miljoner kronor ur fonden för omställning till nya arter."),
            ["Europeiska havs- och fiskerifonden"]
        );
        assert_eq!(
            names("Pengar ur Europeiska socialfonden och ur Fonden för inre säkerhet."),
            ["Europeiska socialfonden", "Fonden för inre säkerhet"]
        );
        // A place after "för" names the fund's programme for it, not a fund.
        assert!(names("Perioden omfattar 1,1 miljarder från fonden för Övre Norrland.").is_empty());
    }

    #[test]
    fn the_eu_farm_funds_keep_their_purpose() {
        assert_eq!(
            names("Stödet kommer från Europeiska utvecklings- och garantifonden för jordbruket (EUGFJ) och staten."),
            ["Europeiska utvecklings- och garantifonden för jordbruket"]
        );
        assert_eq!(
            names("Medel ur Europeiska jordbruksfonden för landsbygdsutveckling, och ur Europeiska garantifonden för jordbruket."),
            [
                "Europeiska jordbruksfonden för landsbygdsutveckling",
                "Europeiska garantifonden för jordbruket"
            ]
        );
        // Any other purpose is what the money goes to, and a longer word is another word.
        assert_eq!(
            names("Europeiska socialfonden för unga arbetslösa och Europeiska jordbruksfonden för jordbrukets framtid."),
            ["Europeiska socialfonden", "Europeiska jordbruksfonden"]
        );
    }

    #[test]
    fn a_european_fund_for_a_purpose_opens_with_its_adjective() {
        assert_eq!(
            names("Lånen garanteras av Europeiska fonden för strategiska investeringar och Europeiska fonden för justering för globaliseringseffekter."),
            [
                "Europeiska fonden för strategiska investeringar",
                "Europeiska fonden för justering för globaliseringseffekter"
            ]
        );
        // A purpose in lower case runs on over "och"; a capital after it opens a name.
        assert_eq!(
            names("Pengar ur Fonden för asyl och migration samt Fonden för inre säkerhet."),
            ["Fonden för asyl och migration", "Fonden för inre säkerhet"]
        );
    }

    #[test]
    fn a_fund_named_by_an_adjective() {
        assert_eq!(
            names("Föreningen har fått pengar ur Nordiska kulturfonden för turnén."),
            ["Nordiska kulturfonden"]
        );
        assert_eq!(
            names("Allmänna arvsfonden beviljar projektet 2 miljoner kronor."),
            ["Allmänna arvsfonden"]
        );
        // The fund's own release names it by the one word as well: a body.
        assert!(names(
            "Allmänna arvsfonden ger 5 miljoner kronor. Arvsfonden förvaltas av Kammarkollegiet."
        )
        .is_empty());
        // A short word opening a sentence, a firm's capitalized compound, a plain word.
        assert!(
            names("Nya investeringsfonden startar. Första AP-fonden och Svenska fonden.")
                .is_empty()
        );
    }

    #[test]
    fn one_word_funds_and_other_words_are_not_agreements() {
        assert!(names("Arvsfonden och Kärnavfallsfonden, fonden, Fondens ränta").is_empty());
        assert!(names("Ondens makt och Stiftelsen Fondena").is_empty());
    }

    #[test]
    fn a_body_named_as_a_fund_that_manages_money_is_no_fund() {
        assert!(names("Lånen förmedlas av Europeiska investeringsfonden i Luxemburg.").is_empty());
        assert!(names("Stipendierna förvaltas av Nordiska kulturfonden sedan 2010.").is_empty());
        assert_eq!(
            names("Projektet finansieras av Europeiska socialfonden."),
            ["Europeiska socialfonden"]
        );
    }
}
