//! Web-page chrome copied along with a release: navigation, subscription and sharing
//! links, survey and cookie banners, comment forms. It is removed from the indexed body
//! so it yields no entities (a "Följ <minister> på Twitter" link names no minister).

/// Whole lines that are chrome, compared in lower case without trailing white space.
/// Skip links are [`navigation`]'s.
const LINES: &[&str] = &[
    "prenumerera",
    "laddar...",
    "laddar…",
    "laddar",
    "ladda ner:",
    "ladda ner",
    "taggar:",
    "taggar",
    "dela",
    "dela:",
    "dela sidan",
    "skriv ut",
    "tipsa",
    "läs vidare",
    "arkivbild",
    "meny",
    "sök",
    "stäng",
    "till toppen",
    "tillbaka till toppen",
    "ja",
    "nej",
    // A footer's links.
    "om webbplatsen",
    "tillgänglighetsredogörelse",
    "behandling av personuppgifter",
    "om kakor",
    // A cookie banner's button, on a line of its own under it.
    "jag förstår",
    "jag godkänner",
    "jag accepterar",
    "godkänn",
    "acceptera",
    // The site's own tools and languages.
    "lyssna",
    "lättläst",
    "teckenspråk",
    "in english",
    "other languages",
    "sök på webbplatsen",
    "webbkarta",
];

/// Byte length of the longest entry in [`LINES`].
const LONGEST_LINE: usize = longest(LINES);

const fn longest(list: &[&str]) -> usize {
    let (mut i, mut max) = (0, 0);
    while i < list.len() {
        if list[i].len() > max {
            max = list[i].len();
        }
        i += 1;
    }
    max
}

/// Line beginnings that mark chrome. Lines about cookies and logging in, and thanks to
/// the reader, are told by what they say, whatever their wording ([`web`]).
const PREFIXES: &[&str] = &[
    "prenumerera på ",
    "hjälpte informationen",
    "godkänn alla",
    "acceptera alla",
    "hur nöjd är du",
    "svara på enkäten",
    "vad tycker du om",
    "dela på ",
    "dela via ",
];

use crate::text::{
    any_within, eq_ci, folded_first_bytes, lines_with_offsets, lowercase, starts_with_ci, trim,
    BytePairs, NextMatch, BAR, CELL_GAP,
};

mod navigation;
mod web;
use web::PageTalk;

/// Line starts that [`is_boilerplate`] tests besides [`LINES`] and [`PREFIXES`]: links
/// to social networks and other pages, and the site's own words to the reader.
const OTHER_STARTS: &[&str] = &[
    "följ ",
    "läs mer om ",
    "har du ",
    "vill du ",
    "hittade du ",
    "behöver du ",
    "saknar du ",
    "titta ",
    "besök ",
    "klicka ",
    "gå till ",
    "tack",
];

/// How a site asks its reader a question ("Har du en fråga om …?", "Hittade du det du
/// sökte?"). A release speaks of its subject, not to the person reading the page.
const QUESTIONS_TO_THE_READER: &[&str] = &[
    "har du ",
    "vill du ",
    "hittade du ",
    "behöver du ",
    "saknar du ",
];

/// How a site sends its reader to another of its pages ("Titta på våra frågor och svar
/// här på webbplatsen"): an imperative from [`OTHER_STARTS`] and the word "webbplats".
const POINTERS_TO_THE_SITE: &[&str] = &["titta ", "besök ", "klicka ", "gå till ", "läs mer om "];

/// The first two bytes of every entry in [`LINES`], [`PREFIXES`] and [`OTHER_STARTS`].
static CHROME_STARTS: BytePairs = BytePairs::of(&[LINES, PREFIXES, OTHER_STARTS]);
/// The first two bytes of each list's entries, so that a line starting like an entry of
/// one list ("De" as "dela") is not compared with the others (107.7 → 106.3 instructions
/// per byte on the seeds).
static LINE_STARTS: BytePairs = BytePairs::of(&[LINES]);
static PREFIX_STARTS: BytePairs = BytePairs::of(&[PREFIXES]);
static OTHER_STARTS_PAIRS: BytePairs = BytePairs::of(&[OTHER_STARTS]);

/// Social networks named in "Följ X på Twitter".
const NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "youtube",
    "x",
    "threads",
];

