//! The long tail of the running text: words drawn by rank from an unbounded vocabulary
//! (the listed Swedish words, then compounds of them), so that the number of distinct
//! words grows with the corpus the way it does in a real archive.
//!
//! The hand-written lists give a few thousand distinct words, which a generated corpus
//! has all used after a hundred releases; a real archive meets new words, mostly
//! compounds and their inflections, in every release. Whatever costs per distinct word
//! (an analysis memo's misses, the term dictionary) was invisible on such a corpus.
//!
//! Calibration: the 132 releases of the development and probe sets give Heaps' law
//! V(n) ≈ 10.2 · n^0.59 distinct words after n words, that is about 130 000 after 10 000
//! releases and 500 000 after 100 000. Ranks drawn from a discrete Pareto law of
//! exponent [`EXPONENT`] have V(m) growing as m^(1/1.7) = m^0.59; with [`TAIL_SCALE`]
//! and about one running word in ten from the tail, a generated corpus has 112 000
//! distinct words at 10 000 releases and 439 000 at 100 000, where the law gives
//! 118 000 and 458 000.

use std::sync::LazyLock;

use super::rng::Rng;
use super::words;

/// The word list the search crate's compound splitter cuts against: a maintained list
/// of Swedish words (its provenance is in that folder's README). Read from there so the
/// generator and the analysis agree on what a listed word is.
const LISTED_WORDS: &str = include_str!("../../../search/data/sv_words.txt");

/// Parts of words that would turn a tail word into an entity the truth file does not
/// record (a unit of money, a title, an agreement, a region; months are the other
/// such words), so that every entity of a release is one the generator put there on
/// purpose.
const ENTITY_STEMS: &[&str] = &[
    "kron",
    "miljon",
    "miljard",
    "tusen",
    "hundra",
    "mkr",
    "tkr",
    "minister",
    "statsråd",
    "överenskomm",
    "avtal",
    "region",
    "landsting",
    "län",
    "kommun",
    "myndighet",
    "verk",
    "departement",
    "styrelse",
    "förbund",
    "stiftelse",
    "universitet",
    "högskol",
];

/// Exponent of the rank law: P(rank ≥ r) falls as r^-(EXPONENT − 1).
const EXPONENT: f64 = 1.7;
/// Ranks below about this many are drawn alike; it sets how many distinct words a
/// number of draws gives.
const TAIL_SCALE: f64 = 3_000.0;
/// Endings a tail word may carry, the empty one most often: Swedish inflects nouns for
/// definiteness and number, and each form is a word of its own to a tokenizer.
const ENDINGS: &[&str] = &[
    "", "", "", "", "en", "et", "er", "ar", "erna", "arna", "na", "s",
];

static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    LISTED_WORDS
        .lines()
        .filter(|word| word.chars().count() >= 3)
        .filter(|word| !has_entity_stem(word))
        .collect()
});

/// A word of the tail, drawn by rank.
pub fn tail_word(rng: &mut Rng) -> String {
    // 1 − unit lies in (0, 1], so the power is finite.
    let rank = (TAIL_SCALE * ((1.0 - rng.unit()).powf(-1.0 / (EXPONENT - 1.0)) - 1.0)).min(1e15);
    word_of_rank(rank as u64)
}

/// The word at `rank`: a listed word with an ending for the first ranks, compounds of
/// two listed words beyond. Ranks are scattered over the list by a hash, so common and
/// rare words are not ordered alphabetically. Where a join makes an entity stem
/// ("domar" + "start" holds "mars"), the first word stands alone.
fn word_of_rank(rank: u64) -> String {
    let words = &*WORDS;
    let mut mix = Rng::for_release(0x7A11, rank);
    let ending = ENDINGS[mix.below(ENDINGS.len())];
    let first = words[mix.below(words.len())];
    let second = if rank < words.len() as u64 {
        ""
    } else {
        words[mix.below(words.len())]
    };
    let word = format!("{first}{second}{ending}");
    if has_entity_stem(&word) {
        return first.to_string();
    }
    word
}

fn has_entity_stem(word: &str) -> bool {
    ENTITY_STEMS
        .iter()
        .chain(words::MONTHS)
        .any(|stem| word.contains(stem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn tail_words_are_lower_case_words_free_of_entity_stems() {
        let mut rng = Rng::for_release(1, 1);
        for _ in 0..10_000 {
            let word = tail_word(&mut rng);
            assert!(word.chars().all(char::is_lowercase), "{word}");
            assert!(
                !ENTITY_STEMS.iter().any(|stem| word.contains(stem)),
                "{word}"
            );
        }
    }

    #[test]
    fn the_tail_keeps_bringing_new_words() {
        let mut rng = Rng::for_release(1, 2);
        let mut seen = HashSet::new();
        let distinct_after = |draws: usize, seen: &mut HashSet<String>, rng: &mut Rng| {
            for _ in 0..draws {
                seen.insert(tail_word(rng));
            }
            seen.len()
        };
        let first = distinct_after(20_000, &mut seen, &mut rng);
        let more = distinct_after(180_000, &mut seen, &mut rng);
        // Ten times the draws: m^0.59 gives about 3.9 times the words.
        let growth = more as f64 / first as f64;
        assert!((3.0..5.0).contains(&growth), "{first} then {more}");
    }
}
