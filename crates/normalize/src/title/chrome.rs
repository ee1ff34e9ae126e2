//! Lines at the top of a saved web page that are not the headline though they look like
//! one to a line-by-line reader: menus and breadcrumbs, and the sender's name standing
//! alone as a letterhead.

use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};

use super::has_words;
use crate::dates;
use crate::organizations::{org_canonical, SENDER_NAME_MAX_WORDS};
use crate::regions::region_canonical;
use crate::text::{menu_items, rsplit_once_by, split_once_by};

/// Most words in one item of a menu or a breadcrumb ("Dokument och publikationer",
/// "Du är här: Start"); a headline cut by a separator has a longer part.
const MENU_ITEM_WORDS: usize = 4;

/// "Start  Ekonomi  Vård  Press", "Om oss | Nyheter | Kontakt", "Startsida > Om oss >
/// Nyheter", "2019-03-07 | Region Uppsala | Akademiska sjukhuset": a line of two or
/// more short items ([`menu_items`]).
pub(super) fn is_navigation(line: &str) -> bool {
    let mut items = 0;
    for item in menu_items(line) {
        if has_words(item, MENU_ITEM_WORDS + 1) {
            return false;
        }
        items += 1;
    }
    items >= 2
}

/// How many short lines in a row make a menu set out one item a line.
const VERTICAL_MENU_LINES: usize = 3;

/// Which of `lines` belong to a menu written one item a line ("Regeringen",
/// "Regeringens politik", "Dokument och publikationer"): a run of at least
/// [`VERTICAL_MENU_LINES`] short lines without digits or a full stop.
pub(super) fn vertical_menu(lines: &[&str]) -> Vec<bool> {
    let short = |l: &&str| {
        !has_words(l, MENU_ITEM_WORDS + 1) && !l.contains(|c: char| c.is_ascii_digit() || c == '.')
    };
    let mut out = vec![false; lines.len()];
    let mut run_start = 0;
    for i in 0..=lines.len() {
        if lines.get(i).is_some_and(short) {
            continue;
        }
        if i - run_start >= VERTICAL_MENU_LINES {
            out[run_start..i].iter_mut().for_each(|m| *m = true);
        }
        run_start = i + 1;
    }
    out
}

/// Small words inside organization names: "Högskolan i Gävle", "Sveriges Kommuner och
/// Regioner", "Regionförbundet i Kalmar län".
const NAME_JOINERS: &[&str] = &["i", "och", "för", "av"];

/// The mark a listed company writes after its name and form ("Nolato AB (publ)",
/// "Elekta AB (publ)"): a letterhead's word, in lower case, that no headline carries.
const PUBLIC_COMPANY_MARK: &str = "publ";

/// Endings of the lower-case nouns in organization names: "Norrtälje kommun", "Göteborgs
/// stad", "Kalmar län", "Sveriges innovationsmyndighet", "Post- och telestyrelsen".
const NAME_NOUN_ENDINGS: &[&str] = &[
    "kommun",
    "stad",
    "län",
    "landsting",
    "myndighet",
    "myndigheten",
    "styrelsen",
    "verk",
    "verket",
    "universitet",
    "förbundet",
    "byrån",
    "nämnden",
    "kansliet",
    "departementet",
    // A municipality's or region's unit under its letterhead ("Barn- och
    // utbildningsförvaltningen", "Bygg- och miljökontoret").
    "förvaltningen",
    "kontoret",
];

/// Searchers for what [`is_sender_name`] cuts a line at, built once
/// ([`split_once_by`]).
static OWNER_SEPARATOR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", "));
static WIRE_SEPARATOR: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" via "));
static ABBREVIATION_OPENING: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" ("));
static LONG_FORM_SEPARATOR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" – "));

