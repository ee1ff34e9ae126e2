//! The header of a table ("Miljoner kronor", "Belopp (tkr)") and what the lines around it
//! tell: the scale of the amounts, how many amount columns there are, and the caption.

use super::lines::{tokens, words, Line, Lines};
use super::rows::RowParser;
use crate::regions::lookup_label;
use crate::text::{is_year, is_year_span, trim, with_lowercase};
use crate::units::{holds_part, unit, unit_any_form, CURRENCY_PARTS};

/// Longest header line; longer lines are prose that happens to say "kronor". Runs of
/// spaces count as one ([`fits_header`]): a text table pads its header to line up with
/// the figures below ("Överenskommelse" and 31 spaces before "Andel 2023, mnkr").
pub(super) const MAX_HEADER_LEN: usize = 80;
/// Longest line, padding included, that may still be a header: lines this long are
/// squeezed and measured; longer ones, a paragraph's, are not read at all.
const MAX_PADDED_HEADER_LEN: usize = 2 * MAX_HEADER_LEN;

/// True when `line` is short enough to be a header, its padding counted as one space.
pub(super) fn fits_header(line: &str) -> bool {
    line.len() <= MAX_HEADER_LEN
        || (line.len() <= MAX_PADDED_HEADER_LEN
            // Most such lines are prose, with no run of spaces: one search says so.
            && line.contains("  ")
            && squeezed_len(line) <= MAX_HEADER_LEN)
}

/// Bytes of `line` with each run of spaces counted as one.
fn squeezed_len(line: &str) -> usize {
    let bytes = line.as_bytes();
    let doubled = bytes.windows(2).filter(|w| w == b"  ").count();
    bytes.len() - doubled
}
/// The region whose share a header's money column states ("Region Stockholms andel
/// 2023, mnkr", "Region Skåne:s andel (tkr)"): a region's own release listing what it
/// receives of each grant. Its rows name the grants, so the header ties them.
pub(super) fn region_of_share(line: &str) -> Option<&'static str> {
    let at = line.find(" andel")?;
    // The cell before "andel": after the last run of spaces that splits the columns.
    let head = line[..at].rsplit("  ").next()?.trim();
    let owner = head.strip_suffix(":s").or_else(|| head.strip_suffix('s'))?;
    lookup_label(owner)
}

/// Longest caption line above a header.
pub(super) const MAX_CAPTION_LEN: usize = 120;

/// Kronor per unit a header line gives its rows, if it is a header. A sentence that
/// introduces the rows and ends by naming their unit ("Fördelningen blir enligt
/// följande, belopp i kronor:") heads them with its last clause.
pub(super) fn header_scale(line: &str) -> Option<u64> {
    let trimmed = introduced_unit(trim(line));
    if trimmed.is_empty() || !fits_header(trimmed) || !mentions_kronor(trimmed) {
        return None;
    }
    let mut seen = UnitWords::default();
    for word in header_words(trimmed) {
        // A caption dates its table by a year or by a span of years ("Investeringar
        // 2018–2022, miljoner kronor": the years the money covers); any other figure
        // states a sum, and the line is prose.
        if word.bytes().any(|b| b.is_ascii_digit()) && !is_year_span(word) {
            return None;
        }
        seen.note(word);
    }
    // Counted last: most lines that say "kr" name no unit and stop above.
    let scale = seen.scale()?;
    words(trimmed).nth(10).is_none().then_some(scale)
}

/// The last clause of a long line that ends in a colon, the line itself otherwise; the
/// unit in parentheses of a line ending "(…):" ("Så här mycket kan de fem största
/// landstingen få (miljoner kronor):"), however long the sentence before it: a
/// parenthesis naming kronor just before the colon states the unit of the rows below.
fn introduced_unit(line: &str) -> &str {
    if !line.ends_with(':') {
        return unit_closing_sentence(line)
            .or_else(|| unit_after_sum(line))
            .or_else(|| unit_closing_long_caption(line))
            .unwrap_or(line);
    }
    if let Some(unit) = unit_in_parentheses(line) {
        return unit;
    }
    if line.len() <= MAX_HEADER_LEN {
        return line;
    }
    line.rfind([',', '.', ';'])
        .and_then(|at| line.get(at + 1..))
        .map_or(line, str::trim_start)
}

