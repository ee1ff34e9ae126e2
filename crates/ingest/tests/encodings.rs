//! Text in every encoding a Swedish corpus holds comes out as the same clean UTF-8, and
//! mojibake never reaches the output.

use std::path::Path;

use pressarkiv_ingest::{load, Outcome};

const SENTENCE: &str = "Östergötland får 44 miljoner kronor";

fn text_of(root: &Path, rel: &str, bytes: &[u8]) -> String {
    std::fs::write(root.join(rel), bytes).unwrap();
    match load(root, rel, None) {
        Outcome::Indexed(doc) => {
            assert!(
                !doc.extraction.text.contains('Ã'),
                "mojibake in {rel}: {}",
                doc.extraction.text
            );
            assert!(
                !doc.extraction.text.contains('\u{FEFF}'),
                "BOM kept in {rel}"
            );
            doc.extraction.text
        }
        other => panic!("{rel}: {other:?}"),
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn utf8_with_and_without_bom() {
    let dir = tempfile::tempdir().unwrap();
    assert!(text_of(dir.path(), "plain.txt", SENTENCE.as_bytes()).contains(SENTENCE));
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), SENTENCE.as_bytes()].concat();
    assert!(text_of(dir.path(), "bom.txt", &with_bom).starts_with("Östergötland"));
}

#[test]
fn utf16_little_and_big_endian_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    assert!(text_of(dir.path(), "le.txt", &utf16(SENTENCE, false)).contains(SENTENCE));
    assert!(text_of(dir.path(), "be.txt", &utf16(SENTENCE, true)).contains(SENTENCE));
}

#[test]
fn windows_1252_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(SENTENCE);
    assert!(
        bytes.contains(&0xD6),
        "the fixture must really be Windows-1252"
    );
    assert!(text_of(dir.path(), "latin.txt", &bytes).contains(SENTENCE));
}

#[test]
fn double_encoded_utf8_is_repaired() {
    let dir = tempfile::tempdir().unwrap();
    // UTF-8 bytes read as Windows-1252 and saved again as UTF-8.
    let (latin, _, _) = encoding_rs::WINDOWS_1252.decode(SENTENCE.as_bytes());
    assert!(latin.contains("Ã–stergÃ¶tland"), "fixture: {latin}");
    assert!(text_of(dir.path(), "moji.txt", latin.as_bytes()).contains(SENTENCE));
}

#[test]
fn encodings_reach_the_entities() {
    let dir = tempfile::tempdir().unwrap();
    let release =
        "Pengar till Region Östergötland\n\nRegeringen ger Region Östergötland 44 miljoner kronor.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(release);
    std::fs::write(dir.path().join("r.txt"), &bytes).unwrap();
    let Outcome::Indexed(doc) = load(dir.path(), "r.txt", None) else {
        panic!()
    };
    assert_eq!(doc.extraction.amounts[0].sek, 44_000_000);
}
