//! Swedish numbers: numerals with space, no-break space, thin space or period as
//! thousands separator and a decimal comma ("9 842", "44,3", "2.500.000"), and number
//! words ("en", "tjugofem", "tvåhundra", "en och en halv").

use crate::text::lowercase;

/// An exact decimal: `mantissa / 10^scale`. Integer arithmetic keeps "44,3 miljoner"
/// at exactly 44 300 000 kronor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Num {
    /// The digits without the decimal point.
    pub mantissa: u128,
    /// How many of them are decimals.
    pub scale: u32,
}

/// More digits than this cannot be a sum of money and would overflow `u128` arithmetic.
const MAX_DIGITS: usize = 24;

impl Num {
    /// Compares two numbers by value ("2,5" < "10").
    pub fn value_cmp(&self, other: &Num) -> std::cmp::Ordering {
        // Both brought to the larger count of decimals; past u128 the larger is larger.
        let scale = self.scale.max(other.scale);
        let widen = |n: &Num| {
            10u128
                .checked_pow(scale - n.scale)
                .and_then(|f| n.mantissa.checked_mul(f))
        };
        match (widen(self), widen(other)) {
            (Some(a), Some(b)) => a.cmp(&b),
            (a, b) => a.is_none().cmp(&b.is_none()),
        }
    }

    /// A whole number.
    pub fn whole(n: u128) -> Num {
        Num {
            mantissa: n,
            scale: 0,
        }
    }

    /// The value times `multiplier`, rounded to whole units; `None` past `i64`, the
    /// type of an amount in kronor.
    pub fn times(self, multiplier: u64) -> Option<i64> {
        let product = self.mantissa.checked_mul(u128::from(multiplier))?;
        let divisor = 10u128.checked_pow(self.scale)?;
        i64::try_from((product + divisor / 2) / divisor).ok()
    }

    /// Adds a half ("en och en halv").
    fn plus_half(self) -> Num {
        let scaled = self
            .mantissa
            .saturating_mul(10u128.pow(1u32.saturating_sub(self.scale)));
        Num {
            mantissa: scaled.saturating_add(5),
            scale: self.scale.max(1),
        }
    }
}

/// Signs written glued before a figure ("+38,5", "−12,2", "-450", "–1 400"): plus, and
/// for minus the minus sign (U+2212) with the hyphen-minus and en dash that stand for it.
pub(crate) const SIGNS: &[char] = &['+', '-', '\u{2212}', '\u{2013}'];

/// `word` without a sign glued before its first digit, and whether that sign was a
/// minus. A sign with anything but a digit after it ("– 12", "-talet") is left alone.
pub(crate) fn unsigned(word: &str) -> (&str, bool) {
    // A predicate, not the slice as a pattern: the slice's searcher is left out of line
    // in some builds, and this runs on every word of a text.
    match word.strip_prefix(|c: char| SIGNS.contains(&c)) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            (rest, !word.starts_with('+'))
        }
        _ => (word, false),
    }
}

/// Characters that separate thousands in Swedish numerals.
pub(crate) fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{200A}' | '.'
    )
}

/// Parses a numeral such as "2 111", "44,3", "1,436", "2.500.000" or "1303".
/// Returns `None` unless the whole string is one well-formed number.
pub(crate) fn parse_numeral(s: &str) -> Option<Num> {
    let s = s.trim();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int_part, frac_part) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split(is_group_separator).collect();
    let mut digits = String::with_capacity(s.len());
    let mut scale = 0;
    if groups.len() == 1 {
        digits.push_str(groups[0]);
    } else if groups_are_thousands(&groups) {
        groups.iter().for_each(|g| digits.push_str(g));
    } else if groups.len() == 2 && frac_part.is_none() && int_part.contains('.') {
        // "2.5 miljarder": a period that does not group thousands is a decimal point.
        digits.push_str(groups[0]);
        digits.push_str(groups[1]);
        scale = u32::try_from(groups[1].len()).ok()?;
    } else {
        return None;
    }
    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(frac);
        scale = u32::try_from(frac.len()).ok()?;
    }
    if digits.is_empty() || digits.len() > MAX_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some(Num {
        mantissa: digits.parse().ok()?,
        scale,
    })
}

/// "2", "111": a first group of one to three digits, then groups of exactly three.
fn groups_are_thousands(groups: &[&str]) -> bool {
    let all_digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    groups
        .first()
        .is_some_and(|g| all_digits(g) && g.len() <= 3)
        && groups[1..].iter().all(|g| all_digits(g) && g.len() == 3)
}

/// Number words and their values. Longer words first, so "sjutton" is not read as
/// "sju" + "tton".
const WORDS: &[(&str, u128)] = &[
    ("sjutton", 17),
    ("fjorton", 14),
    ("trettio", 30),
    ("sjuttio", 70),
    ("tretton", 13),
    ("femtio", 50),
    ("sextio", 60),
    ("nittio", 90),
    ("hundra", 100),
    ("fyrtio", 40),
    ("femton", 15),
    ("sexton", 16),
    ("nitton", 19),
    ("tjugo", 20),
    ("åttio", 80),
    ("tusen", 1000),
    ("arton", 18),
    ("fyra", 4),
    ("åtta", 8),
    ("elva", 11),
    ("tolv", 12),
    ("två", 2),
    ("tre", 3),
    ("fem", 5),
    ("sex", 6),
    ("sju", 7),
    ("nio", 9),
    ("tio", 10),
    ("ett", 1),
    ("en", 1),
];

