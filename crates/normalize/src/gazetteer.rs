//! What the name gazetteers share: where capital letters stand, found once, and an
//! anchored automaton that finds the longest alias at a position.
//!
//! Almost every alias begins with a capital letter, and capitals are rare in prose, so
//! instead of running one automaton per gazetteer over every byte, [`capitals`] reads the
//! text once and each gazetteer looks only at those few places, and at the hits of a
//! substring search for its few lower-case aliases ("region", "regeringen").

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use memchr::memmem::Finder;

/// Byte offsets of the capital letters A–Z, "Å", "Ä" and "Ö", in order.
pub(crate) fn capitals(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    // A release has about one capital in 40 bytes: room for one in 32 spares the growth.
    let mut found = Vec::with_capacity(bytes.len() / 32);
    // Most blocks of prose hold no capital: a test of the whole block without a branch
    // per byte (the compiler runs it on vector registers) passes over them. It does so
    // only for blocks of one fixed length: the bytes after the last whole block are read
    // one by one (119.86 → 118.39 instructions per byte, where `chunks` left the test a
    // loop over each byte).
    let mut push_capitals = |block: &[u8], at: usize| {
        for (i, byte) in block.iter().enumerate() {
            if byte.is_ascii_uppercase() {
                found.push(at + i);
            }
        }
    };
    let mut blocks = bytes.chunks_exact(CAPITALS_BLOCK);
    let mut at = 0;
    for block in &mut blocks {
        if block
            .iter()
            .fold(false, |any, b| any | b.is_ascii_uppercase())
        {
            push_capitals(block, at);
        }
        at += block.len();
    }
    push_capitals(blocks.remainder(), at);
    // "Ä", "Å" and "Ö" end in bytes no lower-case Swedish letter holds, so a search for
    // those rare bytes finds them.
    let before = found.len();
    found.extend(
        memchr::memchr3_iter(0x84, 0x85, 0x96, bytes)
            .filter_map(|i| i.checked_sub(1))
            .filter(|&i| starts_with_capital(&bytes[i..])),
    );
    if found.len() > before {
        // Two sorted runs: the stable sort merges them in one pass.
        found.sort();
    }
    found
}

/// True when `bytes` start with one of the capitals [`capitals`] finds.
fn starts_with_capital(bytes: &[u8]) -> bool {
    matches!(bytes, [b'A'..=b'Z', ..] | [0xC3, 0x84 | 0x85 | 0x96, ..])
}

/// Bytes [`capitals`] tests at once. A capital stands in about every other block of 32
/// bytes of a release, so a block that size was most often read byte by byte; blocks of
/// 16 were cheaper over the seeds and the dev releases, blocks of 8 dearer.
const CAPITALS_BLOCK: usize = 16;

/// Aliases in one anchored, leftmost-longest automaton: the match at a position is the
/// longest alias there, as in the regex alternations this replaced.
pub(crate) struct Gazetteer<T> {
    automaton: DFA,
    /// The value of each alias, by pattern number.
    values: Vec<T>,
    /// One bit for the first three bytes of each alias, at a hash of them
    /// ([`opening_bit`]): a cheap first test, which lets through few places where no
    /// alias begins (two bytes alone let through most capitals: "St", "Sk", "Re").
    openings: Box<[u64; OPENING_WORDS]>,
    /// The starts of aliases that begin with none of the [`capitals`].
    lower_heads: Vec<Finder<'static>>,
}

