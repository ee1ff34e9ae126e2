//! Agreements named by a heading line ("Överenskommelse om X:") or by the items of a
//! list that a line such as "Regeringen har slutit tre överenskommelser:" introduces.

use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};
use regex::Regex;

use super::agreed::{names_any, SECTOR, STATE};
use super::contracts::{CONTRACT_PREFIX, LONGEST_PARTIES};
use super::enders::{cut_name, without_headline_predicate, NAME_ENDER_SET};
use super::{Mention, Name, Source, AGREEMENT_PREFIX, COMPOUND_KINDS};
use crate::entities::Span;
use crate::text::{compile, lowercase, rsplit_once_by, trim};

/// The bullet or number that opens a list line ("1. ", "12) ", "- ", "• ").
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\d{1,2}[.)]|[-•*–])\s+"));

/// Headings and list items. Only a line with a ":" can open a list and only one with
/// "verenskommelse" (found at `agreement_words`) can be a heading, so the lines read are
/// those and the items of the lists they open; every other line would change nothing.
pub(super) fn headings_and_lists<'t>(
    text: &'t str,
    agreement_words: &[usize],
    out: &mut Vec<Mention<'t>>,
) {
    let mut colons = memchr::memchr_iter(b':', text.as_bytes()).peekable();
    let mut words = agreement_words.iter().copied().peekable();
    let mut unread = 0;
    loop {
        // The next ":" or word on a line not read yet.
        while colons.next_if(|&c| c < unread).is_some() {}
        while words.next_if(|&w| w < unread).is_some() {}
        let hit = match (colons.peek(), words.peek()) {
            (Some(&c), Some(&w)) => c.min(w),
            (Some(&c), None) => c,
            (None, Some(&w)) => w,
            (None, None) => break,
        };
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..hit]).map_or(0, |i| i + 1);
        unread = read_lines(text, line_start, out);
    }
}

/// A list a line ending in ":" has opened, and what its items are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    /// No list is open.
    Closed,
    /// Under a line naming agreements in the plural ("Regeringen har slutit tre överenskommelser:"):
    /// each item is an agreement. `unmarked` once the first item came without a bullet
    /// or number (a web page's list flattened to lines); `items` read so far.
    Agreements { unmarked: bool, items: usize },
    /// Under a line naming one agreement ("Överenskommelsen omfattar:"): the items are
    /// its parts, and those that end in a sum are lines of its budget.
    Parts,
    /// Under a table's header whose first column is the agreements
    /// ("Överenskommelse  Belopp (mnkr)"): each row's first cell names one.
    Table,
    /// Under a fact list's label for the agreement's name ("Överenskommelsens namn"): the
    /// next line is its value, the name.
    Labelled,
}

/// Reads the line at `start` and, while a list is open, the lines after it; returns
/// where the first line not read starts (past the end when none is left).
fn read_lines<'t>(text: &'t str, start: usize, out: &mut Vec<Mention<'t>>) -> usize {
    let mut list = List::Closed;
    let mut line_start = start;
    loop {
        let line_end = memchr::memchr(b'\n', text.as_bytes().get(line_start..).unwrap_or_default())
            .map_or(text.len(), |i| line_start + i);
        let line = text.get(line_start..line_end).unwrap_or_default();
        // As `lines_with_offsets` gives it.
        let line = line.strip_suffix('\r').unwrap_or(line);
        read_line(line_start, line, &mut list, out);
        if list == List::Closed || line_end == text.len() {
            return line_end + 1;
        }
        line_start = line_end + 1;
    }
}

