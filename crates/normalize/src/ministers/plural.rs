//! A plural title before a list of names: "statsråden Ylva Johansson och Morgan
//! Johansson", "Statsråden Anna Ek, Per Ek och Eva Ek presenterade …". Older releases of
//! the government name the ministers who present a decision together so; each of them is
//! a minister, titled in the singular.

use crate::entities::Span;
use crate::names::name_after;

/// The title each minister of the list gets, in the base form of the singular.
const TITLE: &str = "statsråd";
/// What "statsråd" takes in the definite plural ("statsråden").
const DEFINITE_PLURAL: &str = "en ";
/// Fewest names the plural needs: one name after it is no list (and no Swedish).
const MIN_NAMES: usize = 2;
/// Most names read: a release names two or three ministers so; a longer list is a menu's.
const MAX_NAMES: usize = 6;
/// Longest party tag after a name ("(s)", "(KD)", "(mp)"), brackets included.
const PARTY_TAG_BYTES: usize = 5;

/// The ministers named in a list right after a plural "statsråden" whose "statsråd"
/// stands at `at..end` (a title word [`super::words::Pieces`] found), each with the
/// title [`TITLE`]; empty when no list of [`MIN_NAMES`] names follows. Names are split by
/// ", " and a last " och ", each perhaps with a party tag.
pub(super) fn names_after(text: &str, at: usize, end: usize) -> Vec<(String, String, Span)> {
    let starts_word = !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic);
    if !starts_word || !text[end..].starts_with(DEFINITE_PLURAL) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut pos = end + DEFINITE_PLURAL.len();
    while found.len() < MAX_NAMES {
        let Some((name, span)) = name_at(text, pos) else {
            break;
        };
        found.push((name, TITLE.to_string(), span));
        let rest = without_party_tag(&text[span.end..]);
        if let Some(next) = rest.strip_prefix(", ") {
            pos = text.len() - next.len();
            continue;
        }
        // A list ends at its "och": what follows the name after it is the sentence's.
        if let Some(next) = rest.strip_prefix(" och ") {
            if let Some((name, span)) = name_at(text, text.len() - next.len()) {
                found.push((name, TITLE.to_string(), span));
            }
        }
        break;
    }
    if found.len() < MIN_NAMES {
        return Vec::new();
    }
    found
}

/// A name starting right at byte `pos`.
fn name_at(text: &str, pos: usize) -> Option<(String, Span)> {
    name_after(text, pos).filter(|(_, span)| span.start == pos)
}

/// `rest` without a party tag opening it (" (s)", " (KD)").
fn without_party_tag(rest: &str) -> &str {
    rest.strip_prefix(" (")
        .and_then(|r| {
            r.find(')')
                .filter(|&close| close + 2 <= PARTY_TAG_BYTES)
                .map(|close| &r[close + 1..])
        })
        .unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let at = text.to_lowercase().find("statsråd").unwrap();
        names_after(text, at, at + "statsråd".len())
            .into_iter()
            .map(|(name, title, _)| {
                assert_eq!(title, "statsråd");
                name
            })
            .collect()
    }

    #[test]
    fn a_list_of_names_after_the_plural() {
        assert_eq!(
            names("Förslaget presenterades av statsråden Anna Berg och Per Lind i dag."),
            ["Anna Berg", "Per Lind"]
        );
        assert_eq!(
            names("Statsråden Eva Ek (s), Olle Holm (s) och Karin Strand (s) höll pressträff."),
            ["Eva Ek", "Olle Holm", "Karin Strand"]
        );
    }

    #[test]
    fn no_list_no_ministers() {
        // One name, a name not at the list's start, and a singular are none of this rule's.
        assert!(names("Statsråden Anna Berg höll pressträff.").is_empty());
        assert!(names("statsråden och Anna Berg och Per Lind.").is_empty());
        assert!(names("statsrådet Anna Berg och Per Lind.").is_empty());
        assert!(names("De båda statsråden möttes i dag.").is_empty());
    }
}