/// True when `line` is web-page chrome rather than part of the release.
#[cfg(test)]
fn is_boilerplate(line: &str) -> bool {
    let trimmed = line.trim();
    let has_stem = PageTalk::in_text(trimmed).in_line(0..trimmed.len());
    let may_be_menu = navigation::may_be_menu(trimmed);
    !trimmed.is_empty() && is_chrome(trimmed, has_stem, trimmed.contains('|'), may_be_menu)
}

/// [`is_boilerplate`] for a line without surrounding white space, not empty;
/// `has_stem` when [`PageTalk`] found a cookie or login word in it, `has_bar` when it
/// holds a "|", `may_be_menu` as [`navigation::is_navigation`] takes it.
fn is_chrome(trimmed: &str, has_stem: bool, has_bar: bool, may_be_menu: bool) -> bool {
    if web::is_about_the_page(trimmed, has_stem) || navigation::is_navigation(trimmed, may_be_menu)
    {
        return true;
    }
    // Most lines start with two bytes no chrome line starts with and hold no "|": they
    // are decided by one table look-up, without folding.
    let first_bytes = folded_first_bytes(trimmed);
    let may_start = |starts: &BytePairs| first_bytes.is_none_or(|(a, b)| starts.contains(a, b));
    if !may_start(&CHROME_STARTS) && !has_bar {
        return false;
    }
    if (may_start(&LINE_STARTS)
        && trimmed.len() <= LONGEST_LINE
        && LINES.iter().any(|l| eq_ci(trimmed, l)))
        || (may_start(&PREFIX_STARTS) && PREFIXES.iter().any(|p| starts_with_ci(trimmed, p)))
    {
        return true;
    }
    // Chrome lines are short or start like one; spare long paragraphs the lower-casing.
    let other_start =
        may_start(&OTHER_STARTS_PAIRS) && OTHER_STARTS.iter().any(|p| starts_with_ci(trimmed, p));
    let bar_between_spaces = has_bar && has_bar_between_spaces(trimmed);
    if !other_start && !bar_between_spaces {
        return false;
    }
    let lower = lowercase(trimmed);
    if let Some(rest) = lower.strip_prefix("följ ") {
        if let Some((_, network)) = rest.rsplit_once(" på ") {
            return NETWORKS.contains(&network.trim_end_matches('.'));
        }
        // "Följ oss: Facebook   LinkedIn   Twitter", a footer's links.
        if let Some(networks) = rest.strip_prefix("oss") {
            let mut names = networks
                .trim_start_matches([':', ' '])
                .split([' ', ',', '|', '·'])
                .filter(|name| !name.is_empty() && *name != "och")
                .peekable();
            return names.peek().is_some() && names.all(|name| NETWORKS.contains(&name));
        }
    }
    if web::thanks_the_reader(&lower) {
        return true;
    }
    if QUESTIONS_TO_THE_READER.iter().any(|q| lower.starts_with(q)) && lower.ends_with('?') {
        return true;
    }
    if POINTERS_TO_THE_SITE.iter().any(|p| lower.starts_with(p))
        && (lower.contains("webbplats") || lower.contains("hemsida"))
    {
        return true;
    }
    is_tag_list(&lower)
}

/// Most words of a link in a banner ("Covid-19 och det nya coronaviruset").
const LONGEST_BANNER_LINK_WORDS: usize = 6;

/// True for a short line without a sentence's end: a link or heading, which is chrome
/// when chrome stands right before and after it.
fn may_be_banner_link(trimmed: &str) -> bool {
    !trimmed.ends_with(['.', '!', '?', ':'])
        && trimmed.split_whitespace().count() <= LONGEST_BANNER_LINK_WORDS
}

/// `line.contains(" | ")`, by a search for the rare "|" alone.
fn has_bar_between_spaces(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(b'|', bytes)
        .any(|i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '))
}

/// "Hälsa | Sverige": tags or breadcrumbs.
fn is_tag_list(lower: &str) -> bool {
    let parts: Vec<&str> = lower.split(" | ").collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words) && !p.chars().any(|c| c.is_ascii_digit())
        })
}

