//! People quoted in a release: "…, säger X" with the role written before the name
//! ("säger socialminister Annika Strandhäll") or after it ("säger Lena Micko, ordförande
//! för Sveriges Kommuner och Landsting").

use std::sync::LazyLock;

use crate::entities::Person;
use crate::names::{is_name_word, name_after};
use crate::text::{is_whole_word, sentence_end, Literals};

/// Verbs of saying that introduce the speaker after a quotation, each with its space,
/// and the piece of its end a search looks for: pieces that begin with letters rare
/// together ("ryker " rather than "under…"), so the search stops at few false starts.
/// All pieces end with the verb's space and none ends another, so the search, which
/// skips overlapping hits, misses none.
const SAYS_WORDS: &[(&str, &str)] = &[
    ("säger ", "äger "),
    ("sa ", "sa "),
    ("sade ", "sade "),
    ("menar ", "menar "),
    ("konstaterar ", "nstaterar "),
    ("betonar ", "etonar "),
    ("understryker ", "ryker "),
    ("framhåller ", "mhåller "),
    ("berättar ", "rättar "),
    ("förklarar ", "rklarar "),
    ("tillägger ", "gger "),
    ("avslutar ", "vslutar "),
    ("fortsätter ", "rtsätter "),
    ("skriver ", "kriver "),
    ("kommenterar ", "mmenterar "),
];

/// The pieces of [`SAYS_WORDS`] in one search, with sixteen buckets instead of eight for
/// the vector search: fewer false starts to check on common letters.
static SAYS: LazyLock<Literals> = LazyLock::new(|| {
    let pieces: Vec<&str> = SAYS_WORDS.iter().map(|(_, piece)| *piece).collect();
    let mut config = aho_corasick::packed::Config::new();
    config.only_teddy_fat(Some(true));
    Literals::with_config(config, &pieces)
});

/// Where a verb of saying ends, in order: after its piece, when the whole verb stands
/// there as a word of its own.
fn says_ends(text: &str) -> Vec<usize> {
    // (which verb, end of its piece)
    let hits: Vec<(usize, usize)> = SAYS
        .find_iter(text.as_bytes())
        .map(|m| (m.pattern().as_usize(), m.end()))
        .collect();
    hits.into_iter()
        .filter_map(|(pattern, end)| {
            let (verb, _) = SAYS_WORDS.get(pattern)?;
            let start = end.checked_sub(verb.len())?;
            let whole = text.get(start..end) == Some(*verb);
            (whole && is_whole_word(text, start, end - 1)).then_some(end)
        })
        .collect()
}

/// Most words of a role written before the name ("SKL:s ordförande").
const MAX_ROLE_WORDS: usize = 4;

/// Every quoted person once, in order.
pub(crate) fn find(text: &str) -> Vec<Person> {
    let mut found: Vec<Person> = Vec::new();
    for verb_end in says_ends(text) {
        let Some((name, role, span)) = speaker(text, verb_end) else {
            continue;
        };
        match found.iter_mut().find(|p| p.name == name) {
            Some(known) => {
                known.spans.push(span);
                if known.role.is_none() {
                    known.role = role;
                }
            }
            None => found.push(Person {
                name,
                role,
                spans: vec![span],
            }),
        }
    }
    found
}

/// The speaker after a verb of saying that ends at `pos`.
fn speaker(text: &str, pos: usize) -> Option<(String, Option<String>, crate::entities::Span)> {
    let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    let mut role_words = Vec::new();
    let mut at = pos;
    for word in text[pos..line_end].split(' ') {
        if is_name_word(word.trim_end_matches(|c: char| !c.is_alphabetic())) {
            break;
        }
        let is_role = word.starts_with(|c: char| c.is_lowercase()) || word.contains(":s");
        if !is_role || role_words.len() >= MAX_ROLE_WORDS || word.ends_with([',', '.']) {
            return None;
        }
        role_words.push(word);
        at += word.len() + 1;
    }
    let (name, span) = name_after(text, at)?;
    let mut role = (!role_words.is_empty()).then(|| role_words.join(" "));
    if role.is_none() {
        if let Some(rest) = text[span.end..].strip_prefix(", ") {
            let start = span.end + 2;
            let end = sentence_end(text, start).min(start + rest.len());
            let written = text[start..end]
                .trim()
                .trim_end_matches(['.', '!', '?'])
                .trim();
            if !written.is_empty() {
                role = Some(written.to_string());
            }
        }
    }
    Some((name, role, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_people_with_roles() {
        let text = "– Bra, säger Lena Micko, ordförande för Sveriges Kommuner och Landsting.\n\
                    – Viktigt, säger socialminister Annika Strandhäll.\n\
                    – Nöjda, säger Anders Henriksson, 1:e vice ordförande SKL\n";
        let people = find(text);
        let got: Vec<(&str, Option<&str>)> = people
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Lena Micko",
                    Some("ordförande för Sveriges Kommuner och Landsting")
                ),
                ("Annika Strandhäll", Some("socialminister")),
                ("Anders Henriksson", Some("1:e vice ordförande SKL")),
            ]
        );
    }

    #[test]
    fn saying_without_a_name_is_nobody() {
        assert!(find("Hon säger att det är bra.").is_empty());
    }
}