/// "Länsstyrelsen Västernorrland", "Högskolan i Gävle", "TT Nyhetsbyrån", "Post- och
/// telestyrelsen (PTS)", "LANDSTINGET I ÖSTERGÖTLAND": a line that only names a sender,
/// as a page's letterhead does. Told by shape, so unlisted senders count: every word is
/// capitalized, a joiner or a noun organizations are named with. A headline says what
/// happened, with a lower-case verb or a number ("Region Norrbotten får 35 miljoner").
pub(super) fn is_sender_name(line: &str) -> bool {
    // A letterhead may carry the date: "Länsstyrelsen i Kalmar län, 2013-12-19".
    let without_date;
    let mut line = line.trim();
    if let Some((start, end, _)) = dates::dates_in(line).first() {
        without_date = format!("{}{}", &line[..*start], &line[*end..]);
        line = without_date.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    }
    // "Avsändare: Astma- och Allergiförbundet": a wire's labelled sender field.
    if let Some(sender) = SENDER_LABELS.iter().find_map(|l| line.strip_prefix(l)) {
        return is_sender_name(sender);
    }
    // "Aneby församling, Svenska kyrkan": a sender and the body it belongs to.
    if let Some((sender, owner)) = split_once_by(line, &OWNER_SEPARATOR) {
        if is_sender_name(sender) && is_sender_name(owner) {
            return true;
        }
    }
    // "Jernhusen AB via Cision": a repost's line naming the sender and its wire.
    if let Some((sender, wire)) = rsplit_once_by(line, &WIRE_SEPARATOR) {
        if crate::organizations::is_news_wire(wire) {
            return is_sender_name(sender);
        }
    }
    if names_newsroom(line) {
        return true;
    }
    // "Brottsförebyggande rådet (Brå)": a name and its abbreviation in brackets.
    if let Some(name) = line
        .strip_suffix(')')
        .and_then(|head| rsplit_once_by(head, &ABBREVIATION_OPENING))
        .filter(|(_, short)| is_abbreviation(short))
        .map(|(name, _)| name)
    {
        return is_sender_name(name);
    }
    // "PTS – Post- och telestyrelsen": a name and its long form.
    if let Some((short, long)) = split_once_by(line, &LONG_FORM_SEPARATOR) {
        return is_sender_name(short) && is_sender_name(long);
    }
    if has_words(line, SENDER_NAME_MAX_WORDS + 1)
        || line.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!'))
    {
        return false;
    }
    if org_canonical(line).is_some() || region_canonical(line).is_some() {
        return true;
    }
    // A line that is one organization's name by its form, with lower-case words inside
    // ("Tekniska verken i Linköping AB", "Nacka vatten och avfall AB").
    if crate::organizations::sender_canonical(line).is_some() {
        return true;
    }
    line.split_whitespace().all(|word| {
        let core = word.trim_matches(|c: char| !c.is_alphabetic());
        core.is_empty()
            || core.starts_with(char::is_uppercase)
            || NAME_JOINERS.contains(&core)
            || core == PUBLIC_COMPANY_MARK
            || NAME_NOUN_ENDINGS.iter().any(|e| core.ends_with(e))
    })
}

/// True for an abbreviation as bodies write theirs in brackets after their name: a
/// capital and up to five more letters, no space ("Brå", "PTS", "MSB").
fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && (1..=5).contains(&chars.clone().count())
        && chars.all(char::is_alphabetic)
}

/// Most words of a minister's name after the title on a page's minister line.
const MINISTER_NAME_WORDS: usize = 3;

