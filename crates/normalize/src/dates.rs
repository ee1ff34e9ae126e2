//! Dates: ISO ("2023-11-30", always year-month-day), day.month.year ("07.03.2018"),
//! Swedish ("25 april 2015", "29 januari, 2022", "den 8 mars 2018") and the English of
//! news-wire pages ("Mar 4, 2005"), and the publication date of a release.
//!
//! Only a date the page labels as its own ("Publicerad: …", "By on …") or a date line in
//! the header is the publication date; dates in the body are about something else.

use std::sync::LazyLock;

use regex::Regex;

use crate::date::{Date, MONTH_NAMES};
use crate::text::{compile, is_whole_word, lines_with_offsets, lowercase, FoldedHead};

static ISO: LazyLock<Regex> = LazyLock::new(|| compile(r"(\d{4})-(\d{2})-(\d{2})"));
static SWEDISH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(\d{1,2})(?::[ea])? (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?,? (\d{4})",
    )
});

/// Day, month and year split by full stops, the European numeric form ("07.03.2018").
static DOTTED: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"));
/// Month first, as news-wire services print dates ("Mar 4, 2005", "March 04, 2009").
static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2}),? (\d{4})\b",
    )
});

/// How many non-blank lines from the top count as the page header.
const HEADER_LINES: usize = 8;
/// Most characters a header line may hold besides its date ("By on ", "Stockholm ").
const DATE_LINE_SLACK: usize = 20;
/// More bytes than any date [`ISO`] or [`SWEDISH`] matches: "30 september, 2022" with
/// room for the non-ASCII letters that match "k" and "s" without regard to case.
const MAX_DATE_LEN: usize = 32;

/// Words that label a date as the page's own.
const LABELS: &[&str] = &[
    "publicerad",
    "publicerat",
    "publiceringsdatum",
    "datum:",
    "by on",
    "postad",
    "pressmeddelande",
];

/// The first bytes of [`LABELS`].
const LABEL_FIRST_BYTES: &[u8] = b"pdb";

/// The first three letters of the English months, as [`ENGLISH`] captures them.
const ENGLISH_MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Words opening a line whose date says when the page changed, not when it was
/// published ("Uppdaterad 2024-02-01", "Senast ändrad: 3 maj 2021").
const CHANGED_LABELS: &[&str] = &["uppdaterad", "senast", "ändrad", "redigerad"];

