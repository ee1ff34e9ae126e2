//! Ministers: a title ending in "-minister" (or "statsråd") before or after a name
//! ("socialminister Annika Strandhäll", "Gabriel Wikström, folkhälso- sjukvårds- och
//! idrottsminister"), and the minister a press secretary works for ("Pressekreterare hos
//! Annika Strandhäll"). Chairs, press secretaries and officials are not ministers.

use crate::entities::{Minister, Span};
use crate::names::{is_name_word, name_after, name_before};
use crate::text::{char_after, decapitalize, is_whole_word, lowercase};

mod plural;
mod words;

/// Every minister once, in order of first mention, with the spans of the name; `folded`
/// is `text` with ASCII letters in lower case.
pub(crate) fn find(text: &str, folded: &[u8]) -> Vec<Minister> {
    let mut found: Vec<Minister> = Vec::new();
    let mut around: Vec<(String, String, Span)> = Vec::new();
    let pieces = words::Pieces::in_text(text, folded);
    for w in pieces.titles {
        match around_title(text, w.start, w.end) {
            Some(found) => around.push(found),
            // "statsråden Anna Ek och Per Ek": no name next to the singular title.
            None => around.extend(plural::names_after(text, w.start, w.end)),
        }
    }
    let roster = roster_lines(text, &around);
    for (name, title, span) in around {
        if roster.iter().any(|line| line.contains(&span.start)) {
            continue;
        }
        add(&mut found, name, Some(title), span);
    }
    for staff in words::staff_titles(text, &pieces.staff) {
        if !is_whole_word(text, staff.start, staff.end - 1) {
            continue;
        }
        let mut at = staff.end;
        // "Pressekreterare hos sjukvårdsminister X": the title rule above has X already.
        let next_word_end = text[at..].find([' ', '\n']).map_or(text.len(), |i| at + i);
        if text[at..next_word_end].ends_with("minister") {
            at = next_word_end;
        }
        if let Some((name, span)) = name_after(text, at) {
            add(&mut found, name, None, span);
        }
    }
    drop_genitive_s(text, &mut found);
    for minister in &mut found {
        let first = minister.spans.first().copied();
        for start in words::mentions(text, &minister.name) {
            let span = Span {
                start,
                end: start + minister.name.len(),
            };
            if Some(span) != first && is_whole_word(text, span.start, span.end) {
                minister.spans.push(span);
            }
        }
        minister.spans.sort();
        minister.spans.dedup();
    }
    found
}

/// Fewest entries of a roster ([`roster_lines`]): a release names a few ministers on
/// lines of their own (its contacts, the speakers at a press conference); a site's menu
/// lists the whole government, twenty ministers or more.
const ROSTER_ENTRIES: usize = 5;
/// Most words on one roster entry ("Anna Hallberg, utrikeshandelsminister och minister
/// med ansvar för nordiska frågor").
const ROSTER_ENTRY_WORDS: usize = 12;
/// Longest roster entry in bytes: [`ROSTER_ENTRY_WORDS`] words of a name and titles.
const ROSTER_ENTRY_BYTES: usize = 200;

/// The lines (byte ranges) of a roster of the government: [`ROSTER_ENTRIES`] or more
/// lines in a row, blank lines aside, each holding a minister's name and title and
/// nothing else of a sentence ("Finansminister Bosse Ringholm", "Carl Bildt,
/// utrikesminister"). A page saved with its menus lists every minister of the day so;
/// none of them is a minister of the release for that (a minister it quotes is named
/// in its body as well).
fn roster_lines(text: &str, around: &[(String, String, Span)]) -> Vec<std::ops::Range<usize>> {
    let mut entries: Vec<std::ops::Range<usize>> = Vec::new();
    for (_, _, span) in around {
        let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[span.start..]
            .find('\n')
            .map_or(text.len(), |i| span.start + i);
        let line = text[start..end].trim();
        // Bytes first: a mention inside a paragraph would count the paragraph's words.
        let is_entry = line.len() <= ROSTER_ENTRY_BYTES
            && line.split_whitespace().count() <= ROSTER_ENTRY_WORDS
            && !line.ends_with(['.', '!', '?', ':', ';'])
            && !line.contains(|c: char| c.is_ascii_digit());
        if is_entry && entries.last() != Some(&(start..end)) {
            entries.push(start..end);
        }
    }
    let mut roster = Vec::new();
    let mut run: Vec<std::ops::Range<usize>> = Vec::new();
    for line in entries {
        // Lines of one run follow each other with nothing but line breaks between them,
        // or one line of a name or a title where each stands on a line of its own
        // ("Ulf Kristersson\nStatsminister\nJakob Forssmed\nSocialminister").
        let follows = run.last().is_some_and(|last| {
            let between = text[last.end..line.start].trim();
            between.is_empty() || is_roster_half_line(between)
        });
        if !follows {
            take_roster(text, &mut run, &mut roster);
        }
        run.push(line);
    }
    take_roster(text, &mut run, &mut roster);
    roster
}

