//! The publication date of a release.
//!
//! A date the page labels as its own ("Publicerad: …", "Pressmeddelande • …", "Datum
//! …", "By on …") wins, wherever the label stands in a header line; a date labelled as
//! a change ("Uppdaterad …", "Senast ändrad …") never counts. Next comes a header line
//! that is the date alone, then one with words before its date (a sender, a weekday, a
//! place), and last a letter's dateline anywhere ("Stockholm den 3 mars 2021"). Dates in
//! the body are about something else.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::dates_in;
use crate::text::{
    folded_first_bytes, lines_with_offsets, lowercase, starts_with_ci, trim, BytePairs, NextMatch,
    BAR,
};

/// How many non-blank lines from the top always count as the page header.
const HEADER_LINES: usize = 8;
/// Web-page chrome (menus, breadcrumbs, share buttons) can push the header further
/// down: until the first line as long as a paragraph of body text, lines up to this
/// many count as header too.
const CHROME_LINES: usize = 40;
/// A line this long (in bytes) is body text: it ends the header's chrome.
const BODY_LINE_BYTES: usize = 100;
/// A line ending in a full stop with more words than this is body text too.
const BODY_SENTENCE_WORDS: usize = 8;

/// Words that open a line labelling its date as the page's own. News-wire pages in
/// English set "Press release" where Swedish ones set "Pressmeddelande" ("Press release
/// Mar 14, 2017 09:30 CET").
const LABELS: &[&str] = &[
    "publicerad",
    "publicerat",
    "publiceringsdatum",
    "datum:",
    "by on",
    "postad",
    "pressmeddelande",
    "press release",
    "published",
];

/// True for a line opened by a label of the page's own date ("Publicerad …",
/// "Press release …"): the headline reads such lines as labels, not as itself.
pub(crate) fn opens_with_label(line: &str) -> bool {
    let words = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    LABELS.iter().any(|l| starts_with_ci(words, l))
}

/// The first bytes of [`LABELS`].
const LABEL_FIRST_BYTES: &[u8] = b"pdb";

/// A site footer's label, read like [`LABELS`] ("Sidan publicerades 2021-03-03"). It is
/// kept apart so that lines starting with "s", many of them, need no closer look.
const FOOTER_LABEL: &str = "sidan publicerad";

/// Labels of a page's own date that a line of its chrome (a footer, a page-info box, a
/// header outside the article) may open with. The release's label ("Pressmeddelande ·
/// 2 juni 2023 · …") is left out: in chrome it lists other releases.
const CHROME_LABELS: &[&str] = &[
    "publicerad",
    "publicerat",
    "publiceringsdatum",
    "published",
    FOOTER_LABEL,
    CREATED_LABEL,
];

/// A web page's creation date as its publishing system labels it in the page-info line
/// ("Skapad: 2008-02-15 | Senast ändrad: 2008-02-18"): the day the page, and so the
/// release on it, went up.
const CREATED_LABEL: &str = "skapad";

/// Longest line read as a page-info line of fields ([`chrome_published`]); longer is text.
const PAGE_INFO_LINE_BYTES: usize = 120;

/// The publication date a line of a web page's chrome states, read as the text's own
/// lines are ([`published`]), but only where a label of the page's own date opens the
/// line or one of its fields ([`CHROME_LABELS`]): "Publicerad 14 oktober 2019 |
/// Uppdaterad …", "Sidan publicerades 2021-03-03", a page-info line "Sidansvarig:
/// Webbredaktionen | Skapad: 2008-02-15 | Senast ändrad: …". Unlabelled dates in chrome
/// are other pages' (related news, archives), and a changed date is never the
/// publication date.
pub fn chrome_published(line: &str) -> Option<String> {
    let words = trim(line).trim_start_matches(|c: char| !c.is_alphanumeric());
    if CHROME_LABELS.iter().any(|l| starts_with_ci(words, l)) {
        return published(words);
    }
    labelled_field_date(words)
}

