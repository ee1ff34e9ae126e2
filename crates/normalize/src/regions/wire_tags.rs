//! A news wire's region tags in a release's footer ("Ämnen: Innovation · Regioner:
//! Norrbotten, Värmland").

/// The label of a news wire's region tags, in lower case: Mynewsdesk and Cision file a
/// release under the counties its sender serves or names ("Regioner: Stockholm"), which
/// is the wire's filing, not what the text says.
const REGION_TAGS_LABEL: &[u8] = b"regioner";

/// Most bytes looked back over from a mention to the label: a few tags of county names.
const MAX_TAGS_BEFORE: usize = 120;

/// True when the region's name starting at `start` is one of a wire's region tags: the
/// label [`REGION_TAGS_LABEL`] and a colon stand before it, with only other tags (names,
/// commas, hyphens) between. Such a name is no mention of the region.
///
/// Only the mentions already found are tested, by bytes and looking back over the tags
/// before it; most stop at the first full stop or figure.
pub(crate) fn in_region_tags(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let floor = start.saturating_sub(MAX_TAGS_BEFORE);
    let mut at = start;
    while at > floor {
        let b = bytes[at - 1];
        if !(b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b' ' | b',' | b'-')) {
            break;
        }
        at -= 1;
    }
    if at == 0 || bytes[at - 1] != b':' {
        return false;
    }
    let Some(label_start) = (at - 1).checked_sub(REGION_TAGS_LABEL.len()) else {
        return false;
    };
    bytes[label_start..at - 1].eq_ignore_ascii_case(REGION_TAGS_LABEL)
        && opens_footer_part(&bytes[..label_start])
}

/// True when `before` ends where a part of a footer starts: at the start of a line or
/// after a separator of the footer's parts ("·", "|", "•"), spaces aside. "Pengarna går
/// till fyra regioner: Halland, …" is prose, and its counties are mentions.
fn opens_footer_part(before: &[u8]) -> bool {
    let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
    let before = &before[..before.len() - spaces];
    before.is_empty()
        || before.ends_with(b"\n")
        || before.ends_with(b"|")
        || before.ends_with("·".as_bytes())
        || before.ends_with("•".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(text: &str, name: &str) -> bool {
        in_region_tags(text, text.rfind(name).unwrap())
    }

    #[test]
    fn names_after_a_region_tag_label_are_tags() {
        let footer = "Ämnen: Miljö, Energi · Regioner: Jämtland, Västernorrland";
        assert!(tagged(footer, "Jämtland"));
        assert!(tagged(footer, "Västernorrland"));
        assert!(tagged("Regioner: Halland", "Halland"));
        assert!(tagged("Bilder\nRegioner: Gotland", "Gotland"));
        assert!(tagged("Taggar: Vård | Regioner: Gotland", "Gotland"));
    }

    #[test]
    fn names_in_prose_or_after_other_labels_are_mentions() {
        assert!(!tagged("Ämnen: Skåne, Energi", "Skåne"));
        assert!(!tagged(
            "Regionerna i Jämtland och Västernorrland får mer.",
            "Västernorrland"
        ));
        assert!(!tagged("Kontakt: Region Halland", "Halland"));
        assert!(!tagged(
            "Flera regioner: Halland och Skåne. Även Kronoberg.",
            "Kronoberg"
        ));
        assert!(!tagged(
            "Pengarna går till två regioner: Halland, Skåne",
            "Skåne"
        ));
    }
}
