//! Named funds: "patientmiljarden", "kömiljarden", "samordnings- och
//! tillgänglighetsmiljard".

use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::numbers::parse_compound_word;
use crate::text::{capitalize, is_whole_word, lowercase};

/// The word every fund's name ends in.
pub(super) const FUND_WORD: &str = "miljard";

/// The funds a text names: each name once, and where each mention is.
pub(super) struct Funds<'t> {
    /// Each written form once, with the name it gives. A release repeats its funds, so
    /// the name is built once per form.
    names: Vec<(&'t str, String)>,
    /// Index into `names` and span of each mention, in text order.
    mentions: Vec<(usize, Span)>,
}

impl Funds<'_> {
    /// The mentions, named.
    pub(super) fn mentions<'a>(&'a self, out: &mut Vec<Mention<'a>>) {
        out.extend(self.mentions.iter().map(|&(name, span)| Mention {
            name: Name::written(self.names.get(name).map_or("", |(_, n)| n.as_str())),
            span,
            source: Source::Fund,
        }));
    }
}

/// Every named fund in `text`, where [`FUND_WORD`] stands at `fund_words`.
pub(super) fn find<'t>(text: &'t str, fund_words: &[usize]) -> Funds<'t> {
    let mut funds = Funds {
        names: Vec::new(),
        mentions: Vec::new(),
    };
    // Prefixes already read as number words or not ("patient" comes back often).
    let mut numbers: Vec<(&str, bool)> = Vec::new();
    for (m_start, m_end) in fund_word_ends(text, fund_words) {
        let word_start = text[..m_start]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let prefix = &text[word_start..m_start];
        if prefix.chars().count() < 2 || !is_whole_word(text, word_start, m_end) {
            continue;
        }
        if ["halv", "fler", "mång", "tio", "hundra"]
            .iter()
            .any(|p| prefix.eq_ignore_ascii_case(p))
            || is_number(prefix, &mut numbers)
        {
            continue;
        }
        let start = start_with_first_half(text, word_start);
        let written = &text[start..m_end];
        let name = match funds.names.iter().position(|(w, _)| *w == written) {
            Some(known) => known,
            None => {
                funds.names.push((written, fund_name(written)));
                funds.names.len() - 1
            }
        };
        funds.mentions.push((name, Span { start, end: m_end }));
    }
    funds
}

/// True when `prefix` is a number word ("tvåmiljarden"), remembered in `known`.
fn is_number<'t>(prefix: &'t str, known: &mut Vec<(&'t str, bool)>) -> bool {
    if let Some(&(_, number)) = known.iter().find(|(p, _)| *p == prefix) {
        return number;
    }
    let number = parse_compound_word(prefix).is_some();
    known.push((prefix, number));
    number
}

/// Where the fund's name starts: at `word_start`, or at the first half of "samordnings-
/// och tillgänglighetsmiljarden".
fn start_with_first_half(text: &str, word_start: usize) -> usize {
    if let Some(head) = text[..word_start].strip_suffix(" och ") {
        let first = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
        if head[first..].ends_with('-') && head[first..].len() > 2 {
            return first;
        }
    }
    word_start
}

/// "Kömiljarden" for "kömiljard" or "Kömiljarden".
fn fund_name(written: &str) -> String {
    let mut base = String::with_capacity(written.len() + 2);
    base.push_str(written);
    if !written.ends_with("en") {
        base.push_str("en");
    }
    capitalize_in_place(lowercase(&base))
}

/// [`capitalize`], in place when the first letter is ASCII (as it is in most names).
fn capitalize_in_place(mut name: String) -> String {
    if !name.as_bytes().first().is_some_and(u8::is_ascii) {
        return capitalize(&name);
    }
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

/// Every "miljard" at `starts` with a following "en" ("miljarden"), as byte ranges. The
/// word cannot overlap itself, so a substring search finds each one.
fn fund_word_ends<'a>(
    text: &'a str,
    starts: &'a [usize],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    starts.iter().map(|&start| {
        let end = start + FUND_WORD.len();
        let end = if text[end..].starts_with("en") {
            end + 2
        } else {
            end
        };
        (start, end)
    })
}
