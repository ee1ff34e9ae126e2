//! Lines about the web page rather than the release: its cookies, logging in to it, and
//! thanks to the reader for feedback. A release speaks of its subject; these lines speak
//! of the page or to the person reading it, whatever site they come from.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::text::lowercase;

/// Words naming a site's cookies, in lower case.
const COOKIE_WORDS: &[&str] = &["cookie", "kakor"];
/// Words that put cookies on the page: the site, its settings, the reader's consent.
/// "Kakor" alone may be baked ("sälja kakor på marknaden").
const PAGE_WORDS: &[&str] = &[
    "webbplats",
    "sidan",
    "webbläsare",
    "godkänn",
    "samtyck",
    "inställning",
    "läs mer",
    "använder",
    "website",
    "accept",
];
/// Most words in a cookie banner; longer paragraphs are prose about cookies.
const MAX_COOKIE_BANNER_WORDS: usize = 60;

/// Phrases about logging in to the site, in lower case.
const LOGIN_WORDS: &[&str] = &[
    "logga in",
    "logga ut",
    "inloggad",
    "log in",
    "logged in",
    "login",
];
/// Most words in a line about logging in ("You must be logged in to post a comment").
const MAX_LOGIN_WORDS: usize = 15;

/// Most words in thanks to the reader ("Tack för ditt svar!").
const MAX_THANKS_WORDS: usize = 8;
/// How a site addresses its reader.
const SECOND_PERSON: &[&str] = &["du", "dig", "din", "ditt", "dina", "you", "your"];

/// Parts of [`COOKIE_WORDS`] and [`LOGIN_WORDS`] without their first letter, so that a
/// search of the text as it stands finds them capitalised too ("Cookies", "Logga in");
/// "ogg" stands for "logga in", "logga ut", "inloggad" and "logged in".
const COOKIE_STEMS: [&str; 2] = ["ookie", "akor"];
const LOGIN_STEMS: [&str; 3] = ["ogg", "og in", "ogin"];

/// A searcher per cookie stem, built once: building one per search cost more than the
/// rest of the chrome tests together.
static COOKIE_FINDERS: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| COOKIE_STEMS.map(|s| Finder::new(s).into_owned()));
/// The start all [`LOGIN_STEMS`] share: one search for it, each hit then read for a
/// stem, costs less than a search for each stem (130.22 → 129.50 instructions per byte).
static LOGIN_START: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("og"));

/// Where a text holds a stem of a cookie or login word: one search of the whole text
/// per stem, so that only the lines holding one take the tests of
/// [`is_about_the_page`].
#[derive(Debug, Clone, Default)]
pub(super) struct PageTalk(Vec<usize>);

impl PageTalk {
    pub fn in_text(text: &str) -> PageTalk {
        let bytes = text.as_bytes();
        let mut at: Vec<usize> = COOKIE_FINDERS
            .iter()
            .flat_map(|f| f.find_iter(bytes))
            .collect();
        let login = LOGIN_START.find_iter(bytes).filter(|&i| {
            let rest = bytes.get(i..).unwrap_or_default();
            LOGIN_STEMS.iter().any(|s| rest.starts_with(s.as_bytes()))
        });
        at.extend(login);
        at.sort_unstable();
        PageTalk(at)
    }

    /// True when a stem starts in the byte range `line` of the text.
    pub fn in_line(&self, line: Range<usize>) -> bool {
        crate::text::any_within(&self.0, line)
    }
}

/// True for a line about the site's cookies (a cookie word with a word about the page
/// or consent) or about logging in to it, in a line short enough to be a banner;
/// `has_stem` tells whether [`PageTalk`] found a stem in it.
pub(super) fn is_about_the_page(trimmed: &str, has_stem: bool) -> bool {
    if !has_stem {
        return false;
    }
    let lower = lowercase(trimmed);
    let words = lower.split_whitespace().count();
    let holds = |list: &[&str]| list.iter().any(|w| lower.contains(w));
    (words <= MAX_COOKIE_BANNER_WORDS && starts_a_word(&lower, COOKIE_WORDS) && holds(PAGE_WORDS))
        || (words <= MAX_LOGIN_WORDS && starts_a_word(&lower, LOGIN_WORDS))
}

/// True when one of `words` stands in `lower` at the start of a word: "log in" is not
/// in "katalog innehåller", nor "login" in "biologin".
fn starts_a_word(lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        lower
            .match_indices(w)
            .any(|(i, _)| !lower[..i].ends_with(char::is_alphanumeric))
    })
}

/// True for a short line, in lower case, that thanks the reader ("tack för att du
/// svarade!", "tack för din feedback"): thanks in the second person is the site
/// speaking; a release thanks people by name or in a quote.
pub(super) fn thanks_the_reader(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("tack") else {
        return false;
    };
    if rest.starts_with(char::is_alphanumeric) {
        return false;
    }
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "tack" is the first word.
    words.len() < MAX_THANKS_WORDS && words.iter().any(|w| SECOND_PERSON.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(line: &str) -> bool {
        is_about_the_page(line, PageTalk::in_text(line).in_line(0..line.len()))
    }

    #[test]
    fn cookie_banners_of_any_wording() {
        assert!(page("Den här sajten sparar kakor i din webbläsare."));
        assert!(page(
            "Vi vill använda cookies för statistik. Godkänn eller neka."
        ));
        assert!(page("Inställningar för kakor"));
        assert!(page("We use cookies to improve this website. Accept all"));
        // Cookies named without the page, and baked ones, are prose.
        assert!(!page(
            "Eleverna säljer kakor för att samla in pengar till klassresan."
        ));
        assert!(!page("Kakor och bullar"));
        assert!(!page("Pepparkakor på webbplatsen"));
    }

    #[test]
    fn login_lines_are_the_page() {
        assert!(page("Logga in för att kommentera"));
        assert!(page("Du måste vara inloggad för att skriva en kommentar."));
        assert!(page("Please log in to reply"));
        assert!(!page(
            "Biologin bakom sjukdomen förklaras i den nya katalog inom vården som ges ut."
        ));
        assert!(!page(
            "Vårdpersonalen ska kunna logga in i journalsystemet från alla regionens \
             sjukhus, vårdcentraler och tandvårdskliniker redan under hösten nästa år."
        ));
    }

    #[test]
    fn nothing_to_find_in_a_text_without_page_words() {
        assert!(!PageTalk::in_text("Regeringen satsar 44 miljoner kronor.").in_line(0..40));
        assert!(!is_about_the_page("Godkänn villkoren", true));
        let talk = PageTalk::in_text("Rubrik\nGodkänn cookies på sidan\nText");
        assert!(!talk.in_line(0..6) && talk.in_line(7..31) && !talk.in_line(31..36));
    }

    #[test]
    fn thanks_in_the_second_person_is_the_site() {
        assert!(thanks_the_reader("tack för ditt svar!"));
        assert!(thanks_the_reader("tack för att du tog dig tid."));
        assert!(thanks_the_reader("tack, din synpunkt har skickats"));
        assert!(!thanks_the_reader("tack till alla medarbetare i regionen!"));
        assert!(!thanks_the_reader(
            "tack vare satsningen kan du som bor i länet få vård närmare hemmet i år"
        ));
        assert!(!thanks_the_reader("stort tack för din insats"));
    }
}
