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

/// What a line of column labels ("Län   Kommuner   Landsting", "Nämnd   Budget 2022
/// Plan 2023") says: how many amount columns follow the label column, and whether the
/// rows are municipalities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ColumnLabels {
    pub columns: usize,
    pub municipal: bool,
    /// True when an amount column is named for money ("Anslag", "Belopp").
    pub money: bool,
}

/// Most words in one column label ("Beviljat stöd (kr)", "Budget 2022").
const MAX_COLUMN_LABEL_WORDS: usize = 4;

/// Words naming the row column of a table of municipalities.
const MUNICIPAL_COLUMNS: &[&str] = &["kommun", "kommuner", "huvudman", "huvudmän"];

/// Words naming an amount column as money, when the unit is stated elsewhere.
const MONEY_COLUMNS: &[&str] = &[
    "anslag", "belopp", "medel", "bidrag", "stöd", "ram", "ramar", "budget",
];

/// True for the one-word label of a municipality column ("Kommun").
pub(super) fn is_municipal_column(line: &str) -> bool {
    with_lower_case(trim(line).trim_end_matches(':'), |w| {
        MUNICIPAL_COLUMNS.contains(&w)
    })
}

/// Reads a line of column labels: cells split by runs of two or more spaces (a tab is
/// two), each of a few words, with no digits but years ("2022", "2018–2029").
pub(super) fn column_labels(line: &str) -> Option<ColumnLabels> {
    let trimmed = trim(line);
    if trimmed.len() > MAX_HEADER_LEN || !trimmed.contains("  ") {
        return None;
    }
    let mut columns = 0;
    let (mut municipal, mut money) = (false, false);
    for (i, cell) in trimmed
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .enumerate()
    {
        let mut count = 0;
        for word in cell.split_whitespace() {
            count += 1;
            if word.bytes().any(|b| b.is_ascii_digit()) && !is_year_span(word) {
                return None;
            }
        }
        if count > MAX_COLUMN_LABEL_WORDS || !cell.chars().any(char::is_alphabetic) && i == 0 {
            return None;
        }
        let first = with_lower_case(cell.split_whitespace().next().unwrap_or_default(), |w| {
            (MUNICIPAL_COLUMNS.contains(&w), MONEY_COLUMNS.contains(&w))
        });
        if i == 0 {
            municipal = first.0;
        } else {
            columns += 1;
            money |= first.1;
        }
    }
    (columns > 0).then_some(ColumnLabels {
        columns,
        municipal,
        money,
    })
}

/// "2022", "2018–2029", "2022/2023": a year or a span of years.
fn is_year_span(word: &str) -> bool {
    word.split(['–', '-', '/'])
        .all(|part| is_year(part.trim_matches(|c: char| !c.is_ascii_digit())))
}

/// The scale of a table whose header names its columns but no unit ("Län   Anslag"),
/// from the sentence just above it ("Beloppen anges i tusentals kronor.").
pub(super) fn unit_stated_above(lines: Lines<'_>, header: Line<'_>) -> Option<u64> {
    if !column_labels(header.text)?.money {
        return None;
    }
    let above = lines.above(header).find(|l| !l.is_blank())?;
    let sentence = trim(above.text);
    // A sentence with figures states sums, not the unit of a table.
    if sentence.bytes().any(|b| b.is_ascii_digit()) || !mentions_kronor(sentence) {
        return None;
    }
    let mut seen = UnitWords::default();
    for word in header_words(sentence) {
        with_lower_case(word.trim_end_matches('.'), |lower| seen.note(lower));
    }
    seen.scale()
}
