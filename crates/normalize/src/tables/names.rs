//! The name each cell of a table carries. A cell of a table with one money column
//! carries the caption; a cell of a table with several carries "caption / column", the
//! column named as its header writes it ("Budget 2024", "Bidrag 2020 (tkr)"): two
//! columns of one table are two sums, and a reader (or a sum by table) must tell them
//! apart. A table with no caption is named by its column labels alone.

use super::header::mentions_kronor;
use crate::text::trim;
use crate::units::unit_any_form;

/// Most amount columns whose labels are kept; wider tables name their cells by caption.
const MAX_NAMED_COLUMNS: usize = 16;

/// The labels of a table's columns, as its header line or the label lines under it
/// write them.
#[derive(Debug, Default, Clone)]
pub(super) struct ColumnNames<'a> {
    /// The label of the row column ("Region", "Nämnd", "Miljoner kronor").
    row: Option<&'a str>,
    /// One label per amount column, in order.
    amounts: Vec<&'a str>,
    /// Year lines of the one-cell-per-line layout ("2025", "2026"), in order.
    years: Vec<&'a str>,
    /// A header of one cell ("Beviljat stöd (kr)"): in the one-cell-per-line layout, the
    /// label of the first amount column when label lines follow it.
    lone: Option<&'a str>,
}

impl<'a> ColumnNames<'a> {
    /// The labels a header line gives (from where its header starts): those of a line of
    /// cells ([`Self::of_line`]), or the header alone as a possible first label.
    pub fn of_header(header: &'a str) -> Self {
        Self::of_line(header).unwrap_or_else(|| ColumnNames {
            lone: Some(trim(header)).filter(|h| !h.is_empty()),
            ..Self::default()
        })
    }

    /// The labels of a line whose amount columns are regions ([`super::header::region_columns`]):
    /// `row` is the text before the first region, which labels the row column ("År").
    pub fn of_regions(row: &'a str, regions: Vec<&'a str>) -> Self {
        ColumnNames {
            row: Some(row.trim()).filter(|r| !r.is_empty()),
            amounts: regions.into_iter().take(MAX_NAMED_COLUMNS).collect(),
            ..Self::default()
        }
    }

    /// The labels of a line of cells split by runs of spaces ("Län   Kommuner
    /// Landsting"): the first labels the row column, the others the amount columns. A
    /// line indented by a run of spaces leaves the row column's label empty ("    Budget
    /// 2022   Budget 2023"). A line of one label names no column.
    pub fn of_line(line: &'a str) -> Option<Self> {
        let unlabelled_rows = line.starts_with("  ");
        let mut cells = trim(line)
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty());
        let row = if unlabelled_rows { None } else { cells.next() };
        let amounts: Vec<&str> = cells.take(MAX_NAMED_COLUMNS).collect();
        let named = amounts.len() + usize::from(row.is_some()) >= 2;
        named.then_some(ColumnNames {
            row,
            amounts,
            ..Self::default()
        })
    }

    /// Notes a label line of the one-cell-per-line layout; `row_column` when it labels
    /// the row column ("Län").
    pub fn push_label(&mut self, label: &'a str, row_column: bool) {
        let label = trim(label);
        if row_column {
            self.row = Some(label);
            return;
        }
        // A header naming money above the first label line ("Beviljat stöd (kr)") labels
        // the first amount column; a unit alone ("Tkr") labels none.
        let first = self.lone.take().filter(|h| names_money(h));
        if let Some(lone) = first.filter(|_| self.amounts.is_empty()) {
            self.amounts.push(lone);
        }
        if self.amounts.len() < MAX_NAMED_COLUMNS {
            self.amounts.push(label);
        }
    }

    /// Notes a line of years of the one-cell-per-line layout ("2025" under "Insats").
    pub fn push_years(&mut self, line: &'a str) {
        let room = MAX_NAMED_COLUMNS.saturating_sub(self.years.len());
        self.years.extend(line.split_whitespace().take(room));
    }

    /// The name of each amount column's cells; `money` tells the columns of money from
    /// columns counting things. None when the cells carry `caption` alone.
    pub fn resolve(self, caption: Option<&str>, money: impl Fn(usize) -> bool) -> Vec<String> {
        let (row, amounts) = self.labels();
        match caption {
            Some(caption) => {
                let money_columns = (0..amounts.len()).filter(|&c| money(c)).count();
                if money_columns < 2 {
                    return Vec::new();
                }
                amounts
                    .iter()
                    .map(|label| format!("{caption} / {label}"))
                    .collect()
            }
            None => amounts
                .iter()
                .map(|label| uncaptioned(row, label))
                .collect(),
        }
    }

    /// The row label and the amount labels. Years under a label line of the
    /// one-cell-per-line layout name the columns, and the label above them the row
    /// column ("Insats", then "2025", "2026").
    fn labels(self) -> (Option<&'a str>, Vec<&'a str>) {
        if self.years.is_empty() {
            return (self.row, self.amounts);
        }
        let row = self.amounts.last().copied().or(self.row);
        (row, self.years)
    }
}

/// The name of a column's cells in a table with no caption: its label where the label
/// says what the money is ("Budget 2019, mnkr", "Beviljat stöd (kr)"); a label that
/// says only when or in what unit ("2020", "Mnkr"), or names a place, is read with the
/// row column's label ("Region / 2020").
fn uncaptioned(row: Option<&str>, label: &str) -> String {
    match row {
        Some(row) if !names_money(label) => format!("{row} / {label}"),
        _ => label.to_string(),
    }
}

/// True for a label naming money in words of its own besides its unit ("Fast belopp
/// (mnkr)"), not a unit alone ("Tkr 2024", "Miljoner kronor").
fn names_money(label: &str) -> bool {
    mentions_kronor(label)
        && label
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| unit_any_form(w).is_none())
}

/// The column labels of a table while its header is read, then, from its first row on,
/// the name of each amount column's cells.
#[derive(Debug)]
pub(super) enum CellNames<'a> {
    Labels(ColumnNames<'a>),
    Names(Vec<String>),
}

impl<'a> CellNames<'a> {
    /// The labels, while no row has been read.
    pub fn labels(&mut self) -> Option<&mut ColumnNames<'a>> {
        match self {
            CellNames::Labels(labels) => Some(labels),
            CellNames::Names(_) => None,
        }
    }

    /// Replaces the labels with those of a later line of labels.
    pub fn relabel(&mut self, labels: ColumnNames<'a>) {
        if let CellNames::Labels(_) = self {
            *self = CellNames::Labels(labels);
        }
    }

    /// The name of each amount column's cells ([`ColumnNames::resolve`]), resolved once.
    pub fn names(&mut self, caption: Option<&str>, money: impl Fn(usize) -> bool) -> &[String] {
        if let CellNames::Labels(labels) = self {
            let names = std::mem::take(labels).resolve(caption, money);
            *self = CellNames::Names(names);
        }
        match self {
            CellNames::Names(names) => names,
            CellNames::Labels(_) => &[],
        }
    }
}
