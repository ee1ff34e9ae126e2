//! Bodies named in a line set in capitals: a letterhead ("LÄNSSTYRELSEN I VÄSTMANLANDS
//! LÄN"), a wire headline. The line is read again in ordinary case, and what it names
//! counts where the name is checked by more than its capitals: a listed body, a county
//! board or association whose county is known, or a municipality that is the whole line.

use super::{find, org_canonical};
use crate::entities::Span;

/// A line longer than this is body text, not a letterhead or headline.
const LONGEST_LINE: usize = 100;
/// Fewest letters a line in capitals needs ("SKR" alone is an abbreviation).
const FEWEST_LETTERS: usize = 8;

/// Words that stay lower case inside a name ("Länsstyrelsen i Hallands län").
const LOWER_WORDS: &[&str] = &[
    "I", "OCH", "FÖR", "AV", "PÅ", "OM", "MED", "TILL", "LÄN", "KOMMUN",
];

/// How a municipality's name ends ("Vetlanda kommun"): one the line holds alone is its
/// letterhead.
const MUNICIPALITY: &str = " kommun";

/// Where the name forms checked against a county start.
const COUNTY_FORMS: &[&str] = &["Länsstyrelsen ", "Regionförbundet ", "Kommunförbundet "];

/// Capital letters in a row that make a word set in capitals rather than an
/// abbreviation ("SKR", "LKAB").
const CAPITALS_IN_A_ROW: usize = 5;

/// The bodies named in lines of capitals, each with where it stands. Only lines holding
/// a word of [`CAPITALS_IN_A_ROW`] capitals are read, found among `capitals` (the text's
/// capital letters, from [`crate::gazetteer::capitals`]).
pub(super) fn names(text: &str, capitals: &[usize], people: &[&str]) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut read_to = 0;
    let mut row = 1;
    for pair in capitals.windows(2) {
        let (at, next) = (pair[0], pair[1]);
        // A capital is A–Z, one byte, or "Å", "Ä", "Ö", two: its width needs no decoding.
        let width = if text.as_bytes()[at].is_ascii() { 1 } else { 2 };
        row = if next == at + width { row + 1 } else { 1 };
        if row < CAPITALS_IN_A_ROW || next < read_to {
            continue;
        }
        let start = memchr::memrchr(b'\n', &text.as_bytes()[..next]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &text.as_bytes()[next..]).map_or(text.len(), |i| next + i);
        read_to = end;
        let line = &text[start..end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let Some(cased) = in_ordinary_case(line) else {
            continue;
        };
        let capitals = crate::gazetteer::capitals(&cased);
        for m in find(&cased, &capitals, people) {
            let whole_line = m.span.start == 0 && m.span.end == cased.trim_end().len();
            // A listed name is reported by its canonical name: the line's case is no
            // guide to how the name is written ("EU-KOMMISSIONEN" read as
            // "Eu-kommissionen").
            let listed = org_canonical(m.canonical);
            let checked = listed.is_some()
                || COUNTY_FORMS.iter().any(|f| m.canonical.starts_with(f))
                || (whole_line && m.canonical.ends_with(MUNICIPALITY));
            if checked {
                let span = Span {
                    start: start + m.span.start,
                    end: start + m.span.end,
                };
                out.push((listed.unwrap_or(m.canonical).to_string(), span));
            }
        }
    }
    out
}

/// `line` with each word capitalized and the rest lower case ([`LOWER_WORDS`] all lower
/// case), when the line is set in capitals; `None` otherwise, or when a letter would
/// change its length in bytes (the spans must stay those of the text). Most lines show
/// a lower-case letter within their first word, which ends the test there.
fn in_ordinary_case(line: &str) -> Option<String> {
    // An ASCII byte test first: it ends most lines at their second letter.
    if line.len() > LONGEST_LINE
        || line.bytes().any(|b| b.is_ascii_lowercase())
        || line.chars().any(char::is_lowercase)
    {
        return None;
    }
    if line.chars().filter(|c| c.is_alphabetic()).count() < FEWEST_LETTERS {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = LOWER_WORDS.contains(&word);
        for (j, c) in word.chars().enumerate() {
            let mut cased = if j == 0 && !lower {
                c.to_uppercase().next().unwrap_or(c)
            } else {
                c.to_lowercase().next().unwrap_or(c)
            };
            if cased.len_utf8() != c.len_utf8() {
                cased = c;
            }
            out.push(cased);
        }
    }
    (out.len() == line.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let capitals = crate::gazetteer::capitals(text);
        names(text, &capitals, &[])
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn a_letterhead_in_capitals_names_its_body() {
        let text = "LÄNSSTYRELSEN I HALLANDS LÄN\nBeslut om bidrag.\nREGIONFÖRBUNDET KALMAR\nSKOLVERKET OCH ARBETSFÖRMEDLINGEN\nMÖRBYÅNGA KOMMUN\nInformation.";
        assert_eq!(
            found(text),
            [
                "Länsstyrelsen i Hallands län",
                "Regionförbundet Kalmar",
                "Skolverket",
                "Arbetsförmedlingen",
                "Mörbyånga kommun"
            ]
        );
    }

    #[test]
    fn capitals_name_nothing_unchecked() {
        // A headline's words capitalized look like names of unknown firms and agencies.
        assert!(found("BYGGFÖRETAGET ÖKAR VINSTEN KRAFTIGT").is_empty());
        assert!(found("Länsstyrelsen i Hallands län\nSKR").is_empty());
        // A listed name read from capitals is reported as the list writes it.
        assert_eq!(
            found("EU-KOMMISSIONEN GODKÄNNER STÖDET"),
            ["Europeiska kommissionen"]
        );
        // A municipality inside a headline is no letterhead.
        assert!(found("BYGGSTART I HELA MÖRBYÅNGA KOMMUN").is_empty());
    }
}
