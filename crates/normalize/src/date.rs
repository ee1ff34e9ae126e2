//! [`Date`]: one day of the calendar, the workspace's single check of whether a date
//! exists. Ingest (dates in markup), extraction (dates in text) and search (indexing and
//! `published:` queries) all build their dates here, so "2015-02-31" is refused the same
//! way everywhere.

use std::fmt;
use std::str::FromStr;

/// A day that exists in the (proleptic Gregorian) calendar.
///
/// ```
/// use pressarkiv_normalize::Date;
/// let date: Date = "2024-02-29".parse().unwrap();
/// assert_eq!(date.to_string(), "2024-02-29");
/// assert!("2015-02-31".parse::<Date>().is_err());
/// assert_eq!(Date::new(1970, 1, 2).map(|d| d.unix_seconds()), Some(86_400));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

/// Why a text is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not written year-month-day with digits ("2015-02-03").
    #[error("'{0}' is not written YYYY-MM-DD")]
    Form(String),
    /// The month is not 1 to 12.
    #[error("'{text}': there is no month {month}")]
    Month {
        /// The date as written.
        text: String,
        /// The month given.
        month: u8,
    },
    /// The month has no such day ("2015-02-31").
    #[error("'{text}': {month_name} {year} has {days} days")]
    Day {
        /// The date as written.
        text: String,
        /// The month's Swedish name.
        month_name: &'static str,
        /// The year given.
        year: i32,
        /// Days in that month.
        days: u8,
    },
}

/// Swedish month names, January first: the one list, also read (by their first three
/// letters) when dates are found in text.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

impl Date {
    /// The day `day` of month `month` (1–12) of `year`, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Reads "YYYY-MM-DD" (exactly that: four, two and two digits), explaining a refusal.
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let form = || DateError::Form(text.to_string());
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(form());
        }
        let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10))
        else {
            return Err(form());
        };
        let (year, month, day) = (year as i32, month as u8, day as u8);
        let Ok(m) = time::Month::try_from(month) else {
            return Err(DateError::Month {
                text: text.to_string(),
                month,
            });
        };
        Date::new(year, month, day).ok_or_else(|| DateError::Day {
            text: text.to_string(),
            month_name: MONTH_NAMES[usize::from(month) - 1],
            year,
            days: m.length(year),
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// Seconds from 1970-01-01 00:00 UTC to the start (00:00 UTC) of this day.
    pub fn unix_seconds(self) -> i64 {
        self.0.midnight().assume_utc().unix_timestamp()
    }

    /// The day whose start is `seconds` after 1970-01-01 00:00 UTC (rounded down to its
    /// day), if it is within the calendar's range.
    pub fn from_unix_seconds(seconds: i64) -> Option<Date> {
        time::OffsetDateTime::from_unix_timestamp(seconds)
            .ok()
            .map(|t| Date(t.date()))
    }
}

/// "YYYY-MM-DD".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse_iso(text)
    }
}

/// Reads "YYYY-MM-DD" as a [`Date`]; `None` for any other text or a day that does not
/// exist ("2015-02-31").
pub fn parse_iso_date(text: &str) -> Option<Date> {
    Date::parse_iso(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_of_the_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2023, 4, 31).is_none());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Date::new(2023, 1, 0).is_none());
    }

    #[test]
    fn iso_form_round_trips() {
        let date = parse_iso_date("2011-06-21").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2011, 6, 21));
        assert_eq!(date.to_string(), "2011-06-21");
        assert_eq!(Date::from_unix_seconds(date.unix_seconds()), Some(date));
        assert_eq!(
            Date::from_unix_seconds(date.unix_seconds() + 86_399),
            Some(date)
        );
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(
            Date::parse_iso("2015-02-31").unwrap_err().to_string(),
            "'2015-02-31': februari 2015 has 28 days"
        );
        assert_eq!(
            Date::parse_iso("2015-13-01").unwrap_err().to_string(),
            "'2015-13-01': there is no month 13"
        );
        for text in [
            "2015-2-3",
            "15-02-03",
            "2015/02/03",
            "2015-02-03T10:00",
            "+015-02-03",
        ] {
            assert_eq!(
                Date::parse_iso(text),
                Err(DateError::Form(text.to_string())),
                "{text}"
            );
        }
    }
}
