//! The words around a sum of money: units and magnitudes ("kronor", "mkr", "miljarder")
//! and the hedge words before it ("cirka", "drygt", "upp till"), with their base forms.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::text::{lower_case_is, with_lowercase, BytePairs, Literals};

/// What a unit word does to the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Kronor per unit: 1 for "kronor", 1 000 000 for "miljoner" or "mkr".
    pub multiplier: u64,
    /// True when the word itself says kronor ("kr", "tkr", "mdkr", "SEK").
    pub currency: bool,
    /// True for "miljon(er)" and "miljard(er)", which mean money without "kronor" when
    /// the context allows ("en halv miljard till kommunerna").
    pub bare_money: bool,
}

const KRONA: u64 = 1;
const TUSEN: u64 = 1_000;
const MILJON: u64 = 1_000_000;
const MILJARD: u64 = 1_000_000_000;

/// Unit words in lower case: multiplier, whether the word says kronor by itself
/// ([`Unit::currency`]), and whether it means money without "kronor"
/// ([`Unit::bare_money`]).
const UNITS: &[(&str, u64, bool, bool)] = &[
    ("kronor", KRONA, true, false),
    ("kronorna", KRONA, true, false),
    ("krona", KRONA, true, false),
    ("kr", KRONA, true, false),
    ("sek", KRONA, true, false),
    (KRONOR_MARK, KRONA, true, false),
    ("tkr", TUSEN, true, false),
    ("ksek", TUSEN, true, false),
    ("tsek", TUSEN, true, false),
    ("mkr", MILJON, true, false),
    ("mnkr", MILJON, true, false),
    ("msek", MILJON, true, false),
    ("mdkr", MILJARD, true, false),
    ("mdr", MILJARD, true, false),
    ("mrd", MILJARD, true, false),
    ("miljon", MILJON, false, true),
    ("miljoner", MILJON, false, true),
    ("miljard", MILJARD, false, true),
    ("miljarder", MILJARD, false, true),
    // "De 9,8 miljarderna": the definite plural refers back to a sum.
    ("miljarderna", MILJARD, false, true),
    ("miljonerna", MILJON, false, true),
    ("tusen", TUSEN, false, false),
    ("milj", MILJON, false, false),
    ("mio", MILJON, false, false),
    ("mn", MILJON, false, false),
    ("md", MILJARD, false, false),
    // Magnitudes written together with "kronor" ("300 miljonerkronor"), a slip common
    // enough in releases to read as the two words.
    ("miljonerkronor", MILJON, true, false),
    ("miljonkronor", MILJON, true, false),
    ("miljarderkronor", MILJARD, true, false),
    ("miljardkronor", MILJARD, true, false),
];

/// The words of [`UNITS`].
const UNIT_WORDS: [&str; UNITS.len()] = unit_words();

const fn unit_words() -> [&'static str; UNITS.len()] {
    let mut words = [""; UNITS.len()];
    let mut i = 0;
    while i < UNITS.len() {
        words[i] = UNITS[i].0;
        i += 1;
    }
    words
}

/// The first two bytes of every word in [`UNITS`].
static UNIT_STARTS: BytePairs = BytePairs::of(&[&UNIT_WORDS]);

/// The Swedish mark for whole kronor after a figure ("250 000:-", "250 000 :-").
pub(crate) const KRONOR_MARK: &str = ":-";

/// Looks up a unit word ("Mkr", "miljoner", "kr", ":-").
pub(crate) fn unit(word: &str) -> Option<Unit> {
    // Most words asked about are figures or other words of a sum's line ("som", "till",
    // "kommun"): two bytes tell them from every unit word without a walk through the
    // table (the first byte alone: 108.5 → 107.7 instructions per byte on the seeds; two:
    // 101.3 → 99.7, and 147.7 → 145.7 on the dev releases).
    let [first, second, ..] = *word.as_bytes() else {
        return None;
    };
    if !UNIT_STARTS.contains(first.to_ascii_lowercase(), second.to_ascii_lowercase()) {
        return None;
    }
    // The unit words are ASCII and short: lowered on the stack, looked up by hash rather
    // than compared with each.
    let mut lower = [0u8; LONGEST_UNIT_WORD];
    let lower = lower.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    UNIT_TABLE.get(&*lower).copied()
}

/// Bytes of the longest word in [`UNITS`]; no longer word is one.
const LONGEST_UNIT_WORD: usize = longest_unit_word();

const fn longest_unit_word() -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < UNITS.len() {
        if UNITS[i].0.len() > longest {
            longest = UNITS[i].0.len();
        }
        i += 1;
    }
    longest
}

