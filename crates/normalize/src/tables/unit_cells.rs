//! Tables whose every cell carries its own unit ("Region Värmland   17,2 Mkr", "Bergs
//! kommun   3 870 000 kr"): no header states a unit, so no table is read from them, and
//! the prose reader finds each sum. Such rows are still a table's: they are named after
//! its caption, and a "Summa" row restates the others.

use super::header::{caption, column_labels, MAX_CAPTION_LEN};
use super::is_total_label;
use super::lines::{Line, Lines};
use super::rows::RowParser;
use crate::entities::Amount;

/// Fewest rows read as a table: two lines of sums under a heading are as often a short
/// list in prose.
const MIN_ROWS: usize = 3;

/// Most words in the label before a unit-bearing cell: a receiving body's full name.
const MAX_LABEL_WORDS: usize = 10;

/// Names the table of each run of [`MIN_ROWS`] or more consecutive lines that each hold
/// a label, a cell break and one of `amounts` (found in prose, in text order) to the end
/// of the line, under a caption ("Beviljade bygdemedel per kommun", perhaps with a line of
/// column labels between); marks a total row's sum ([`is_total_label`]). Only the lines
/// of the amounts are read.
pub(crate) fn name_rows(text: &str, amounts: &mut [Amount]) {
    let lines = Lines::new(text);
    let mut parser = RowParser::default();
    let mut i = 0;
    while i < amounts.len() {
        let mut rows: Vec<(Line<'_>, usize)> = Vec::new();
        for (k, amount) in amounts.iter().enumerate().skip(i) {
            let Some(row) = row_of(text, lines, amount) else {
                break;
            };
            let follows = rows
                .last()
                .is_none_or(|(last, _)| lines.after(last).is_some_and(|l| l.start == row.start));
            if !follows {
                break;
            }
            rows.push((row, k));
        }
        let taken = rows.len().max(1);
        if rows.len() >= MIN_ROWS {
            if let Some(name) = table_caption(lines, rows[0].0, &mut parser) {
                for &(line, k) in &rows {
                    let label = &text[line.start..amounts[k].span.start];
                    amounts[k].table = Some(name.clone());
                    if is_total_label(label) {
                        amounts[k].is_total = true;
                    }
                }
            }
        }
        i += taken;
    }
}

/// The line of `amount` when it is a row of a unit-bearing table: a label of a few words
/// ending in a letter or ")", a cell break, and the amount to the end of the line.
fn row_of<'a>(text: &'a str, lines: Lines<'a>, amount: &Amount) -> Option<Line<'a>> {
    if amount.table.is_some() {
        return None;
    }
    let start = amount.span.start;
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
    let line = lines.at(line_start);
    if amount.span.end > line.end() || !text[amount.span.end..line.end()].trim().is_empty() {
        return None;
    }
    // The clean text sets cells apart by two spaces or more.
    let before = &text[line_start..start];
    if !before.ends_with("  ") {
        return None;
    }
    let label = before.trim();
    let words = label.split_whitespace().count();
    let ends_in_letter = label
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ')');
    (ends_in_letter && (1..=MAX_LABEL_WORDS).contains(&words)).then_some(line)
}

/// The caption above the first row `first`: the nearest short line that is no sentence
/// (no closing full stop) and holds no cells, read past one line of column labels
/// ("Region   Belopp").
fn table_caption(lines: Lines<'_>, first: Line<'_>, parser: &mut RowParser) -> Option<String> {
    let above = lines.above(first).find(|l| !l.is_blank())?;
    let header = if column_labels(above.text).is_some() {
        above
    } else {
        first
    };
    let line = lines.above(header).find(|l| !l.is_blank())?;
    let trimmed = line.text.trim();
    if trimmed.len() > MAX_CAPTION_LEN || trimmed.ends_with('.') || trimmed.contains("  ") {
        return None;
    }
    caption(lines, header, parser)
}

#[cfg(test)]
mod tests {
    use crate::extract;

    /// (sek, table, is_total) of each amount of `text`.
    fn named(text: &str) -> Vec<(i64, Option<String>, bool)> {
        extract(text)
            .amounts
            .into_iter()
            .map(|a| (a.sek, a.table, a.is_total))
            .collect()
    }

    #[test]
    fn rows_of_sums_with_their_units_under_a_caption_are_a_table() {
        let text = "Stödet går till tre föreningar.\n\nUtbetalt stöd per förening\n\n\
                    Tornedalens Fiskeklubb\t450 000 kr\nByföreningen i Lannavaara\t1,2 Mkr\n\
                    Vittangi Skoterklubb\t300 000 kr\nSumma\t1,95 Mkr\n";
        let table = Some("Utbetalt stöd per förening".to_string());
        assert_eq!(
            named(text),
            [
                (450_000, table.clone(), false),
                (1_200_000, table.clone(), false),
                (300_000, table.clone(), false),
                (1_950_000, table, true),
            ]
        );
    }

    #[test]
    fn a_line_of_column_labels_stands_between_caption_and_rows() {
        let text =
            "Anslag 2030\n\nKommun\tBelopp\nKiruna kommun\t2,5 Mkr\nGällivare kommun\t1,5 Mkr\n\
                    Pajala kommun\t0,8 Mkr\n";
        let names: Vec<_> = named(text).into_iter().map(|(_, t, _)| t).collect();
        assert_eq!(names, vec![Some("Anslag 2030".to_string()); 3]);
    }

    #[test]
    fn sums_in_sentences_or_short_lists_are_no_table() {
        // Two rows only, or rows under a sentence: a list, not a table.
        let text = "Utbetalt stöd\n\nKiruna kommun\t2,5 Mkr\nPajala kommun\t0,8 Mkr\n";
        assert!(named(text).iter().all(|(_, t, _)| t.is_none()));
        let text = "Så här fördelas stödet.\n\nKiruna kommun\t2,5 Mkr\nGällivare kommun\t1,5 Mkr\n\
                    Pajala kommun\t0,8 Mkr\n";
        assert!(named(text).iter().all(|(_, t, _)| t.is_none()));
        // A sum inside a sentence is no cell.
        let text =
            "Utbetalt stöd\n\nKiruna kommun får 2,5 Mkr\nGällivare kommun får 1,5 Mkr i år\n\
                    Pajala kommun får 0,8 Mkr\n";
        assert!(named(text).iter().all(|(_, t, _)| t.is_none()));
    }
}
