//! Tables copied from web pages: a header such as "Miljoner kronor" or "Tkr" scales the
//! numbers in the rows beneath it, each row's label ties its amounts to a region, and a
//! "Totalt" row is a total. Rows come one per line ("Stockholm 2 111", cells split by
//! spaces or tabs) or one cell per line (a label line, then one line per amount column).

use std::ops::Range;

use crate::entities::{Amount, Span};
use crate::regions::RegionMention;
use crate::text::{is_year, NextMatch, CELL_GAP};
use crate::units::UnitParts;

mod cells;
mod emit;
mod header;
mod intro;
mod lines;
mod names;
mod rows;
mod unit_cells;

pub(crate) use emit::is_total_label;
use emit::{emit, LabelRegions, RowLabel, Unit};
use header::{
    caption, column_count, column_labels, count_bit, header_offset, header_scale,
    introduced_caption, is_count_column, is_municipal_column, is_row_column, is_year_line,
    region_columns, region_of_share, unit_stated_above, years_above,
};
use lines::{Line, Lines};
use names::{CellNames, ColumnNames};
use rows::{is_label_line, Cell, RowParser};
pub(crate) use unit_cells::name_rows as name_unit_cell_rows;

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
    /// Row labels that name organizations, under a row column labelled so
    /// ("Organisation"); totals and the rest ("Övriga 13 organisationer") aside.
    pub bodies: Vec<Span>,
}

/// Finds every table in `text`, whose unit parts are `parts`.
pub(crate) fn find(text: &str, parts: &UnitParts) -> Tables {
    let lines = Lines::new(text);
    let mut parser = RowParser::default();
    let mut regions = LabelRegions::default();
    let mut tables = Tables::default();
    let mut next = Some(lines.at(0));
    // Column labels stand apart by a cell gap: a line without one, most of a release,
    // is not read for them.
    let mut gaps = NextMatch::new(&CELL_GAP);
    while let Some(line) = next {
        next = lines.after(&line);
        let labels = gaps
            .within(text.as_bytes(), line.start, line.end())
            .then(|| column_labels(line.text))
            .flatten();
        let stated = states_unit(parts, line).or_else(|| unit_stated_above(lines, line, labels));
        // Under a line naming money but no unit, the figures are whole kronor; so are
        // those of a money column under a caption naming money ("Beviljade bidrag 2020"
        // above "Organisation   Belopp").
        let introduced = stated.is_none() && intro::introduces_kronor(line.text);
        let labelled = stated.is_none()
            && !introduced
            && labels.is_some_and(|l| l.money && l.counts == 0)
            && lines
                .above(line)
                .find(|l| !l.is_blank())
                .is_some_and(|above| intro::captions_kronor(above.text));
        let implied = (introduced || labelled) && !header_follows(lines, line);
        let Some(scale) = stated.or(implied.then_some(1)) else {
            continue;
        };
        let mut caption = caption(lines, line, &mut parser);
        if introduced && caption.is_none() {
            caption = introduced_caption(line.text);
        }
        let columns = column_count(line.text)
            .max(years_above(lines, line))
            .max(labels.map_or(0, |l| l.columns));
        let unit = Unit {
            scale,
            caption: caption.as_deref(),
            share_of: region_of_share(line.text),
        };
        let before = tables.amounts.len();
        let regions_before = tables.regions.len();
        let bodies_before = tables.bodies.len();
        let mut reader = Reader {
            text,
            lines,
            parser: &mut parser,
            regions: &mut regions,
        };
        let columns = Columns {
            count: columns,
            municipal: labels.is_some_and(|l| l.municipal),
            bodies: labels.is_some_and(|l| l.bodies),
            counts: labels.map_or(0, |l| l.counts),
            kronor: labels.map_or(0, |l| l.kronor),
            year_rows: labels.is_some_and(|l| l.year_rows),
        };
        let header_clause = line
            .text
            .get(header_offset(line.text)..)
            .unwrap_or(line.text);
        // A line introducing the rows is no column's label.
        let names = if introduced {
            ColumnNames::default()
        } else {
            ColumnNames::of_header(header_clause)
        };
        let last = reader.read_rows(line, unit, columns, names, &mut tables);
        let smallest = if labelled {
            intro::SMALLEST_LABELLED_KRONOR
        } else {
            intro::SMALLEST_IMPLIED_KRONOR
        };
        let too_small = |a: &Amount| a.sek.unsigned_abs() < smallest;
        if implied && tables.amounts[before..].iter().any(too_small) {
            // Small figures have a unit stated elsewhere: this is no table of kronor.
            tables.amounts.truncate(before);
            tables.regions.truncate(regions_before);
            tables.bodies.truncate(bodies_before);
        }
        if tables.amounts.len() > before {
            // The words before an introduced unit are prose and keep their entities.
            tables
                .ranges
                .push(line.start + header_offset(line.text)..last.end());
            next = lines.after(&last);
        }
    }
    tables
}