/// One line at `start`: a list item if a list is open, else maybe a heading or the
/// line that opens a list.
fn read_line<'t>(start: usize, line: &'t str, list: &mut List, out: &mut Vec<Mention<'t>>) {
    let trimmed = trim(line);
    if trimmed.is_empty() {
        // A flattened list ends with its paragraph.
        if let List::Agreements {
            unmarked: true,
            items: 1..,
        } = list
        {
            *list = List::Closed;
        }
        return;
    }
    if *list == List::Labelled {
        *list = List::Closed;
        if is_labelled_name(trimmed) {
            let lead = line.len() - line.trim_start().len();
            out.push(Mention {
                name: Name::written(trimmed),
                span: Span {
                    start: start + lead,
                    end: start + lead + trimmed.len(),
                },
                source: Source::List,
            });
        }
        return;
    }
    if let Some(label_end) = name_label(trimmed) {
        let value = trimmed[label_end..].trim_start();
        if value.is_empty() {
            *list = List::Labelled;
        } else if is_labelled_name(value) {
            // "Överenskommelsens namn: X": the value on the label's line.
            let at = start + (value.as_ptr() as usize - line.as_ptr() as usize);
            out.push(Mention {
                name: Name::written(value),
                span: Span {
                    start: at,
                    end: at + value.len(),
                },
                source: Source::List,
            });
        }
        return;
    }
    if *list == List::Table {
        if let Some(row) = table_row_name(trimmed) {
            let Some(name) = row else {
                return;
            };
            let lead = line.len() - line.trim_start().len();
            out.push(Mention {
                name: Name::written(name),
                span: Span {
                    start: start + lead,
                    end: start + lead + name.len(),
                },
                source: Source::TableRow,
            });
            return;
        }
        *list = List::Closed;
    }
    if continues_item(line, *list) {
        return;
    }
    if *list != List::Closed {
        if let Some((item_start, name)) = item_of(line, trimmed, list) {
            if is_sentence(trimmed, name) {
                return;
            }
            let sum = trailing_sum(name);
            let name = match (*list, sum) {
                (List::Parts, Some(_)) => return,
                (_, Some(without_sum)) => without_sum,
                (_, None) => name,
            };
            let name = without_nickname(name);
            out.push(Mention {
                name: by_kind_and_topic(name).unwrap_or(Name::written(name)),
                span: Span {
                    start: start + item_start,
                    end: start + item_start + name.len(),
                },
                source: Source::List,
            });
            return;
        }
        *list = List::Closed;
    }
    if let Some(opened) = opens_list(trimmed) {
        *list = opened;
    }
    if heads_table_of_agreements(trimmed) {
        *list = List::Table;
        return;
    }
    if let Some((prefix, topic)) = heading_topic(trimmed) {
        let lead = line.len() - line.trim_start().len();
        // The topic is a slice of `trimmed`, so the distance between their starts is
        // where it starts.
        let len = topic.as_ptr() as usize - trimmed.as_ptr() as usize + topic.len();
        out.push(Mention {
            name: Name::of_kind(prefix, topic),
            span: Span {
                start: start + lead,
                end: start + lead + len,
            },
            source: Source::Heading,
        });
    }
}

/// True when `line` carries on the item before it in a list of bulleted agreements: a
/// hard-wrapped item's next line, indented under its text and with no bullet of its own.
/// It closes no list, so the items after it are read too.
fn continues_item(line: &str, list: List) -> bool {
    let open = matches!(
        list,
        List::Agreements {
            unmarked: false,
            items: 1..
        }
    );
    open && line.starts_with([' ', '\t']) && list_item(line).is_none()
}

/// The name of a list item written as an indefinite noun phrase of running text ("en
/// överenskommelse med Luleå kommun om X", "ett avtal med Trafikverket om X"): by its kind
/// and topic ("Överenskommelse om X", "Avtal om X"), as a sentence's phrase is named,
/// without the article and the party named between the noun and "om". `None` for any
/// other item, which is named as written.
fn by_kind_and_topic(item: &str) -> Option<Name<'_>> {
    let rest = item
        .strip_prefix("en ")
        .or_else(|| item.strip_prefix("ett "))?;
    let prefix = if rest.starts_with("överenskommelse ") {
        AGREEMENT_PREFIX
    } else if rest.starts_with("avtal ") {
        CONTRACT_PREFIX
    } else {
        return None;
    };
    let om = rest.find(" om ").filter(|&om| om <= LONGEST_PARTIES)?;
    let topic = &rest[om + " om ".len()..];
    (!topic.is_empty()).then_some(Name::of_kind(prefix, topic))
}