/// Bytes at the end of a sentence searched for the comma before a closing unit clause
/// ("…, i tusen kronor."): the clause is a few words, and the rest of a long paragraph is
/// not read.
const MAX_UNIT_CLAUSE: usize = 32;

/// The clause "i miljoner kronor" that closes a sentence with a full stop after a comma
/// ("Tabellen visar vad landstingen har fått, i miljoner kronor."): a table's introduction
/// names the unit of the rows below it as often with a full stop as with a colon. Only a
/// clause opening with "i" counts: a clause naming a sum ("…, 5 miljoner kronor.") is prose.
fn unit_closing_sentence(line: &str) -> Option<&str> {
    let body = line.strip_suffix('.')?;
    let from = body.len().saturating_sub(MAX_UNIT_CLAUSE);
    let comma = from
        + body
            .as_bytes()
            .get(from..)?
            .iter()
            .rposition(|&b| b == b',')?;
    let clause = body.get(comma + 1..)?.trim_start();
    (clause.starts_with("i ") && mentions_kronor(clause)).then_some(clause)
}

/// The unit that closes a caption stating a sum of its own ("Fördelning av 250 miljoner
/// kronor efter befolkning (kronor)", "Så fördelas 40 miljoner kronor, tkr"): a unit
/// alone in the closing parentheses, or after the last comma, states the unit of the rows
/// below, while the sum before it is the money the table splits. The header is that unit
/// ([`header_offset`]), so the caption's sum stays a sum of the prose. Only a line with a
/// figure other than a year is read so: any other line is a header as a whole.
fn unit_after_sum(line: &str) -> Option<&str> {
    // Every line not ending in a colon asks: the cheap tests go first, and a paragraph,
    // longer than any caption, is not read.
    if line.len() > MAX_CAPTION_LEN {
        return None;
    }
    let at = match line.strip_suffix(')') {
        Some(inner) => inner.rfind('(')?,
        None => line.rfind(',')? + 1,
    };
    let (before, unit) = (line.get(..at)?, line.get(at..)?.trim_start());
    let states_sum =
        header_words(before).any(|w| w.bytes().any(|b| b.is_ascii_digit()) && !is_year_span(w));
    (is_unit_alone(unit) && states_sum).then_some(unit)
}

/// Longest caption read for its closing unit ([`unit_closing_long_caption`]).
const MAX_LONG_CAPTION_LEN: usize = 240;

/// The unit after the last comma of a caption too long to head the rows as a whole
/// ("Fördelning av medel enligt Överenskommelse om minskat beroende av inhyrd personal i
/// hälso- och sjukvården 2025, miljoner kronor"): a unit alone closing the line, with no
/// full stop, states the unit of the rows below however long the caption's name is.
fn unit_closing_long_caption(line: &str) -> Option<&str> {
    if line.len() <= MAX_HEADER_LEN || line.len() > MAX_LONG_CAPTION_LEN {
        return None;
    }
    let unit = line.get(line.rfind(',')? + 1..)?.trim_start();
    is_unit_alone(unit).then_some(unit)
}

/// True for words that name a unit of kronor and nothing else ("(kronor)", "tkr",
/// "miljoner kronor", "i tusen kronor").
fn is_unit_alone(clause: &str) -> bool {
    let mut seen = UnitWords::default();
    for (i, word) in header_words(clause).enumerate() {
        let word = word.trim_end_matches('.');
        if unit_any_form(word).is_none() && !(i == 0 && word == "i") {
            return false;
        }
        seen.note(word);
    }
    seen.scale().is_some()
}