/// First words of the row of a table that gathers the bodies no row names ("Övriga 13
/// organisationer").
const REST_ROWS: [&str; 4] = ["Övriga", "Övrigt", "Andra", "Resterande"];

/// True when a row label of a table of organizations names one: it opens with a
/// capital or a figure ("Noaks Ark", "4H"), not a mark ("**Summa**"), and is no total
/// ([`is_total_label`]) or rest ([`REST_ROWS`]).
fn names_a_body(label: &str) -> bool {
    let first = label.split_whitespace().next().unwrap_or_default();
    label.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !is_total_label(label)
        && !REST_ROWS.contains(&first)
}

/// [`header_scale`] of `line`, asked only of a line holding a unit part: a header states
/// its unit in a word holding one ([`header::mentions_kronor`]), and most lines hold none.
fn states_unit(parts: &UnitParts, line: Line<'_>) -> Option<u64> {
    parts
        .any_in(line.start..line.end())
        .then(|| header_scale(line.text))
        .flatten()
}

/// True when one of the lines just below `line` ([`MAX_SKIPPED_HEADER_LINES`], blank
/// ones aside) is a header stating a unit ("De största bidragen:" above "Verksamhet
/// Tkr 2023 Tkr 2024"): that header, not the line introducing it, scales the rows.
fn header_follows(lines: Lines<'_>, line: Line<'_>) -> bool {
    let mut next = lines.after(&line);
    let mut seen = 0;
    while let Some(below) = next {
        if !below.is_blank() {
            if header_scale(below.text).is_some() {
                return true;
            }
            seen += 1;
            if seen == MAX_SKIPPED_HEADER_LINES {
                break;
            }
        }
        next = lines.after(&below);
    }
    false
}

/// What the header and the column labels under it say of a table's columns.
#[derive(Debug, Clone, Copy)]
struct Columns {
    /// Amount columns.
    count: usize,
    /// True when the rows are municipalities.
    municipal: bool,
    /// True when the rows are organizations.
    bodies: bool,
    /// Amount columns that count things rather than kronor ("Antal platser"), one bit
    /// each ([`count_bit`]); their figures are no amounts.
    counts: u64,
    /// Amount columns labelled in whole kronor ("Kronor per invånare"), one bit each:
    /// their figures are kronor whatever unit the header states for the table.
    kronor: u64,
    /// True when the row column is labelled as years ("År"): each row opens with its year.
    year_rows: bool,
}

impl Columns {
    fn is_money(&self, column: usize) -> bool {
        self.counts & count_bit(column) == 0
    }
}

/// What reading the rows of a table needs besides the table.
struct Reader<'a, 'p> {
    text: &'a str,
    lines: Lines<'a>,
    parser: &'p mut RowParser,
    regions: &'p mut LabelRegions<'a>,
}

