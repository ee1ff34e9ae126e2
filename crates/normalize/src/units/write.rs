//! Sums written the Swedish way, with the unit words [`super::unit`] reads, so what
//! pressarkiv prints it also reads back ([`crate::parse_sek`]).

use super::{MILJARD, MILJON};

/// Swedish style: "2 miljarder kr", "44,3 miljoner kr", "20 000 kr".
///
/// ```
/// use pressarkiv_normalize::{format_sek, parse_sek};
/// assert_eq!(format_sek(6_370_000_000), "6,37 miljarder kr");
/// assert_eq!(parse_sek(&format_sek(44_300_000)), Some(44_300_000));
/// ```
pub fn format_sek(value: u64) -> String {
    if value >= MILJARD {
        let word = if value == MILJARD {
            "miljard"
        } else {
            "miljarder"
        };
        format!("{} {word} kr", decimal(value, MILJARD))
    } else if value >= MILJON {
        let word = if value == MILJON {
            "miljon"
        } else {
            "miljoner"
        };
        format!("{} {word} kr", decimal(value, MILJON))
    } else {
        format!("{} kr", format_grouped(value))
    }
}

/// Millions of kronor, the unit of Swedish budget tables: "2 221 mnkr", "53,1 mnkr";
/// sums under a million in kronor.
pub fn format_mnkr(value: u64) -> String {
    if value < MILJON {
        return format!("{} kr", format_grouped(value));
    }
    let tenths = (value % MILJON) / (MILJON / 10);
    if tenths == 0 {
        format!("{} mnkr", format_grouped(value / MILJON))
    } else {
        format!("{},{tenths} mnkr", format_grouped(value / MILJON))
    }
}

/// `value / unit` with a decimal comma and at most three decimals: 6 370 000 000 / 1e9 → "6,37".
fn decimal(value: u64, unit: u64) -> String {
    let whole = value / unit;
    let fraction = (value % unit) * 1000 / unit;
    if fraction == 0 {
        return format_grouped(whole);
    }
    let digits = format!("{fraction:03}");
    format!("{},{}", format_grouped(whole), digits.trim_end_matches('0'))
}

/// Thousands separated by spaces: 9842 → "9 842".
pub fn format_grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

/// A signed sum written by `format` with a minus sign (U+2212) before a negative one:
/// `format_signed(-12_000_000, format_sek)` is "−12 miljoner kr".
pub fn format_signed(value: i64, format: impl Fn(u64) -> String) -> String {
    let written = format(value.unsigned_abs());
    if value < 0 {
        format!("\u{2212}{written}")
    } else {
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_sek;

    #[test]
    fn amounts_read_the_swedish_way() {
        assert_eq!(format_sek(11_000_000_000), "11 miljarder kr");
        assert_eq!(format_sek(6_370_000_000), "6,37 miljarder kr");
        assert_eq!(format_sek(1_000_000_000), "1 miljard kr");
        assert_eq!(format_sek(44_300_000), "44,3 miljoner kr");
        assert_eq!(format_sek(20_000), "20 000 kr");
        assert_eq!(
            format_signed(-12_000_000, format_sek),
            "\u{2212}12 miljoner kr"
        );
        assert_eq!(format_signed(-1_400, format_grouped), "\u{2212}1 400");
        assert_eq!(format_signed(37_000_000, format_sek), "37 miljoner kr");
        assert_eq!(format_grouped(9_842), "9 842");
        assert_eq!(format_mnkr(2_221_000_000), "2 221 mnkr");
        assert_eq!(format_mnkr(53_100_000), "53,1 mnkr");
        assert_eq!(format_mnkr(20_000), "20 000 kr");
    }

    #[test]
    fn what_is_written_reads_back() {
        // Values these forms state exactly: three decimals of a magnitude, tenths of mnkr.
        for value in [
            0,
            7,
            20_000,
            999_999,
            1_000_000,
            44_300_000,
            1_000_000_000,
            6_370_000_000,
            11_000_000_000,
        ] {
            assert_eq!(parse_sek(&format_sek(value)), Some(value), "{value}");
        }
        for value in [20_000, 2_221_000_000, 53_100_000] {
            assert_eq!(parse_sek(&format_mnkr(value)), Some(value), "{value}");
        }
    }
}
