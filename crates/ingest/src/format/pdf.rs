//! PDF: the text layer, via `pdf-extract`. Scanned PDFs without a text layer come out
//! empty and are reported as such by the caller.

use std::borrow::Cow;
use std::panic::{catch_unwind, AssertUnwindSafe};

use super::{ParseFailure, Parsed};
use crate::budget::{Budget, OutOfTime};

/// Extracts the text layer of a PDF. `pdf-extract` may panic on malformed input; the
/// panic is caught here and reported as a parse failure, so no file can bring down a
/// worker. pdf-extract cannot be interrupted: the caller bounds its time
/// ([`crate::budget::run_with_deadline`]).
pub(crate) fn parse(bytes: &[u8], budget: &mut Budget) -> Result<Parsed<'static>, ParseFailure> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem(bytes)
    }));
    match result {
        Ok(Ok(text)) => Ok(Parsed {
            text: Cow::Owned(tidy(&text, budget)?),
            ..Parsed::default()
        }),
        Ok(Err(err)) => Err(ParseFailure::Parse(err.to_string())),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown reason");
            Err(ParseFailure::Parse(format!("PDF reader failed: {what}")))
        }
    }
}

/// Trims trailing spaces and collapses runs of more than one blank line, which
/// text-layer extraction produces between positioned text blocks.
fn tidy(text: &str, budget: &mut Budget) -> Result<String, OutOfTime> {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim_end) {
        budget.tick()?;
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line.trim_start_matches('\u{c}'));
        blank_run = 0;
    }
    Ok(out)
}
