//! [`WordCache`]: the terms of the words one index has analyzed, shared by all the
//! threads that analyze text for it.
//!
//! Each analyzer keeps its own memo in front of this one ([`super::memo`]), which answers
//! the head of the vocabulary without a lock. Behind it, a real archive keeps meeting
//! words the memo has not seen: compounds, their inflections, names. Analyzing one
//! (compound cutting, stemming) costs tens of thousands of instructions, and without a
//! shared level every indexing thread paid it again for the same word, and again after
//! every commit, since tantivy gives each new segment new analyzers.
//!
//! Bounded by keeping two generations per shard: words are added to the current one,
//! and when it is full it becomes the previous one and the one before is dropped. A word
//! found in the previous generation moves back to the current one, so the words in use
//! survive while the ones met once fall out.

use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::{FxBuildHasher, FxHashMap};

/// A word's terms, as its Swedish analysis gives them.
pub(super) type WordTerms = Box<[Box<str>]>;

/// Locks are taken only on a memo's own miss, so a few shards keep two indexing
/// threads and a server's workers from waiting on one another.
const SHARDS: usize = 16;
/// Words per generation and shard: 16 × 8 192 × 2 generations bound the cache at
/// 262 144 words, under 100 MB (a word with its terms takes at most about 360 bytes), beside
/// a writer's 128 MB heap and a million releases' worth of index files under merge.
/// The analyzers' memos hold the head of the vocabulary; this holds the words that
/// recur less often, and a new word met once falls out again.
const SHARD_CAPACITY: usize = 8 * 1024;

/// Words and their terms, shared by the clones of one index's analyzers.
pub struct WordCache {
    shards: Box<[Mutex<Shard>]>,
}

#[derive(Default)]
struct Shard {
    current: FxHashMap<Box<str>, Arc<WordTerms>>,
    previous: FxHashMap<Box<str>, Arc<WordTerms>>,
}

impl Default for WordCache {
    fn default() -> WordCache {
        WordCache {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }
}

impl WordCache {
    /// The terms of `word`: cached, or from `analyze`, which runs without a lock held
    /// (two threads may analyze the same new word at once; both get the same terms).
    pub(super) fn terms(
        &self,
        word: &str,
        analyze: impl FnOnce(&str) -> WordTerms,
    ) -> Arc<WordTerms> {
        let shard = &self.shards[shard_of(word)];
        if let Some(terms) = lock(shard).get(word) {
            return terms;
        }
        let terms = Arc::new(analyze(word));
        lock(shard).insert(word, Arc::clone(&terms));
        terms
    }
}

fn shard_of(word: &str) -> usize {
    // The high bits: the shard's own map buckets by the low ones.
    (FxBuildHasher.hash_one(word) >> 56) as usize % SHARDS
}

/// The cache stays consistent whatever a panicking holder was doing: every entry is
/// whole when it is inserted.
fn lock(shard: &Mutex<Shard>) -> std::sync::MutexGuard<'_, Shard> {
    shard.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shard {
    fn get(&mut self, word: &str) -> Option<Arc<WordTerms>> {
        if let Some(terms) = self.current.get(word) {
            return Some(Arc::clone(terms));
        }
        let (word, terms) = self.previous.remove_entry(word)?;
        self.insert_owned(word, Arc::clone(&terms));
        Some(terms)
    }

    fn insert(&mut self, word: &str, terms: Arc<WordTerms>) {
        if !self.current.contains_key(word) {
            self.insert_owned(word.into(), terms);
        }
    }

    fn insert_owned(&mut self, word: Box<str>, terms: Arc<WordTerms>) {
        if self.current.len() >= SHARD_CAPACITY {
            self.previous = std::mem::take(&mut self.current);
        }
        self.current.insert(word, terms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzed(word: &str) -> WordTerms {
        vec![word.into()].into()
    }

    #[test]
    fn a_word_is_analyzed_once() {
        let cache = WordCache::default();
        let first = cache.terms("vården", analyzed);
        let again = cache.terms("vården", |_| panic!("analyzed twice"));
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(&**again, &["vården".into()]);
    }

    #[test]
    fn words_in_use_outlive_a_full_generation_and_the_rest_fall_out() {
        let mut shard = Shard::default();
        shard.insert("vård", Arc::new(analyzed("vård")));
        shard.insert("sällsynt", Arc::new(analyzed("sällsynt")));
        for n in 0..SHARD_CAPACITY {
            shard.insert(&format!("ord{n}"), Arc::new(analyzed("ord")));
        }
        // Both now in the previous generation; "vård" is used and moves back.
        assert!(shard.get("vård").is_some());
        for n in 0..SHARD_CAPACITY {
            shard.insert(&format!("nytt{n}"), Arc::new(analyzed("nytt")));
        }
        assert!(shard.get("vård").is_some());
        assert!(shard.get("sällsynt").is_none());
        assert!(shard.current.len() + shard.previous.len() <= 2 * SHARD_CAPACITY);
    }

    #[test]
    fn threads_share_what_one_of_them_analyzed() {
        let cache = Arc::new(WordCache::default());
        let other = Arc::clone(&cache);
        std::thread::spawn(move || other.terms("cancervården", analyzed))
            .join()
            .expect("the analyzing thread");
        cache.terms("cancervården", |_| panic!("analyzed on both threads"));
    }
}
