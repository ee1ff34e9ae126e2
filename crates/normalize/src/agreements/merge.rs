//! Merging the mentions of one agreement into one entry: names compare by a lower-case
//! key without "överenskommelse om", and by the content words they share.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::{Mention, Name, Source};
use crate::entities::{Agreement, Span};
use crate::text::lowercase;

/// Words that carry no meaning when comparing two names.
const STOPWORDS: &[&str] = &[
    "och", "i", "om", "för", "inom", "en", "ett", "med", "till", "samt", "av", "på", "den", "det",
    "insatser",
];

/// An agreement being merged: the name kept, the source it came from, and the key of
/// that name.
struct Entry<'a> {
    name: Name<'a>,
    source: Source,
    key: usize,
    spans: Vec<Span>,
}

/// Mentions (in text order) merged into agreements, in order of first mention. The
/// name kept is the one from the most telling source.
pub(super) fn merge(mentions: &[Mention]) -> Vec<Agreement> {
    // A release repeats its agreements' names, so each distinct name gets its key once;
    // `names[i]` has the key `keys[i]`.
    let mut names: Vec<Name> = Vec::with_capacity(mentions.len());
    let mut keys: Vec<Key> = Vec::with_capacity(mentions.len());
    let mut merged: Vec<Entry> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        let k = match names.iter().position(|n| n.same(&mention.name)) {
            Some(k) => k,
            None => {
                names.push(mention.name);
                keys.push(Key::new(mention.name));
                keys.len() - 1
            }
        };
        let found = merged
            .iter_mut()
            .find(|e| e.key == k || same_agreement(&keys[e.key], &keys[k]));
        match found {
            Some(entry) => {
                if mention.source > entry.source {
                    entry.name = mention.name;
                    entry.source = mention.source;
                    entry.key = k;
                }
                entry.spans.push(mention.span);
            }
            None => merged.push(Entry {
                name: mention.name,
                source: mention.source,
                key: k,
                spans: vec![mention.span],
            }),
        }
    }
    merged
        .into_iter()
        .map(|e| Agreement {
            name: e.name.to_owned_string(),
            spans: e.spans,
        })
        .collect()
}

/// What two names are compared by.
struct Key {
    /// Lower case, without "överenskommelse(n) om".
    text: String,
    /// Length of `text` in characters.
    chars: usize,
    /// Content words of `text` (stop words left out, a definite "-en" cut off).
    words: Vec<Word>,
}

/// A content word: its byte range in the key's text, and a hash of it so that most
/// unequal words are told apart without comparing their bytes.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    hash: u64,
}

impl Key {
    fn new(name: Name) -> Key {
        let text = key(name);
        let words = content_words(&text);
        Key {
            chars: text.chars().count(),
            text,
            words,
        }
    }

    fn word(&self, w: Word) -> &str {
        self.text.get(w.start..w.end).unwrap_or_default()
    }

    /// True when `w` of `other` is one of this key's words.
    fn has_word(&self, other: &Key, w: Word) -> bool {
        self.words
            .iter()
            .any(|&v| v.hash == w.hash && self.word(v) == other.word(w))
    }
}

/// Lower case, without "överenskommelse(n) om", trimmed.
fn key(name: Name) -> String {
    // "Överenskommelse om " lower-cases to the prefix cut below, and a space ends any
    // context the rest's lower case depends on, so the rest is lower-cased alone.
    let mut lower = lowercase(name.rest);
    let prefix = if name.prefix.is_empty() {
        [
            "överenskommelsen om ",
            "överenskommelser om ",
            "överenskommelse om ",
        ]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(0, |p| p.len())
    } else {
        0
    };
    let rest = lower.get(prefix..).unwrap_or_default();
    let start = prefix + (rest.len() - rest.trim_start().len());
    let end = start + rest.trim().len();
    lower.truncate(end);
    lower.drain(..start);
    lower
}