/// Most words of a name or a title standing alone on a roster's line.
const ROSTER_HALF_LINE_WORDS: usize = 6;

/// True for the one line between two roster entries where a name and its title each
/// take a line: short, no digits, no sentence's mark.
fn is_roster_half_line(between: &str) -> bool {
    !between.contains('\n')
        && between.split_whitespace().count() <= ROSTER_HALF_LINE_WORDS
        && !between
            .contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | ';'))
}

/// Moves the lines of `run` to `roster` when they are one: long enough, and not a list
/// the text itself introduces with a colon ("Regeringen består av följande statsråd:",
/// "Medverkar:"), which a release presenting a new government or its speakers writes and
/// a site's menu does not. Empties `run` either way.
fn take_roster(
    text: &str,
    run: &mut Vec<std::ops::Range<usize>>,
    roster: &mut Vec<std::ops::Range<usize>>,
) {
    let introduced = run
        .first()
        .is_some_and(|first| text[..first.start].trim_end().ends_with(':'));
    if run.len() >= ROSTER_ENTRIES && !introduced {
        roster.append(run);
    }
    run.clear();
}

/// "socialminister Lena Eks besked": a name read with a genitive "s" is the name
/// without it where the text also writes it so, or where a staff title follows it
/// ("Lena Eks pressekreterare"). (Otherwise the "s" may be the name's own, as in
/// "Tolgfors".) Two entries of one name then merge.
fn drop_genitive_s(text: &str, found: &mut Vec<Minister>) {
    let mut merged: Vec<Minister> = Vec::with_capacity(found.len());
    for mut minister in found.drain(..) {
        if let Some(base) = minister.name.strip_suffix('s') {
            let written_so = words::mentions(text, base)
                .into_iter()
                .any(|at| is_whole_word(text, at, at + base.len()));
            if written_so || before_staff_title(text, &minister.spans) {
                minister.name = base.to_string();
                for span in &mut minister.spans {
                    span.end -= 1;
                }
            }
        }
        match merged.iter_mut().find(|m| m.name == minister.name) {
            Some(known) => {
                known.title = known.title.take().or(minister.title);
                known.spans.extend(minister.spans);
            }
            None => merged.push(minister),
        }
    }
    *found = merged;
}

/// True when a name at one of `spans` is followed by a staff title: "Eva Nordmarks
/// pressekreterare" is the minister's, so the "s" is a genitive.
fn before_staff_title(text: &str, spans: &[Span]) -> bool {
    spans.iter().any(|span| {
        let after = text
            .get(span.end..)
            .unwrap_or_default()
            .trim_start_matches(' ');
        words::STAFF_TITLES.iter().any(|t| {
            after
                .get(..t.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(t))
        })
    })
}

fn add(found: &mut Vec<Minister>, name: String, title: Option<String>, span: Span) {
    let key = lowercase(&name);
    if let Some(known) = found.iter_mut().find(|m| lowercase(&m.name) == key) {
        if known.title.is_none() {
            known.title = title;
        }
        if !known.spans.contains(&span) {
            known.spans.push(span);
        }
        return;
    }
    found.push(Minister {
        name,
        title,
        spans: vec![span],
    });
}