/// The item on `line` in the open `list` (counted there), and where it starts: a
/// bulleted or numbered line, or, in a list of agreements whose first item had no
/// marker, a short line that ends no sentence.
fn item_of<'t>(line: &'t str, trimmed: &'t str, list: &mut List) -> Option<(usize, &'t str)> {
    let marked = list_item(line);
    let item = match (*list, marked) {
        (List::Agreements { unmarked: true, .. }, Some(_)) => return None,
        (_, Some(item)) => item,
        (List::Agreements { items: 0, .. } | List::Agreements { unmarked: true, .. }, None) => {
            let short = holds_an_item(trimmed);
            if !short || trimmed.ends_with(['.', ':', '!', '?']) {
                return None;
            }
            (line.len() - line.trim_start().len(), trimmed)
        }
        _ => return None,
    };
    if let List::Agreements { unmarked, items } = list {
        *unmarked |= marked.is_none();
        *items += 1;
    }
    let name = item.1.trim_end().trim_end_matches(['.', ';', ',']);
    Some((item.0, name))
}

/// True when a list item is a whole sentence: the line ends with a full stop and a word
/// of the item after its first is a finite verb that ends a name ([`NAME_ENDER_SET`]:
/// "Kommunen får 225 kronor per deltagare.", "Lokala avtal tecknas före årsskiftet.").
/// Under a line naming one agreement ("Det här omfattar överenskommelsen:") such items
/// say what it settles; a name, a part's or an agreement's, holds no finite verb. The
/// item's words are hashed only when its line ends with a full stop.
fn is_sentence(trimmed: &str, item: &str) -> bool {
    trimmed.ends_with('.')
        && item
            .split(' ')
            .skip(1)
            .any(|w| NAME_ENDER_SET.contains(w.trim_end_matches([',', '.'])))
}