/// The date of the first field after the first of a short line of fields split by "|"
/// that a label of [`CHROME_LABELS`] opens: a page-info line names the page's editor or
/// its changes before its publication date as often as after.
fn labelled_field_date(line: &str) -> Option<String> {
    if line.len() > PAGE_INFO_LINE_BYTES || memchr::memchr(b'|', line.as_bytes()).is_none() {
        return None;
    }
    line.split('|').skip(1).find_map(|field| {
        let field = trim(field);
        CHROME_LABELS
            .iter()
            .any(|l| starts_with_ci(field, l))
            .then(|| published(field))
            .flatten()
    })
}

/// True for a line below the header that may be a page-info line of the site
/// ([`chrome_published`]): short, and holding a field separator (`holds_bar`) or opening
/// with [`CREATED_LABEL`] (the other labels open lines that are read already).
fn may_be_page_info(trimmed: &str, holds_bar: bool) -> bool {
    trimmed.len() <= PAGE_INFO_LINE_BYTES
        && (holds_bar
            || (matches!(trimmed.as_bytes().first(), Some(b's' | b'S'))
                && starts_with_ci(trimmed, CREATED_LABEL)))
}

/// Words opening a line whose date says when the page changed, not when it was
/// published ("Uppdaterad 2024-02-01", "Senast ändrad: 3 maj 2021").
const CHANGED_LABELS: &[&str] = &["uppdaterad", "senast", "ändrad", "redigerad", "updated"];

/// The first two bytes of [`LABELS`] and of [`CHANGED_LABELS`] (128.16 → 127.62
/// instructions per byte).
static LABEL_STARTS: BytePairs = BytePairs::of(&[LABELS]);
static CHANGED_LABEL_STARTS: BytePairs = BytePairs::of(&[CHANGED_LABELS]);

/// The last word before a date that makes it the publication date ("Region Skåne |
/// Publicerad 3 mars 2021", "Nyhet · 2021-03-03", "Posted on Mar 3, 2021").
const PUBLISHED_WORDS: &[&str] = &[
    "publicerad",
    "publicerat",
    "publicerades",
    "publiceringsdatum",
    "publ",
    CREATED_LABEL,
    "datum",
    "pressmeddelande",
    "nyhet",
    "published",
    "posted",
    "postad",
    "on",
];

/// The last word before a date that makes it a change date or a deadline.
const CHANGED_WORDS: &[&str] = &[
    "uppdaterad",
    "uppdaterat",
    "ändrad",
    "ändrat",
    "redigerad",
    "senast",
    "updated",
    "modified",
];

/// Words that may stand between a label and its date: "den", a weekday in full or
/// abbreviated, Swedish or English ("Publicerad tisdag 3 mars", "Posted on Tue, Mar 3").
const FILLER_WORDS: &[&str] = &[
    "den",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mån",
    "tis",
    "ons",
    "tor",
    "tors",
    "fre",
    "lör",
    "sön",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// A dateline line is at most this long ("Stockholm den 30 september 2021").
const DATELINE_BYTES: usize = 48;

/// The word a letter's dateline sets before its date ("Stockholm den 3 mars 2021"),
/// searched for once through the text ([`NextMatch`]): a `str::contains` in each short
/// line built a searcher per line.
static DEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" den "));

/// What the words right before a date say it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    Published,
    Changed,
}

