//! A depth limit for HTML, applied to the source before it is parsed: tags nested
//! deeper than [`MAX_DEPTH`] are taken out (block tags become `<br>`, so their lines
//! stay lines) while all the text between them is kept. Linear in the source.
//!
//! This is a tag scanner, not a full HTML tokenizer: where it misjudges a construct the
//! only cost is a tag dropped or kept, never text lost.

use std::borrow::Cow;

use memchr::{memchr, memmem};

use super::{LINES, PARAGRAPHS};
use crate::budget::{Budget, OutOfTime};

/// Deepest nesting of elements kept. Real pages nest a few dozen deep; html5ever's tree
/// builder scans the open elements at most tags, so depth must stay small for parsing
/// to stay fast.
pub(super) const MAX_DEPTH: usize = 256;

/// How far down the open elements an end tag looks for its start tag. Beyond this, a
/// stray end tag is ignored (as html5ever ignores one with no match), which keeps the
/// scan linear whatever the input.
const END_TAG_REACH: usize = 512;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements closed by their next sibling when their end tag is left out: they never
/// nest deeply in the parsed tree, so they are not counted.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb",
    "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements in which `<x/>` closes itself (SVG and MathML); in HTML it does not.
const FOREIGN: &[&str] = &["svg", "math"];

/// `source` with every tag nested deeper than [`MAX_DEPTH`] taken out; borrowed when
/// nothing is that deep.
pub(super) fn limit_nesting<'a>(
    source: &'a str,
    budget: &mut Budget,
) -> Result<Cow<'a, str>, OutOfTime> {
    let bytes = source.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut kept_depth = 0usize;
    let mut foreign = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut at = 0usize;
    while let Some(offset) = memchr(b'<', &bytes[at..]) {
        budget.tick()?;
        let start = at + offset;
        let Some(tag) = scan_tag(bytes, start) else {
            at = start + 1;
            continue;
        };
        at = tag.end;
        let mut drop_tag = false;
        match tag.kind {
            Kind::Other => {}
            Kind::Start { self_closing } => {
                let name = tag.name.as_str();
                let closes_itself = self_closing && foreign > 0;
                let opens =
                    !(VOID.contains(&name) || OPTIONAL_END.contains(&name) || closes_itself);
                if opens {
                    let dropped = kept_depth >= MAX_DEPTH;
                    if dropped {
                        drop_tag = true;
                    } else {
                        kept_depth += 1;
                    }
                    if FOREIGN.contains(&name) {
                        foreign += 1;
                    }
                    open.push(Open {
                        name: name.to_owned(),
                        dropped,
                    });
                }
                if RAW_TEXT.contains(&name) {
                    at = raw_text_end(bytes, at, name);
                }
            }
            Kind::End => {
                let reach = open.len().saturating_sub(END_TAG_REACH);
                if let Some(index) = open[reach..].iter().rposition(|o| o.name == tag.name) {
                    let index = reach + index;
                    drop_tag = open[index].dropped;
                    for closed in open.drain(index..) {
                        if !closed.dropped {
                            kept_depth -= 1;
                        }
                        if FOREIGN.contains(&closed.name.as_str()) {
                            foreign -= 1;
                        }
                    }
                }
            }
        }
        if drop_tag {
            let out = out.get_or_insert_with(|| String::with_capacity(source.len()));
            out.push_str(&source[copied..start]);
            if PARAGRAPHS.contains(&tag.name.as_str()) || LINES.contains(&tag.name.as_str()) {
                out.push_str("<br>");
            }
            copied = tag.end;
        }
    }
    Ok(match out {
        None => Cow::Borrowed(source),
        Some(mut out) => {
            out.push_str(&source[copied..]);
            Cow::Owned(out)
        }
    })
}

/// An element left open.
struct Open {
    name: String,
    /// Taken out of the source for being too deep.
    dropped: bool,
}

enum Kind {
    Start {
        self_closing: bool,
    },
    End,
    /// A comment, doctype or processing instruction.
    Other,
}

struct Tag {
    kind: Kind,
    /// Lower-cased name; empty for [`Kind::Other`].
    name: String,
    /// Just past the tag's `>`.
    end: usize,
}

