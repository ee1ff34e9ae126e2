//! PDF: the text layer, via `pdf-extract`. Scanned PDFs without a text layer come out
//! empty and are reported as such by the caller.

use std::borrow::Cow;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::{Document, ObjectId};
use pdf_extract::{OutputError, PlainTextOutput};

use super::{ParseFailure, Parsed};
use crate::budget::{Budget, OutOfTime};

/// Extracts the text layer of a PDF. `pdf-extract` may panic on malformed input; the
/// panic is caught here and reported as a parse failure, so no file can bring down a
/// worker. pdf-extract cannot be interrupted: the caller bounds its time
/// ([`crate::budget::run_with_deadline`]), or runs this in a helper process that it can
/// kill ([`crate::PdfParsing::Helper`]).
pub(crate) fn parse(bytes: &[u8], budget: &mut Budget) -> Result<Parsed<'static>, ParseFailure> {
    let result = catch_unwind(AssertUnwindSafe(|| extract_text(bytes)));
    match result {
        Ok(Ok(text)) => Ok(Parsed {
            text: Cow::Owned(tidy(&text, budget)?),
            ..Parsed::default()
        }),
        Ok(Err(reason)) => Err(ParseFailure::Parse(reason)),
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

/// What `pdf_extract::extract_text_from_mem` does, with the page tree checked first.
fn extract_text(bytes: &[u8]) -> Result<String, String> {
    let pdf_error = |err: lopdf::Error| OutputError::from(err).to_string();
    let mut doc = Document::load_mem(bytes).map_err(pdf_error)?;
    if doc.is_encrypted() {
        // As pdf-extract does: most "encrypted" PDFs open with the empty user password.
        doc.decrypt("").map_err(pdf_error)?;
    }
    if let Some((number, generation)) = page_in_a_loop(&doc) {
        return Err(format!(
            "the page tree loops: page object {number} {generation} is its own ancestor"
        ));
    }
    let mut text = String::new();
    pdf_extract::output_doc(&doc, &mut PlainTextOutput::new(&mut text))
        .map_err(|err| err.to_string())?;
    Ok(text)
}

/// A page whose chain of `/Parent` references comes back to a node already passed.
/// pdf-extract follows that chain to inherit resources and the media box, without end
/// (a hang in release builds, a stack overflow in debug builds).
fn page_in_a_loop(doc: &Document) -> Option<ObjectId> {
    doc.get_pages().into_values().find(|&page| {
        let mut seen = HashSet::from([page]);
        let mut node = page;
        while let Some(parent) = doc
            .get_dictionary(node)
            .ok()
            .and_then(|dict| dict.get(b"Parent").ok())
            .and_then(|parent| parent.as_reference().ok())
        {
            if !seen.insert(parent) {
                return true;
            }
            node = parent;
        }
        false
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Budget;
    use std::time::Duration;

    /// A one-page PDF whose page names itself as its parent (found by the `pdf` fuzz
    /// target: pdf-extract looped for ever looking up the page's inherited resources).
    fn page_that_is_its_own_parent() -> Vec<u8> {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
            "<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>",
            "<< /Length 43 >>\nstream\nBT /F1 14 Tf 72 750 Td (Hej vaerlden) Tj ET\nendstream",
        ];
        let mut pdf = String::from("%PDF-1.4\n");
        let mut offsets = Vec::new();
        for (number, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.push_str(&format!("{} 0 obj\n{object}\nendobj\n", number + 1));
        }
        let xref = pdf.len();
        pdf.push_str(&format!(
            "xref\n0 {}\n0000000000 65535 f \n",
            objects.len() + 1
        ));
        for offset in offsets {
            pdf.push_str(&format!("{offset:010} 00000 n \n"));
        }
        pdf.push_str(&format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        ));
        pdf.into_bytes()
    }

    #[test]
    fn a_page_tree_that_loops_is_a_parse_failure_not_a_hang() {
        let mut budget = Budget::new(Duration::from_secs(60));
        match parse(&page_that_is_its_own_parent(), &mut budget) {
            Err(ParseFailure::Parse(reason)) => {
                assert!(reason.contains("page tree loops"), "{reason}")
            }
            Err(other) => panic!("another failure: {other:?}"),
            Ok(parsed) => panic!("parsed: {:?}", parsed.text),
        }
    }
}