/// "Äldre- och folkhälsominister Maria Larsson", "Socialminister Göran Hägglund": a line
/// of a department's box that names a minister by title and name and says nothing more.
/// A headline about a minister goes on with what the minister did.
pub(super) fn is_minister_line(line: &str) -> bool {
    // Most lines hold no title: one search spares them the words.
    if !line.contains("inister") {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(title_end) = words
        .iter()
        .position(|w| w.to_lowercase().ends_with("minister"))
    else {
        return false;
    };
    let name = &words[title_end + 1..];
    (2..=MINISTER_NAME_WORDS).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// The labels a wire sets before the sender's name on a line of its own ("Avsändare:
/// Region Kronoberg").
const SENDER_LABELS: [&str; 2] = ["Avsändare: ", "Från: "];

/// What a wire or a sender's site calls the page that gathers a sender's releases.
const NEWSROOM_WORDS: &[&str] = &["nyhetsrum", "pressrum", "mediarum", "newsroom", "pressroom"];

/// Most words of a newsroom's label ("Nyhetsrum på Mynewsdesk"); more make a sentence.
const NEWSROOM_LABEL_WORDS: usize = 4;

/// What joins a sender's name to its newsroom's label on one line, searchers built once.
static NEWSROOM_SEPARATORS: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| [" – ", " - ", " | "].map(Finder::new));

/// "HSB Norr – Nyhetsrum på Mynewsdesk", "Pressrum | Region Gävleborg", "Sandvik AB -
/// Newsroom": the head of a wire's or a site's page of releases, a sender's name beside
/// the label of its newsroom ([`NEWSROOM_WORDS`] and perhaps where it is), on either
/// side of a separator. It names who sends, as a letterhead does; a headline about a
/// newsroom says what happened to it ("Kommunen öppnar nyhetsrum för föreningar").
fn names_newsroom(line: &str) -> bool {
    let is_label = |part: &str| {
        part.split_whitespace()
            .next()
            .is_some_and(|first| NEWSROOM_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)))
            && !has_words(part, NEWSROOM_LABEL_WORDS + 1)
    };
    NEWSROOM_SEPARATORS.iter().any(|sep| {
        split_once_by(line, sep).is_some_and(|(left, right)| {
            (is_label(right) && is_sender_name(left)) || (is_label(left) && is_sender_name(right))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_and_breadcrumbs_are_navigation() {
        assert!(is_navigation("Hem  Nyheter  Evenemang  Kontakta oss"));
        assert!(is_navigation("Om kommunen | Press | In English"));
        assert!(is_navigation("Hem > Aktuellt > Pressmeddelanden 2014"));
        assert!(is_navigation("Startsida / Nyheter"));
        assert!(is_navigation("Start » Om oss » Nyheter"));
        assert!(is_navigation("Nyhet · 3 maj 2016"));
        assert!(is_navigation("[Hem](/) · [Nyheter](/nyheter)"));
    }

    #[test]
    fn headlines_are_not_navigation() {
        assert!(!is_navigation("Kommunen bygger ny förskola i Bergsjön"));
        assert!(!is_navigation("Budget 2016 – mer till skolan"));
        assert!(!is_navigation(
            "Nytt avtal | så fördelas pengarna mellan länen i år"
        ));
        assert!(!is_navigation("Hem"));
        assert!(!is_navigation("Skola/förskola får mer pengar"));
    }

    #[test]
    fn letterheads_are_sender_names() {
        // A firm's name by its form, lower-case words inside.
        assert!(is_sender_name("Kommunala bostadsbolaget i Eda AB"));
        assert!(is_sender_name("Kalix energi och miljö AB"));
        assert!(is_sender_name("Länsstyrelsen Dalarna"));
        assert!(is_sender_name("Mittuniversitetet"));
        assert!(is_sender_name("Universitetet i Umeå"));
        assert!(is_sender_name("Borås stad"));
        assert!(is_sender_name("Regionförbundet i Örebro län"));
        assert!(is_sender_name("Uppsala universitet"));
        assert!(is_sender_name("Statens jordbruksverk"));
        assert!(is_sender_name("REGION DALARNA"));
        assert!(is_sender_name("Kultur- och fritidsförvaltningen"));
        assert!(is_sender_name("Brottsförebyggande rådet (Brå)"));
        assert!(is_minister_line(
            "Äldre- och folkhälsominister Maria Larsson"
        ));
        assert!(is_minister_line("Socialminister Göran Hägglund"));
        assert!(!is_minister_line(
            "Socialminister Göran Hägglund besöker Gävle"
        ));
        assert!(!is_minister_line("Nya pengar till skolan"));
        assert!(!is_sender_name("Nya regler för rådet (EU)"));
        assert!(is_sender_name("Bygg- och miljökontoret"));
        assert!(is_sender_name(
            "Myndigheten för samhällsskydd och beredskap"
        ));
        assert!(is_sender_name("Skogsstyrelsen (SKS)"));
        assert!(is_sender_name("Länsstyrelsen i Kalmar län, 2014-05-06."));
        assert!(is_sender_name(
            "MSB – Myndigheten för samhällsskydd och beredskap"
        ));
    }

    #[test]
    fn a_reposts_line_of_sender_and_wire_is_a_sender_name() {
        assert!(is_sender_name("Sundsvall Energi AB via Mynewsdesk"));
        assert!(is_sender_name("Region Kalmar län via Cision"));
        assert!(!is_sender_name("Nya bussar rullar via Cision"));
    }

    #[test]
    fn a_senders_name_beside_its_newsroom_is_a_sender_name() {
        assert!(is_sender_name("Gislaveds kommun – Nyhetsrum på Mynewsdesk"));
        assert!(is_sender_name("Pressrum | Region Västerbotten"));
        assert!(is_sender_name("Trelleborg AB - Newsroom"));
        assert!(is_sender_name(
            "Nyhetsrum hos Cision | Statens fastighetsverk"
        ));
        // A headline about a newsroom, or a label beside a sentence.
        assert!(!is_sender_name("Kommunen öppnar nyhetsrum för föreningar"));
        assert!(!is_sender_name(
            "Nyhetsrum – kommunen bygger ny skola i Åsa"
        ));
        assert!(!is_sender_name(
            "Region Halland – Nyhetsrum där vi samlar allt om nya sjukhuset"
        ));
    }

    #[test]
    fn a_listed_companys_letterhead_is_a_sender_name() {
        assert!(is_sender_name("Nolato AB (publ)"));
        assert!(is_sender_name("Bergs Timber AB (publ)"));
        assert!(!is_sender_name("Nolato AB (publ) ökar försäljningen"));
    }

    #[test]
    fn headlines_are_not_sender_names() {
        assert!(!is_sender_name("Region Dalarna bygger nytt sjukhus"));
        assert!(!is_sender_name(
            "Skogsstyrelsen: 30 miljoner till naturvård"
        ));
        assert!(!is_sender_name("Mer pengar till äldreomsorgen"));
        assert!(!is_sender_name("Vem tar ansvar för Göteborgs Hamn?"));
        assert!(!is_sender_name("Budget för 2017"));
        assert!(!is_sender_name("Kommunstyrelsen i korthet, 2014-05-06"));
        assert!(!is_sender_name("Skolan – en satsning för alla"));
        // A wire's labelled sender field, and a sender beside the body it belongs to.
        assert!(is_sender_name(
            "Avsändare: Sveriges Hemslöjdsföreningars Riksförbund"
        ));
        assert!(is_sender_name("Hova församling, Svenska kyrkan"));
        assert!(!is_sender_name("Avsändare: kommunen vill ha svar"));
        assert!(!is_sender_name(
            "Hova församling, en del av kyrkan, bygger om"
        ));
    }

    #[test]
    fn short_lines_in_a_row_are_a_menu() {
        let lines = [
            "Kommunen",
            "Om oss",
            "Nyheter och press",
            "Kontakt",
            "Ny skola byggs i Ås",
        ];
        assert_eq!(vertical_menu(&lines), [true, true, true, true, false]);
        let lines = ["Nyhet", "Ny skola i Ås", "2016-05-03", "Kommunen bygger."];
        assert_eq!(vertical_menu(&lines), [false; 4]);
    }
}
