//! Swedish compound splitting: "cancervården" is indexed as itself and as "cancer" +
//! "vården", so a search for "vård" finds it.
//!
//! Words are cut against the hunspell sv_SE word list (see `data/README.md`). A cut is
//! kept only when every part is a word: the leading parts as listed (hunspell lists the
//! compound-forming stems, "hälso", "kvinno"), or a word plus a linking "s"
//! ("tillgänglighets"); the last part a word or a word with an inflection ending
//! ("köerna" = "kö" + "erna"). A part shorter than four letters must be one the list
//! marks as forming compounds ("fot", "tid"), never a short word found by chance
//! ("kom" + "mun"); a derivational suffix or a function word never ends a compound. A
//! word the list holds, as it stands or inflected, is cut at its listed form, so that
//! an inflection is never taken for a part ("satsningar"). Among all cuts the one with
//! the fewest parts wins, then the one whose shortest part is longest: "sjuksköterska"
//! is "sjuk" + "sköterska", never "sjuks" + "kö" + "terska".

use std::sync::LazyLock;

use tantivy_fst::raw::{Fst, Node};
use tantivy_fst::Map;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use crate::analysis::is_stop_word;

/// The word list as a finite state machine, compiled by build.rs from
/// `data/sv_words.txt`.
static WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sv_words.fst"));

/// Words shorter than this are never split: few real compounds are that short, and the
/// shorter the word the likelier a spurious cut.
const MIN_COMPOUND_CHARS: usize = 5;
/// A word before a linking "s" is at least this long ("tillgänglighets", "läns").
const MIN_LINKED_CHARS: usize = 3;
/// More parts than this is more likely a wrong cut than a real word.
const MAX_PARTS: usize = 4;
/// A part shorter than this is one only when it is a [`SHORT_PARTS`] word: short
/// words hide inside long ones by chance ("kom" + "mun", "bud" + "get", "be" + "hov").
const SHORT_PART_CHARS: usize = 4;

/// The short words the word list's source marks as forming compounds ("fot", "tid",
/// "väg"; see `data/README.md`), and two nouns it lists only inside whole compounds
/// ("kö" in "vårdkö" and "kömiljard", "år" in "verksamhetsår"), sorted.
static SHORT_PARTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = include_str!("../data/sv_short_parts.txt")
        .lines()
        .chain(["kö", "år"])
        .filter(|word| !word.is_empty() && !is_stop_word(word))
        .collect();
    words.sort_unstable();
    words
});

/// Swedish derivational suffixes that are also words of their own ("het" hot, "era"
/// era): at the end of a word they derive it ("ensamhet", "rapportera"), they never
/// head a compound, so they are never a last part; nor is a function word ("efter" +
/// "som").
const SUFFIX_WORDS: &[&str] = &[
    "ande", "bar", "dom", "else", "ende", "era", "het", "ism", "ist", "itet", "lig", "ning", "sam",
    "skap", "tik", "vis",
];

/// Which words a cut is for: the last part of a listed word must be listed as it
/// stands, since the listed form of a compound ends in a listed form ("vård", not the
/// inflected "etens" of "kompetens").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// A word the dictionary lists, cut at its listed form.
    Listed,
    /// A word the dictionary lacks, cut as it stands ("cancervården").
    Unlisted,
}

/// The word list's longest words; no part can be longer.
const MAX_PART_CHARS: usize = 24;
/// Longer tokens are not words (URLs, identifiers): not worth cutting.
const MAX_COMPOUND_BYTES: usize = 60;

/// What a stem may lack of its dictionary form: nothing, or a final "a" or "e"
/// ("sköterskor" → "sköterska", "pojkar" → "pojke").
const STEM_VOWELS: [&str; 3] = ["", "a", "e"];

/// Endings of inflected Swedish nouns, adjectives and verbs (past "-ade", "-de", "-te",
/// present "-r", comparative "-are", "-ast"), longest first.
const ENDINGS: &[&str] = &[
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "ades", "ande", "ende", "aren", "arens",
    "aste", "ens", "ets", "ars", "ers", "ors", "ade", "are", "ast", "ad", "ar", "er", "or", "en",
    "et", "na", "ns", "ts", "as", "es", "de", "te", "a", "e", "n", "r", "s", "t",
];

