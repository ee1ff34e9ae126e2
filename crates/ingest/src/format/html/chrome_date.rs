//! The publication date a page states only in its chrome: a "Publicerad …" line in the
//! site's footer, in a page-info box after `<main>`, or in a header outside the article.
//! The walk that writes the article's text skips those parts, so the date is read from
//! them apart, and counts only where the text states none.

use std::sync::LazyLock;

use memchr::memmem::Finder;
use scraper::{ElementRef, Html, Node};

use super::{squash_spaces, NOT_TEXT, OTHER_PAGES};

/// What every label of a page's own date holds, in either case of its first letter
/// ("Publicerad", "publicerades", "Publiceringsdatum", "Published"), but the creation
/// date's: a page without either is not walked.
static LABEL_STEM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ublic"));
/// The creation date's label in a publishing system's page-info line ("Skapad:
/// 2008-02-15 | Senast ändrad: …"), in either case of its first letter.
static CREATED_STEM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("kapad"));

/// True for bytes that may hold a label of the page's own date.
fn may_hold_label(bytes: &[u8]) -> bool {
    LABEL_STEM.find(bytes).is_some() || CREATED_STEM.find(bytes).is_some()
}

/// Inline elements a label or its date may stand in ("<span>Publicerad</span>
/// <time>…</time>"): the line is their block's text.
const INLINE: &[&str] = &[
    "span", "strong", "b", "em", "i", "time", "small", "label", "abbr", "dt", "dd",
];

/// Lists and links, whose dates are those of the related news they list or link to.
const LISTS_AND_LINKS: &[&str] = &["li", "a"];

/// True for an element whose dates belong to other pages or to no date.
fn dates_elsewhere(name: &str) -> bool {
    OTHER_PAGES.contains(&name) || LISTS_AND_LINKS.contains(&name) || NOT_TEXT.contains(&name)
}

/// Longest block read as one line; longer is a paragraph of text, not a label's line.
const MAX_LINE_BYTES: usize = 200;

/// The date of the first labelled line ([`pressarkiv_normalize::chrome_published`]) in
/// the page, outside lists, menus and links; `None` where no line is labelled.
pub(super) fn chrome_date(doc: &Html, source: &str) -> Option<String> {
    if !may_hold_label(source.as_bytes()) {
        return None;
    }
    doc.root_element().descendants().find_map(|node| {
        let Node::Text(text) = node.value() else {
            return None;
        };
        if !may_hold_label(text.as_bytes()) {
            return None;
        }
        let mut block = node.parent().and_then(ElementRef::wrap)?;
        while INLINE.contains(&block.value().name()) {
            block = block.parent().and_then(ElementRef::wrap)?;
        }
        let elsewhere = std::iter::once(block)
            .chain(block.ancestors().filter_map(ElementRef::wrap))
            .any(|e| dates_elsewhere(e.value().name()));
        if elsewhere {
            return None;
        }
        let line = squash_spaces(&block.text().collect::<String>());
        (line.len() <= MAX_LINE_BYTES)
            .then(|| pressarkiv_normalize::chrome_published(&line))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(source: &str) -> Option<String> {
        chrome_date(&Html::parse_document(source), source)
    }

    #[test]
    fn a_labelled_date_in_the_footer_or_after_main_is_the_pages() {
        assert_eq!(
            date("<main><h1>Rubrik</h1><p>Text.</p></main><footer><p>Publicerad 3 februari 2022</p></footer>")
                .as_deref(),
            Some("2022-02-03")
        );
        assert_eq!(
            date("<main><p>Text.</p></main><div class=\"info\"><span>Sidan publicerades</span> <time>2017-05-30</time></div>")
                .as_deref(),
            Some("2017-05-30")
        );
    }

    #[test]
    fn a_page_info_line_in_the_footer_dates_the_page_by_a_later_field() {
        assert_eq!(
            date("<main><p>Text.</p></main><div id=\"sidfot\"><p>Sidansvarig: Webbredaktionen | Skapad: 2009-09-14 | Senast ändrad: 2009-10-02</p></div>")
                .as_deref(),
            Some("2009-09-14")
        );
        assert_eq!(
            date("<main><p>Text.</p></main><footer><p>Webbansvarig: Per Ek | <span>Publicerad</span> 14 september 2009</p></footer>")
                .as_deref(),
            Some("2009-09-14")
        );
        assert_eq!(
            date("<main><p>Vi skapade 40 jobb 2009.</p></main><footer><p>Sidansvarig: Per Ek | Senast ändrad: 2009-10-02</p></footer>"),
            None
        );
    }

    #[test]
    fn related_news_changed_dates_and_unlabelled_dates_are_not_the_pages() {
        assert_eq!(
            date("<aside><p>Publicerad 1 februari 2022</p></aside><ul><li>Publicerad 2 februari 2022</li></ul>"),
            None
        );
        assert_eq!(
            date("<footer><p>Senast uppdaterad 9 februari 2022</p><p>28 januari 2022</p></footer>"),
            None
        );
        assert_eq!(
            date("<footer><p>Publik information 2022</p></footer>"),
            None
        );
    }
}
