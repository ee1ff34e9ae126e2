//! Walking the lines of a text from any line, forwards or backwards, without first
//! collecting them all: most texts hold no table, and a table reads only a few lines
//! around its header.

use crate::text::trim;

/// One line: where it starts and its content without the "\n" or "\r\n" ending it, the
/// same pieces as [`crate::text::lines_with_offsets`] gives.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    pub start: usize,
    pub text: &'a str,
    /// Where the next line starts; `None` for the last line.
    next: Option<usize>,
}

impl Line<'_> {
    /// Byte after the line's content.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    pub fn is_blank(&self) -> bool {
        trim(self.text).is_empty()
    }
}

/// The lines of one text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Lines<'a> {
    text: &'a str,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines { text }
    }

    /// The line starting at byte `start`, which must follow a "\n" or be 0.
    pub fn at(&self, start: usize) -> Line<'a> {
        let rest = self.text.as_bytes().get(start..).unwrap_or_default();
        let (end, next) = match memchr::memchr(b'\n', rest) {
            Some(i) => (start + i, Some(start + i + 1)),
            None => (self.text.len(), None),
        };
        let text = self.text.get(start..end).unwrap_or_default();
        Line {
            start,
            text: text.strip_suffix('\r').unwrap_or(text),
            next,
        }
    }

    pub fn after(&self, line: &Line<'a>) -> Option<Line<'a>> {
        line.next.map(|start| self.at(start))
    }

    pub fn before(&self, line: &Line<'a>) -> Option<Line<'a>> {
        // The "\n" ending the line before sits just ahead of this line.
        let newline = line.start.checked_sub(1)?;
        let head = self.text.as_bytes().get(..newline).unwrap_or_default();
        let start = memchr::memrchr(b'\n', head).map_or(0, |i| i + 1);
        Some(self.at(start))
    }

    /// `line` and the lines after it.
    pub fn from(self, line: Line<'a>) -> impl Iterator<Item = Line<'a>> {
        std::iter::successors(Some(line), move |l| self.after(l))
    }

    /// The lines before `line`, nearest first.
    pub fn above(self, line: Line<'a>) -> impl Iterator<Item = Line<'a>> {
        std::iter::successors(self.before(&line), move |l| self.before(l))
    }
}

/// The ASCII characters `char::is_whitespace` accepts: the space and "\t" to "\r".
#[inline]
pub(super) fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The length of the white-space character starting at byte `i` of `bytes`, if one does.
/// `i` is a character boundary or a byte inside a character that is not white space.
#[inline]
pub(super) fn space_at(bytes: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    // The characters `char::is_whitespace` accepts, told from their UTF-8 bytes without
    // decoding: ASCII ones, then U+0085 and U+00A0, U+1680, U+2000..=U+200A, U+2028,
    // U+2029, U+202F, U+205F and U+3000. No other character starts with these bytes'
    // patterns, and bytes inside a character never look like a start.
    let space = match at(0) {
        b if b.is_ascii() => is_ascii_space(b),
        0xC2 => return matches!(at(1), 0x85 | 0xA0).then_some(2),
        0xE1 => at(1) == 0x9A && at(2) == 0x80,
        0xE2 => match at(1) {
            0x80 => matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            0x81 => at(2) == 0x9F,
            _ => false,
        },
        0xE3 => at(1) == 0x80 && at(2) == 0x80,
        _ => false,
    };
    match (space, at(0).is_ascii()) {
        (false, _) => None,
        (true, true) => Some(1),
        (true, false) => Some(3),
    }
}

/// Where the next piece of `line` at or after byte `from` starts and ends: pieces are
/// split by white space and by the ASCII bytes `splits` accepts.
#[inline]
pub(super) fn next_token(
    line: &str,
    from: usize,
    splits: impl Fn(u8) -> bool,
) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let separator_at = |i: usize| match bytes.get(i) {
        Some(&b) if splits(b) => Some(1),
        _ => space_at(bytes, i),
    };
    let mut i = from;
    while let Some(step) = separator_at(i) {
        i += step;
    }
    if i >= line.len() {
        return None;
    }
    let start = i;
    // Bytes inside a word step one at a time: see `space_at`.
    while i < line.len() && separator_at(i).is_none() {
        i += 1;
    }
    Some((start, i))
}

/// The white-space-separated words of `line`, as `split_whitespace` gives them.
pub(super) fn words(line: &str) -> impl Iterator<Item = &str> + '_ {
    tokens(line, |_| false)
}

/// The non-empty pieces of `line` between white space and the ASCII bytes `splits`
/// accepts.
pub(super) fn tokens(line: &str, splits: impl Fn(u8) -> bool) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_token(line, from, &splits)?;
        from = end;
        line.get(start..end)
    })
}
