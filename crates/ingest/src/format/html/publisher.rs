//! The publisher of a web page, from the postal address in its footer: Swedish public
//! bodies sign their pages "Boverket, 371 23 Karlskrona" or "Trafikverket, Box 810,
//! 781 28 Borlänge". The footer is chrome and is not indexed, but whose page it
//! is belongs with the release.

use scraper::Html;

use super::selector;

/// Longest name taken from an address line; longer text is a sentence, not a sender.
const MAX_NAME_CHARS: usize = 80;

/// The name before the first postal address in the page's footer, if any; failing that,
/// the name the site's logo carries ([`logo_name`]), then its home link's
/// ([`home_link_name`]), then the site's name its `<title>` ends with
/// ([`title_site_name`]). Only a name normalize knows counts, a body's or a region's
/// ("Region Sörmland"): a ministry signing the
/// footer ("Kulturdepartementet, 103 33 Stockholm") is no organization, and the
/// Government Offices' home link above it still names the sender; a wire's name
/// ("Mynewsdesk") is none either.
pub(super) fn publisher(doc: &Html) -> Option<String> {
    let sources: [fn(&Html) -> Option<String>; 4] = [
        addressed_publisher,
        logo_name,
        home_link_name,
        title_site_name,
    ];
    sources.iter().find_map(|source| {
        source(doc).filter(|name| {
            pressarkiv_normalize::sender_canonical(name).is_some()
                || pressarkiv_normalize::sender_region(name).is_some()
        })
    })
}

/// "<a href=\"/\">Regeringskansliet</a>" in the page's header: the link to the site's
/// home page names whose page it is, as a logo does, where its text is a body the lists
/// of normalize hold. Other home links ("Startsida", "Hem") name nothing.
fn home_link_name(doc: &Html) -> Option<String> {
    let links = selector("a[href=\"/\"], a[rel~=\"home\"]")?;
    doc.select(&links).find_map(|link| {
        let name = link.text().collect::<String>();
        let name = name.trim();
        pressarkiv_normalize::sender_canonical(name).map(|_| name.to_string())
    })
}

/// "<title>Nytt reningsverk | Ängelholms kommun</title>": the site's name after the
/// headline names whose page it is, where normalize knows it.
fn title_site_name(doc: &Html) -> Option<String> {
    let title = super::first_text(doc.root_element(), "title")?;
    super::site_name(&title).map(str::to_string)
}

/// "<a class=\"logo\">Regeringskansliet</a>", "<a class=\"logo\"><img alt=\"Länsstyrelsen
/// Norrbotten\"></a>": the site's logo names whose page it is, as its link text or its
/// image's alternative text. A name of more than [`MAX_NAME_WORDS`] words is a slogan.
/// The caller counts only a name normalize lists, so a carrier's logo ("Mynewsdesk") or
/// a region's counts as nothing here.
fn logo_name(doc: &Html) -> Option<String> {
    let logos = selector(".logo")?;
    let images = selector("img[alt]")?;
    doc.select(&logos).find_map(|logo| {
        let text: String = logo.text().collect::<String>().trim().to_string();
        let name = if text.is_empty() {
            logo.select(&images)
                .find_map(|img| img.value().attr("alt"))
                .map(|alt| alt.trim().to_string())?
        } else {
            text
        };
        let words = name.split_whitespace().count();
        (name.starts_with(char::is_uppercase) && (1..=MAX_NAME_WORDS).contains(&words))
            .then_some(name)
    })
}

/// The name before the first postal address in the page's footer, if any.
fn addressed_publisher(doc: &Html) -> Option<String> {
    let footers = selector("footer, [role=contentinfo]")?;
    doc.select(&footers).find_map(|footer| {
        let texts: Vec<&str> = footer
            .text()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        texts.iter().copied().find_map(addressed_name).or_else(|| {
            texts
                .windows(2)
                .find_map(|pair| name_above_address(pair[0], pair[1]))
        })
    })
}

/// Labels a footer may set before its postal address ("Postadress: 103 33 Stockholm").
const ADDRESS_LABELS: &[&str] = &["Postadress:", "Adress:", "Post:"];

/// Most words of a name standing on its own above the address; a longer line is a
/// sentence or a slogan.
const MAX_NAME_WORDS: usize = 6;

/// "Regeringskansliet" above "Postadress: 103 33 Stockholm · Telefon …": a footer that
/// sets the name in an element of its own and the address in the next, with or without
/// a label ([`ADDRESS_LABELS`]) before the postcode.
fn name_above_address(name: &str, next: &str) -> Option<String> {
    let chars = name.chars().count();
    let words = name.split_whitespace().count();
    if !(2..=MAX_NAME_CHARS).contains(&chars)
        || words > MAX_NAME_WORDS
        || !name.starts_with(char::is_uppercase)
        || name.contains(|c: char| c.is_ascii_digit() || SEPARATORS.contains(&c))
    {
        return None;
    }
    let address = ADDRESS_LABELS
        .iter()
        .find_map(|label| next.strip_prefix(label))
        .unwrap_or(next)
        .trim_start();
    starts_with_postcode_and_town(address).then(|| name.to_string())
}

/// What separates a footer's name from its address: a comma, or the middle dot or bar
/// footers set between their parts ("Regeringskansliet · 103 33 Stockholm").
const SEPARATORS: [char; 3] = [',', '·', '|'];

/// "Boverket, 371 23 Karlskrona. Telefon …" → "Boverket": a name, a separator
/// ([`SEPARATORS`]), an optional post box, then a five-digit postcode (written "106 20"
/// or "10620") and a capitalized town.
fn addressed_name(text: &str) -> Option<String> {
    let (name, rest) = text.trim().split_once(SEPARATORS)?;
    let name = name.trim();
    let chars = name.chars().count();
    if !(2..=MAX_NAME_CHARS).contains(&chars) || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let mut rest = rest.trim_start();
    if let Some(after_box) = rest.strip_prefix("Box ") {
        let (_, after) = after_box.split_once(SEPARATORS)?;
        rest = after.trim_start();
    }
    starts_with_postcode_and_town(rest).then(|| name.to_string())
}

