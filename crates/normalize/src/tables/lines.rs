//! Walking the lines of a text from any line, forwards or backwards, without first
//! collecting them all: most texts hold no table, and a table reads only a few lines
//! around its header.

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

/// `s.trim()`, answered at once when both ends are ASCII but not white space, as the
/// ends of most lines are.
pub(super) fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !is_ascii_space(b));
    let bytes = s.as_bytes();
    if plain(bytes.first()) && plain(bytes.last()) {
        s
    } else {
        s.trim()
    }
}

/// The ASCII characters `char::is_whitespace` accepts: the space and "\t" to "\r".
#[inline]
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The length of the white-space character starting at byte `i` of `line`, if one does.
/// `i` is a character boundary or a byte inside a character that is not white space.
#[inline]
pub(super) fn space_at(line: &str, i: usize) -> Option<usize> {
    match *line.as_bytes().get(i)? {
        b if b.is_ascii() => is_ascii_space(b).then_some(1),
        // Outside ASCII only U+0085, U+00A0 (lead byte 0xC2), U+1680, U+2000..U+200A,
        // U+2028, U+2029, U+202F, U+205F and U+3000 (0xE1..=0xE3) are white space. Other
        // bytes, Swedish letters among them, are passed over without decoding.
        0xC2 | 0xE1..=0xE3 => line
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8),
        _ => None,
    }
}

/// Where the next word of `line` at or after byte `from` starts and ends.
#[inline]
pub(super) fn next_word(line: &str, from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while let Some(step) = space_at(line, i) {
        i += step;
    }
    if i >= line.len() {
        return None;
    }
    let start = i;
    // Bytes inside a word step one at a time: see `space_at`.
    while i < line.len() && space_at(line, i).is_none() {
        i += 1;
    }
    Some((start, i))
}

/// The white-space-separated words of `line` with their byte ranges, as
/// `split_whitespace` gives them.
pub(super) fn word_ranges(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_word(line, from)?;
        from = end;
        Some((start, end))
    })
}

/// The white-space-separated words of `line`.
pub(super) fn words(line: &str) -> impl Iterator<Item = &str> + '_ {
    word_ranges(line).map(|(start, end)| line.get(start..end).unwrap_or_default())
}
