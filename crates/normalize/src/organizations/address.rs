//! Senders known by their postal address: a footer or contact line that opens with a
//! name and goes on to a postcode ("Stiftelsen Nordens Ark, Åby säteri, 456 93
//! Hunnebostrand", "Havs- och vattenmyndigheten · Box 11 930 · 404 39 Göteborg"). Every
//! sender writes its address so, listed or not.

use super::UNIT_ENDINGS;
use crate::entities::Span;
use crate::regions;

/// Longest line read as an address: a footer line, not a paragraph that happens to
/// hold a postcode.
const LONGEST_LINE: usize = 200;

/// What separates the parts of an address line.
const SEPARATORS: &[char] = &[',', '·', '|', '•', ';'];

/// Words that open a part of the address, not a name.
const ADDRESS_WORDS: &[&str] = &[
    "Box",
    "Postadress",
    "Besöksadress",
    "Adress",
    "Telefon",
    "Tel",
    "Org",
    "Organisationsnummer",
];

/// Labels of a news wire's topic tags in a release's footer ("Ämnen: Djur, Hundar").
const TOPIC_LABELS: &[&str] = &[
    "Ämnen",
    "Ämne",
    "Taggar",
    "Kategorier",
    "Kategori",
    "Nyckelord",
];

/// The names that open address lines: where each stands, in text order. Regions and
/// ministries write addresses too; they are not organizations here.
///
/// A postcode is looked for only before a town's capital (`capitals`, from
/// [`crate::gazetteer::capitals`]: A–Z, "Å", "Ä", "Ö"), not by a scan of every short
/// line (131.72 → 130.15 instructions per byte).
pub(super) fn senders(text: &str, capitals: &[usize]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The start of the line whose first postcode was read: a line's later ones are not.
    let mut read_line = None;
    for &town in capitals {
        let Some(postcode) = town.checked_sub(POSTCODE_AND_SPACE) else {
            continue;
        };
        if !is_postcode_at(text, postcode) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..town]).map_or(0, |i| i + 1);
        // A postcode broken over two lines ("103\n10 Mål") is none.
        if start > postcode || read_line == Some(start) {
            continue;
        }
        read_line = Some(start);
        let line_end = memchr::memchr(b'\n', &bytes[town..]).map_or(bytes.len(), |i| town + i);
        // A paragraph is passed over: an address is a line of its own.
        if line_end - start > LONGEST_LINE {
            continue;
        }
        if let Some(name) = opening_name(&text[start..postcode]) {
            out.push(Span {
                start: start + name.start,
                end: start + name.end,
            });
        }
    }
    out
}

/// Bytes of "NNN NN ", from a postcode's start to its town's.
const POSTCODE_AND_SPACE: usize = 7;

/// True when a Swedish postcode and its town start at byte `at`: "NNN NN Town", not
/// inside a longer number or word.
fn is_postcode_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let digit = |k: usize| bytes.get(at + k).is_some_and(u8::is_ascii_digit);
    digit(2)
        && digit(0)
        && digit(1)
        && digit(4)
        && digit(5)
        && bytes.get(at + 6) == Some(&b' ')
        && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
        && text
            .get(at + 7..)
            .is_some_and(|town| town.starts_with(char::is_uppercase))
}

/// The name the address `head` (the line up to its postcode) opens with: its first
/// part, after any markup or label ("<p>", "**Kontakt:**"), when that part is a
/// capitalized name of a few words and not a region, a ministry or part of the address.
fn opening_name(head: &str) -> Option<Span> {
    let mut start = 0;
    loop {
        let rest = &head[start..];
        let skipped = rest.len() - rest.trim_start_matches([' ', '\t', '*', '_', '>']).len();
        start += skipped;
        let rest = &head[start..];
        if rest.starts_with('<') {
            start += rest.find('>')? + 1;
        } else if let Some(colon) = label_end(rest) {
            // "Ämnen: Djur, Hundar · Svenska Kennelklubben, …": a news wire's topic tags
            // run to the next separator of the footer's parts, not to a comma.
            let label = rest[..colon - 1].trim();
            if TOPIC_LABELS.contains(&label) {
                let tags_end = rest[colon..].find(['·', '|', '•'])?;
                let separator = rest[colon + tags_end..].chars().next()?;
                start += colon + tags_end + separator.len_utf8();
            } else {
                start += colon;
            }
        } else if skipped == 0 {
            break;
        }
    }
    let rest = &head[start..];
    let part_len = rest.find(SEPARATORS)?;
    let name = rest[..part_len].trim_end();
    let words: Vec<&str> = name.split(' ').collect();
    let plain = name.starts_with(char::is_uppercase)
        && words.len() <= super::SENDER_NAME_MAX_WORDS
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '@' | '/' | '(' | '['));
    if !plain
        || ADDRESS_WORDS.contains(&words[0].trim_end_matches('.'))
        || words[0] == "Region"
        || name.contains("departementet")
        || (words.len() == 1 && UNIT_ENDINGS.iter().any(|e| name.ends_with(e)))
        || regions::lookup_label(name).is_some()
    {
        return None;
    }
    Some(Span {
        start,
        end: start + name.len(),
    })
}

/// The end of a label such as "Kontakt:" or "Adress: " that opens `rest`: one or two
/// words and a colon.
fn label_end(rest: &str) -> Option<usize> {
    let colon = rest.find(':')?;
    let label = &rest[..colon];
    let short =
        label.split(' ').count() <= 2 && label.chars().all(|c| c.is_alphabetic() || c == ' ');
    (short && !label.is_empty()).then(|| colon + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        senders(text, &crate::gazetteer::capitals(text))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_name_opens_its_postal_address() {
        assert_eq!(
            names("Text.\n\nStiftelsen Nordens Ark, Åby säteri, 456 93 Hunnebostrand\n"),
            ["Stiftelsen Nordens Ark"]
        );
        assert_eq!(
            names("<p>Svensk Kollektivtrafik · Box 123 · 111 22 Stockholm · 08-12 34 56</p>"),
            ["Svensk Kollektivtrafik"]
        );
        assert_eq!(
            names("**Kontakt:** Sametinget, Box 90, 981 22 Kiruna, telefon 0980-780 30."),
            ["Sametinget"]
        );
        // A news wire's topic tags before the sender's part of the footer.
        assert_eq!(
            names(
                "Ämnen: Fåglar, Natur · Sveriges Ornitologiska Förening, Box 1, 111 22 Stockholm"
            ),
            ["Sveriges Ornitologiska Förening"]
        );
        assert!(names("Taggar: Skog, Natur, 111 22 Stockholm").is_empty());
    }

    #[test]
    fn regions_ministries_and_address_parts_are_not_senders() {
        for text in [
            "Jordbruksdepartementet, 103 33 Stockholm",
            "Region Skåne, J A Hedlunds väg, 291 89 Kristianstad",
            "Västra Götalandsregionen, Regionens hus, 405 44 Göteborg",
            "103 33 Stockholm",
            "Besöksadress: Hornsgatan 20, 118 82 Stockholm",
            "Box 5398, 102 49 Stockholm",
            "Hornsgatan 20, 118 82 Stockholm",
            "Kommunikationsavdelningen, Region Halland, 301 80 Halmstad",
            "Presstjänsten, Box 12, 118 82 Stockholm",
            "Beslutet gäller från 2024 och, enligt planen, för 120 00 Personer",
            // A postcode's digits broken over two lines.
            "Sametinget, Box 90, 981\n22 Kiruna",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
