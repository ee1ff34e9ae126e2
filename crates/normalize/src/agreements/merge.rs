//! Merging the mentions of one agreement into one entry: names compare by a lower-case
//! key without "överenskommelse om", and by the content words they share.

use super::keys::Key;
use super::{Mention, Name, Source};
use crate::entities::{Agreement, Span};

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

/// The share of the shorter name's content words that two names of one agreement have
/// in common, as numerator and denominator: three in four. A release shortens a name
/// by a word or two when it repeats it ("ökad tillgänglighet i vården" for "ökad
/// tillgänglighet i hälso- och sjukvården"), while two agreements of one release name
/// different fields and share at most half their content words.
const SAME_AGREEMENT_SHARE: (usize, usize) = (3, 4);

/// Two names of one agreement: equal, one inside the other, or most content words
/// shared ([`SAME_AGREEMENT_SHARE`]). `a` is the name known first.
fn same_agreement(a: &Key, b: &Key) -> bool {
    if a.text == b.text {
        return true;
    }
    let shared = a.shared_words(b);
    let smaller = a.word_count().min(b.word_count());
    let (part, whole) = SAME_AGREEMENT_SHARE;
    if smaller > 0 && shared * whole >= smaller * part {
        return true;
    }
    let (short, long) = if a.text.len() <= b.text.len() {
        (a, b)
    } else {
        (b, a)
    };
    short.chars >= SHORTEST_CONTAINED && contains(long.text.as_bytes(), short.text.as_bytes())
}

/// Characters a name needs to be merged into a longer one that contains it: shorter
/// keys ("vård", "stöd") stand inside the names of unrelated agreements.
const SHORTEST_CONTAINED: usize = 6;

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
    fn contains_finds_inner_keys() {
        assert!(contains(b"kortare vantetider", b"vantetider"));
        assert!(!contains(b"kort", b"kortare"));
        assert!(contains(b"abc", b""));
    }
}
