//! Several literals found by one search of a text: on aho-corasick's packed (Teddy)
//! searcher where the machine has the vector instructions it needs, which is one pass
//! where a substring search per literal would be several, and by an automaton with the
//! same matches where it has none (the packed searcher is then not built).

use aho_corasick::packed::{Config, Searcher};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, Match, MatchKind, Span};

/// A leftmost-first search for constant literals (the first listed wins among those
/// starting at the same byte).
pub(crate) struct Literals {
    vector: Option<Searcher>,
    automaton: AhoCorasick,
}

impl Literals {
    /// `literals` searched for by the vector search `config` sets up.
    pub(crate) fn with_config<P: AsRef<[u8]>>(mut config: Config, literals: &[P]) -> Literals {
        let vector = config
            .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
            .builder()
            .extend(literals)
            .build();
        // Built from constants: a failure is a bug every test run shows.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(literals)
            .expect("constant word list builds");
        Literals { vector, automaton }
    }

    pub(crate) fn new<P: AsRef<[u8]>>(literals: &[P]) -> Literals {
        Literals::with_config(Config::new(), literals)
    }

    /// The first match that starts at or after byte `at` of `haystack`.
    pub(crate) fn find_at(&self, haystack: &[u8], at: usize) -> Option<Match> {
        let span = at.min(haystack.len())..haystack.len();
        match &self.vector {
            Some(vector) => vector.find_in(haystack, Span::from(span)),
            None => self.automaton.find(Input::new(haystack).span(span)),
        }
    }

    /// The matches in `haystack`, in order, none overlapping the one before.
    pub(crate) fn find_iter<'s>(&'s self, haystack: &'s [u8]) -> impl Iterator<Item = Match> + 's {
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.find_at(haystack, at)?;
            at = found.end();
            Some(found)
        })
    }

    /// The automaton alone, as a machine without the vector search runs it.
    #[cfg(test)]
    pub(crate) fn without_vector(mut self) -> Literals {
        self.vector = None;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vector_search_and_the_automaton_find_the_same() {
        let literals = ["kr", "sek", "milj", "s om", "EU:s ", "IOP"];
        let text = b"EU:s om 250:- 3 mdkr, 40 msek, 2 miljarder, IOPIOP-avtal och 12 kronor";
        let matches = |search: &Literals| -> Vec<(usize, usize)> {
            search
                .find_iter(text)
                .map(|m| (m.pattern().as_usize(), m.start()))
                .collect()
        };
        let vector = Literals::new(&literals);
        let automaton = Literals::new(&literals).without_vector();
        assert_eq!(matches(&vector), matches(&automaton));
        assert_eq!(matches(&automaton).len(), 7);
        for at in 0..=text.len() + 1 {
            let start = |search: &Literals| search.find_at(text, at).map(|m| m.start());
            assert_eq!(start(&vector), start(&automaton), "{at}");
        }
    }
}
