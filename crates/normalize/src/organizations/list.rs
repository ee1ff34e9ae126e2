//! The lists of named bodies in `crates/normalize/data` (state authorities; companies,
//! institutes and associations), compiled in: each line a name and the other names it
//! goes by. One list serves extraction and the search side's `org:` aliases.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::text::lowercase;

/// State authorities, current and former.
const AGENCIES: &str = include_str!("../../data/agencies.txt");
/// Public bodies that are not authorities.
const BODIES: &str = include_str!("../../data/bodies.txt");
/// Companies named by their name alone.
const COMPANIES: &str = include_str!("../../data/companies.txt");

/// The mark before a listed name that is also a common word.
const COMMON_WORD: char = '~';

/// The lines of the lists that name a body, trimmed: comment and blank lines skipped.
fn name_lines() -> impl Iterator<Item = &'static str> {
    [AGENCIES, BODIES, COMPANIES]
        .into_iter()
        .flat_map(str::lines)
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Every name of the lists and the name it resolves to (the first on its line), in list
/// order.
pub(super) fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    name_lines()
        .map(|line| line.trim_start_matches(COMMON_WORD))
        .flat_map(|line| {
            let canonical = line.split('|').next().unwrap_or(line).trim();
            line.split('|')
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(move |name| (name, canonical))
        })
}

/// The listed names that are also common words, marked so in the lists ("Kommunal", the
/// union, is also the adjective): the first name of each marked line.
pub(super) fn common_word_names() -> impl Iterator<Item = &'static str> {
    name_lines()
        .filter_map(|line| line.strip_prefix(COMMON_WORD))
        .map(|line| line.split('|').next().unwrap_or(line).trim())
}

/// Words of a name that stay lower case when its other words are capitalized.
const SMALL_WORDS: &[&str] = &["och", "för", "i", "av", "med", "till", "om", "på", "vid"];

/// A listed name with every later word capitalized, as writers often set a name
/// ("Karolinska Institutet", "Statens Kriminaltekniska Laboratorium"); `None` when that
/// changes nothing.
pub(super) fn capitalized(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut changed = false;
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower_initial = word.starts_with(char::is_lowercase);
        if i > 0 && lower_initial && !SMALL_WORDS.contains(&word) {
            out.push_str(&crate::text::capitalize(word));
            changed = true;
        } else {
            out.push_str(word);
        }
    }
    changed.then_some(out)
}

/// The two ways a royal institution's name is written: in full and abbreviated.
const ROYAL: [&str; 2] = ["Kungliga ", "Kungl. "];

/// A listed name with "Kungliga" written the other way ("Kungl. Vetenskapsakademien" for
/// "Kungliga Vetenskapsakademien", and back); `None` for other names.
pub(super) fn royal_variant(name: &str) -> Option<String> {
    let [full, short] = ROYAL;
    if let Some(rest) = name.strip_prefix(full) {
        return Some(format!("{short}{rest}"));
    }
    name.strip_prefix(short).map(|rest| format!("{full}{rest}"))
}

/// Lower-cased names and what they resolve to.
static BY_LOWER_NAME: LazyLock<FxHashMap<String, &'static str>> =
    LazyLock::new(|| entries().map(|(name, c)| (lowercase(name), c)).collect());

/// The name an organization is reported by, for any of its names or abbreviations in any
/// case: `"scb"` and `"Statistiska centralbyrån"` give the latter, `"fhm"` gives
/// "Folkhälsomyndigheten". `None` for a name not in the lists.
pub fn org_canonical(name: &str) -> Option<&'static str> {
    let key = lowercase(name.trim());
    BY_LOWER_NAME.get(&key).copied()
}

/// Every name of a state authority, in lower case.
static AGENCY_NAMES: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    AGENCIES
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(|line| line.split('|'))
        .map(|name| lowercase(name.trim()))
        .collect()
});

/// True when `name` is a name or abbreviation of a state authority in
/// `data/agencies.txt` ("Tullverket", "msb"), in any case.
pub(crate) fn is_state_agency(name: &str) -> bool {
    AGENCY_NAMES.contains(&lowercase(name.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_resolve_in_any_case() {
        assert_eq!(
            org_canonical("msb"),
            Some("Myndigheten för samhällsskydd och beredskap")
        );
        assert_eq!(org_canonical("FHM"), Some("Folkhälsomyndigheten"));
        assert_eq!(org_canonical(" pts "), Some("Post- och telestyrelsen"));
        assert_eq!(
            org_canonical("SKL"),
            Some("Sveriges Kommuner och Landsting")
        );
        assert_eq!(org_canonical("Skr"), Some("Sveriges Kommuner och Regioner"));
        assert_eq!(org_canonical("scb"), Some("Statistiska centralbyrån"));
        assert_eq!(org_canonical("kustbevakningen"), Some("Kustbevakningen"));
        assert_eq!(org_canonical("kommunen"), None);
    }

    #[test]
    fn later_words_capitalized() {
        assert_eq!(
            capitalized("Karolinska institutet").as_deref(),
            Some("Karolinska Institutet")
        );
        assert_eq!(
            capitalized("Myndigheten för samhällsskydd och beredskap").as_deref(),
            Some("Myndigheten för Samhällsskydd och Beredskap")
        );
        assert_eq!(capitalized("Sveriges Kommuner och Regioner"), None);
        assert_eq!(capitalized("Trafikverket"), None);
    }

    #[test]
    fn royal_names_both_ways() {
        assert_eq!(
            royal_variant("Kungliga Musikaliska Akademien").as_deref(),
            Some("Kungl. Musikaliska Akademien")
        );
        assert_eq!(
            royal_variant("Kungl. Konsthögskolan").as_deref(),
            Some("Kungliga Konsthögskolan")
        );
        assert_eq!(royal_variant("Konstfack"), None);
    }

    #[test]
    fn lists_are_well_formed() {
        let mut seen: FxHashMap<String, &str> = FxHashMap::default();
        let mut canonicals = 0;
        for (name, canonical) in entries() {
            assert_eq!(name, name.trim(), "{name:?}");
            assert!(
                name.chars().next().is_some_and(char::is_uppercase),
                "a listed name starts with a capital: {name:?}"
            );
            if name == canonical {
                canonicals += 1;
            }
            // One name, one body: an abbreviation used by two bodies names neither.
            if let Some(other) = seen.insert(lowercase(name), canonical) {
                assert_eq!(other, canonical, "{name} names two bodies");
            }
        }
        assert!(canonicals > 300, "{canonicals}");
    }
}
