//! Agreements named by a dated name set off beside the agreement noun rather than after
//! "om": in apposition between commas or dashes ("en nationell överenskommelse, X 2016,
//! som …", "en överenskommelse mellan staten och SKL – X 2014 – som …"), after a naming
//! participle ("en överenskommelse benämnd X 2016"), before the noun that defines it ("X
//! 2018, en överenskommelse mellan staten och SKL"), and after a partitive that refers
//! back to agreements the sentence before named ("tre överenskommelser för 2010. Den
//! största av dem, X 2010, omfattar …"). Each name is capitalized and closed by its year,
//! as the yearly agreements of the state and the sector are named; a year in brackets
//! closes it too ("X (2016)"), and is left out of the name. A name in quotes set off
//! between commas or dashes after the noun ("en överenskommelse, »X«, om …") needs no
//! year: the quotes mark it as a name.

use super::named::{is_political, quoted, LONGEST_DATED_NAME_WORDS};
use super::needles::{Hits, Needle};
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_before, is_year, sentence_end};

/// The agreement noun's tail after its first letter ("Ö" or "ö").
const NOUN_TAIL: &str = "verenskommelse";

/// What sets a name off after the noun, and what must close it: a comma or a dash opens
/// an apposition the same mark closes; a naming participle or phrase needs no closer.
const INTRODUCERS: [(&str, Closer); 8] = [
    (", ", Closer::Comma),
    (" – ", Closer::Dash),
    (" — ", Closer::Dash),
    (" benämnd ", Closer::Any),
    (" kallad ", Closer::Any),
    (" med namnet ", Closer::Any),
    (" med titeln ", Closer::Any),
    (" under namnet ", Closer::Any),
];

/// What must follow a dated name for it to be one: the mark that closes its apposition,
/// or anything that is no part of a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Closer {
    Comma,
    Dash,
    Any,
}

/// The words that bring in the parties between the noun and an apposition ("en
/// överenskommelse mellan staten och SKL – X 2014 –").
const PARTY_OPENERS: [&str; 2] = [" mellan ", " med "];

/// Most words the parties take before an apposition ("staten och Sveriges Kommuner och
/// Regioner" has six).
const PARTY_WORDS: usize = 8;

/// What stands between a name and the indefinite noun that defines it ("X 2018, en
/// överenskommelse …"), without the noun's first letter.
const DEFINING: [&str; 4] = [", en ", " – en ", ", ett ", " – ett "];

/// Partitives that refer back to agreements the sentence before named, closing the
/// head of the sentence before an apposition ("Den största av dem, X 2010, …").
const REFERRING_BACK: [&str; 2] = [" av dem", " av dessa"];

/// Each of [`REFERRING_BACK`] with the comma after it, which a text must hold for a
/// sentence to open with one: the one search of the text looks for these, so the
/// sentence after each plural noun is sought only then. Without " a": a search costs
/// more for a word that starts as often as " av".
pub(super) const PARTITIVE_ENDS: [&str; 2] = ["v dem,", "v dessa,"];

/// Most bytes of the head of a sentence before a partitive referring back ("Den största
/// av dem"): a determiner and an adjective or a numeral.
const LONGEST_PARTITIVE_HEAD: usize = 40;

/// Mentions of agreements named in these ways; "verenskommelse" stands at
/// `agreement_words`.
pub(super) fn mentions<'t>(
    text: &'t str,
    agreement_words: &[usize],
    hits: &Hits,
    out: &mut Vec<Mention<'t>>,
) {
    let partitive = [Needle::PartitiveThem, Needle::PartitiveThese]
        .iter()
        .any(|&needle| !hits.of(needle).is_empty());
    for &at in agreement_words {
        let Some(lead) = char_before(text, at).filter(|c| matches!(c, 'Ö' | 'ö')) else {
            continue;
        };
        let noun_start = at - lead.len_utf8();
        // A plain noun or a kind's compound ("tilläggsöverenskommelse"); no other
        // compound ("Dagmaröverenskommelsen") is a noun an apposition follows.
        let Some((word_start, _)) = super::compound_kind(text, noun_start) else {
            continue;
        };
        let noun_end = at
            + NOUN_TAIL.len()
            + text[at + NOUN_TAIL.len()..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - at - NOUN_TAIL.len());
        if let Some(span) = after_noun(text, noun_end) {
            out.push(mention(text, span));
        }
        if let Some(span) = before_noun(text, word_start, noun_end) {
            out.push(mention(text, span));
        }
        if let Some(span) = partitive.then(|| referred_back(text, noun_end)).flatten() {
            out.push(mention(text, span));
        }
    }
}

