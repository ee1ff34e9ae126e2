//! Text clean-up: Unicode NFC, white space, no-break spaces.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalizes `raw`, turns no-break and other exotic spaces into plain spaces and a
/// tab into two (so table cells copied from a web page stay apart), trims trailing
/// white space on each line and collapses runs of blank lines.
pub fn clean_text(raw: &str) -> String {
    let nfc = to_nfc(raw);
    let mut out = String::with_capacity(nfc.len() + nfc.len() / 16);
    let mut blank_run = 0;
    for line in nfc.lines() {
        let line = line.trim_end();
        if line.trim_start().is_empty() {
            blank_run += 1;
            if blank_run == 1 {
                out.push('\n');
            }
            continue;
        }
        blank_run = 0;
        // Tabs and exotic spaces start with these bytes; other lines are copied whole.
        if !has_odd_space(line) {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        for c in line.chars() {
            match c {
                '\t' => out.push_str("  "),
                c if is_space_like(c) => out.push(' '),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    let end = out.trim_end().len();
    out.truncate(end);
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    out
}

/// `raw` in NFC, borrowed when it already is: text below U+0300 (ASCII and Latin-1, so
/// nearly every Swedish release) is always NFC, which a byte scan shows.
fn to_nfc(raw: &str) -> Cow<'_, str> {
    // UTF-8 lead bytes from 0xCC up start characters at or above U+0300.
    if raw.bytes().all(|b| b < 0xCC) || is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.nfc().collect())
    }
}

/// True when `line` holds a tab or one of the spaces [`is_space_like`] replaces, all of
/// which are U+00A0 or in U+2000..U+202F.
fn has_odd_space(line: &str) -> bool {
    let b = line.as_bytes();
    b.iter().enumerate().any(|(i, &x)| match x {
        b'\t' => true,
        0xC2 => b.get(i + 1) == Some(&0xA0),
        0xE2 => {
            b.get(i + 1) == Some(&0x80)
                && b.get(i + 2)
                    .is_some_and(|&y| (0x80..=0x8A).contains(&y) || y == 0xAF)
        }
        _ => false,
    })
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
    fn decomposed_text_is_composed() {
        assert_eq!(clean_text("O\u{308}stergo\u{308}tland"), "Östergötland");
        assert_eq!(fold_diacritics("Östergötland"), "Ostergotland");
    }
}
