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
        self.text.trim().is_empty()
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
