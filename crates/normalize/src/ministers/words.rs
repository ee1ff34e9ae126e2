//! Where the words [`super::find`] starts from stand: title words, "pressekreterare hos"
//! and later mentions of a name. Substring searches find them; no regex reads the whole
//! text.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::text::compile;

static INISTER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("inister"));
static TATSRAD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("tatsråd"));

/// Every "minister", "Minister", "statsråd" and "Statsråd", in order, as byte ranges.
/// No two of them can overlap, so these are exactly the matches of the regex
/// `[Mm]inister|[Ss]tatsråd`. A sentence may open with the title ("Ministern för
/// äldrefrågor Eva Ek").
pub(super) fn title_words(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = INISTER
        .find_iter(bytes)
        .filter(|&at| at > 0 && matches!(bytes[at - 1], b'm' | b'M'))
        .map(|at| at - 1..at + "inister".len())
        .collect();
    let statsrad = TATSRAD
        .find_iter(bytes)
        .filter(|&at| at > 0 && matches!(bytes[at - 1], b's' | b'S'))
        .map(|at| at - 1..at + "tatsråd".len());
    found.extend(statsrad);
    found.sort_unstable_by_key(|r| r.start);
    found
}

/// The titles of a minister's staff, in lower case.
pub(super) const STAFF_TITLES: &[&str] = &[
    "pressekreterare",
    "presssekreterare",
    "politiskt sakkunnig",
    "stabschef",
    "statssekreterare",
];

/// A staff title and the word that ties it to a minister ("Pressekreterare hos ").
static STAFF_OF: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!("(?i:{}) (?:hos|till|åt) ", STAFF_TITLES.join("|"))));

/// Pieces every match of [`STAFF_OF`] contains, in ASCII lower case. Their letters have
/// no other case forms than ASCII ones (unlike "s", "k" and "å"), so lower-casing the
/// ASCII letters of the text is enough to find every match's piece.
static STAFF_PIECES: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| ["reterare ", "unnig ", "chef "].map(|piece| Finder::new(piece).into_owned()));

/// Bytes a match may reach before its piece ("politiskt sakkunnig" with "ſ" and the
/// Kelvin sign "K" for "s" and "k") and after it (" till " with "Å").
const BEFORE_PIECE: usize = 32;
const AFTER_PIECE: usize = 24;

/// The matches of [`STAFF_OF`], in order. The regex runs only on short stretches around
/// the pieces found; matches never overlap, so this finds what a search of the whole
/// text would. `folded` is `text` with ASCII letters in lower case.
pub(super) fn staff_titles(text: &str, folded: &[u8]) -> Vec<Range<usize>> {
    let mut pieces: Vec<usize> = STAFF_PIECES
        .iter()
        .flat_map(|piece| piece.find_iter(folded))
        .collect();
    pieces.sort_unstable();
    let mut found: Vec<Range<usize>> = Vec::new();
    for at in pieces {
        let start = char_boundary_at_or_before(text, at.saturating_sub(BEFORE_PIECE));
        let end = char_boundary_at_or_before(text, (at + AFTER_PIECE).min(text.len()));
        for m in STAFF_OF.find_iter(&text[start..end]) {
            let range = start + m.start()..start + m.end();
            if found.last().is_none_or(|last| last.end <= range.start) {
                found.push(range);
            }
        }
    }
    found
}

fn char_boundary_at_or_before(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where `name` stands in `text`, left to right without overlaps (as
/// `str::match_indices` finds them).
pub(super) fn mentions(text: &str, name: &str) -> Vec<usize> {
    Finder::new(name).find_iter(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_titles_agree_with_the_regex_over_the_whole_text() {
        for text in [
            "Karin Boman\nPressekreterare hos Annika Strandhäll\n",
            "PRESSEKRETERARE HOS X och presssekreterare till Y",
            "preſsekreterare hos A, politiſ\u{212A}t sakkunnig TILL B, Stabschef \u{212B}t C",
            "statssekreterare åt statssekreterare hos xstabschef hos ",
            "sekreterare hos",
        ] {
            let whole: Vec<Range<usize>> = STAFF_OF.find_iter(text).map(|m| m.range()).collect();
            let folded = text.as_bytes().to_ascii_lowercase();
            assert_eq!(staff_titles(text, &folded), whole, "{text:?}");
        }
    }

    #[test]
    fn title_words_in_order() {
        let text = "Statsrådet och socialministern, statsråd. Ministern för skolfrågor";
        let words: Vec<&str> = title_words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["Statsråd", "minister", "statsråd", "Minister"]);
    }
}
