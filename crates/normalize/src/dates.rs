//! Dates: ISO ("2023-11-30", always year-month-day) and Swedish ("25 april 2015",
//! "29 januari, 2022", "den 8 mars 2018"), and the publication date of a release.
//!
//! Only a date the page labels as its own ("Publicerad: …", "By on …") or a date line in
//! the header is the publication date; dates in the body are about something else.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{compile, is_whole_word, lines_with_offsets, lowercase, FoldedHead};

static ISO: LazyLock<Regex> = LazyLock::new(|| compile(r"(\d{4})-(\d{2})-(\d{2})"));
static SWEDISH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(\d{1,2})(?::[ea])? (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?,? (\d{4})",
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

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

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
        let m = MONTHS
            .iter()
            .position(|p| lower.starts_with(p))
            .map(|i| i + 1);
        if let Some(iso) = iso(y.as_str(), m, d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    out.sort();
    out
}

/// Validates year, month and day; `None` for "2023-30-11".
fn iso(year: &str, month: Option<usize>, day: &str) -> Option<String> {
    let y: u32 = year.parse().ok()?;
    let m = month?;
    let d: u32 = day.parse().ok()?;
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let max = *days.get(m.checked_sub(1)?)?;
    ((1900..=2100).contains(&y) && (1..=max).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// True for a line that is little more than a date ("2023-11-30", "By on 29 januari, 2022").
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
pub(crate) fn published(text: &str) -> Option<String> {
    let mut header = 0;
    for (_, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        header += 1;
        // Below the header only a labelled line counts, and every label starts with an
        // ASCII letter: a line starting with another ASCII byte, or with a Latin-1 letter
        // (lead byte 0xC2 or 0xC3 in either case), needs no folding.
        if header > HEADER_LINES
            && trimmed.as_bytes().first().is_some_and(|&b| {
                matches!(b, 0xC2 | 0xC3)
                    || (b.is_ascii() && !LABEL_FIRST_BYTES.contains(&b.to_ascii_lowercase()))
            })
        {
            continue;
        }
        let head = FoldedHead::new(trimmed);
        let labelled = LABELS.iter().any(|l| head.starts_with(l));
        if labelled || (header <= HEADER_LINES && is_date_line(line)) {
            if let Some((_, _, iso)) = dates_in(line).into_iter().next() {
                return Some(iso);
            }
        }
    }
    None
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