/// The longest of [`ENDINGS`], in bytes.
const MAX_ENDING_BYTES: usize = {
    let mut longest = 0;
    let mut at = 0;
    while at < ENDINGS.len() {
        if ENDINGS[at].len() > longest {
            longest = ENDINGS[at].len();
        }
        at += 1;
    }
    longest
};

/// For the prefixes of a word that an ending may leave, by their distance in bytes from
/// the word's end (0: the word itself): whether the prefix alone, with "a", or with "e"
/// added ([`STEM_VOWELS`]) is a listed word.
type ListedTails = [[bool; 3]; MAX_ENDING_BYTES + 1];

/// The word list, opened once per process at the first word to cut; immutable
/// afterwards.
static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(Dictionary::load);

struct Dictionary {
    /// Read in place: nothing is built at start-up, and a lookup walks the word's bytes.
    /// `None` only if the build produced a broken machine, which a test rules out.
    words: Option<Map<&'static [u8]>>,
}

impl Dictionary {
    fn load() -> Dictionary {
        let words = Fst::new(WORDS).map(Map::from);
        if let Err(err) = &words {
            tracing::error!("the compound word list is unreadable; words are not cut: {err}");
        }
        Dictionary { words: words.ok() }
    }

    fn is_word(&self, part: &str) -> bool {
        is_admissible_part(part)
            && self
                .words
                .as_ref()
                .is_some_and(|words| words.contains_key(part))
    }

