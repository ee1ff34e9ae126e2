//! The headline and the issuing department, read from the top of a release.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::dates;
use crate::text::{eq_ci, starts_with_ci};

/// Searchers for the words a department line must hold, built once.
static DEPARTMENT_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("departement"));
static PM_OFFICE_WORD: LazyLock<Finder<'static>> =
    LazyLock::new(|| Finder::new("Statsrådsberedning"));

/// How many non-blank lines from the top the headline may stand.
const HEADLINE_SEARCH_LINES: usize = 15;

/// Label lines above the headline: "Pressmeddelande från …", "Artikel från …",
/// "Publicerad …", "By on …".
const META_PREFIXES: &[&str] = &[
    "pressmeddelande",
    "artikel från",
    "debattartikel",
    "nyhet från",
    "uttalande från",
    "publicerad",
    "publicerat",
    "uppdaterad",
    "by on",
    "foto:",
    "bild:",
];

/// True for label lines that are not the headline.
pub(crate) fn is_meta_line(line: &str) -> bool {
    let line = line.trim();
    META_PREFIXES.iter().any(|p| starts_with_ci(line, p))
        || eq_ci(line, "nyhet")
        || eq_ci(line, "regeringskansliet")
        || line.ends_with("departementet")
        || is_site_name(line)
        || dates::is_date_line(line)
}

/// "Regeringen.se", "www.skr.se": the name of the web site a page was copied from.
fn is_site_name(line: &str) -> bool {
    let Some((name, domain)) = line.rsplit_once('.') else {
        return false;
    };
    !line.contains(char::is_whitespace)
        && name.chars().any(char::is_alphabetic)
        && (2..=6).contains(&domain.len())
        && domain.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The first line that is neither a label nor a date: the headline.
pub(crate) fn title(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADLINE_SEARCH_LINES)
        .find(|l| !is_meta_line(l) && l.chars().any(char::is_alphabetic))
        .map(str::to_string)
}

/// Lines that name the issuing department, and what precedes the name on them.
const DEPARTMENT_LEADS: &[&str] = &[
    "pressmeddelande från ",
    "artikel från ",
    "debattartikel från ",
    "nyhet från ",
    "uttalande från ",
    "prenumerera på ",
];

/// "Pressmeddelande från Socialdepartementet", "Prenumerera på Socialdepartementets
/// nyheter" or a line holding only the department's name.
pub(crate) fn department(text: &str) -> Option<String> {
    lines_mentioning_department(text).find_map(|line| {
        let line = line.trim();
        let rest = DEPARTMENT_LEADS
            .iter()
            .find(|p| starts_with_ci(line, p))
            .and_then(|p| line.get(p.len()..))
            .unwrap_or(line);
        let word = rest.split_whitespace().next()?;
        let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let base = word
            .strip_suffix('s')
            .filter(|b| b.ends_with("departementet"))
            .unwrap_or(word);
        let is_department = (base.ends_with("departementet") || base == "Statsrådsberedningen")
            && base.starts_with(char::is_uppercase);
        let standalone = rest.len() == line.len() && line.split_whitespace().count() > 1;
        (is_department && !standalone).then(|| base.to_string())
    })
}

/// The lines of `text` (split on "\n") that hold "departement" or "Statsrådsberedning",
/// found with two substring searches over the whole text instead of two per line.
fn lines_mentioning_department(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = bytes.get(from..)?;
        let hit = match (DEPARTMENT_WORD.find(rest), PM_OFFICE_WORD.find(rest)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => return None,
        } + from;
        let start = memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |i| hit + i);
        from = end + 1;
        text.get(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_skips_labels() {
        let text =
            "Pressmeddelande från Socialdepartementet\n\nBättre möjlighet\n\nPublicerad\n\nText.";
        assert_eq!(title(text).as_deref(), Some("Bättre möjlighet"));
        let text =
            "Publicerad: 25 april 2015\n\nPressmeddelande\n\nEn miljard för utveckling i vården";
        assert_eq!(
            title(text).as_deref(),
            Some("En miljard för utveckling i vården")
        );
        let text = "Regeringen.se\nwww.regeringen.se\nFörsta patientmiljarden betalas ut";
        assert_eq!(
            title(text).as_deref(),
            Some("Första patientmiljarden betalas ut")
        );
        assert_eq!(title("Ca. 5 kr.").as_deref(), Some("Ca. 5 kr."));
        let text = "Artikel från Socialdepartementet\n\nFörsta patientmiljarden betalas ut";
        assert_eq!(
            title(text).as_deref(),
            Some("Första patientmiljarden betalas ut")
        );
    }

    #[test]
    fn lists_are_lower_case() {
        use crate::text::is_folded;
        assert!(META_PREFIXES
            .iter()
            .chain(DEPARTMENT_LEADS)
            .all(|p| is_folded(p)));
    }

    #[test]
    fn department_from_labels() {
        assert_eq!(
            department("Pressmeddelande från Socialdepartementet").as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Text\nPrenumerera på Socialdepartementets nyheter").as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Finansdepartementet\nRubrik").as_deref(),
            Some("Finansdepartementet")
        );
        assert_eq!(
            department("Socialdepartementet har tagit fram en rapport."),
            None
        );
        assert_eq!(department("Pressmeddelande\nRubrik"), None);
    }
}
