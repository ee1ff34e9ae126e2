//! One table line: a label and its numeric cells ("Skåne 1 303", "Stockholm  2 111  110"),
//! or a line of numbers alone in the one-cell-per-line layout.

pub(super) use super::cells::Cell;
use super::cells::{cells_in, Word};
use super::lines::{is_ascii_space, space_at};
use crate::numbers::SIGNS;

/// Longest row label, in words ("Jämtland Härjedalen", "Region Västra Götaland").
const MAX_LABEL_WORDS: usize = 6;
/// Longest row label that a cell break (a tab, a run of spaces, or a colon) sets apart
/// from the cells after it, in words: a receiving body's full name ("Föreningen för barn och unga
/// med hörselnedsättning   640 000"). A line of prose does not break before its figure.
const MAX_CELL_LABEL_WORDS: usize = 10;
/// Longest label line in the one-cell-per-line layout, and its most words: a funding
/// line may be named in a few words ("Idrottslyft för unga via förbunden").
const MAX_LABEL_LINE: usize = 80;
const MAX_LABEL_LINE_WORDS: usize = 10;

/// A label followed by numbers on one line.
#[derive(Debug)]
pub(super) struct Row<'a> {
    /// Byte range of the label within the line.
    pub label: (usize, usize),
    pub cells: &'a [Cell],
    /// The header's column of the first cell: text and empty cells before the numbers
    /// take the columns before it.
    pub first_column: usize,
}

/// Parses table lines into buffers kept from line to line, so that a row costs no
/// allocation.
#[derive(Debug, Default)]
pub(super) struct RowParser {
    words: Vec<Word>,
    cells: Vec<Cell>,
}

impl RowParser {
    /// Parses "Label 1 303 27" into its label and cells; `columns` is how many amount
    /// columns the header announced, `text_columns` how many of them the rows above
    /// filled with text.
    pub fn parse_row(
        &mut self,
        line: &str,
        columns: usize,
        text_columns: usize,
    ) -> Option<Row<'_>> {
        // The first digit starts the numbers, and only numbers follow it: a look at the
        // bytes rejects prose (the paragraph after a table) before any word is split.
        let bytes = line.as_bytes();
        let mut first_digit = bytes.iter().position(u8::is_ascii_digit)?;
        if !could_be_numbers(&bytes[first_digit..]) {
            // A label may hold a number of its own ("Övriga 12 kommuner 4 500"): the cells
            // start at the first digit after the label's last letter.
            let last_letter = bytes.iter().rposition(|&b| !is_number_byte(b))?;
            let label = line.get(..=last_letter).unwrap_or_default();
            if !ends_in_letter(label) || label.split_whitespace().any(mixes_digits_and_letters) {
                return None;
            }
            first_digit = last_letter + bytes[last_letter..].iter().position(u8::is_ascii_digit)?;
        }
        // "Resultat  −1 400": a sign before the first figure starts its cell.
        if let Some(sign) = line[..first_digit].chars().next_back() {
            let sign_start = first_digit - sign.len_utf8();
            if SIGNS.contains(&sign)
                && line[..sign_start].ends_with(|c: char| c.is_whitespace() || c == '|')
            {
                first_digit = sign_start;
            }
        }
        split_words(line, &mut self.words);
        // The word holding the first digit must start with it: else that word, a digit
        // inside ("A1"), is a label word, and a label holds no digits.
        let mut first_number = self.words.iter().position(|w| w.end > first_digit)?;
        if self.words[first_number].start != first_digit || first_number == 0 {
            return None;
        }
        if self.year_closes_label(line, first_number, columns) {
            first_number += 1;
        }
        // A row may describe its label in a text cell before the numbers ("Vattenfall AB
        // <tab> Fundament för havsbaserade verk <tab> 12 000 000"): the label is the
        // first cell.
        let label_len = (1..first_number)
            .find(|&k| is_cell_break(&line[self.words[k - 1].end..self.words[k].start]))
            .unwrap_or(first_number);
        // A colon closing the label sets it apart as a cell break does ("Större städer
        // och kommuner nära större stad: 3 950").
        let set_apart = label_len < first_number
            || is_cell_break(
                &line[self.words[first_number - 1].end..self.words[first_number].start],
            )
            || self.words[first_number - 1].of(line).ends_with(':');
        let longest = if set_apart {
            MAX_CELL_LABEL_WORDS
        } else {
            MAX_LABEL_WORDS
        };
        if label_len > longest {
            return None;
        }
        let label_words = &self.words[..label_len];
        if !label_words.iter().any(|w| has_letter(w.of(line))) {
            return None;
        }
        let label = (label_words[0].start, label_words[label_len - 1].end);
        // Each text cell, and each empty cell before the numbers, takes one of the
        // columns the header named.
        let text_cells = if label_len < first_number {
            1 + (label_len + 1..first_number)
                .filter(|&k| is_cell_break(&line[self.words[k - 1].end..self.words[k].start]))
                .count()
        } else {
            0
        };
        let gap = &line[self.words[first_number - 1].end..self.words[first_number].start];
        // A row without the text cells the rows above it had (a "Totalt" row) leaves
        // those columns empty.
        let first_column = (text_cells + empty_cells(gap)).max(text_columns);
        let columns = columns.saturating_sub(first_column).max(1);
        self.cells.clear();
        cells_in(line, &self.words[first_number..], columns, &mut self.cells)?;
        Some(Row {
            label,
            cells: &self.cells,
            first_column,
        })
    }

    /// True when the word at `first_number` is a year that closes the label ("Stärkt
    /// elevhälsa 2022  450"): one space after the label's words, a cell break after it,
    /// and as many cells after it as the header's `columns`, which it would exceed.
    fn year_closes_label(&self, line: &str, first_number: usize, columns: usize) -> bool {
        let words = &self.words;
        let gap = |k: usize| &line[words[k - 1].end..words[k].start];
        let cells_after = (first_number + 2..words.len())
            .filter(|&k| is_cell_break(gap(k)))
            .count()
            + 1;
        crate::text::is_year(words[first_number].of(line))
            && first_number + 1 < words.len()
            && !is_cell_break(gap(first_number))
            && is_cell_break(gap(first_number + 1))
            && cells_after >= columns
    }

    /// The cells of a line holding numbers only.
    pub fn number_cells(&mut self, line: &str, columns: usize) -> Option<&[Cell]> {
        if !could_be_numbers(line.as_bytes()) {
            return None;
        }
        split_words(line, &mut self.words);
        self.cells.clear();
        cells_in(line, &self.words, columns, &mut self.cells)?;
        Some(&self.cells)
    }

    /// True for a line of numbers alone.
    pub fn is_number_line(&mut self, line: &str) -> bool {
        self.number_cells(line, 1).is_some()
    }
}

