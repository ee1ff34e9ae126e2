//! Web-page chrome copied along with a release: navigation, subscription and sharing
//! links, survey and cookie banners, comment forms. It is removed from the indexed body
//! so it yields no entities ("Följ Annika Strandhäll på Twitter" names no minister).

/// Whole lines that are chrome, compared in lower case without trailing white space.
const LINES: &[&str] = &[
    "hoppa till huvudinnehåll",
    "gå till huvudinnehåll",
    "till innehåll",
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
    "tack för att du hjälper oss!",
    "ja",
    "nej",
];

/// Byte length of the longest entry in [`LINES`].
const LONGEST_LINE: usize = 32;

/// Line beginnings that mark chrome.
const PREFIXES: &[&str] = &[
    "prenumerera på ",
    "you must be logged in",
    "hjälpte informationen",
    "har du en fråga med anledning av",
    "titta först på våra frågor och svar",
    "covid-19 och det nya coronaviruset",
    "vi använder kakor",
    "vi använder cookies",
    "den här webbplatsen använder",
    "webbplatsen använder kakor",
    "godkänn kakor",
    "godkänn alla",
    "acceptera cookies",
    "acceptera alla",
    "läs mer om kakor",
    "läs mer om cookies",
    "hur nöjd är du",
    "svara på enkäten",
    "vad tycker du om",
    "dela på ",
    "dela via ",
];

use crate::text::FoldedHead;

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
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return false;
    }
    let head = FoldedHead::new(trimmed);
    if (trimmed.len() <= LONGEST_LINE && LINES.iter().any(|l| head.equals(l)))
        || PREFIXES.iter().any(|p| head.starts_with(p))
    {
        return true;
    }
    // Chrome lines are short or start like one; spare long paragraphs the lower-casing.
    if !head.starts_with("följ ") && !head.starts_with("läs mer om ") && !trimmed.contains(" | ")
    {
        return false;
    }
    let lower = trimmed.to_lowercase();
    if let Some(rest) = lower.strip_prefix("följ ") {
        if let Some((_, network)) = rest.rsplit_once(" på ") {
            return NETWORKS.contains(&network.trim_end_matches('.'));
        }
    }
    if lower.starts_with("läs mer om ")
        && (lower.contains("regeringens hemsida") || lower.contains("regeringens webbplats"))
    {
        return true;
    }
    is_tag_list(&lower)
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

/// [`strip`] for an owned text: returned as it is, without a copy, when there is
/// nothing to strip (the common case for a cleaned release).
pub(crate) fn strip_owned(text: String) -> String {
    if is_stripped(&text) {
        text
    } else {
        strip(&text)
    }
}

/// True when [`strip`] would return `text` unchanged: no chrome line, no `\r`, no white
/// space at the end, and blank lines only single, empty and between two other lines.
fn is_stripped(text: &str) -> bool {
    if text.contains('\r') || text.trim_end().len() != text.len() {
        return false;
    }
    // A blank first line would be dropped, so the start counts as after a blank line.
    let mut prev_blank = true;
    for line in text.split('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if !line.is_empty() || prev_blank {
                return false;
            }
        } else if is_boilerplate(line) {
            return false;
        }
        prev_blank = blank;
    }
    true
}

/// `text` without chrome lines, blank-line runs collapsed again.
pub(crate) fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        if is_boilerplate(line) {
            continue;
        }
        if line.trim().is_empty() {
            blank = true;
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
        let text = "Hoppa till huvudinnehåll\nRubrik\n\nText.\n\nFölj Annika Strandhäll på Twitter\n\
                    Prenumerera på Socialdepartementets nyheter\nTaggar:\n\nPrenumerera\nLaddar...\n\
                    Ladda ner:\nHjälpte informationen på sidan dig?\nYou must be logged in to post a comment Login\n\
                    Hälsa | Sverige";
        assert_eq!(strip(text), "Rubrik\n\nText.");
        assert_eq!(strip_owned(text.to_string()), "Rubrik\n\nText.");
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
    fn content_is_kept() {
        assert!(!is_boilerplate(
            "Följ upp arbetet på regional nivå och rapportera."
        ));
        assert!(!is_boilerplate("Kontakt:"));
        assert!(!is_boilerplate("Pressekreterare hos Annika Strandhäll"));
    }
}
