//! Small helpers over `&str` and byte offsets shared by the extractors: word boundaries
//! that understand å, ä and ö, whitespace tokens, lines and sentences.
//!
//! The `regex` crate's Unicode `\b` forces its slow engines on non-ASCII text, so the
//! extractors search for plain literals and check boundaries here instead.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;

/// Compiles a pattern built from constants. Such a pattern is part of the program, so a
/// failure is a bug caught by every test run, not a data error.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern compiles")
}

/// A leftmost-first automaton over constant literals. Building one from constants cannot
/// fail, so a failure is a bug caught by every test run, not a data error.
pub(crate) fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .expect("constant word list builds")
}

/// True for characters that make up words (letters and digits).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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
        // Of the non-ASCII marks, "»" ends in 0xBB and "”" in 0x9D.
        match self.text.as_bytes().last() {
            Some(&b) if b.is_ascii_alphanumeric() || (b >= 0x80 && b != 0xBB && b != 0x9D) => {
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

fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '»' | '”' | '*'
    )
}

/// Splits `text` on white space into tokens with byte ranges.
pub(crate) fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let mut i = 0;
    // Cleaned text has only ASCII white space, so a byte scan finds every boundary, and
    // a token starts and ends next to ASCII (or at an end), always on a char boundary.
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let start = i;
        while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
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
    out
}

/// True when the bytes between two positions hold no line break.
pub(crate) fn same_line(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    text.get(lo..hi).is_some_and(|s| !s.contains('\n'))
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

/// Abbreviations that end a sentence only when a capital letter follows ("5 kr. Nästa").
const UNIT_ABBREVIATIONS: &[&str] = &["kr", "milj", "tkr", "mkr", "m.m", "osv", "etc"];

/// Byte where the sentence holding `pos` starts: after the last ". ", "! ", "? " or line
/// break before it.
pub(crate) fn sentence_start(text: &str, pos: usize) -> usize {
    let head = text.get(..pos).unwrap_or("");
    let mut idx = head.len();
    for (i, c) in head.char_indices().rev() {
        match c {
            '\n' => return i + 1,
            '.' | '!' | '?' if ends_sentence(head, i, c) => return idx,
            _ => {}
        }
        if !c.is_whitespace() {
            idx = i;
        }
    }
    0
}

/// Byte where the sentence holding `pos` ends (exclusive).
pub(crate) fn sentence_end(text: &str, pos: usize) -> usize {
    let Some(tail) = text.get(pos..) else {
        return text.len();
    };
    for (i, c) in tail.char_indices() {
        match c {
            '\n' => return pos + i,
            '.' | '!' | '?' if ends_sentence(text, pos + i, c) => return pos + i + 1,
            _ => {}
        }
    }
    text.len()
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
    if UNIT_ABBREVIATIONS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
    {
        let next = text[after..].trim_start_matches([' ', '\t']).chars().next();
        return next.is_none_or(|n| n.is_uppercase() || n == '\n');
    }
    true
}

/// True when `s` starts with `prefix`, ignoring case; `prefix` is in lower case.
/// Compares character by character without allocating, for per-line checks.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    // Most calls test a line against a list of prefixes and fail on the first letter;
    // when both first bytes are ASCII that answer needs no character decoding.
    if let (Some(&c), Some(&p)) = (s.as_bytes().first(), prefix.as_bytes().first()) {
        if c.is_ascii() && p.is_ascii() && c != p && c.to_ascii_lowercase() != p {
            return false;
        }
    }
    let mut chars = s.chars();
    for p in prefix.chars() {
        let Some(c) = chars.next() else {
            return false;
        };
        let same = c == p
            || if c.is_ascii() {
                c.to_ascii_lowercase() == p
            } else {
                c.is_uppercase() && c.to_lowercase().eq(std::iter::once(p))
            };
        if !same {
            return false;
        }
    }
    true
}

/// Bytes of a line's start that [`FoldedHead`] folds: more than the longest prefix any
/// list tests, so the fallback to [`starts_with_ci`] is rare.
const FOLDED_HEAD_BYTES: usize = 40;

/// How [`starts_with_ci`] compares a character with a lower-case one: ASCII and
/// single-character lower-casing of upper-case letters; anything else as it is.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c.is_uppercase() {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            return l;
        }
    }
    c
}