/// A valid date found in a line: its byte range and ISO form.
pub(crate) fn dates_in(line: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // Both forms start with a digit; most lines have none and skip both searches.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for c in ISO.captures_iter(line) {
        let (Some(whole), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        if !is_whole_word(line, whole.start(), whole.end()) {
            continue;
        }
        if let Some(iso) = iso(y.as_str(), m.as_str().parse().ok(), d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    for c in SWEDISH.captures_iter(line) {
        let (Some(whole), Some(d), Some(month), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        if !is_whole_word(line, whole.start(), whole.end()) {
            continue;
        }
        let lower = lowercase(month.as_str());
        // A month is named by its first three letters or more ("okt", "oktober").
        let m = MONTH_NAMES
            .iter()
            .position(|name| {
                name.get(..3)
                    .is_some_and(|prefix| lower.starts_with(prefix))
            })
            .map(|i| i + 1);
        if let Some(iso) = iso(y.as_str(), m, d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    for c in DOTTED.captures_iter(line) {
        let (Some(whole), Some(d), Some(m), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        // "1.2.2018" inside "v1.2.2018" or a version string is no date.
        if !is_whole_word(line, whole.start(), whole.end()) {
            continue;
        }
        if let Some(iso) = iso(y.as_str(), m.as_str().parse().ok(), d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    for c in ENGLISH.captures_iter(line) {
        let (Some(whole), Some(month), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let m = ENGLISH_MONTHS
            .iter()
            .position(|p| month.as_str().starts_with(p))
            .map(|i| i + 1);
        if let Some(iso) = iso(y.as_str(), m, d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    out.sort();
    out
}

/// Validates year, month and day; `None` for "2023-30-11" or "2023-02-30", and for years
/// no press release is dated in.
fn iso(year: &str, month: Option<usize>, day: &str) -> Option<String> {
    let y: i32 = year.parse().ok()?;
    let m = u8::try_from(month?).ok()?;
    let d: u8 = day.parse().ok()?;
    let date = Date::new(y, m, d).filter(|_| (1900..=2100).contains(&y))?;
    Some(date.to_string())
}

/// True for a line that is little more than a date ("2023-11-30", "By on 3 mars, 2021").
pub(crate) fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    // A line longer than the slack and the longest date cannot be a date line; the
    // paragraphs of a release's header are spared the date searches.
    if t.len() > DATE_LINE_SLACK + MAX_DATE_LEN {
        return false;
    }
    dates_in(t)
        .first()
        .is_some_and(|(s, e, _)| t.len() - (e - s) <= DATE_LINE_SLACK)
}

/// The date the release was published, if the text states one.
///
/// A labelled date, or a header line that is the date alone, is the page's own. A header
/// line that has words before its date ("Regionfullmäktige 21 juni 2023", "Stockholm
/// 3 maj 2021") may name an event the release is about as well as a dateline, so it
/// counts only when no line of the first two kinds states a date.
pub(crate) fn published(text: &str) -> Option<String> {
    let mut header = 0;
    let mut worded: Option<String> = None;
    for (_, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        header += 1;
        // Below the header only a labelled line counts, and every label starts with an
        // ASCII letter, perhaps after markup ("[", "*"): a line starting with a digit,
        // another ASCII letter or a Latin-1 letter (lead byte 0xC2 or 0xC3 in either
        // case) needs no folding.
        if header > HEADER_LINES
            && trimmed.as_bytes().first().is_some_and(|&b| {
                matches!(b, 0xC2 | 0xC3)
                    || b.is_ascii_digit()
                    || (b.is_ascii_alphabetic()
                        && !LABEL_FIRST_BYTES.contains(&b.to_ascii_lowercase()))
            })
        {
            continue;
        }
        // Markup around a label ("[PRESSMEDDELANDE]", "*Publicerad …*") does not hide it.
        let words = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric());
        let head = FoldedHead::new(words);
        if CHANGED_LABELS.iter().any(|l| head.starts_with(l)) {
            continue;
        }
        let labelled = LABELS.iter().any(|l| head.starts_with(l));
        if labelled || (header <= HEADER_LINES && is_date_line(line)) {
            if let Some((start, _, iso)) = dates_in(line).into_iter().next() {
                if labelled || !has_words_before(line, start) {
                    return Some(iso);
                }
                worded.get_or_insert(iso);
            }
        }
    }
    worded
}

/// True when a letter stands in `line` before byte `date_start`.
fn has_words_before(line: &str, date_start: usize) -> bool {
    line.get(..date_start)
        .is_some_and(|head| head.chars().any(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_first_bytes_cover_every_label() {
        assert!(LABELS
            .iter()
            .all(|l| LABEL_FIRST_BYTES.contains(&l.as_bytes()[0])));
    }

    #[test]
    fn publication_date_formats() {
        assert_eq!(
            published("Publicerad: 25 april 2015\n\nRubrik").as_deref(),
            Some("2015-04-25")
        );
        assert_eq!(
            published("Rubrik\n\nBy on 29 januari, 2022\nArkivbild").as_deref(),
            Some("2022-01-29")
        );
        assert_eq!(
            published("Rubrik\n2023-11-30\nText").as_deref(),
            Some("2023-11-30")
        );
        assert_eq!(
            published("Rubrik\nPublicerad 3 okt. 2023").as_deref(),
            Some("2023-10-03")
        );
    }

    #[test]
    fn no_date_without_one() {
        assert_eq!(published("Rubrik\n\nPublicerad\n\nText."), None);
        assert_eq!(
            published("Regeringen beslutade den 24 maj att ge uppdraget."),
            None
        );
    }

    #[test]
    fn body_dates_are_not_publication_dates() {
        let text = "Rubrik\n\nInsatsen pågår mellan den 8 mars 2018 och den 1 juni 2019 i hela landet enligt beslutet.";
        assert_eq!(published(text), None);
    }

    #[test]
    fn day_month_year_with_full_stops() {
        assert_eq!(
            published("Nyheter\n\n04.11.2016\n\nVägen byggs om").as_deref(),
            Some("2016-11-04")
        );
        assert!(dates_in("31.02.2016").is_empty());
        assert!(dates_in("version 1.2.2016x").is_empty());
    }

    #[test]
    fn news_wire_dates_in_english() {
        assert_eq!(
            published("Press\nPressmeddelande • Jun 9, 2011 14:00 CET\nRubrik").as_deref(),
            Some("2011-06-09")
        );
        assert_eq!(dates_in("September 30, 2014")[0].2, "2014-09-30");
        assert!(dates_in("Marsch 3, 2014").is_empty());
    }

    #[test]
    fn labels_in_markup_still_label() {
        let body = "Text.\n".repeat(HEADER_LINES);
        assert_eq!(
            published(&format!(
                "{body}[Pressmeddelande] Kommunstyrelsen, 2016-05-03."
            ))
            .as_deref(),
            Some("2016-05-03")
        );
        assert_eq!(
            published(&format!("{body}*Publicerad 2019-01-15 08:00*")).as_deref(),
            Some("2019-01-15")
        );
        assert_eq!(
            published("[Pressmeddelande] Beslut i nämnden, 2012-10-02.\n\nText.").as_deref(),
            Some("2012-10-02")
        );
    }

    #[test]
    fn a_change_date_is_not_a_publication_date() {
        assert_eq!(published("Rubrik\nUppdaterad 2020-08-12\nText."), None);
        assert_eq!(published("Rubrik\nSenast ändrad: 4 maj 2021\nText."), None);
        assert_eq!(
            published("Rubrik\nPublicerad 3 maj 2021 · Uppdaterad 5 maj 2021").as_deref(),
            Some("2021-05-03")
        );
    }

    #[test]
    fn an_event_in_a_heading_yields_to_the_dateline() {
        let text = "Kommunfullmäktige 14 mars 2024\n\n2024-03-15\n\nBeslut om budgeten.";
        assert_eq!(published(text).as_deref(), Some("2024-03-15"));
        let text = "Styrelsemöte 2 oktober 2019\nPublicerad 30 september 2019\nText.";
        assert_eq!(published(text).as_deref(), Some("2019-09-30"));
        // With no other date the worded line is the dateline it most often is.
        let text = "Rubrik\nGöteborg 12 maj 2022\nText om vården.";
        assert_eq!(published(text).as_deref(), Some("2022-05-12"));
    }

    #[test]
    fn labels_are_lower_case() {
        assert!(LABELS.iter().all(|l| crate::text::is_folded(l)));
    }

    #[test]
    fn iso_dates_are_year_month_day() {
        assert_eq!(dates_in("2023-11-30")[0].2, "2023-11-30");
        assert!(dates_in("2023-30-11").is_empty());
        assert!(dates_in("2018-2021").is_empty());
        assert!(dates_in("2023-02-30").is_empty());
    }
}