fn mention(text: &str, span: Span) -> Mention<'_> {
    Mention {
        name: Name::written(&text[span.start..span.end]),
        span,
        source: Source::Phrase,
    }
}

/// A dated name set off after the noun ending at `noun_end`, past the parties if any.
fn after_noun(text: &str, noun_end: usize) -> Option<Span> {
    let mut from = noun_end;
    let rest = &text[from..];
    if let Some(opener) = PARTY_OPENERS.iter().find(|o| rest.starts_with(*o)) {
        // The parties run to the mark that opens the apposition.
        let parties_end = apposition_mark(rest)?;
        let parties = rest[opener.len()..parties_end].trim_end();
        // Words counted by their spaces, as `split(' ')` counts them.
        if memchr::memchr_iter(b' ', parties.as_bytes()).count() + 1 > PARTY_WORDS {
            return None;
        }
        from += opener.len() + parties.len();
    }
    let rest = &text[from..];
    let &(introducer, closer) = INTRODUCERS.iter().find(|(i, _)| rest.starts_with(i))?;
    let start = from + introducer.len();
    if let Some(span) = quoted_apposition(text, start, closer) {
        return Some(span);
    }
    // A dash inside the name ("Bättre vård – mindre tvång 2010") is the name's own where
    // no dash opened the apposition to close it.
    let (span, after) = dated_name(text, start, closer != Closer::Dash)?;
    closes(text, after, closer).then_some(span)
}

/// Where the first mark that may open an apposition stands in `rest`: a comma, a dash
/// ("–", "—", both 0xE2 0x80 and a third byte), a full stop or a line break. A byte scan:
/// the parties before it run long, and decoding them cost more than the search.
fn apposition_mark(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    bytes.iter().enumerate().position(|(i, &b)| match b {
        b',' | b'.' | b'\n' => true,
        0xE2 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])),
        _ => false,
    })
}

/// A name in quotes ([`quoted`]: typographic, straight or angle quotes) that starts at
/// `start`, an apposition's first byte, and is closed by `closer` after its closing mark:
/// "en ny överenskommelse, »Tryggare hemgång 2026«, om …", "en överenskommelse – ”Säker
/// förlossning” – som …". Only after a comma or a dash: a participle's name
/// ("benämnd …") is read by its year. A political deal in quotes is no name.
fn quoted_apposition(text: &str, start: usize, closer: Closer) -> Option<Span> {
    if closer == Closer::Any {
        return None;
    }
    let (open, name) = quoted(text.get(start..)?)?;
    let name_start = start + open;
    let name_end = name_start + name.len();
    let close = text[name_end..].chars().next().map_or(0, char::len_utf8);
    (!is_political(name) && closes(text, name_end + close, closer)).then_some(Span {
        start: name_start,
        end: name_end,
    })
}

