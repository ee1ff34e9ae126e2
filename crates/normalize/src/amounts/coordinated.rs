//! Sums that share their unit with a neighbour through a coordinating word, as Swedish
//! leaves the unit to one of two sums side by side: "på 300 000 respektive 750 000
//! kronor" (the unit after the second serves both), "300 miljoner kronor efter resultat
//! och 200 miljoner efter befolkning" (the second repeats the unit of the first).

use super::number::{number_before, opening_len};
use super::{amount, Amount};
use crate::entities::Span;
use crate::numbers::{is_group_separator, parse_numeral};
use crate::text::{is_year, lowercase, sentence_start, Token};
use crate::units::unit;

/// The word that pairs two sums stated with one unit after the second. "och" and
/// "eller" are left out: "2 och 3 miljoner" is as often a loose range as two sums.
const RESPECTIVELY: &str = "respektive";

/// Words joining a sum to the clause before it.
const COORDINATORS: &[&str] = &["och", "samt", "respektive", "eller"];

/// "300 000 respektive": the bare number before "respektive" standing just before the
/// number of a sum at token `first`, read with the sum's `multiplier`.
pub(super) fn respective_before(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    multiplier: u64,
) -> Option<Amount> {
    let word_at = first.checked_sub(1)?;
    if toks[word_at].text != RESPECTIVELY {
        return None;
    }
    let number = number_before(text, toks, word_at)?;
    let sek = number.low_times(multiplier)?;
    let sek_max = number.high.and_then(|h| h.times(multiplier));
    bare_number(text, toks, number.first, word_at, sek, sek_max)
}

/// Stems of the verbs of change that open "från X till Y" as a change of a sum, two
/// sums, not a range: "har ökat från 18 till 41 miljoner kronor", "höjs från 2 till 3
/// miljoner", "minskade från", "sjönk från", "har vuxit från", "går från". Without such
/// a verb, "från X till Y" may still state a span ("bidrag från 5 000 till 50 000
/// kronor") and stays a range.
const CHANGE_STEMS: &[&str] = &[
    "ök",
    "höj",
    "minsk",
    "sänk",
    "stig",
    "steg",
    "sjunk",
    "sjönk",
    "väx",
    "vux",
    "gått",
    "går",
    "gick",
    "fördubbl",
];