impl<'a> Reader<'a, '_> {
    /// The rows after `header`; returns the last row line (the header when there is none).
    fn read_rows(
        &mut self,
        header: Line<'a>,
        unit: Unit<'_>,
        mut columns: Columns,
        names: ColumnNames<'a>,
        tables: &mut Tables,
    ) -> Line<'a> {
        let text = self.text;
        let mut last = header;
        let mut rows = 0;
        let mut skipped = 0;
        // Amount columns named so far, one label per line under the header; the header
        // names the first.
        let mut named = 1;
        // The label line of a one-cell-per-line row, waiting for its numbers, and the
        // column of the next of them.
        let mut label: Option<RowLabel> = None;
        // Columns the rows so far filled with text before their numbers.
        let mut text_columns = 0;
        let mut column = 0;
        // The region of each amount column, when the columns are regions.
        let mut column_regions: Vec<&'static str> = Vec::new();
        // The labels of the columns, until the first row turns them into the name of
        // each column's cells.
        let mut names = CellNames::Labels(names);
        for line in self.lines.from(header).skip(1) {
            if line.is_blank() {
                continue;
            }
            if let Some(regions) = (rows == 0).then(|| region_columns(line.text)).flatten() {
                columns.count = columns.count.max(regions.len());
                for &(start, end, canonical) in &regions {
                    tables.regions.push(RegionMention {
                        canonical,
                        span: Span {
                            start: line.start + start,
                            end: line.start + end,
                        },
                    });
                }
                names.relabel(region_labels(line.text, &regions));
                column_regions = regions.into_iter().map(|(.., region)| region).collect();
                skipped += 1;
            } else if let Some(cells) = (!column_regions.is_empty())
                .then(|| year_row(self.parser, line.text, column_regions.len()))
                .flatten()
                .map(|(_, cells)| cells)
            {
                // A year labels the row of a table whose columns are regions.
                let names = names.names(unit.caption, |c| columns.is_money(c));
                for (col, cell) in cells.iter().enumerate() {
                    let unit = in_column(unit, &columns, &column_regions, names, col);
                    let label = RowLabel::new(
                        text,
                        line.start,
                        line.start,
                        columns.municipal,
                        self.regions,
                    );
                    emit(text, tables, &label, unit, line.start, cell, false);
                }
                rows += 1;
                last = line;
            } else if let Some((year, cells)) = columns
                .year_rows
                .then(|| year_row(self.parser, line.text, columns.count))
                .flatten()
            {
                // Under a row column labelled "År", the year opening a row is its label
                // ("2006   1 000"): a row label holds no figure elsewhere.
                let (start, end) = (line.start + year.start, line.start + year.end);
                let year_label = RowLabel::new(text, start, end, false, self.regions);
                let names = names.names(unit.caption, |c| columns.is_money(c));
                for (col, cell) in cells.iter().enumerate() {
                    if columns.is_money(col) {
                        let unit = in_column(unit, &columns, &[], names, col);
                        emit(text, tables, &year_label, unit, line.start, cell, col == 0);
                    }
                }
                rows += 1;
                last = line;
            } else if let Some(labels) = (rows == 0).then(|| column_labels(line.text)).flatten() {
                // The column labels under the header ("Län   Kommuner   Landsting").
                if let Some(labelled) = ColumnNames::of_line(line.text) {
                    names.relabel(labelled);
                }
                columns.count = columns.count.max(labels.columns);
                columns.municipal |= labels.municipal;
                columns.bodies |= labels.bodies;
                columns.counts |= labels.counts;
                columns.kronor |= labels.kronor;
                columns.year_rows |= labels.year_rows;
                skipped += 1;
            } else if let Some(row) = self.parser.parse_row(
                &rows::without_footnote_mark(line.text),
                columns.count,
                text_columns,
            ) {
                text_columns = text_columns.max(row.first_column);
                let (start, end) = (line.start + row.label.0, line.start + row.label.1);
                let row_label = RowLabel::new(text, start, end, columns.municipal, self.regions);
                if columns.bodies && names_a_body(&text[start..end]) {
                    tables.bodies.push(Span { start, end });
                }
                // Columns the row fills with text ("Evenemang") hold no money.
                let first = row.first_column;
                let names = names.names(unit.caption, |c| c >= first && columns.is_money(c));
                for (col, cell) in row.cells.iter().enumerate() {
                    if columns.is_money(row.first_column + col) {
                        let unit = in_column(
                            unit,
                            &columns,
                            &column_regions,
                            names,
                            row.first_column + col,
                        );
                        emit(text, tables, &row_label, unit, line.start, cell, col == 0);
                    }
                }
                label = None;
                rows += 1;
                last = line;
            } else if let (Some(l), Some(cells)) = (label, self.parser.number_cells(line.text, 1)) {
                let names = names.names(unit.caption, |c| columns.is_money(c));
                for cell in cells {
                    if columns.is_money(column) {
                        let unit = in_column(unit, &columns, &[], names, column);
                        emit(text, tables, &l, unit, line.start, cell, false);
                    }
                    column += 1;
                }
                rows += 1;
                last = line;
            } else if is_label_line(line.text) && self.next_is_number(line, rows == 0) {
                let start = line.start + (line.text.len() - line.text.trim_start().len());
                let end = start + line.text.trim().len();
                label = Some(RowLabel::new(
                    text,
                    start,
                    end,
                    columns.municipal,
                    self.regions,
                ));
                column = 0;
            } else if rows == 0
                && skipped < MAX_SKIPPED_HEADER_LINES
                && (is_label_line(line.text) || self.parser.is_number_line(line.text))
            {
                columns.municipal |= is_municipal_column(line.text);
                note_label(&mut names, line.text, self.parser);
                if is_label_line(line.text) && !is_row_column(line.text) {
                    if is_count_column(line.text) {
                        columns.counts |= count_bit(named);
                    }
                    named += 1;
                }
                skipped += 1;
            } else {
                break;
            }
        }
        last
    }

    /// True when the next non-blank line after `line` holds numbers alone. Before the
    /// first row (`first`), years alone ("2025") name the columns: the line above them
    /// labels the row column ("Insats"), it is no row.
    fn next_is_number(&mut self, line: Line<'_>, first: bool) -> bool {
        let next = self.lines.from(line).skip(1).find(|l| !l.is_blank());
        next.is_some_and(|l| self.parser.is_number_line(l.text) && !(first && is_year_line(l.text)))
    }
}

