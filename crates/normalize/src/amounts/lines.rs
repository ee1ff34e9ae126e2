//! Which lines may hold a sum: those with a unit word as a token of its own ("kronor",
//! "Mkr", "miljarder") or glued to a numeral ("500mnkr"). A sum never spans lines and
//! always has such a token, so the other lines, most of a release, need no tokens.

use std::ops::Range;

use crate::text::Token;
use crate::units::{before_kronor_mark, split_glued, unit_per, UnitParts};

/// Byte ranges of the lines of `text` that hold a unit token, in order. Every unit that
/// anchors a sum holds one of [`crate::units::UNIT_PARTS`], so the tokens around the
/// text's `parts` are the only ones to look at.
pub(super) fn lines_with_units(text: &str, parts: &UnitParts) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut checked_to = 0;
    for &hint in parts.positions() {
        if hint < checked_to {
            continue;
        }
        let token = token_around(text, hint);
        checked_to = token.end;
        if !is_unit_token(token) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..token.start]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[token.end..]).map_or(text.len(), |i| token.end + i);
        checked_to = end;
        lines.push(start..end);
    }
    lines
}

/// The white-space-delimited token holding byte `at`.
fn token_around(text: &str, at: usize) -> Token<'_> {
    let bytes = text.as_bytes();
    let start = bytes[..at]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(text.len(), |i| at + i);
    Token {
        // White space is ASCII, so both ends are char boundaries.
        text: text.get(start..end).unwrap_or_default(),
        start,
        end,
    }
}

/// True for a token a sum may be anchored on (see `find_in_line`).
fn is_unit_token(token: Token<'_>) -> bool {
    let core = token.core();
    unit_per(core).is_some()
        || split_glued(crate::numbers::unsigned(core).0).is_some()
        || before_kronor_mark(core).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        lines_with_units(
            text,
            &UnitParts::in_folded(&text.as_bytes().to_ascii_lowercase()),
        )
        .into_iter()
        .map(|r| &text[r])
        .collect()
    }

    #[test]
    fn only_lines_with_a_unit_word() {
        let text = "Krav på kris\n44 MKR till regionen.\nEn miljard.\nSEKTOR\n5mnkr, \n\
                    Kronor\n3 MDR och 4 Mrd\nTio tusen invånare";
        assert_eq!(
            lines(text),
            [
                "44 MKR till regionen.",
                "En miljard.",
                "5mnkr, ",
                "Kronor",
                "3 MDR och 4 Mrd"
            ]
        );
        assert!(lines("Miljö och kraft").is_empty());
        assert!(lines("").is_empty());
    }
}