/// A dated name right before ", en överenskommelse mellan …": the noun defines the name
/// it follows, when the parties come after it. The name starts at the nearest
/// capitalized word before its year (markup's emphasis marks aside: "**X 2018**").
fn before_noun(text: &str, word_start: usize, noun_end: usize) -> Option<Span> {
    if !PARTY_OPENERS
        .iter()
        .any(|o| text[noun_end..].starts_with(o))
    {
        return None;
    }
    let head = &text[..word_start];
    let defining = DEFINING.iter().find(|d| head.ends_with(*d))?;
    let head = head[..head.len() - defining.len()].trim_end_matches(is_emphasis);
    let year_start = head.rfind(' ').map_or(0, |i| i + 1);
    if !is_year(&head[year_start..]) {
        return None;
    }
    let mut start = None;
    let mut at = year_start;
    for _ in 0..LONGEST_DATED_NAME_WORDS {
        let before = head[..at].strip_suffix(' ')?;
        let word_at = memchr::memrchr2(b' ', b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        let word = &before[word_at..];
        let bare = word.trim_start_matches(is_emphasis);
        if bare.is_empty() || bare.contains(is_mark) {
            break;
        }
        if bare.starts_with(char::is_uppercase) {
            start = Some(word_at + word.len() - bare.len());
            break;
        }
        at = word_at;
        if before[..word_at].ends_with('\n') {
            break;
        }
    }
    let start = start?;
    let name = &head[start..];
    (name.contains(' ') && !is_political(name)).then_some(Span {
        start,
        end: head.len(),
    })
}

/// A dated name in apposition after a partitive that refers back ("Den största av dem,
/// X 2010, omfattar …") opening the sentence after the one that holds the noun ending at
/// `noun_end`; a plural noun only, as "dem" and "dessa" refer to several.
fn referred_back(text: &str, noun_end: usize) -> Option<Span> {
    if !text[..noun_end].ends_with("elser") && !text[..noun_end].ends_with("elserna") {
        return None;
    }
    let next = sentence_end(text, noun_end);
    let rest = text.get(next..)?;
    let next_start = next + (rest.len() - rest.trim_start().len());
    let head = text.get(next_start..)?.as_bytes();
    // The first comma of the next sentence closes its head; the partitive ends the head.
    let comma = memchr::memchr(b',', &head[..head.len().min(LONGEST_PARTITIVE_HEAD)])?;
    let partitive_head = text.get(next_start..next_start + comma)?;
    if memchr::memchr2(b'.', b'\n', partitive_head.as_bytes()).is_some()
        || !REFERRING_BACK.iter().any(|p| partitive_head.ends_with(p))
    {
        return None;
    }
    let start = next_start + comma + ", ".len();
    if !text[next_start + comma..].starts_with(", ") {
        return None;
    }
    let (span, after) = dated_name(text, start, false)?;
    closes(text, after, Closer::Comma).then_some(span)
}

/// The capitalized name that starts at `start` and ends with a year within
/// [`LONGEST_DATED_NAME_WORDS`] words, none of them holding a mark of punctuation:
/// its span (without a year in brackets) and where what follows it starts. With
/// `dash_inside`, a dash standing as a word of its own joins two parts of the name
/// ("Bättre vård – mindre tvång 2010", after "under namnet"); else it ends the search.
fn dated_name(text: &str, start: usize, dash_inside: bool) -> Option<(Span, usize)> {
    let rest = text.get(start..)?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let mut at = 0;
    for count in 0..=LONGEST_DATED_NAME_WORDS {
        let word_end =
            memchr::memchr2(b' ', b'\n', &rest.as_bytes()[at..]).map_or(rest.len(), |i| at + i);
        let word = &rest[at..word_end];
        let bare = word.trim_end_matches(|c| is_mark(c) || is_emphasis(c));
        if count > 0 && is_year(bare) {
            let end = start + at + bare.len();
            return Some((Span { start, end }, end));
        }
        if count > 0 {
            let bracketed = word.trim_end_matches(|c| is_emphasis(c) || (c != ')' && is_mark(c)));
            if let Some(year) = bracketed
                .strip_prefix('(')
                .and_then(|b| b.strip_suffix(')'))
            {
                let name_end = start + at - 1;
                return is_year(year).then_some((
                    Span {
                        start,
                        end: name_end,
                    },
                    start + at + bracketed.len(),
                ));
            }
        }
        let inner_dash = dash_inside && count > 0 && word == "–";
        if word.is_empty()
            || word_end == rest.len()
            || (!inner_dash && word.contains(|c| is_mark(c) || c == '–'))
        {
            return None;
        }
        at = word_end + 1;
    }
    None
}

/// True when what follows a name at `after` closes it as `closer` requires.
fn closes(text: &str, after: usize, closer: Closer) -> bool {
    let rest = text.get(after..).unwrap_or_default();
    let rest = rest.trim_start_matches(is_emphasis);
    match closer {
        Closer::Comma => rest.starts_with(','),
        Closer::Dash => rest.starts_with(" –") || rest.starts_with(" —"),
        Closer::Any => !rest.starts_with(char::is_alphanumeric),
    }
}

/// Marks of punctuation no word of a name holds.
fn is_mark(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')')
}