/// The name next to the title word found at `at..end` ("minister"/"statsråd").
fn around_title(text: &str, at: usize, end: usize) -> Option<(String, String, Span)> {
    let word_start = text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut word_end = end;
    let is_statsrad = text[at..end].eq_ignore_ascii_case("statsråd");
    if is_statsrad && text[end..].starts_with("et") {
        word_end += 2;
    }
    // The definite form, "socialministern Jakob Forssmed", names the same office.
    let definite = !is_statsrad
        && text[end..].starts_with('n')
        && !char_after(text, end + 1).is_some_and(char::is_alphabetic);
    if definite {
        word_end += 1;
    }
    if char_after(text, word_end).is_some_and(char::is_alphabetic) {
        return None;
    }
    let word = &text[word_start..word_end];
    if is_statsrad && word_start != at {
        return None;
    }
    let title_word = if definite {
        &text[word_start..end]
    } else {
        word
    };
    let (title_start, mut title) = title_with_prefixes(text, word_start, title_word);
    let tail = if title_word.eq_ignore_ascii_case("minister") || is_statsrad {
        minister_for(text, word_end)
    } else {
        String::new()
    };
    title.push_str(&tail);
    // "minister för högre utbildning Anna Ek": the name follows the title's tail.
    let title_end = word_end + tail.len();
    if let Some((name, span)) = text[title_end..]
        .starts_with(' ')
        .then(|| name_after(text, title_end))
        .flatten()
    {
        return Some((name, title, span));
    }
    if let Some(found) = name_split_by_wrap(text, title_end) {
        return Some((found.0, title, found.1));
    }
    if let Some(found) = name_in_apposition(text, title_end) {
        return Some((found.0, title, found.1));
    }
    // "Gabriel Wikström, folkhälso- sjukvårds- och idrottsminister"
    let before = text[..title_start].trim_end_matches(' ');
    let before = strip_words_before_title(before);
    if let Some(before) = before.strip_suffix(',') {
        let before = strip_status(strip_party(before));
        let (name, span) = name_before(text, before.len())?;
        return Some((name, title, span));
    }
    let (name, span) = name_on_next_line(text, title_start, title_end)
        .or_else(|| name_across_wrap(text, title_start, title_end))?;
    Some((name, title, span))
}

/// A paragraph hard-wrapped at a fixed width (PDF extracts, e-mailed releases) may end
/// a line between the title and the name ("… säger justitieminister\nThomas Bodström."):
/// the name opening the next line, where the title ends a line of running prose (a
/// lower-case word before it) inside a paragraph (one line break, not two).
fn name_across_wrap(text: &str, title_start: usize, title_end: usize) -> Option<(String, Span)> {
    let next_start = title_end + text[title_end..].strip_prefix('\n').map(|_| 1)?;
    if text[next_start..].starts_with(['\n', ' ']) {
        return None;
    }
    let line_start = text[..title_start].rfind('\n').map_or(0, |i| i + 1);
    let prose = text[line_start..title_start]
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    if !prose {
        return None;
    }
    name_after(text, next_start).filter(|(_, span)| span.start == next_start)
}

/// A hard-wrapped paragraph may also end a line inside the name ("… säger
/// socialförsäkringsminister Cristina\nHusmark Pehrsson."): the title's line ends with
/// one name word, and the next line of the same paragraph (one line break) opens with the
/// rest, at most [`crate::names`]' three words in all.
fn name_split_by_wrap(text: &str, title_end: usize) -> Option<(String, Span)> {
    let first_start = title_end + text[title_end..].strip_prefix(' ').map(|_| 1)?;
    let break_at = first_start + text[first_start..].find('\n')?;
    let first = &text[first_start..break_at];
    let next_start = break_at + 1;
    if !is_name_word(first) || text[next_start..].starts_with(['\n', ' ']) {
        return None;
    }
    // The rest: two words as a name, else one name word closed by punctuation or a space.
    let (rest, end) = match name_after(text, next_start) {
        Some((rest, span)) if span.start == next_start && rest.split(' ').count() <= 2 => {
            (rest, span.end)
        }
        _ => {
            let word_end = text[next_start..]
                .find(|c: char| !c.is_alphabetic() && c != '-')
                .map_or(text.len(), |i| next_start + i);
            let word = &text[next_start..word_end];
            if !is_name_word(word) {
                return None;
            }
            (word.to_string(), word_end)
        }
    };
    Some((
        format!("{first} {rest}"),
        Span {
            start: first_start,
            end,
        },
    ))
}

