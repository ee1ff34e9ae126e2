//! The number before a unit word, read backwards: grouped digits ("2 111"), decimals
//! ("44,3"), number words ("en och en halv") and ranges ("10–15", "mellan 10 och 15").

use std::borrow::Cow;

use crate::numbers::{
    is_vague_quantity, parse_compound_word, parse_number_words, parse_numeral, unsigned, Num,
};
use crate::text::{lowercase, same_line, Token};

/// The number word that is also the magnitude a table states its figures in ("i tusen
/// kronor").
const UNIT_MAGNITUDE: &str = "tusen";

/// A number read backwards from a unit.
pub(super) struct NumberBefore {
    pub low: Num,
    pub high: Option<Num>,
    /// Index of its first token.
    pub first: usize,
    /// Written with a minus sign glued to it ("−12 mkr"): a fall, a deficit, a cut.
    pub negative: bool,
}

impl NumberBefore {
    /// The low end times `multiplier`, with its sign.
    pub fn low_times(&self, multiplier: u64) -> Option<i64> {
        let size = self.low.times(multiplier)?;
        Some(if self.negative { -size } else { size })
    }
}

/// Reads the number that ends just before token `unit_at`: grouped digits ("2 111"),
/// a decimal ("44,3"), number words ("en och en halv") or a range ("10–15").
pub(super) fn number_before(
    text: &str,
    toks: &[Token<'_>],
    unit_at: usize,
) -> Option<NumberBefore> {
    let last = unit_at.checked_sub(1)?;
    let tok = toks[last];
    if tok.has_trailing_punct() || !same_line(text, tok.end, toks[unit_at].start) {
        return None;
    }
    let (t, fall) = unsigned(without_opening(tok.text));
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some((lo, hi)) = t.split_once(['–', '-', '—']) {
            if fall {
                return None;
            }
            let (low, high) = (parse_numeral(lo)?, parse_numeral(hi)?);
            return Some(NumberBefore {
                low,
                high: Some(high),
                first: last,
                negative: false,
            });
        }
        let first = first_group(text, toks, last);
        let joined = groups_joined(text, &toks[first..=last]);
        let (digits, negative) = unsigned(&joined);
        if negative {
            // A fall is one figure: no range ends in it.
            return Some(NumberBefore {
                low: parse_numeral(digits)?,
                high: None,
                first,
                negative,
            });
        }
        if let Some(range) = grouped_range(text, toks, first, last) {
            return Some(range);
        }
        let (num, first) = match parse_numeral(digits) {
            Some(n) => (n, first),
            None => (parse_numeral(t)?, last),
        };
        return Some(with_range(text, toks, num, first));
    }
    let lower = lowercase(t);
    // "en halv", "en och en halv", "en kvarts", "tre kvarts": a fraction ends the words.
    if lower == "halv" || lower == "kvarts" {
        let words = |from: usize| -> Vec<&str> {
            // "(en halv miljard kronor)": a bracket may open the number.
            toks[from..=last]
                .iter()
                .map(|t| without_opening(t.text))
                .collect()
        };
        for back in [3usize, 1] {
            if let Some(from) = last.checked_sub(back) {
                if same_line(text, toks[from].start, tok.end) {
                    if let Some(num) = parse_number_words(&words(from)) {
                        return Some(NumberBefore {
                            low: num,
                            high: None,
                            first: from,
                            negative: false,
                        });
                    }
                }
            }
        }
        return None;
    }
    let value = parse_compound_word(&lower)?;
    // "Belopp i tusen kronor", "Stöd per kommun (tusen kronor)": the magnitude after "i"
    // or a bracket states the unit of a table's figures; no sum is stated.
    if lower == UNIT_MAGNITUDE
        && (tok.text.starts_with('(')
            || last
                .checked_sub(1)
                .is_some_and(|p| toks[p].text == "i" && same_line(text, toks[p].end, tok.start)))
    {
        return None;
    }
    // "ett par hundra tusen kronor", "några tusen kronor": round words after a vague
    // quantity count how large, not how much; no sum is stated. The number words before
    // this one ("hundra" before "tusen kronor") are walked over to the quantity.
    let mut before = last.checked_sub(1);
    while let Some(p) = before {
        let word = lowercase(toks[p].core());
        if is_vague_quantity(&word) {
            return None;
        }
        if toks[p].has_trailing_punct() || parse_compound_word(&word).is_none() {
            break;
        }
        before = p.checked_sub(1);
    }
    Some(NumberBefore {
        low: Num::whole(value),
        high: None,
        first: last,
        negative: false,
    })
}

