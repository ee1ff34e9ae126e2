//! Dates: ISO ("2023-11-30", always year-month-day), day.month.year ("07.03.2018"),
//! day first ("25 april 2015", "29 januari, 2022", "den 8 mars 2018", "3 March 2021")
//! and month first, as news-wire pages print them ("Mar 4, 2005", "tis, maj 04, 2021"),
//! and the publication date of a release ([`published`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::date::{Date, MONTH_NAMES};
use crate::text::{char_before, compile, is_whole_word, is_word_char, lowercase};

mod published;

pub use published::chrome_published;
pub(crate) use published::{opens_with_label, published};

static ISO: LazyLock<Regex> = LazyLock::new(|| compile(r"(\d{4})-(\d{2})-(\d{2})"));

/// Month names and their abbreviations, Swedish and English, longest first where one
/// starts another. [`month_number`] reads any of them by its first three letters.
const MONTHS: &str = "januari|january|februari|february|mars|march|april|maj|may|juni|june|juli|july|augusti|august|september|oktober|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

/// Day first: "3 mars 2021", "den 3:e mars 2021", "03 MAR 2021", "3 March 2021".
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(\d{{1,2}})(?::[ea])? ({MONTHS})\.?,? (\d{{4}})"
    ))
});

/// Day, month and year split by full stops or slashes, day first as in Europe
/// ("07.03.2018", "7/3 2018", "07/03/2018").
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(\d{1,2})(?:\.(\d{1,2})\.|/(\d{1,2})[ /])(\d{4})\b"));

/// Month first, as news-wire services print dates, in either language and any case
/// ("Mar 4, 2005", "March 04, 2009", "ons, mar 03, 2021 08:00 CET"). The word
/// boundaries are ASCII ones, which the fast automata support (Unicode ones need the
/// slow backtracker): every month name and digit is ASCII.
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?-u:\b)({MONTHS})\.? (\d{{1,2}}),? (\d{{4}})(?-u:\b)"
    ))
});

/// Most characters a header line may hold besides its date ("By on ", "Stockholm ").
const DATE_LINE_SLACK: usize = 20;
/// More bytes than any date [`ISO`] or [`DAY_FIRST`] matches: "30 september, 2022" with
/// room for the non-ASCII letters that match "k" and "s" without regard to case.
const MAX_DATE_LEN: usize = 32;

/// The month a name or abbreviation in [`MONTHS`] stands for, by its first three
/// letters; "may" and "oct" are the English ones that differ from the Swedish.
fn month_number(name: &str) -> Option<usize> {
    let lower = lowercase(name);
    let prefix = lower.get(..3)?;
    match prefix {
        "may" => Some(5),
        "oct" => Some(10),
        _ => MONTH_NAMES
            .iter()
            .position(|m| m.starts_with(prefix))
            .map(|i| i + 1),
    }
}

/// True when `line` states a whole date (day, month and year) in any form the releases'
/// text is read in ("2011-05-03", "3 maj 2011", "03.05.2011"): for a reader of a page's
/// markup telling dated chrome (other releases' headlines) from the release's own lines.
pub fn holds_date(line: &str) -> bool {
    !dates_in(line).is_empty()
}

