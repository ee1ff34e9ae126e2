//! The header of a table ("Miljoner kronor", "Belopp (tkr)") and what the lines around it
//! tell: the scale of the amounts, how many amount columns there are, and the caption.

use super::lines::{tokens, trim, words, Line, Lines};
use super::rows::RowParser;
use crate::regions::lookup_label;
use crate::text::lowercase;

/// Longest header line; longer lines are prose that happens to say "kronor".
pub(super) const MAX_HEADER_LEN: usize = 80;
/// Longest caption line above a header.
const MAX_CAPTION_LEN: usize = 120;

/// Kronor per unit a header line gives its rows, if it is a header.
pub(super) fn header_scale(line: &str) -> Option<u64> {
    let trimmed = trim(line);
    if trimmed.is_empty() || trimmed.len() > MAX_HEADER_LEN || !mentions_kronor(trimmed) {
        return None;
    }
    let mut seen = UnitWords::default();
    for word in header_words(trimmed) {
        if word.bytes().any(|b| b.is_ascii_digit()) && !is_year(word) {
            return None;
        }
        with_lower_case(word, |lower| seen.note(lower));
    }
    // Counted last: most lines that say "kr" name no unit and stop above.
    let scale = seen.scale()?;
    words(trimmed).nth(10).is_none().then_some(scale)
}

/// The words of a header line, split at spaces and punctuation ("Belopp (tkr)").
fn header_words(line: &str) -> impl Iterator<Item = &str> {
    tokens(line, |b| {
        matches!(
            b,
            b'(' | b')' | b'[' | b']' | b',' | b':' | b';' | b'/' | b'|'
        )
    })
}

/// Calls `f` with `word` in lower case. The words looked for are short and ASCII, so a
/// short ASCII word is lowered on the stack; only other words pay for a `String`.
fn with_lower_case<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 16];
    if let Some(slot) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        slot.copy_from_slice(word.as_bytes());
        slot.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(slot) {
            return f(lower);
        }
    }
    f(&lowercase(word))
}

/// Which unit words a header holds.
#[derive(Debug, Default)]
struct UnitWords {
    currency: bool,
    billions: bool,
    billions_of: bool,
    millions: bool,
    millions_of: bool,
    thousands: bool,
    thousands_of: bool,
}

impl UnitWords {
    /// Notes one lower-case word.
    fn note(&mut self, lower: &str) {
        match lower {
            "kronor" | "kr" | "sek" => self.currency = true,
            "mdkr" | "mdr" | "mrd" => self.billions = true,
            "miljarder" | "miljarders" => self.billions_of = true,
            "mkr" | "mnkr" | "msek" => self.millions = true,
            "miljoner" | "miljon" | "milj" => self.millions_of = true,
            "tkr" | "ksek" => self.thousands = true,
            "tusentals" | "tusen" => self.thousands_of = true,
            _ => {}
        }
    }

    /// Kronor per unit: a unit of its own ("mkr") or a size of kronor ("miljoner kronor").
    fn scale(&self) -> Option<u64> {
        if self.billions || (self.currency && self.billions_of) {
            Some(1_000_000_000)
        } else if self.millions || (self.currency && self.millions_of) {
            Some(1_000_000)
        } else if self.thousands || (self.currency && self.thousands_of) {
            Some(1_000)
        } else if self.currency {
            Some(1)
        } else {
            None
        }
    }
}

/// Every header unit holds "kr" or "sek" in some case ("kronor", "tkr", "MSEK"); a byte
/// scan spares other lines the word split.
pub(super) fn mentions_kronor(line: &str) -> bool {
    // One pass for "kr", "sek", "mdr" and "mrd" in any case. Setting bit 0x20 lower-cases
    // an ASCII letter, and only that letter's two cases give each lower-case letter.
    let b = line.as_bytes();
    let at = |i: usize| b.get(i).map_or(0, |&x| x | 0x20);
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b'k' => at(i + 1) == b'r',
        b's' => at(i + 1) == b'e' && at(i + 2) == b'k',
        b'm' => {
            (at(i + 1) == b'd' && at(i + 2) == b'r') || (at(i + 1) == b'r' && at(i + 2) == b'd')
        }
        _ => false,
    })
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// Amount columns a header announces: one per year or unit it names, at least one.
pub(super) fn column_count(header: &str) -> usize {
    let (mut years, mut units) = (0, 0);
    for w in header_words(header) {
        if is_year(w) {
            years += 1;
        } else if with_lower_case(w, |lower| {
            ["kronor", "kr", "sek", "tkr", "mkr", "mnkr", "mdkr", "msek"].contains(&lower)
        }) {
            units += 1;
        }
    }
    years.max(units).max(1)
}

/// Year columns named on the short lines just above a header ("Region 2023 2024").
pub(super) fn years_above(lines: Lines<'_>, header: Line<'_>) -> usize {
    lines
        .above(header)
        .filter(|l| !l.is_blank())
        .take(2)
        .filter(|l| l.text.len() <= MAX_HEADER_LEN)
        .map(|l| l.text.split_whitespace().filter(|w| is_year(w)).count())
        .max()
        .unwrap_or(0)
}

/// The table's name: the nearest short line above the header that is not a column
/// label ("Region Sammanlagda medel per region.*" → "Sammanlagda medel per region").
pub(super) fn caption(lines: Lines<'_>, header: Line<'_>, rows: &mut RowParser) -> Option<String> {
    let mut blanks = 0;
    for line in lines.above(header).take(4) {
        let trimmed = line.text.trim();
        if trimmed.is_empty() {
            blanks += 1;
            if blanks > 1 {
                return None;
            }
            continue;
        }
        if is_column_word(trimmed) {
            continue;
        }
        if trimmed.len() > MAX_CAPTION_LEN || rows.parse_row(line.text, 1).is_some() {
            return None;
        }
        let mut name = trimmed;
        for word in ["Region ", "Län ", "Landsting ", "Kommun "] {
            if let Some(rest) = name.strip_prefix(word) {
                if rest.starts_with(char::is_uppercase) && lookup_label(rest).is_none() {
                    name = rest;
                }
            }
        }
        let name = name.trim_end_matches(['.', '*', ':', ',', ' ']);
        return (!name.is_empty()).then(|| name.to_string());
    }
    None
}

fn is_column_word(line: &str) -> bool {
    [
        "region",
        "län",
        "landsting",
        "kommun",
        "region/län",
        "regioner",
    ]
    .contains(&lowercase(line.trim_end_matches(':')).as_str())
}