/// Index of the first token of a digit-grouped numeral ending at token `last`
/// ("1 303": "1" then "303"; "−1 303": "−1", whose sign the numeral keeps). A year
/// before the number ("2022 500") is not a group.
fn first_group(text: &str, toks: &[Token<'_>], last: usize) -> usize {
    let int_len = |t: &str| t.split(',').next().map_or(0, str::len);
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let t = toks[last].text;
    let int_part = t.split(',').next().unwrap_or("");
    if int_len(t) != 3 || !all_digits(int_part) {
        return last;
    }
    let mut first = last;
    while first > 0 && without_opening(toks[first].text) == toks[first].text {
        let prev = toks[first - 1];
        let digits = without_opening(prev.text);
        let adjacent = same_line(text, prev.end, toks[first].start);
        if adjacent && prev.end + 1 == toks[first].start && is_fall(digits) {
            return first - 1;
        }
        if !all_digits(digits) || !adjacent {
            break;
        }
        if prev.end + 1 != toks[first].start {
            break;
        }
        match digits.len() {
            3 => first -= 1,
            1 | 2 => {
                first -= 1;
                break;
            }
            _ => break,
        }
    }
    first
}

/// "20 000–40 000": a range of grouped numbers whose dash joins the low end's last
/// group and the high end's first into one token ("000–40"). `first..=last` are the
/// high end's later groups.
fn grouped_range(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    last: usize,
) -> Option<NumberBefore> {
    let joined = first.checked_sub(1)?;
    let glued =
        |a: Token<'_>, b: Token<'_>| a.end + 1 == b.start && same_line(text, a.end, b.start);
    if !glued(toks[joined], toks[first]) {
        return None;
    }
    let (low_tail, high_head) = without_opening(toks[joined].text).split_once(['–', '-', '—'])?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(low_tail) || !digits(high_head) {
        return None;
    }
    let mut low_first = joined;
    while low_first > 0
        && glued(toks[low_first - 1], toks[low_first])
        && digits(without_opening(toks[low_first - 1].text))
    {
        low_first -= 1;
        // A group of one or two digits opens the number, as in `first_group`.
        if without_opening(toks[low_first].text).len() < 3 {
            break;
        }
    }
    let mut low_words: Vec<&str> = toks[low_first..joined]
        .iter()
        .map(|t| without_opening(t.text))
        .collect();
    low_words.push(low_tail);
    let high = format!("{high_head} {}", groups_joined(text, &toks[first..=last]));
    Some(NumberBefore {
        low: parse_numeral(&low_words.join(" "))?,
        high: Some(parse_numeral(&high)?),
        first: low_first,
        negative: false,
    })
}

/// Extends a number to a range: "10 – 15", "10 till 15", "mellan 10 och 15".
fn with_range(text: &str, toks: &[Token<'_>], high: Num, first: usize) -> NumberBefore {
    let single = NumberBefore {
        low: high,
        high: None,
        first,
        negative: false,
    };
    let Some(link) = first.checked_sub(1) else {
        return single;
    };
    let Some(low_at) = link.checked_sub(1) else {
        return single;
    };
    if !same_line(text, toks[low_at].start, toks[first].start) {
        return single;
    }
    let link_word = lowercase(toks[link].text);
    // Most words before a sum link no range: the low end is read only after one that may.
    if !matches!(link_word.as_str(), "–" | "-" | "—" | "till" | "och") {
        return single;
    }
    // The low end may be grouped ("mellan 300 000 och 4 miljoner kronor").
    let low_first = first_group(text, toks, low_at);
    let mellan = low_first
        .checked_sub(1)
        .is_some_and(|m| toks[m].text.eq_ignore_ascii_case("mellan"));
    // "ökat från 18 till 41 miljoner": a change between two sums, no range.
    let change = link_word == "till" && super::coordinated::opens_change(toks, low_first);
    let is_link = (matches!(link_word.as_str(), "–" | "-" | "—" | "till") && !change)
        || (link_word == "och" && mellan);
    match parse_numeral(&groups_joined(text, &toks[low_first..=low_at])) {
        Some(low) if is_link && !year_before_sum(toks[low_at].text, &low, &high) => NumberBefore {
            low,
            high: Some(high),
            first: low_first,
            negative: false,
        },
        _ => single,
    }
}

/// True when the low end of a would-be range is a year larger than the high end: a label
/// and its sum ("God och nära vård 2025 – 6,1 miljarder kronor", a list item or a line of a
/// summary), not a range from 2 025 kronor. A range's low end below its high one stays a
/// range ("mellan 2000 och 3000 kronor").
fn year_before_sum(low_token: &str, low: &Num, high: &Num) -> bool {
    crate::text::is_year(low_token) && low.value_cmp(high).is_gt()
}

/// The tokens of a digit-grouped numeral joined by single spaces ("1 303"): the text
/// itself when only spaces stand between them, as nearly always.
fn groups_joined<'t>(text: &'t str, groups: &[Token<'t>]) -> Cow<'t, str> {
    let (Some(first), Some(last)) = (groups.first(), groups.last()) else {
        return Cow::Borrowed("");
    };
    let start = first.start + opening_len(first.text);
    let span = text.get(start..last.end).unwrap_or_default();
    if span.len() + opening_len(first.text)
        == groups.iter().map(|t| t.text.len() + 1).sum::<usize>() - 1
        && span.bytes().all(|b| b == b' ' || !b.is_ascii_whitespace())
    {
        return Cow::Borrowed(span);
    }
    let words: Vec<&str> = groups.iter().map(|t| without_opening(t.text)).collect();
    Cow::Owned(words.join(" "))
}

/// A token without the bracket that opens it, nor a plus sign: a sum closing a list item
/// stands in parentheses ("Fler vårdplatser (12,5 miljoner kronor)"), and a rise in a
/// list of changes ("+37 mnkr") adds the sum it names.
pub(super) fn without_opening(token: &str) -> &str {
    let token = token.strip_prefix(['(', '[']).unwrap_or(token);
    token.strip_prefix('+').unwrap_or(token)
}

/// True for a figure with a minus sign glued to it: a fall ("−12 mkr"), which keeps its
/// sign (read as 12 million it would turn a cut into a grant). A dash with a space after
/// it ("– 12 mkr") is a list bullet or a quote's dash and leaves the figure alone.
pub(super) fn is_fall(token: &str) -> bool {
    crate::numbers::unsigned(token).1
}

/// Bytes of the opening bracket [`without_opening`] drops.
pub(super) fn opening_len(token: &str) -> usize {
    token.len() - without_opening(token).len()
}