/// False when `bytes` hold an ASCII character that is neither part of a number ("1 303",
/// "44,3", "2.500") nor white space; other characters are left to the word split.
fn could_be_numbers(bytes: &[u8]) -> bool {
    bytes.iter().all(|&b| !b.is_ascii() || is_number_byte(b))
}

/// A byte of a number ("+38,5" and "-450" with their signs) or of the space between
/// numbers.
fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b',' | b'.' | b'+' | b'-') || is_ascii_space(b)
}

/// True when the text up to and including byte `last` ends in a letter or a closing
/// bracket ("Övriga 12 kommuner", "Halland (länsstyrelse)"), not in a mark that joins
/// numbers ("08-123 45").
fn ends_in_letter(head: &str) -> bool {
    head.chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ')')
}

/// True for the white space between two cells: a tab, or two spaces or more.
fn is_cell_break(gap: &str) -> bool {
    gap.contains('\t') || gap.chars().nth(1).is_some()
}

/// Empty cells in the white space between two cells: each tab after the first. (Runs
/// of spaces also align columns, so they tell no empty cell.)
fn empty_cells(gap: &str) -> usize {
    gap.bytes()
        .filter(|&b| b == b'\t')
        .count()
        .saturating_sub(1)
}

/// "A1", "2a": a code, not a count, in a label.
fn mixes_digits_and_letters(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit()) && word.chars().any(char::is_alphabetic)
}

/// The lead byte of the superscript figures "¹", "²" and "³" (U+00B9, U+00B2, U+00B3)
/// in UTF-8, and the second bytes that make them.
const SUPERSCRIPT_LEAD: u8 = 0xC2;
const SUPERSCRIPT_SECOND: [u8; 3] = [0xB9, 0xB2, 0xB3];

/// `line` with the footnote mark that closes a row's label blanked out, byte for byte,
/// so that offsets into it stay those of `line`: "Gotlands län1)  1 200", "Gotlands län*
/// 1 200", "Gotlands län¹  1 200" read as "Gotlands län  1 200". The mark (one or two
/// figures and ")", a star, or a superscript figure) stands glued to the label's last
/// letter, with white space and a figure after it. One byte search finds the marks'
/// last bytes; a line without one is returned as it is.
pub(super) fn without_footnote_mark(line: &str) -> std::borrow::Cow<'_, str> {
    let bytes = line.as_bytes();
    for hit in memchr::memchr3_iter(b')', b'*', SUPERSCRIPT_LEAD, bytes) {
        let (mark_start, mark_end) = match bytes[hit] {
            b')' => {
                let figures = bytes[..hit]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if !(1..=2).contains(&figures) {
                    continue;
                }
                (hit - figures, hit + 1)
            }
            b'*' => (hit, hit + 1),
            _ if bytes
                .get(hit + 1)
                .is_some_and(|b| SUPERSCRIPT_SECOND.contains(b)) =>
            {
                (hit, hit + 2)
            }
            _ => continue,
        };
        let glued_to_letter = line[..mark_start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let tail = &line[mark_end..];
        let figure_after_gap = tail.starts_with([' ', '\t'])
            && tail.trim_start().starts_with(|c: char| c.is_ascii_digit());
        if glued_to_letter && figure_after_gap {
            let mut cleaned = String::with_capacity(line.len());
            cleaned.push_str(&line[..mark_start]);
            cleaned.extend(std::iter::repeat_n(' ', mark_end - mark_start));
            cleaned.push_str(tail);
            return std::borrow::Cow::Owned(cleaned);
        }
    }
    std::borrow::Cow::Borrowed(line)
}

/// Replaces `out` with the white-space-separated words of `line`.
pub(super) fn split_words(line: &str, out: &mut Vec<Word>) {
    out.clear();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(step) = space_at(bytes, i) {
            i += step;
            continue;
        }
        let start = i;
        // Bytes inside a word step one at a time: see `space_at`.
        i += 1;
        while i < bytes.len() && space_at(bytes, i).is_none() {
            i += 1;
        }
        out.push(Word { start, end: i });
    }
}

/// True when `word` holds a letter; ASCII letters answer without decoding.
fn has_letter(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_alphabetic())
        || (!word.is_ascii() && word.chars().any(char::is_alphabetic))
}

/// True for a short line of words without digits: a row label or column label.
pub(super) fn is_label_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= MAX_LABEL_LINE
        && t.split_whitespace().count() <= MAX_LABEL_LINE_WORDS
        && t.chars().any(char::is_alphabetic)
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['.', '?', '!'])
}
