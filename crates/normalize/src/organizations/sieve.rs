//! Which words of a short list may stand at a place, told by a look in a table for
//! each of a few bytes there, before any word is compared in full: most places hold
//! bytes no word of the list has there.

/// For each of `N` byte positions of a word and each byte, the words of a list of at
/// most 64 (a bit each, by index) that have that byte there.
pub(super) struct Sieve<const N: usize> {
    words_with: [[u64; 256]; N],
}

impl<const N: usize> Sieve<N> {
    /// A sieve over the first `N` bytes of `words`.
    pub(super) const fn from_start(words: &[&str]) -> Sieve<N> {
        let mut sieve = Sieve::empty(words.len());
        let mut w = 0;
        while w < words.len() {
            sieve.add(w, words[w].as_bytes(), 0);
            w += 1;
        }
        sieve
    }

    /// A sieve over the last `N` bytes of `words`.
    pub(super) const fn from_end(words: &[&str]) -> Sieve<N> {
        let mut sieve = Sieve::empty(words.len());
        let mut w = 0;
        while w < words.len() {
            let word = words[w].as_bytes();
            sieve.add(w, word, word.len() - N);
            w += 1;
        }
        sieve
    }

    /// A sieve that lets no word through, for a list of `words` words.
    pub(super) const fn empty(words: usize) -> Sieve<N> {
        assert!(words <= u64::BITS as usize);
        Sieve {
            words_with: [[0; 256]; N],
        }
    }

    /// Lets word number `index` through where its `N` bytes from byte `from` stand.
    pub(super) const fn add(&mut self, index: usize, word: &[u8], from: usize) {
        let mut i = 0;
        while i < N {
            self.words_with[i][word[from + i] as usize] |= 1 << index;
            i += 1;
        }
    }

    /// The numbers, in order, of the words that have `bytes` where the sieve reads them.
    pub(super) fn words(&self, bytes: [u8; N]) -> impl Iterator<Item = usize> {
        let mut words = self
            .words_with
            .iter()
            .zip(bytes)
            .fold(u64::MAX, |words, (with, byte)| {
                words & with[usize::from(byte)]
            });
        std::iter::from_fn(move || {
            let word = (words != 0).then(|| words.trailing_zeros() as usize)?;
            words &= words - 1;
            Some(word)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_with_the_bytes_pass() {
        let words = ["verket", "styrelsen", "kassan", "fonden"];
        let ends: Sieve<2> = Sieve::from_end(&words);
        assert_eq!(ends.words(*b"en").collect::<Vec<_>>(), [1, 3]);
        assert_eq!(ends.words(*b"ar").count(), 0);
        let starts: Sieve<2> = Sieve::from_start(&words);
        assert_eq!(starts.words(*b"st").collect::<Vec<_>>(), [1]);
        let mut seconds: Sieve<2> = Sieve::empty(words.len());
        for (w, word) in words.iter().enumerate() {
            seconds.add(w, word.as_bytes(), 1);
        }
        assert_eq!(seconds.words(*b"on").collect::<Vec<_>>(), [3]);
    }
}
