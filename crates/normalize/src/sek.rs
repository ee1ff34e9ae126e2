//! [`parse_sek`]: one Swedish amount typed in a query ("1 miljard", "500mnkr",
//! "2,5 miljarder", "ca 10–15 mkr") as whole kronor.

use crate::numbers::{is_group_separator, parse_number_words, parse_numeral};
use crate::units::{qualifier, split_glued, unit};

/// Reads a Swedish amount of money as whole kronor: a numeral in any separator style or
/// number words, then an optional magnitude and currency. A range gives its lower bound.
/// Returns `None` for anything else.
///
/// ```
/// use pressarkiv_normalize::parse_sek;
/// assert_eq!(parse_sek("1 miljard"), Some(1_000_000_000));
/// assert_eq!(parse_sek("500mnkr"), Some(500_000_000));
/// assert_eq!(parse_sek("2,5 miljarder kronor"), Some(2_500_000_000));
/// assert_eq!(parse_sek("2.500.000 kronor"), Some(2_500_000));
/// assert_eq!(parse_sek("en och en halv miljard"), Some(1_500_000_000));
/// assert_eq!(parse_sek("076-116 65 62"), None);
/// ```
pub fn parse_sek(text: &str) -> Option<u64> {
    let normalized: String = text
        .trim()
        .chars()
        .map(|c| {
            if is_group_separator(c) && c != '.' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut words: Vec<&str> = normalized.split_whitespace().collect();
    while words.len() > 1 && qualifier(words[0].trim_end_matches('.')).is_some() {
        words.remove(0);
    }
    if words.len() > 2
        && words[0].eq_ignore_ascii_case("upp")
        && words[1].eq_ignore_ascii_case("till")
    {
        words.drain(..2);
    }
    let (number_words, multiplier) = split_unit(&words)?;
    let number = number_words.join(" ");
    let num = match number.split_once(['–', '—', '-']) {
        Some((low, high)) => {
            // A range gives its lower bound; both ends must be numbers ("10–15").
            parse_numeral(high.trim())?;
            parse_numeral(low.trim())?
        }
        None => parse_numeral(&number).or_else(|| parse_number_words(&number_words))?,
    };
    num.times(multiplier)
        .and_then(|sek| u64::try_from(sek).ok())
}

/// Splits words into the number part and the kronor per unit of what follows it.
fn split_unit<'a>(words: &[&'a str]) -> Option<(Vec<&'a str>, u64)> {
    let last = *words.last()?;
    if let Some((number, u)) = split_glued(last) {
        let mut head = words[..words.len() - 1].to_vec();
        head.push(number);
        return Some((head, u.multiplier));
    }
    let core = |w: &str| w.trim_end_matches('.').to_string();
    match words {
        [head @ .., magnitude, currency]
            if unit(&core(currency)).is_some_and(|u| u.currency && u.multiplier == 1)
                && unit(&core(magnitude)).is_some_and(|u| !u.currency) =>
        {
            Some((head.to_vec(), unit(&core(magnitude))?.multiplier))
        }
        [head @ .., word] if unit(&core(word)).is_some() => {
            Some((head.to_vec(), unit(&core(word))?.multiplier))
        }
        _ => Some((words.to_vec(), 1)),
    }
    .filter(|(head, _)| !head.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_magnitudes() {
        assert_eq!(parse_sek("5 tkr"), Some(5_000));
        assert_eq!(parse_sek("5 mkr"), Some(5_000_000));
        assert_eq!(parse_sek("5 Mkr"), Some(5_000_000));
        assert_eq!(parse_sek("1,5 mdkr"), Some(1_500_000_000));
        assert_eq!(parse_sek("3 mdr"), Some(3_000_000_000));
        assert_eq!(parse_sek("250 000 SEK"), Some(250_000));
        assert_eq!(parse_sek("5 tusen kronor"), Some(5_000));
        assert_eq!(parse_sek("44,3 miljoner kronor"), Some(44_300_000));
        assert_eq!(parse_sek("9\u{a0}842"), Some(9_842));
    }

    #[test]
    fn qualifiers_and_ranges() {
        assert_eq!(parse_sek("ca 5 miljoner"), Some(5_000_000));
        assert_eq!(parse_sek("upp till 2 miljarder"), Some(2_000_000_000));
        assert_eq!(parse_sek("10–15 miljoner kronor"), Some(10_000_000));
    }

    #[test]
    fn not_amounts() {
        assert_eq!(parse_sek("miljoner"), None);
        assert_eq!(parse_sek("tre dagar"), None);
        assert_eq!(parse_sek(""), None);
        assert_eq!(parse_sek("08-405 10 00"), None);
    }
}
