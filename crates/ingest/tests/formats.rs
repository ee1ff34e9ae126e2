//! Each supported format, read from a real file: text comes out with its lines, markup
//! and page chrome go, headline and date come from the markup; content beats extension.

#[path = "../../cli/tests/common/hostile_files.rs"]
mod hostile_files;

use std::io::Write;
use std::path::Path;

use hostile_files::pdf_bytes;
use pressarkiv_ingest::{load, Document, Format, Outcome};

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

fn indexed(root: &Path, rel: &str) -> Document {
    match load(root, rel, None) {
        Outcome::Indexed(doc) => doc,
        other => panic!("{rel}: expected Indexed, got {other:?}"),
    }
}

fn skipped_reason(root: &Path, rel: &str) -> String {
    match load(root, rel, None) {
        Outcome::Skipped { path, reason } => {
            assert_eq!(path, rel);
            reason
        }
        other => panic!("{rel}: expected Skipped, got {other:?}"),
    }
}

/// Cells reach normalize tab-separated; its clean-up turns a tab into two spaces.
fn is_table_row_per_line(text: &str) -> bool {
    let text = text.replace('\t', "  ");
    text.contains("Region  Belopp\nÖstergötland  44 miljoner kronor")
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="sv"><head>
<title>Fel rubrik | Regeringen.se</title>
<meta property="article:published_time" content="2015-03-04T09:30:00+01:00">
<style>body { color: red }</style>
<script>var tracking = "SCRIPTTEXT";</script>
</head><body>
<header class="site-header"><a href="/">SITEHEADER</a></header>
<nav><ul><li>NAVLINK Start</li><li>NAVLINK Nyheter</li></ul></nav>
<div id="cookie-consent">COOKIEBANNER Vi använder kakor.</div>
<main>
<article>
<header><h1>44 miljoner kronor till Region Östergötland</h1>
<time datetime="2015-03-05">5 mars 2015</time></header>
<p>Regeringen ger   Region Östergötland
44 miljoner kronor.<br>Ny rad efter br.</p>
<p>Det säger socialminister <b>Annika Strandhäll</b>.</p>
<table><tr><th>Region</th><th>Belopp</th></tr>
<tr><td>Östergötland</td><td>44 miljoner kronor</td></tr></table>
<aside>ASIDETEXT Relaterat</aside>
<form><label>FORMTEXT Sök</label></form>
<noscript>NOSCRIPTTEXT</noscript>
</article>
</main>
<footer>FOOTERTEXT Kontakt</footer>
</body></html>"#;

#[test]
fn html_keeps_the_article_body_only_with_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "2015/a.html", PAGE.as_bytes());
    let doc = indexed(dir.path(), "2015/a.html");
    assert_eq!(doc.format, Format::Html);
    let text = &doc.extraction.text;
    for chrome in [
        "SCRIPTTEXT",
        "SITEHEADER",
        "NAVLINK",
        "COOKIEBANNER",
        "ASIDETEXT",
        "FORMTEXT",
        "NOSCRIPTTEXT",
        "FOOTERTEXT",
        "color: red",
        "Fel rubrik",
    ] {
        assert!(!text.contains(chrome), "{chrome} leaked into: {text}");
    }
    assert!(
        text.contains("Regeringen ger Region Östergötland 44 miljoner kronor."),
        "{text}"
    );
    assert!(text.contains("\nNy rad efter br."), "{text}");
    assert!(is_table_row_per_line(text), "{text}");
    assert_eq!(
        doc.extraction.title.as_deref(),
        Some("44 miljoner kronor till Region Östergötland")
    );
    // <meta article:published_time> is the most specific statement of the date.
    assert_eq!(doc.extraction.published.as_deref(), Some("2015-03-04"));
}

#[test]
fn html_date_comes_from_time_when_no_meta_says_it() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<html><body><h1>Rubrik</h1><time datetime=\"2016-01-02T10:00\">2 jan</time>\
                <p>Text om ingenting.</p></body></html>";
    write(dir.path(), "b.htm", page.as_bytes());
    let doc = indexed(dir.path(), "b.htm");
    assert_eq!(doc.extraction.title.as_deref(), Some("Rubrik"));
    assert_eq!(doc.extraction.published.as_deref(), Some("2016-01-02"));
}