/// The tag that starts at `bytes[start]` (a `<`), if it is one.
fn scan_tag(bytes: &[u8], start: usize) -> Option<Tag> {
    let rest = &bytes[start + 1..];
    let other = |end: usize| {
        Some(Tag {
            kind: Kind::Other,
            name: String::new(),
            end,
        })
    };
    if rest.starts_with(b"!--") {
        let body = start + 4;
        let end = memmem::find(&bytes[body..], b"-->").map_or(bytes.len(), |i| body + i + 3);
        return other(end);
    }
    if rest.starts_with(b"!") || rest.starts_with(b"?") {
        let end = memchr(b'>', rest).map_or(bytes.len(), |i| start + 1 + i + 1);
        return other(end);
    }
    let (closing, name_at) = match rest.first() {
        Some(b'/') => (true, start + 2),
        _ => (false, start + 1),
    };
    if !bytes.get(name_at)?.is_ascii_alphabetic() {
        return None;
    }
    let name_end = bytes[name_at..]
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
        .map_or(bytes.len(), |i| name_at + i);
    let name = String::from_utf8_lossy(&bytes[name_at..name_end]).to_ascii_lowercase();
    let (end, self_closing) = attributes_end(bytes, name_end)?;
    Some(Tag {
        kind: if closing {
            Kind::End
        } else {
            Kind::Start { self_closing }
        },
        name,
        end,
    })
}

/// Past the `>` that ends a tag whose attributes start at `at`, skipping quoted values,
/// and whether the tag ended with `/>`. `None` when the input ends first (then the rest
/// is text to html5ever too).
fn attributes_end(bytes: &[u8], mut at: usize) -> Option<(usize, bool)> {
    let mut after_equals = false;
    while at < bytes.len() {
        match bytes[at] {
            b'>' => return Some((at + 1, at > 0 && bytes[at - 1] == b'/')),
            quote @ (b'"' | b'\'') if after_equals => {
                at = memchr(quote, &bytes[at + 1..]).map(|i| at + 1 + i)?;
                after_equals = false;
            }
            b'=' => after_equals = true,
            b if b.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        at += 1;
    }
    None
}

/// Where the content of a raw-text element (`<script>` …) opened before `at` ends: at
/// its end tag, or the end of the input.
fn raw_text_end(bytes: &[u8], mut at: usize, name: &str) -> usize {
    while let Some(i) = memmem::find(&bytes[at..], b"</") {
        let tag = at + i + 2;
        let candidate = bytes.get(tag..tag + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return at + i;
        }
        at = tag;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(source: &str) -> Cow<'_, str> {
        limit_nesting(source, &mut Budget::unlimited()).unwrap()
    }

    fn nested(depth: usize, inner: &str) -> String {
        format!("{}{inner}{}", "<div>".repeat(depth), "</div>".repeat(depth))
    }

    #[test]
    fn shallow_documents_are_borrowed_unchanged() {
        let source = format!(
            "<!DOCTYPE html><p>a<p>b<ul><li>x<li>y</ul><script>if (a<b) {{}}</script>{}",
            nested(MAX_DEPTH, "text")
        );
        assert!(matches!(limited(&source), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_below_the_limit_go_and_their_text_stays() {
        let source = nested(MAX_DEPTH + 10, "<span class=\"a>b\">djupt</span> ner");
        let out = limited(&source);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        // The dropped block tags become line breaks; the inline one (with a `>` in a
        // quoted attribute) just goes.
        assert_eq!(out.matches("<br>").count(), 20);
        assert!(out.contains("<br>djupt ner<br>"), "{out}");
        assert!(!out.contains("span"), "{out}");
    }

    #[test]
    fn stray_and_misnested_end_tags_do_not_confuse_the_count() {
        let source = format!(
            "{}</b></i>{}",
            "<div><span>".repeat(200),
            "</div>".repeat(200)
        );
        // 400 open elements, the last 144 dropped; each </div> also closes the <span>
        // left open inside it, and the stray </b></i> close nothing.
        let out = limited(&source);
        assert_eq!(
            out.matches("<div>").count() + out.matches("<span>").count(),
            MAX_DEPTH
        );
    }

    #[test]
    fn comments_and_scripts_hold_no_tags() {
        let source = format!(
            "<!-- {} --><script>{}</script>",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert!(matches!(limited(&source), Cow::Borrowed(_)));
    }
}
