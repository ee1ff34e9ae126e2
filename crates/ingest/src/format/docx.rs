//! Word 2007+ (`.docx`): the paragraphs of `word/document.xml` as lines, table rows as
//! lines with tab-separated cells; the headline from the first Title/Heading 1 paragraph.

use std::borrow::Cow;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::{squash_spaces, Detected, Format, ParseFailure, Parsed};
use crate::budget::Budget;

/// The part of a `.docx` that holds the body text.
const DOCUMENT_XML: &str = "word/document.xml";

/// Largest `document.xml` read, uncompressed, whatever the size of the file: guards
/// against zip bombs. A press release is a few hundred kilobytes at most.
const MAX_DOCUMENT_XML: u64 = 64 * 1024 * 1024;

/// …and relative to the `.docx` itself: Word's XML compresses about tenfold, so a
/// hundredfold expansion is never a real document, while it is what a zip bomb does.
/// Keeps the memory of one file within a small multiple of its size.
const MAX_EXPANSION: u64 = 100;

/// A small `.docx` may still expand this far (a fixed allowance for tiny files).
const MIN_DOCUMENT_XML_LIMIT: u64 = 4 * 1024 * 1024;

/// Paragraph styles that mark the headline (English and Swedish Word).
const TITLE_STYLES: &[&str] = &["title", "heading1", "rubrik", "rubrik1"];

/// Recognises a zip archive: a `.docx` if it holds `word/document.xml`, otherwise one
/// of the unsupported Office or archive formats.
pub(crate) fn detect_zip(rel_path: &str, bytes: &[u8]) -> Detected {
    let archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        // A broken .docx should fail loudly, not be skipped.
        Err(_) if rel_path.to_ascii_lowercase().ends_with(".docx") => {
            return Detected::Supported(Format::Docx)
        }
        Err(err) => return Detected::Unsupported(format!("unreadable zip archive: {err}")),
    };
    let has = |name: &str| archive.index_for_name(name).is_some();
    if has(DOCUMENT_XML) {
        Detected::Supported(Format::Docx)
    } else if has("xl/workbook.xml") {
        Detected::Unsupported("unsupported format: Excel workbook (.xlsx)".into())
    } else if has("ppt/presentation.xml") {
        Detected::Unsupported("unsupported format: PowerPoint presentation (.pptx)".into())
    } else if has("mimetype") && has("content.xml") {
        Detected::Unsupported("unsupported format: OpenDocument file".into())
    } else {
        Detected::Unsupported("unsupported format: zip archive".into())
    }
}

/// Extracts the text of a `.docx`. A `document.xml` that expands beyond
/// [`xml_limit`] is refused as a zip bomb, whether its header says so or not.
pub(crate) fn parse(bytes: &[u8], budget: &mut Budget) -> Result<Parsed<'static>, ParseFailure> {
    let fail = ParseFailure::Parse;
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| fail(format!("not a valid zip archive: {e}")))?;
    let entry = archive
        .by_name(DOCUMENT_XML)
        .map_err(|e| fail(format!("no {DOCUMENT_XML}: {e}")))?;
    let limit = xml_limit(bytes.len());
    let bomb = |size: u64| {
        fail(format!(
            "{DOCUMENT_XML} expands to {size} bytes or more (limit {limit} for a file of \
             {} bytes): a zip bomb?",
            bytes.len()
        ))
    };
    // The header's size is checked first (no work for an honest bomb), the bytes read
    // second (a lying header).
    if entry.size() > limit {
        return Err(bomb(entry.size()));
    }
    let mut xml = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut xml)
        .map_err(|e| fail(format!("cannot read {DOCUMENT_XML}: {e}")))?;
    if xml.len() as u64 > limit {
        return Err(bomb(xml.len() as u64));
    }
    let xml =
        String::from_utf8(xml).map_err(|e| fail(format!("{DOCUMENT_XML} is not UTF-8: {e}")))?;
    document_text(&xml, budget)
}

/// How far `document.xml` may expand in a `.docx` of `file_len` bytes.
fn xml_limit(file_len: usize) -> u64 {
    (file_len as u64)
        .saturating_mul(MAX_EXPANSION)
        .clamp(MIN_DOCUMENT_XML_LIMIT, MAX_DOCUMENT_XML)
}

/// Walks `document.xml`: `w:t` runs are text, `w:tab` a tab, `w:br` a line break; a
/// paragraph ends a line, except inside a table cell where it ends with a space; a cell
/// ends with a tab and a row with a line break.
fn document_text(xml: &str, budget: &mut Budget) -> Result<Parsed<'static>, ParseFailure> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut line = String::new();
    let mut in_text = false;
    let mut cell_depth = 0usize;
    let mut style: Option<String> = None;
    let mut title: Option<String> = None;

    loop {
        budget.tick()?;
        let event = reader.read_event().map_err(|e| {
            ParseFailure::Parse(format!(
                "{DOCUMENT_XML} at byte {}: {e}",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tc" => cell_depth += 1,
                "p" => style = None,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => line.push('\t'),
                "br" | "cr" if cell_depth == 0 => end_line(&mut out, &mut line),
                "br" | "cr" => line.push(' '),
                "pStyle" => style = attr_val(&e),
                "p" if cell_depth == 0 => end_line(&mut out, &mut line),
                _ => {}
            },
            Event::Text(e) if in_text => line.push_str(&e.xml10_content()),
            Event::GeneralRef(e) if in_text => {
                if let Ok(Some(c)) = e.resolve_char_ref() {
                    line.push(c);
                } else {
                    line.push_str(match e.xml10_content().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" if cell_depth > 0 => line.push(' '),
                "p" => {
                    let is_title = style
                        .as_deref()
                        .is_some_and(|s| TITLE_STYLES.contains(&s.to_ascii_lowercase().as_str()));
                    if title.is_none() && is_title && !line.trim().is_empty() {
                        title = Some(squash_spaces(&line));
                    }
                    end_line(&mut out, &mut line);
                }
                "tc" => {
                    cell_depth = cell_depth.saturating_sub(1);
                    let kept = line.trim_end_matches(' ').len();
                    line.truncate(kept);
                    line.push('\t');
                }
                "tr" => end_line(&mut out, &mut line),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    end_line(&mut out, &mut line);
    out.truncate(out.trim_end().len());
    Ok(Parsed {
        text: Cow::Owned(out),
        title,
        ..Parsed::default()
    })
}

fn attr_val(e: &BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .map(|a| a.value.into_owned())
}

/// Ends a line; an empty paragraph becomes a blank line, but never two in a row.
fn end_line(out: &mut String, line: &mut String) {
    let text = line.trim_matches([' ', '\t']);
    if text.is_empty() {
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
    } else {
        out.push_str(text);
        out.push('\n');
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document_text(xml: &str) -> Result<Parsed<'static>, ParseFailure> {
        super::document_text(xml, &mut Budget::unlimited())
    }

    #[test]
    fn table_rows_are_lines_with_tab_separated_cells() {
        let xml = "<w:document><w:body><w:tbl>\
            <w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>a2</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>\
            </w:tbl></w:body></w:document>";
        assert_eq!(document_text(xml).unwrap().text, "a a2\tb\n1\t2");
    }

    #[test]
    fn empty_paragraphs_become_one_blank_line() {
        let xml = "<w:body><w:p><w:r><w:t>ett</w:t></w:r></w:p><w:p/><w:p/><w:p><w:r><w:t>två</w:t></w:r></w:p></w:body>";
        assert_eq!(document_text(xml).unwrap().text, "ett\n\ntvå");
    }
}
