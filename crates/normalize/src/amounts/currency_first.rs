//! Sums written currency first, as agencies and companies write them in English and in
//! financial Swedish: "SEK 150 million", "SEK 1.2 billion", "MSEK 1 250", "KSEK 300", "TSEK 300",
//! and as price lists and older releases write kronor: "kr 150 000", "kr. 2,5 miljoner".
//!
//! The SEK marks are English usage, so their number is read as English writes it: a
//! comma before three digits groups thousands ("SEK 1,250 million"), a period before
//! one or two digits is a decimal point ("SEK 1.2 billion"), and a Swedish grouping
//! ("SEK 150 000") reads as it always does. After "kr" the number is Swedish: a comma
//! is the decimal mark ("kr 2,5 miljoner").

use crate::numbers::{parse_numeral, Num};
use crate::text::{is_year, same_line, Token};
use crate::units::Unit;

/// The English currency words that stand before a figure.
const CURRENCY_MARKS: &[&str] = &["SEK", "MSEK", "KSEK", "TSEK"];

/// The Swedish abbreviation that may stand before a figure ("kr 150 000"); "kronor"
/// written out always follows its figure.
const KRONOR_FIRST: &str = "kr";

/// Magnitude words after the number, English and Swedish, and their multipliers.
const MAGNITUDES: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("billion", 1_000_000_000),
    ("billions", 1_000_000_000),
    ("tusen", 1_000),
    ("miljon", 1_000_000),
    ("miljoner", 1_000_000),
    ("miljard", 1_000_000_000),
    ("miljarder", 1_000_000_000),
    ("m", 1_000_000),
    ("mn", 1_000_000),
    ("bn", 1_000_000_000),
];

/// Magnitude suffixes glued to the number ("SEK 150m", "SEK 1.2bn").
const GLUED_MAGNITUDES: &[(&str, u64)] =
    &[("bn", 1_000_000_000), ("m", 1_000_000), ("mn", 1_000_000)];

/// The sum whose currency word ("SEK", "MSEK", "kr") is token `i`, `u` its unit, when
/// the number follows it on the same line: the sum in kronor, and the index of its last
/// token.
pub(super) fn sum_after(text: &str, toks: &[Token<'_>], i: usize, u: Unit) -> Option<(i64, usize)> {
    let core = toks[i].core();
    let currency = core.trim_start_matches('(');
    let swedish = currency.eq_ignore_ascii_case(KRONOR_FIRST);
    if !u.currency
        || !(swedish
            || CURRENCY_MARKS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(currency)))
    {
        return None;
    }
    // A mark after the currency word ends its clause ("Beloppen i SEK. 15 projekt"),
    // except the full stop of the abbreviation "kr.".
    let after = &toks[i].text[core.len()..];
    if !(after.is_empty() || swedish && after == ".") {
        return None;
    }
    let on_line = |at: usize| {
        toks.get(at)
            .filter(|t| same_line(text, toks[at - 1].end, t.start))
    };
    let first = on_line(i + 1)?;
    if !first.text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Groups of three digits after the first ("MSEK 1 250"), while no mark ends one.
    let mut last = i + 1;
    while !toks[last].has_trailing_punct() {
        match on_line(last + 1) {
            Some(t) if t.core().len() == 3 && t.core().bytes().all(|b| b.is_ascii_digit()) => {
                last += 1;
            }
            _ => break,
        }
    }
    let written = &text[first.start..toks[last].start + toks[last].core().len()];
    let (digits, glued) = if swedish {
        (written, 1)
    } else {
        split_glued_magnitude(written)
    };
    let mut multiplier = u.multiplier.checked_mul(glued)?;
    let number = if swedish {
        parse_numeral(digits)?
    } else {
        english_numeral(digits)?
    };
    if glued == 1 && u.multiplier == 1 && !toks[last].has_trailing_punct() {
        if let Some(&(_, m)) = on_line(last + 1).and_then(|t| {
            MAGNITUDES
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(t.core()))
        }) {
            multiplier = m;
            last += 1;
        }
    }
    // "i SEK 2021": a year after the currency word, with nothing to scale it, is no sum.
    if multiplier == 1 && last == i + 1 && is_year(digits) {
        return None;
    }
    Some((number.times(multiplier)?, last))
}

/// "150m" → ("150", 1 000 000); a numeral without a glued magnitude → (it, 1).
fn split_glued_magnitude(written: &str) -> (&str, u64) {
    let at = written
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(written.len());
    let (digits, suffix) = written.split_at(at);
    if suffix.is_empty() {
        return (written, 1);
    }
    GLUED_MAGNITUDES
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(suffix))
        .map_or(("", 1), |&(_, m)| (digits, m))
}

/// A numeral as English writes it ("1,250", "1.2"), or as Swedish does ("150 000").
fn english_numeral(written: &str) -> Option<Num> {
    let groups: Vec<&str> = written.split(',').collect();
    let thousands = groups.len() > 1
        && groups[1..]
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if thousands {
        return parse_numeral(&groups.concat());
    }
    parse_numeral(written)
}