    /// A walk through the word list from its root, fed one character at a time.
    fn walk(&self) -> Walk<'_> {
        let fst = self.words.as_ref().map(Map::as_fst);
        Walk {
            fst,
            node: fst.map(Fst::root),
        }
    }

    /// Whether `last` may end a compound cut as `cut`: a word, listed as it stands in
    /// a listed word's cut, and neither a suffix nor a function word.
    fn ends_compound(&self, last: &str, cut: Cut) -> bool {
        !SUFFIX_WORDS.contains(&last)
            && !is_stop_word(last)
            && match cut {
                Cut::Listed => self.is_word(last),
                Cut::Unlisted => self.is_last_part(last),
            }
    }

    /// A listed word or an inflection of one.
    fn is_last_part(&self, part: &str) -> bool {
        let listed = self.listed_tails(part);
        is_listed(part, &listed) || inflected_from(part, &listed).is_some()
    }

    /// [`ListedTails`] of `word`, from one walk through the word list: the prefixes
    /// before the last few bytes are only walked through.
    fn listed_tails(&self, word: &str) -> ListedTails {
        let mut listed = [[false; 3]; MAX_ENDING_BYTES + 1];
        let bytes = word.as_bytes();
        let mut walk = self.walk();
        for length in 0..=bytes.len() {
            if length > 0 && !walk.step_byte(bytes[length - 1]) {
                break;
            }
            if let Some(flags) = listed.get_mut(bytes.len() - length) {
                *flags = [
                    walk.is_final(),
                    walk.next_is_final(b'a'),
                    walk.next_is_final(b'e'),
                ];
            }
        }
        listed
    }

    /// Extra index words for `word`: its parts when it is a compound (the last part
    /// also in its base form), and its base form when the dictionary lists only that.
    ///
    /// A word the dictionary lists, itself or as an inflection of a listed word, is cut
    /// at its listed form ([`Cut::Listed`]): its ending is an inflection, never a part
    /// ("satsningar" is no "satsning" + "ar"). A word the list lacks is cut as it
    /// stands ([`Cut::Unlisted`]): that is where new compounds such as "cancervården" are.
    fn index_words(&self, word: &str) -> Vec<String> {
        let listed = self.listed_tails(word);
        if is_listed(word, &listed) {
            return self.parts_with_base(word, Cut::Listed);
        }
        if let Some(base) = base_form(word, &listed) {
            let mut words = self.parts_with_base(&base, Cut::Listed);
            words.push(base);
            return words;
        }
        self.parts_with_base(word, Cut::Unlisted)
    }

    /// The parts of `word` under `cut`, the last one followed by its base form when
    /// the dictionary lists only that; nothing when `word` is not a compound.
    fn parts_with_base(&self, word: &str, cut: Cut) -> Vec<String> {
        let mut words: Vec<String> = self
            .split(word, cut)
            .iter()
            .map(|&(start, end)| word[start..end].to_string())
            .collect();
        if let Some(last) = words.last() {
            let listed = self.listed_tails(last);
            if !is_listed(last, &listed) {
                if let Some(base) = base_form(last, &listed) {
                    words.push(base);
                }
            }
        }
        words
    }

    /// Byte ranges of the parts of `word` under `cut`, or nothing when it is not a
    /// compound.
    fn split(&self, word: &str, cut: Cut) -> Vec<(usize, usize)> {
        if word.len() < MIN_COMPOUND_CHARS || word.len() > MAX_COMPOUND_BYTES {
            return Vec::new();
        }
        // On the stack: every word new to the analysis is cut, and allocating was a
        // good share of that. A char takes a byte or more, so bytes bound chars.
        let mut bounds = [0; MAX_COMPOUND_BYTES + 1];
        let mut chars = 0;
        for (at, _) in word.char_indices().skip(1) {
            chars += 1;
            bounds[chars] = at;
        }
        chars += 1;
        bounds[chars] = word.len();
        if chars < MIN_COMPOUND_CHARS {
            return Vec::new();
        }
        // best[i]: the best cut of word[..bounds[i]] into leading parts, as
        // (number of parts, shortest part in chars, start of the last part).
        let mut best: [Option<(usize, usize, usize)>; MAX_COMPOUND_BYTES + 1] =
            [None; MAX_COMPOUND_BYTES + 1];
        best[0] = Some((0, usize::MAX, 0));
        // Cuts whose leading parts are known, by the start of their last part; whether
        // that part may end a compound is asked afterwards, best cut first.
        let mut candidates = [(0, 0, 0); MAX_COMPOUND_BYTES + 1];
        let mut candidate_count = 0;
        // Starts in order, so that every cut ending at `start` is known when it is
        // reached, and, for each end, the earlier start wins a tie, as it would with
        // ends outermost.
        for start in 0..chars - 1 {
            let Some((parts, shortest, _)) = best[start] else {
                continue;
            };
            if parts + 1 > MAX_PARTS {
                continue;
            }
            let longest = chars.min(start + MAX_PART_CHARS);
            // One walk through the word list sees every leading part that starts here.
            let mut walk = self.walk();
            let mut previous_is_word = false;
            for end in start + 1..=longest.min(chars - 1) {
                let letter = &word[bounds[end - 1]..bounds[end]];
                let part = &word[bounds[start]..bounds[end]];
                let is_word = walk.step(letter) && is_admissible_part(part);
                // A word, or a word of three letters or more and a linking "s".
                let is_leading = is_word
                    || (letter == "s" && end - 1 - start >= MIN_LINKED_CHARS && previous_is_word);
                let candidate = (parts + 1, shortest.min(end - start), start);
                if is_leading && better(candidate, best[end]) {
                    best[end] = Some(candidate);
                }
                if walk.is_lost() && !is_word {
                    break;
                }
                previous_is_word = is_word;
            }
            if start > 0 && (2..=MAX_PART_CHARS).contains(&(chars - start)) {
                candidates[candidate_count] = (parts + 1, shortest.min(chars - start), start);
                candidate_count += 1;
            }
        }
        // The last part's test walks the word list again, so it is asked of the best
        // cut first and of the others only while it fails: fewest parts, then the
        // longest shortest part, then the earliest start.
        let candidates = &mut candidates[..candidate_count];
        candidates.sort_unstable_by_key(|&(parts, shortest, start)| {
            (parts, std::cmp::Reverse(shortest), start)
        });
        let Some(&(_, _, mut start)) = candidates
            .iter()
            .find(|&&(_, _, start)| self.ends_compound(&word[bounds[start]..], cut))
        else {
            return Vec::new();
        };
        let mut parts = vec![(bounds[start], word.len())];
        let mut end = start;
        while end > 0 {
            let Some((_, _, previous)) = best[end] else {
                break;
            };
            start = previous;
            parts.push((bounds[start], bounds[end]));
            end = start;
        }
        parts.reverse();
        parts
    }
}

