//! Merging the mentions of one agreement into one entry: names compare by a lower-case
//! key without "överenskommelse om", and by the content words they share.

use std::cell::LazyCell;

use super::acronyms;
use super::agreed::{names_any, SECTOR, STATE};
use super::keys::Key;
use super::{Mention, Name, Source};
use crate::entities::{Agreement, Span};
use crate::text::sentence_start;

/// An agreement being merged: the name kept, the source it came from, and the key of
/// that name.
struct Entry<'a> {
    name: Name<'a>,
    source: Source,
    key: usize,
    /// Keys of the other names the text gives it in brackets (its nickname).
    nicknames: Vec<usize>,
    spans: Vec<Span>,
    /// True while the name kept comes from an indefinite plural ([`sums_up`]).
    summary: bool,
    /// True when the name kept carries the years the agreement runs for ([`is_dated`]).
    dated: bool,
}

/// Mentions (in text order) merged into agreements, in order of first mention. The
/// name kept is the one from the most telling source. A mention marked in `nicknames`
/// (a name in brackets after the one before it) joins that mention's agreement, keeps
/// its name, and draws later mentions of the nickname to it too. A name the headline
/// alone gives yields to a longer one in the body. A name from an indefinite plural
/// ([`sums_up`]) yields to any other mention's and is never taken over another's.
pub(super) fn merge(text: &str, mentions: &[Mention], nicknames: &[bool]) -> Vec<Agreement> {
    // A release repeats its agreements' names, so each distinct name gets its key once;
    // `names[i]` has the key `keys[i]`.
    let mut names: Vec<Name> = Vec::with_capacity(mentions.len());
    let mut keys: Vec<Key> = Vec::with_capacity(mentions.len());
    let mut merged: Vec<Entry> = Vec::with_capacity(mentions.len());
    // The entry the mention before went to.
    let mut last: Option<usize> = None;
    // A headline names an agreement in short words of its own ("Staten och landstingen
    // överens om tillgängligheten"); the body's longer name of the same agreement, from
    // the same kind of source, is the one kept. Where the body starts is read only when
    // a merge asks (most releases never do).
    let body = LazyCell::new(|| super::body_start(text));
    for (i, mention) in mentions.iter().enumerate() {
        let k = match names.iter().position(|n| n.same(&mention.name)) {
            Some(k) => k,
            None => {
                names.push(mention.name);
                keys.push(Key::new(mention.name));
                keys.len() - 1
            }
        };
        if nicknames.get(i).copied().unwrap_or(false) {
            // A nickname an earlier entry already goes by ("Dagmaröverenskommelsen …" in
            // the headline) makes the name before it that agreement's too.
            if let Some(e) = last.filter(|&e| merged.get(e).is_some_and(|x| x.spans.len() == 1)) {
                let earlier = merged[..e]
                    .iter()
                    .position(|x| x.key == k || same_agreement(&keys[x.key], &keys[k]));
                if let Some(earlier) = earlier {
                    let named_before = merged.remove(e);
                    let entry = &mut merged[earlier];
                    entry.nicknames.push(named_before.key);
                    entry.spans.extend(named_before.spans);
                    entry.spans.push(mention.span);
                    last = Some(earlier);
                    continue;
                }
            }
            if let Some(entry) = last.and_then(|e| merged.get_mut(e)) {
                entry.nicknames.push(k);
                entry.spans.push(mention.span);
                continue;
            }
        }
        let found = merged
            .iter()
            .position(|e| {
                let same = e.key == k
                    || same_agreement(&keys[e.key], &keys[k])
                    || e.nicknames
                        .iter()
                        .any(|&n| n == k || same_agreement(&keys[n], &keys[k]));
                same && (e.key == k || !local_then_national(text, e, mention.span, || *body))
                    && is_amendment(&e.name) == is_amendment(&mention.name)
            })
            // An acronym refers back to the latest agreement whose field it spells: a
            // headline's words often spell it too.
            .or_else(|| {
                merged.iter().rposition(|e| {
                    acronyms::refers_back(&mention.name, &e.name)
                        || acronyms::same_field(&mention.name, &e.name)
                })
            });
        last = Some(found.unwrap_or(merged.len()));
        let summary = sums_up(text, mention);
        match found.and_then(|e| merged.get_mut(e)) {
            Some(entry) if entry.summary != summary => {
                if entry.summary {
                    entry.name = mention.name;
                    entry.source = mention.source;
                    entry.key = k;
                    entry.summary = false;
                    entry.dated = is_dated(text, mention.span);
                }
                entry.spans.push(mention.span);
            }
            Some(entry) => {
                // A later mention drawn in only by a nickname the entry goes by (its
                // name met again: "Säkerhetsmiljarden fördelas …") is that nickname,
                // which the entry's name outranks whatever found it.
                let by_nickname = entry.key != k
                    && !same_agreement(&keys[entry.key], &keys[k])
                    && entry.nicknames.contains(&k);
                let headline_shortened = entry.source == mention.source
                    && keys[k].word_count() > keys[entry.key].word_count()
                    && entry.spans.iter().all(|s| s.end <= *body)
                    && mention.span.start >= *body;
                // A name carrying the years the agreement runs for is the title it
                // was signed under; prose around it describes it in words of its own.
                let dated = is_dated(text, mention.span);
                let entry_dated = entry.dated;
                if by_nickname {
                    // The nickname's later mention keeps the entry's name.
                } else if mention.source > entry.source
                    || (dated && !entry_dated && mention.source == entry.source)
                    || (!entry_dated
                        && (headline_shortened
                            || (entry.source == Source::Heading
                                && mention.source == Source::Phrase
                                && !is_plural(text, mention.span.start)
                                && spells_out(&keys[entry.key], &keys[k]))))
                {
                    entry.name = mention.name;
                    entry.source = mention.source;
                    entry.key = k;
                    entry.dated = dated;
                }
                entry.spans.push(mention.span);
            }
            None => merged.push(Entry {
                name: mention.name,
                source: mention.source,
                key: k,
                nicknames: Vec::new(),
                spans: vec![mention.span],
                summary,
                dated: is_dated(text, mention.span),
            }),
        }
    }
    merged
        .into_iter()
        .map(|e| Agreement {
            name: e.name.to_owned_string(),
            spans: e.spans,
        })
        .collect()
}