/// The date the release was published, if the text states one.
///
/// A header line that has words before its date ("Regionfullmäktige 21 juni 2023",
/// "Stockholm 3 maj 2021") may name an event the release is about as well as a dateline,
/// so it counts only when no labelled date or date alone on a header line comes first.
pub(crate) fn published(text: &str) -> Option<String> {
    let mut header = Header::default();
    let mut worded: Option<String> = None;
    let mut dateline: Option<String> = None;
    // The line before was a label alone ("Publicerad:"), so this line's date is labelled.
    let mut after_label = false;
    let mut next_bar = NextMatch::new(&BAR);
    let mut next_den = NextMatch::new(&DEN);
    for (offset, line) in lines_with_offsets(text) {
        let trimmed = trim(line);
        if trimmed.is_empty() {
            continue;
        }
        let in_header = header.next(trimmed);
        let labelled_by_line_before = std::mem::take(&mut after_label);
        let holds_den = || {
            let start = offset + (line.len() - line.trim_start().len());
            next_den.within(text.as_bytes(), start, start + trimmed.len())
        };
        if !in_header && !labelled_by_line_before && skipped_below_header(trimmed, holds_den) {
            // The page-info line a saved page ends with ("Sidansvarig: … | Skapad:
            // 2008-02-15") may be the only place it dates the release.
            let holds_bar = next_bar.within(text.as_bytes(), offset, offset + line.len());
            if may_be_page_info(trimmed, holds_bar) {
                if let Some(iso) = chrome_published(trimmed) {
                    return Some(iso);
                }
            }
            continue;
        }
        // Markup around a label ("[PRESSMEDDELANDE]", "*Publicerad …*") does not hide it.
        let words = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric());
        // A line is compared only with the labels that start with its first two bytes.
        let first_bytes = folded_first_bytes(words);
        let may_start = |starts: &BytePairs| first_bytes.is_none_or(|(a, b)| starts.contains(a, b));
        let changed_line = may_start(&CHANGED_LABEL_STARTS)
            && CHANGED_LABELS.iter().any(|l| starts_with_ci(words, l));
        let labelled_line = !changed_line
            && ((may_start(&LABEL_STARTS) && LABELS.iter().any(|l| starts_with_ci(words, l)))
                || starts_with_ci(words, FOOTER_LABEL));
        // A paragraph of body text is read for a dateline at its start ("STOCKHOLM, 3
        // mars 2021 /PRNewswire/ --") unless a label opens it: the rest of it states
        // dates of what the release is about.
        let body = is_body_line(trimmed);
        let scanned = if body && !labelled_line && !labelled_by_line_before {
            if !in_header {
                continue;
            }
            head_of(trimmed, DATELINE_BYTES)
        } else {
            trimmed
        };
        let dates = dates_in(scanned);
        let mut unlabelled = None;
        for (start, end, iso) in dates {
            match label_before(trimmed, start) {
                // Below the header, and in a paragraph, a label counts only where it
                // opens the line: "rapporten, publicerad 3 mars, visar" is the body's.
                Some(Label::Published) if labelled_line || (in_header && !body) => {
                    return Some(iso)
                }
                Some(Label::Changed) => {}
                _ => {
                    unlabelled.get_or_insert((start, end, iso));
                }
            }
        }
        let Some((start, end, iso)) = unlabelled else {
            after_label = labelled_line && is_label_alone(words);
            continue;
        };
        if changed_line {
            continue;
        }
        if labelled_line || labelled_by_line_before {
            return Some(iso);
        }
        // A letterhead's right-hand column is a line of its own.
        let (trimmed, start, end) = match in_header.then(|| column_start(trimmed, start)) {
            Some(Some(column)) => (&trimmed[column..], start - column, end - column),
            _ => (trimmed, start, end),
        };
        if in_header && is_header_date_line(trimmed, start, end) {
            if !has_words_before(trimmed, start) {
                return Some(iso);
            }
            worded.get_or_insert(iso);
        } else if in_header && is_dateline(trimmed, start, true) {
            worded.get_or_insert(iso);
        } else if dateline.is_none() && is_dateline(trimmed, start, false) {
            dateline = Some(iso);
        }
    }
    worded.or(dateline)
}

/// Counts non-blank lines and tells whether each is in the page header.
#[derive(Default)]
struct Header {
    lines: usize,
    body_started: bool,
}

impl Header {
    fn next(&mut self, trimmed: &str) -> bool {
        self.lines += 1;
        let in_header =
            self.lines <= HEADER_LINES || (!self.body_started && self.lines <= CHROME_LINES);
        self.body_started |= is_body_line(trimmed);
        in_header
    }
}

