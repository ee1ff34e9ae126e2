//! Agreements (överenskommelser) a release announces or refers to, named as the text
//! names them: "Överenskommelse om …" headings, "en överenskommelse om …" in running
//! text, numbered lists under "De fyra överenskommelserna är:", and named funds
//! ("Patientmiljarden", "samordnings- och tillgänglighetsmiljarden"). Mentions of one
//! agreement merge into one entry.

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;
use rustc_hash::FxHashSet;

use crate::entities::{Agreement, Span};
use crate::numbers::parse_compound_word;
use crate::text::{capitalize, char_before, compile, is_whole_word, lines_with_offsets, lowercase};

/// "överenskommelse(n) [för 2022] [med SKR] om ", anchored: it is tried only where
/// [`phrase_matches`] finds the word, since a search for the pattern itself would check
/// every " om " in the text.
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^[ÖöOo]verenskommelse(?:n|r|rna)?(?: för (?:år )?\d{4})?(?: med \p{L}+)? om ")
});
/// Searchers for the words that anchor [`PHRASE`] and named funds, built once.
static AGREEMENT_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("verenskommelse"));
static FUND_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("miljard"));
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*(?:\d{1,2}[.)]|[-•*–])\s+(\S.{0,150})$"));

/// Finite verbs and year phrases that end an agreement's name: "Överenskommelser om
/// förlossningsvård … fortsätter under 2022", "överenskommelsen om … avsätter".
const NAME_ENDERS: &[&str] = &[
    "är",
    "var",
    "blir",
    "har",
    "hade",
    "ska",
    "skall",
    "kan",
    "kommer",
    "får",
    "gäller",
    "innebär",
    "omfattar",
    "syftar",
    "avsätter",
    "avsätts",
    "ger",
    "ges",
    "fortsätter",
    "förlängs",
    "träffas",
    "träffades",
    "tecknades",
    "tecknas",
    "slöts",
    "sluts",
    "innehåller",
    "uppgår",
    "betalas",
    "fördelas",
    "handlar",
    "ersätter",
    "riktar",
    "tillför",
    "tillförs",
    "löper",
    "gör",
    "görs",
    "finns",
    "bidrar",
    "väntas",
    "beräknas",
    "träder",
    "trädde",
    "presenteras",
    "presenterades",
    "publiceras",
    "beslutades",
    "beslutas",
    "undertecknades",
];

/// Words that end a name only in running text, where headings' long names do not occur.
const PROSE_ENDERS: &[&str] = &[
    "som", "där", "mellan", "med", "vilket", "vilken", "men", "och att",
];

/// [`NAME_ENDERS`] and [`PROSE_ENDERS`] as sets, for one hash look-up per word.
static NAME_ENDER_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| NAME_ENDERS.iter().copied().collect());
static PROSE_ENDER_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PROSE_ENDERS.iter().copied().collect());

/// A phrase "överenskommelsen om satsningen" refers back; it names no agreement.
const ANAPHORA: &[&str] = &[
    "satsningen",
    "detta",
    "det",
    "dessa",
    "denna",
    "den",
    "medlen",
    "pengarna",
    "arbetet",
    "fördelningen",
];

/// Words that carry no meaning when comparing two names.
const STOPWORDS: &[&str] = &[
    "och", "i", "om", "för", "inom", "en", "ett", "med", "till", "samt", "av", "på", "den", "det",
    "insatser",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Phrase,
    Fund,
    List,
    Heading,
}

/// Every agreement once, in order of first mention.
pub(crate) fn find(text: &str) -> Vec<Agreement> {
    let mut mentions: Vec<(String, Span, Source)> = Vec::new();
    headings_and_lists(text, &mut mentions);
    phrases(text, &mut mentions);
    funds(text, &mut mentions);
    mentions.sort_by_key(|(_, span, _)| span.start);
    merge::merge(mentions)
}