/// The item without a sum at its end, in parentheses or after a comma, colon or dash
/// ("Stärkt tillsyn (4,5 miljoner kronor)", "Kortare väntetider, 500 miljoner kronor",
/// "Regionerna: 1 miljard kronor"), or `None` when it ends in none. A year or an
/// abbreviation is no sum. Under one agreement such an item is a line of its budget,
/// whose sum the amounts extractor reads; in a list of agreements, the agreement's sum.
fn trailing_sum(item: &str) -> Option<&str> {
    /// What sets a sum off after an item's name, each searched from the end; built once.
    static SUM_SEPARATORS: LazyLock<[FinderRev<'static>; 4]> =
        LazyLock::new(|| [", ", ": ", " – ", " - "].map(FinderRev::new));
    let is_sum = |s: &str| s.contains(char::is_alphabetic) && crate::sek::parse_sek(s).is_some();
    if let Some((head, inner)) = item.strip_suffix(')').and_then(|i| i.rsplit_once('(')) {
        return is_sum(inner).then(|| head.trim_end());
    }
    SUM_SEPARATORS
        .iter()
        .filter_map(|sep| rsplit_once_by(item, sep))
        .find(|(head, tail)| !head.trim().is_empty() && is_sum(tail.trim()))
        .or_else(|| {
            // Most items hold no digit, and so no sum for the search below to find.
            if !item.bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            [": ", " – "]
                .iter()
                .filter_map(|sep| item.split_once(sep))
                .find(|(head, tail)| !head.trim().is_empty() && opens_with_sum(tail))
        })
        .map(|(head, _)| head.trim_end())
}

/// True when `tail` opens with a sum in kronor that words go on after ("1 miljard
/// kronor till de landsting som …"): after a colon or dash, such a tail tells what an
/// item's money is for, and the item's name is what stands before it.
fn opens_with_sum(tail: &str) -> bool {
    if !tail.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(unit) = tail.find(" kronor") else {
        return false;
    };
    let sum = &tail[..unit + " kronor".len()];
    // A sum is a few words long; a "kronor" further on belongs to another.
    sum.split(' ').count() <= SUM_WORDS && crate::sek::parse_sek(sum).is_some()
}

/// Most words of a sum written out ("1,5 miljarder kronor", "12 500 000 kronor").
const SUM_WORDS: usize = 5;

/// `item` without the one-word name in brackets at its end ("Överenskommelse om
/// tillgänglighet (kömiljarden)"): the nickname is read as a name of its own and merged
/// with the item's, not kept inside it.
fn without_nickname(item: &str) -> &str {
    let Some((head, nickname)) = item.strip_suffix(')').and_then(|i| i.rsplit_once(" (")) else {
        return item;
    };
    let one_word = !nickname.is_empty() && nickname.chars().all(|c| c.is_alphabetic() || c == '-');
    if one_word && !head.trim().is_empty() {
        head.trim_end()
    } else {
        item
    }
}

/// The list a line ending in ":" opens: agreements under "Regeringen har slutit tre
/// överenskommelser:" or "SKR och regeringen har slutit flera avtal om pengar till
/// regionerna. De viktigaste är:", the parts of one under "Överenskommelsen omfattar:".
fn opens_list(trimmed: &str) -> Option<List> {
    if !trimmed.ends_with(':') || trimmed.len() >= LONGEST_LIST_INTRODUCTION {
        return None;
    }
    let folded = lowercase(trimmed);
    let agreements = List::Agreements {
        unmarked: false,
        items: 0,
    };
    let mut nouns = AGREEMENT_NOUN.find_iter(folded.as_bytes());
    let Some(first) = nouns.next() else {
        return names_contracts(trimmed, &folded).then_some(agreements);
    };
    if beside_agreements(&folded[..first]) {
        return None;
    }
    // "överenskommelser", "överenskommelserna": any plural makes the items agreements.
    let plural = |at: usize| folded.as_bytes().get(at + "överenskommelse".len()) == Some(&b'r');
    if plural(first) || nouns.any(plural) {
        Some(agreements)
    } else {
        Some(List::Parts)
    }
}

/// Searcher for the agreement word in a lower-cased line, built once.
static AGREEMENT_NOUN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("överenskommelse"));

/// Words that set what a line introduces beside the agreements it names ("Utöver
/// överenskommelserna får landstingen riktade statsbidrag:", "Förutom dessa
/// överenskommelser …").
const BESIDE: &[&str] = &["utöver", "förutom", "utanför"];

/// True for a line whose agreement word follows a [`BESIDE`] word (with at most "de" or
/// "dessa" between), given what stands before the word (`head`, in lower case): the
/// list it opens holds something else, grants or projects, not the agreements.
fn beside_agreements(head: &str) -> bool {
    head.split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "de" | "dessa"))
        .is_some_and(|w| BESIDE.contains(&w))
}

/// True for a line (`folded` in lower case) that speaks of contracts ("avtal",
/// "avtalen") and names both the state and the regions' or municipalities' side: the
/// list it opens names agreements between them. Contracts with anyone else (suppliers,
/// staff) open no list of agreements.
fn names_contracts(trimmed: &str, folded: &str) -> bool {
    let contract = folded.contains("avtal")
        && folded
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w == "avtal" || w == "avtalen");
    contract && names_any(trimmed, STATE) && names_any(trimmed, SECTOR)
}

/// True for a table's header whose first cell is the agreement word, in the singular or
/// the plural, and which has more cells after it ("Överenskommelse  Belopp (mnkr)"): its
/// rows name agreements. Every line this module reads is tested, so the word comes
/// first and the cells are split only after it.
fn heads_table_of_agreements(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix("Överenskommelse") else {
        return false;
    };
    let rest = rest.strip_prefix('r').unwrap_or(rest);
    rest.starts_with("  ") && table_cells(rest).next().is_some()
}

/// The cells of a table line: parted by runs of two or more spaces (a tab is cleaned
/// to two).
fn table_cells(trimmed: &str) -> impl Iterator<Item = &str> {
    trimmed.split("  ").map(str::trim).filter(|c| !c.is_empty())
}

