//! The numeric cells of a row: how the numbers after a label split into amounts
//! ("2 111  110" is two cells; "1 303 27" under a two-column header is "1 303" and "27").

use crate::numbers::{parse_numeral, unsigned, Num};

/// A white-space-separated word: its byte range within the line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn of(self, line: &str) -> &str {
        line.get(self.start..self.end).unwrap_or_default()
    }
}

/// A numeric cell: its byte range within the line and its value in table units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cell {
    pub start: usize,
    pub end: usize,
    /// The value without its sign.
    pub value: Num,
    /// Written with a minus sign: a reduction, a deficit, a cost in a result table.
    pub negative: bool,
}

fn is_numeric_word(w: &str) -> bool {
    let (w, _) = unsigned(w);
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Appends to `out` the numeric cells of the words `ws` of `line` (all from some word to
/// the end); `None` unless every word is numeric. Runs of two or more spaces separate
/// cells; inside a run, single spaces group thousands, split to fit `columns` when they
/// can.
pub(super) fn cells_in(line: &str, ws: &[Word], columns: usize, out: &mut Vec<Cell>) -> Option<()> {
    if ws.is_empty() || !ws.iter().all(|w| is_numeric_word(w.of(line))) {
        return None;
    }
    let groups = runs(line, ws).count();
    let wanted_per_group = if groups >= columns {
        1
    } else {
        columns - groups + 1
    };
    for group in runs(line, ws) {
        let mark = out.len();
        if !partition(line, group, wanted_per_group.min(group.len()), out) {
            out.truncate(mark);
            greedy(line, group, out)?;
        }
    }
    Some(())
}

/// The runs of words joined by single spaces.
fn runs<'w>(line: &'w str, ws: &'w [Word]) -> impl Iterator<Item = &'w [Word]> {
    let bytes = line.as_bytes();
    ws.chunk_by(move |a, b| b.start == a.end + 1 && bytes[a.end] == b' ')
}

fn cell(line: &str, toks: &[Word]) -> Option<Cell> {
    let start = toks.first()?.start;
    let end = toks.last()?.end;
    // No figure starts with a zero before another digit: "000" is a thousands group
    // split off a number ("12 000 000"), not a cell of its own.
    let written = toks.first()?.of(line);
    let (first, negative) = unsigned(written);
    let first = first.as_bytes();
    if first.len() > 1 && first[0] == b'0' && first[1].is_ascii_digit() {
        return None;
    }
    // Only a cell's first word carries a sign: "12 -3" are two cells.
    if toks[1..]
        .iter()
        .any(|t| unsigned(t.of(line)).0.len() != t.of(line).len())
    {
        return None;
    }
    let digits_start = start + written.len() - first.len();
    Some(Cell {
        start,
        end,
        value: cell_value(&line[digits_start..end])?,
        negative,
    })
}

/// Appends `toks` split into exactly `n` well-formed numbers, longest first number first;
/// false (with `out` partly filled) when they cannot be.
fn partition(line: &str, toks: &[Word], n: usize, out: &mut Vec<Cell>) -> bool {
    if n == 0 || toks.len() < n {
        return false;
    }
    if n == 1 {
        return cell(line, toks).map(|c| out.push(c)).is_some();
    }
    let mark = out.len();
    for k in (1..=toks.len() - (n - 1)).rev() {
        if let Some(first) = cell(line, &toks[..k]) {
            out.push(first);
            if partition(line, &toks[k..], n - 1, out) {
                return true;
            }
            out.truncate(mark);
        }
    }
    false
}

/// Appends `toks` grouped left to right: a one-to-three-digit group takes the three-digit
/// groups after it.
fn greedy(line: &str, toks: &[Word], out: &mut Vec<Cell>) -> Option<()> {
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        let first = unsigned(toks[i].of(line)).0;
        if first.len() <= 3 && first.bytes().all(|b| b.is_ascii_digit()) {
            while j < toks.len()
                && toks[j]
                    .of(line)
                    .split(',')
                    .next()
                    .is_some_and(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
            {
                j += 1;
            }
        }
        out.push(cell(line, &toks[i..j])?);
        i = j;
    }
    Some(())
}

/// Reads one numeric cell as [`parse_numeral`] does. Table cells are mostly whole numbers
/// grouped by spaces ("2 111"), read here in one pass without the general parser's
/// allocations.
pub(super) fn cell_value(s: &str) -> Option<Num> {
    match spaced_whole_number(s) {
        Quick::Number(n) => Some(n),
        Quick::NotANumber => None,
        Quick::Other => parse_numeral(s),
    }
}

/// What a quick reading of a cell found.
enum Quick {
    Number(Num),
    NotANumber,
    /// Not digits and inner spaces alone: for the general parser.
    Other,
}

/// Most digits a numeral may have, as in [`parse_numeral`].
const MAX_DIGITS: usize = 24;

/// "2 111", "389": digits alone, or in groups split by single spaces, a first group of
/// one to three digits and then groups of three.
fn spaced_whole_number(s: &str) -> Quick {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return Quick::Other;
    }
    let (mut mantissa, mut digits, mut group) = (0u128, 0, 0);
    let mut first_group = true;
    let mut valid = true;
    for &b in bytes {
        if b == b' ' {
            valid &= if first_group {
                (1..=3).contains(&group)
            } else {
                group == 3
            };
            first_group = false;
            group = 0;
        } else if b.is_ascii_digit() {
            group += 1;
            digits += 1;
            // Past the limit the number is refused; stop before the mantissa overflows.
            valid &= digits <= MAX_DIGITS;
            if valid {
                mantissa = mantissa * 10 + u128::from(b - b'0');
            }
        } else {
            return Quick::Other;
        }
    }
    valid &= digits > 0 && (first_group || group == 3);
    if valid {
        Quick::Number(Num::whole(mantissa))
    } else {
        Quick::NotANumber
    }
}
