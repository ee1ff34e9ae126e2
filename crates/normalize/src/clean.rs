//! Text clean-up: Unicode NFC, white space, no-break spaces.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::text::DANGLING_WORDS;

/// NFC-normalizes `raw`, turns no-break and other exotic spaces into plain spaces and a
/// tab into two (so table cells copied from a web page stay apart), trims trailing
/// white space on each line, collapses runs of blank lines, joins words hyphenated
/// at a line break ([`hyphenated_at_break`]) and the lines of a paragraph a PDF's or a
/// mail's line width broke ([`wrapped_at_break`], [`wrapped_before_capital_or_number`]).
pub fn clean_text(raw: &str) -> String {
    let nfc = to_nfc(raw);
    // One scan of the whole text spares the common case a check per line.
    let any_odd_space = has_odd_space(&nfc);
    let mut out = String::with_capacity(nfc.len() + nfc.len() / 16);
    let mut blank_run = 0;
    // The line before ended in the first part of a hyphenated word: this line goes on it.
    let mut joined = false;
    // This line goes on a paragraph whose line width broke the line before.
    let mut in_wrapped_paragraph = false;
    // Split on '\n' with a vectorized search; '\r' before it goes with the trailing
    // white space, and a last empty line only adds white space the end trim removes.
    let bytes = nfc.as_bytes();
    let mut start = 0;
    while start <= bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let mut line = trim_end(nfc.get(start..end).unwrap_or_default());
        if joined {
            line = line.trim_start();
        }
        start = end + 1;
        // "| Skåne | 4 500 |": a row of a Markdown table saved as plain text, its cells
        // set apart as a tab sets them; the rule under the header row says nothing.
        if let Some(row) = pipe_table_row(line) {
            blank_run = 0;
            in_wrapped_paragraph = false;
            if let PipeRow::Cells(inner) = row {
                for (i, cell) in inner.split('|').map(str::trim).enumerate() {
                    if i > 0 {
                        out.push_str(CELL_GAP);
                    }
                    push_with_plain_spaces(&mut out, cell);
                }
                out.push('\n');
            }
            continue;
        }
        // What `trim_end` leaves ends in a character other than white space, so it is
        // blank only when empty.
        if line.is_empty() {
            in_wrapped_paragraph = false;
            blank_run += 1;
            if blank_run == 1 {
                out.push('\n');
            }
            continue;
        }
        blank_run = 0;
        joined =
            line.ends_with('-') && hyphenated_at_break(line, nfc.get(start..).unwrap_or_default());
        if joined {
            line = &line[..line.len() - 1];
        }
        // Tabs and exotic spaces start with these bytes; other lines are copied whole.
        if !any_odd_space || !has_odd_space(line) {
            out.push_str(line);
        } else {
            push_with_plain_spaces(&mut out, line);
        }
        if joined {
            in_wrapped_paragraph = true;
        } else {
            let next = nfc.get(start..).unwrap_or_default();
            let wraps = wrapped_at_break(line, next)
                || ((in_wrapped_paragraph || ends_on_dangling_word(line))
                    && wrapped_before_capital_or_number(line, next));
            in_wrapped_paragraph = wraps;
            out.push(if wraps { ' ' } else { '\n' });
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    out
}

/// What stands between two cells of a table's row in clean text: a tab's two spaces.
const CELL_GAP: &str = "  ";

/// A line of a pipe table ([`pipe_table_row`]).
enum PipeRow<'a> {
    /// The text between the outer pipes of a row of cells.
    Cells(&'a str),
    /// The rule of hyphens under the header row ("|---|:--:|").
    Rule,
}

/// The row of a pipe table that `line` (trimmed at its end) is, when it opens and closes
/// with "|" ("| Län | Tkr |").
fn pipe_table_row(line: &str) -> Option<PipeRow<'_>> {
    let inner = line
        .trim_start()
        .strip_prefix('|')?
        .strip_suffix('|')
        .filter(|inner| !inner.trim().is_empty())?;
    let rule = inner.contains('-') && inner.bytes().all(|b| b"|-: ".contains(&b));
    Some(if rule {
        PipeRow::Rule
    } else {
        PipeRow::Cells(inner)
    })
}