#[test]
fn html_title_tag_is_the_fallback_headline() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<html><head><title>Rubrik från title - Regeringen</title></head>\
                <body><p>text utan rubrik, bara en mening som inte ser ut som en rubrik, säger någon.</p></body></html>";
    write(dir.path(), "c.html", page.as_bytes());
    let doc = indexed(dir.path(), "c.html");
    assert!(doc.extraction.title.is_some());
    assert!(
        !doc.extraction.text.contains("Regeringen"),
        "{}",
        doc.extraction.text
    );
}

#[test]
fn html_is_sniffed_in_a_txt_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.txt", PAGE.as_bytes());
    let doc = indexed(dir.path(), "d.txt");
    assert_eq!(doc.format, Format::Html);
    assert!(!doc.extraction.text.contains("NAVLINK"));
}

#[test]
fn markdown_markup_is_stripped_and_headings_stay_lines() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# 44 miljoner kronor till Region Östergötland\n\n\
              Regeringen ger **Region Östergötland** 44 miljoner kronor.\n\
              Läs [mer](https://example.se).\n\n\
              ## Bakgrund\n\n- punkt ett\n- punkt två\n";
    write(dir.path(), "e.md", md.as_bytes());
    let doc = indexed(dir.path(), "e.md");
    assert_eq!(doc.format, Format::Markdown);
    let text = &doc.extraction.text;
    assert!(
        !text.contains('#') && !text.contains("**") && !text.contains("]("),
        "{text}"
    );
    assert!(text.contains("Bakgrund\n"), "{text}");
    assert!(text.contains("punkt ett\npunkt två"), "{text}");
    assert_eq!(
        doc.extraction.title.as_deref(),
        Some("44 miljoner kronor till Region Östergötland")
    );
}

fn docx_bytes(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        .unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

const DOCX_BODY: &str = r#"
<w:p><w:pPr><w:pStyle w:val="Rubrik"/></w:pPr><w:r><w:t>44 miljoner kronor till </w:t></w:r><w:r><w:t>Region Östergötland</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Regeringen ger pengar &amp; stöd.</w:t><w:br/><w:t>Andra raden.</w:t></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>Region</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Belopp</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Östergötland</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>44 miljoner kronor</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>Slut.</w:t></w:r></w:p>"#;

#[test]
fn docx_paragraphs_are_lines_and_table_rows_tab_separated() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "f.docx", &docx_bytes(DOCX_BODY));
    let doc = indexed(dir.path(), "f.docx");
    assert_eq!(doc.format, Format::Docx);
    let text = &doc.extraction.text;
    assert!(
        text.contains("Regeringen ger pengar & stöd.\nAndra raden."),
        "{text}"
    );
    assert!(is_table_row_per_line(text), "{text}");
    assert_eq!(
        doc.extraction.title.as_deref(),
        Some("44 miljoner kronor till Region Östergötland")
    );
}

#[test]
fn docx_is_recognised_under_a_wrong_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "g.txt", &docx_bytes(DOCX_BODY));
    assert_eq!(indexed(dir.path(), "g.txt").format, Format::Docx);
}

#[test]
fn pdf_text_layer_is_read_with_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = pdf_bytes(&[
        "Pengar till Region Gotland",
        "Regeringen ger 44 miljoner kronor.",
    ]);
    write(dir.path(), "h.pdf", &bytes);
    let doc = indexed(dir.path(), "h.pdf");
    assert_eq!(doc.format, Format::Pdf);
    let text = &doc.extraction.text;
    assert!(text.contains("Pengar till Region Gotland"), "{text}");
    assert!(
        text.contains("Regeringen ger 44 miljoner kronor."),
        "{text}"
    );
    assert!(
        !text.contains("Gotland Regeringen"),
        "lines were merged: {text}"
    );
}

#[test]
fn pdf_is_recognised_in_a_txt_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "i.txt",
        &pdf_bytes(&["Hej Sverige och Region Gotland"]),
    );
    assert_eq!(indexed(dir.path(), "i.txt").format, Format::Pdf);
}

#[test]
fn unsupported_files_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bild.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(skipped_reason(dir.path(), "bild.png").contains("PNG"));
    write(dir.path(), "bild.txt", b"\xFF\xD8\xFF\xE0\0\x10JFIF");
    assert!(skipped_reason(dir.path(), "bild.txt").contains("JPEG"));

    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    write(
        dir.path(),
        "tabell.xlsx",
        &zip.finish().unwrap().into_inner(),
    );
    assert!(skipped_reason(dir.path(), "tabell.xlsx").contains("xlsx"));

    write(dir.path(), "data.bin", &[0u8, 1, 2, 3, 250, 251, 252, 7, 8]);
    assert!(skipped_reason(dir.path(), "data.bin").contains(".bin"));
}

