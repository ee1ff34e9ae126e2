//! Sums of money in running text: "preliminärt 12,6 miljoner kronor", "10–15 mkr",
//! "en och en halv miljard", "980 miljoner som ska …".
//!
//! The scan is anchored on unit words, then reads the number and the hedge words
//! backwards. Without a unit nothing is money, which keeps telephone numbers, years,
//! dates, counts ("28 vårdförlopp") and ordinals out.

use std::ops::Range;

use crate::entities::{Amount, Span};
use crate::numbers::parse_numeral;
use crate::text::{lowercase, same_line, sentence_end, sentence_start, tokens_into, Token};
use crate::units::{
    before_kronor_mark, is_foreign_currency, qualifier, qualifier_pair, split_glued, unit,
    unit_per, Unit, UnitParts, KRONOR_MARK, MONEY_CONTEXT, MONEY_FOLLOWERS,
};
use number::{number_before, opening_len};

/// How far back a loose "totalt" may stand ("Totalt handlar det om 980 miljoner").
const LOOSE_TOTAL_WINDOW: usize = 6;

/// Every sum of money in `text` outside the `skip` ranges (tables), in order; `parts`
/// are the text's unit parts.
pub(crate) fn find(text: &str, parts: &UnitParts, skip: &[Range<usize>]) -> Vec<Amount> {
    let mut out: Vec<Amount> = Vec::new();
    let mut toks = Vec::new();
    for line in lines::lines_with_units(text, parts) {
        toks.clear();
        tokens_into(text, line, &mut toks);
        find_in_line(text, &toks, skip, &mut out);
    }
    out
}