/// [`UNITS`] by word.
static UNIT_TABLE: LazyLock<FxHashMap<&'static [u8], Unit>> = LazyLock::new(|| {
    UNITS
        .iter()
        .map(|&(word, multiplier, currency, bare_money)| {
            let unit = Unit {
                multiplier,
                currency,
                bare_money,
            };
            (word.as_bytes(), unit)
        })
        .collect()
});

/// A unit word in the forms a table header or caption also uses: the genitive, "-tals"
/// or "-tal" form of a magnitude ("miljarders kronor", "tusentals kronor", "belopp i
/// tusental kronor") counts as the magnitude. Only magnitudes take these forms; "kronors"
/// is not a unit of its own.
pub(crate) fn unit_any_form(word: &str) -> Option<Unit> {
    unit(word).or_else(|| {
        let stem = strip_suffix_ignore_case(word, "tals")
            .or_else(|| strip_suffix_ignore_case(word, "tal"))
            .or_else(|| strip_suffix_ignore_case(word, "s"))?;
        unit(stem).filter(|u| !u.currency)
    })
}

fn strip_suffix_ignore_case<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    let at = word.len().checked_sub(suffix.len())?;
    let (stem, tail) = (word.get(..at)?, word.get(at..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(stem)
}

/// A part of every unit word that can anchor a sum, in lower case: "kronor", "tkr" and
/// "mdkr" hold "kr", "msek" "sek", "miljoner" and "miljard" "milj", "mdr", "mrd" and
/// the kronor mark ":-" themselves. The other units ("tusen", "mio", "mn", "md") anchor a sum only before
/// "kronor" or "kr", so a line holds one of these parts whenever it holds a sum.
pub(crate) const UNIT_PARTS: [&[u8]; 6] = [b"kr", b"sek", b"milj", b"mdr", b"mrd", b":-"];

/// All [`UNIT_PARTS`] in one search, not one pass per part.
static UNIT_PARTS_SEARCH: LazyLock<Literals> = LazyLock::new(|| Literals::new(&UNIT_PARTS));

/// Where the [`UNIT_PARTS`] start in a text, in order: searched once per text, for the
/// lines that may hold a sum and the table headers that may state a unit.
#[derive(Debug, Default)]
pub(crate) struct UnitParts(Vec<usize>);

impl UnitParts {
    /// The parts in `folded`, a text with its ASCII letters in lower case.
    /// A part that starts inside another's match is passed over: it lies in the same
    /// token, so the same lines and tokens hold a part.
    pub fn in_folded(folded: &[u8]) -> UnitParts {
        UnitParts(
            UNIT_PARTS_SEARCH
                .find_iter(folded)
                .map(|m| m.start())
                .collect(),
        )
    }

    pub fn positions(&self) -> &[usize] {
        &self.0
    }

    /// True when a part starts in `line`, the byte range of one line's content: no part
    /// holds a line break, so it is the line's own. A line without one names no unit.
    pub fn any_in(&self, line: Range<usize>) -> bool {
        crate::text::any_within(&self.0, line)
    }
}

/// A part of every unit word that says kronor by itself (`Unit::currency`), in lower
/// case: a line without one of them names no currency.
pub(crate) const CURRENCY_PARTS: [&[u8]; 5] = [b"kr", b"sek", b"mdr", b"mrd", b":-"];

/// True when `text` holds one of `parts` in any ASCII case.
pub(crate) fn holds_part(text: &str, parts: &[&[u8]]) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        let first = b.to_ascii_lowercase();
        parts.iter().any(|p| {
            p.first() == Some(&first)
                && bytes
                    .get(i..i + p.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(p))
        })
    })
}

/// The unit of a token that may name what the sum is per ("kr/månad", "kronor/år").
pub(crate) fn unit_per(token: &str) -> Option<Unit> {
    match token.bytes().position(|b| b == b'/') {
        Some(slash) => unit(&token[..slash]),
        None => unit(token),
    }
}

/// The figure before a glued [`KRONOR_MARK`] ("000" of "000:-", "150" of
/// "150:-/månad").
pub(crate) fn before_kronor_mark(token: &str) -> Option<&str> {
    // A byte scan: the tokens are short, and `str::find`'s set-up cost more than it.
    let colon = token.bytes().position(|b| b == b':')?;
    let (figure, after) = token.split_at(colon);
    let after = after.strip_prefix(KRONOR_MARK)?;
    (figure.ends_with(|c: char| c.is_ascii_digit()) && (after.is_empty() || after.starts_with('/')))
        .then_some(figure)
}

