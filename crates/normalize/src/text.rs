//! Small helpers over `&str` and byte offsets shared by the extractors: word boundaries
//! that understand å, ä and ö, whitespace tokens, lines and sentences.
//!
//! The `regex` crate's Unicode `\b` forces its slow engines on non-ASCII text, so the
//! extractors search for plain literals and check boundaries here instead.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};
use regex::Regex;

/// Compiles a pattern built from constants. Such a pattern is part of the program, so a
/// failure is a bug caught by every test run, not a data error.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern compiles")
}

/// True for characters that make up words (letters and digits).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Where the run of letters and digits that ends at byte `at` starts (`at` when none
/// ends there).
pub(crate) fn alphanumeric_run_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(at, |(i, _)| i)
}

/// `s` cut at the first match of `separator`, which is left out: `str::split_once` by a
/// searcher built once, where a `&str` pattern builds its own on every call, which on a
/// short line costs more than the search.
pub(crate) fn split_once_by<'s>(s: &'s str, separator: &Finder) -> Option<(&'s str, &'s str)> {
    let at = separator.find(s.as_bytes())?;
    Some((&s[..at], &s[at + separator.needle().len()..]))
}

/// `s.split(separator)` by a searcher built once ([`split_once_by`]).
pub(crate) fn split_by<'s>(s: &'s str, separator: &'s Finder) -> impl Iterator<Item = &'s str> {
    let ends = separator.find_iter(s.as_bytes()).map(Some);
    let mut start = 0;
    ends.chain(std::iter::once(None)).map(move |at| {
        let end = at.unwrap_or(s.len());
        let piece = s.get(start..end).unwrap_or_default();
        start = end + separator.needle().len();
        piece
    })
}

/// `s` cut at the last match of `separator`, which is left out: `str::rsplit_once` by a
/// searcher built once ([`split_once_by`]).
pub(crate) fn rsplit_once_by<'s>(s: &'s str, separator: &FinderRev) -> Option<(&'s str, &'s str)> {
    let at = separator.rfind(s.as_bytes())?;
    Some((&s[..at], &s[at + separator.needle().len()..]))
}

/// Two spaces: what the clean text sets a table's cells and a copied menu's columns
/// apart by.
pub(crate) static CELL_GAP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));

/// Words a headline or a sentence does not end on: where a line does, a PDF, a mail or
/// a narrow column broke it ("Stöd till lantbrukare som drabbats av / fågelinfluensan
/// och torkan").
pub(crate) const DANGLING_WORDS: &[&str] = &[
    "av", "och", "till", "för", "i", "på", "om", "med", "som", "att", "en", "ett", "från", "vid",
    "mot", "efter", "under", "inom", "samt", "eller", "den", "det", "de",
];

/// What stands between the items of a menu or breadcrumb when it stands alone between
/// spaces: "Om oss | Nyheter", "Start › Press", "Nyheter / Pressmeddelanden". A
/// headline's " – " is no separator.
pub(crate) const MENU_SEPARATORS: &[&str] = &["|", "·", "•", "›", "»", ">", "/", "\\"];

/// `line` read as a menu or breadcrumb: its columns (apart by runs of spaces, as a
/// copied menu keeps them, [`CELL_GAP`]) cut at every [`MENU_SEPARATORS`] word. Items
/// are trimmed, and none is empty.
pub(crate) fn menu_items(line: &str) -> impl Iterator<Item = &str> {
    split_by(line, &CELL_GAP).flat_map(|column| {
        let mut rest = column;
        std::iter::from_fn(move || loop {
            let item_and_rest = rest.trim_start();
            if item_and_rest.is_empty() {
                return None;
            }
            let mut end = item_and_rest.len();
            rest = "";
            let mut at = 0;
            for word in item_and_rest.split(' ') {
                if MENU_SEPARATORS.contains(&word) {
                    end = at;
                    rest = &item_and_rest[at + word.len()..];
                    break;
                }
                at += word.len() + 1;
            }
            let item = item_and_rest[..end].trim_end();
            if !item.is_empty() {
                return Some(item);
            }
        })
    })
}

/// A "|": the field separator of page-info lines, breadcrumbs and tag lists.
pub(crate) static BAR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("|"));

/// Where the text's next match of a searcher stands, for lines asked about in order: one
/// search resumes only once a line has passed the last match found, so asking of every
/// line whether it holds one costs a single pass over the text, not a search a line.
pub(crate) struct NextMatch<'f> {
    finder: &'f Finder<'static>,
    /// The next match at or after the start of the last line asked about, or the text's
    /// length.
    at: usize,
    searched: bool,
}

