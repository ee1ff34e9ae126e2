//! A site's navigation copied with a release: skip links ("Hoppa till innehåll"), menu
//! bars ("Meny   Sök   Lyssna   Other languages") and breadcrumbs ("Start > Nyheter >
//! Hälsa"). They name the site's sections, not the release's subject, and a snippet or
//! the document view that opens with them shows the reader the page, not the news.

use crate::text::{lowercase, menu_items, starts_with_ci, CELL_GAP};
use crate::title::has_words;

/// Navigation lines are short: longer ones are prose, or table rows.
const LONGEST_NAVIGATION_LINE: usize = 200;
/// Most words in one item of a menu or breadcrumb ("Dokument och publikationer").
const ITEM_WORDS: usize = 5;

/// Sections of a site, in lower case: chrome as an item of a menu bar, though not
/// alone on a line ("Nyheter" may head a release's own list). Whole lines that are
/// chrome anywhere ("Meny", "Sök", "Lyssna") are [`super::LINES`], and count as items
/// too. Words that also head table columns ("Start", "Hem") are not among them; they
/// count only at the start of a breadcrumb ([`HOME_WORDS`]).
const SECTIONS: &[&str] = &[
    "kontakt",
    "kontakta oss",
    "om oss",
    "press",
    "pressrum",
    "pressmeddelanden",
    "nyheter",
    "nyheter och press",
    "english",
    "språk",
    "andra språk",
    "logga in",
    "tillgänglighet",
];

/// A breadcrumb's first item, the site's home page.
const HOME_WORDS: &[&str] = &["start", "startsida", "startsidan", "hem", "hemsida", "home"];

/// True when `trimmed` (a line without surrounding white space, not empty) is a skip
/// link, a menu bar or a breadcrumb. Every line is asked, so the caller tells whether it
/// `may_be_menu`: it holds a run of spaces, a "|" or a byte of [`separator_offsets`].
pub(super) fn is_navigation(trimmed: &str, may_be_menu: bool) -> bool {
    let bytes = trimmed.as_bytes();
    if bytes.len() > LONGEST_NAVIGATION_LINE {
        return false;
    }
    let may_be_skip_link = bytes.len() <= LONGEST_SKIP_LINK
        && bytes
            .first()
            .is_some_and(|b| matches!(b | 0x20, b'h' | b'g' | b's' | b'd' | b't'))
        && SKIP_LINK_STARTS
            .iter()
            .any(|start| starts_with_ci(trimmed, start));
    if !(may_be_skip_link || may_be_menu) || bytes.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let lower = lowercase(trimmed);
    let lower = lower.strip_prefix("du är här:").unwrap_or(&lower).trim();
    is_skip_link(lower) || is_menu(lower)
}

/// Bytes in the longest skip link ("Gå direkt till huvudinnehållet").
const LONGEST_SKIP_LINK: usize = 40;

/// Where `text` may hold a [`crate::text::MENU_SEPARATORS`] word but "|" (which the
/// caller looks for anyway), in ascending order: its ASCII bytes, the first byte of "·"
/// and "»" in UTF-8, the last of "•" and "›" (their first is a dash's and a quotation
/// mark's too). Two passes over the whole text cost less than a search a line.
pub(super) fn separator_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut offsets: Vec<usize> = memchr::memchr3_iter(b'>', b'/', 0xC2, bytes)
        .chain(memchr::memchr3_iter(b'\\', 0xA2, 0xBA, bytes))
        .collect();
    offsets.sort_unstable();
    offsets
}

/// What the caller of [`is_navigation`] tells of a line alone, for tests: whether it
/// holds a run of spaces, a "|" or a byte of [`separator_offsets`].
#[cfg(test)]
pub(super) fn may_be_menu(line: &str) -> bool {
    line.contains("  ") || line.contains('|') || !separator_offsets(line).is_empty()
}

/// The words a skip link starts with ([`is_skip_link`]).
const SKIP_LINK_STARTS: &[&str] = &["hoppa ", "gå ", "skip ", "direkt ", "till ", "to "];

