//! Ministers: a title ending in "-minister" (or "statsråd") before or after a name
//! ("socialminister Annika Strandhäll", "Gabriel Wikström, folkhälso- sjukvårds- och
//! idrottsminister"), and the minister a press secretary works for ("Pressekreterare hos
//! Annika Strandhäll"). Chairs, press secretaries and officials are not ministers.

use crate::entities::{Minister, Span};
use crate::names::{name_after, name_before};
use crate::text::{char_after, decapitalize, is_whole_word, lowercase};

mod words;

/// Every minister once, in order of first mention, with the spans of the name; `folded`
/// is `text` with ASCII letters in lower case.
pub(crate) fn find(text: &str, folded: &[u8]) -> Vec<Minister> {
    let mut found: Vec<Minister> = Vec::new();
    for title_word in words::title_words(text) {
        if let Some((name, title, span)) = around_title(text, title_word.start, title_word.end) {
            add(&mut found, name, Some(title), span);
        }
    }
    for staff in words::staff_titles(text, folded) {
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
    if title_word == "minister" {
        title.push_str(&minister_for(text, word_end));
    }
    if let Some((name, span)) = text[word_end..]
        .starts_with(' ')
        .then(|| name_after(text, word_end))
        .flatten()
    {
        return Some((name, title, span));
    }
    // "Gabriel Wikström, folkhälso- sjukvårds- och idrottsminister"
    let before = text[..title_start].trim_end_matches(' ');
    let before = before.strip_suffix(',')?;
    let before = strip_party(before);
    let (name, span) = name_before(text, before.len())?;
    Some((name, title, span))
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

/// Extends a title word backwards over combined titles ("folkhälso- sjukvårds- och
/// idrottsminister", "vice statsminister") and returns its start and base form, with the
/// comma the text may have dropped ("folkhälso-, sjukvårds- och idrottsminister").
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
        } else if prev.eq_ignore_ascii_case("vice") {
            parts.insert(0, "vice".to_string());
            start = prev_start;
            break;
        } else {
            break;
        }
        start = prev_start;
    }
    let mut title = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            let glue_comma = parts[i - 1].ends_with('-') && part != "och";
            title.push_str(if glue_comma { ", " } else { " " });
        }
        title.push_str(part);
    }
    (start, decapitalize(&title))
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
    fn statsradet_and_press_secretary() {
        let got = names("Det sa statsrådet Lena Hallengren i dag.");
        assert_eq!(got, [("Lena Hallengren".into(), Some("statsråd".into()))]);
        let got = names("Karin Boman Röding\nPressekreterare hos Annika Strandhäll\n076-116 65 62");
        assert_eq!(got, [("Annika Strandhäll".into(), None)]);
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