/// "106 20 Stockholm", "10620 Stockholm".
fn starts_with_postcode_and_town(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
    };
    let postcode = if digits(0..3) && bytes.get(3) == Some(&b' ') && digits(4..6) {
        6
    } else if digits(0..5) {
        5
    } else {
        return false;
    };
    text.get(postcode..).is_some_and(|town| {
        town.starts_with(' ') && town.trim_start().starts_with(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_above_a_postal_address_is_the_sender() {
        assert_eq!(
            name_above_address(
                "Regeringskansliet",
                "Postadress: 103 33 Stockholm · Telefon 08-405 10 00"
            )
            .as_deref(),
            Some("Regeringskansliet")
        );
        assert_eq!(
            name_above_address("Kustbevakningen", "371 22 Karlskrona").as_deref(),
            Some("Kustbevakningen")
        );
        // A heading or a sentence above the address is no name.
        assert_eq!(
            name_above_address("Kontakta oss", "Telefon 010-225 50 00"),
            None
        );
        assert_eq!(
            name_above_address(
                "Vi finns här för dig som bor i länet och vill veta mer",
                "971 86 Luleå"
            ),
            None
        );
        let doc = Html::parse_document(
            "<footer><p class=\"org\">Regeringskansliet</p><p>Postadress: 103 33 Stockholm</p></footer>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Regeringskansliet"));
    }

    #[test]
    fn a_sites_logo_names_the_sender_where_no_footer_does() {
        let doc = Html::parse_document(
            "<header><a href=\"/\" class=\"logo\">Kustbevakningen</a></header><p>Text</p>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Kustbevakningen"));
        let doc = Html::parse_document(
            "<div class=\"logo\"><img src=\"l.svg\" alt=\"Statens fastighetsverk\"></div>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Statens fastighetsverk"));
        // The footer's address comes first.
        let doc = Html::parse_document(
            "<a class=\"logo\">Start</a><footer>Boverket, 371 23 Karlskrona</footer>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Boverket"));
    }

    #[test]
    fn a_listed_body_linking_to_the_home_page_is_the_sender() {
        let doc = Html::parse_document(
            "<div class=\"top\"><a href=\"/\">Startsida</a> <a href=\"/\">Skolverket</a> \
             <a href=\"/sok\">Sök</a></div><p>Text</p>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Skolverket"));
        // A home link that names no listed body names no sender.
        let doc = Html::parse_document("<a href=\"/\">Hem</a><p>Text</p>");
        assert_eq!(publisher(&doc), None);
        // The site's name the title ends with, where nothing else names the sender; a
        // wire's name or a site's address names none.
        let doc = Html::parse_document(
            "<head><title>Nytt reningsverk | Ängelholms kommun</title></head><p>Text</p>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Ängelholms kommun"));
        for title in [
            "Nytt reningsverk | Mynewsdesk",
            "Nytt reningsverk - Regeringen.se",
        ] {
            let page = format!("<head><title>{title}</title></head><p>Text</p>");
            assert_eq!(publisher(&Html::parse_document(&page)), None, "{title}");
        }
        // A footer signed by a body no list or form knows does not hide the home link.
        let doc = Html::parse_document(
            "<header><a href=\"/\">Regeringskansliet</a></header><p>Text</p>\
             <footer><p>Näringsdepartementet, 103 33 Stockholm</p></footer>",
        );
        assert_eq!(publisher(&doc).as_deref(), Some("Regeringskansliet"));
    }

    #[test]
    fn a_name_before_a_postal_address_is_the_sender() {
        assert_eq!(
            addressed_name("Boverket, 371 23 Karlskrona. Telefon 0455-123 45").as_deref(),
            Some("Boverket")
        );
        assert_eq!(
            addressed_name("Länsstyrelsen i Örebro län, Box 224, 70102 Örebro").as_deref(),
            Some("Länsstyrelsen i Örebro län")
        );
        assert_eq!(
            addressed_name("Om webbplatsen, kakor och tillgänglighet"),
            None
        );
        assert_eq!(addressed_name("Ring 08-123 45 67, vardagar 8–17"), None);
        assert_eq!(addressed_name("Kontakt, 12 maj 2021 Stockholm"), None);
    }

    #[test]
    fn a_middle_dot_or_bar_separates_name_and_address() {
        assert_eq!(
            addressed_name("Kammarkollegiet · 103 14 Stockholm · Telefon 08-700 08 00").as_deref(),
            Some("Kammarkollegiet")
        );
        assert_eq!(
            addressed_name("Region Kalmar län | 391 26 Kalmar").as_deref(),
            Some("Region Kalmar län")
        );
        assert_eq!(addressed_name("Om oss · Kontakt · Press"), None);
    }

    #[test]
    fn the_footer_names_the_page_s_publisher() {
        let doc = Html::parse_document(
            "<body><main><p>Text om Umeå, 901 84 Umeå.</p></main>\
             <footer><ul><li><a href='/om'>Om webbplatsen</a></li></ul>\
             <p>Myndigheten för vård- och omsorgsanalys, Box 6163, 102 33 Stockholm</p>\
             </footer></body>",
        );
        assert_eq!(
            publisher(&doc).as_deref(),
            Some("Myndigheten för vård- och omsorgsanalys")
        );
        let without = Html::parse_document("<body><p>Vården, 123 45 Ort.</p></body>");
        assert_eq!(publisher(&without), None);
    }
}
