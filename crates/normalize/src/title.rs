//! The headline and the issuing department, read from the top of a release.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::dates;
use crate::text::{eq_ci, lines_with_offsets, starts_with_ci, DANGLING_WORDS};

mod chrome;

/// Searchers for the words a department line must hold, built once.
static DEPARTMENT_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("departement"));
static PM_OFFICE_WORD: LazyLock<Finder<'static>> =
    LazyLock::new(|| Finder::new("Statsrådsberedning"));

/// How many non-blank lines from the top the headline may stand: a page copied from a
/// browser sets its menus above it, a line an item (a government site's list of
/// departments alone is fifteen).
const HEADLINE_SEARCH_LINES: usize = 40;

/// Label lines above the headline: "Artikel från …", "Uppdaterad …", "Updated …".
/// Lines opened by a label of the publication date ("Publicerad …", "Press release …")
/// are labels too; their words live with the dates ([`dates::opens_with_label`]).
const META_PREFIXES: &[&str] = &[
    "artikel från",
    "debattartikel",
    "nyhet från",
    // A section's heading over the headline ("Nyheter från Länsstyrelsen Västmanland").
    "nyheter från",
    "uttalande från",
    "uppdaterad",
    "updated",
    "foto:",
    "bild:",
    "medverkande:",
    "gemensamt pressmeddelande",
    "sök i ",
    "sök på ",
    "logga in",
    "innehållet publicerades",
    "hoppa till ",
    "hoppa direkt ",
    "gå direkt till ",
    "gå till ",
    "till innehåll",
    "till huvudinnehåll",
    "skip to ",
    // The header of a forwarded or pasted mail: its fields stand above the release
    // ("Från: Kommunen <press@…>", "Skickat: den 8 mars …", "Ämne: Pressmeddelande: …").
    "från:",
    "skickat:",
    "till:",
    "kopia:",
    "ämne:",
    "from:",
    "sent:",
    "to:",
    "cc:",
    "subject:",
];

/// True for label lines that are not the headline.
pub(crate) fn is_meta_line(line: &str) -> bool {
    let line = line.trim();
    META_PREFIXES.iter().any(|p| starts_with_ci(line, p))
        || dates::opens_with_label(line)
        || eq_ci(line, "nyhet")
        || eq_ci(line, "regeringskansliet")
        // A logo's text, copied with the page: "Regeringskansliets logotyp, länk till
        // startsidan".
        || line.contains("logotyp")
        // regeringen.se's archive banner: "Anna Ek har entledigats, socialminister".
        || line.contains(" har entledigats")
        // A line that speaks of the page itself ("På denna sida", "Statsråd på denna
        // sida", "Innehåll på den här sidan") labels a part of it.
        || PAGE_WORDS.iter().any(|words| line.contains(words))
        || line.ends_with("departementet")
        // "Landstinget Dalarna – Pressmeddelande från Landstinget Dalarna, 2 november
        // 2009": the release's own label, its sender and date, after the site's name;
        // "Fler pressmeddelanden från …", a wire's tagline "Nyhetstjänst - pressmeddelanden
        // från företag och organisationer": a line about releases and who sends them.
        || names_release_sender(line)
        || is_site_name(line)
        || dates::is_date_line(line)
        || dates::is_timed_date_line(line)
}

/// A release's label, inside a line, and what ties it to its sender: a headline names
/// what happened, not who sent it.
const RELEASE: &str = "ressmeddelande";
static RELEASE_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(RELEASE));
/// What follows [`RELEASE`] before the sender: " från " in the singular, "n från " in
/// the plural (a line about a sender's releases, or a wire's masthead about all it
/// carries: "Fler pressmeddelanden från …", "… - pressmeddelanden från företag").
const FROM: [&str; 2] = [" från ", "n från "];

/// True for a line holding [`RELEASE`] and a word of [`FROM`] right after it. Most lines
/// hold no "å", which one byte search tells before the phrase is looked for.
fn names_release_sender(line: &str) -> bool {
    // The second byte of "å" in UTF-8.
    const A_RING: u8 = 0xA5;
    memchr::memchr(A_RING, line.as_bytes()).is_some()
        && RELEASE_WORD.find_iter(line.as_bytes()).any(|at| {
            let after = &line.as_bytes()[at + RELEASE.len()..];
            FROM.iter().any(|f| after.starts_with(f.as_bytes()))
        })
}

/// How a label names the page it stands on; inside a line, so in lower case.
const PAGE_WORDS: &[&str] = &["denna sida", "den här sidan"];