/// Headings of a page's list of its other releases ("Relaterat", "Fler nyheter"), in
/// lower case, without a closing colon.
const RELATED_HEADINGS: &[&str] = &[
    "relaterat",
    "relaterat innehåll",
    "relaterade nyheter",
    "relaterade pressmeddelanden",
    "relaterade artiklar",
    "fler nyheter",
    "fler pressmeddelanden",
    "senaste nyheter",
    "senaste nyheterna",
    "senaste pressmeddelanden",
    "senaste nytt",
    "läs också",
];
/// Beginnings of such headings that go on with the sender ("Fler pressmeddelanden från
/// Socialdepartementet").
const RELATED_HEADING_STARTS: &[&str] = &[
    "fler nyheter från ",
    "fler nyheter om ",
    "fler pressmeddelanden från ",
    "senaste nyheterna från ",
    "senaste pressmeddelanden från ",
];
/// Most words in one entry of such a list: another release's headline, its date, or
/// both on one line.
const TEASER_WORDS: usize = 16;

/// Marks as chrome a list of the site's other releases: a heading of
/// [`RELATED_HEADINGS`] and the lines after it that read as headlines or dates (short,
/// no closing full stop), up to a blank line or the first line of prose. Their dates,
/// sums, regions and ministers are those of the other releases.
fn mark_related_lists(lines: &mut [(&str, bool, bool, &str)]) {
    let mut i = 0;
    while i < lines.len() {
        if !is_related_heading(lines[i].3) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // The first entry may follow a blank line; after it, a blank line ends the list
        // unless a date alone opens the next entry ("8 mars 2004", then its headline).
        while end < lines.len()
            && (end == i + 1 || !lines[end].1 || is_date_alone(lines[end].3))
            && (is_teaser(lines[end].3)
                || (end > i + 1 && is_summary_after_date(lines[end - 1].3, lines[end].3)))
        {
            end += 1;
        }
        if end > i + 1 {
            for line in &mut lines[i..end] {
                line.2 = true;
            }
        }
        i = end;
    }
}

/// Longest line that may be a heading of [`RELATED_HEADINGS`] or
/// [`RELATED_HEADING_STARTS`] ("Fler pressmeddelanden från" and a sender's name).
const RELATED_HEADING_BYTES: usize = 100;

/// True for a heading of a list of other releases, `line` without surrounding white
/// space. Every line is asked, so a line is lower-cased only when it is short and starts
/// as one of the headings does: lower-casing every line cost an eighth of extraction.
fn is_related_heading(line: &str) -> bool {
    if !line.starts_with(['r', 'R', 'f', 'F', 's', 'S', 'l', 'L']) {
        return false;
    }
    let line = line.trim_end_matches(':').trim_end();
    if line.len() > RELATED_HEADING_BYTES {
        return false;
    }
    let heading = lowercase(line);
    RELATED_HEADINGS.contains(&heading.as_str())
        || RELATED_HEADING_STARTS
            .iter()
            .any(|start| heading.starts_with(start))
}

/// Most words in a date on a line of its own ("26 februari 2004", "2019-11-20").
const DATE_WORDS: usize = 3;