/// The words in the parentheses that close `line` before its colon, if they name kronor.
fn unit_in_parentheses(line: &str) -> Option<&str> {
    let inner = line.strip_suffix("):")?;
    let unit = inner.get(inner.rfind('(')? + 1..)?;
    mentions_kronor(unit).then_some(unit)
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

/// Which unit words a header holds, as [`unit_any_form`] reads them.
#[derive(Debug, Default)]
struct UnitWords {
    /// A word that says kronor alone ("kronor", "kr", "SEK").
    currency: bool,
    /// The largest unit that holds kronor in itself ("mkr", "tkr", "mdkr").
    own: Option<u64>,
    /// The largest magnitude that scales kronor named elsewhere ("miljoner", "tusentals").
    size: Option<u64>,
}

impl UnitWords {
    /// Notes one word; a full stop after it is an abbreviation's ("Milj. kr").
    fn note(&mut self, word: &str) {
        let Some(u) = unit_any_form(word.trim_end_matches('.')) else {
            return;
        };
        let slot = match (u.currency, u.multiplier) {
            (true, 1) => {
                self.currency = true;
                return;
            }
            (true, _) => &mut self.own,
            (false, _) => &mut self.size,
        };
        *slot = (*slot).max(Some(u.multiplier));
    }

    /// Kronor per unit: a unit of its own ("mkr") or a size of kronor ("miljoner kronor"),
    /// the larger when a header names both.
    fn scale(&self) -> Option<u64> {
        let size = self.size.filter(|_| self.currency);
        self.own.max(size).or_else(|| self.currency.then_some(1))
    }
}

/// Every header unit says kronor in a word holding one of [`CURRENCY_PARTS`] ("kronor",
/// "tkr", "MSEK", "mdr"); a byte scan spares other lines the word split.
pub(super) fn mentions_kronor(line: &str) -> bool {
    holds_part(line, &CURRENCY_PARTS)
}

/// Amount columns a header announces: one per year or unit it names, at least one. The
/// unit of a sum the caption states ("Fördelning av 250 miljoner kronor … (kronor)") is
/// that sum's, no column's: a unit right after a figure, or after a magnitude after one,
/// is not counted. Nor is a unit in brackets right after a unit, which restates it as
/// its abbreviation ("i tusen kronor (tkr)", "miljoner kronor (Mkr)").
pub(super) fn column_count(header: &str) -> usize {
    let (mut years, mut units) = (0, 0);
    let mut after_figure = false;
    let mut after_currency = false;
    for w in header_words(header) {
        let word_unit = unit(w);
        let currency = word_unit.is_some_and(|u| u.currency);
        let restated = after_currency && currency && bracket_opens_before(header, w);
        if is_year(w) {
            years += 1;
        } else if currency && !after_figure && !restated {
            units += 1;
        }
        let figure = w.bytes().any(|b| b.is_ascii_digit()) && !is_year_span(w);
        after_figure = figure || (after_figure && word_unit.is_some_and(|u| !u.currency));
        after_currency = currency;
    }
    years.max(units).max(1)
}

/// True when "(" stands right before `word`, a slice of `line`, spaces aside.
fn bracket_opens_before(line: &str, word: &str) -> bool {
    let at = (word.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    line.get(..at)
        .is_some_and(|head| head.trim_end().ends_with('('))
}

/// True for a line of years alone ("2025", "2024  2025"): column labels, not figures.
pub(super) fn is_year_line(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    words.peek().is_some() && words.all(is_year)
}

/// Where the header starts in its line: at the last clause of a sentence that
/// introduces the rows ([`header_scale`]), at the line's start otherwise.
pub(super) fn header_offset(line: &str) -> usize {
    let clause = introduced_unit(trim(line));
    // `clause` is a slice of `line`.
    (clause.as_ptr() as usize).saturating_sub(line.as_ptr() as usize)
}

/// Year columns named on the short lines just above a header ("Region 2023 2024").
pub(super) fn years_above(lines: Lines<'_>, header: Line<'_>) -> usize {
    // Labels stand right above the header: a sentence between (prose, ending in a full
    // stop) ends the search, and a date line above it ("16 februari 2023 · Uppdaterad
    // …") labels no column.
    lines
        .above(header)
        .filter(|l| !l.is_blank())
        .take(2)
        .take_while(|l| fits_header(l.text) && !trim(l.text).ends_with('.'))
        .map(|l| l.text.split_whitespace().filter(|w| is_year(w)).count())
        .max()
        .unwrap_or(0)
}

/// The table's name: the header's first cell where it names the table before the unit
/// ([`named_in_header`]), else the nearest short line above the header that is not a
/// column label. A web table's row-column label ([`REGION_COLUMNS`], [`MUNICIPAL_COLUMNS`]) often runs into the
/// caption when the page is copied ("Kommun Fördelning av medlen" → "Fördelning av
/// medlen"); it is dropped when the rest is a capitalised phrase that names no place.
pub(super) fn caption(lines: Lines<'_>, header: Line<'_>, rows: &mut RowParser) -> Option<String> {
    let labels_a_column = lines
        .above(header)
        .find(|l| !l.is_blank())
        .is_some_and(|l| is_column_word(l.text.trim()));
    // Under the row column's label ("Län", then "Beviljat stöd (kr)"), a header is the
    // label of the first amount column of the one-cell-per-line layout, not a name.
    if let Some(named) = named_in_header(header.text).filter(|_| !labels_a_column) {
        return Some(named.to_string());
    }
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
        if trimmed.len() > MAX_CAPTION_LEN
            || is_prose(trimmed)
            || (rows.parse_row(line.text, 1, 0).is_some() && !is_dated_caption(trimmed))
        {
            return None;
        }
        let name = without_row_column_label(trimmed);
        let name = name.trim_end_matches(['.', '*', ':', ',', ' ']);
        return (!name.is_empty()).then(|| name.to_string());
    }
    None
}

/// True for a caption dated by its year ("Skolinvesteringar 2026", "Bidrag till
/// föreningar 2019"): one phrase of words ending in a year, no cells apart (no tab, no
/// double space), which reads as a row of one figure but stands above the header, where
/// rows do not.
fn is_dated_caption(line: &str) -> bool {
    if line.contains('\t') || line.contains("  ") {
        return false;
    }
    let mut words = line.split(' ');
    let last = words.next_back();
    last.is_some_and(is_year)
        && words.clone().next().is_some()
        && words.all(|w| !w.bytes().any(|b| b.is_ascii_digit()))
}

/// The first cell of a header line that names the table before its unit, after a comma
/// or in parentheses: "Nämndernas ramar, mkr", "Resultat i sammandrag (miljoner
/// kronor)". A cell of the unit alone ("Miljoner kronor") or of a column label and the
/// unit ("Region, tkr") names nothing, nor does a sentence ending in a full stop
/// ("Tabellen visar fördelningen, i tusen kronor."). Of a cell of several sentences,
/// the last is the name: the ones before it are prose.
fn named_in_header(header: &str) -> Option<&str> {
    let line = trim(header);
    let first_cell = line.split('\t').next()?.split("  ").next()?.trim();
    if first_cell.ends_with('.') {
        return None;
    }
    let first_cell = last_sentence(first_cell);
    let (name, unit) = without_remark(first_cell).rsplit_once([',', '('])?;
    let name = name.trim();
    let unit = unit.trim_end_matches([')', ':']).trim();
    let names_unit = header_scale(unit).is_some();
    let named = names_unit && name.chars().any(char::is_alphabetic) && !is_column_word(name);
    named.then_some(first_cell.trim_end_matches(':'))
}

/// `cell` without a remark in parentheses after its unit ("Fördelning per region, mnkr
/// (urval)" → "Fördelning per region, mnkr"); a parenthesis naming kronor is the unit.
fn without_remark(cell: &str) -> &str {
    let Some(open) = cell.strip_suffix(')').and_then(|c| c.rfind('(')) else {
        return cell;
    };
    let remark = cell.get(open..).unwrap_or_default();
    if mentions_kronor(remark) {
        cell
    } else {
        cell.get(..open).map_or(cell, str::trim_end)
    }
}

/// The sentence that ends `line`: what follows its last full stop that closes a sentence
/// (". " before a capital letter), all of it when it holds one sentence.
fn last_sentence(line: &str) -> &str {
    line.match_indices(". ")
        .filter(|&(at, _)| {
            line.get(at + 2..)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
        .last()
        .and_then(|(at, _)| line.get(at + 2..))
        .unwrap_or(line)
}

/// True for a line of more than one sentence: prose, which names no table ("Regionerna
/// får ett fast belopp. Dessutom ersätts varje test.").
fn is_prose(line: &str) -> bool {
    last_sentence(line).len() < line.len()
}

/// The caption of a table whose header is the line introducing its rows ("Så fördelas
/// tillskottet mellan länen:", [`super::intro`]), when no caption stands above it.
pub(super) fn introduced_caption(header: &str) -> Option<String> {
    let name = trim(header).trim_end_matches([':', ' ']);
    (!name.is_empty() && !is_prose(name)).then(|| name.to_string())
}

/// `caption` without a row-column label run into its start (see [`caption`]).
fn without_row_column_label(caption: &str) -> &str {
    let Some((first, rest)) = caption.split_once(' ') else {
        return caption;
    };
    let rest = rest.trim_start();
    if is_column_word(first) && rest.starts_with(char::is_uppercase) && lookup_label(rest).is_none()
    {
        rest
    } else {
        caption
    }
}

/// Words labelling the row column of a table of regions, in lower case; with
/// [`MUNICIPAL_COLUMNS`], the row-column labels: a line of one of them is a column
/// label, never a caption or a row.
const REGION_COLUMNS: &[&str] = &[
    "region",
    "regioner",
    "region/län",
    "län",
    "landsting",
    "länsstyrelse",
    "länsstyrelser",
];

fn is_column_word(line: &str) -> bool {
    with_lowercase(line.trim_end_matches(':'), |w| {
        REGION_COLUMNS.contains(&w) || MUNICIPAL_COLUMNS.contains(&w)
    })
}

/// What a line of column labels ("Län   Kommuner   Landsting", "Nämnd   Budget 2022
/// Plan 2023") says: how many amount columns follow the label column, and whether the
/// rows are municipalities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ColumnLabels {
    pub columns: usize,
    pub municipal: bool,
    /// True when the rows are organizations ([`BODY_COLUMNS`]).
    pub bodies: bool,
    /// True when an amount column is named for money ("Anslag", "Belopp").
    pub money: bool,
    /// Amount columns named as counts ("Antal platser"), one bit per column from 0.
    pub counts: u64,
    /// Amount columns labelled in whole kronor ("Kronor per invånare"), one bit per
    /// column from 0 ([`is_kronor_column`]).
    pub kronor: u64,
    /// True when the row column is labelled as years ("År   Utbetalt"): each row opens
    /// with its year ([`is_year_column`]).
    pub year_rows: bool,
}

/// Most words in one column label ("Beviljat stöd (kr)", "Budget 2022").
const MAX_COLUMN_LABEL_WORDS: usize = 4;

/// Words naming the row column of a table of municipalities.
const MUNICIPAL_COLUMNS: &[&str] = &["kommun", "kommuner", "huvudman", "huvudmän"];

/// Words naming the row column of a table whose rows are organizations ("Organisation
/// Belopp", "Förening   Bidrag"): each row's label is a body's name.
const BODY_COLUMNS: &[&str] = &["organisation", "organisationer", "förening", "föreningar"];

/// Words naming an amount column as money, when the unit is stated elsewhere.
const MONEY_COLUMNS: &[&str] = &[
    "anslag", "belopp", "medel", "bidrag", "stöd", "ram", "ramar", "budget",
];

/// Labels of a row column of years, in lower case: a table of what was paid or budgeted
/// year by year ("År   Utbetalt" over "2006   1 000").
const YEAR_COLUMNS: &[&str] = &["år", "året", "årtal", "budgetår", "verksamhetsår"];

/// True for the label of a row column of years ("År").
fn is_year_column(label: &str) -> bool {
    with_lowercase(trim(label).trim_end_matches(':'), |w| {
        YEAR_COLUMNS.contains(&w)
    })
}

/// First words naming a column of counts, not money ("Antal platser", "Antalet
/// elever"): a table in kronor may count what the money buys beside it.
const COUNT_COLUMNS: &[&str] = &["antal", "antalet"];

/// What marks a column of percentages ("Förändring, %", "Andel (%)", "Ökning i procent"):
/// its figures are shares, no money.
const PERCENT_MARKS: [&str; 2] = ["%", "procent"];

/// True for a column label that names a count ("Antal lägenheter") or a percentage
/// ([`PERCENT_MARKS`]): figures that are no money beside columns that are.
pub(super) fn is_count_column(label: &str) -> bool {
    let label = trim(label);
    let first = label.split_whitespace().next().unwrap_or_default();
    with_lowercase(first, |w| COUNT_COLUMNS.contains(&w))
        || PERCENT_MARKS.iter().any(|mark| label.contains(mark))
}

/// True for a label line naming the row column ("Län", "Kommun:"), not an amount column.
pub(super) fn is_row_column(line: &str) -> bool {
    is_column_word(trim(line))
}

/// True for the one-word label of a municipality column ("Kommun").
pub(super) fn is_municipal_column(line: &str) -> bool {
    with_lowercase(trim(line).trim_end_matches(':'), |w| {
        MUNICIPAL_COLUMNS.contains(&w)
    })
}

/// Reads a line of column labels: cells split by runs of two or more spaces (a tab is
/// two), each of a few words, with no digits but years ("2022", "2018–2029").
pub(super) fn column_labels(line: &str) -> Option<ColumnLabels> {
    let trimmed = trim(line);
    if !fits_header(trimmed) || !trimmed.contains("  ") {
        return None;
    }
    let mut columns = 0;
    let (mut municipal, mut money, mut counts, mut kronor) = (false, false, 0u64, 0u64);
    let mut bodies = false;
    let mut year_rows = false;
    // Amount columns whose label names the unit ("Belopp (MSEK)"), and those whose label
    // names neither a unit, money nor a year ("Beviljade projekt").
    let (mut priced, mut plain) = (false, 0u64);
    // The plain columns before the first one named for money ("Lägenheter   Stöd").
    let mut plain_before_money = 0u64;
    for (i, cell) in trimmed
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .enumerate()
    {
        let count = cell.split_whitespace().count();
        if !label_figures_fit(cell) {
            return None;
        }
        if count > MAX_COLUMN_LABEL_WORDS || !cell.chars().any(char::is_alphabetic) && i == 0 {
            return None;
        }
        let first = with_lowercase(cell.split_whitespace().next().unwrap_or_default(), |w| {
            (MUNICIPAL_COLUMNS.contains(&w), MONEY_COLUMNS.contains(&w))
        });
        if i == 0 {
            municipal = first.0;
            bodies = with_lowercase(cell, |w| BODY_COLUMNS.contains(&w));
            year_rows = is_year_column(cell);
        } else {
            if is_count_column(cell) {
                counts |= count_bit(columns);
            }
            if mentions_kronor(cell) {
                priced = true;
                if is_kronor_column(cell) {
                    kronor |= count_bit(columns);
                }
            } else if !first.1 && !cell.split_whitespace().any(is_year_span) {
                plain |= count_bit(columns);
                if !money {
                    plain_before_money |= count_bit(columns);
                }
            }
            columns += 1;
            money |= first.1;
        }
    }
    // Beside a column labelled with the unit, a column labelled otherwise counts things;
    // so does one before a column named for money ("Lägenheter   Stöd" under a caption
    // in tusen kronor), where one after it tells what became of the money ("Budget 2004
    // Förändring").
    if priced {
        counts |= plain;
    } else if money {
        counts |= plain_before_money;
    }
    (columns > 0).then_some(ColumnLabels {
        columns,
        municipal,
        bodies,
        money,
        counts,
        kronor,
        year_rows,
    })
}

/// True for a column label whose unit is the krona itself, with no magnitude ("Kronor per
/// invånare", "Kr/elev", "Kronor"): beside a column in millions or thousands ("Miljoner
/// kronor   Kronor per invånare") its figures are whole kronor, not the header's unit.
/// Asked only of a label that names kronor ([`mentions_kronor`]).
pub(super) fn is_kronor_column(label: &str) -> bool {
    let mut seen = UnitWords::default();
    header_words(label).for_each(|w| seen.note(w));
    seen.currency && seen.own.is_none() && seen.size.is_none()
}

/// True when every figure in a column label's `cell` belongs to the label: a year or a
/// span of years ("Budget 2022", "2018–2029"), or a count of what the word after it names
/// ("Vård inom 60 dagar", "Över 65 år"): a column of a table of waiting times or of ages
/// is labelled so. A figure followed by a unit ("12 mkr") or by nothing is a row's cell,
/// and the line is a row.
fn label_figures_fit(cell: &str) -> bool {
    let mut words = cell.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if !word.bytes().any(|b| b.is_ascii_digit()) || is_year_span(word) {
            continue;
        }
        let whole = word.bytes().all(|b| b.is_ascii_digit());
        let counted = words.peek().is_some_and(|next| {
            next.chars().all(char::is_alphabetic) && unit_any_form(next).is_none()
        });
        if !(whole && counted) {
            return false;
        }
    }
    true
}

/// Most columns of a table turned on its side ([`region_columns`]).
const MAX_REGION_COLUMNS: usize = 8;

/// The regions a line of column labels names, one per amount column, with each label's
/// byte range in the line, when every label names one: a table turned on its side, its
/// columns the regions and its rows years or kinds of money ("Norrbottens läns landsting
/// Västerbottens läns landsting" over "Belopp  13 400  14 100"; "År  Region Skåne
/// Region Halland" over "2005  134  58"). A first label naming no region ("År") labels
/// the row column. Such a line is often longer than a header: each label is a body's
/// full name.
pub(super) fn region_columns(line: &str) -> Option<Vec<(usize, usize, &'static str)>> {
    if line.len() > 2 * MAX_PADDED_HEADER_LEN || !line.contains("  ") {
        return None;
    }
    let base = line.as_ptr() as usize;
    let mut columns = Vec::new();
    for (i, cell) in line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .enumerate()
    {
        if i > MAX_REGION_COLUMNS {
            return None;
        }
        match lookup_label(cell) {
            Some(region) => {
                // `cell` is a slice of `line`.
                let start = cell.as_ptr() as usize - base;
                columns.push((start, start + cell.len(), region));
            }
            None if i == 0 && !cell.bytes().any(|b| b.is_ascii_digit()) => {}
            None => return None,
        }
    }
    (columns.len() >= 2).then_some(columns)
}

/// The bit of amount column `column` in [`ColumnLabels::counts`]; none past the 64th.
pub(super) fn count_bit(column: usize) -> u64 {
    u32::try_from(column)
        .ok()
        .and_then(|c| 1u64.checked_shl(c))
        .unwrap_or(0)
}

/// The scale of a table whose header names its columns but no unit ("Län   Anslag"),
/// from the sentence just above it ("Beloppen anges i tusentals kronor.").
/// `labels` are the header's ([`column_labels`]).
pub(super) fn unit_stated_above(
    lines: Lines<'_>,
    header: Line<'_>,
    labels: Option<ColumnLabels>,
) -> Option<u64> {
    if !labels?.money {
        return None;
    }
    let above = lines.above(header).find(|l| !l.is_blank())?;
    // The paragraph's last sentence states the unit ("… Beloppen anges i tusentals
    // kronor."); sentences before it may state sums of their own.
    let paragraph = trim(above.text);
    let sentence = paragraph
        .trim_end_matches('.')
        .rfind(". ")
        .map_or(paragraph, |at| &paragraph[at + 2..]);
    // A sentence with figures states sums, not the unit of a table.
    if sentence.bytes().any(|b| b.is_ascii_digit()) || !mentions_kronor(sentence) {
        return None;
    }
    let mut seen = UnitWords::default();
    for word in header_words(sentence) {
        seen.note(word);
    }
    seen.scale()
}