/// The unit of a cell in amount column `column`: in a table whose columns are regions,
/// the cell is that region's share unless its row names a region of its own or totals;
/// in a table whose columns are named ([`CellNames`]), the cell carries its column's name;
/// in a column labelled in whole kronor ([`Columns::kronor`]), its figure is kronor.
fn in_column<'u>(
    unit: Unit<'u>,
    columns: &Columns,
    column_regions: &[&'static str],
    names: &'u [String],
    column: usize,
) -> Unit<'u> {
    let in_kronor = columns.kronor & count_bit(column) != 0;
    Unit {
        scale: if in_kronor { 1 } else { unit.scale },
        share_of: column_regions.get(column).copied().or(unit.share_of),
        caption: names.get(column).map(String::as_str).or(unit.caption),
    }
}

/// The labels of a line whose columns are regions, at `regions` (byte ranges in `line`).
fn region_labels<'a>(line: &'a str, regions: &[(usize, usize, &'static str)]) -> ColumnNames<'a> {
    let first = regions.first().map_or(0, |&(start, ..)| start);
    let labels = regions
        .iter()
        .filter_map(|&(start, end, _)| line.get(start..end))
        .collect();
    ColumnNames::of_regions(line.get(..first).unwrap_or_default(), labels)
}

/// Notes a line between the header and the first row of the one-cell-per-line layout:
/// a label of the row column ("Län") or of an amount column, or a line of years.
fn note_label<'a>(names: &mut CellNames<'a>, line: &'a str, parser: &mut RowParser) {
    let Some(labels) = names.labels() else {
        return;
    };
    if is_label_line(line) {
        labels.push_label(line, is_row_column(line));
    } else if is_year_line(line) && parser.is_number_line(line) {
        labels.push_years(line);
    }
}

/// The year that opens `line` and the cells after it ("2005   241   186   134"), when it
/// holds a year and `columns` figures.
fn year_row(parser: &mut RowParser, line: &str, columns: usize) -> Option<(Cell, Vec<Cell>)> {
    let first = line.split_whitespace().next()?;
    if !is_year(first) {
        return None;
    }
    let cells = parser.number_cells(line, columns + 1)?;
    let (year, rest) = cells.split_first()?;
    (rest.len() == columns && line.get(year.start..year.end) == Some(first))
        .then(|| (*year, rest.to_vec()))
}

#[cfg(test)]
mod tests;