/// Splits a numeral glued to its unit ("500mnkr", "5Mkr") into the two parts.
pub(crate) fn split_glued(token: &str) -> Option<(&str, Unit)> {
    if !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let at = token.find(|c: char| c.is_alphabetic())?;
    let (number, word) = token.split_at(at);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let unit = unit(word).filter(|u| u.currency)?;
    Some((number, unit))
}

/// Currencies that are not kronor: "5 miljoner euro" is not a sum in SEK.
pub(crate) fn is_foreign_currency(word: &str) -> bool {
    ["euro", "eur", "dollar", "usd", "pund", "gbp", "nok", "dkk"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Hedge words of one word and their base forms.
const QUALIFIERS: &[(&str, &str)] = &[
    ("cirka", "cirka"),
    ("ca", "cirka"),
    ("c:a", "cirka"),
    ("ungefär", "cirka"),
    ("omkring", "cirka"),
    ("runt", "cirka"),
    ("nära", "nära"),
    ("närmare", "närmare"),
    ("nästan", "nästan"),
    ("drygt", "drygt"),
    ("knappt", "knappt"),
    ("minst", "minst"),
    ("högst", "högst"),
    ("maximalt", "högst"),
    ("max", "högst"),
    ("över", "över"),
    ("uppemot", "upp till"),
    ("totalt", "totalt"),
    ("sammanlagt", "totalt"),
    ("sammantaget", "totalt"),
    ("preliminärt", "preliminärt"),
    ("ytterligare", "ytterligare"),
];

/// Hedge phrases of two words and their base forms.
const QUALIFIER_PAIRS: &[(&str, &str, &str)] = &[
    ("upp", "till", "upp till"),
    ("mer", "än", "över"),
    ("fler", "än", "över"),
    ("drygt", "över", "över"),
];

/// Longest word looked up as a hedge, in bytes ("preliminärt" takes 12).
const QUALIFIER_MAX_BYTES: usize = 12;

/// The base form of a one-word hedge ("Ca" → "cirka").
pub(crate) fn qualifier(word: &str) -> Option<&'static str> {
    if word.len() > QUALIFIER_MAX_BYTES {
        return None;
    }
    // Lowered once and compared whole: comparing the word with each hedge letter by
    // letter cost 1.2 instructions per byte more.
    with_lowercase(word, |lower| {
        QUALIFIERS
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|&(_, base)| base)
    })
}

/// The base form of a two-word hedge ("upp till").
pub(crate) fn qualifier_pair(first: &str, second: &str) -> Option<&'static str> {
    if first.len() > 12 || second.len() > 12 {
        return None;
    }
    QUALIFIER_PAIRS
        .iter()
        .find(|(x, y, _)| lower_case_is(first, x) && lower_case_is(second, y))
        .map(|&(.., base)| base)
}

/// Words that may follow "miljoner"/"miljarder" when they mean kronor: "300 miljoner som
/// går …", "en miljard till kommunerna", "Två miljarder för bättre skolor". A noun after them
/// ("2 miljoner invånare") means they count something else.
pub(crate) const MONEY_FOLLOWERS: &[&str] = &[
    "till",
    "för",
    "som",
    "på",
    "av",
    "från",
    "per",
    "om",
    "att",
    "ska",
    "skall",
    "har",
    "är",
    "kommer",
    "går",
    "extra",
    "mer",
    "mindre",
    "totalt",
    "ur",
    "via",
    "inom",
    "fördelas",
    "avsätts",
    "betalas",
    "tillförs",
    "satsas",
    // "Resterande 14 miljoner finansieras via taxan": only money is financed.
    "finansieras",
    "årligen",
    "vardera",
    "under",
    "kan",
    "till",
    "utöver",
    "fram",
    "ut",
    "åt",
];

/// Word stems that make a sentence about money, for "miljoner" at the end of a clause.
pub(crate) const MONEY_CONTEXT: &[&str] = &[
    "kronor",
    "medel",
    "pengar",
    "budget",
    "anslag",
    "bidrag",
    "satsning",
    "satsar",
    "avsätt",
    "fördela",
    "betala",
    "tillför",
    "finansier",
    // "investerar", "investeras", "investeringen": investing is spending money.
    "invester",
    "kostnad",
    // "kostar", "kostade", "kostat": what a thing costs is money ("Bygget kostar
    // kommunerna 3 miljarder").
    "kosta",
    "stöd",
    "miljarden",
];

mod write;
pub use write::{format_grouped, format_mnkr, format_sek, format_signed};

#[cfg(test)]
mod tests;
