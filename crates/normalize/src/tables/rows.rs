//! One table line: a label and its numeric cells ("Skåne 1 303", "Stockholm  2 111  110"),
//! or a line of numbers alone in the one-cell-per-line layout.

use super::cell_value;
use crate::numbers::Num;

/// Longest row label, in words ("Jämtland Härjedalen", "Region Västra Götaland").
const MAX_LABEL_WORDS: usize = 6;
/// Longest label line in the one-cell-per-line layout.
const MAX_LABEL_LINE: usize = 40;

/// A numeric cell: its byte range within the line and its value in table units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cell {
    pub start: usize,
    pub end: usize,
    pub value: Num,
}

/// A label followed by numbers on one line.
#[derive(Debug)]
pub(crate) struct Row {
    /// Byte range of the label within the line.
    pub label: (usize, usize),
    pub cells: Vec<Cell>,
}

/// Words a row usually has, so that one allocation holds them.
const USUAL_ROW_WORDS: usize = 12;

/// White-space-separated words of `line` with their byte offsets.
fn words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(USUAL_ROW_WORDS);
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &line[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// Parses "Label 1 303 27" into its label and cells; `columns` is how many amount
/// columns the header announced.
pub(crate) fn parse_row(line: &str, columns: usize) -> Option<Row> {
    let ws = words(line);
    let first_number = ws
        .iter()
        .position(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))?;
    if first_number == 0 || first_number > MAX_LABEL_WORDS {
        return None;
    }
    let label_words = &ws[..first_number];
    if label_words
        .iter()
        .any(|(_, w)| w.chars().any(|c| c.is_ascii_digit()))
        || !label_words
            .iter()
            .any(|(_, w)| w.chars().any(char::is_alphabetic))
    {
        return None;
    }
    let (label_start, _) = label_words[0];
    let (last_start, last) = label_words[label_words.len() - 1];
    let cells = cells_in(line, &ws[first_number..], columns)?;
    Some(Row {
        label: (label_start, last_start + last.len()),
        cells,
    })
}

/// The cells of a line holding numbers only.
pub(crate) fn number_cells(line: &str, columns: usize) -> Option<Vec<Cell>> {
    if line.trim().is_empty() {
        return None;
    }
    cells_in(line, &words(line), columns)
}

/// True for a line of numbers alone.
pub(crate) fn is_number_line(line: &str) -> bool {
    number_cells(line, 1).is_some()
}

/// True for a short line of words without digits: a row label or column label.
pub(crate) fn is_label_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= MAX_LABEL_LINE
        && t.split_whitespace().count() <= MAX_LABEL_WORDS
        && t.chars().any(char::is_alphabetic)
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['.', '?', '!'])
}

fn is_numeric_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// Splits the words `ws` of `line` (all from some word to the end) into numeric cells.
/// Runs of two or more spaces separate cells; inside a run, single spaces group
/// thousands, split to fit `columns` when they can.
fn cells_in(line: &str, ws: &[(usize, &str)], columns: usize) -> Option<Vec<Cell>> {
    if ws.is_empty() || !ws.iter().all(|(_, w)| is_numeric_word(w)) {
        return None;
    }
    // Where each run of words joined by single spaces starts, and the end.
    let mut bounds: Vec<usize> = Vec::with_capacity(ws.len() + 1);
    bounds.push(0);
    for (i, pair) in ws.windows(2).enumerate() {
        if line.get(pair[0].0 + pair[0].1.len()..pair[1].0) != Some(" ") {
            bounds.push(i + 1);
        }
    }
    bounds.push(ws.len());
    let groups = bounds.len() - 1;
    let wanted_per_group = if groups >= columns {
        1
    } else {
        columns - groups + 1
    };
    let mut cells = Vec::with_capacity(groups.max(columns));
    for run in bounds.windows(2) {
        let group = ws.get(run[0]..run[1])?;
        let parts = partition(line, group, wanted_per_group.min(group.len()))
            .or_else(|| greedy(line, group))?;
        cells.extend(parts);
    }
    Some(cells)
}

fn cell(line: &str, toks: &[(usize, &str)]) -> Option<Cell> {
    let (start, _) = *toks.first()?;
    let (last_start, last) = *toks.last()?;
    let end = last_start + last.len();
    Some(Cell {
        start,
        end,
        value: cell_value(&line[start..end])?,
    })
}

/// Splits `toks` into exactly `n` well-formed numbers, longest first number first.
fn partition(line: &str, toks: &[(usize, &str)], n: usize) -> Option<Vec<Cell>> {
    if n == 0 || toks.len() < n {
        return None;
    }
    if n == 1 {
        return cell(line, toks).map(|c| vec![c]);
    }
    for k in (1..=toks.len() - (n - 1)).rev() {
        if let Some(first) = cell(line, &toks[..k]) {
            if let Some(mut rest) = partition(line, &toks[k..], n - 1) {
                rest.insert(0, first);
                return Some(rest);
            }
        }
    }
    None
}

/// Groups `toks` left to right: a one-to-three-digit group takes the three-digit groups
/// after it.
fn greedy(line: &str, toks: &[(usize, &str)]) -> Option<Vec<Cell>> {
    let mut cells = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        if toks[i].1.len() <= 3 && toks[i].1.bytes().all(|b| b.is_ascii_digit()) {
            while j < toks.len()
                && toks[j]
                    .1
                    .split(',')
                    .next()
                    .is_some_and(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
            {
                j += 1;
            }
        }
        cells.push(cell(line, &toks[i..j])?);
        i = j;
    }
    Some(cells)
}