fn headings_and_lists(text: &str, out: &mut Vec<(String, Span, Source)>) {
    let mut in_list = false;
    for (start, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if in_list {
            if let Some((item_start, item)) = list_item(line) {
                let name = item.trim_end().trim_end_matches(['.', ';', ',']);
                let span = Span {
                    start: start + item_start,
                    end: start + item_start + name.len(),
                };
                out.push((name.to_string(), span, Source::List));
                continue;
            }
            in_list = false;
        }
        if trimmed.ends_with(':')
            && trimmed.len() < 200
            && (trimmed.contains('ö') || trimmed.contains('Ö'))
            && lowercase(trimmed).contains("överenskommelse")
        {
            in_list = true;
        }
        if let Some((name, len)) = heading(trimmed) {
            let lead = line.len() - line.trim_start().len();
            out.push((
                name,
                Span {
                    start: start + lead,
                    end: start + lead + len,
                },
                Source::Heading,
            ));
        }
    }
}

/// The text of a numbered or bulleted list line ("1. Ökad tillgänglighet") and the
/// byte where it starts: what [`LIST_ITEM`] captures, read by hand for the ASCII
/// markers every release uses (the capturing search is slow: its `.{0,150}` is large).
fn list_item(line: &str) -> Option<(usize, &str)> {
    let body = line.trim_start();
    let first = body.chars().next()?;
    let marker_len = if first.is_ascii_digit() {
        let bytes = body.as_bytes();
        let digits = if bytes.get(1).is_some_and(u8::is_ascii_digit) {
            2
        } else {
            1
        };
        match bytes.get(digits) {
            Some(b'.' | b')') => digits + 1,
            // Another script's digit: only the pattern knows what `\d` takes.
            Some(b) if !b.is_ascii() => return list_item_by_pattern(line),
            _ => return None,
        }
    } else if matches!(first, '-' | '•' | '*' | '–') {
        first.len_utf8()
    } else if first.is_numeric() {
        return list_item_by_pattern(line);
    } else {
        return None;
    };
    let after_marker = body.get(marker_len..)?;
    let item = after_marker.trim_start();
    if item.len() == after_marker.len() || item.is_empty() {
        return None;
    }
    // One character and at most LIST_ITEM_MORE_CHARS more.
    if item.chars().nth(LIST_ITEM_MORE_CHARS + 1).is_some() {
        return None;
    }
    Some((line.len() - item.len(), item))
}

/// The most characters [`LIST_ITEM`] takes after an item's first one.
const LIST_ITEM_MORE_CHARS: usize = 150;

/// [`list_item`] by the pattern itself.
fn list_item_by_pattern(line: &str) -> Option<(usize, &str)> {
    LIST_ITEM
        .captures(line)
        .and_then(|c| c.get(1))
        .map(|m| (m.start(), m.as_str()))
}

/// "Överenskommelse om X:" or a short line "Överenskommelser om X fortsätter under 2022".
fn heading(line: &str) -> Option<(String, usize)> {
    // The shared start of the three prefixes below rejects most lines at once.
    if !line.starts_with("Överenskommelse") {
        return None;
    }
    let rest = [
        "Överenskommelsen om ",
        "Överenskommelser om ",
        "Överenskommelse om ",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p))?;
    let body = rest.trim_end();
    let is_heading =
        body.ends_with(':') || (!body.contains(". ") && !body.ends_with('.') && line.len() <= 250);
    if !is_heading {
        return None;
    }
    let body = body.split(':').next().unwrap_or(body);
    let topic = cut_name(body, &NAME_ENDER_SET);
    if topic.is_empty() {
        return None;
    }
    let len = line.len() - rest.len() + topic.len();
    Some((format!("Överenskommelse om {topic}"), len))
}

