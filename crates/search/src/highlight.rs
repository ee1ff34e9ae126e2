//! Which passage of a hit to show, and what to mark in it: the query's words (found by
//! tantivy's snippet generator) and the entities its filters matched (a minister for
//! `minister:`, the sums for `amount:`), with the amounts in the passage in kronor.

use std::ops::{Range, RangeBounds};

use tantivy::snippet::Snippet;
use tantivy::tokenizer::TokenizerManager;

use crate::analysis::{self, NAME, SWEDISH_QUERY};
use crate::document::StoredEntities;
use crate::query::{EntityFilter, FieldName};
use crate::search::{SnippetAmount, SnippetText};

/// Longest snippet, in characters: two lines of a terminal.
pub const SNIPPET_CHARS: usize = 180;
/// Context shown before an entity a passage is centred on.
const CONTEXT_BEFORE_CHARS: usize = 60;

/// Byte spans in the body of the entities that `filters` matched.
pub fn entity_spans(
    entities: &StoredEntities,
    filters: &[EntityFilter],
    tokenizers: &TokenizerManager,
) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for filter in filters {
        match filter {
            EntityFilter::Amount { low, high } => {
                let bounds = (*low, *high);
                for amount in &entities.amounts {
                    if amount.granted().is_some_and(|sek| bounds.contains(&sek)) {
                        spans.push(amount.span.start..amount.span.end);
                    }
                }
            }
            EntityFilter::Name { field, terms } => {
                let analyzer = if *field == FieldName::Agreement {
                    SWEDISH_QUERY
                } else {
                    NAME
                };
                let named: Vec<(&str, Vec<Range<usize>>)> = match field {
                    FieldName::Minister => entities
                        .ministers
                        .iter()
                        .map(|m| (m.name.as_str(), to_ranges(&m.spans)))
                        .collect(),
                    FieldName::Region => entities
                        .regions
                        .iter()
                        .map(|r| (r.name.as_str(), to_ranges(&r.spans)))
                        .collect(),
                    FieldName::Org => entities
                        .organizations
                        .iter()
                        .map(|o| (o.name.as_str(), to_ranges(&o.spans)))
                        .collect(),
                    FieldName::Agreement => entities
                        .agreements
                        .iter()
                        .map(|a| (a.name.as_str(), to_ranges(&a.spans)))
                        .collect(),
                    _ => Vec::new(),
                };
                for (name, name_spans) in named {
                    let name_terms = analysis::terms(tokenizers, analyzer, name);
                    if terms.iter().all(|term| name_terms.contains(term)) {
                        spans.extend(name_spans);
                    }
                }
            }
        }
    }
    spans
}

fn to_ranges(spans: &[pressarkiv_normalize::Span]) -> Vec<Range<usize>> {
    spans.iter().map(|span| span.start..span.end).collect()
}

/// The passage to show: tantivy's best passage for the words, else one around the
/// first matched entity, else the opening lines.
pub fn compose(
    body: &str,
    snippet: &Snippet,
    entity_spans: &[Range<usize>],
    entities: &StoredEntities,
) -> SnippetText {
    let (window, mut highlights) = if !snippet.is_empty() {
        let window = snippet.fragment_range();
        let words = snippet
            .highlighted()
            .iter()
            .map(|range| range.start + window.start..range.end + window.start)
            .collect();
        (window, words)
    } else if let Some(first) = entity_spans.iter().min_by_key(|span| span.start) {
        (window_around(body, first.start), Vec::new())
    } else {
        (window_around(body, 0), Vec::new())
    };
    highlights.extend(
        entity_spans
            .iter()
            .filter(|span| span.start >= window.start && span.end <= window.end)
            .cloned(),
    );
    let highlights = merge(highlights)
        .into_iter()
        .map(|range| (range.start - window.start, range.end - window.start))
        .collect();
    let amounts = entities
        .amounts
        .iter()
        .filter(|amount| amount.span.start >= window.start && amount.span.end <= window.end)
        .map(|amount| SnippetAmount {
            text: amount.text.clone(),
            sek: amount.sek,
        })
        .collect();
    SnippetText {
        text: body.get(window).unwrap_or_default().to_string(),
        highlights,
        amounts,
    }
}

/// About [`SNIPPET_CHARS`] characters of `body` from a little before `at`, cut at
/// word boundaries.
fn window_around(body: &str, at: usize) -> Range<usize> {
    let at = floor_boundary(body, at.min(body.len()));
    let before: Vec<usize> = body[..at].char_indices().map(|(i, _)| i).collect();
    let mut start = before
        .len()
        .checked_sub(CONTEXT_BEFORE_CHARS)
        .map_or(0, |index| before[index]);
    if start > 0 {
        // Start at the next word rather than in the middle of one.
        start = body[start..at]
            .split_once(char::is_whitespace)
            .map_or(start, |(_, word_on)| at - word_on.len());
    }
    let end = body[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(body.len(), |(offset, _)| start + offset);
    let end = match body[start..end].rfind(char::is_whitespace) {
        Some(space) if end < body.len() && space > 0 => start + space,
        _ => end,
    };
    start..end
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Sorted, non-overlapping ranges.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|range| (range.start, range.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_highlights_merge() {
        assert_eq!(merge(vec![5..9, 0..3, 5..9, 7..12]), vec![0..3, 5..12]);
    }

    #[test]
    fn window_starts_at_a_word_and_respects_char_boundaries() {
        let body = "Östergötland får pengar. ".repeat(30);
        let window = window_around(&body, 200);
        assert!(body.is_char_boundary(window.start) && body.is_char_boundary(window.end));
        assert!(window.start <= 200 && window.end > 200);
    }

    #[test]
    fn window_starts_after_a_wide_space() {
        // White space wider than a byte (a no-break space, a next-line mark U+0085 that a
        // Latin-1 file's "…" decodes to): the window opens after it, not inside it.
        let body = "Regionen får 44\u{a0}miljoner kronor\u{85}till vården. ".repeat(10);
        for at in 0..body.len() {
            let window = window_around(&body, at);
            assert!(body.is_char_boundary(window.start) && body.is_char_boundary(window.end));
        }
    }
}