/// "Ministern för högre utbildning och forskning, Anna Ek, besökte …": the name set off
/// by commas right after the title (ending at `title_end`). The closing comma (or a
/// party tag, or the sentence's end) is required: after a comma a capital may also start
/// the next item of a list ("socialministern, Skolverket och …").
fn name_in_apposition(text: &str, title_end: usize) -> Option<(String, Span)> {
    let at = title_end + text[title_end..].strip_prefix(", ").map(|_| 2)?;
    let (name, span) = name_after(text, at)?;
    if span.start != at {
        return None;
    }
    let after = &text[span.end..];
    // "Anna Ek (S), …": a party tag of a few letters in brackets.
    let party_tag = after
        .strip_prefix(" (")
        .and_then(|rest| rest.find(')'))
        .is_some_and(|close| close <= 4);
    (after.starts_with([',', '.', ';']) || party_tag).then_some((name, span))
}

/// A page header that puts the name and the title each on a line of its own
/// ("Anna Ek\nSkolminister", or the title first): the name on the line before the
/// title's, else on the line after it. `None` unless the title fills its line and the
/// name fills the other.
fn name_on_next_line(text: &str, title_start: usize, title_end: usize) -> Option<(String, Span)> {
    let line_start = text[..title_start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[title_end..]
        .find('\n')
        .map_or(text.len(), |i| title_end + i);
    if !text[line_start..title_start].trim().is_empty()
        || !text[title_end..line_end].trim().is_empty()
    {
        return None;
    }
    let previous = text[..line_start].trim_end();
    let previous_start = previous.rfind('\n').map_or(0, |i| i + 1);
    let next_start = line_end + (text[line_end..].len() - text[line_end..].trim_start().len());
    let next_end = text[next_start..]
        .find('\n')
        .map_or(text.len(), |i| next_start + i);
    [(previous_start, previous.len()), (next_start, next_end)]
        .into_iter()
        .find_map(|(start, end)| {
            // "Lena Ek (S)": a party tag may follow the name.
            let line = strip_party(text.get(start..end)?.trim_end());
            let (name, span) = name_after(text, start)?;
            (span.start == start && span.end == start + line.len()).then_some((name, span))
        })
}

/// Words that may stand between a name's comma and the title after it, read from the
/// title backwards: an adjective ("Jennie Nilsson, ansvarigt statsråd") and a relative
/// clause ("Jakob Forssmed, som är ansvarigt statsråd"). They are not part of the title.
const WORDS_BEFORE_TITLE: &[&str] = &["ansvarigt", "ansvarig", "är", "var", "som", "numera"];

/// `head` without [`WORDS_BEFORE_TITLE`] at its end.
fn strip_words_before_title(mut head: &str) -> &str {
    while let Some((rest, last)) = head.rsplit_once(' ') {
        if !WORDS_BEFORE_TITLE.contains(&last) {
            break;
        }
        head = rest.trim_end_matches(' ');
    }
    head
}

/// A change of office reported between a name and its title, as government pages list
/// former ministers: "Tomas Eneroth har entledigats, infrastrukturminister".
const STATUS_PHRASES: &[&str] = &[
    " har entledigats",
    " har avgått",
    " entledigades",
    " avgick",
    " har utsetts till",
    " utsågs till",
];

/// `head` without one of [`STATUS_PHRASES`] at its end.
fn strip_status(head: &str) -> &str {
    STATUS_PHRASES
        .iter()
        .find_map(|phrase| head.strip_suffix(phrase))
        .unwrap_or(head)
}

/// " för utrikeshandel" after a bare "minister": the rest of the title, up to punctuation.
fn minister_for(text: &str, end: usize) -> String {
    let Some(rest) = text[end..].strip_prefix(" för ") else {
        return String::new();
    };
    let words: Vec<&str> = rest
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
        .take(6)
        .collect();
    let mut tail = words.join(" ");
    let cut = tail.find([',', '.', ';', ':', '\n']).unwrap_or(tail.len());
    tail.truncate(cut);
    if tail.is_empty() {
        String::new()
    } else {
        format!(" för {tail}")
    }
}

/// Drops a party tag such as " (S)" after a name.
fn strip_party(text: &str) -> &str {
    let trimmed = text.trim_end();
    if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind(" (")) {
        if trimmed.len() - open <= 6 {
            return &trimmed[..open];
        }
    }
    trimmed
}

/// Words before a title that are part of it: "vice statsminister", "biträdande
/// finansminister".
const RANKS: &[&str] = &["vice", "biträdande"];

