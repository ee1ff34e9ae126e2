//! No single file can crash, hang or bloat a load: deep nesting is flattened (its text
//! kept), a file over the size limit is not read, a named pipe is not opened, a zip bomb
//! is refused, a spent time budget fails the file, and odd names get one-line messages.

mod common;
#[path = "../../cli/tests/common/hostile_files.rs"]
mod hostile_files;

use std::path::Path;
use std::time::Duration;

use common::failure;
use hostile_files::{nested_divs, pdf_bytes, zip_bomb};
use pressarkiv_ingest::{
    load, load_with, scan, Format, IngestError, LoadOptions, Outcome, DEFAULT_MAX_FILE_BYTES,
};

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    std::fs::write(root.join(rel), bytes).unwrap();
}

fn indexed_text(root: &Path, rel: &str) -> String {
    match load(root, rel, None) {
        Outcome::Indexed(doc) => doc.extraction.text,
        other => panic!("{rel}: expected Indexed, got {other:?}"),
    }
}

#[test]
fn html_nested_deeper_than_the_limit_keeps_its_text() {
    let dir = tempfile::tempdir().unwrap();
    for depth in [20_000, 200_000] {
        let rel = format!("djup-{depth}.html");
        let page = nested_divs(depth, "Ytan om Region Gotland.", "Djupet om Region Kalmar.");
        write(dir.path(), &rel, page.as_bytes());
        let text = indexed_text(dir.path(), &rel);
        assert!(text.contains("Ytan om Region Gotland."), "{depth}: {text}");
        assert!(text.contains("Djupet om Region Kalmar."), "{depth}: {text}");
    }
}

#[test]
fn deeply_nested_markdown_keeps_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let quotes = format!("{} Citat om Region Kalmar.\n", ">".repeat(50_000));
    let lists: String = (0..5_000)
        .map(|level| format!("{}- nivå {level}\n", "  ".repeat(level)))
        .collect();
    write(dir.path(), "citat.md", quotes.as_bytes());
    write(dir.path(), "listor.md", lists.as_bytes());
    assert!(indexed_text(dir.path(), "citat.md").contains("Citat om Region Kalmar."));
    assert!(indexed_text(dir.path(), "listor.md").contains("nivå 4999"));
}

#[test]
fn a_file_over_the_size_limit_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "stor.txt", &vec![b'a'; 2048]);
    let options = LoadOptions {
        max_file_bytes: 1024,
        ..LoadOptions::default()
    };
    let err = failure(
        load_with(dir.path(), "stor.txt", None, &options),
        "stor.txt",
    );
    assert!(
        matches!(
            err,
            IngestError::TooLarge {
                size: 2048,
                limit: 1024,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("too large"), "{err}");
    assert!(err.is_user_error());
    assert_eq!(DEFAULT_MAX_FILE_BYTES, 64 * 1024 * 1024);
}

#[test]
fn a_spent_time_budget_fails_the_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sida.html",
        nested_divs(10, "Yta.", "Djup.").as_bytes(),
    );
    let options = LoadOptions {
        time_budget: Duration::ZERO,
        ..LoadOptions::default()
    };
    let err = failure(
        load_with(dir.path(), "sida.html", None, &options),
        "sida.html",
    );
    assert!(
        matches!(
            err,
            IngestError::TimedOut {
                format: Format::Html,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("gave up"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_skipped_without_being_opened() {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(dir.path().join("rör.txt"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    assert_eq!(scan(dir.path()).unwrap(), ["rör.txt"]);
    // Opening a pipe with no writer blocks: if load opened it, this test would hang.
    match load(dir.path(), "rör.txt", None) {
        Outcome::Skipped { path, reason } => {
            assert_eq!(path, "rör.txt");
            assert!(reason.contains("named pipe"), "{reason}");
        }
        other => panic!("expected Skipped, got {other:?}"),
    }
}

#[test]
fn a_docx_zip_bomb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = zip_bomb(256 << 20);
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    write(dir.path(), "bomb.docx", &bomb);
    let err = failure(load(dir.path(), "bomb.docx", None), "bomb.docx");
    assert!(
        matches!(
            err,
            IngestError::Parse {
                format: Format::Docx,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn a_pdf_without_a_text_layer_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "skannad.pdf", &pdf_bytes(&[]));
    let err = failure(load(dir.path(), "skannad.pdf", None), "skannad.pdf");
    assert!(err.to_string().contains("no text layer"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_newline_in_a_name_is_indexed_and_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "rad\nbrytning.txt",
        b"Rubrik\n\nText om Region Gotland.",
    );
    write(dir.path(), "tom\nfil.txt", b"");
    assert_eq!(
        scan(dir.path()).unwrap(),
        ["rad\nbrytning.txt", "tom\nfil.txt"]
    );
    assert!(indexed_text(dir.path(), "rad\nbrytning.txt").contains("Region Gotland"));
    let err = failure(load(dir.path(), "tom\nfil.txt", None), "tom\nfil.txt");
    let message = err.to_string();
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.starts_with("tom\\nfil.txt: "), "{message}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_fails_with_the_os_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("slinga.txt", dir.path().join("slinga.txt")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("mapp")).unwrap();
    write(dir.path(), "ok.txt", b"Rubrik\n\nText.");
    // The folder loop is left out of the listing; the file loop fails when read.
    assert_eq!(scan(dir.path()).unwrap(), ["ok.txt", "slinga.txt"]);
    let err = failure(load(dir.path(), "slinga.txt", None), "slinga.txt");
    assert!(matches!(err, IngestError::Read { .. }), "{err}");
}
