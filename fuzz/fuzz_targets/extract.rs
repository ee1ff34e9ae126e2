//! `pressarkiv_normalize::extract` on any text (invalid UTF-8 converted lossily): never
//! panics, and every span it returns lies inside the cleaned text on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pressarkiv_normalize::{extract, Span};

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let extraction = extract(&raw);
    let text = &extraction.text;
    let check = |what: &str, span: Span| {
        assert!(
            span.start <= span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end),
            "{what} span {span:?} is not a char range of a {}-byte text",
            text.len()
        );
    };
    for amount in &extraction.amounts {
        check("amount", amount.span);
    }
    let named: [(&str, Vec<&[Span]>); 5] = [
        (
            "minister",
            extraction.ministers.iter().map(|e| &e.spans[..]).collect(),
        ),
        (
            "agreement",
            extraction.agreements.iter().map(|e| &e.spans[..]).collect(),
        ),
        (
            "region",
            extraction.regions.iter().map(|e| &e.spans[..]).collect(),
        ),
        (
            "organization",
            extraction
                .organizations
                .iter()
                .map(|e| &e.spans[..])
                .collect(),
        ),
        (
            "person",
            extraction.people.iter().map(|e| &e.spans[..]).collect(),
        ),
    ];
    for (what, entities) in named {
        for span in entities.into_iter().flatten() {
            check(what, *span);
        }
    }
});
