//! Merging the mentions of one agreement into one entry: names compare by a lower-case
//! key without "överenskommelse om", and by the content words they share.

use super::{Source, STOPWORDS};
use crate::entities::{Agreement, Span};
use crate::text::lowercase;

/// Mentions (in text order) merged into agreements, in order of first mention. The
/// name kept is the one from the most telling source.
pub(super) fn merge(mentions: Vec<(String, Span, Source)>) -> Vec<Agreement> {
    // A release repeats its agreements' names, so each distinct name gets its key once;
    // an entry refers to the key of the name it keeps.
    let mut keys: Vec<(usize, Key)> = Vec::new();
    let mut merged: Vec<(Agreement, Source, usize)> = Vec::new();
    for (i, (name, _, _)) in mentions.iter().enumerate() {
        if !keys.iter().any(|&(first, _)| mentions[first].0 == *name) {
            keys.push((i, Key::new(name)));
        }
    }
    for (name, span, source) in &mentions {
        let Some(k) = keys
            .iter()
            .position(|&(first, _)| mentions[first].0 == *name)
        else {
            continue;
        };
        let found = merged
            .iter_mut()
            .find(|(_, _, known)| same_agreement(&keys[*known].1, &keys[k].1));
        match found {
            Some((known, known_source, known_key)) => {
                if *source > *known_source {
                    known.name.clone_from(name);
                    *known_source = *source;
                    *known_key = k;
                }
                known.spans.push(*span);
            }
            None => merged.push((
                Agreement {
                    name: name.clone(),
                    spans: vec![*span],
                },
                *source,
                k,
            )),
        }
    }
    merged.into_iter().map(|(a, ..)| a).collect()
}

/// What two names are compared by.
struct Key {
    /// Lower case, without "överenskommelse(n) om".
    text: String,
    /// Length of `text` in characters.
    chars: usize,
    /// Content words of `text` (stop words left out, a definite "-en" cut off), as byte
    /// ranges of `text`.
    words: Vec<(usize, usize)>,
}

impl Key {
    fn new(name: &str) -> Key {
        let text = key(name);
        let words = content_words(&text);
        Key {
            chars: text.chars().count(),
            text,
            words,
        }
    }

    fn word(&self, (start, end): (usize, usize)) -> &str {
        self.text.get(start..end).unwrap_or_default()
    }
}

/// Lower case, without "överenskommelse(n) om", trimmed.
fn key(name: &str) -> String {
    let mut lower = lowercase(name);
    let prefix = [
        "överenskommelsen om ",
        "överenskommelser om ",
        "överenskommelse om ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    .map_or(0, |p| p.len());
    let rest = lower.get(prefix..).unwrap_or_default();
    let start = prefix + (rest.len() - rest.trim_start().len());
    let end = start + rest.trim().len();
    lower.truncate(end);
    lower.drain(..start);
    lower
}

fn content_words(key: &str) -> Vec<(usize, usize)> {
    let base = key.as_ptr() as usize;
    key.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(|w| {
            // `w` is a slice of `key`, so the distance between their starts is its offset.
            let start = w.as_ptr() as usize - base;
            let len = match w.strip_suffix("en") {
                Some(stem) if stem.chars().count() >= 4 => stem.len(),
                _ => w.len(),
            };
            (start, start + len)
        })
        .collect()
}

/// Two names of one agreement: equal, one inside the other, or most content words
/// shared. `a` is the name known first.
fn same_agreement(a: &Key, b: &Key) -> bool {
    if a.text == b.text {
        return true;
    }
    let shared = a
        .words
        .iter()
        .filter(|&&w| b.words.iter().any(|&v| b.word(v) == a.word(w)))
        .count();
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
            key("Överenskommelse om Ökad  Tillgänglighet "),
            "ökad  tillgänglighet"
        );
        assert_eq!(key("Patientmiljarden"), "patientmiljarden");
        assert_eq!(key("Överenskommelse om  "), "");
        assert_eq!(key(" "), "");
    }

    #[test]
    fn content_words_are_stems_without_stop_words() {
        let k = Key::new("Överenskommelse om satsningen på kvinnors hälsa");
        let words: Vec<&str> = k.words.iter().map(|&w| k.word(w)).collect();
        assert_eq!(words, ["satsning", "kvinnors", "hälsa"]);
    }

    #[test]
    fn contains_finds_inner_keys() {
        assert!(contains(b"kortare vantetider", b"vantetider"));
        assert!(!contains(b"kort", b"kortare"));
        assert!(contains(b"abc", b""));
    }
}