/// "Regeringen.se", "www.skr.se": the name of the web site a page was copied from.
fn is_site_name(line: &str) -> bool {
    let Some((name, domain)) = line.rsplit_once('.') else {
        return false;
    };
    !line.contains(char::is_whitespace)
        && name.chars().any(char::is_alphabetic)
        && (2..=6).contains(&domain.len())
        && domain.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Longest browser tab title looked at: a site's name and a headline.
const TAB_TITLE_BYTES: usize = 300;

/// What joins a site's name to the headline in a browser tab's title.
const TAB_SEPARATORS: &[&str] = &[" - ", " – ", " | "];

/// `line` without the site's name a page saved as text opens with, the browser tab's
/// title: "Regeringen.se - Nya pengar till vården", "Nya pengar till vården | skr.se".
/// The headline is what stands on the other side of the separator.
fn without_site_name(line: &str) -> &str {
    // A tab's title is short, and most headlines hold no separator, which one byte
    // search tells ("–" starts with 0xE2) before each separator is looked for.
    let may_have_separator = memchr::memchr3(b'-', b'|', 0xE2, line.as_bytes()).is_some();
    if line.len() > TAB_TITLE_BYTES || !may_have_separator {
        return line;
    }
    for sep in TAB_SEPARATORS {
        if let Some((site, rest)) = line.split_once(sep) {
            if is_site_name(site.trim()) && has_words(rest, HEADLINE_MIN_WORDS) {
                return rest.trim();
            }
        }
        if let Some((rest, site)) = line.rsplit_once(sep) {
            if is_site_name(site.trim()) && has_words(rest, HEADLINE_MIN_WORDS) {
                return rest.trim();
            }
        }
    }
    line
}

/// Fewest words a line needs to read as a headline before a shorter one is taken:
/// "Nyhet", "Pressinformation", "Nyheter 2010" and "Meny" are page labels.
const HEADLINE_MIN_WORDS: usize = 3;

/// A line of this many words or more that ends a sentence opens the body: the headline
/// stands above it. Headlines are shorter and rarely end with a full stop.
const PARAGRAPH_MIN_WORDS: usize = 10;

/// The headline: among the lines above the first body paragraph, the first that reads
/// as one (several words; no label, date, menu, breadcrumb or sender's name alone),
/// joined with its next line where a line break cut it. Failing that, the last line
/// above the lead that is no label, date or menu; failing that, the first line that is
/// no label or date.
pub(crate) fn title(text: &str) -> Option<String> {
    // `lines_with_offsets` cuts the same lines as `str::lines`, by a vectorized search.
    let lines: Vec<&str> = lines_with_offsets(text)
        .map(|(_, line)| strip_marks(line))
        .filter(|l| !l.is_empty())
        .take(HEADLINE_SEARCH_LINES)
        .collect();
    let header = lines
        .iter()
        .position(|l| is_paragraph(l))
        .unwrap_or(lines.len());
    let in_menu = chrome::vertical_menu(&lines);
    // The tests that read a few words come before those that read the whole line:
    // a body paragraph fails them, and it may be thousands of bytes long.
    let reads_as_headline = |i: usize| {
        let l = lines[i];
        !in_menu[i]
            && has_words(l, HEADLINE_MIN_WORDS)
            // No line above `header` is a paragraph: that is how it was found.
            && (i < header || !is_paragraph(l))
            && !is_meta_line(l)
            && l.chars().any(char::is_alphabetic)
            && !chrome::is_navigation(l)
            && !chrome::is_sender_name(l)
            && !chrome::is_minister_line(l)
    };
    let chosen = (0..header)
        .find(|&i| reads_as_headline(i))
        .or_else(|| {
            // A short headline looks like a label or a one-word sender; where a lead
            // follows, it is the line right above it, dates and labels passed over.
            let above_lead = |l: &&str| {
                !is_meta_line(l) && l.chars().any(char::is_alphabetic) && !chrome::is_navigation(l)
            };
            (header < lines.len())
                .then(|| lines[..header].iter().rposition(above_lead))
                .flatten()
        })
        // A site banner may come as a paragraph above the headline.
        .or_else(|| (header..lines.len()).find(|&i| reads_as_headline(i)));
    match chosen {
        Some(i) => {
            let title = join_broken(without_site_name(lines[i]), lines.get(i + 1).copied());
            Some(without_full_stop(&title).to_string())
        }
        None => lines
            .iter()
            .find(|l| !is_meta_line(l) && l.chars().any(char::is_alphabetic))
            .map(|l| without_site_name(l).to_string()),
    }
}

/// Shortest word a line may end on before a full stop that ends a headline, not an
/// abbreviation ("kr.", "m.m.").
const ABBREVIATION_MAX_LEN: usize = 3;

/// A line without the marks before a headline: Markdown's "#" and a label in brackets
/// ("[PRESSMEDDELANDE] Rubrik").
fn strip_marks(line: &str) -> &str {
    let mut line = line.trim().trim_start_matches('#').trim_start();
    if let Some((_, rest)) = line
        .strip_prefix('[')
        .and_then(|l| l.split_once(']'))
        .filter(|(label, _)| is_meta_line(label))
    {
        line = rest.trim_start();
    }
    line
}

/// `title` without a full stop at the end, which a headline does not take; an
/// abbreviation keeps its own ("5 kr.").
fn without_full_stop(title: &str) -> &str {
    match title.strip_suffix('.') {
        Some(head)
            if !head.ends_with('.')
                && head
                    .rsplit([' ', '.'])
                    .next()
                    .is_some_and(|w| w.chars().count() > ABBREVIATION_MAX_LEN) =>
        {
            head
        }
        _ => title,
    }
}

/// True for a body paragraph: many words and a sentence ended on the line.
fn is_paragraph(line: &str) -> bool {
    // The full stop first: one vectorized search spares most headlines the word count.
    (line.ends_with('.') || line.contains(". ")) && has_words(line, PARAGRAPH_MIN_WORDS)
}

/// True when `line` has `n` words or more; reads only as far as the `n`th.
pub(crate) fn has_words(line: &str, n: usize) -> bool {
    n == 0 || line.split_whitespace().nth(n - 1).is_some()
}

/// `line`, with `next` appended where `line` ends on a word no headline ends on and
/// `next` goes on in lower case.
fn join_broken(line: &str, next: Option<&str>) -> String {
    let last = line.rsplit(' ').next().unwrap_or_default();
    match next {
        Some(next)
            if DANGLING_WORDS.iter().any(|w| eq_ci(last, w))
                && next.starts_with(char::is_lowercase)
                && !is_paragraph(next) =>
        {
            format!("{line} {next}")
        }
        _ => line.to_string(),
    }
}

/// Most words a department's name takes ("Landsbygds- och infrastrukturdepartementet",
/// "Arbetsmarknads-, integrations- och jämställdhetsdepartementet").
const DEPARTMENT_NAME_WORDS: usize = 5;

/// Lines that name the issuing department, and what precedes the name on them. A joint
/// release names its own department first ("Gemensamt pressmeddelande från
/// Socialdepartementet och Finansdepartementet"), so the first name is the one read.
const DEPARTMENT_LEADS: &[&str] = &[
    "gemensamt pressmeddelande från ",
    "gemensam debattartikel från ",
    "gemensamt uttalande från ",
    "pressmeddelande från ",
    "artikel från ",
    "debattartikel från ",
    "nyhet från ",
    "uttalande från ",
    "prenumerera på ",
];

/// "Pressmeddelande från Socialdepartementet", "Prenumerera på Socialdepartementets
/// nyheter" or a line holding only the department's name.
pub(crate) fn department(text: &str) -> Option<String> {
    lines_mentioning_department(text).find_map(|line| {
        if in_department_menu(text, line) {
            return None;
        }
        let line = line.trim();
        let rest = without_department_lead(line);
        let Some((name, name_words)) = department_name(rest) else {
            return department_field(line)
                .or_else(|| department_after_label(line))
                .or_else(|| department_after_senders(line));
        };
        // A line of its own names the department only when the name is all it holds:
        // "Socialdepartementet har tagit fram …" is a sentence about it.
        let standalone = rest.len() == line.len() && line.split_whitespace().count() > name_words;
        (!standalone).then_some(name)
    })
}

/// `line` after the one of [`DEPARTMENT_LEADS`] it opens with, or all of it.
fn without_department_lead(line: &str) -> &str {
    DEPARTMENT_LEADS
        .iter()
        .find(|lead| starts_with_ci(line, lead))
        .and_then(|lead| line.get(lead.len()..))
        .unwrap_or(line)
}

/// Fewest department names on lines of their own in a row that make a menu
/// ([`in_department_menu`]); a joint release may set its two senders so.
const DEPARTMENT_MENU_LINES: usize = 3;

/// True when `line` (a line of `text`) is one of [`DEPARTMENT_MENU_LINES`] or more lines
/// in a row that each hold only a department's name: a page saved with its menu lists
/// every department ("Statsrådsberedningen", "Arbetsmarknadsdepartementet", …), and the
/// first of them is not the sender.
fn in_department_menu(text: &str, line: &str) -> bool {
    let only_a_department = |l: &str| {
        let l = l.trim();
        department_name(l).is_some_and(|(_, words)| l.split_whitespace().count() == words)
    };
    if !only_a_department(line) {
        return false;
    }
    // `line` is a slice of `text` (from `lines_mentioning_department`): its place is
    // where it starts in memory; anything else is read as no menu.
    let Some(start) = (line.as_ptr() as usize).checked_sub(text.as_ptr() as usize) else {
        return false;
    };
    let (Some(head), Some(tail)) = (text.get(..start), text.get(start + line.len()..)) else {
        return false;
    };
    let before = head.trim_end_matches('\n').rsplit('\n');
    let after = tail.trim_start_matches('\n').split('\n');
    let in_row = |lines: &mut dyn Iterator<Item = &str>| {
        lines
            .take(DEPARTMENT_MENU_LINES)
            .take_while(|l| only_a_department(l))
            .count()
    };
    1 + in_row(&mut before.into_iter()) + in_row(&mut after.into_iter()) >= DEPARTMENT_MENU_LINES
}

/// Longest line read as fields of a page's meta line ([`department_field`]); prose is
/// longer. A label, a date and the longest departments' names ("Landsbygds- och
/// infrastrukturdepartementet", 43 bytes) fit.
const MAX_META_LINE: usize = 100;
/// What separates the fields of a meta line.
const META_SEPARATORS: [char; 3] = [',', '|', '·'];
/// Dashes that separate a meta line's fields too ("Pressmeddelande – 8 februari 2018 –
/// Socialdepartementet"): with a space on each side, which the hyphen of a joined name
/// ("Miljö- och energidepartementet") never has.
const META_DASHES: [&str; 3] = [" – ", " — ", " - "];

/// The fields of a meta line, set apart by [`META_SEPARATORS`] or [`META_DASHES`].
fn meta_fields(line: &str) -> Vec<&str> {
    let mut fields = Vec::new();
    for part in line.split(META_SEPARATORS) {
        let mut rest = part;
        while let Some((at, dash)) = META_DASHES
            .iter()
            .filter_map(|dash| rest.find(dash).map(|at| (at, dash)))
            .min()
        {
            fields.push(&rest[..at]);
            rest = &rest[at + dash.len()..];
        }
        fields.push(rest);
    }
    fields
}

/// What opens a meta line's field that names the sender alone ("Från
/// Finansdepartementet", "Från: Socialdepartementet").
const FROM_FIELDS: [&str; 2] = ["från ", "från: "];

/// The department that is one whole field of a short meta line, perhaps after one of
/// [`DEPARTMENT_LEADS`] or [`FROM_FIELDS`]: "Pressmeddelande, 14 oktober 2008,
/// Socialdepartementet", "Pressmeddelande | Finansdepartementet", "Publicerad 16 februari
/// 2023 · Pressmeddelande från Justitiedepartementet", "Publicerad 14 mars 2024 · Från
/// Finansdepartementet".
fn department_field(line: &str) -> Option<String> {
    let has_dash = || META_DASHES.iter().any(|dash| line.contains(dash));
    if line.len() > MAX_META_LINE || !(line.contains(META_SEPARATORS) || has_dash()) {
        return None;
    }
    meta_fields(line)
        .into_iter()
        .map(str::trim)
        .find_map(|field| {
            let field = without_department_lead(field);
            let field = FROM_FIELDS
                .iter()
                .find(|from| starts_with_ci(field, from))
                .and_then(|from| field.get(from.len()..))
                .unwrap_or(field);
            let (name, words) = department_name(field)?;
            (field.split_whitespace().count() == words).then_some(name)
        })
}

/// The labels of a release that a meta line opens with, before its date and sender.
const RELEASE_LABELS: &[&str] = &["pressmeddelande ", "nyhet ", "artikel ", "debattartikel "];

/// "Pressmeddelande 29 augusti 2024 Från Finansdepartementet", "Pressmeddelande 19
/// september 2017 Miljö- och energidepartementet": a short meta line that opens with the
/// release's label ([`RELEASE_LABELS`]) and ends with the department, its fields set
/// apart by spaces only (a page's `<span>`s side by side). The name must stand as a field
/// of its own: right after "från", the label or a date's last figure, so a phrase that
/// only ends with a department ("… om Socialdepartementet") names no sender. Rarely
/// reached (a short labelled line naming a department), so kept out of its callers.
#[inline(never)]
fn department_after_label(line: &str) -> Option<String> {
    if line.len() > MAX_META_LINE || !RELEASE_LABELS.iter().any(|l| starts_with_ci(line, l)) {
        return None;
    }
    // Each word after the label, in order, may open the name that runs to the line's
    // end; the first that does gives the longest name, so "Miljö- och
    // energidepartementet" is not read as its last word.
    let mut before = "";
    for word in line.split_whitespace() {
        let own_field = before.eq_ignore_ascii_case("från")
            || before.ends_with(|c: char| c.is_ascii_digit())
            || RELEASE_LABELS
                .iter()
                .any(|l| l.trim_end().eq_ignore_ascii_case(before));
        if own_field && word.starts_with(char::is_uppercase) {
            // `word` is a slice of `line`: the name's candidate is the rest from it.
            let at = word.as_ptr() as usize - line.as_ptr() as usize;
            let rest = line.get(at..)?;
            if let Some((name, words)) = department_name(rest) {
                if rest.split_whitespace().count() == words {
                    return Some(name);
                }
            }
        }
        before = word;
    }
    None
}

/// Longest line read as a release's list of senders ([`department_after_senders`]): a
/// joint release of three ministers and their department still fits.
const MAX_SENDER_LINE: usize = 160;
/// Most words of a sender before the department: a minister's name ("Maria Malmer
/// Stenergard") or another department's.
const SENDER_WORDS: usize = 4;

/// "Pressmeddelande från Eva Nordmark, Johan Danielsson, Arbetsmarknadsdepartementet":
/// a line that opens with a label of [`DEPARTMENT_LEADS`] and lists the release's senders
/// set apart by commas, the ministers by name and then their department. Longer than a
/// meta line may be when two or three ministers send it; every field before the
/// department a short capitalized name, so prose that names a department is none.
fn department_after_senders(line: &str) -> Option<String> {
    if line.len() > MAX_SENDER_LINE {
        return None;
    }
    let lead = DEPARTMENT_LEADS.iter().find(|p| starts_with_ci(line, p))?;
    for field in line.get(lead.len()..)?.split(',').map(str::trim) {
        let words = field.split_whitespace().count();
        if let Some((name, name_words)) = department_name(field) {
            return (words == name_words).then_some(name);
        }
        if words == 0 || words > SENDER_WORDS || !field.starts_with(char::is_uppercase) {
            return None;
        }
    }
    None
}

/// The department named at the start of `rest` and how many words the name takes:
/// "Socialdepartementet", "Socialdepartementets" (as its base form), and names joined
/// from several ministries' words, "Miljö- och energidepartementet", "Klimat- och
/// näringslivsdepartementet".
fn department_name(rest: &str) -> Option<(String, usize)> {
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(DEPARTMENT_NAME_WORDS)
        .collect();
    let first = *words.first()?;
    if !first.starts_with(char::is_uppercase) {
        return None;
    }
    // "Miljö-", "Landsbygds-", then "och" and the word that ends the name.
    let parts = words
        .iter()
        .take_while(|w| w.ends_with('-') || w.ends_with("-,"))
        .count();
    let last = if parts == 0 {
        0
    } else if words.get(parts).is_some_and(|w| *w == "och") {
        parts + 1
    } else {
        return None;
    };
    let word = words
        .get(last)?
        .trim_end_matches(|c: char| !c.is_alphabetic());
    let base = word
        .strip_suffix('s')
        .filter(|b| b.ends_with("departementet"))
        .unwrap_or(word);
    let is_department =
        base.ends_with("departementet") || (last == 0 && base == "Statsrådsberedningen");
    let name = std::iter::once(words[..last].join(" "))
        .filter(|h| !h.is_empty())
        .chain([base.to_string()]);
    is_department.then(|| (name.collect::<Vec<_>>().join(" "), last + 1))
}

/// The lines of `text` (split on "\n") that hold "departement" or "Statsrådsberedning",
/// found with two substring searches over the whole text instead of two per line.
fn lines_mentioning_department(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = bytes.get(from..)?;
        let hit = match (DEPARTMENT_WORD.find(rest), PM_OFFICE_WORD.find(rest)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => return None,
        } + from;
        let start = memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |i| hit + i);
        from = end + 1;
        text.get(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mails_header_fields_are_no_headline() {
        let text = "Från: Tranemo kommun <info@tranemo.se>\nSkickat: den 2 juni 2015 09:40\n\
                    Till: Redaktionen\nÄmne: Pressmeddelande: Ny bibliotekschef anställd\n\n\
                    Ny bibliotekschef anställd\n\nKommunen har anställt en ny chef för \
                    biblioteken i kommunen, som börjar sin tjänst i augusti.";
        assert_eq!(title(text).as_deref(), Some("Ny bibliotekschef anställd"));
        let text = "From: Press <press@example.se>\nSent: 3 May 2019 10:12\nTo: Desk\n\
                    Subject: Nya cykelbanor längs kusten\n\nNya cykelbanor längs kusten\n\n\
                    Regionen bygger tolv kilometer ny cykelbana längs kusten under året.";
        assert_eq!(title(text).as_deref(), Some("Nya cykelbanor längs kusten"));
    }

    #[test]
    fn a_page_copied_from_a_browser_sets_its_menus_above_the_headline() {
        let departments: String = (1..=16)
            .map(|i| format!("Avdelning {i}departementet\n"))
            .collect();
        let text = format!(
            "Till innehåll på sidan\nStartsida | In English | Kontakt\nSök:\n\
             Regeringen och Regeringskansliet\n{departments}\
             Du är här: Startsida > Press\nPressmeddelande\n11 oktober 2007\n\
             Nya pengar till gamla fruktsorter i landet\n\
             Regeringen ger Jordbruksverket i uppdrag att bevara de gamla sorterna under tre år."
        );
        assert_eq!(
            title(&text).as_deref(),
            Some("Nya pengar till gamla fruktsorter i landet")
        );
    }

    #[test]
    fn lines_about_the_page_are_labels() {
        for label in [
            "Regeringskansliets logotyp, länk till startsidan",
            "Nyheter från Länsstyrelsen Västmanland",
            "På denna sida",
            "Innehåll på den här sidan",
            "Ministrar på denna sida",
        ] {
            assert!(is_meta_line(label), "{label}");
        }
        let text = "Innehåll på den här sidan\n\nNya pengar till länets skolor\n\nText.";
        assert_eq!(
            title(text).as_deref(),
            Some("Nya pengar till länets skolor")
        );
    }

    #[test]
    fn a_line_naming_the_release_and_its_sender_is_a_label() {
        let text = "Region Kronoberg – Pressmeddelande från Region Kronoberg, 3 mars 2021\n\nNya pengar till länets vårdcentraler\n\nRegionen satsar mer på vårdcentralerna i hela länet under året som kommer.";
        assert_eq!(
            title(text).as_deref(),
            Some("Nya pengar till länets vårdcentraler")
        );
    }

    #[test]
    fn a_line_about_releases_from_senders_is_no_headline() {
        let text = "Pressnytt – pressmeddelanden från myndigheter och kommuner\n\nKalmar kommun\n2007-05-14 10:00\n\nNy simhall i Kalmar öppnar i höst\n\nKommunen bygger en simhall med två bassänger vid Fredriksskans och räknar med att öppna den i oktober.";
        assert_eq!(
            title(text).as_deref(),
            Some("Ny simhall i Kalmar öppnar i höst")
        );
        let text = "Alla pressmeddelanden från Region Halland\n\nFler platser på vårdcentralerna\n\nRegionen öppnar tre nya vårdcentraler i länet under hösten och anställer fler läkare.";
        assert_eq!(
            title(text).as_deref(),
            Some("Fler platser på vårdcentralerna")
        );
    }

    #[test]
    fn title_skips_labels() {
        let text =
            "Pressmeddelande från Socialdepartementet\n\nBättre möjlighet\n\nPublicerad\n\nText.";
        assert_eq!(title(text).as_deref(), Some("Bättre möjlighet"));
        let text =
            "Publicerad: 25 april 2015\n\nPressmeddelande\n\nEn miljard för utveckling i vården";
        assert_eq!(
            title(text).as_deref(),
            Some("En miljard för utveckling i vården")
        );
        let text = "Regeringen.se\nwww.regeringen.se\nFörsta patientmiljarden betalas ut";
        assert_eq!(
            title(text).as_deref(),
            Some("Första patientmiljarden betalas ut")
        );
        assert_eq!(title("Ca. 5 kr.").as_deref(), Some("Ca. 5 kr."));
        let text = "Artikel från Socialdepartementet\n\nFörsta patientmiljarden betalas ut";
        assert_eq!(
            title(text).as_deref(),
            Some("Första patientmiljarden betalas ut")
        );
    }

    #[test]
    fn title_passes_over_page_chrome() {
        let text = "Hoppa direkt till innehåll\nLänsstyrelsen Dalarna\n\
                    Hem  Nyheter  Kontakt\nStartsida > Nyheter > 2016\nNyhet\n\
                    Publicerad 3 maj 2016\nNya pengar till lokala fiskevårdsprojekt\n\
                    Länsstyrelsen har i dag beslutat att fördela bidrag till sju projekt i länet.";
        assert_eq!(
            title(text).as_deref(),
            Some("Nya pengar till lokala fiskevårdsprojekt")
        );
    }

    #[test]
    fn title_passes_over_a_wires_newsroom_head() {
        let text = "Gislaveds kommun – Nyhetsrum på Mynewsdesk\n\
                    Pressmeddelande   Sep 3, 2020 08:00 CEST\n\
                    Ny förskola i Anderstorp klar till hösten\n\
                    Gislaveds kommun bygger en förskola med sex avdelningar som ska öppna i augusti.";
        assert_eq!(
            title(text).as_deref(),
            Some("Ny förskola i Anderstorp klar till hösten")
        );
    }

    #[test]
    fn title_stands_above_the_lead() {
        // A short headline is taken before the lead, not a line after it.
        let text = "Borås stad\nNyheter\nSkolstart\nHöstterminen börjar den 20 augusti för \
                    alla elever i kommunens skolor.\nSå fördelas platserna";
        assert_eq!(title(text).as_deref(), Some("Skolstart"));
        // Nothing but chrome: the first line that is no label.
        assert_eq!(title("Borås stad\nNyheter").as_deref(), Some("Borås stad"));
    }

    #[test]
    fn title_broken_over_two_lines_is_joined() {
        let text = "PRESSMEDDELANDE\n2009-05-04\nBidrag till föreningar som arbetar med\n\
                    barn och unga\nKommunen har i dag fördelat bidrag till tolv föreningar \
                    som arbetar med barn.";
        assert_eq!(
            title(text).as_deref(),
            Some("Bidrag till föreningar som arbetar med barn och unga")
        );
        let text = "Bidrag till föreningar\nbarn och unga får mer";
        assert_eq!(title(text).as_deref(), Some("Bidrag till föreningar"));
    }

    #[test]
    fn english_wire_header_lines_are_labels() {
        let text = "Kommunförbundet\nPress release   Sep 03, 2019 10:00 CEST\n\
                    Nya pengar till skolans lokaler\nKommunerna får i år mer pengar \
                    till att rusta upp skolans lokaler i hela landet.";
        assert_eq!(
            title(text).as_deref(),
            Some("Nya pengar till skolans lokaler")
        );
        let text = "TT\nPublished: 2 June 2021, 08:10 | Updated: 2 June 2021, 09:02\n\
                    Fler poliser till Norrland\nRegeringen vill anställa fler poliser.";
        assert_eq!(title(text).as_deref(), Some("Fler poliser till Norrland"));
    }

    #[test]
    fn markdown_heading_marks_are_not_the_title() {
        let text = "# Ny cykelväg mellan Lund och Dalby\n\nText.";
        assert_eq!(
            title(text).as_deref(),
            Some("Ny cykelväg mellan Lund och Dalby")
        );
    }

    #[test]
    fn title_drops_bracketed_label_and_full_stop() {
        let text = "[PRESSMEDDELANDE] Länsstyrelsen i Kalmar län, 2014-05-06.\n\
                    Nya bidrag till kulturmiljöer i länet.\nLänsstyrelsen har i dag \
                    beslutat om bidrag till tjugo kulturmiljöer i länets kommuner.";
        assert_eq!(
            title(text).as_deref(),
            Some("Nya bidrag till kulturmiljöer i länet")
        );
        assert_eq!(without_full_stop("Kostar 5 kr."), "Kostar 5 kr.");
        assert_eq!(without_full_stop("Det blev 5 m.m."), "Det blev 5 m.m.");
    }

    #[test]
    fn title_passes_over_archive_banners() {
        let text = "Innehållet publicerades under perioden 1 maj 2015 till 3 juni 2016\n\
                    Anna Ek har entledigats, kulturminister\n\
                    Under den här perioden var hon kulturminister och ansvarade för kulturfrågor.\n\
                    Artikel från Kulturdepartementet\nFler bibliotek får stöd till läsfrämjande\n\
                    Regeringen har i dag beslutat om stöd till fyrtio bibliotek i landet.";
        assert_eq!(
            title(text).as_deref(),
            Some("Fler bibliotek får stöd till läsfrämjande")
        );
    }

    #[test]
    fn lists_are_lower_case() {
        use crate::text::is_folded;
        assert!(META_PREFIXES
            .iter()
            .chain(DEPARTMENT_LEADS)
            .all(|p| is_folded(p)));
    }

    #[test]
    fn a_browser_tab_title_loses_the_site_name() {
        assert_eq!(
            title("Regeringen.se - Nya pengar till vården\n\nRegeringen ger regionerna mer pengar i år än i fjol.").as_deref(),
            Some("Nya pengar till vården")
        );
        assert_eq!(
            title("Stöd till fler lärare | skr.se\n\nText.").as_deref(),
            Some("Stöd till fler lärare")
        );
        // A dash inside a headline is kept.
        assert_eq!(
            title("Vården i Skåne - ett år senare\n\nText.").as_deref(),
            Some("Vården i Skåne - ett år senare")
        );
    }

    #[test]
    fn department_led_in_a_field_of_a_meta_line() {
        assert_eq!(
            department("Rubrik\n\nPublicerad 16 februari 2023 · Pressmeddelande från Justitiedepartementet\n\nText.").as_deref(),
            Some("Justitiedepartementet")
        );
        // A field that goes on after the name is a sentence about the department.
        assert_eq!(
            department(
                "Rubrik\n\nPublicerad 1 maj 2023 · Nyhet från Finansdepartementet om skatten\n"
            ),
            None
        );
        // The longest names fit a meta line.
        assert_eq!(
            department("Rubrik\n\nPressmeddelande · Publicerad 15 februari 2024 · Landsbygds- och infrastrukturdepartementet\n\nText.").as_deref(),
            Some("Landsbygds- och infrastrukturdepartementet")
        );
        // "Från" opens a field that names the sender alone.
        assert_eq!(
            department(
                "Rubrik\n\nPublicerad 2 april 2024 · Från Utbildningsdepartementet\n\nText."
            )
            .as_deref(),
            Some("Utbildningsdepartementet")
        );
        assert_eq!(
            department("Rubrik\n\nPublicerad 9 maj 2019 · Från: Socialdepartementet\n\nText.")
                .as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Rubrik\n\nFrån Socialdepartementet deltar statssekreteraren, som talar.\n"),
            None
        );
        // Dashes with a space on each side part the fields as well.
        for line in [
            "Pressmeddelande – 3 mars 2019 – Kulturdepartementet",
            "Nyhet - 3 mars 2019 - Kulturdepartementet",
            "Artikel — 3 mars 2019 — Kulturdepartementet",
        ] {
            assert_eq!(
                department(&format!("Rubrik\n\n{line}\n\nText.")).as_deref(),
                Some("Kulturdepartementet"),
                "{line}"
            );
        }
        assert_eq!(
            department("Rubrik\n\nPressmeddelande – Miljö- och energidepartementet\n").as_deref(),
            Some("Miljö- och energidepartementet")
        );
        // A dash inside a sentence about a department names no sender.
        assert_eq!(
            department("Rubrik\n\nNya pengar – Kulturdepartementet satsar på musik\n"),
            None
        );
    }

    #[test]
    fn department_at_the_end_of_a_meta_line() {
        assert_eq!(
            department("Pressmeddelande 3 maj 2024 Från Socialdepartementet\n\nRubrik").as_deref(),
            Some("Socialdepartementet")
        );
        // The department as the last field without "från", after the date or the label.
        assert_eq!(
            department("Nyhet 2021-05-04 Landsbygds- och infrastrukturdepartementet\nRubrik")
                .as_deref(),
            Some("Landsbygds- och infrastrukturdepartementet")
        );
        assert_eq!(
            department("Pressmeddelande Justitiedepartementet\nRubrik").as_deref(),
            Some("Justitiedepartementet")
        );
        assert_eq!(
            department("Artikel 12 mars 2015 Kulturdepartementet").as_deref(),
            Some("Kulturdepartementet")
        );
        // A phrase that ends with a department is no field of its own.
        assert_eq!(
            department("Nyhet om stödet från staten till Finansdepartementet"),
            None
        );
        assert_eq!(
            department("Pressmeddelande inför mötet med Socialdepartementet"),
            None
        );
        // A sentence about money from a department names no sender.
        assert_eq!(
            department("Regionen får 5 miljoner kronor från Socialdepartementet i år."),
            None
        );
    }

    #[test]
    fn the_department_after_the_ministers_who_send_the_release() {
        assert_eq!(
            department("Pressmeddelande från Annika Lindqvist, Per-Erik Åberg, Klimat- och näringslivsdepartementet\n\nRubrik").as_deref(),
            Some("Klimat- och näringslivsdepartementet")
        );
        assert_eq!(
            department("Gemensamt pressmeddelande från Karin Sundström, Olof Björk, Maria Lindgren Ek, Finansdepartementet, Socialdepartementet").as_deref(),
            Some("Finansdepartementet")
        );
        // Prose before the department, on a line longer than a meta line, is no list of
        // senders.
        assert_eq!(
            department("Pressmeddelande från de ministrar som i dag presenterar en gemensam satsning på vården, Finansdepartementet"),
            None
        );
    }

    #[test]
    fn a_menu_of_departments_names_no_sender() {
        let page =
            "Departementen\nStatsrådsberedningen\nFinansdepartementet\nSocialdepartementet\n\n\
                    Pressmeddelande\n3 maj 2009\nUtbildningsdepartementet\n\nRubrik\n\nText.";
        assert_eq!(
            department(page).as_deref(),
            Some("Utbildningsdepartementet")
        );
        // Two senders of a joint release on lines of their own are no menu.
        let joint = "Pressmeddelande\nFinansdepartementet\nSocialdepartementet\n\nRubrik";
        assert_eq!(department(joint).as_deref(), Some("Finansdepartementet"));
    }

    #[test]
    fn department_from_labels() {
        assert_eq!(
            department("Pressmeddelande från Socialdepartementet").as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Text\nPrenumerera på Socialdepartementets nyheter").as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Finansdepartementet\nRubrik").as_deref(),
            Some("Finansdepartementet")
        );
        assert_eq!(
            department("Socialdepartementet har tagit fram en rapport."),
            None
        );
        assert_eq!(department("Pressmeddelande\nRubrik"), None);
        // A whole field of a short meta line.
        assert_eq!(
            department("Pressmeddelande, 14 oktober 2008, Socialdepartementet\nRubrik").as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department("Nyhet | Miljö- och energidepartementet | 2016").as_deref(),
            Some("Miljö- och energidepartementet")
        );
        assert_eq!(
            department("Enligt en rapport, som Socialdepartementet tog fram, ökar kostnaderna."),
            None
        );
    }

    #[test]
    fn a_joint_release_is_of_the_first_department_named() {
        assert_eq!(
            department(
                "Gemensamt pressmeddelande från Socialdepartementet och Finansdepartementet"
            )
            .as_deref(),
            Some("Socialdepartementet")
        );
        assert_eq!(
            department(
                "Text\ngemensamt pressmeddelande från Miljö- och energidepartementet och \
                 Näringsdepartementet\nRubrik"
            )
            .as_deref(),
            Some("Miljö- och energidepartementet")
        );
        assert_eq!(
            department("Gemensam debattartikel från Justitiedepartementet och Polisen").as_deref(),
            Some("Justitiedepartementet")
        );
    }

    #[test]
    fn department_of_joined_words() {
        assert_eq!(
            department("Pressmeddelande\n3 maj 2016\nKultur- och utbildningsdepartementet\nRubrik")
                .as_deref(),
            Some("Kultur- och utbildningsdepartementet")
        );
        assert_eq!(
            department("Artikel från Arbets-, miljö- och bostadsdepartementet").as_deref(),
            Some("Arbets-, miljö- och bostadsdepartementet")
        );
        assert_eq!(
            department("Kultur- och utbildningsdepartementet har skrivit en rapport."),
            None
        );
        assert_eq!(
            department("Kultur- och fritidsnämnden\ndepartementet"),
            None
        );
    }
}
