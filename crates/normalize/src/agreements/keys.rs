//! What two agreement names are compared by: a lower-case key without "överenskommelse
//! om", and its content words.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::Name;
use crate::text::lowercase;

/// Words that carry no meaning when comparing two names.
pub(super) const STOPWORDS: &[&str] = &[
    "och", "i", "om", "för", "inom", "en", "ett", "med", "till", "samt", "av", "på", "den", "det",
    "insatser",
];

/// What two names are compared by.
pub(super) struct Key {
    /// Lower case, without "överenskommelse(n) om".
    pub(super) text: String,
    /// Length of `text` in characters.
    pub(super) chars: usize,
    /// Content words of `text` (stop words left out, a definite "-en" cut off).
    words: Vec<Word>,
}

/// A content word: its byte range in the key's text, a hash of it so that most
/// unequal words are told apart without comparing their bytes, and its first
/// [`STEM_LETTERS`] bytes so that most words of other stems are told apart too.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    hash: u64,
    /// The first [`STEM_LETTERS`] bytes, or [`TOO_SHORT_FOR_A_STEM`].
    head: u64,
}

/// The head of a word of fewer than [`STEM_LETTERS`] bytes, which shares no stem: no
/// five bytes read as this.
const TOO_SHORT_FOR_A_STEM: u64 = u64::MAX;

impl Key {
    pub(super) fn new(name: Name) -> Key {
        let text = key(name);
        let (chars, words) =
            read_latin1(&text).unwrap_or_else(|| (text.chars().count(), content_words(&text)));
        Key { text, chars, words }
    }

    fn word(&self, w: Word) -> &str {
        self.text.get(w.start..w.end).unwrap_or_default()
    }

    /// How many of this key's content words (counted with repeats) `other` has too, as
    /// they stand or as another form of the same stem ([`same_stem`]).
    pub(super) fn shared_words(&self, other: &Key) -> usize {
        self.words
            .iter()
            .filter(|&&w| {
                other.words.iter().any(|&v| {
                    (v.hash == w.hash && other.word(v) == self.word(w))
                        || (v.head == w.head
                            && w.head != TOO_SHORT_FOR_A_STEM
                            && same_stem(other.word(v), self.word(w)))
                })
            })
            .count()
    }

    pub(super) fn word_count(&self) -> usize {
        self.words.len()
    }
}

/// Fewest letters two forms of one word share at their start ("tidig-", "upptäck-"),
/// and most letters of the ending each adds to that stem ("-are", "-t", "-a"): more
/// is another word on the same stem, a compound ("förlossningsmiljarden" beside
/// "förlossningar").
const STEM_LETTERS: usize = 5;
const LONGEST_ENDING: usize = 3;

/// True for two forms of one word: a shared start of [`STEM_LETTERS`] letters or more,
/// and at most [`LONGEST_ENDING`] letters after it in each ("tidig", "tidigare";
/// "upptäckt", "upptäcka"). [`Key::shared_words`] asks it only of words whose first
/// bytes agree (their heads).
fn same_stem(a: &str, b: &str) -> bool {
    let (a_bytes, b_bytes) = (a.as_bytes(), b.as_bytes());
    if a_bytes.len() < STEM_LETTERS
        || b_bytes.len() < STEM_LETTERS
        || a_bytes[..STEM_LETTERS] != b_bytes[..STEM_LETTERS]
    {
        return false;
    }
    let mut shared = a_bytes
        .iter()
        .zip(b_bytes)
        .take_while(|(x, y)| x == y)
        .count();
    // Back to the start of a character both words share whole.
    while !a.is_char_boundary(shared) || !b.is_char_boundary(shared) {
        shared -= 1;
    }
    a[..shared].chars().count() >= STEM_LETTERS
        && a[shared..].chars().count() <= LONGEST_ENDING
        && b[shared..].chars().count() <= LONGEST_ENDING
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

/// The length in characters and the content words of `key` (see [`content_words`]),
/// in one pass over its bytes when it is ASCII without control characters and Latin-1
/// letters: then only spaces split, and 0xC3 starts every other character, a letter
/// but × and ÷ (0xC3 0x97, 0xC3 0xB7). `None` for any other text.
fn read_latin1(key: &str) -> Option<(usize, Vec<Word>)> {
    let bytes = key.as_bytes();
    let mut words = Vec::with_capacity(8);
    let mut two_byte_chars = 0;
    // From the first to the last letter or digit of the word being read; `NO_WORD`
    // before its first one.
    const NO_WORD: usize = usize::MAX;
    let (mut core_start, mut core_end) = (NO_WORD, 0);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let len = match b {
            _ if b.is_ascii_alphanumeric() => {
                core_start = core_start.min(i);
                core_end = i + 1;
                1
            }
            b' ' => {
                if core_start != NO_WORD {
                    push_content_word(key, core_start, core_end, &mut words);
                    core_start = NO_WORD;
                }
                1
            }
            b'!'..=b'~' => 1,
            0xC3 => {
                two_byte_chars += 1;
                if !matches!(bytes.get(i + 1), Some(0x97 | 0xB7)) {
                    core_start = core_start.min(i);
                    core_end = i + 2;
                }
                2
            }
            _ => return None,
        };
        i += len;
    }
    if core_start != NO_WORD {
        push_content_word(key, core_start, core_end, &mut words);
    }
    Some((bytes.len() - two_byte_chars, words))
}