/// True when the name read at `span` ends with the year or the years the agreement runs
/// for ("… i kommuner och landsting 2016–2018", "… för 2020"), in the name or right
/// after it (a name is read without its years).
fn is_dated(text: &str, span: Span) -> bool {
    // Most names end in a letter and are followed by one: a byte tells.
    let ends_in_figure = span
        .end
        .checked_sub(1)
        .and_then(|last| text.as_bytes().get(last))
        .is_some_and(u8::is_ascii_digit);
    let name_dated = ends_in_figure
        && text
            .get(span.start..span.end)
            .and_then(|name| name.rsplit(' ').next())
            .is_some_and(crate::text::is_year_span);
    name_dated || years_after(text, span.end)
}

/// True when a year or a span of years follows `end` after a space, or after " för".
fn years_after(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let after = after.strip_prefix(" för").unwrap_or(after);
    let Some(next) = after
        .strip_prefix(' ')
        .filter(|n| n.starts_with(['1', '2']))
    else {
        return false;
    };
    let word = &next[..next.find([' ', '\n', '.', ',']).unwrap_or(next.len())];
    crate::text::is_year_span(word)
}

/// True when `mention` is read from an indefinite plural ("Tre nya överenskommelser med
/// SKL om vården 2017" over a table of three): it sums up what several agreements are
/// about and names none of them, so where it merges with a mention that names one (a
/// table's row, a list's item, a phrase in the singular), that mention's name is the
/// agreement's, whatever its source, and the plural never replaces a name.
fn sums_up(text: &str, mention: &Mention) -> bool {
    !mention.name.prefix.is_empty() && is_indefinite_plural(text, mention.span.start)
}

/// True for an amending agreement, or a supplement named by the agreement it adds to:
/// its name holds the name of the other agreement, which is another agreement however
/// much of the name the two share.
fn is_amendment(name: &Name) -> bool {
    name.prefix == super::AMENDMENT_PREFIX
        || name.prefix == super::supplements::SUPPLEMENT_TO_PREFIX
}

/// True when `entry` is an agreement the sector made without the state and `mention`
/// names the state's agreement with the sector on its topic: the entry was first named
/// in the body, in a sentence naming regions or municipalities and not the state ("Region
/// X och kommunerna har tecknat en överenskommelse om samverkan för en god och nära
/// vård"), and the mention names the state and the sector as its parties
/// ("överenskommelsen mellan staten och SKR om god och nära vård"). A local agreement on
/// the topic of a national one is another agreement, however much of its name it shares.
fn local_then_national(
    text: &str,
    entry: &Entry,
    mention: Span,
    body: impl FnOnce() -> usize,
) -> bool {
    let Some(first) = entry.spans.first() else {
        return false;
    };
    let phrase = text.get(mention.start..mention.end).unwrap_or_default();
    let parties = phrase.split(" om ").next().unwrap_or_default();
    let national = (parties.contains(" mellan ") || parties.contains(" med "))
        && names_any(parties, STATE)
        && names_any(parties, SECTOR);
    if !national || first.start < body() {
        return false;
    }
    let head = text
        .get(sentence_start(text, first.start)..first.end)
        .unwrap_or_default();
    names_any(head, SECTOR) && !names_any(head, STATE)
}