/// Words that state a count only roughly before a round number word ("ett par hundra",
/// "några tusen", "flera hundra", "många tusen"): the words after them are no figure.
const VAGUE_QUANTITIES: &[&str] = &["par", "några", "flera", "många"];

/// True when `word` (lower case) is one of [`VAGUE_QUANTITIES`].
pub(crate) fn is_vague_quantity(word: &str) -> bool {
    VAGUE_QUANTITIES.contains(&word)
}

/// Reads one word of concatenated number words: "tjugofem" → 25, "tvåhundra" → 200,
/// "etthundrafemtio" → 150, "tusen" → 1000.
pub(crate) fn parse_compound_word(word: &str) -> Option<u128> {
    if word.is_empty() || word.len() > 60 {
        return None;
    }
    let lower = lowercase(word);
    let mut rest = lower.as_str();
    let (mut total, mut current) = (0u128, 0u128);
    while !rest.is_empty() {
        let (atom, value) = WORDS.iter().find(|(w, _)| rest.starts_with(w))?;
        rest = &rest[atom.len()..];
        match value {
            100 => current = current.max(1) * 100,
            1000 => {
                total += current.max(1) * 1000;
                current = 0;
            }
            v => current += v,
        }
    }
    Some(total + current)
}

/// Reads number words spread over several words: "en", "två", "en halv",
/// "en och en halv", "tre och en halv", "en kvarts", "tre kvarts".
pub(crate) fn parse_number_words(words: &[&str]) -> Option<Num> {
    let lower: Vec<String> = words.iter().map(|w| lowercase(w)).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    match lower.as_slice() {
        [w] if *w != "halv" => parse_compound_word(w).map(Num::whole),
        ["en" | "ett", "halv"] | ["halv"] => Some(Num {
            mantissa: 5,
            scale: 1,
        }),
        [w, "och", "en", "halv"] => parse_compound_word(w).map(|n| Num::whole(n).plus_half()),
        // "en kvarts miljard": the genitive of "kvart", a quarter.
        ["en" | "ett", "kvarts"] => Some(Num {
            mantissa: 25,
            scale: 2,
        }),
        ["tre", "kvarts"] => Some(Num {
            mantissa: 75,
            scale: 2,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<i64> {
        parse_numeral(s).and_then(|n| n.times(1))
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(value("9 842"), Some(9842));
        assert_eq!(value("1\u{00A0}303"), Some(1303));
        assert_eq!(value("1\u{202F}303"), Some(1303));
        assert_eq!(value("1\u{2009}303"), Some(1303));
        assert_eq!(value("2.500.000"), Some(2_500_000));
        assert_eq!(value("12 345 678"), Some(12_345_678));
    }

    #[test]
    fn decimal_comma() {
        assert_eq!(
            parse_numeral("44,3").and_then(|n| n.times(1_000_000)),
            Some(44_300_000)
        );
        assert_eq!(
            parse_numeral("1,436").and_then(|n| n.times(1_000_000_000)),
            Some(1_436_000_000)
        );
        assert_eq!(
            parse_numeral("2.5").and_then(|n| n.times(1_000_000)),
            Some(2_500_000)
        );
    }

    #[test]
    fn malformed_numerals_are_rejected() {
        assert_eq!(value("12 34"), None);
        assert_eq!(value("1,"), None);
        assert_eq!(value("076-116"), None);
        assert_eq!(value(""), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_compound_word("tjugofem"), Some(25));
        assert_eq!(parse_compound_word("tvåhundrafemtio"), Some(250));
        assert_eq!(parse_compound_word("hundra"), Some(100));
        assert_eq!(parse_compound_word("sjutton"), Some(17));
        assert_eq!(parse_compound_word("femtusen"), Some(5000));
        assert_eq!(parse_compound_word("dagar"), None);
        assert_eq!(
            parse_number_words(&["En"]).and_then(|n| n.times(10)),
            Some(10)
        );
    }

    #[test]
    fn kvarts() {
        let quarter = parse_number_words(&["en", "kvarts"]).unwrap();
        assert_eq!(quarter.times(1_000_000_000), Some(250_000_000));
        let three = parse_number_words(&["tre", "kvarts"]).unwrap();
        assert_eq!(three.times(1_000_000), Some(750_000));
        assert_eq!(parse_number_words(&["kvarts"]), None);
        assert_eq!(parse_number_words(&["två", "kvarts"]), None);
    }

    #[test]
    fn en_och_en_halv() {
        let half = parse_number_words(&["en", "halv"]).unwrap();
        assert_eq!(half.times(1_000_000_000), Some(500_000_000));
        let one_and_half = parse_number_words(&["en", "och", "en", "halv"]).unwrap();
        assert_eq!(one_and_half.times(1_000_000_000), Some(1_500_000_000));
        let two_and_half = parse_number_words(&["två", "och", "en", "halv"]).unwrap();
        assert_eq!(two_and_half.times(1_000_000), Some(2_500_000));
    }
}
