//! Generators of hostile input files (and of plain PDFs), shared by the tests of the
//! binary and those of `crates/ingest` (`#[path]`-included there).
#![allow(dead_code)]

use std::io::Write;

/// A PDF with one page showing `lines`; with no lines it has no text layer at all, like
/// a scanned page.
pub fn pdf_bytes(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Object, Stream};

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
    let stream = Stream::new(dictionary! {}, content.encode().expect("PDF content"));
    pdf_of_pages(stream, 1)
}

/// A PDF whose one page's content stream inflates to `size` bytes of text operators
/// (`(a) Tj`): a flate bomb of about 1.5 KB per MiB. Streamed, so gigabytes cost no
/// memory here; parsed in-process, a 64 MiB stream took 5.6 GB.
pub fn pdf_flate_bomb(size: u64) -> Vec<u8> {
    text_operators(&"(a) Tj\n".repeat(1 << 17), size, 1)
}

/// A PDF of `pages` pages that all show the same content stream of `size` bytes of text
/// moves (`0 0 Td`), and no text. pdf-extract decodes the stream anew for every page, a
/// MiB in about a tenth of a second, so it reads this for a long time in little memory
/// (a page's operators at a time), and finds no text layer at the end.
pub fn slow_pdf(pages: usize, size: u64) -> Vec<u8> {
    text_operators(&"0 0 Td\n".repeat(1 << 17), size, pages)
}

/// A PDF of `pages` pages showing one text object of `size` bytes of `chunk` repeated.
fn text_operators(chunk: &str, size: u64, pages: usize) -> Vec<u8> {
    let content = deflated_stream(&[
        (b"BT /F1 12 Tf\n", 1),
        (chunk.as_bytes(), size / chunk.len() as u64),
        (b"ET\n", 1),
    ]);
    pdf_of_pages(content, pages)
}

/// A FlateDecode stream of each piece repeated so many times, compressed as it goes.
fn deflated_stream(pieces: &[(&[u8], u64)]) -> lopdf::Stream {
    use lopdf::{dictionary, Stream};

    let mut deflate = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    for (piece, times) in pieces {
        for _ in 0..*times {
            deflate.write_all(piece).expect("deflate");
        }
    }
    let compressed = deflate.finish().expect("deflate");
    Stream::new(dictionary! { "Filter" => "FlateDecode" }, compressed).with_compression(false)
}

/// A PDF of `pages` pages that all show `content`, with a Helvetica font as `F1`.
fn pdf_of_pages(content: lopdf::Stream, pages: usize) -> Vec<u8> {
    use lopdf::{dictionary, Object};

    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let content_id = doc.add_object(content);
    let kids: Vec<Object> = (0..pages)
        .map(|_| {
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            })
            .into()
        })
        .collect();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => pages as i64,
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
