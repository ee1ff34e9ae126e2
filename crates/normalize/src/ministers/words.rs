//! Where the words [`super::find`] starts from stand: title words, "pressekreterare hos"
//! and later mentions of a name. Substring searches find them; no regex reads the whole
//! text.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use memchr::memmem::Finder;
use regex::Regex;

use crate::text::compile;

/// The title words without their first letter: what [`Pieces::in_text`] checks in the
/// text's own case.
const MINISTER_TAIL: &str = "inister";
const STATSRAD_TAIL: &str = "tatsråd";

/// Pieces of the title words' tails and of [`STAFF_OF`]'s matches, found by one search
/// of the folded text, not five. No two of them can overlap (the minister's tail is
/// searched without its "r", which "reterare " starts with), so a search that skips
/// past each match finds every one, as a search for each alone does.
static PIECES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(piece_words())
        .expect("constant word list builds")
});

/// The words of [`PIECES`], in the order of its pattern numbers.
fn piece_words() -> impl Iterator<Item = &'static str> {
    [&MINISTER_TAIL[..6], STATSRAD_TAIL]
        .into_iter()
        .chain(STAFF_PIECES)
}

/// Where the title words and the pieces of staff titles stand in a text.
pub(super) struct Pieces {
    /// Every "minister", "Minister", "statsråd" and "Statsråd", in order, as byte ranges.
    /// No two of them can overlap, so these are exactly the matches of the regex
    /// `[Mm]inister|[Ss]tatsråd`. A sentence may open with the title ("Ministern för
    /// äldrefrågor Eva Ek").
    pub titles: Vec<Range<usize>>,
    /// Where a piece of [`STAFF_OF`]'s matches starts, in order.
    pub staff: Vec<usize>,
}

impl Pieces {
    /// The pieces of `text`, in order as the search finds them; `folded` is `text` with
    /// ASCII letters in lower case, and a title word's tail is checked in the text's case.
    pub fn in_text(text: &str, folded: &[u8]) -> Pieces {
        let bytes = text.as_bytes();
        let mut pieces = Pieces {
            titles: Vec::new(),
            staff: Vec::new(),
        };
        for hit in PIECES.find_iter(folded) {
            let at = hit.start();
            let (first, tail) = match hit.pattern().as_usize() {
                0 => ([b'm', b'M'], MINISTER_TAIL),
                1 => ([b's', b'S'], STATSRAD_TAIL),
                _ => {
                    pieces.staff.push(at);
                    continue;
                }
            };
            let end = at + tail.len();
            if bytes.get(at..end) == Some(tail.as_bytes())
                && at > 0
                && first.contains(&bytes[at - 1])
            {
                pieces.titles.push(at - 1..end);
            }
        }
        pieces
    }
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
const STAFF_PIECES: [&str; 3] = ["reterare ", "unnig ", "chef "];

/// Bytes a match may reach before its piece ("politiskt sakkunnig" with "ſ" and the
/// Kelvin sign "K" for "s" and "k") and after it (" till " with "Å").
const BEFORE_PIECE: usize = 32;
const AFTER_PIECE: usize = 24;

/// The matches of [`STAFF_OF`], in order. The regex runs only on short stretches around
/// the pieces found ([`Pieces::staff`]); matches never overlap, so this finds what a
/// search of the whole text would.
pub(super) fn staff_titles(text: &str, pieces: &[usize]) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for &at in pieces {
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
            let pieces = Pieces::in_text(text, &folded);
            assert_eq!(staff_titles(text, &pieces.staff), whole, "{text:?}");
        }
    }

    #[test]
    fn no_piece_overlaps_another() {
        for a in piece_words() {
            for b in piece_words() {
                for (k, _) in a.char_indices().skip(1) {
                    let rest = &a[k..];
                    assert!(!b.starts_with(rest) && !rest.starts_with(b), "{a} {b}");
                }
            }
        }
    }

    #[test]
    fn title_words_in_order() {
        let text = "Statsrådet och socialministern, statsråd. Ministern för skolfrågor";
        let folded = text.as_bytes().to_ascii_lowercase();
        let titles = Pieces::in_text(text, &folded).titles;
        let words: Vec<&str> = titles.into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["Statsråd", "minister", "statsråd", "Minister"]);
        // Other cases of the tail are no title word.
        let text = "MINISTER och statsRÅD, STATSRÅDET";
        let folded = text.as_bytes().to_ascii_lowercase();
        assert!(Pieces::in_text(text, &folded).titles.is_empty());
    }
}
