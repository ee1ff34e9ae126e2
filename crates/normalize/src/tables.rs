//! Tables copied from web pages: a header such as "Miljoner kronor" or "Tkr" scales the
//! numbers in the rows beneath it, each row's label ties its amounts to a region, and a
//! "Totalt" row is a total. Rows come one per line ("Stockholm 2 111", cells split by
//! spaces or tabs) or one cell per line (a label line, then one line per amount column).

use std::ops::Range;

use crate::entities::{Amount, Span};
use crate::numbers::{parse_numeral, Num};
use crate::regions::{lookup_label, RegionMention};
use crate::text::{lines_with_offsets, lower_case_is, lower_case_starts_with, lowercase};

mod rows;

use rows::{is_label_line, is_number_line, number_cells, parse_row, Cell};

/// Longest header line; longer lines are prose that happens to say "kronor".
const MAX_HEADER_LEN: usize = 80;
/// Longest caption line above a header.
const MAX_CAPTION_LEN: usize = 120;
/// Column-label lines ("Region", "Län") that may stand between header and first row.
const MAX_SKIPPED_HEADER_LINES: usize = 4;

/// What the tables of a text hold.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    /// One amount per numeric cell, in order.
    pub amounts: Vec<Amount>,
    /// Byte ranges the tables cover, from header to last row.
    pub ranges: Vec<Range<usize>>,
    /// Row labels that name regions.
    pub regions: Vec<RegionMention>,
}

/// Finds every table in `text`.
pub(crate) fn find(text: &str) -> Tables {
    let mut lines: Vec<(usize, &str)> =
        Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    lines.extend(lines_with_offsets(text));
    let mut tables = Tables::default();
    let mut i = 0;
    while i < lines.len() {
        let Some(scale) = header_scale(lines[i].1) else {
            i += 1;
            continue;
        };
        let caption = caption(&lines, i);
        let columns = column_count(lines[i].1).max(years_above(&lines, i));
        let before = tables.amounts.len();
        let last = read_rows(
            text,
            &lines,
            i + 1,
            scale,
            columns,
            caption.as_deref(),
            &mut tables,
        );
        if tables.amounts.len() > before {
            let end = lines[last].0 + lines[last].1.len();
            tables.ranges.push(lines[i].0..end);
            i = last + 1;
        } else {
            i += 1;
        }
    }
    tables
}

/// The rows after a header; returns the index of the last row line.
fn read_rows(
    text: &str,
    lines: &[(usize, &str)],
    from: usize,
    scale: u64,
    columns: usize,
    caption: Option<&str>,
    tables: &mut Tables,
) -> usize {
    let mut last = from.saturating_sub(1);
    let mut rows = 0;
    let mut skipped = 0;
    let mut label: Option<(usize, usize)> = None;
    for (j, &(start, line)) in lines.iter().enumerate().skip(from) {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(row) = parse_row(line, columns) {
            let label_span = (start + row.label.0, start + row.label.1);
            for (col, cell) in row.cells.iter().enumerate() {
                let from_label = col == 0;
                emit(
                    text, tables, label_span, start, cell, from_label, scale, caption,
                );
            }
            label = None;
            rows += 1;
            last = j;
        } else if let (Some(cells), Some(l)) = (number_cells(line, 1), label) {
            cells
                .iter()
                .for_each(|cell| emit(text, tables, l, start, cell, false, scale, caption));
            rows += 1;
            last = j;
        } else if is_label_line(line) && next_is_number(lines, j) {
            let lead = line.len() - line.trim_start().len();
            label = Some((start + lead, start + lead + line.trim().len()));
        } else if rows == 0
            && skipped < MAX_SKIPPED_HEADER_LINES
            && (is_label_line(line) || is_number_line(line))
        {
            skipped += 1;
        } else {
            break;
        }
    }
    last
}

fn next_is_number(lines: &[(usize, &str)], j: usize) -> bool {
    lines[j + 1..]
        .iter()
        .find(|(_, l)| !l.trim().is_empty())
        .is_some_and(|(_, l)| is_number_line(l))
}