/// A valid date found in a line: its byte range and ISO form.
pub(crate) fn dates_in(line: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // Every form holds a four-digit year; most lines have none and skip the searches
    // (a table row's "2 111" neither).
    let bytes = line.as_bytes();
    if !has_four_digits(bytes) {
        return out;
    }
    // A search costs its set-up even where nothing matches: the forms written with
    // "-", "." or "/" are looked for only in a line that holds one.
    let iso_forms = memchr::memchr(b'-', bytes).map(|_| ISO.captures_iter(line));
    for c in iso_forms.into_iter().flatten() {
        let (Some(whole), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        // A time may follow after a "T" ("2021-03-03T08:00:00+01:00").
        let time_follows = line[whole.end()..].starts_with('T')
            && line[whole.end() + 1..].starts_with(|c: char| c.is_ascii_digit());
        let whole_word = if time_follows {
            !char_before(line, whole.start()).is_some_and(is_word_char)
        } else {
            is_whole_word(line, whole.start(), whole.end())
        };
        if !whole_word {
            continue;
        }
        if let Some(iso) = iso(y.as_str(), m.as_str().parse().ok(), d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    for c in DAY_FIRST.captures_iter(line) {
        let (Some(whole), Some(d), Some(month), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        if !is_whole_word(line, whole.start(), whole.end()) {
            continue;
        }
        if let Some(iso) = iso(y.as_str(), month_number(month.as_str()), d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    let dotted_forms = memchr::memchr2(b'.', b'/', bytes).map(|_| DOTTED.captures_iter(line));
    for c in dotted_forms.into_iter().flatten() {
        let (Some(whole), Some(d), Some(m), Some(y)) =
            (c.get(0), c.get(1), c.get(2).or(c.get(3)), c.get(4))
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
    for c in MONTH_FIRST.captures_iter(line) {
        let (Some(whole), Some(month), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        // "3 mars 2021" is read day first; its "mars 2021" has no day after the month.
        if out
            .iter()
            .any(|&(s, e, _)| s < whole.end() && whole.start() < e)
        {
            continue;
        }
        if let Some(iso) = iso(y.as_str(), month_number(month.as_str()), d.as_str()) {
            out.push((whole.start(), whole.end(), iso));
        }
    }
    out.sort();
    out
}

/// True when four ASCII digits stand in a row. Every such run covers a byte whose index
/// is one less than a multiple of four, so only those bytes are read, and the run
/// through a digit found there after: a line is told in a quarter of the steps
/// (129.50 → 128.70 instructions per byte).
fn has_four_digits(bytes: &[u8]) -> bool {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    (3..bytes.len()).step_by(4).any(|i| {
        digit(i) && {
            let before = (1..=3).take_while(|&k| digit(i - k)).count();
            let after = (1..=3).take_while(|&k| digit(i + k)).count();
            before + 1 + after >= 4
        }
    })
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

/// Most bytes of a dateline that carries a clock time and a wire's name after its date
/// ("Stockholm, 2008-09-02 08:30 CET (Cision Wire)").
const TIMED_LINE_MAX: usize = 80;

/// True for a header line whose date is followed by a clock time, "08:30" or "kl.
/// 08.00", whatever follows ("CET", "(Cision Wire)"): a dateline or a wire's stamp,
/// which a headline never is. A cheap byte test for a digit, ':' or '.', and two digits
/// comes first; only lines that pass it are searched for dates.
pub(crate) fn is_timed_date_line(line: &str) -> bool {
    let t = line.trim();
    if t.len() > TIMED_LINE_MAX {
        return false;
    }
    let has_clock = t.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b':' | b'.')
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    });
    if !has_clock {
        return false;
    }
    let Some(&(_, end, _)) = dates_in(t).first() else {
        return false;
    };
    let rest = t[end..].trim_start_matches([' ', ',']);
    let rest = rest
        .strip_prefix("kl.")
        .or_else(|| rest.strip_prefix("kl"))
        .map_or(rest, str::trim_start);
    let hour = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest.as_bytes();
    (1..=2).contains(&hour)
        && matches!(rest.get(hour), Some(b':' | b'.'))
        && rest
            .get(hour + 1..hour + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_digits_in_a_row_wherever_they_stand() {
        for text in [
            "2021",
            "x2021",
            "ab2021",
            "abc2021",
            "2 mars 2021.",
            "a 12345 b",
        ] {
            assert!(has_four_digits(text.as_bytes()), "{text}");
        }
        for text in ["", "202", "20 21", "1 2 3 4", "a123b456c789"] {
            assert!(!has_four_digits(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn a_dateline_with_a_clock_time_and_a_wire() {
        assert!(is_timed_date_line(
            "Stockholm, 2008-09-02 08:30 CET (Cision Wire)"
        ));
        assert!(is_timed_date_line(
            "Göteborg 14 mars 2011 kl. 09.15 (Hugin Online)"
        ));
        // A headline with a date and no time, a time without a date.
        assert!(!is_timed_date_line(
            "Beslut den 2 september 2008 om nya regler för vården"
        ));
        assert!(!is_timed_date_line("Mötet börjar 08:30 i Stockholm"));
        assert!(!is_timed_date_line("Rapport 2008-09-02: 12.500 fler jobb"));
    }

    #[test]
    fn day_month_year_with_full_stops() {
        assert_eq!(dates_in("04.11.2016")[0].2, "2016-11-04");
        assert_eq!(dates_in("Datum: 4/11 2016")[0].2, "2016-11-04");
        assert_eq!(dates_in("04/11/2016")[0].2, "2016-11-04");
        assert!(dates_in("4/11 20161").is_empty());
        assert!(dates_in("31.02.2016").is_empty());
        assert!(dates_in("version 1.2.2016x").is_empty());
    }

    #[test]
    fn month_first_in_either_language_and_case() {
        assert_eq!(dates_in("September 30, 2014")[0].2, "2014-09-30");
        assert_eq!(dates_in("Pressmeddelande • Jun 9, 2011")[0].2, "2011-06-09");
        assert_eq!(dates_in("tis, mar 03, 2021 08:00 CET")[0].2, "2021-03-03");
        assert_eq!(dates_in("fre, okt 08, 2021 09:30 CET")[0].2, "2021-10-08");
        assert_eq!(dates_in("Tue, May 04, 2021")[0].2, "2021-05-04");
        assert!(dates_in("Marsch 3, 2014").is_empty());
    }

    #[test]
    fn day_first_in_either_language_and_case() {
        assert_eq!(dates_in("03 MAR 2021")[0].2, "2021-03-03");
        assert_eq!(dates_in("3 March 2021")[0].2, "2021-03-03");
        assert_eq!(dates_in("12 October, 2019")[0].2, "2019-10-12");
        assert_eq!(dates_in("den 1:a maj 2020")[0].2, "2020-05-01");
        // One date, not a second read month first from its "mars 2021".
        assert_eq!(dates_in("3 mars 2021").len(), 1);
    }

    #[test]
    fn iso_dates_are_year_month_day() {
        assert_eq!(dates_in("2023-11-30")[0].2, "2023-11-30");
        assert!(dates_in("2023-30-11").is_empty());
        assert!(dates_in("2018-2021").is_empty());
        assert!(dates_in("2023-02-30").is_empty());
        assert_eq!(dates_in("2021-03-03T08:00:00+01:00")[0].2, "2021-03-03");
        assert!(dates_in("2021-03-03Tx").is_empty());
    }
}