/// The content words of `key`: its white-space separated words, trimmed of what is not
/// a letter or digit, without stop words, a definite "-en" cut off.
fn content_words(key: &str) -> Vec<Word> {
    let mut words = Vec::with_capacity(8);
    // The alphanumeric core of the word being read, as a byte range.
    let mut core: Option<(usize, usize)> = None;
    let mut i = 0;
    while let Some(&b) = key.as_bytes().get(i) {
        // ASCII is read by the byte; any other character is decoded.
        let (len, class) = if b.is_ascii() {
            (1, ascii_class(b))
        } else {
            let c = key
                .get(i..)
                .and_then(|s| s.chars().next())
                .unwrap_or_default();
            (c.len_utf8(), char_class(c))
        };
        match class {
            Class::Space => {
                if let Some(range) = core.take() {
                    push_content_word(key, range, &mut words);
                }
            }
            Class::Alphanumeric => {
                core = Some(core.map_or((i, i + len), |(start, _)| (start, i + len)));
            }
            Class::Other => {}
        }
        i += len;
    }
    if let Some(range) = core {
        push_content_word(key, range, &mut words);
    }
    words
}

/// What a character is to [`content_words`].
enum Class {
    Space,
    Alphanumeric,
    Other,
}

fn ascii_class(b: u8) -> Class {
    match b {
        // `char::is_whitespace` in ASCII: tab, line feed, vertical tab, form feed,
        // carriage return and space.
        b'\t'..=b'\r' | b' ' => Class::Space,
        _ if b.is_ascii_alphanumeric() => Class::Alphanumeric,
        _ => Class::Other,
    }
}

/// [`ascii_class`] for the rest of Unicode, answered without its tables for the Latin-1
/// letters (å, ä, ö, é …) names are written in.
fn char_class(c: char) -> Class {
    if matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ') || !c.is_whitespace() && c.is_alphanumeric()
    {
        Class::Alphanumeric
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    }
}

fn push_content_word(key: &str, (start, end): (usize, usize), words: &mut Vec<Word>) {
    let w = &key[start..end];
    if STOPWORDS.contains(&w) {
        return;
    }
    let len = match w.strip_suffix("en") {
        Some(stem) if stem.chars().count() >= 4 => stem.len(),
        _ => w.len(),
    };
    let mut hasher = FxHasher::default();
    hasher.write(&w.as_bytes()[..len]);
    words.push(Word {
        start,
        end: start + len,
        hash: hasher.finish(),
    });
}

/// Two names of one agreement: equal, one inside the other, or most content words
/// shared. `a` is the name known first.
fn same_agreement(a: &Key, b: &Key) -> bool {
    if a.text == b.text {
        return true;
    }
    let shared = a.words.iter().filter(|&&w| b.has_word(a, w)).count();
    let smaller = a.words.len().min(b.words.len());
    if smaller > 0 && shared * 4 >= smaller * 3 {
        return true;
    }
    let (short, long) = if a.text.len() <= b.text.len() {
        (a, b)
    } else {
        (b, a)
    };
    short.chars >= 6 && contains(long.text.as_bytes(), short.text.as_bytes())
}

/// True when `needle` occurs in `haystack`. Keys are short and rarely share a byte
/// sequence, so a scan for the first byte beats building a substring searcher per pair.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr_iter(first, haystack).any(|i| {
        haystack
            .get(i..)
            .is_some_and(|rest| rest.starts_with(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_the_agreement_word() {
        assert_eq!(
            key(Name::written("Överenskommelse om Ökad  Tillgänglighet ")),
            "ökad  tillgänglighet"
        );
        assert_eq!(
            key(Name::agreement(" Ökad  Tillgänglighet ")),
            "ökad  tillgänglighet"
        );
        assert_eq!(key(Name::written("Patientmiljarden")), "patientmiljarden");
        assert_eq!(key(Name::written("Överenskommelse om  ")), "");
        assert_eq!(key(Name::written(" ")), "");
    }

    #[test]
    fn content_words_are_stems_without_stop_words() {
        let k = Key::new(Name::written(
            "Överenskommelse om satsningen på kvinnors hälsa",
        ));
        let words: Vec<&str> = k.words.iter().map(|&w| k.word(w)).collect();
        assert_eq!(words, ["satsning", "kvinnors", "hälsa"]);
    }

    #[test]
    fn content_words_trim_what_is_not_a_letter() {
        let k = Key::new(Name::written("(vård), -- «tillgänglighet»\u{a0}x-y"));
        let words: Vec<&str> = k.words.iter().map(|&w| k.word(w)).collect();
        assert_eq!(words, ["vård", "tillgänglighet", "x-y"]);
    }

    #[test]
    fn contains_finds_inner_keys() {
        assert!(contains(b"kortare vantetider", b"vantetider"));
        assert!(!contains(b"kort", b"kortare"));
        assert!(contains(b"abc", b""));
    }
}