/// "Hoppa till innehåll", "Gå direkt till huvudinnehållet", "Till sidans innehåll",
/// "Skip to main content", in lower case.
fn is_skip_link(lower: &str) -> bool {
    let mut words = lower.split_whitespace().peekable();
    while words
        .next_if(|w| ["hoppa", "gå", "skip", "direkt"].contains(w))
        .is_some()
    {}
    if words.next_if(|w| ["till", "to"].contains(w)).is_none() {
        return false;
    }
    while words
        .next_if(|w| ["sidans", "main", "the"].contains(w))
        .is_some()
    {}
    let target = words.next().unwrap_or_default();
    let target = target.strip_prefix("huvud").unwrap_or(target);
    words.next().is_none() && ["innehåll", "innehållet", "content"].contains(&target)
}

/// Two or more short items ([`menu_items`]), one of them a part of the site
/// ([`is_site_item`]) or, first of items set apart by separators, its home page
/// ("Startsida / Press"). A table's header may start with "Start" too, but its cells
/// are apart by runs of spaces.
fn is_menu(lower: &str) -> bool {
    let home_first = menu_items(lower)
        .next()
        .is_some_and(|first| HOME_WORDS.contains(&first))
        && CELL_GAP.find(lower.as_bytes()).is_none();
    let (mut count, mut of_the_site) = (0, home_first);
    for item in menu_items(lower) {
        if !is_short_item(item) {
            return false;
        }
        count += 1;
        of_the_site |= is_site_item(item);
    }
    count >= 2 && of_the_site
}

/// A menu item that names a part of the site, or is chrome itself.
fn is_site_item(lower: &str) -> bool {
    SECTIONS.contains(&lower) || super::LINES.contains(&lower) || is_skip_link(lower)
}

/// An item of a menu or breadcrumb: a few words, no sentence's end.
fn is_short_item(item: &str) -> bool {
    !has_words(item, ITEM_WORDS + 1) && !item.ends_with(['.', '!', '?', ':', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_links_in_their_wordings() {
        for line in [
            "Hoppa till innehåll",
            "Hoppa till huvudinnehållet",
            "Gå direkt till innehållet",
            "Till innehållet",
            "Till sidans innehåll",
            "Skip to main content",
        ] {
            assert!(is_navigation(line, may_be_menu(line)), "{line}");
        }
        for line in ["Till innehållet i avtalet hör tre delar", "Innehåll"] {
            assert!(!is_navigation(line, may_be_menu(line)), "{line}");
        }
    }

    #[test]
    fn menu_bars_of_site_sections() {
        for line in [
            "Meny   Sök",
            "Start   Om myndigheten   Kontakta oss   English",
            "Bo och bygga   Omsorg   Kommun och politik   Nyheter",
            "Till innehåll · Kulturförvaltningen · Nyheter · Evenemang",
            "Privatperson  Företag  Press",
        ] {
            assert!(is_navigation(line, may_be_menu(line)), "{line}");
        }
    }

    #[test]
    fn table_headers_and_prose_are_not_menus() {
        for line in [
            // A table's header: short items, but none of them a part of a site.
            "Län   Belopp (mnkr)   Andel",
            "Projekt   Start   Slut",
            "Start   Slut   Kostnad",
            // Figures are a table's row or a date line.
            "Nyheter · 21 september 2020",
            "Kontakt   070-123 45 67",
            // An item that reads as a sentence.
            "Pressmeddelanden   Regeringen har i dag beslutat att ge myndigheten ett nytt uppdrag om vården.",
            "Nyheter",
        ] {
            assert!(!is_navigation(line, may_be_menu(line)), "{line}");
        }
    }

    #[test]
    fn breadcrumbs() {
        for line in [
            "Start > Aktuellt > Hälsa och vård",
            "Länsstyrelsen › Om oss › Press",
            "Startsida / Regeringens politik / Skola",
            "Du är här: Hem » Aktuellt",
        ] {
            assert!(is_navigation(line, may_be_menu(line)), "{line}");
        }
        for line in [
            // A slash in prose, or a list of units.
            "Kostnad / intäkt",
            "Läs mer > här finns hela beslutet med motiveringar och alla bilagor samlade.",
            "> Citat ur beslutet",
        ] {
            assert!(!is_navigation(line, may_be_menu(line)), "{line}");
        }
    }
}