/// Words that follow the first part of a coordinated compound ("hälso- och sjukvård",
/// "kultur- eller fritidsnämnd"): a hyphen before them is the writer's, not a break's.
const AFTER_COMPOUND_PART: &[&str] = &["och", "eller", "samt", "respektive", "resp", "som", "till"];

/// True when `line`, ending in "-", and the text after it (`next`, from the next line's
/// start) hold one word hyphenated at the line break, as text extracted from a PDF does
/// ("75 miljo-" / "ner kronor"): a lower-case letter before the hyphen, and a lower-case
/// word after it that does not continue a coordinated compound.
fn hyphenated_at_break(line: &str, next: &str) -> bool {
    let head = &line[..line.len() - 1];
    let mut before = head.chars().rev();
    let two_letters = before.next().is_some_and(char::is_lowercase)
        && before.next().is_some_and(char::is_lowercase);
    let next = next.trim_start_matches([' ', '\t']);
    let word_len = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    let word = &next[..word_len];
    two_letters && word.starts_with(char::is_lowercase) && !AFTER_COMPOUND_PART.contains(&word)
}

/// Shortest line (in bytes) that a paragraph's line width broke: text extracted from a
/// PDF or a mail fills its lines to 50–80 characters, while menus, labels and table
/// rows copied from a web page are short lines of their own.
pub(crate) const MIN_WRAPPED_LINE: usize = 35;

/// True when the line break after `line` (trimmed) only wraps a paragraph, so that the
/// sentence goes on in `next` (the text from the next line's start): `line` is as long
/// as a wrapped line, `next` goes on in lower case ("… sammanlagt 180" / "miljoner
/// kronor …"), and neither holds the runs of spaces or tabs that split a table's cells.
/// A sum, a name or a headline broken this way reads as one line.
fn wrapped_at_break(line: &str, next: &str) -> bool {
    // Most lines are short or followed by a capital, a digit, a mark or a blank line:
    // the first byte says so without decoding ("å", "ä", "ö" start with 0xC3).
    let maybe_lower = next
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_lowercase() || b >= 0xC3);
    if line.len() < MIN_WRAPPED_LINE || !maybe_lower || !next.starts_with(char::is_lowercase) {
        return false;
    }
    !holds_columns(line) && !holds_columns(next.split('\n').next().unwrap_or_default())
}

/// True when `line` holds the runs of spaces or tabs that split a table's cells.
fn holds_columns(line: &str) -> bool {
    line.contains("  ") || line.contains('\t')
}

/// Marks that end a sentence or introduce what follows on a line of its own; closing
/// quotes after them are looked through.
pub(crate) const LINE_ENDS: &[char] = &['.', '!', '?', ':', ';'];
const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '’', '»'];

/// True when a long `line` ends on one of [`DANGLING_WORDS`]: no sentence or headline
/// ends so ("… Skaraborgs Sjukhus i" / "Skövde …"), so the line width broke it, even as
/// the first line of its paragraph.
fn ends_on_dangling_word(line: &str) -> bool {
    // Most lines end on a mark or a long word: the last bytes say so at once.
    let tail = line.len().saturating_sub(DANGLING_WORD_BYTES + 1);
    line.len() >= MIN_WRAPPED_LINE
        && line.as_bytes()[tail..].contains(&b' ')
        && line
            .rsplit(' ')
            .next()
            .is_some_and(|last| DANGLING_WORDS.contains(&last))
}

/// Bytes of the longest of [`DANGLING_WORDS`].
const DANGLING_WORD_BYTES: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < DANGLING_WORDS.len() {
        if DANGLING_WORDS[i].len() > longest {
            longest = DANGLING_WORDS[i].len();
        }
        i += 1;
    }
    longest
};