/// True for a date alone on its line: a day first and a year of four digits.
fn is_date_alone(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= DATE_WORDS
        && line.starts_with(|c: char| c.is_ascii_digit())
        && words.iter().any(|w| {
            let digits = w.split('-').next().unwrap_or_default();
            digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Most words of an entry's date line: the date and a label ("Pressmeddelande, 24
/// februari 2022"); a longer line holds a headline too.
const DATE_LINE_WORDS: usize = 4;

/// True for an entry's one-sentence summary under its date line ("Pressmeddelande, 24
/// februari 2022", then "Regeringen avsätter 250 miljoner kronor till …."): a short
/// sentence right after a line that is the entry's date and its label, nothing more.
fn is_summary_after_date(previous: &str, line: &str) -> bool {
    line.split_whitespace().count() <= TEASER_WORDS
        && previous.split_whitespace().count() <= DATE_LINE_WORDS
        && crate::dates::holds_date(previous)
}

/// True for a line that may be one entry of a list of releases: a headline or a date,
/// not a sentence.
fn is_teaser(line: &str) -> bool {
    !line.ends_with(['.', '!', '?']) && line.split_whitespace().count() <= TEASER_WORDS
}

/// [`strip`] for an owned text.
pub(crate) fn strip_owned(text: String) -> String {
    // Testing whether anything needs stripping costs a pass of the chrome tests over
    // every line, as much as stripping itself, so the text is always rebuilt.
    strip(&text)
}

/// `text` without chrome lines, blank-line runs collapsed again. A short line between
/// two chrome lines is a link of the same banner ([`may_be_banner_link`]).
pub(crate) fn strip(text: &str) -> String {
    // `lines_with_offsets` gives the pieces of `lines()` and, after a final "\n", an
    // empty one, which only marks a blank line that nothing follows. Each line is kept
    // with whether a blank line comes before it, whether it is chrome, and trimmed (the
    // later tests read it so).
    // A release has about one line that is not blank in 80 bytes (the seeds and dev
    // releases): room for one in 64 spares the growth.
    let mut lines: Vec<(&str, bool, bool, &str)> = Vec::with_capacity(text.len() / 64);
    let mut blank = false;
    let talk = PageTalk::in_text(text);
    // Few texts hold a "|": one search through the text, not one a line.
    let mut bars = NextMatch::new(&BAR);
    let mut gaps = NextMatch::new(&CELL_GAP);
    let separators = navigation::separator_offsets(text);
    for (start, line) in lines_with_offsets(text) {
        let trimmed = trim(line);
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        let line_end = start + line.len();
        let has_stem = talk.in_line(start..line_end);
        let has_bar = bars.within(text.as_bytes(), start, line_end);
        let may_be_menu = has_bar
            || gaps.within(text.as_bytes(), start, line_end)
            || any_within(&separators, start..line_end);
        lines.push((
            line,
            blank,
            is_chrome(trimmed, has_stem, has_bar, may_be_menu),
            trimmed,
        ));
        blank = false;
    }
    for i in 1..lines.len().saturating_sub(1) {
        if !lines[i].2 && lines[i - 1].2 && lines[i + 1].2 && may_be_banner_link(lines[i].3) {
            lines[i].2 = true;
        }
    }
    mark_related_lists(&mut lines);
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for (line, blank_before, chrome, _) in lines {
        blank |= blank_before;
        if chrome {
            continue;
        }
        if blank && !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(line);
        out.push('\n');
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines_are_removed() {
        let text = "Hoppa till huvudinnehåll\nJag förstår\nRubrik\n\nText.\n\nFölj Annika Strandhäll på Twitter\n\
                    Följ oss: Facebook   LinkedIn, X\nOm webbplatsen\n\
                    Prenumerera på Socialdepartementets nyheter\nTaggar:\n\nPrenumerera\nLaddar...\n\
                    Ladda ner:\nHjälpte informationen på sidan dig?\nYou must be logged in to post a comment Login\n\
                    Hälsa | Sverige";
        assert_eq!(strip(text), "Rubrik\n\nText.");
        assert_eq!(strip_owned(text.to_string()), "Rubrik\n\nText.");
    }

    #[test]
    fn a_site_s_navigation_is_removed_with_its_name_between() {
        let text = "Hoppa till innehåll\nLänsstyrelsen i Dalarna\nMeny   Sök   Kontakt\n\
                    Start > Nyheter > Miljö\n\nPublicerad 3 maj 2021\n\nNya pengar till kalkning\n\n\
                    Län  Stöd, mnkr\nDalarna  4\n\nLänsstyrelsen fördelar 4 miljoner kronor.";
        assert_eq!(
            strip(text),
            "Publicerad 3 maj 2021\n\nNya pengar till kalkning\n\nLän  Stöd, mnkr\nDalarna  4\n\n\
             Länsstyrelsen fördelar 4 miljoner kronor."
        );
    }

    #[test]
    fn lists_of_other_releases_are_removed() {
        let text = "Rubrik\n\nText om 5 miljoner kronor.\n\nRelaterat\n\n\
                    Region Dalarna får 3 miljoner kronor\n2 mars 2011\nNy chef för museet\n\n\
                    Regeringskansliet, 103 33 Stockholm.";
        assert_eq!(
            strip(text),
            "Rubrik\n\nText om 5 miljoner kronor.\n\nRegeringskansliet, 103 33 Stockholm."
        );
        let text =
            "Rubrik\n\nFler nyheter från Kalmar kommun:\n1 maj 2020 · Ny skola i Ljungbyholm\n\
                    Text som fortsätter i en mening.";
        assert_eq!(strip(text), "Rubrik\n\nText som fortsätter i en mening.");
        // An entry's one-sentence summary under its date line.
        let text = "Rubrik\n\nText.\n\nSenaste nytt\nUppdrag om tandvård\n\
                    Pressmeddelande, 24 februari 2022\n\
                    Regeringen avsätter 250 miljoner kronor till vården.\nOm webbplatsen";
        assert!(!strip(text).contains("250 miljoner"), "{}", strip(text));
        // Entries set apart by blank lines, each opened by its date.
        let text = "Rubrik\n\nText.\n\nFler pressmeddelanden från Näringsdepartementet\n\n\
                    8 mars 2004\nStöd till Gotland\n\n2 mars 2004\nNy styrelse\n\nSista stycket.";
        assert_eq!(strip(text), "Rubrik\n\nText.\n\nSista stycket.");
        // A headline after a blank line, not opened by a date, is no entry of the list.
        let text = "Relaterat\n\n1 maj 2020\nNy skola\n\nNya pengar till Gotland\n\nText.";
        assert_eq!(strip(text), "Nya pengar till Gotland\n\nText.");
        // A heading followed by prose keeps the prose, and the heading.
        let text =
            "Läs också\n\nÖverenskommelsen gäller till 2026 och omfattar 2 miljarder kronor.";
        assert_eq!(strip(text), text);
    }

    #[test]
    fn tidy_text_is_returned_as_is() {
        for text in [
            "Rubrik\n\nText.\nMer text.",
            "",
            "\nRubrik",
            "A\n\n\nB",
            "A\n \nB",
            "A\r\nB",
            "A ",
        ] {
            assert_eq!(strip_owned(text.to_string()), strip(text), "{text:?}");
        }
    }

    #[test]
    fn lists_are_lower_case() {
        use crate::text::is_folded;
        assert!(LINES.iter().chain(PREFIXES).all(|l| is_folded(l)));
    }

    #[test]
    fn first_bytes_fold_as_the_head_does() {
        for line in [
            "Öresund", "ÖVER", "Västra", "VÄSTRA", "×y", "ab", "Éa", "\u{a0}x", "a", "",
        ] {
            if let Some(pair) = folded_first_bytes(line) {
                let folded = [pair.0, pair.1];
                let expected = std::str::from_utf8(&folded).ok();
                let first_char = line.chars().next().map(|c| c.len_utf8());
                // A head starting with the two bytes starts with what they encode.
                if let (Some(text), Some(_)) = (expected, first_char) {
                    assert!(starts_with_ci(line, text), "{line:?}");
                }
                assert!(line.len() >= 2);
            }
        }
        assert_eq!(folded_first_bytes("Ö"), Some((0xC3, 0xB6)));
        assert_eq!(folded_first_bytes("\u{212A}r"), None);
        assert!(has_bar_between_spaces("Hälsa | Sverige"));
        assert!(!has_bar_between_spaces("a|b"));
        assert!(!has_bar_between_spaces("| b"));
    }

    #[test]
    fn the_site_speaking_to_its_reader_is_chrome() {
        let text = "Rubrik\n\nText.\n\nHar du frågor om vaccinationerna?\n\n\
                    Titta gärna på vår sida om vaccin här på webbplatsen.\n\n\
                    Vaccin mot mässling\nHjälpte informationen på sidan dig?";
        assert_eq!(strip(text), "Rubrik\n\nText.");
        assert!(is_boilerplate("Hittade du det du sökte?"));
        assert!(is_boilerplate("Besök gärna vår webbplats för mer."));
    }

    #[test]
    fn short_lines_stay_unless_chrome_surrounds_them() {
        let text = "Rubrik\n\nVaccin mot mässling\n\nText.\nDela\nSkriv ut";
        assert_eq!(strip(text), "Rubrik\n\nVaccin mot mässling\n\nText.");
        assert!(!is_boilerplate("Har du frågor, ring oss."));
        assert!(!is_boilerplate("Titta på siffrorna i tabellen nedan."));
    }

    #[test]
    fn page_talk_is_chrome_in_a_text() {
        let text = "Rubrik\n\nText om vården.\n\nVi sparar cookies för att sidan ska fungera.\n\
                    Läs om hur vi hanterar kakor\nTack för din återkoppling!\n\
                    Logga in för att svara";
        assert_eq!(strip(text), "Rubrik\n\nText om vården.");
    }

    #[test]
    fn content_is_kept() {
        assert!(!is_boilerplate(
            "Följ upp arbetet på regional nivå och rapportera."
        ));
        assert!(!is_boilerplate("Följ oss in i det nya arbetet med vården"));
        assert!(!is_boilerplate("Följ oss"));
        assert!(!is_boilerplate("Kontakt:"));
        assert!(!is_boilerplate("Pressekreterare hos Annika Strandhäll"));
    }
}