#[allow(clippy::too_many_arguments)]
fn emit(
    text: &str,
    tables: &mut Tables,
    label: (usize, usize),
    line_start: usize,
    cell: &Cell,
    from_label: bool,
    scale: u64,
    caption: Option<&str>,
) {
    let Some(sek) = cell.value.times(scale) else {
        return;
    };
    let cell_span = (line_start + cell.start, line_start + cell.end);
    let span = if from_label && label.1 <= cell_span.0 {
        Span {
            start: label.0,
            end: cell_span.1,
        }
    } else {
        Span {
            start: cell_span.0,
            end: cell_span.1,
        }
    };
    let label_text = &text[label.0..label.1];
    let total = is_total_label(label_text);
    let region = if total {
        None
    } else {
        lookup_label(label_text)
    };
    if let Some(canonical) = region {
        if tables
            .regions
            .last()
            .is_none_or(|r| r.span.start != label.0)
        {
            tables.regions.push(RegionMention {
                canonical,
                span: Span {
                    start: label.0,
                    end: label.1,
                },
            });
        }
    }
    tables.amounts.push(Amount {
        text: text[span.start..span.end].to_string(),
        sek,
        sek_max: None,
        qualifier: total.then(|| "totalt".to_string()),
        region: region.map(str::to_string),
        table: caption.map(str::to_string),
        is_total: total,
        span,
    });
}

/// "Totalt", "Summa", "Hela riket": a row that sums the others.
fn is_total_label(label: &str) -> bool {
    let label = label.trim().trim_end_matches(':');
    TOTAL_LABELS.iter().any(|t| lower_case_is(label, t))
        || lower_case_starts_with(label, "totalt ")
        || lower_case_starts_with(label, "summa ")
}

/// Labels of a total row, in lower case.
const TOTAL_LABELS: &[&str] = &[
    "totalt",
    "total",
    "summa",
    "totalsumma",
    "hela riket",
    "riket",
    "samtliga",
    "sverige",
    "hela landet",
];

/// Kronor per unit a header line gives its rows, if it is a header.
fn header_scale(line: &str) -> Option<u64> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > MAX_HEADER_LEN || !mentions_kronor(trimmed) {
        return None;
    }
    if trimmed.split_whitespace().count() > 10 {
        return None;
    }
    let words: Vec<String> = trimmed
        .split(|c: char| c.is_whitespace() || "()[],:;/|".contains(c))
        .filter(|w| !w.is_empty())
        .map(lowercase)
        .collect();
    let has_digits = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    if words.iter().any(|w| has_digits(w) && !is_year(w)) {
        return None;
    }
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let currency = has(&["kronor", "kr", "sek"]);
    if has(&["mdkr", "mdr", "mrd"]) || (currency && has(&["miljarder", "miljarders"])) {
        Some(1_000_000_000)
    } else if has(&["mkr", "mnkr", "msek"]) || (currency && has(&["miljoner", "miljon", "milj"])) {
        Some(1_000_000)
    } else if has(&["tkr", "ksek"]) || (currency && has(&["tusentals", "tusen"])) {
        Some(1_000)
    } else if currency {
        Some(1)
    } else {
        None
    }
}

/// Every header unit holds "kr" or "sek" in some case ("kronor", "tkr", "MSEK"); a byte
/// scan spares other lines the word split.
fn mentions_kronor(line: &str) -> bool {
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
fn column_count(header: &str) -> usize {
    let words = header.split(|c: char| c.is_whitespace() || "()[],:;/|".contains(c));
    let (mut years, mut units) = (0, 0);
    for w in words {
        let lower = lowercase(w);
        if is_year(&lower) {
            years += 1;
        } else if ["kronor", "kr", "sek", "tkr", "mkr", "mnkr", "mdkr", "msek"]
            .contains(&lower.as_str())
        {
            units += 1;
        }
    }
    years.max(units).max(1)
}

/// Year columns named on the short lines just above a header ("Region 2023 2024").
fn years_above(lines: &[(usize, &str)], header: usize) -> usize {
    lines[..header]
        .iter()
        .rev()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(2)
        .filter(|(_, l)| l.len() <= MAX_HEADER_LEN)
        .map(|(_, l)| l.split_whitespace().filter(|w| is_year(w)).count())
        .max()
        .unwrap_or(0)
}

/// The table's name: the nearest short line above the header that is not a column
/// label ("Region Sammanlagda medel per region.*" → "Sammanlagda medel per region").
fn caption(lines: &[(usize, &str)], header: usize) -> Option<String> {
    let mut blanks = 0;
    for &(_, line) in lines[..header].iter().rev().take(4) {
        let trimmed = line.trim();
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
        if trimmed.len() > MAX_CAPTION_LEN || parse_row(line, 1).is_some() {
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

/// Reads one numeric cell; shared with the row parser.
fn cell_value(s: &str) -> Option<Num> {
    parse_numeral(s)
}

#[cfg(test)]
mod tests;