/// Extends a title word backwards over combined titles ("folkhälso- sjukvårds- och
/// idrottsminister", "vice statsminister") and returns its start and base form in
/// [`list_form`].
fn title_with_prefixes(text: &str, word_start: usize, word: &str) -> (usize, String) {
    let mut parts = vec![word.trim_end_matches("et").to_string()];
    if word.ends_with("minister") {
        parts[0] = word.to_string();
    }
    let mut start = word_start;
    loop {
        let head = text[..start].trim_end_matches(' ');
        if head.len() == start || head.ends_with('\n') {
            break;
        }
        let prev_start = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
        let prev = &head[prev_start..];
        let prefix = prev.trim_end_matches(',');
        if prefix.ends_with('-') && prefix.len() > 1 {
            parts.insert(0, prefix.to_string());
        } else if prev == "och" && parts.first().is_some_and(|p| !p.ends_with('-')) {
            let before = head[..prev_start].trim_end_matches(' ');
            let p_start = before.rfind([' ', '\n']).map_or(0, |i| i + 1);
            if !before[p_start..].ends_with('-') {
                break;
            }
            parts.insert(0, "och".to_string());
        } else if let Some(rank) = RANKS.iter().find(|r| prev.eq_ignore_ascii_case(r)) {
            parts.insert(0, (*rank).to_string());
            start = prev_start;
            break;
        } else {
            break;
        }
        start = prev_start;
    }
    (start, decapitalize(&list_form(&parts)))
}