/// True when folding changes nothing in `s`: the form prefix lists must be in for
/// [`FoldedHead`] to agree with [`starts_with_ci`].
#[cfg(test)]
pub(crate) fn is_folded(s: &str) -> bool {
    s.chars().all(|c| fold_char(c) == c)
}

/// The start of a line folded to lower case once, so that testing the line against a
/// list of lower-case prefixes costs one byte comparison per prefix. Gives the same
/// answers as [`starts_with_ci`] for prefixes that [`fold_char`] leaves unchanged.
pub(crate) struct FoldedHead<'s> {
    source: &'s str,
    buf: [u8; FOLDED_HEAD_BYTES],
    len: usize,
    /// True when the whole of `source` is folded into `buf`.
    complete: bool,
}

impl<'s> FoldedHead<'s> {
    /// Folds the first characters of `source`.
    #[inline]
    pub fn new(source: &'s str) -> Self {
        Self::new_latin1(source).unwrap_or_else(|| Self::new_by_chars(source))
    }

    /// [`FoldedHead::new`] for a head within Latin-1, nearly every line of a Swedish
    /// release: folding keeps byte lengths there, so the head is a copy of the first
    /// bytes, folded in place. `None` for a character beyond Latin-1.
    fn new_latin1(source: &'s str) -> Option<Self> {
        let mut len = source.len().min(FOLDED_HEAD_BYTES);
        // The head holds whole characters.
        while !source.is_char_boundary(len) {
            len -= 1;
        }
        let mut buf = [0u8; FOLDED_HEAD_BYTES];
        let head = buf.get_mut(..len)?;
        head.copy_from_slice(source.as_bytes().get(..len)?);
        if !lowercase_latin1_in_place(head) {
            return None;
        }
        Some(FoldedHead {
            source,
            buf,
            len,
            complete: len == source.len(),
        })
    }

    /// [`FoldedHead::new`] character by character, for any text.
    fn new_by_chars(source: &'s str) -> Self {
        let mut buf = [0u8; FOLDED_HEAD_BYTES];
        let mut len = 0;
        let mut complete = true;
        let bytes = source.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let width = if b.is_ascii() {
                let Some(slot) = buf.get_mut(len) else {
                    complete = false;
                    break;
                };
                *slot = b.to_ascii_lowercase();
                len += 1;
                1
            } else {
                // `i` is on a character boundary: it only ever moves by whole characters.
                let Some(c) = source.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                let folded = fold_char(c);
                let Some(slot) = buf.get_mut(len..len + folded.len_utf8()) else {
                    complete = false;
                    break;
                };
                folded.encode_utf8(slot);
                len += folded.len_utf8();
                c.len_utf8()
            };
            i += width;
        }
        FoldedHead {
            source,
            buf,
            len,
            complete,
        }
    }

    /// [`starts_with_ci`]`(source, prefix)`; `prefix` is in lower case.
    #[inline]
    pub fn starts_with(&self, prefix: &str) -> bool {
        let head = &self.buf[..self.len];
        let p = prefix.as_bytes();
        // The first character is always folded whole, so its first byte decides most
        // prefixes of a list without a full comparison.
        if p.first().is_some_and(|first| head.first() != Some(first)) {
            return false;
        }
        if head.starts_with(p) {
            return true;
        }
        // Whole characters fill `head`, so a prefix that fits is decided by it.
        if self.complete || prefix.len() <= self.len {
            return false;
        }
        starts_with_ci(self.source, prefix)
    }

    /// [`eq_ci`]`(source, other)`; `other` is in lower case.
    #[inline]
    pub fn equals(&self, other: &str) -> bool {
        self.source.len() == other.len() && self.starts_with(other)
    }
}

/// True when `s` equals `other` ignoring case; `other` is in lower case. The reference
/// [`FoldedHead::equals`] is tested against.
#[cfg(test)]
pub(crate) fn eq_ci(s: &str, other: &str) -> bool {
    // Case changes within Latin-1 keep the UTF-8 length, so lengths must agree.
    s.len() == other.len() && starts_with_ci(s, other)
}