/// Markup's emphasis marks around a name ("**X 2018**").
fn is_emphasis(c: char) -> bool {
    matches!(c, '*' | '_')
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::{PARTITIVE_ENDS, REFERRING_BACK};

    #[test]
    fn each_partitive_ends_as_searched_for() {
        for (partitive, end) in REFERRING_BACK.iter().zip(PARTITIVE_ENDS) {
            assert!(format!("{partitive},").ends_with(end), "{partitive}");
        }
    }

    #[test]
    fn a_dated_name_between_commas_after_the_noun() {
        assert_eq!(
            names(
                "Myndigheten och SKR har tecknat en ny överenskommelse, Tidig upptäckt av \
                 hörselnedsättning hos barn 2023, som gäller i tre år."
            ),
            ["Tidig upptäckt av hörselnedsättning hos barn 2023"]
        );
    }

    #[test]
    fn a_year_in_brackets_closes_the_name_and_is_left_out() {
        assert_eq!(
            names(
                "Parterna slöt i våras en nationell överenskommelse, Bättre stöd vid \
                 långvarig sjukskrivning (2019), som nu förlängs."
            ),
            ["Bättre stöd vid långvarig sjukskrivning"]
        );
    }

    #[test]
    fn a_dated_name_between_dashes_after_the_parties() {
        assert_eq!(
            names(
                "Medlen kommer genom en överenskommelse mellan staten och SKR – Jämlik \
                 mödrahälsovård 2022 – som undertecknades i mars."
            ),
            ["Jämlik mödrahälsovård 2022"]
        );
    }

    #[test]
    fn a_dated_name_after_a_naming_participle() {
        assert_eq!(
            names("Staten och SKL har slutit en överenskommelse benämnd Tryggare hemtjänst 2015."),
            ["Tryggare hemtjänst 2015"]
        );
    }

    #[test]
    fn a_dated_name_before_the_noun_that_defines_it() {
        assert_eq!(
            names(
                "Kommunen får pengar ur Fler skolsköterskor i glesbygd 2017, en \
                 överenskommelse mellan staten och SKL."
            ),
            ["Fler skolsköterskor i glesbygd 2017"]
        );
        assert_eq!(
            names(
                "Pengarna kommer från **Säkrare läkemedelsanvändning 2021**, en \
                 överenskommelse mellan staten och SKR."
            ),
            ["Säkrare läkemedelsanvändning 2021"]
        );
    }

    #[test]
    fn a_dated_name_after_a_partitive_that_refers_back() {
        assert_eq!(
            names(
                "Regeringen och SKR har tecknat två överenskommelser för 2024. Den större av \
                 dem, Kortare köer till hörselvården 2024, ger regionerna 300 miljoner kronor."
            ),
            ["Kortare köer till hörselvården 2024"]
        );
    }

    #[test]
    fn a_quoted_name_between_commas_or_dashes_after_the_noun() {
        assert_eq!(
            names(
                "Staten och SKR har slutit en ny överenskommelse, »Tryggare hemgång från \
                 sjukhus 2026«, om 120 miljoner kronor."
            ),
            ["Tryggare hemgång från sjukhus 2026"]
        );
        // No year is needed inside quotes, and typographic quotes mark a name too.
        assert_eq!(
            names(
                "Pengarna kommer genom en överenskommelse – ”Säker förlossning i hela \
                 landet” – som regeringen och SKR tecknade i maj."
            ),
            ["Säker förlossning i hela landet"]
        );
        // A quote that the apposition's mark does not close, or speech in lower case,
        // names nothing.
        assert!(names("Det är en överenskommelse, ”Nya tag”-modellen, om allt.").is_empty());
        assert!(names("Det blev en överenskommelse, ”inte ett avtal”, sa hon.").is_empty());
    }

    #[test]
    fn no_name_without_a_closing_year_or_closer() {
        assert!(names("Det blev en överenskommelse, Region Kronoberg betalar hälften.").is_empty());
        assert!(
            names("Det finns en överenskommelse, Stöd till skolan 2019 och Lyft 2020 gäller.")
                .is_empty()
        );
        assert!(names("Detta är en överenskommelse, inte ett avtal, om samverkan.").is_empty());
    }
}