#[test]
fn an_html_page_signed_by_a_regions_body_counts_the_region() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "region.html",
        "<html><body><main><h1>Nytt sjukhus byggs</h1>\
         <p>Regionfullmäktige har beslutat att bygga ett nytt sjukhus i Nyköping.</p></main>\
         <footer><p>Region Sörmland, 611 88 Nyköping. Telefon 0155-24 50 00</p></footer>\
         </body></html>"
            .as_bytes(),
    );
    let doc = indexed(dir.path(), "region.html");
    let regions: Vec<&str> = doc
        .extraction
        .regions
        .iter()
        .map(|region| region.name.as_str())
        .collect();
    assert_eq!(regions, ["Sörmland"]);
    let organizations: Vec<&str> = doc
        .extraction
        .organizations
        .iter()
        .map(|org| org.name.as_str())
        .collect();
    assert!(
        organizations.iter().all(|name| !name.contains("Sörmland")),
        "a region's body is no organization: {organizations:?}"
    );
}

#[test]
fn an_html_page_signed_in_its_footer_counts_its_publisher_among_the_organizations() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sida.html",
        "<html><body><main><h1>Nya pengar till bostäder</h1>\
         <p>Regeringen ger 30 miljoner kronor till trygga bostadsområden.</p></main>\
         <footer><p>Boverket, Box 534, 371 23 Karlskrona. Telefon 0455-123 45</p></footer>\
         </body></html>"
            .as_bytes(),
    );
    let doc = indexed(dir.path(), "sida.html");
    assert!(
        !doc.extraction.text.contains("Boverket"),
        "the footer is not text"
    );
    let names: Vec<&str> = doc
        .extraction
        .organizations
        .iter()
        .map(|org| org.name.as_str())
        .collect();
    assert!(names.contains(&"Boverket"), "{names:?}");

    write(
        dir.path(),
        "okänd.html",
        "<html><body><main><p>Text.</p></main>\
         <footer><p>Sällskapet Okänd, 106 20 Stockholm</p></footer></body></html>"
            .as_bytes(),
    );
    let unknown = indexed(dir.path(), "okänd.html");
    assert!(
        unknown.extraction.organizations.is_empty(),
        "only known names"
    );
}

#[test]
fn a_municipality_signing_its_page_in_the_footer_counts_by_its_names_form() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "kommun.html",
        "<html><body><main><h1>Ny skola i centrum</h1>\
         <p>Bygget av den nya skolan startar i augusti och kostar 90 miljoner kronor.</p></main>\
         <footer>Tranemo kommun · 514 80 Tranemo · Telefon 0325-57 60 00</footer>\
         </body></html>"
            .as_bytes(),
    );
    let doc = indexed(dir.path(), "kommun.html");
    let names: Vec<&str> = doc
        .extraction
        .organizations
        .iter()
        .map(|org| org.name.as_str())
        .collect();
    assert_eq!(names, ["Tranemo kommun"]);
}

#[test]
fn a_publication_date_only_in_the_pages_footer_is_the_releases() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sidfot.html",
        "<html><body><main><h1>Ny badplats vid sjön</h1>\
         <p>Kommunen öppnar en ny badplats med brygga och grillplats vid sjön i sommar.</p>\
         </main><footer><p>Publicerad 12 maj 2022 | Uppdaterad 3 juni 2022</p></footer>\
         </body></html>"
            .as_bytes(),
    );
    let doc = indexed(dir.path(), "sidfot.html");
    assert_eq!(doc.extraction.published.as_deref(), Some("2022-05-12"));

    // The text's own date wins over the footer's.
    write(
        dir.path(),
        "text.html",
        "<html><body><main><h1>Ny badplats vid sjön</h1><p>Publicerad 10 maj 2022</p>\
         <p>Kommunen öppnar en ny badplats med brygga och grillplats vid sjön i sommar.</p>\
         </main><footer><p>Publicerad 12 maj 2022</p></footer></body></html>"
            .as_bytes(),
    );
    let doc = indexed(dir.path(), "text.html");
    assert_eq!(doc.extraction.published.as_deref(), Some("2022-05-10"));
}