/// True when the break after `line` wraps a sentence before a word with a capital, a
/// name most often ("… i samarbete med finska Planmeca" / "Oy och norska …"), or
/// before a number ("… Återstående" / "600 000 kronor går …"). Only asked inside a
/// paragraph already known to be wrapped (its line before went on in lower case) or
/// after a line that ends on a word no sentence ends on ([`ends_on_dangling_word`]): a
/// headline or a label above a paragraph also lacks a full stop. `line` is as long as a
/// wrapped line and ends in no mark that closes a sentence, `next` opens no numbered
/// list ("1. …", "2) …"), and neither line holds a table's columns.
fn wrapped_before_capital_or_number(line: &str, next: &str) -> bool {
    let ends_sentence = line.trim_end_matches(CLOSING_QUOTES).ends_with(LINE_ENDS);
    let goes_on = next.starts_with(char::is_uppercase)
        || (next.starts_with(|c: char| c.is_ascii_digit()) && !opens_numbered_item(next));
    if line.len() < MIN_WRAPPED_LINE || ends_sentence || !goes_on {
        return false;
    }
    !holds_columns(line) && !holds_columns(next.split('\n').next().unwrap_or_default())
}

/// True when `line` opens with an item's number of a numbered list ("1. …", "12) …").
fn opens_numbered_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
}

/// `line.trim_end()`, without decoding the last character when it is ASCII.
fn trim_end(line: &str) -> &str {
    match line.as_bytes().last() {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => line,
        _ => line.trim_end(),
    }
}

/// Bytes per block of the scan for characters at or above U+0300.
const NFC_SCAN_CHUNK: usize = 64;

/// `raw` in NFC, borrowed when it already is. Characters below U+0300 (ASCII and
/// Latin-1, so nearly all of a Swedish release) are NFC starters that can never make a
/// text non-NFC, so the quick check only sees the rest; dropping starters can only add
/// "No" answers (two marks then meet), never hide one, so a "Yes" is still exact.
fn to_nfc(raw: &str) -> Cow<'_, str> {
    // UTF-8 lead bytes from 0xCC up start characters at or above U+0300; they are never
    // continuation bytes, so each marks a character boundary.
    let high = raw
        .as_bytes()
        .chunks(NFC_SCAN_CHUNK)
        .enumerate()
        // An OR over a chunk vectorizes; only chunks with such a byte are read bytewise.
        .filter(|(_, chunk)| chunk.iter().fold(0u8, |any, &b| any | u8::from(b >= 0xCC)) != 0)
        .flat_map(|(at, chunk)| {
            let offset = at * NFC_SCAN_CHUNK;
            chunk
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b >= 0xCC)
                .map(move |(i, _)| offset + i)
        })
        .filter_map(|i| raw.get(i..).and_then(|s| s.chars().next()));
    if is_nfc_quick(high) == IsNormalized::Yes {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.nfc().collect())
    }
}

/// True when `line` holds a tab or one of the spaces [`is_space_like`] replaces, all of
/// which are U+00A0 or in U+2000..U+202F.
fn has_odd_space(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr3_iter(b'\t', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'\t' => true,
        0xC2 => b.get(i + 1) == Some(&0xA0),
        _ => {
            b.get(i + 1) == Some(&0x80)
                && b.get(i + 2)
                    .is_some_and(|&y| (0x80..=0x8A).contains(&y) || y == 0xAF)
        }
    })
}