/// The words of a title in the standard form of a Swedish list: items of a coordinated
/// compound are set off by commas and the last joined by "och" ("folkhälso-,
/// sjukvårds- och idrottsminister"), whether or not the text wrote the commas.
fn list_form(parts: &[String]) -> String {
    let mut title = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            let between_items = parts[i - 1].ends_with('-') && part != "och";
            title.push_str(if between_items { ", " } else { " " });
        }
        title.push_str(part);
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        find(text, &text.as_bytes().to_ascii_lowercase())
            .into_iter()
            .map(|m| (m.name, m.title))
            .collect()
    }

    #[test]
    fn a_name_on_the_next_line_of_a_wrapped_paragraph() {
        assert_eq!(
            names("återfallen, säger justitieminister\nThomas Bodström. Han vill se fler platser."),
            [("Thomas Bodström".into(), Some("justitieminister".into()))]
        );
        // A title closing a heading line, or a paragraph, takes no name from below.
        assert!(names("Justitieminister\n\nThomas Bodström talade.").is_empty());
        assert!(names("Uppdrag från justitieminister\n\nNya platser ska byggas.").is_empty());
    }

    #[test]
    fn a_name_split_by_the_wrap_of_a_paragraph() {
        assert_eq!(
            names("– Vi gör det nu, säger miljöminister Anna\nLindqvist Berg. Hon vill mer."),
            [("Anna Lindqvist Berg".into(), Some("miljöminister".into()))]
        );
        assert_eq!(
            names("Det uppger jordbruksminister Karl\nSundberg i ett uttalande."),
            [("Karl Sundberg".into(), Some("jordbruksminister".into()))]
        );
        // A paragraph's end after the first word takes nothing from below.
        assert!(names("Det uppger jordbruksminister Karl\n\nSundberg AB växer.").is_empty());
    }

    #[test]
    fn a_roster_of_the_government_names_no_minister_of_the_release() {
        // A menu of the whole government, title first or name first, blank lines or not.
        let menu = "Regeringen\nStatsminister Eva Ek\nFinansminister Per Al\n\
                    Utrikesminister Bo Lind\nJustitieminister Ann Berg\nSocialminister Lars Ås\n\n\
                    Rubrik\n\nPengar till vården, säger socialminister Lars Ås.";
        assert_eq!(
            names(menu),
            [("Lars Ås".into(), Some("socialminister".into()))]
        );
        let menu =
            "Eva Ek, statsminister\n\nPer Al, finansminister\n\nBo Lind, utrikesminister\n\n\
                    Ann Berg, justitieminister\n\nLars Ås, socialminister\n\nText utan minister.";
        assert!(names(menu).is_empty());
        // The name and the title each on a line of their own.
        let menu = "Regeringen\nEva Ek\nStatsminister\nPer Al\nFinansminister\nBo Lind\n\
                    Utrikesminister\nAnn Berg\nJustitieminister\nLars Ås\nSocialminister\n\n\
                    Rubrik\n\nText utan minister.";
        assert!(names(menu).is_empty(), "{:?}", names(menu));
        // A list the release introduces stays, however long: a new government presented.
        let presented = "Statsministern presenterade i dag regeringen. Statsråden är:\n\n\
                         Statsminister Eva Ek\nFinansminister Per Al\nUtrikesminister Bo Lind\n\
                         Justitieminister Ann Berg\nSocialminister Lars Ås\n\nText.";
        assert_eq!(names(presented).len(), 5);
        // A release's own short list of speakers stays.
        let speakers = "Medverkar:\nStatsminister Eva Ek\nFinansminister Per Al\nSocialminister Lars Ås\n\nText.";
        assert_eq!(names(speakers).len(), 3);
        // Entries broken by prose are no roster.
        let prose =
            "Statsminister Eva Ek\nFinansminister Per Al\nDe presenterade budgeten i dag.\n\
                     Utrikesminister Bo Lind\nJustitieminister Ann Berg\nSocialminister Lars Ås";
        assert_eq!(names(prose).len(), 5);
    }

    #[test]
    fn title_before_name() {
        let got = names("– Viktigt, säger socialminister Annika Strandhäll.");
        assert_eq!(
            got,
            [("Annika Strandhäll".into(), Some("socialminister".into()))]
        );
        let got = names("säger sjukvårdsminister Acko Ankarberg Johansson.");
        assert_eq!(got[0].0, "Acko Ankarberg Johansson");
    }

    #[test]
    fn title_after_name_with_dropped_comma() {
        let got = names("säger Gabriel Wikström, folkhälso- sjukvårds- och idrottsminister.");
        assert_eq!(
            got,
            [(
                "Gabriel Wikström".into(),
                Some("folkhälso-, sjukvårds- och idrottsminister".into())
            )]
        );
    }

    #[test]
    fn coordinated_titles_in_list_form() {
        for text in [
            "säger Eva Ek, skol- kultur- och fritidsminister.",
            "säger Eva Ek, skol-, kultur- och fritidsminister.",
            "Det säger skol-, kultur- och fritidsminister Eva Ek.",
        ] {
            let got = names(text);
            assert_eq!(
                got,
                [(
                    "Eva Ek".into(),
                    Some("skol-, kultur- och fritidsminister".into())
                )],
                "{text}"
            );
        }
        let got = names("enligt bygg- och bostadsminister Per Ek");
        assert_eq!(got[0].1.as_deref(), Some("bygg- och bostadsminister"));
        let got = names("Det säger biträdande skolminister Per Ek.");
        assert_eq!(got[0].1.as_deref(), Some("biträdande skolminister"));
    }

    #[test]
    fn name_and_title_on_lines_of_their_own() {
        let got = names("Pressmeddelande\nAnna Ek\nSkolminister\n\nText om skolan.");
        assert_eq!(got, [("Anna Ek".into(), Some("skolminister".into()))]);
        let got = names("Publicerad 3 maj\n\nBostadsminister\nPer Ek\nText.");
        assert_eq!(got, [("Per Ek".into(), Some("bostadsminister".into()))]);
        assert!(names("Skolminister\nDet blir bra för skolan.").is_empty());
        assert!(names("Anna Ek har talat\nSkolminister\nMer").is_empty());
    }

    #[test]
    fn name_after_a_minister_for_a_field() {
        let got = names("Enligt ministern för skolfrågor Per Ek räcker det.");
        assert_eq!(
            got,
            [("Per Ek".into(), Some("minister för skolfrågor".into()))]
        );
        let got = names("som minister för högre utbildning Anna Ek presenterade");
        assert_eq!(
            got,
            [(
                "Anna Ek".into(),
                Some("minister för högre utbildning".into())
            )]
        );
    }

    #[test]
    fn name_set_off_by_commas_after_the_title() {
        let got = names("Ministern för kultur, Eva Ek, invigde museet.");
        assert_eq!(got, [("Eva Ek".into(), Some("minister för kultur".into()))]);
        let got = names("Det menar bostadsministern, Per Ek (S), som besökte Umeå.");
        assert_eq!(got, [("Per Ek".into(), Some("bostadsminister".into()))]);
        // After the comma, the next item of a list.
        assert!(names("Det välkomnas av socialministern, Socialstyrelsen och SKR.").is_empty());
        assert!(names("Kritik mot skolministern, Lärarförbundet Stockholm och fler").is_empty());
    }

    #[test]
    fn responsible_statsrad_after_a_name() {
        let got = names("– Det är viktigt, säger Eva Ek, ansvarigt statsråd för bostadsfrågor.");
        assert_eq!(
            got,
            [("Eva Ek".into(), Some("statsråd för bostadsfrågor".into()))]
        );
        let got = names("säger Per Ek, som är ansvarigt statsråd för fiskefrågor.");
        assert_eq!(got[0].0, "Per Ek");
        assert!(names("säger Per Ek, som är ansvarig för frågan.").is_empty());
    }

    #[test]
    fn dismissed_ministers_listed_with_their_titles() {
        let got =
            names("Eva Ek har entledigats, skolminister\nPer Ek har entledigats, bostadsminister");
        assert_eq!(
            got,
            [
                ("Eva Ek".into(), Some("skolminister".into())),
                ("Per Ek".into(), Some("bostadsminister".into()))
            ]
        );
    }

    #[test]
    fn statsradet_and_press_secretary() {
        let got = names("Det sa statsrådet Lena Hallengren i dag.");
        assert_eq!(got, [("Lena Hallengren".into(), Some("statsråd".into()))]);
        let got = names("Karin Boman Röding\nPressekreterare hos Annika Strandhäll\n076-116 65 62");
        assert_eq!(got, [("Annika Strandhäll".into(), None)]);
    }

    #[test]
    fn a_sentence_opened_by_the_title() {
        let got = names("Ministern för utvecklingssamarbete Eva Ek (M) reser till Kenya.");
        assert_eq!(
            got,
            [(
                "Eva Ek".into(),
                Some("minister för utvecklingssamarbete".into())
            )]
        );
        let got = names("Minister för äldrefrågor och folkhälsa Per Ek besöker Umeå.");
        assert_eq!(got[0].0, "Per Ek");
        let got = names("Deltar gör EU- och handelsminister Eva Ek.");
        assert_eq!(got[0].1.as_deref(), Some("EU- och handelsminister"));
        assert!(names("Ministerrådet möts i dag. Ministern säger inget.").is_empty());
    }

    #[test]
    fn a_genitive_is_the_name_without_its_s() {
        let got = names("Socialminister Eva Eks besked välkomnas. – Bra, säger Eva Ek.");
        assert_eq!(got, [("Eva Ek".into(), Some("socialminister".into()))]);
        // A name ending in "s" of its own keeps it.
        let got = names("Försvarsminister Sten Tolgfors besökte förbandet.");
        assert_eq!(got[0].0, "Sten Tolgfors");
        // The minister's staff makes the "s" a genitive.
        let got = names("Frågor besvaras av kulturminister Eva Eks pressekreterare Jan Berg.");
        assert_eq!(got[0].0, "Eva Ek");
    }

    #[test]
    fn a_party_tag_after_a_name_on_its_own_line() {
        let got = names("Rubrik\n\nLena Ek (S)\nSocialminister\n\nText.");
        assert_eq!(got, [("Lena Ek".into(), Some("socialminister".into()))]);
    }

    #[test]
    fn definite_titles() {
        let got = names("Enligt Socialministern Jakob Forssmed behövs mer.");
        assert_eq!(
            got,
            [("Jakob Forssmed".into(), Some("socialminister".into()))]
        );
        assert!(names("Ministern säger att pengarna räcker.").is_empty());
    }

    #[test]
    fn chairs_and_secretaries_are_not_ministers() {
        assert!(
            names("säger Lena Micko, ordförande för Sveriges Kommuner och Landsting.").is_empty()
        );
        assert!(names("Karin Boman Röding\nPressekreterare").is_empty());
        assert!(names("ministerrådet och Ministern").is_empty());
    }

    #[test]
    fn every_mention_has_a_span() {
        let text = "säger socialminister Annika Strandhäll.\nPressekreterare hos Annika Strandhäll";
        let found = find(text, &text.as_bytes().to_ascii_lowercase());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].spans.len(), 2);
        for s in &found[0].spans {
            assert_eq!(&text[s.start..s.end], "Annika Strandhäll");
        }
    }
}