/// The content words of `key`: its white-space separated words, trimmed of what is not
/// a letter or digit, without stop words, a definite "-en" cut off.
fn content_words(key: &str) -> Vec<Word> {
    let mut words = Vec::with_capacity(8);
    let base = key.as_ptr() as usize;
    for piece in key.split_whitespace() {
        let w = piece.trim_matches(|c: char| !c.is_alphanumeric());
        // `w` is a slice of `key`, so the distance between their starts is its offset.
        let start = w.as_ptr() as usize - base;
        push_content_word(key, start, start + w.len(), &mut words);
    }
    words
}

/// Adds `key[start..end]` unless it is empty or a stop word, without a definite "-en".
fn push_content_word(key: &str, start: usize, end: usize, words: &mut Vec<Word>) {
    let w = key.get(start..end).unwrap_or_default();
    if w.is_empty() || STOPWORDS.contains(&w) {
        return;
    }
    let len = stem_len(w);
    let stem = &w.as_bytes()[..len];
    let mut hasher = FxHasher::default();
    hasher.write(stem);
    let head = stem
        .get(..STEM_LETTERS)
        .map_or(TOO_SHORT_FOR_A_STEM, |head| {
            head.iter().fold(0, |packed, &b| packed << 8 | u64::from(b))
        });
    words.push(Word {
        start,
        end: start + len,
        hash: hasher.finish(),
        head,
    });
}

/// Bytes of the stem `w` is compared by: without a definite "-en" ("satsningen"),
/// without the "-na" that makes a plural in "-er", "-ar" or "-or" definite
/// ("samordnarna", "koordinatorerna"), and without the definite "-n" of a noun in "-i"
/// ("vårdgarantin", "psykiatrin"), so a name repeated in the definite form meets the one
/// given first. A word in "-in" loses its "n" whatever it means ("medicin"), in every
/// form alike, so its forms still meet.
fn stem_len(w: &str) -> usize {
    let len = match w.strip_suffix("en") {
        Some(stem) if stem.chars().count() >= 4 => stem.len(),
        _ => definite_plural_stem(w).unwrap_or(w.len()),
    };
    match w[..len].strip_suffix("in") {
        Some(stem) if stem.chars().count() >= 3 => len - 1,
        _ => len,
    }
}

/// Shortest indefinite plural, in characters, whose definite form loses its "-na": the
/// shorter words in "-erna" are other words ("verna", "inre").
const SHORTEST_PLURAL: usize = 5;

/// Bytes of the indefinite plural of `w` when `w` is a definite plural in "-erna",
/// "-arna" or "-orna" ("koordinatorerna" → "koordinatorer"), and of an agent noun in
/// "-are" without its "e", as its definite plural drops it ("samordnare" and
/// "samordnarna" → "samordnar").
fn definite_plural_stem(w: &str) -> Option<usize> {
    if let Some(agent) = w.strip_suffix('e').filter(|a| a.ends_with("ar")) {
        return (agent.chars().count() >= SHORTEST_PLURAL).then_some(agent.len());
    }
    let stem = w.strip_suffix("na")?;
    let plural = stem.ends_with("er") || stem.ends_with("ar") || stem.ends_with("or");
    (plural && stem.chars().count() >= SHORTEST_PLURAL).then_some(stem.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        let k = Key::new(Name::written(name));
        k.words.iter().map(|&w| k.word(w).to_string()).collect()
    }

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
        assert_eq!(
            words("Överenskommelse om satsningen på kvinnors hälsa"),
            ["satsning", "kvinnors", "hälsa"]
        );
    }

    #[test]
    fn a_noun_in_i_meets_its_definite_form() {
        assert_eq!(words("garanti"), words("garantin"));
        assert_eq!(words("strategin för vården"), ["strategi", "vård"]);
        assert_eq!(words("medicinen"), words("medicin"));
        // Too short to be a noun's definite form.
        assert_eq!(words("in"), ["in"]);
    }

    #[test]
    fn a_plural_meets_its_definite_form() {
        assert_eq!(words("lokala samordnarna"), words("lokala samordnare"));
        assert_eq!(words("koordinatorerna"), words("koordinatorer"));
        assert_eq!(
            words("kontaktombuden och handläggarna"),
            ["kontaktombud", "handläggar"]
        );
        assert_eq!(words("tolkarna"), ["tolkar"]);
        // Too short, or no plural ending before "-na".
        assert_eq!(words("verna"), ["verna"]);
        assert_eq!(words("arena"), ["arena"]);
    }

    #[test]
    fn content_words_are_read_as_the_standard_library_reads_them() {
        for name in [
            "(vård), -- «tillgänglighet»\u{a0}x-y",
            "×vård÷ ÷× ×å× é\u{b}ö\tü",
            "hälso- och sjukvården, primärvården",
            "a\u{2003}b ¹²³ ª ½",
            "a\tb\rc  d,e. f",
        ] {
            let key = key(Name::written(name));
            let expected: Vec<String> = key
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
                .map(|w| w[..stem_len(w)].to_string())
                .collect();
            assert_eq!(words(name), expected, "{name:?}");
            assert_eq!(Key::new(Name::written(name)).chars, key.chars().count());
        }
    }
    #[test]
    fn forms_of_one_word_share_their_stem() {
        assert!(same_stem("tidig", "tidigare"));
        assert!(same_stem("upptäckt", "upptäcka"));
        assert!(!same_stem("psykisk", "psykiatri"));
        assert!(!same_stem("vård", "vårdcentral"));
        assert!(!same_stem("förlossningar", "förlossningsmiljarden"));
        let headline = Key::new(Name::written("tidigare upptäckt av sepsis"));
        let named = Key::new(Name::written("tidig upptäckt av sepsis 2020"));
        assert_eq!(headline.shared_words(&named), 3);
    }
}