/// Whether `word`, whose [`ListedTails`] are `listed`, is a listed word and may be a
/// part.
fn is_listed(word: &str, listed: &ListedTails) -> bool {
    listed[0][0] && is_admissible_part(word)
}

/// The dictionary word that `word`, whose [`ListedTails`] are `listed`, inflects:
/// "köerna" → "kö", "sköterskor" → "sköterska" (-or for -a), "pojkar" → "pojke".
fn base_form(word: &str, listed: &ListedTails) -> Option<String> {
    inflected_from(word, listed).map(|(stem, vowel)| format!("{stem}{vowel}"))
}

/// The first ending (in [`ENDINGS`] order) whose stem, as it is or with "a" or "e"
/// added, is a listed word: that stem and vowel.
fn inflected_from<'w>(word: &'w str, listed: &ListedTails) -> Option<(&'w str, &'static str)> {
    ENDINGS.iter().find_map(|ending| {
        let stem = word.strip_suffix(ending)?;
        if stem.len() < 2 {
            return None;
        }
        STEM_VOWELS
            .iter()
            .zip(listed[ending.len()])
            .find(|&(vowel, listed)| listed && is_admissible_part(&format!("{stem}{vowel}")))
            .map(|(vowel, _)| (stem, *vowel))
    })
}

fn better(candidate: (usize, usize, usize), current: Option<(usize, usize, usize)>) -> bool {
    match current {
        None => true,
        Some((parts, shortest, _)) => {
            candidate.0 < parts || (candidate.0 == parts && candidate.1 > shortest)
        }
    }
}

/// Whether `part` may be a part at all: [`SHORT_PART_CHARS`] letters or more, or a
/// short word that forms compounds ([`SHORT_PARTS`]).
fn is_admissible_part(part: &str) -> bool {
    // Byte lengths bound char counts: only short parts need their chars counted.
    part.len() >= 4 * SHORT_PART_CHARS
        || part.chars().count() >= SHORT_PART_CHARS
        || SHORT_PARTS.binary_search(&part).is_ok()
}

/// Where a walk through the word list stands: on the node that the letters fed so far
/// lead to, or lost once no word starts with them.
struct Walk<'f> {
    fst: Option<&'f Fst<&'static [u8]>>,
    node: Option<Node<'f>>,
}

impl<'f> Walk<'f> {
    /// Feeds `letter`; true when the letters fed so far are a listed word.
    fn step(&mut self, letter: &str) -> bool {
        letter.bytes().all(|byte| self.step_byte(byte)) && self.is_final()
    }

    /// No listed word starts with the letters fed so far.
    fn is_lost(&self) -> bool {
        self.node.is_none()
    }

    /// Feeds one byte; false once no listed word starts with the bytes fed so far.
    fn step_byte(&mut self, byte: u8) -> bool {
        self.node = self.next(byte);
        self.node.is_some()
    }

    /// The bytes fed so far are a listed word.
    fn is_final(&self) -> bool {
        self.node.is_some_and(|node| node.is_final())
    }

    /// The bytes fed so far and `byte` are a listed word.
    fn next_is_final(&self, byte: u8) -> bool {
        self.next(byte).is_some_and(|node| node.is_final())
    }

    fn next(&self, byte: u8) -> Option<Node<'f>> {
        let (fst, node) = (self.fst?, self.node?);
        let index = node.find_input(byte)?;
        Some(fst.node(node.transition(index).addr))
    }
}

/// The parts of `word` (lower-case), empty when it is not a compound.
#[cfg(test)]
pub fn split(word: &str) -> Vec<&str> {
    DICTIONARY
        .split(word, Cut::Unlisted)
        .into_iter()
        .map(|(start, end)| &word[start..end])
        .collect()
}

/// A token filter that follows each compound with its parts, and an inflected word the
/// dictionary lists only in its base form with that form ("köer" → "kö"), at the same
/// position, so phrase queries over whole words still match and exact words still
/// score highest. Not memoized: the analysis it is part of is (`analysis::memo`).
#[derive(Clone)]
pub struct CompoundSplitter;

