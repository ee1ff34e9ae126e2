//! People quoted in a release: "…, säger X" with the role written before the name
//! ("säger socialminister Annika Strandhäll") or after it ("säger Lena Micko, ordförande
//! för Sveriges Kommuner och Landsting").

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::entities::Person;
use crate::names::{is_name_word, name_after};
use crate::text::{automaton, is_whole_word, sentence_end};

/// Verbs of saying that introduce the speaker after a quotation, each with its space.
const SAYS_WORDS: &[&str] = &[
    "säger ",
    "sa ",
    "sade ",
    "menar ",
    "konstaterar ",
    "betonar ",
    "understryker ",
    "framhåller ",
    "berättar ",
    "förklarar ",
    "tillägger ",
    "avslutar ",
    "fortsätter ",
    "skriver ",
    "kommenterar ",
];

/// [`SAYS_WORDS`] as one automaton: a DFA scans a release in one cheap pass.
static SAYS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(SAYS_WORDS));

/// Most words of a role written before the name ("SKL:s ordförande").
const MAX_ROLE_WORDS: usize = 4;

/// Every quoted person once, in order.
pub(crate) fn find(text: &str) -> Vec<Person> {
    let mut found: Vec<Person> = Vec::new();
    for m in SAYS.find_iter(text) {
        if !is_whole_word(text, m.start(), m.end() - 1) {
            continue;
        }
        let Some((name, role, span)) = speaker(text, m.end()) else {
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