/// True when the figure whose first token is `low_first` stands after "från" and a verb
/// of change ("ökat från 18"): the first of the two sums of a change.
pub(super) fn opens_change(toks: &[Token<'_>], low_first: usize) -> bool {
    let (Some(from), Some(verb)) = (low_first.checked_sub(1), low_first.checked_sub(2)) else {
        return false;
    };
    toks[from].text.eq_ignore_ascii_case("från") && {
        let verb = lowercase(toks[verb].text);
        CHANGE_STEMS.iter().any(|stem| verb.starts_with(stem))
    }
}

/// The sum a bare number states with a neighbour's unit: its text from token `first`
/// up to the token before `word_at` (the coordinating word).
fn bare_number(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    word_at: usize,
    sek: i64,
    sek_max: Option<i64>,
) -> Option<Amount> {
    let first_tok = toks[first];
    let start = first_tok.start + opening_len(first_tok.text);
    let last = toks[word_at - 1];
    let end = last.start + last.core().len();
    Some(amount(
        text.get(start..end)?,
        sek,
        sek_max,
        None,
        Span { start, end },
    ))
}

/// "ökat från 18 till 41 miljoner kronor": the figure after "från" before the sum at
/// token `first`, read with the sum's `multiplier`, when a verb of change opens it
/// ([`opens_change`]): the sum before the change, stated with the unit of the sum after.
pub(super) fn changed_from(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    multiplier: u64,
) -> Option<Amount> {
    let word_at = first.checked_sub(1)?;
    if !toks[word_at].text.eq_ignore_ascii_case("till") {
        return None;
    }
    let number = number_before(text, toks, word_at)?;
    if number.high.is_some() || !opens_change(toks, number.first) {
        return None;
    }
    let sek = number.low_times(multiplier)?;
    bare_number(text, toks, number.first, word_at, sek, None)
}

/// Most sums a list before "respektive" takes ("4, 5, 6 respektive 7 miljoner"): a
/// row of figures longer than that is a table flattened into a line, not a list of sums.
const LISTED_SUMS: usize = 4;

/// "640, 510 respektive 430 miljoner kronor": the bare numbers that open a list of sums
/// before the one [`respective_before`] read (its first token at `first`), each closed
/// by a comma and read with the sum's `multiplier`, in the order of the text. A number
/// may be written in thousands groups ("1 200, 900 respektive 700"); a year is none.
pub(super) fn listed_before(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    multiplier: u64,
) -> Vec<Amount> {
    let mut listed = Vec::new();
    let mut at = first;
    while listed.len() < LISTED_SUMS {
        let Some(closing) = at.checked_sub(1) else {
            break;
        };
        let tok = toks[closing];
        let Some(figure) = tok.text.strip_suffix(',') else {
            break;
        };
        let numeric = figure.starts_with(|c: char| c.is_ascii_digit())
            && figure.bytes().all(|b| b.is_ascii_digit() || b == b',');
        let opening = groups_before(text, toks, closing, figure);
        let span = Span {
            start: toks[opening].start,
            end: tok.start + figure.len(),
        };
        let written = &text[span.start..span.end];
        let Some(sek) = numeric
            .then(|| parse_numeral(written))
            .flatten()
            .filter(|_| !is_year(written))
            .and_then(|n| n.times(multiplier))
        else {
            break;
        };
        listed.push(amount(written, sek, None, None, span));
        at = opening;
    }
    listed.reverse();
    listed
}

/// The token where the number whose last group, `figure`, stands at token `last` opens:
/// groups of three digits follow a first group of one to three, each after one
/// separator of thousands ("1 200", "12 500 000"). A figure that is no group opens at
/// `last` itself.
fn groups_before(text: &str, toks: &[Token<'_>], last: usize, figure: &str) -> usize {
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut opening = last;
    let mut leading = figure;
    while leading.len() == 3 && is_digits(leading) {
        let Some(previous) = opening.checked_sub(1).map(|i| toks[i]) else {
            break;
        };
        let mut gap = text[previous.end..toks[opening].start].chars();
        let separated =
            matches!((gap.next(), gap.next()), (Some(c), None) if is_group_separator(c));
        if !(separated && (1..=3).contains(&previous.text.len()) && is_digits(previous.text)) {
            break;
        }
        opening -= 1;
        leading = previous.text;
    }
    opening
}

/// True when the bare unit at token `last` (its number opening at token `first`)
/// follows a coordinating word, and earlier in the same sentence a sum names kronor
/// with a unit of the same size in a clause of the same build: the same word after both
/// ("300 miljoner kronor efter resultat och 200 miljoner efter befolkning") or a year
/// after each ("100 miljoner kronor 2024 och 150 miljoner 2025"). The parallel is what
/// makes it an ellipsis: "… och 2 miljoner besökare" after a sum counts people.
pub(super) fn repeats_unit_before(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    let (Some(joiner), Some(after)) = (first.checked_sub(1).map(|j| toks[j]), toks.get(last + 1))
    else {
        return false;
    };
    if !COORDINATORS.contains(&joiner.text) {
        return false;
    }
    let Some(size) = unit(toks[last].core()).map(|u| u.multiplier) else {
        return false;
    };
    let sentence = sentence_start(text, joiner.start);
    toks[..first - 1]
        .windows(3)
        .rev()
        .take_while(|run| run[0].start >= sentence)
        .any(|run| {
            unit(run[0].core()).is_some_and(|u| u.multiplier == size && !u.currency)
                && unit(run[1].core()).is_some_and(|u| u.currency && u.multiplier == 1)
                && (run[2].core().eq_ignore_ascii_case(after.core())
                    || (is_year(run[2].core()) && is_year(after.core())))
        })
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn sums(text: &str) -> Vec<i64> {
        extract(text).amounts.iter().map(|a| a.sek).collect()
    }

    #[test]
    fn a_list_before_respektive_keeps_its_thousands_groups() {
        assert_eq!(
            sums("Bidragen blir 1 200, 900 respektive 700 miljoner kronor."),
            [1_200_000_000, 900_000_000, 700_000_000]
        );
        assert_eq!(
            sums("Kommunerna får 12 500, 8 000 respektive 6 250 kronor per elev."),
            [12_500, 8_000, 6_250]
        );
        // A year before a figure is no group of it.
        assert_eq!(
            sums("Ramarna för 2025 blir 200, 300 respektive 400 miljoner kronor."),
            [200_000_000, 300_000_000, 400_000_000]
        );
    }

    #[test]
    fn two_sums_paired_by_respektive_share_the_unit() {
        assert_eq!(
            sums("Domstolen dömde ut vite på 200 000 respektive 450 000 kronor."),
            [200_000, 450_000]
        );
        assert_eq!(
            sums("Kommunerna får 2,5 respektive 4 miljoner kronor."),
            [2_500_000, 4_000_000]
        );
        // A list before "respektive" shares the unit too.
        assert_eq!(
            sums("Länen får 640, 510 respektive 430 miljoner kronor."),
            [640_000_000, 510_000_000, 430_000_000]
        );
        assert_eq!(
            sums("Kommunerna får 1,5, 2 respektive 4 miljoner kronor."),
            [1_500_000, 2_000_000, 4_000_000]
        );
        // A year before "respektive" is no sum: it has no number right before the sum.
        assert_eq!(
            sums("Åren 2022 respektive 2023 fick de 4 miljoner kronor."),
            [4_000_000]
        );
    }

    #[test]
    fn a_bare_unit_after_och_repeats_the_kronor_before_it() {
        assert_eq!(
            sums("Av pengarna fördelas 300 miljoner kronor efter resultat och 200 miljoner efter befolkning."),
            [300_000_000, 200_000_000]
        );
        // Without a sum in kronor before it, "miljoner" counts people.
        assert_eq!(
            sums("Regionen har 2 miljoner invånare och 3 miljoner besök per år."),
            Vec::<i64>::new()
        );
        assert_eq!(
            sums("Staten ger 100 miljoner kronor 2024 och 150 miljoner 2025."),
            [100_000_000, 150_000_000]
        );
        // Without the parallel the bare unit counts something else.
        assert_eq!(
            sums(
                "Satsningen kostar 300 miljoner kronor för vården och 2 miljoner besökare väntas."
            ),
            [300_000_000]
        );
        // Nor does a sum in kronor make the count after "och" money if the unit differs.
        assert_eq!(
            sums("Satsningen kostar 300 miljoner kronor och ger 2 tusen jobb efter några år."),
            [300_000_000]
        );
    }
}