/// The first cell of a table row whose other cells hold figures ("God och nära vård
/// 6 900"), named as written; `None` for any other line, which ends the table. A total
/// row ("Summa  1 100") names none and ends nothing.
fn table_row_name(trimmed: &str) -> Option<Option<&str>> {
    let mut cells = table_cells(trimmed);
    let name = cells.next()?;
    let mut rest = cells.peekable();
    let figures = rest.peek().is_some() && rest.all(|c| c.bytes().any(|b| b.is_ascii_digit()));
    if !figures || !name.starts_with(char::is_alphabetic) {
        return None;
    }
    Some((!crate::tables::is_total_label(name)).then_some(name))
}

/// The labels a fact list gives an agreement's name by, the value standing after the
/// label on its line (after a colon) or alone on the next: "Överenskommelsens
/// namn", "Namn på överenskommelsen", "Överenskommelsens titel".
const NAME_LABELS: [&str; 3] = [
    "Överenskommelsens namn",
    "Namn på överenskommelsen",
    "Överenskommelsens titel",
];

/// Where the label of an agreement's name ends on `trimmed` ([`NAME_LABELS`]), past a
/// colon after it; `None` for any other line. The label is the whole line, or a colon
/// follows it.
fn name_label(trimmed: &str) -> Option<usize> {
    let label = NAME_LABELS.iter().find(|l| trimmed.starts_with(*l))?;
    let rest = &trimmed[label.len()..];
    if rest.is_empty() {
        return Some(label.len());
    }
    rest.strip_prefix(':').map(|_| label.len() + 1)
}

/// True for a fact list's value that can be a name: it opens with a capital and is no
/// sentence (no full stop closing it), at most [`LIST_ITEM_MORE_CHARS`] characters long.
fn is_labelled_name(value: &str) -> bool {
    value.starts_with(char::is_uppercase)
        && !value.ends_with(['.', '!', '?', ':'])
        && holds_an_item(value)
}

/// Lines this long or longer introduce no list.
const LONGEST_LIST_INTRODUCTION: usize = 200;

/// The text of a numbered or bulleted list line ("1. Ökad tillgänglighet") and the
/// byte where it starts; an item is at most [`LIST_ITEM_MORE_CHARS`] characters after its
/// first.
pub(super) fn list_item(line: &str) -> Option<(usize, &str)> {
    let start = LIST_MARKER.find(line)?.end();
    let item = &line[start..];
    let fits = !item.is_empty() && holds_an_item(item);
    fits.then_some((start, item))
}

/// The most characters a list item takes after its first one.
const LIST_ITEM_MORE_CHARS: usize = 150;

/// True when `s` takes at most [`LIST_ITEM_MORE_CHARS`] characters after its first: a
/// string of no more bytes than that holds no more characters, and is not counted.
fn holds_an_item(s: &str) -> bool {
    s.len() <= LIST_ITEM_MORE_CHARS + 1 || s.chars().nth(LIST_ITEM_MORE_CHARS + 1).is_none()
}

/// Lines longer than this are headings only when they end in ":".
pub(super) const LONGEST_HEADING_WITHOUT_COLON: usize = 250;

/// The topic of "Överenskommelse om X:" or of a short line "Överenskommelser om X
/// fortsätter under 2022", as a slice of `line`, and the prefix its name is reported
/// by: a heading may name an agreement of a kind ("Tilläggsöverenskommelse om X",
/// "Ramöverenskommelse om X", [`COMPOUND_KINDS`]).
fn heading_topic(line: &str) -> Option<(&'static str, &str)> {
    let (prefix, after_word) = match line.strip_prefix("Överenskommelse") {
        Some(after) => (AGREEMENT_PREFIX, after),
        None => heading_of_kind(line)?,
    };
    let rest = ["n om ", "r om ", " om "]
        .iter()
        .find_map(|p| after_word.strip_prefix(p))?;
    let body = rest.trim_end();
    let is_heading = body.ends_with(':')
        || (!body.contains(". ")
            && !body.ends_with('.')
            && line.len() <= LONGEST_HEADING_WITHOUT_COLON);
    if !is_heading {
        return None;
    }
    let body = body.split(':').next().unwrap_or(body);
    let topic = without_headline_predicate(cut_name(body, &NAME_ENDER_SET));
    (!topic.is_empty()).then_some((prefix, topic))
}