/// The matches of [`PHRASE`] in `text`, as an unanchored search would give them: left to
/// right and not overlapping. Every match starts with "Ö", "ö", "O" or "o" right before
/// "verenskommelse".
fn phrase_matches(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut next_free = 0;
    AGREEMENT_WORD
        .find_iter(text.as_bytes())
        .filter_map(move |word| {
            let lead = char_before(text, word)?;
            if !matches!(lead, 'Ö' | 'ö' | 'O' | 'o') {
                return None;
            }
            let start = word - lead.len_utf8();
            if start < next_free {
                return None;
            }
            // The pattern holds no line break, so the rest of the line is enough haystack.
            let line_end =
                memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
            let m = PHRASE.find(text.get(start..line_end)?)?;
            next_free = start + m.end();
            Some((start, start + m.end()))
        })
}

fn phrases(text: &str, out: &mut Vec<(String, Span, Source)>) {
    for (m_start, m_end) in phrase_matches(text) {
        if !is_whole_word(text, m_start, m_end - 1) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..m_start]).map_or(0, |i| i + 1);
        if text[line_start..m_start].trim().is_empty()
            && heading(text[m_start..].lines().next().unwrap_or("")).is_some()
        {
            continue;
        }
        let rest = &text[m_end..];
        // The marks are ASCII, so a byte scan finds the first as a char search would.
        let clause_end = rest
            .bytes()
            .position(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b';' | b'(' | b'\n'))
            .unwrap_or(rest.len());
        let topic = cut_name(&rest[..clause_end], &NAME_ENDER_SET);
        let topic = cut_name(topic, &PROSE_ENDER_SET).trim_end_matches(',');
        let mut words = topic.split_whitespace();
        match (words.next(), words.next()) {
            (None, _) => continue,
            (Some(only), None) if ANAPHORA.contains(&only) || only.ends_with("ningen") => continue,
            _ => {}
        }
        let span = Span {
            start: m_start,
            end: m_end + topic.len(),
        };
        out.push((format!("Överenskommelse om {topic}"), span, Source::Phrase));
    }
}

/// The name up to the first digit or `enders` word.
fn cut_name<'a>(name: &'a str, enders: &FxHashSet<&str>) -> &'a str {
    let mut end = name.len();
    let mut offset = 0;
    for word in name.split(' ') {
        let core = word.trim_end_matches([',', '.']);
        if enders.contains(core)
            || word.starts_with(|c: char| c.is_ascii_digit())
            || (core == "under" || core == "för")
                && name[offset + word.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        {
            end = offset;
            break;
        }
        offset += word.len() + 1;
    }
    name[..end.min(name.len())].trim_end().trim_end_matches(',')
}

/// Every "miljard" with a following "en" ("miljarden"), as byte ranges. The word cannot
/// overlap itself, so a substring search finds each one.
fn fund_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    FUND_WORD.find_iter(text.as_bytes()).map(|start| {
        let end = start + "miljard".len();
        let end = if text[end..].starts_with("en") {
            end + 2
        } else {
            end
        };
        (start, end)
    })
}

/// "patientmiljarden", "kömiljarden", "samordnings- och tillgänglighetsmiljard".
fn funds(text: &str, out: &mut Vec<(String, Span, Source)>) {
    for (m_start, m_end) in fund_words(text) {
        let word_start = text[..m_start]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let prefix = &text[word_start..m_start];
        if prefix.chars().count() < 2
            || !is_whole_word(text, word_start, m_end)
            || parse_compound_word(prefix).is_some()
        {
            continue;
        }
        if ["halv", "fler", "mång", "tio", "hundra"]
            .iter()
            .any(|p| prefix.eq_ignore_ascii_case(p))
        {
            continue;
        }
        let mut start = word_start;
        // "samordnings- och tillgänglighetsmiljarden"
        if let Some(head) = text[..word_start].strip_suffix(" och ") {
            let first = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
            if head[first..].ends_with('-') && head[first..].len() > 2 {
                start = first;
            }
        }
        let written = &text[start..m_end];
        let base = if written.ends_with("en") {
            written.to_string()
        } else {
            format!("{written}en")
        };
        out.push((
            capitalize(&lowercase(&base)),
            Span { start, end: m_end },
            Source::Fund,
        ));
    }
}

mod merge;
#[cfg(test)]
mod tests;