impl TokenFilter for CompoundSplitter {
    type Tokenizer<T: Tokenizer> = CompoundSplitterFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CompoundSplitterFilter<T> {
        CompoundSplitterFilter {
            inner: tokenizer,
            parts: Vec::new(),
        }
    }
}

/// [`CompoundSplitter`] applied to a tokenizer.
#[derive(Clone)]
pub struct CompoundSplitterFilter<T> {
    inner: T,
    parts: Vec<Token>,
}

impl<T: Tokenizer> Tokenizer for CompoundSplitterFilter<T> {
    type TokenStream<'a> = CompoundSplitterStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.parts.clear();
        CompoundSplitterStream {
            tail: self.inner.token_stream(text),
            parts: &mut self.parts,
        }
    }
}

/// The token stream of [`CompoundSplitterFilter`].
pub struct CompoundSplitterStream<'a, T> {
    tail: T,
    /// Parts still to emit, in reverse order.
    parts: &'a mut Vec<Token>,
}

impl<T: TokenStream> CompoundSplitterStream<'_, T> {
    fn queue_parts(&mut self) {
        let token = self.tail.token();
        if token.text.chars().count() < 3 {
            return;
        }
        for word in DICTIONARY.index_words(&token.text).into_iter().rev() {
            let mut part = token.clone();
            part.text = word;
            self.parts.push(part);
        }
    }
}

impl<T: TokenStream> TokenStream for CompoundSplitterStream<'_, T> {
    fn advance(&mut self) -> bool {
        if self.parts.pop().is_some() && !self.parts.is_empty() {
            return true;
        }
        self.parts.clear();
        if !self.tail.advance() {
            return false;
        }
        self.queue_parts();
        if !self.parts.is_empty() {
            // The whole word goes first; it sits under the parts on the stack.
            let whole = self.tail.token().clone();
            self.parts.push(whole);
        }
        true
    }

    fn token(&self) -> &Token {
        self.parts.last().unwrap_or_else(|| self.tail.token())
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.parts.last_mut() {
            Some(part) => part,
            None => self.tail.token_mut(),
        }
    }
}

/// Drops a token equal to one already emitted at the same position: after stemming,
/// "vården" and its base form "vård" are one term, which must not count twice.
#[derive(Clone)]
pub struct SamePositionDedup;

impl TokenFilter for SamePositionDedup {
    type Tokenizer<T: Tokenizer> = SamePositionDedupFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> SamePositionDedupFilter<T> {
        SamePositionDedupFilter {
            inner: tokenizer,
            seen: Vec::new(),
        }
    }
}

/// [`SamePositionDedup`] applied to a tokenizer.
#[derive(Clone)]
pub struct SamePositionDedupFilter<T> {
    inner: T,
    seen: Vec<String>,
}

impl<T: Tokenizer> Tokenizer for SamePositionDedupFilter<T> {
    type TokenStream<'a> = SamePositionDedupStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.seen.clear();
        SamePositionDedupStream {
            tail: self.inner.token_stream(text),
            seen: &mut self.seen,
            position: usize::MAX,
        }
    }
}

/// The token stream of [`SamePositionDedupFilter`].
pub struct SamePositionDedupStream<'a, T> {
    tail: T,
    /// Terms emitted at `position`.
    seen: &'a mut Vec<String>,
    position: usize,
}

