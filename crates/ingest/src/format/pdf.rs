//! PDF: the text layer, via `pdf-extract`. Scanned PDFs without a text layer come out
//! empty and are reported as such by the caller.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::Parsed;

/// Extracts the text layer of a PDF. `pdf-extract` may panic on malformed input; the
/// panic is caught here and reported as a parse failure, so no file can bring down a
/// worker.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, String> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem(bytes)
    }));
    match result {
        Ok(Ok(text)) => Ok(Parsed {
            text: tidy(&text),
            ..Parsed::default()
        }),
        Ok(Err(err)) => Err(err.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown reason");
            Err(format!("PDF reader failed: {what}"))
        }
    }
}

/// Trims trailing spaces and collapses runs of more than one blank line, which
/// text-layer extraction produces between positioned text blocks.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim_end) {
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
    out
}
