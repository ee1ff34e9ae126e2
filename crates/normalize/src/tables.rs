//! Tables copied from web pages: a header such as "Miljoner kronor" or "Tkr" scales the
//! numbers in the rows beneath it, each row's label ties its amounts to a region, and a
//! "Totalt" row is a total. Rows come one per line ("Stockholm 2 111", cells split by
//! spaces or tabs) or one cell per line (a label line, then one line per amount column).

use std::ops::Range;

use crate::entities::Amount;
use crate::regions::RegionMention;

mod cells;
mod emit;
mod header;
mod lines;
mod rows;

use emit::{emit, RowLabel, Unit};
use header::{caption, column_count, header_scale, years_above};
use lines::{Line, Lines};
use rows::{is_label_line, RowParser};

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
    let lines = Lines::new(text);
    let mut parser = RowParser::default();
    let mut tables = Tables::default();
    let mut next = Some(lines.at(0));
    while let Some(line) = next {
        next = lines.after(&line);
        let Some(scale) = header_scale(line.text) else {
            continue;
        };
        let caption = caption(lines, line, &mut parser);
        let columns = column_count(line.text).max(years_above(lines, line));
        let unit = Unit {
            scale,
            caption: caption.as_deref(),
        };
        let before = tables.amounts.len();
        let last = read_rows(text, lines, line, unit, columns, &mut parser, &mut tables);
        if tables.amounts.len() > before {
            tables.ranges.push(line.start..last.end());
            next = lines.after(&last);
        }
    }
    tables
}

/// The rows after `header`; returns the last row line (the header when there is none).
fn read_rows<'a>(
    text: &str,
    lines: Lines<'a>,
    header: Line<'a>,
    unit: Unit<'_>,
    columns: usize,
    parser: &mut RowParser,
    tables: &mut Tables,
) -> Line<'a> {
    let mut last = header;
    let mut rows = 0;
    let mut skipped = 0;
    // The label line of a one-cell-per-line row, waiting for its numbers.
    let mut label: Option<RowLabel> = None;
    for line in lines.from(header).skip(1) {
        if line.is_blank() {
            continue;
        }
        if let Some(row) = parser.parse_row(line.text, columns) {
            let row_label = RowLabel::new(text, line.start + row.label.0, line.start + row.label.1);
            for (col, cell) in row.cells.iter().enumerate() {
                emit(text, tables, &row_label, unit, line.start, cell, col == 0);
            }
            label = None;
            rows += 1;
            last = line;
        } else if let (Some(l), Some(cells)) = (label, parser.number_cells(line.text, 1)) {
            for cell in cells {
                emit(text, tables, &l, unit, line.start, cell, false);
            }
            rows += 1;
            last = line;
        } else if is_label_line(line.text) && next_is_number(lines, line, parser) {
            let lead = line.text.len() - line.text.trim_start().len();
            let start = line.start + lead;
            label = Some(RowLabel::new(text, start, start + line.text.trim().len()));
        } else if rows == 0
            && skipped < MAX_SKIPPED_HEADER_LINES
            && (is_label_line(line.text) || parser.is_number_line(line.text))
        {
            skipped += 1;
        } else {
            break;
        }
    }
    last
}

/// True when the next non-blank line after `line` holds numbers alone.
fn next_is_number(lines: Lines<'_>, line: Line<'_>, parser: &mut RowParser) -> bool {
    lines
        .from(line)
        .skip(1)
        .find(|l| !l.is_blank())
        .is_some_and(|l| parser.is_number_line(l.text))
}

#[cfg(test)]
mod tests;
