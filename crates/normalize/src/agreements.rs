//! Agreements (överenskommelser) a release announces or refers to, named as the text
//! names them: "Överenskommelse om …" headings, "en överenskommelse om …" in running
//! text, numbered lists under "De fyra överenskommelserna är:", and named funds
//! ("Patientmiljarden", "samordnings- och tillgänglighetsmiljarden"). Mentions of one
//! agreement merge into one entry.

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::entities::{Agreement, Span};
use crate::numbers::parse_compound_word;
use crate::text::{capitalize, char_before, compile, is_whole_word, lines_with_offsets};

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

/// [`NAME_ENDERS`] and [`PROSE_ENDERS`] sorted, for a binary search per word.
static SORTED_NAME_ENDERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(NAME_ENDERS));
static SORTED_PROSE_ENDERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted(PROSE_ENDERS));

fn sorted(words: &[&'static str]) -> Vec<&'static str> {
    let mut out = words.to_vec();
    out.sort_unstable();
    out
}

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
    merge(mentions)
}

fn headings_and_lists(text: &str, out: &mut Vec<(String, Span, Source)>) {
    let mut in_list = false;
    for (start, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if in_list {
            if let Some(item) = list_item(line) {
                let name = item.as_str().trim_end().trim_end_matches(['.', ';', ',']);
                let span = Span {
                    start: start + item.start(),
                    end: start + item.start() + name.len(),
                };
                out.push((name.to_string(), span, Source::List));
                continue;
            }
            in_list = false;
        }
        if trimmed.ends_with(':')
            && trimmed.len() < 200
            && (trimmed.contains('ö') || trimmed.contains('Ö'))
            && trimmed.to_lowercase().contains("överenskommelse")
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

/// The text of a numbered or bulleted list line ("1. Ökad tillgänglighet").
fn list_item(line: &str) -> Option<regex::Match<'_>> {
    // Every item starts with a digit or a bullet; the capturing search is slow on the
    // long paragraph that usually follows a heading instead.
    let first = line.trim_start().chars().next()?;
    if !first.is_numeric() && !matches!(first, '-' | '•' | '*' | '–') {
        return None;
    }
    LIST_ITEM.captures(line).and_then(|c| c.get(1))
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
    let topic = cut_name(body, &SORTED_NAME_ENDERS);
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
        let line_start = text[..m_start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..m_start].trim().is_empty()
            && heading(text[m_start..].lines().next().unwrap_or("")).is_some()
        {
            continue;
        }
        let rest = &text[m_end..];
        let clause_end = rest
            .find(['.', '!', '?', ':', ';', '(', '\n'])
            .unwrap_or(rest.len());
        let topic = cut_name(&rest[..clause_end], &SORTED_NAME_ENDERS);
        let topic = cut_name(topic, &SORTED_PROSE_ENDERS).trim_end_matches(',');
        let words: Vec<&str> = topic.split_whitespace().collect();
        if words.is_empty()
            || (words.len() == 1 && (ANAPHORA.contains(&words[0]) || words[0].ends_with("ningen")))
        {
            continue;
        }
        let span = Span {
            start: m_start,
            end: m_end + topic.len(),
        };
        out.push((format!("Överenskommelse om {topic}"), span, Source::Phrase));
    }
}

/// The name up to the first digit or `enders` word (`enders` sorted).
fn cut_name<'a>(name: &'a str, enders: &[&str]) -> &'a str {
    let mut end = name.len();
    let mut offset = 0;
    for word in name.split(' ') {
        let core = word.trim_end_matches([',', '.']);
        if enders.binary_search(&core).is_ok()
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
            capitalize(&base.to_lowercase()),
            Span { start, end: m_end },
            Source::Fund,
        ));
    }
}

fn merge(mentions: Vec<(String, Span, Source)>) -> Vec<Agreement> {
    // Each entry keeps its comparison key and content words, computed once.
    let mut merged: Vec<(Agreement, Source, String, Vec<String>)> = Vec::new();
    for (name, span, source) in mentions {
        let k = key(&name);
        let words = content_words(&k);
        match merged
            .iter_mut()
            .find(|(_, _, mk, mw)| same_agreement(mk, mw, &k, &words))
        {
            Some((known, known_source, mk, mw)) => {
                if source > *known_source {
                    known.name = name;
                    *known_source = source;
                    *mk = k;
                    *mw = words;
                }
                known.spans.push(span);
            }
            None => merged.push((
                Agreement {
                    name,
                    spans: vec![span],
                },
                source,
                k,
                words,
            )),
        }
    }
    merged.into_iter().map(|(a, ..)| a).collect()
}

/// Lower case, without "överenskommelse(n) om".
fn key(name: &str) -> String {
    let lower = name.to_lowercase();
    [
        "överenskommelsen om ",
        "överenskommelser om ",
        "överenskommelse om ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p))
    .unwrap_or(&lower)
    .trim()
    .to_string()
}

fn content_words(key: &str) -> Vec<String> {
    key.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(|w| match w.strip_suffix("en") {
            Some(stem) if stem.chars().count() >= 4 => stem.to_string(),
            _ => w.to_string(),
        })
        .collect()
}

/// Two names of one agreement (as keys and content words): equal, one inside the other,
/// or most content words shared.
fn same_agreement(ka: &str, wa: &[String], kb: &str, wb: &[String]) -> bool {
    if ka == kb {
        return true;
    }
    let (short, long) = if ka.len() <= kb.len() {
        (ka, kb)
    } else {
        (kb, ka)
    };
    if short.chars().count() >= 6 && long.contains(short) {
        return true;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    let smaller = wa.len().min(wb.len());
    smaller > 0 && shared * 4 >= smaller * 3
}

#[cfg(test)]
mod tests;
