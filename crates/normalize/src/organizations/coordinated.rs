//! Municipalities named together before one plural noun: "Ånge och Sollefteå kommuner",
//! "Falkenbergs, Varbergs och Kungsbacka kommuner". Each is a municipality of its own,
//! reported as a lone one is ("Ånge kommun", "Falkenbergs kommun"), at its own name.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::entities::Span;
use crate::text::is_word_char;

/// The plural noun the names share.
const PLURAL: &str = " kommuner";
/// What each name is reported with.
const SINGULAR: &str = " kommun";

static PLURAL_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(PLURAL));

/// What joins the names: the last two by "och", the others by a comma.
const LAST_JOIN: &str = " och ";
const JOIN: &str = ", ";

/// Most names read before one plural noun.
const MAX_NAMES: usize = 8;

/// Each municipality named in a list before " kommuner", with its canonical name ("X
/// kommun") and the span of its name; a list needs two names or more, the last two
/// joined by "och". A single name before the plural ("Umeå kommuner") names none.
pub(super) fn municipalities(text: &str) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for hit in PLURAL_FINDER.find_iter(text.as_bytes()) {
        if text[hit + PLURAL.len()..].starts_with(|c: char| is_word_char(c)) {
            continue;
        }
        let names = names_before(text, hit);
        if names.len() >= 2 {
            out.extend(names.into_iter().rev().map(|span| {
                let name = &text[span.start..span.end];
                (format!("{name}{SINGULAR}"), span)
            }));
        }
    }
    out
}

/// The spans of the names of the list that ends at `end`, the last first.
fn names_before(text: &str, end: usize) -> Vec<Span> {
    let mut names = Vec::new();
    let Some(last) = name_ending(text, end) else {
        return names;
    };
    let Some(head) = text[..last.start].strip_suffix(LAST_JOIN) else {
        return names;
    };
    names.push(last);
    let mut end = head.len();
    while names.len() < MAX_NAMES {
        let Some(name) = name_ending(text, end) else {
            break;
        };
        names.push(name);
        match text[..name.start].strip_suffix(JOIN) {
            Some(head) => end = head.len(),
            None => break,
        }
    }
    names
}

/// The municipality's name that ends at `end`: one capitalized word, with a word of
/// [`super::patterns::TWO_WORD_LEADS`] before it where one stands there ("Upplands
/// Väsby").
fn name_ending(text: &str, end: usize) -> Option<Span> {
    let start = super::patterns::word_before(text, end)?;
    if !super::patterns::is_name_word(&text[start..end], false) {
        return None;
    }
    let lead = text[..start]
        .strip_suffix(' ')
        .and_then(|head| Some((super::patterns::word_before(text, head.len())?, head.len())))
        .filter(|&(lead, lead_end)| {
            super::patterns::TWO_WORD_LEADS.contains(&&text[lead..lead_end])
        });
    Some(Span {
        start: lead.map_or(start, |(lead, _)| lead),
        end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        municipalities(text)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn municipalities_named_before_one_plural() {
        assert_eq!(
            names("Stödet går till Bräcke och Ragunda kommuner."),
            ["Bräcke kommun", "Ragunda kommun"]
        );
        assert_eq!(
            names("Hylte, Laholms och Upplands Väsby kommuner deltar."),
            ["Hylte kommun", "Laholms kommun", "Upplands Väsby kommun"]
        );
    }

    #[test]
    fn a_plural_without_a_list_of_names_names_none() {
        for text in [
            "Flera kommuner deltar. Umeå kommuner? Länets kommuner och regioner.",
            "Skånes kommuner, och Hallands kommuner.",
            "alla och inga kommuner, Stora kommunerna",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
    }
}