impl<T: TokenStream> TokenStream for SamePositionDedupStream<'_, T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let token = self.tail.token();
            if token.position != self.position {
                self.position = token.position;
                self.seen.clear();
            }
            if !self.seen.contains(&token.text) {
                self.seen.push(token.text.clone());
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_split_into_words() {
        assert_eq!(split("cancervården"), vec!["cancer", "vården"]);
        assert_eq!(split("vårdköerna"), vec!["vård", "köerna"]);
        assert_eq!(split("kömiljarden"), vec!["kö", "miljarden"]);
        assert_eq!(split("hudcancer"), vec!["hud", "cancer"]);
        assert_eq!(split("vårdförlopp"), vec!["vård", "förlopp"]);
        assert_eq!(split("patientmiljarden"), vec!["patient", "miljarden"]);
    }

    #[test]
    fn linking_s_joins_parts() {
        assert_eq!(
            split("tillgänglighetsmiljarden"),
            vec!["tillgänglighets", "miljarden"]
        );
    }

    #[test]
    fn sjukskoterska_is_never_cut_around_ko() {
        for word in [
            "sjuksköterska",
            "sjuksköterskor",
            "sjuksköterskestudenter",
            "specialistsjuksköterska",
        ] {
            assert!(!split(word).contains(&"kö"), "{word}: {:?}", split(word));
        }
        assert_eq!(split("sjuksköterska"), vec!["sjuk", "sköterska"]);
    }

    #[test]
    fn inflected_words_and_last_parts_get_their_base_form() {
        let dictionary = &*DICTIONARY;
        assert_eq!(dictionary.index_words("köer"), vec!["kö"]);
        assert_eq!(
            dictionary.index_words("cancervårdsköerna"),
            vec!["cancervårds", "köerna", "kö"]
        );
        assert!(dictionary
            .index_words("sjuksköterskor")
            .iter()
            .all(|w| w != "kö"));
    }

    #[test]
    fn a_listed_word_is_cut_at_its_listed_form() {
        let dictionary = &*DICTIONARY;
        // The inflection is no part; the listed compound's parts and form are words.
        assert_eq!(
            dictionary.index_words("länsstyrelserna"),
            vec!["läns", "styrelse", "länsstyrelse"]
        );
        for word in [
            "satsningar",
            "investeringar",
            "pengarna",
            "kulturen",
            "regionerna",
        ] {
            assert_eq!(dictionary.index_words(word).len(), 1, "{word}");
        }
        assert_eq!(dictionary.index_words("träffade"), vec!["träff"]);
        // Short nouns that form compounds stay parts of listed words.
        assert_eq!(
            dictionary.index_words("vårdköerna"),
            vec!["vård", "kö", "vårdkö"]
        );
        assert!(dictionary
            .index_words("kömiljarden")
            .contains(&"kö".to_string()));
        assert_eq!(dictionary.index_words("kortare"), vec!["kort"]);
    }

    #[test]
    fn short_words_inside_listed_words_are_no_parts() {
        for word in [
            "budget",
            "minister",
            "kommission",
            "behov",
            "bostad",
            "betala",
            "arbete",
        ] {
            assert!(DICTIONARY.is_word(word), "{word} is listed");
            assert!(
                DICTIONARY.index_words(word).is_empty(),
                "{word}: {:?}",
                DICTIONARY.index_words(word)
            );
        }
        assert_eq!(
            DICTIONARY.index_words("kollektivtrafik"),
            vec!["kollektiv", "trafik"]
        );
    }

    #[test]
    fn suffixes_and_function_words_end_no_compound() {
        for word in ["rapportera", "ensamhet", "eftersom", "delaktighet"] {
            assert!(
                DICTIONARY
                    .index_words(word)
                    .iter()
                    .all(|w| !word.ends_with(w.as_str()) || w == word),
                "{word}: {:?}",
                DICTIONARY.index_words(word)
            );
        }
    }

    #[test]
    fn names_are_not_cut_into_short_words_found_by_chance() {
        for name in ["hallengren", "magdalena", "härnösand"] {
            assert!(split(name).is_empty(), "{name}: {:?}", split(name));
        }
        assert_eq!(
            split("vattenvårdsprojekt"),
            vec!["vatten", "vårds", "projekt"]
        );
    }

    #[test]
    fn plain_words_stay_whole() {
        assert!(split("regeringen").is_empty(), "{:?}", split("regeringen"));
        assert!(split("vård").is_empty());
    }

    #[test]
    fn the_compiled_word_list_holds_every_listed_word_and_nothing_else() {
        let words = DICTIONARY.words.as_ref().expect("the word list opens");
        let listed: Vec<&str> = include_str!("../data/sv_words.txt")
            .lines()
            .filter(|line| !line.is_empty())
            .collect();
        assert!(listed.len() > 100_000);
        assert_eq!(words.len(), listed.len());
        assert!(listed.iter().all(|word| words.contains_key(word)));
        assert!(!words.contains_key("vårdköerna"));
    }
}