/// The first `bytes` bytes of `line` or fewer, ending at a character boundary.
fn head_of(line: &str, bytes: usize) -> &str {
    let mut end = bytes.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

/// A paragraph of body text: a long line, or a sentence of many words.
fn is_body_line(trimmed: &str) -> bool {
    // More pieces between spaces than the limit is as many spaces or more: counted in
    // one pass, not found one by one.
    trimmed.len() >= BODY_LINE_BYTES
        || (trimmed.ends_with('.')
            && trimmed.bytes().filter(|&b| b == b' ').count() >= BODY_SENTENCE_WORDS)
}

/// True for a line below the header that can hold no publication date: only a line
/// opened by a label, or a short line with " den " (a dateline; `holds_den` tells), can.
/// Every label starts with an ASCII letter, so a line starting with a digit, another
/// ASCII letter or a Latin-1 letter (lead byte 0xC2 or 0xC3 in either case) needs no
/// folding.
fn skipped_below_header(trimmed: &str, holds_den: impl FnOnce() -> bool) -> bool {
    let label_impossible = trimmed.as_bytes().first().is_some_and(|&b| {
        matches!(b, 0xC2 | 0xC3)
            || b.is_ascii_digit()
            || (b.is_ascii_alphabetic() && !LABEL_FIRST_BYTES.contains(&b.to_ascii_lowercase()))
    });
    label_impossible
        && !(trimmed.len() <= DATELINE_BYTES && holds_den())
        && !starts_with_ci(trimmed, FOOTER_LABEL)
}

/// True for a line that is only a label ("Publicerad", "Datum:").
fn is_label_alone(words: &str) -> bool {
    let core = lowercase(words.trim_end_matches([':', ' ']));
    PUBLISHED_WORDS.contains(&core.as_str())
}

/// What the last word before byte `date_start` of `line` labels the date as, past
/// separators ("·", "|", ":") and [`FILLER_WORDS`].
fn label_before(line: &str, date_start: usize) -> Option<Label> {
    let head = line.get(..date_start)?;
    let head = without_sender(head);
    let word = head
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .map(lowercase)
        .find(|w| !FILLER_WORDS.contains(&w.as_str()))?;
    if PUBLISHED_WORDS.contains(&word.as_str()) {
        Some(Label::Published)
    } else if CHANGED_WORDS.contains(&word.as_str()) {
        Some(Label::Changed)
    } else {
        None
    }
}

/// Most words a sender's name takes between "från" and the date ("Länsstyrelsen i
/// Västra Götalands län").
const SENDER_WORDS: usize = 6;

/// `head` (what stands before a date) without a sender named after "från" at its end:
/// "Pressmeddelande från Region Skåne, " labels its date as "Pressmeddelande, " does.
/// The sender is capitalized words and the lower-case words inside names ("i", "och",
/// "län", "kommun"), so
/// "Nyhet från mötet i maj, " keeps its words and labels nothing.
fn without_sender(head: &str) -> &str {
    // The second byte of "å" in UTF-8: most heads hold none, and need no closer look.
    const A_RING: u8 = 0xA5;
    if memchr::memchr(A_RING, head.as_bytes()).is_none() {
        return head;
    }
    let Some(from) = head.rfind(" från ") else {
        return head;
    };
    let sender = head[from + " från ".len()..].trim_end_matches([',', ' ', '-', '–']);
    let mut words = 0;
    for word in sender.split(' ') {
        words += 1;
        let small = matches!(word, "i" | "och" | "för" | "län" | "kommun" | "stad");
        if words > SENDER_WORDS || !(small || word.starts_with(char::is_uppercase)) {
            return head;
        }
    }
    if words == 0 || !sender.starts_with(char::is_uppercase) {
        return head;
    }
    &head[..from]
}

/// True when a letter stands in `line` before byte `date_start`.
fn has_words_before(line: &str, date_start: usize) -> bool {
    line.get(..date_start)
        .is_some_and(|head| head.chars().any(char::is_alphabetic))
}

/// What separates a header line's fields ("2021-03-03 | Region Skåne | Nyheter").
const FIELD_SEPARATORS: &[char] = &['|', '·', '•'];

/// Most bytes a header line holding a date and a few words may have.
const HEADER_DATE_LINE_BYTES: usize = 64;
/// Most words besides the date and its time a header date line may have ("Region
/// Skåne | Pressmeddelande").
const HEADER_DATE_LINE_WORDS: usize = 3;

/// A header line that is a date with little else: a time, a sender, a weekday, a
/// separator ("Kommunledningskontoret 2021-03-03", "Mar 3, 2021 08:00 CET |
/// Pressmeddelande"), or a sender's field of any name before a separator and the date
/// closing the line ([`closes_sender_field`]); the date stands at `start..end`.
fn is_header_date_line(line: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (line.get(..start), line.get(end..)) else {
        return false;
    };
    if line.len() <= BODY_LINE_BYTES && closes_sender_field(before, after) {
        return true;
    }
    // "2021-03-03 | Region Skåne | Hälso- och sjukvård": a date opening the line, then
    // fields split off by a separator (sender, section), however many words they hold;
    // a time of day may stand before the separator ("2008-05-14 10:00 | Riksförbundet X").
    if line.len() <= BODY_LINE_BYTES
        && before.trim().is_empty()
        && without_leading_time(after).starts_with(FIELD_SEPARATORS)
    {
        return true;
    }
    if line.len() > HEADER_DATE_LINE_BYTES {
        return false;
    }
    // A verb or other lower-case word before the date makes the line a sentence
    // ("Mötet hålls den 3 mars"); a weekday or "den" alone does not.
    let mut previous = "";
    let sentence = before.split(|c: char| !c.is_alphabetic()).any(|w| {
        let name_word = NAME_WORDS.contains(&w) && previous.starts_with(char::is_uppercase);
        previous = w;
        w.starts_with(char::is_lowercase) && !FILLER_WORDS.contains(&w) && !name_word
    });
    if sentence {
        return false;
    }
    let words = [before, after]
        .into_iter()
        .flat_map(|part| part.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !is_time_word(w))
        .count();
    words <= HEADER_DATE_LINE_WORDS
}

/// Most words of the sender's field before a date that closes a header line
/// ([`closes_sender_field`]): "Myndigheten för samhällsskydd och beredskap".
const SENDER_FIELD_WORDS: usize = 7;

/// "Bris – Barnens rätt i samhället · Mon, Feb 15, 2016 07:30 CET", "Sveriges Kommuner
/// och Regioner | 2021-03-03 08:00": a wire's or a site's meta line of the sender's name,
/// a field separator and the date closing the line (a weekday before it, a time after
/// it). The name may hold lower-case words ("rätt i samhället", "och"); set off by the
/// separator they are the name's, not a sentence's. `before` and `after` are what
/// stands before and after the date.
fn closes_sender_field(before: &str, after: &str) -> bool {
    let after_is_time = after
        .split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || is_time_word(w));
    if !after_is_time {
        return false;
    }
    // "… · Mon, ": the weekday and its comma belong to the date.
    let mut head = before.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    if let Some((rest, word)) = head.rsplit_once(' ') {
        if FILLER_WORDS.contains(&lowercase(word).as_str()) {
            head = rest.trim_end();
        }
    }
    let Some(head) = head.strip_suffix(FIELD_SEPARATORS) else {
        return false;
    };
    // The field with its markup ("**…**") trimmed off; a full stop in it ends a sentence.
    let field = head
        .rsplit(FIELD_SEPARATORS)
        .next()
        .unwrap_or(head)
        .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
    field.starts_with(char::is_uppercase)
        && !field.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?'))
        && field.split_whitespace().nth(SENDER_FIELD_WORDS).is_none()
}