impl<'f> NextMatch<'f> {
    pub(crate) fn new(finder: &'f Finder<'static>) -> NextMatch<'f> {
        NextMatch {
            finder,
            at: 0,
            searched: false,
        }
    }

    /// True when `bytes[start..end]`, a line after those asked about before, holds a
    /// whole match.
    pub(crate) fn within(&mut self, bytes: &[u8], start: usize, end: usize) -> bool {
        if !self.searched || self.at < start {
            let rest = bytes.get(start..).unwrap_or_default();
            self.at = self.finder.find(rest).map_or(bytes.len(), |i| start + i);
            self.searched = true;
        }
        self.at + self.finder.needle().len() <= end
    }
}

/// True when one of `sorted`, byte offsets in ascending order, lies in `range`.
pub(crate) fn any_within(sorted: &[usize], range: Range<usize>) -> bool {
    let first = sorted.partition_point(|&at| at < range.start);
    sorted.get(first).is_some_and(|&at| at < range.end)
}

/// The character just before byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The character starting at byte `i`, if any.
pub(crate) fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// True when `text[start..end]` is not glued to a letter or digit on either side.
pub(crate) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    !char_before(text, start).is_some_and(is_word_char)
        && !char_after(text, end).is_some_and(is_word_char)
}

/// A run of non-white-space characters and its byte range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'t> {
    /// The characters, punctuation included.
    pub text: &'t str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl<'t> Token<'t> {
    /// The token without trailing punctuation (".", ",", ";", ":", "!", "?", ")" …).
    pub fn core(&self) -> &'t str {
        // Most tokens end in a letter or digit: the last byte shows it without decoding.
        // Of the non-ASCII marks, "»" ends in 0xBB, "”" in 0x9D and the superscript
        // digits of footnote marks in 0xB0 to 0xB9.
        match self.text.as_bytes().last() {
            Some(&b)
                if b.is_ascii_alphanumeric()
                    || (b >= 0x80 && b != 0xBB && b != 0x9D && !(0xB0..=0xB9).contains(&b)) =>
            {
                self.text
            }
            _ => self.text.trim_end_matches(is_trailing_punct),
        }
    }

    /// True when punctuation follows the core (the token ends a clause).
    pub fn has_trailing_punct(&self) -> bool {
        self.core().len() != self.text.len()
    }
}

/// Punctuation, and the superscript digits of a footnote mark ("275 miljoner²").
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '"'
            | '\''
            | '»'
            | '”'
            | '*'
            | '¹'
            | '²'
            | '³'
            | '⁰'
            | '⁴'..='⁹'
    )
}

/// Splits `text[range]` on white space into tokens, appended to `out` with byte ranges
/// in `text`.
pub(crate) fn tokens_into<'t>(text: &'t str, range: Range<usize>, out: &mut Vec<Token<'t>>) {
    let bytes = text.as_bytes();
    let end = range.end.min(bytes.len());
    let mut i = range.start;
    // Cleaned text has only ASCII white space, so a byte scan finds every boundary, and
    // a token starts and ends next to ASCII (or at an end), always on a char boundary.
    loop {
        while i < end && bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if i >= end {
            break;
        }
        let start = i;
        while i < end && bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
            i += 1;
        }
        if let Some(token) = text.get(start..i) {
            out.push(Token {
                text: token,
                start,
                end: i,
            });
        }
    }
}

/// Splits `text` on white space into tokens with byte ranges.
#[cfg(test)]
pub(crate) fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(text, 0..text.len(), &mut out);
    out
}

/// A year as releases write one: four digits from 1900 to 2099 ("2022"). Column
/// labels, periods and dates of a release are years of this century or the last.
// Called for each word of each line that may head a table: without the hint it was not
// inlined into the table module, at 0.6 instructions per byte of the seeds.
#[inline]
pub(crate) fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// "2022", "2018–2029", "2022/2023": a year or a span of years.
pub(crate) fn is_year_span(word: &str) -> bool {
    word.split(['–', '-', '/'])
        .all(|part| is_year(part.trim_matches(|c: char| !c.is_ascii_digit())))
}

/// True when the bytes between two positions hold no line break.
pub(crate) fn same_line(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    text.get(lo..hi).is_some_and(|s| !s.contains('\n'))
}

/// `s.trim()`, answered at once when both ends are visible ASCII, as the ends of most
/// lines are: every line of a release is trimmed by several extractors.
pub(crate) fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    let bytes = s.as_bytes();
    if bytes.is_empty() || (plain(bytes.first()) && plain(bytes.last())) {
        s
    } else {
        s.trim()
    }
}

/// A set of byte pairs in ASCII lower case, one bit each: callers look up the first two
/// bytes of a word lower-cased, whatever the case of the listed words.
pub(crate) struct BytePairs([u64; 256 * 256 / 64]);