/// The sums in one line's tokens, appended to `out`.
fn find_in_line(text: &str, toks: &[Token<'_>], skip: &[Range<usize>], out: &mut Vec<Amount>) {
    let mut consumed = 0;
    for (i, tok) in toks.iter().enumerate() {
        // A sum is anchored on a unit word (all start with k, m, s or t) or a numeral
        // glued to one; any other token is passed over without a look-up.
        // A sign may open a glued change ("+37mnkr", "−12mkr").
        let unsigned = crate::numbers::unsigned(tok.text).0;
        let first = unsigned
            .as_bytes()
            .first()
            .map_or(0, u8::to_ascii_lowercase);
        if !first.is_ascii_digit() && !matches!(first, b'k' | b'm' | b's' | b't' | b':' | b'(') {
            continue;
        }
        if i < consumed || skip.iter().any(|r| r.contains(&tok.start)) {
            continue;
        }
        let prev_end = out.last().map_or(0, |a| a.span.end);
        let mut multiplier = None;
        let core = tok.core();
        let found = if let Some(u) = unit_per(core) {
            multiplier = Some(u.multiplier);
            prose_amount(text, toks, i, u, prev_end).or_else(|| currency_first(text, toks, i, u))
        } else if let Some(u) = core.strip_prefix('(').and_then(unit) {
            // "(SEK 3,100 m)": a bracket may open a sum written currency first.
            currency_first(text, toks, i, u)
        } else if let Some(figure) = before_kronor_mark(core) {
            marked_amount(text, toks, i, figure, prev_end)
        } else {
            glued_amount(toks, i)
        };
        if let Some((amount, last)) = found {
            consumed = last + 1;
            if !per_share(toks, last) && !tax_rate(toks, last) && !tax_change(toks, &amount) {
                // "300 000 respektive 750 000 kronor": the first sum has the second's unit.
                let first = toks.partition_point(|t| t.end <= amount.span.start);
                if let Some(m) = multiplier {
                    if let Some(earlier) = coordinated::respective_before(text, toks, first, m) {
                        // "640, 510 respektive 430 miljoner kronor": a list before it.
                        let earlier_first = toks.partition_point(|t| t.end <= earlier.span.start);
                        out.extend(coordinated::listed_before(text, toks, earlier_first, m));
                        out.push(earlier);
                    } else if let Some(before) = coordinated::changed_from(text, toks, first, m) {
                        // "ökat från 18 till 41 miljoner kronor": the sum before the change.
                        out.push(before);
                    }
                }
                match out.last_mut() {
                    // "mellan 150 tkr och 1,6 mnkr": the second end closes the range.
                    Some(prev) if ranges::closes_range(text, prev, &amount) => {
                        prev.sek_max = Some(amount.sek);
                        prev.span.end = amount.span.end;
                        if let Some(whole) = text.get(prev.span.start..prev.span.end) {
                            prev.text = whole.to_string();
                        }
                    }
                    _ => out.push(amount),
                }
            }
        }
    }
}

/// What a price per share is quoted for ("SEK 2.50 per share", "4,50 kronor per
/// B-aktie").
const SHARE_WORDS: &[&str] = &[
    "aktie",
    "share",
    "stamaktie",
    "preferensaktie",
    "a-aktie",
    "b-aktie",
];

/// True when the sum ending at token `last` is a price or dividend per share: a listed
/// company's figure, not money granted, spent or received, and quoted in öre that a sum
/// of whole kronor would round away.
fn per_share(toks: &[Token<'_>], last: usize) -> bool {
    let (Some(per), Some(what)) = (toks.get(last + 1), toks.get(last + 2)) else {
        return false;
    };
    per.text.eq_ignore_ascii_case("per") && SHARE_WORDS.contains(&lowercase(what.core()).as_str())
}

/// The words after "per" that make a sum a tax rate: kronor per hundred kronor of
/// taxable income ("skattesatsen är 11,55 kronor per hundralapp", "… per intjänad
/// hundralapp"), which every municipal and regional budget states beside its money.
const TAX_BASES: &[&str] = &["hundralapp", "hundring"];

/// True when the sum ending at token `last` is a tax rate ([`TAX_BASES`]): a rate, not
/// money granted, spent or received.
fn tax_rate(toks: &[Token<'_>], last: usize) -> bool {
    let Some(per) = toks.get(last + 1) else {
        return false;
    };
    if toks[last].has_trailing_punct() || !per.text.eq_ignore_ascii_case("per") {
        return false;
    }
    // "per intjänad hundralapp", "per beskattningsbar hundralapp": one word may qualify it.
    toks.iter()
        .skip(last + 2)
        .take(2)
        .any(|t| TAX_BASES.contains(&lowercase(t.core()).as_str()))
}

/// Endings of the words that name a tax rate itself, in the definite form a rate takes
/// ("kommunalskatten", "landstingsskatten", "skattesatsen", "utdebiteringen"): not money
/// a tax brings in ("skatteintäkterna"), nor "före/efter skatt" after a net sum.
const TAX_NAME_ENDINGS: &[&str] = &["skatten", "skattesatsen", "utdebiteringen"];

/// Kronor below which a sum right after a tax's name is its rate or a change of it: rates
/// stand at some tens of kronor per hundred, changes at a few kronor or öre.
const TAX_RATE_MAX_SEK: i64 = 100;

/// How many words before a sum may name the tax: "landstingsskatten med en krona",
/// "kommunalskatten höjs med 50 öre", "skattesatsen lämnas oförändrad på 21,40 kronor"
/// (a verb and its complement between them). A sentence's end before the sum ends the
/// search ([`tax_name_before`]).
const TAX_NAME_REACH: usize = 5;

/// True when `amount` states or changes a tax rate without naming its base ([`tax_rate`]
/// needs "per hundralapp"): a sum under [`TAX_RATE_MAX_SEK`] with the tax's name among the
/// [`TAX_NAME_REACH`] words before it ("en höjning av landstingsskatten med en krona",
/// "skattesatsen sänks till 21,40 kronor").
fn tax_change(toks: &[Token<'_>], amount: &Amount) -> bool {
    if !(0..TAX_RATE_MAX_SEK).contains(&amount.sek) {
        return false;
    }
    let first = toks.partition_point(|t| t.end <= amount.span.start);
    tax_name_before(&toks[first.saturating_sub(TAX_NAME_REACH)..first])
}

/// True when a tax's name ([`TAX_NAME_ENDINGS`]) stands among `words`, the words right
/// before a sum, in the sum's own sentence: a word that ends a sentence ("… höja
/// kommunalskatten. Kortet kostar 20 kronor") and the words before it are another
/// sentence's.
fn tax_name_before(words: &[Token<'_>]) -> bool {
    words
        .iter()
        .rev()
        .take_while(|t| !t.text.ends_with(['.', '!', '?']))
        .any(|t| {
            let word = lowercase(t.core());
            TAX_NAME_ENDINGS.iter().any(|e| word.ends_with(e))
        })
}

/// "250 000:-": the kronor mark glued to the figure of token `i`. The token is read as
/// the figure and the mark, two tokens, so the figure's earlier groups join it.
fn marked_amount(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    figure: &str,
    prev_end: usize,
) -> Option<(Amount, usize)> {
    let tok = toks[i];
    let mark_start = tok.start + figure.len();
    let mark_end = mark_start + KRONOR_MARK.len();
    let parts = [
        Token {
            text: figure,
            start: tok.start,
            end: mark_start,
        },
        Token {
            text: KRONOR_MARK,
            start: mark_start,
            end: mark_end,
        },
    ];
    let split: Vec<Token<'_>> = toks[..i]
        .iter()
        .chain(&parts)
        .chain(&toks[i + 1..])
        .copied()
        .collect();
    let kronor = unit(KRONOR_MARK)?;
    let (found, last) = prose_amount(text, &split, i + 1, kronor, prev_end)?;
    Some((found, last - 1))
}

/// "500mnkr", "5Mkr", "+37mnkr", "−12mkr": number and unit in one token, perhaps after
/// a sign (a rise, reported as its size; a fall, which keeps its minus).
fn glued_amount(toks: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    let tok = toks[i];
    let core = tok.core();
    let (unsigned, fall) = crate::numbers::unsigned(core);
    let (number, u) = split_glued(unsigned)?;
    let size = parse_numeral(number)?.times(u.multiplier)?;
    let sek = if fall { -size } else { size };
    // A fall's text keeps its sign, a rise's drops it.
    let written = if fall { core } else { unsigned };
    let start = tok.start + (core.len() - written.len());
    let span = Span {
        start,
        end: start + written.len(),
    };
    Some((amount(written, sek, None, None, span), i))
}

/// "SEK 150 million", "MSEK 1 250": the currency word at token `i` before the number.
fn currency_first(text: &str, toks: &[Token<'_>], i: usize, u: Unit) -> Option<(Amount, usize)> {
    let (sek, last) = currency_first::sum_after(text, toks, i, u)?;
    let (chain_start, qualifier, is_total) = qualifier_chain(text, toks, i);
    let first = toks[chain_start];
    let start = first.start + opening_len(first.text);
    let end = toks[last].start + toks[last].core().len();
    let span = Span { start, end };
    let mut found = amount(
        &text[start..end],
        sek,
        None,
        qualifier.map(str::to_string),
        span,
    );
    found.is_total = is_total;
    Some((found, last))
}

/// An amount whose unit word is token `i`; returns it and the index of its last token.
fn prose_amount(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    u: Unit,
    prev_end: usize,
) -> Option<(Amount, usize)> {
    let mut last = i;
    let mut currency = u.currency;
    // An abbreviation's full stop ("40 milj. kr") does not end the sum.
    let abbreviated = !u.bare_money
        && toks[i].text.len() == toks[i].core().len() + 1
        && toks[i].text.ends_with('.');
    if !u.currency && (abbreviated || !toks[i].has_trailing_punct()) {
        if let Some(next) = toks
            .get(i + 1)
            .filter(|n| same_line(text, toks[i].end, n.start))
        {
            if is_foreign_currency(next.core()) {
                return None;
            }
            if unit(next.core()).is_some_and(|n| n.currency && n.multiplier == 1) {
                currency = true;
                last = i + 1;
            }
        }
    }
    if !currency && !u.bare_money {
        return None;
    }
    // "en extra miljard": the word "extra" may stand between a number and its unit.
    let number = number_before(text, toks, i).or_else(|| {
        let between = toks.get(i.checked_sub(1)?)?;
        if !between.text.eq_ignore_ascii_case("extra") {
            return None;
        }
        number_before(text, toks, i - 1)
    })?;
    if !currency && !means_money(text, toks, number.first, last) {
        return None;
    }
    let multiplier = u.multiplier;
    // The unit after a range scales both ends, unless the low end would then pass the
    // high one: "mellan 200 000 och 2 miljoner kronor" starts at 200 000 kronor.
    let low_multiplier = match number.high {
        Some(high) if number.low.value_cmp(&high).is_gt() => 1,
        _ => multiplier,
    };
    let low = number.low_times(low_multiplier)?;
    let high = number.high.and_then(|h| h.times(multiplier));
    let (chain_start, nearest, in_chain_total) = qualifier_chain(text, toks, number.first);
    let mut qualifier = nearest.map(str::to_string);
    let mut is_total = in_chain_total;
    if qualifier.is_none() && loose_total(text, toks, number.first, prev_end) {
        qualifier = Some("totalt".to_string());
    }
    if qualifier.as_deref() == Some("totalt") {
        is_total = true;
    }
    let first = toks[chain_start.min(number.first)];
    let start = first.start + opening_len(first.text);
    let end = toks[last].start + toks[last].core().len();
    let span = Span { start, end };
    let mut found = amount(&text[start..end], low, high, qualifier, span);
    found.is_total = is_total;
    Some((found, last))
}

fn amount(
    text: &str,
    sek: i64,
    sek_max: Option<i64>,
    qualifier: Option<String>,
    span: Span,
) -> Amount {
    Amount {
        text: text.to_string(),
        sek,
        sek_max,
        qualifier,
        region: None,
        table: None,
        is_total: false,
        span,
    }
}

/// The hedge words right before token `first`: (index of the first of them, the nearest
/// one's base form, whether "totalt" is among them). "ytterligare cirka 8,8" → cirka.
fn qualifier_chain(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
) -> (usize, Option<&'static str>, bool) {
    let mut at = first;
    let mut nearest = None;
    let mut total = false;
    let mut steps = 0;
    while at > 0 && steps < 3 {
        steps += 1;
        let prev = toks[at - 1];
        if !same_line(text, prev.end, toks[at].start)
            || (prev.has_trailing_punct() && !prev.text.eq_ignore_ascii_case("ca."))
        {
            break;
        }
        let pair = at
            .checked_sub(2)
            .filter(|&p| !toks[p].has_trailing_punct() && same_line(text, toks[p].end, prev.start))
            .and_then(|p| qualifier_pair(toks[p].text, prev.text).map(|q| (p, q)));
        let (from, base) = match pair {
            Some(found) => found,
            None => match qualifier(prev.core()) {
                Some(q) => (at - 1, q),
                None => break,
            },
        };
        nearest.get_or_insert(base);
        total |= base == "totalt";
        at = from;
    }
    (at, nearest, total)
}

/// "Totalt handlar det om 980 miljoner": "totalt" a few words back in the same clause,
/// with no other sum in between.
fn loose_total(text: &str, toks: &[Token<'_>], first: usize, prev_end: usize) -> bool {
    let mut at = first;
    for _ in 0..LOOSE_TOTAL_WINDOW {
        let Some(prev) = at.checked_sub(1).map(|p| toks[p]) else {
            return false;
        };
        if prev.start < prev_end
            || !same_line(text, prev.end, toks[at].start)
            || prev.text.ends_with(['.', '!', '?', ':', ';'])
        {
            return false;
        }
        let word = prev.core();
        if ["totalt", "sammanlagt", "sammantaget"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        {
            return true;
        }
        at -= 1;
    }
    false
}

/// Whether "miljoner"/"miljarder" without "kronor" (its number starting at token
/// `first`, the unit ending at token `last`) means money.
fn means_money(text: &str, toks: &[Token<'_>], first: usize, last: usize) -> bool {
    let tok = toks[last];
    let next = toks
        .get(last + 1)
        .filter(|n| same_line(text, tok.end, n.start) && !tok.has_trailing_punct());
    match next {
        Some(n) => {
            let word = lowercase(n.core());
            if MONEY_FOLLOWERS.contains(&word.as_str()) {
                return true;
            }
            // A grant received or a price before the sum makes it money as a money
            // context does: "får 154 miljoner genom årets överenskommelser".
            ((MONEY_IF_ABOUT_MONEY.contains(&word.as_str()) || dates_the_sum(n.core()))
                && (priced(toks, first) || sentence_is_about_money(text, tok.start)))
                || coordinated::repeats_unit_before(text, toks, first, last)
        }
        None => {
            priced(toks, first)
                || sentence_is_about_money(text, tok.start)
                || previous_sentence_is_about_money(text, tok.start)
        }
    }
}

/// Words after "miljoner"/"miljarder" that count nothing ("6 miljarder i riktade
/// bidrag", "2 miljarder direkt till kommunerna", "154 miljoner genom årets
/// överenskommelser", "47 miljoner bättre än budget": a comparison of sums), so the sum is
/// money when the sentence is about money or a verb of receiving or a price stands before
/// it ([`priced`]).
const MONEY_IF_ABOUT_MONEY: &[&str] = &[
    "och", "i", "direkt", "redan", "nu", "också", "genom", "bättre", "sämre", "mer", "mindre",
    "högre", "lägre",
];

/// A year right after "miljoner"/"miljarder" says which year the sum is for, as in a sum
/// split over years ("kostar 1,4 miljarder 2017 och 2,3 miljarder 2018"); like the words
/// of [`MONEY_IF_ABOUT_MONEY`] it counts nothing, so the sentence decides. Read only for
/// the word after a bare unit.
fn dates_the_sum(word: &str) -> bool {
    crate::text::is_year(word)
}

/// "på 3 miljarder", "för 2,5 miljarder" closing a clause ("ett sjukhusbygge på 3
/// miljarder"): a price or a size of money; "får 30 miljoner", "tilldelas 2 miljarder":
/// a grant received; "Kortare köer gav 14,9 miljoner": a grant given.
fn priced(toks: &[Token<'_>], first: usize) -> bool {
    first.checked_sub(1).is_some_and(|p| {
        let word = toks[p].text;
        PRICE_WORDS.contains(&word)
            || crate::ties::is_receiving_verb(word)
            || crate::ties::is_giving_verb(word)
    }) || given_to_named(toks, first)
}

/// Most words of a receiver's name between a verb and a sum ("Region Kalmar län").
const RECEIVER_WORDS: usize = 3;

/// "… ger Blekinge 6,8 miljoner", "I år får Region Kalmar län 12 miljoner": a verb of
/// giving or receiving, then the receiver's capitalized name, right before the sum at
/// token `first`.
fn given_to_named(toks: &[Token<'_>], first: usize) -> bool {
    let named = |t: &Token<'_>| t.text.starts_with(char::is_uppercase) || t.text == "län";
    let name_words = toks[..first]
        .iter()
        .rev()
        .take(RECEIVER_WORDS)
        .take_while(|t| named(t) && !t.has_trailing_punct())
        .count();
    name_words > 0
        && first.checked_sub(name_words + 1).is_some_and(|verb| {
            let verb = toks[verb].text;
            crate::ties::is_giving_verb(verb) || crate::ties::is_receiving_verb(verb)
        })
}

/// Words before a sum of "miljoner" or "miljarder" that closes its clause and make it
/// money: a price ("för", "på"), or a verb of receiving a grant
/// ([`crate::ties::is_receiving_verb`]).
const PRICE_WORDS: [&str; 2] = ["för", "på"];

fn sentence_is_about_money(text: &str, pos: usize) -> bool {
    let sentence = &text[sentence_start(text, pos)..sentence_end(text, pos)];
    let lower = lowercase(sentence);
    MONEY_CONTEXT.iter().any(|w| lower.contains(w))
}

/// "Regeringen fördelar 200 miljoner kronor. Region Skåne får 25 miljoner.": a sum
/// closing a clause continues the money of the sentence before it in the same paragraph.
fn previous_sentence_is_about_money(text: &str, pos: usize) -> bool {
    let start = sentence_start(text, pos);
    let before = text[..start].trim_end();
    // A line break between the two ends the paragraph's thread.
    if before.is_empty() || text[before.len()..start].contains('\n') {
        return false;
    }
    sentence_is_about_money(text, before.len() - 1)
}

mod coordinated;
mod currency_first;
mod lines;
mod number;
mod ranges;
#[cfg(test)]
mod tests;