/// The share of the shorter name's content words that two names of one agreement have
/// in common, as numerator and denominator: three in four. A release shortens a name
/// by a word or two when it repeats it ("ökad tillgänglighet i vården" for "ökad
/// tillgänglighet i hälso- och sjukvården"), while two agreements of one release name
/// different fields and share at most half their content words.
const SAME_AGREEMENT_SHARE: (usize, usize) = (3, 4);

/// Two names of one agreement: equal, one inside the other, or most content words
/// shared ([`SAME_AGREEMENT_SHARE`]). `a` is the name known first.
fn same_agreement(a: &Key, b: &Key) -> bool {
    if a.text == b.text {
        return true;
    }
    let shared = a.shared_words(b);
    let smaller = a.word_count().min(b.word_count());
    let (part, whole) = SAME_AGREEMENT_SHARE;
    if smaller > 0 && shared * whole >= smaller * part {
        return true;
    }
    let (short, long) = if a.text.len() <= b.text.len() {
        (a, b)
    } else {
        (b, a)
    };
    short.chars >= SHORTEST_CONTAINED && contains(long.text.as_bytes(), short.text.as_bytes())
}

/// True when the agreement word at `start` is plural ("två överenskommelser med SKR om
/// …"): such a phrase tells what several agreements are about, and spells out the name
/// of none of them.
pub(super) fn is_plural(text: &str, start: usize) -> bool {
    let word = agreement_word(text, start);
    word.ends_with("elser") || word.ends_with("elserna")
}

/// True when the agreement word at `start` is plural and indefinite ("två nya
/// överenskommelser om vårdens beredskap", "tecknat överenskommelser om mottagande med 20
/// kommuner"): it sums up what several agreements are about, which the definite
/// "överenskommelserna om X, om Y och om Z" names one by one.
pub(super) fn is_indefinite_plural(text: &str, start: usize) -> bool {
    agreement_word(text, start).ends_with("elser")
}

/// The word that starts at `start`, up to the next space.
fn agreement_word(text: &str, start: usize) -> &str {
    let rest = text.get(start..).unwrap_or_default();
    memchr::memchr(b' ', rest.as_bytes()).map_or(rest, |end| &rest[..end])
}

/// True when `full` spells out the name `short` shortened: it has every content word of
/// `short` and more, some of them before `short`'s words. A headline shortens a name
/// the body gives in full ("Tilläggsöverenskommelse om förlossningsvården klar" for
/// "en tilläggsöverenskommelse om förstärkta insatser inom förlossningsvården och
/// kvinnors hälsa"); a phrase that only runs on past a heading's name ("överenskommelsen
/// om X i år") starts as the heading does and spells out nothing.
fn spells_out(short: &Key, full: &Key) -> bool {
    let words = short.word_count();
    words > 0
        && full.word_count() > words
        && short.shared_words(full) == words
        && !full.text.starts_with(short.text.as_str())
}

/// Characters a name needs to be merged into a longer one that contains it: shorter
/// keys ("vård", "stöd") stand inside the names of unrelated agreements.
const SHORTEST_CONTAINED: usize = 6;

/// True when `needle` occurs in `haystack`. Keys are short and rarely share a byte
/// sequence, so a scan for the first byte beats building a substring searcher per pair.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr_iter(first, haystack).any(|i| {
        haystack
            .get(i..)
            .is_some_and(|rest| rest.starts_with(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_finds_inner_keys() {
        assert!(contains(b"kortare vantetider", b"vantetider"));
        assert!(!contains(b"kort", b"kortare"));
        assert!(contains(b"abc", b""));
    }

    fn key(topic: &str) -> Key {
        Key::new(Name::agreement(topic))
    }

    #[test]
    fn a_full_name_spells_out_a_shortened_one() {
        assert!(spells_out(
            &key("barnpsykiatrin"),
            &key("kortare väntetider inom barnpsykiatrin och elevhälsan")
        ));
        // Running on past the name spells nothing out, nor does another topic.
        assert!(!spells_out(
            &key("barnpsykiatrin"),
            &key("barnpsykiatrin under 2024")
        ));
        assert!(!spells_out(
            &key("barnpsykiatrin"),
            &key("ambulanssjukvården")
        ));
    }
}