impl BytePairs {
    /// The first two bytes of each word; every word has two.
    pub(crate) const fn of(lists: &[&[&str]]) -> BytePairs {
        let mut bits = [0u64; 256 * 256 / 64];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let word = lists[l][i].as_bytes();
                let (first, second) = (word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase());
                let pair = (first as usize) << 8 | second as usize;
                bits[pair / 64] |= 1 << (pair % 64);
                i += 1;
            }
            l += 1;
        }
        BytePairs(bits)
    }

    pub(crate) fn contains(&self, first: u8, second: u8) -> bool {
        let pair = usize::from(first) << 8 | usize::from(second);
        self.0
            .get(pair / 64)
            .is_some_and(|bits| bits >> (pair % 64) & 1 == 1)
    }
}

/// The first two bytes of `line` as [`starts_with_ci`] folds them, when that needs no table:
/// the line starts with ASCII or Latin-1, where folding keeps byte lengths. `None` for
/// other lines, which take the full test.
pub(crate) fn folded_first_bytes(line: &str) -> Option<(u8, u8)> {
    let [first, second, ..] = *line.as_bytes() else {
        return None;
    };
    let mut pair = [first, second];
    lowercase_latin1_in_place(&mut pair).then_some((pair[0], pair[1]))
}

/// Lines of `text` with the byte offset where each starts (no line terminators).
pub(crate) fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // The same pieces as `split('\n')`, found with a vectorized search.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut start = 0;
    ends.map(move |end| {
        let line_start = start;
        start = end + 1;
        let line = text.get(line_start..end).unwrap_or_default();
        (line_start, line.strip_suffix('\r').unwrap_or(line))
    })
}

/// Abbreviations that never end a sentence ("ca. 5 miljoner").
const ABBREVIATIONS: &[&str] = &[
    "ca", "bl.a", "t.ex", "dvs", "s.k", "jfr", "resp", "nr", "c:a",
];

/// Abbreviations besides the unit words that end a sentence only when a capital letter
/// follows ("m.m. och", "osv. Nästa").
const LIST_ABBREVIATIONS: &[&str] = &["m.m", "osv", "etc"];

/// True for a word that ends a sentence only when a capital letter follows: a money
/// unit or magnitude ("5 kr. Nästa", "40 milj. kr"; the words of [`crate::units`], but
/// "miljoner" and "miljarder", which are whole words) or a list's "osv".
fn is_unit_abbreviation(word: &str) -> bool {
    crate::units::unit(word).is_some_and(|u| !u.bare_money)
        || LIST_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word))
}

/// Byte where the sentence holding `pos` starts: after the last ". ", "! ", "? " or line
/// break before it.
pub(crate) fn sentence_start(text: &str, pos: usize) -> usize {
    let head = text.get(..pos).unwrap_or("");
    // The marks are ASCII, so a byte search finds them as a character search would.
    for i in memchr::memrchr3_iter(b'.', b'!', b'?', head.as_bytes()) {
        // A line break after the mark ends the search first.
        if let Some(line_break) = memchr::memrchr(b'\n', &head.as_bytes()[i..]) {
            return i + line_break + 1;
        }
        let c = char::from(head.as_bytes()[i]);
        if ends_sentence(head, i, c) {
            let rest = &head[i + 1..];
            return i + 1 + (rest.len() - rest.trim_start().len());
        }
    }
    memchr::memrchr(b'\n', head.as_bytes()).map_or(0, |i| i + 1)
}

/// Where the sentence starts whose line starts at `line_start`, when a hard wrap broke it
/// before a capital ("Staten och regionerna X, Y och Jämtland" / "Härjedalen har tecknat
/// ett avtal om …"; the clean-up joins a wrap only before a lower-case word): the start
/// of the line before, when that line is as long as a wrapped line and ends in no mark
/// that closes a sentence. `None` where the sentence did not start a line, or after a
/// blank line, a short line (a label, a date) or a closed sentence. A long headline set
/// right above such a line, with no blank line or date between, reads as the line before
/// as well: callers ask only where the line alone lacks what they look for.
pub(crate) fn wrapped_line_start(text: &str, line_start: usize) -> Option<usize> {
    let before = text.get(..line_start)?.strip_suffix('\n')?;
    let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let line = &before[start..];
    let closed = line
        .chars()
        .next_back()
        .is_some_and(|c| crate::clean::LINE_ENDS.contains(&c));
    (line.len() >= crate::clean::MIN_WRAPPED_LINE && !closed).then_some(start)
}