/// Appends `line` with each tab as two spaces and each [`is_space_like`] character as one
/// space. Runs between them are copied whole: a character loop cost a third of clean-up.
fn push_with_plain_spaces(out: &mut String, line: &str) {
    let bytes = line.as_bytes();
    let mut copied = 0;
    // Tabs and the lead bytes of every space-like character (U+00A0, U+20xx).
    for at in memchr::memchr3_iter(b'\t', 0xC2, 0xE2, bytes) {
        let Some(c) = line.get(at..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let replacement = match c {
            '\t' => CELL_GAP,
            c if is_space_like(c) => " ",
            _ => continue,
        };
        out.push_str(line.get(copied..at).unwrap_or_default());
        out.push_str(replacement);
        copied = at + c.len_utf8();
    }
    out.push_str(line.get(copied..).unwrap_or_default());
}

fn is_space_like(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{200A}' | '\u{2002}' | '\u{2003}'
    )
}

/// Folds Swedish and other Latin diacritics to ASCII ("Östergötland" → "Ostergotland"),
/// for matching text typed without them.
pub fn fold_diacritics(text: &str) -> String {
    text.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_blank_lines() {
        assert_eq!(
            clean_text("  Rubrik\u{a0}\n\n\n\nText\u{202f}här\t1\n"),
            "Rubrik\n\nText här  1"
        );
    }

    #[test]
    fn lines_a_pdf_wrapped_are_joined() {
        assert_eq!(
            clean_text(
                "Kommunerna i länet får för sin del sammanlagt 240\nmiljoner kronor under året.\n\
                 Beslutet fattades i går av regionstyrelsen i Västerås.\nNästa stycke."
            ),
            "Kommunerna i länet får för sin del sammanlagt 240 miljoner kronor under året.\n\
             Beslutet fattades i går av regionstyrelsen i Västerås.\nNästa stycke."
        );
        // Short lines (menus, labels), a capital after the break, a blank line, and the
        // columns of a table stay apart.
        for kept in [
            "Om oss\nnyheter",
            "Regeringen har i dag beslutat om stöd till kommunerna.\nStödet betalas ut i maj.",
            "Regeringen har i dag beslutat om stöd till kommunerna\n\nsom söker",
            "Stockholms län         110   miljoner kronor\nmedel per län",
            "Regeringen har i dag beslutat om stöd till kommunerna\nmkr  2022  2023",
        ] {
            assert_eq!(clean_text(kept), kept, "{kept:?}");
        }
    }

    #[test]
    fn a_wrapped_paragraph_goes_on_before_a_capital() {
        assert_eq!(
            clean_text(
                "Projektet drivs av kommunen tillsammans med flera partner i\n\
                 regionen. Arbetet leds av forskare vid Karolinska\n\
                 Institutet och Göteborgs universitet, med stöd av\n\
                 Vinnova och \"Forte\"\n\
                 Nästa rad."
            ),
            "Projektet drivs av kommunen tillsammans med flera partner i regionen. Arbetet \
             leds av forskare vid Karolinska Institutet och Göteborgs universitet, med stöd \
             av Vinnova och \"Forte\"\nNästa rad."
        );
        // A number goes on a wrapped paragraph as a capital does.
        assert_eq!(
            clean_text(
                "Länen får 300 000 kronor vardera för att bygga upp\n\
                 regionala nätverk mellan polis och kommuner. Återstående\n\
                 600 000 kronor går till rådgivningen vid Karolinska\n\
                 Universitetssjukhuset i Solna."
            ),
            "Länen får 300 000 kronor vardera för att bygga upp regionala nätverk mellan \
             polis och kommuner. Återstående 600 000 kronor går till rådgivningen vid \
             Karolinska Universitetssjukhuset i Solna."
        );
        // A headline above a paragraph stays apart: no line before it went on.
        assert_eq!(
            clean_text(
                "Regeringen satsar 50 miljoner kronor på vården i Norrland\n\
                 Regeringen har i dag beslutat att ge de fyra nordligaste\n\
                 regionerna mer pengar."
            ),
            "Regeringen satsar 50 miljoner kronor på vården i Norrland\n\
             Regeringen har i dag beslutat att ge de fyra nordligaste regionerna mer pengar."
        );
        // After a wrapped paragraph, a line closing a sentence or opening a list and a
        // table row keep the next line apart.
        for kept in [
            "Stödet går till de kommuner som tar emot flest\n\
             nyanlända under året.\n\
             Nästa stycke börjar med en versal.",
            "Pengarna fördelas mellan länen och betalas ut i\n\
             maj månad enligt den här fördelningen:\n\
             Region Skåne får 5 miljoner kronor.",
            "Vi ser fram emot att komma i gång med arbetet i\n\
             regionen, säger hon och ler mot publiken i salen.\"\n\
             Region Skåne",
            "Pengarna fördelas mellan länen och betalas ut i\n\
             maj enligt den fördelning som framgår nedan\n\
             Stockholms län         110",
            "Regeringen föreslår därför att länen får fler\n\
             uppdrag inom området under de närmaste åren\n\
             1. Ett nytt bidrag för skyddade områden.",
            "Regeringen föreslår därför att länen får fler\n\
             uppdrag inom området under de närmaste åren\n\
             2020         110",
        ] {
            let last_line = kept.rsplit('\n').next().unwrap_or_default();
            let cleaned = clean_text(kept);
            assert!(cleaned.ends_with(&format!("\n{last_line}")), "{cleaned:?}");
        }
    }

    #[test]
    fn a_paragraph_s_first_line_ending_on_a_word_no_sentence_ends_on_goes_on() {
        assert_eq!(
            clean_text(
                "Rubrik\n\nUtrustningen prövas först på Mälarsjukhuset och Visby lasarett i\n\
                 Eskilstuna och Visby. Sedan följer Norra Hälsinglands Sjukhus och Södra\n\
                 Hälsinglands Sjukhus under året."
            ),
            "Rubrik\n\nUtrustningen prövas först på Mälarsjukhuset och Visby lasarett i \
             Eskilstuna och Visby. Sedan följer Norra Hälsinglands Sjukhus och Södra \
             Hälsinglands Sjukhus under året."
        );
        // A short line, or one ending on another word, still ends where it ends.
        for kept in [
            "Pengar till vården i\nNorrland",
            "Regeringen satsar 50 miljoner kronor på vården i Norrland\nRegeringen har beslutat.",
        ] {
            assert_eq!(clean_text(kept), kept, "{kept:?}");
        }
    }

    #[test]
    fn words_hyphenated_at_a_line_break_are_joined() {
        assert_eq!(
            clean_text(
                "avsätta 40 miljo-\nner kronor till\nvägar, säger minister Per Erlands-\n  son."
            ),
            "avsätta 40 miljoner kronor till\nvägar, säger minister Per Erlandsson."
        );
        // The writer's hyphens stay: a coordinated compound, a capital or a number
        // after the break, a dash alone, a blank line between.
        for kept in [
            "hälso-\noch sjukvård",
            "barn-\neller ungdomspsykiatri",
            "covid-\n19",
            "Region-\nSkåne",
            "punkt\n-\nnästa",
            "ett ord-\n\nnytt stycke",
        ] {
            assert_eq!(clean_text(kept), kept, "{kept:?}");
        }
    }

    #[test]
    fn a_pipe_tables_rows_become_rows_of_cells() {
        assert_eq!(
            clean_text("Fördelning:\n\n| Län | Tkr |\n|:---|---:|\n| Skåne | 4\u{a0}500 |\n|Gotland|800|\n\nSlut | här"),
            "Fördelning:\n\nLän  Tkr\nSkåne  4 500\nGotland  800\n\nSlut | här"
        );
        // A lone pipe or an empty pair is no row.
        assert_eq!(clean_text("a\n|\n||\nb"), "a\n|\n||\nb");
    }

    #[test]
    fn decomposed_text_is_composed() {
        assert_eq!(clean_text("O\u{308}stergo\u{308}tland"), "Östergötland");
        assert_eq!(fold_diacritics("Östergötland"), "Ostergotland");
    }
}