/// The lower-case word that closes a sender's name right after its capitalized word
/// ("Malmö stad", "Kiruna kommun", "Kalmar län"): in a header date line ("Malmö stad,
/// 2016-06-14") it names the sender, it is no word of a sentence.
const NAME_WORDS: &[&str] = &["stad", "kommun", "län", "landsting", "region"];

/// A run of spaces this long splits a line into columns. Two, not three: clean-up turns
/// a tab into two spaces, and a page header laid out as a table (the sender's cell, then
/// "måndag 7 februari 2005" in the next) reaches extraction with its cells joined by tabs.
const COLUMN_GAP: &str = "  ";

/// Where the column holding byte `date_start` of `line` starts, if a run of spaces
/// splits it from what stands before: a letterhead set in columns ("KRIMINALVÅRDEN" and
/// its office on the left, "Norrköping 2006-01-12" padded out to the right), a PDF's
/// header line or a header's table cells. The date's column then reads like a header
/// line of its own.
fn column_start(line: &str, date_start: usize) -> Option<usize> {
    let head = line.get(..date_start)?;
    let gap = head.rfind(COLUMN_GAP)?;
    Some(head.len() - head[gap..].trim_start().len())
}

/// `after` without the time of day that opens it ("10:00", "kl. 09.30", "09:30 CET"),
/// white space trimmed from its start.
fn without_leading_time(after: &str) -> &str {
    let mut rest = after.trim_start();
    while let Some(word) = rest.split_whitespace().next() {
        let is_time = word
            .trim_end_matches('.')
            .split([':', '.'])
            .all(|piece| !piece.is_empty() && is_time_word(piece));
        if !is_time {
            break;
        }
        rest = rest[word.len()..].trim_start();
    }
    rest
}