/// Byte where the sentence holding `pos` ends (exclusive).
pub(crate) fn sentence_end(text: &str, pos: usize) -> usize {
    let Some(tail) = text.get(pos..) else {
        return text.len();
    };
    let line_end = memchr::memchr(b'\n', tail.as_bytes()).unwrap_or(tail.len());
    for i in memchr::memchr3_iter(b'.', b'!', b'?', &tail.as_bytes()[..line_end]) {
        let c = char::from(tail.as_bytes()[i]);
        if ends_sentence(text, pos + i, c) {
            return pos + i + 1;
        }
    }
    if line_end < tail.len() {
        pos + line_end
    } else {
        text.len()
    }
}

/// True when the punctuation mark at byte `i` ends a sentence: white space follows and it
/// does not close an abbreviation.
fn ends_sentence(text: &str, i: usize, c: char) -> bool {
    let after = i + c.len_utf8();
    if !char_after(text, after).is_none_or(char::is_whitespace) {
        return false;
    }
    if c != '.' {
        return true;
    }
    let word_start = text[..i]
        .char_indices()
        .rev()
        .find(|(_, ch)| ch.is_whitespace())
        .map_or(0, |(j, ch)| j + ch.len_utf8());
    let word = &text[word_start..i];
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    if is_unit_abbreviation(word) {
        let next = text[after..].trim_start_matches([' ', '\t']).chars().next();
        return next.is_none_or(|n| n.is_uppercase() || n == '\n');
    }
    true
}

mod case;
mod literals;

#[cfg(test)]
pub(crate) use case::is_folded;
pub(crate) use case::{
    capitalize, decapitalize, eq_ci, lower_case_is, lower_case_starts_with, lowercase,
    lowercase_latin1_in_place, starts_with_ci, with_lowercase,
};
pub(crate) use literals::Literals;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_respect_swedish_letters() {
        assert!(!is_whole_word("Örebronyheter", 0, "Örebro".len()));
        assert!(is_whole_word("i Örebro.", 2, 2 + "Örebro".len()));
        assert!(!is_whole_word("kömiljarden", "kö".len(), "kömiljard".len()));
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Det kostar ca. 5 kr. Nästa mening här.";
        let pos = text.find('5').unwrap();
        assert_eq!(sentence_start(text, pos), 0);
        let next = text.find("Nästa").unwrap();
        assert_eq!(sentence_start(text, next + 1), next);
        assert_eq!(sentence_end(text, next), text.len());
        // Every abbreviated unit word is one: "milj." before "kr" ends nothing.
        let text = "Det kostar 40 milj. kr och 3 mdkr. totalt. Nästa.";
        assert_eq!(sentence_end(text, 0), text.find(" Nästa").unwrap());
    }

    #[test]
    fn tokens_of_a_range_keep_offsets_in_the_text() {
        let text = "första raden\n44 mkr här\nsista";
        let line = text.find("44").unwrap()..text.find("\nsista").unwrap();
        let mut toks = Vec::new();
        tokens_into(text, line, &mut toks);
        let found: Vec<(&str, &str)> = toks
            .iter()
            .map(|t| (t.text, &text[t.start..t.end]))
            .collect();
        assert_eq!(found, [("44", "44"), ("mkr", "mkr"), ("här", "här")]);
    }

    #[test]
    fn the_next_match_is_found_for_lines_in_order() {
        let text = "a\nb | c\nd\ne|f\ng";
        let mut bar = NextMatch::new(&BAR);
        let holds: Vec<bool> = lines_with_offsets(text)
            .map(|(offset, line)| bar.within(text.as_bytes(), offset, offset + line.len()))
            .collect();
        assert_eq!(holds, [false, true, false, true, false]);
        // A match must lie inside the range asked about, not run past its end.
        let den = Finder::new(" den ");
        let text = "x den\ny den 3\nz";
        let mut next = NextMatch::new(&den);
        assert!(!next.within(text.as_bytes(), 0, 5));
        assert!(next.within(text.as_bytes(), 6, 13));
        assert!(!next.within(text.as_bytes(), 14, 15));
    }

    #[test]
    fn split_by_a_searcher_splits_as_str_split() {
        let separator = Finder::new("  ");
        for s in [
            "",
            "a",
            "a  b",
            "a   b",
            "a    b",
            "  a  ",
            "Hem  Nyheter  Kontakt",
        ] {
            let by: Vec<&str> = split_by(s, &separator).collect();
            assert_eq!(by, s.split("  ").collect::<Vec<&str>>(), "{s:?}");
        }
    }

    #[test]
    fn tokens_keep_offsets() {
        let toks = tokens("  44,3 miljoner\nkronor.");
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[2].core(), "kronor");
        assert_eq!(toks[0].start, 2);
    }
}
