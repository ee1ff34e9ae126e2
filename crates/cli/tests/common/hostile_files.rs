//! Generators of hostile input files, shared by the hostile-corpus test of the binary
//! and the limit tests of `crates/ingest` (`#[path]`-included there).
#![allow(dead_code)]

use std::io::Write;

/// A PDF with one page showing `lines`; with no lines it has no text layer at all, like
/// a scanned page.
pub fn pdf_bytes(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Object, Stream};

    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut operations = vec![
        // A filled rectangle: the page is not blank, it just has no text.
        Operation::new("re", vec![10.into(), 10.into(), 100.into(), 100.into()]),
        Operation::new("f", vec![]),
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 14.into()]),
        Operation::new("Td", vec![72.into(), 750.into()]),
    ];
    for line in lines {
        operations.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
        operations.push(Operation::new("Td", vec![0.into(), (-20).into()]));
    }
    operations.push(Operation::new("ET", vec![]));
    let content = Content { operations };
    let content_id = doc.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("PDF content"),
    ));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("PDF bytes");
    bytes
}

/// A `.docx` (a zip holding `word/document.xml`) whose document is `size` zero bytes,
/// deflated: a few kilobytes per megabyte. Streamed, so gigabytes cost no memory.
pub fn zip_bomb(size: u64) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(size >= u64::from(u32::MAX));
    zip.start_file("word/document.xml", options)
        .expect("zip entry");
    let zeros = vec![0u8; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        zip.write_all(&zeros[..n]).expect("deflate");
        left -= n as u64;
    }
    zip.finish().expect("zip").into_inner()
}

/// An HTML page with `inner` inside `depth` nested `<div>`s, after a paragraph `outer`.
pub fn nested_divs(depth: usize, outer: &str, inner: &str) -> String {
    format!(
        "<!DOCTYPE html><html><body><p>{outer}</p>{}<p>{inner}</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    )
}