impl<T: Copy> Gazetteer<T> {
    /// A gazetteer over `(alias, value)` pairs; empty aliases are left out.
    pub(crate) fn new<'a>(aliases: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut patterns: Vec<&str> = Vec::new();
        let mut values = Vec::new();
        let mut openings = Box::new([0u64; OPENING_WORDS]);
        let mut heads: Vec<Vec<u8>> = Vec::new();
        for (alias, value) in aliases {
            let Some(&first) = alias.as_bytes().first() else {
                continue;
            };
            // A short alias may be followed by any bytes.
            let any_after = |i: usize| match alias.as_bytes().get(i) {
                Some(&byte) => byte..=byte,
                None => 0..=u8::MAX,
            };
            for second in any_after(1) {
                for third in any_after(2) {
                    let bit = opening_bit([first, second, third]);
                    openings[bit / 64] |= 1 << (bit % 64);
                }
            }
            if !starts_with_capital(alias.as_bytes()) {
                heads.push(head_of(alias).to_vec());
            }
            patterns.push(alias);
            values.push(value);
        }
        // Built from the crate's own name lists: a failure is a bug every test run shows.
        // The DFA itself, not behind `AhoCorasick`: each search starts at a candidate and
        // reads a few bytes, so the wrapper's checks and indirect call weigh (104.6 → 104.2
        // instructions per byte on the seeds, 152.6 → 152.0 on the dev releases).
        let automaton = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("constant alias list builds");
        Gazetteer {
            automaton,
            values,
            openings,
            lower_heads: shortest_heads(heads)
                .iter()
                .map(|h| Finder::new(h).into_owned())
                .collect(),
        }
    }

    /// Positions, in order, where an alias may start: the `capitals` (from [`capitals`])
    /// that begin some alias, and the hits of the other aliases' starts ("region", "Öster").
    pub(crate) fn candidates(&self, text: &str, capitals: &[usize]) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut lower = Vec::new();
        for head in &self.lower_heads {
            let mut from = 0;
            while let Some(i) = bytes.get(from..).and_then(|rest| head.find(rest)) {
                lower.push(from + i);
                from += i + 1;
            }
        }
        lower.sort_unstable();
        let mut lower = lower.into_iter().peekable();
        let mut out = Vec::with_capacity(capitals.len() + lower.len());
        for &at in capitals {
            while let Some(l) = lower.next_if(|&l| l < at) {
                out.push(l);
            }
            if self.may_start_at(bytes, at) {
                out.push(at);
            }
        }
        out.extend(lower);
        out
    }

    /// False when no alias begins with the three bytes at `at` (missing bytes count as
    /// zero).
    fn may_start_at(&self, bytes: &[u8], at: usize) -> bool {
        let byte = |i: usize| bytes.get(at + i).copied().unwrap_or(0);
        let bit = opening_bit([byte(0), byte(1), byte(2)]);
        self.openings[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The longest alias starting at byte `at`: its end and value.
    pub(crate) fn longest_at(&self, text: &str, at: usize) -> Option<(usize, T)> {
        // The automaton walked by hand, as its own search does for an anchored one, without
        // the search's set-up and checks: a walk reads a few bytes (155.30 → 154.12
        // instructions per byte).
        let automaton = &self.automaton;
        // An anchored automaton has an anchored start; no alias is empty, so it is no match.
        let mut state = automaton.start_state(Anchored::Yes).ok()?;
        let mut longest = None;
        for (read, &byte) in text.as_bytes().get(at..)?.iter().enumerate() {
            state = automaton.next_state(Anchored::Yes, state, byte);
            if !automaton.is_special(state) {
                continue;
            }
            if automaton.is_dead(state) {
                break;
            }
            if automaton.is_match(state) {
                // A match state may also carry an alias that starts after `at`.
                let pattern = automaton.match_pattern(state, 0);
                if automaton.pattern_len(pattern) == read + 1 {
                    longest = Some((at + read + 1, pattern));
                }
            }
        }
        let (end, pattern) = longest?;
        Some((end, *self.values.get(pattern.as_usize())?))
    }
}

/// Bits of [`Gazetteer`]'s table of openings: many times the openings of a list's
/// aliases, so that few share a bit.
const OPENING_BITS: u32 = 17;

/// Words of [`OPENING_BITS`] bits.
const OPENING_WORDS: usize = (1 << OPENING_BITS) / 64;

/// The bit of three bytes in the table of openings: a multiplicative hash, whose high
/// bits depend on every byte.
fn opening_bit(bytes: [u8; 3]) -> usize {
    let [first, second, third] = bytes.map(u32::from);
    let key = first << 16 | second << 8 | third;
    (key.wrapping_mul(0x9E37_79B1) >> (u32::BITS - OPENING_BITS)) as usize
}

/// What a substring search looks for to find an alias that starts with none of the
/// [`capitals`]: its first character when that is another capital ("É"), else its first
/// word and the space after it ("region ").
fn head_of(alias: &str) -> &[u8] {
    let first_len = alias.chars().next().map_or(0, char::len_utf8);
    if alias.starts_with(char::is_uppercase) {
        return &alias.as_bytes()[..first_len];
    }
    let word_end = alias.find(' ').map_or(alias.len(), |i| i + 1);
    &alias.as_bytes()[..word_end]
}

/// The heads that no other head begins: a hit of a longer one would repeat a hit of the
/// shorter one at the same place.
fn shortest_heads(mut heads: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    heads.sort();
    heads.dedup();
    let all = heads.clone();
    heads.retain(|h| !all.iter().any(|other| other != h && h.starts_with(other)));
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_a_to_z_and_swedish_letters() {
        let text = "Åsa och Östen, x×y i EU:s ÄLDRE-råd, É";
        let found: Vec<char> = capitals(text)
            .iter()
            .filter_map(|&i| text[i..].chars().next())
            .collect();
        assert_eq!(found, ['Å', 'Ö', 'E', 'U', 'Ä', 'L', 'D', 'R', 'E']);
    }

    #[test]
    fn candidates_merge_capitals_and_lower_case_aliases() {
        let g = Gazetteer::new([("Region", 1), ("region", 2), ("regionen", 3), ("SKR", 4)]);
        let text = "Region och regionen, SKR och Skåne";
        let found = g.candidates(text, &capitals(text));
        assert_eq!(found, [0, 11, 21]);
    }

    #[test]
    fn the_longest_alias_wins() {
        let g = Gazetteer::new([("Region", 1), ("Region Skåne", 2), ("Re", 3)]);
        let text = "Region Skånes Region Reg";
        assert_eq!(g.longest_at(text, 0), Some((13, 2)));
        assert_eq!(g.longest_at(text, 15), Some((21, 1)));
        assert_eq!(g.longest_at(text, 22), Some((24, 3)));
        assert_eq!(g.longest_at(text, 1), None);
    }

    #[test]
    fn one_byte_aliases_are_candidates_before_any_byte() {
        let g = Gazetteer::new([("X", 1)]);
        let text = "aXb X";
        assert_eq!(g.candidates(text, &capitals(text)), [1, 4]);
        assert_eq!(g.longest_at(text, 4), Some((5, 1)));
    }
}