/// True when `s.to_lowercase() == lower`, for a `lower` without a Greek sigma (whose
/// lower case depends on context), without building the lower-case copy.
pub(crate) fn lower_case_is(s: &str, lower: &str) -> bool {
    !first_letters_differ(s, lower) && s.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// True when `s` starts with an ASCII letter that lower-cases to something other than
/// the first byte of `lower`: the quick answer for most pairs.
fn first_letters_differ(s: &str, lower: &str) -> bool {
    match (s.as_bytes().first(), lower.as_bytes().first()) {
        (Some(&a), Some(&b)) => a.is_ascii() && a.to_ascii_lowercase() != b,
        _ => false,
    }
}

/// True when `s.to_lowercase()` starts with `prefix`; as [`lower_case_is`].
pub(crate) fn lower_case_starts_with(s: &str, prefix: &str) -> bool {
    if first_letters_differ(s, prefix) {
        return false;
    }
    let mut lowered = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// `s.to_lowercase()`, quicker for Swedish text. The standard library looks up every
/// character after the first non-ASCII one in its tables; here ASCII and Latin-1 letters
/// (Å, Ä, Ö, É …) are mapped directly, and only text beyond Latin-1 takes the slow path.
pub(crate) fn lowercase(s: &str) -> String {
    let mut out = s.as_bytes().to_vec();
    if !lowercase_latin1_in_place(&mut out) {
        return s.to_lowercase();
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_lowercase())
}

/// Lower-cases UTF-8 `bytes` in place when every character is in Latin-1, where lower
/// case keeps each character's length; returns false, leaving `bytes` partly folded, on
/// the first character beyond Latin-1.
fn lowercase_latin1_in_place(bytes: &mut [u8]) -> bool {
    let mut after_c3 = false;
    for b in bytes {
        if after_c3 {
            // U+00C0..U+00DE, the upper-case letters of Latin-1 but ×, lower-case 0x20
            // higher; the rest of Latin-1 (lead byte 0xC2 or 0xC3) is its own lower case.
            if (0x80..=0x9E).contains(b) && *b != 0x97 {
                *b += 0x20;
            }
            after_c3 = false;
            continue;
        }
        match *b {
            b'A'..=b'Z' => *b += 0x20,
            0xC3 => after_c3 = true,
            // Lead bytes of characters beyond Latin-1; continuation bytes are below.
            0xC4.. => return false,
            _ => {}
        }
    }
    true
}

/// Upper-cases the first character.
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-cases the first character.
pub(crate) fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

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
    }

    #[test]
    fn folded_head_agrees_with_starts_with_ci() {
        let lines = [
            "Följ Annika",
            "FÖLJ oss",
            "ÅÄÖ",
            "\u{212A}ronor",
            "İstanbul",
            "Läs mer om kakor på en väldigt lång rad som fortsätter långt bortom bufferten",
            "",
            "ß",
        ];
        let prefixes = [
            "följ ",
            "åäö",
            "kronor",
            "i̇stanbul",
            "istanbul",
            "läs mer om kakor på en väldigt lång rad som fortsätter långt bort",
            "",
            "ß",
            "ss",
        ];
        for line in lines {
            let head = FoldedHead::new(line);
            for p in prefixes {
                assert_eq!(
                    head.starts_with(p),
                    starts_with_ci(line, p),
                    "{line:?} {p:?}"
                );
                assert_eq!(head.equals(p), eq_ci(line, p), "{line:?} {p:?}");
            }
        }
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for s in [
            "ÖVERENSKOMMELSE om Ökad ÅÄÖ éÉ ×ÞþßÿµªÀ",
            "ΣΑΣ Straße İstanbul",
            "\u{212A}ronor",
            "",
            "abc123 ,.!",
            "Ångström\u{a0}Æther",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_is_the_standard_lowercase(s in "\\PC*", latin in "[a-zA-ZÀ-ÿ ]*") {
            proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
            proptest::prop_assert_eq!(lowercase(&latin), latin.to_lowercase());
        }
    }

    proptest::proptest! {
        #[test]
        fn folded_head_is_starts_with_ci(
            line in "[aAöÖåÅéÉ×ß \u{212A}İ]{0,50}",
            take in 0usize..50,
            other in "[aöåé ]{0,45}",
        ) {
            // A lower-cased start of the line, which often matches, or any text.
            let start: String = line.chars().take(take).collect::<String>().to_lowercase();
            let prefix = if take % 2 == 0 { start } else { other };
            proptest::prop_assume!(is_folded(&prefix));
            let head = FoldedHead::new(&line);
            proptest::prop_assert_eq!(head.starts_with(&prefix), starts_with_ci(&line, &prefix));
            proptest::prop_assert_eq!(head.equals(&prefix), eq_ci(&line, &prefix));
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
