//! Turning the cells of a row into amounts, each tied to its row's region or marked as a
//! total.

use rustc_hash::FxHashMap;

use super::rows::Cell;
use super::Tables;
use crate::entities::{Amount, Span};
use crate::regions::{lookup_label, RegionMention};
use crate::text::{lower_case_is, lower_case_starts_with};

/// What a table's header says about every amount beneath it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unit<'a> {
    /// Kronor per number in the table.
    pub scale: u64,
    /// The table's name, or for a cell of one of several money columns the table's and
    /// the column's ([`super::names`]).
    pub caption: Option<&'a str>,
    /// The region whose share the amounts are ([`super::header::region_of_share`]), for
    /// rows that name no region of their own.
    pub share_of: Option<&'static str>,
}

/// A row label and what it names, looked up once for all the cells of the row.
#[derive(Debug, Clone, Copy)]
pub(super) struct RowLabel {
    /// Byte range of the label in the text.
    start: usize,
    end: usize,
    total: bool,
    region: Option<&'static str>,
}

impl RowLabel {
    /// The label at `start..end` of `text`; `municipal` when the rows are municipalities,
    /// which are never tied to a region even where they share its name ("Uppsala").
    pub fn new<'t>(
        text: &'t str,
        start: usize,
        end: usize,
        municipal: bool,
        regions: &mut LabelRegions<'t>,
    ) -> Self {
        let label_text = text.get(start..end).unwrap_or_default();
        let total = is_total_label(label_text);
        let region = if total || municipal {
            None
        } else {
            regions.lookup(label_text)
        };
        RowLabel {
            start,
            end,
            total,
            region,
        }
    }
}

/// The regions row labels name, each label looked up once: a release with several tables
/// labels the rows of each with the same regions.
#[derive(Debug, Default)]
pub(super) struct LabelRegions<'t> {
    known: FxHashMap<&'t str, Option<&'static str>>,
}

impl<'t> LabelRegions<'t> {
    fn lookup(&mut self, label: &'t str) -> Option<&'static str> {
        *self
            .known
            .entry(label)
            // The look-up also reads the receiving body of a county: "Halland
            // (länsstyrelse)" and "Länsstyrelsen i Hallands län" are rows for Halland.
            .or_insert_with(|| lookup_label(label))
    }
}

/// Adds the amount of `cell`, a cell of the line starting at `line_start`. The first cell
/// of a row-per-line row (`from_label`) spans its label too ("Stockholm 2 111").
pub(super) fn emit(
    text: &str,
    tables: &mut Tables,
    label: &RowLabel,
    unit: Unit<'_>,
    line_start: usize,
    cell: &Cell,
    from_label: bool,
) {
    let Some(size) = cell.value.times(unit.scale) else {
        return;
    };
    // A cell written with a minus sign (a reduction, a deficit, costs in a result table)
    // keeps it: read as positive it would be money granted, and swell every total.
    let sek = if cell.negative { -size } else { size };
    let cell_start = line_start + cell.start;
    let span = Span {
        start: if from_label && label.end <= cell_start {
            label.start
        } else {
            cell_start
        },
        end: line_start + cell.end,
    };
    if let Some(canonical) = label.region {
        add_region(tables, label, canonical);
    }
    let region = label
        .region
        .or_else(|| unit.share_of.filter(|_| !label.total));
    tables.amounts.push(Amount {
        text: text[span.start..span.end].to_string(),
        sek,
        sek_max: None,
        qualifier: label.total.then(|| "totalt".to_string()),
        region: region.map(str::to_string),
        table: unit.caption.map(str::to_string),
        is_total: label.total,
        span,
    });
}

/// Records the region a label names, once per label.
fn add_region(tables: &mut Tables, label: &RowLabel, canonical: &'static str) {
    if tables
        .regions
        .last()
        .is_none_or(|r| r.span.start != label.start)
    {
        tables.regions.push(RegionMention {
            canonical,
            span: Span {
                start: label.start,
                end: label.end,
            },
        });
    }
}

/// "Totalt", "Summa", "Hela riket": a row that sums the others.
pub(crate) fn is_total_label(label: &str) -> bool {
    let label = label.trim().trim_end_matches(':');
    let bytes = label.as_bytes();
    // Every total label starts with one of these letters, so an ASCII first letter tells
    // most labels ("Uppsala", "Jönköpings län") at once.
    if let Some(first) = bytes.first().filter(|b| b.is_ascii()) {
        if !matches!(first.to_ascii_lowercase(), b't' | b's' | b'h' | b'r') {
            return false;
        }
    }
    if label.is_ascii() {
        // ASCII lower-cases byte by byte.
        let starts_with = |p: &str| {
            bytes
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
        };
        return TOTAL_LABELS
            .iter()
            .any(|t| bytes.eq_ignore_ascii_case(t.as_bytes()))
            || starts_with("totalt ")
            || starts_with("summa ");
    }
    // A Latin-1 letter (lead byte 0xC3: å, ä, ö, é …) lower-cases outside ASCII, so a label
    // holding one ("Skåne") can at most start like a total.
    let may_be_whole_total = !bytes.contains(&0xC3);
    (may_be_whole_total && TOTAL_LABELS.iter().any(|t| lower_case_is(label, t)))
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