/// The pieces of a time of day: digits, "kl" and a time zone.
fn is_time_word(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
        || ["kl", "cet", "cest", "utc"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Most bytes of a news agency's tag after a dateline's place ("(TT)", "(Reuters)").
const WIRE_TAG_BYTES: usize = 12;

/// `place` without the news agency's tag a wire text sets after it: "STOCKHOLM (TT)",
/// "GÖTEBORG (Direkt)", "BRYSSEL (TT-AFP)".
fn without_wire_tag(place: &str) -> &str {
    let Some(inner) = place.strip_suffix(')') else {
        return place;
    };
    let Some((before, tag)) = inner.rsplit_once(" (") else {
        return place;
    };
    if is_wire_tag(tag) {
        before
    } else {
        place
    }
}

/// A news agency's or wire's tag, the word inside the brackets ("TT", "TT-AFP",
/// "Direkt", "Hugin"): one word opening with a capital.
fn is_wire_tag(tag: &str) -> bool {
    tag.len() <= WIRE_TAG_BYTES
        && tag.starts_with(char::is_uppercase)
        && tag.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// True for a wire's tag in brackets with no place before it, as a wire that carries
/// others' releases opens their lead with it: "(Hugin) 2005-04-04 - Bolaget …",
/// "(Direkt) 3 mars 2009 …".
fn is_wire_tag_alone(head: &str) -> bool {
    head.strip_prefix('(')
        .and_then(|h| h.strip_suffix(')'))
        .is_some_and(is_wire_tag)
}

/// A dateline: a place in capitals or capitalized, then perhaps "," and "den", then the
/// date at `date_start`. In the header it may open the lead paragraph ("STOCKHOLM, 3
/// mars 2021 /PRNewswire/ --", "(Umeå 2021-03-03) Regionen …"), or a wire's tag alone
/// may stand for the place ("(Hugin) 2005-04-04 - Bolaget …"); elsewhere it is a
/// letter's dateline, a short line with "den" ("Stockholm den 3 mars 2021").
fn is_dateline(line: &str, date_start: usize, in_header: bool) -> bool {
    if !in_header && line.len() > DATELINE_BYTES {
        return false;
    }
    let Some(head) = line.get(..date_start).map(str::trim_end) else {
        return false;
    };
    let with_den = head.strip_suffix(" den");
    if with_den.is_none() && !in_header {
        return false;
    }
    if in_header && is_wire_tag_alone(head) {
        return true;
    }
    let place = without_wire_tag(
        with_den
            .unwrap_or(head)
            .trim_end_matches(',')
            .trim_start_matches('('),
    );
    let mut chars = place.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest = chars.as_str();
    first_upper
        && !rest.is_empty()
        && (rest.chars().all(char::is_lowercase) || rest.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests;