/// The prefix of the [`COMPOUND_KINDS`] compound `line` opens with, capitalized as
/// the prefix is ("Ramöverenskommelse"), and the rest of the line after it.
fn heading_of_kind(line: &str) -> Option<(&'static str, &str)> {
    // The kinds' first letters: most lines start otherwise and are passed at once.
    if !line.starts_with(['T', 'S', 'R']) {
        return None;
    }
    COMPOUND_KINDS.iter().find_map(|&(_, prefix)| {
        let word = prefix.strip_suffix(" om ")?;
        line.strip_prefix(word).map(|after| (prefix, after))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn items_written_as_phrases_are_named_by_kind_and_topic_over_wrapped_lines() {
        let text = "Kommunen har i år slutit två överenskommelser:\n\
                    - en överenskommelse med Region Gävleborg om gemensam\n  \
                    hemsjukvård på helger\n\
                    - ett avtal med Kustbevakningen om tillsyn av fritidsbåtar\n\
                    \n\
                    Båda gäller i tre år.\n";
        assert_eq!(
            names(text),
            [
                "Överenskommelse om gemensam",
                "Avtal om tillsyn av fritidsbåtar"
            ]
        );
        // An item that is a name stays as written.
        let text = "Regeringen har slutit två överenskommelser:\n\
                    - Ambulanssjukvård i glesbygd\n\
                    - Stärkt elevhälsa\n";
        assert_eq!(
            names(text),
            ["Ambulanssjukvård i glesbygd", "Stärkt elevhälsa"]
        );
    }

    #[test]
    fn an_item_is_named_by_what_stands_before_its_sum() {
        let text = "Regeringen har slutit tre överenskommelser med SKR:\n\
                    - Ambulansmiljarden: 1 miljard kronor till regioner som kortar svarstiderna\n\
                    - Stärkt barnhälsovård – 250 miljoner kronor för fler hembesök\n";
        assert_eq!(names(text), ["Ambulansmiljarden", "Stärkt barnhälsovård"]);
        // A colon not followed by a sum is part of the item.
        let text = "Regeringen har slutit två överenskommelser med SKR:\n\
                    - Vård i hela landet: glesbygdens akutvård\n";
        assert_eq!(names(text), ["Vård i hela landet: glesbygdens akutvård"]);
    }

    #[test]
    fn a_list_beside_the_agreements_lists_no_agreements() {
        for opener in [
            "Utöver överenskommelserna får regionerna riktade statsbidrag:",
            "Förutom dessa överenskommelser satsar regeringen på:",
        ] {
            let text = format!(
                "{opener}\n- Psykiatrilyftet: 300 miljoner kronor\n- Hälsofrämjande skola\n"
            );
            assert!(names(&text).is_empty(), "{opener}");
        }
    }

    #[test]
    fn items_that_are_sentences_under_one_agreement_are_no_names() {
        let text = "Överenskommelsen innehåller tre delar:\n\
                    - Regionerna får 40 kronor per invånare för tolkning.\n\
                    - Kommunerna ska redovisa arbetet varje höst.\n\
                    - Digital tolkning\n";
        assert_eq!(names(text), ["Digital tolkning"]);
        // A name that ends with a full stop holds no finite verb, and stays.
        let text = "Regeringen har slutit två överenskommelser:\n\
                    - Stärkt elevhälsa.\n\
                    - Tolkning i vården för nyanlända.\n";
        assert_eq!(
            names(text),
            ["Stärkt elevhälsa", "Tolkning i vården för nyanlända"]
        );
    }
}
