//! PDFs parsed by a helper command ([`PdfParsing::Helper`]): its text is indexed like
//! the in-process parser's, its failures become the file's, and one that overruns the
//! time budget fails the file at the deadline. `sh` stands in for the real helper
//! (`pressarkiv pdf-text`, tested with the binary).
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::failure;
use pressarkiv_ingest::{load_with, Format, IngestError, LoadOptions, Outcome, PdfParsing};

/// A deadline against hangs for the helpers that end by themselves, not a timing.
const PATIENCE: Duration = Duration::from_secs(120);

/// Options whose PDF helper is the shell script `script` (it gets the PDF on stdin).
fn helper(script: &str, time_budget: Duration) -> LoadOptions {
    LoadOptions {
        time_budget,
        pdf: PdfParsing::Helper {
            program: PathBuf::from("sh"),
            args: vec!["-c".into(), script.into()],
        },
        ..LoadOptions::default()
    }
}

/// A corpus holding `x.pdf` (not a real PDF: only its magic is looked at before the
/// helper) and `x.txt`.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.pdf"), b"%PDF-1.5\n(a PDF)\n").unwrap();
    std::fs::write(
        dir.path().join("x.txt"),
        "Rubrik\n\nText om Region Gotland.",
    )
    .unwrap();
    dir
}

/// How loading `x.pdf` fails under `options`.
fn pdf_failure(root: &Path, options: &LoadOptions) -> IngestError {
    failure(load_with(root, "x.pdf", None, options), "x.pdf")
}

#[test]
fn the_helpers_text_is_indexed_and_other_formats_never_see_it() {
    let dir = corpus();
    let options = helper(
        "cat >/dev/null; printf 'Pengar till Gotland\\n\\nRegeringen ger 44 miljoner kronor till Region Gotland.'",
        PATIENCE,
    );
    match load_with(dir.path(), "x.pdf", None, &options) {
        Outcome::Indexed(doc) => {
            assert_eq!(doc.format, Format::Pdf);
            assert_eq!(doc.extraction.title.as_deref(), Some("Pengar till Gotland"));
            assert!(doc.extraction.regions.iter().any(|r| r.name == "Gotland"));
        }
        other => panic!("{other:?}"),
    }
    // A helper that fails everything: the text file does not go near it.
    let options = helper("exit 1", PATIENCE);
    assert!(matches!(
        load_with(dir.path(), "x.txt", None, &options),
        Outcome::Indexed(_)
    ));
}

#[test]
fn a_helper_that_overruns_the_budget_fails_the_pdf_as_timed_out() {
    let dir = corpus();
    let options = helper("exec sleep 600", Duration::from_millis(200));
    let err = pdf_failure(dir.path(), &options);
    assert!(
        matches!(
            err,
            IngestError::TimedOut {
                format: Format::Pdf,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("gave up after 200ms"), "{err}");
}

#[test]
fn the_helpers_reason_is_the_files() {
    let dir = corpus();
    let options = helper(
        "cat >/dev/null; echo 'invalid file header' >&2; exit 1",
        PATIENCE,
    );
    let err = pdf_failure(dir.path(), &options);
    assert_eq!(
        err.to_string(),
        "x.pdf: cannot parse as pdf: invalid file header"
    );
    assert!(err.is_user_error());
}

#[test]
fn no_text_from_the_helper_is_no_text_layer() {
    let dir = corpus();
    let err = pdf_failure(dir.path(), &helper("cat >/dev/null", PATIENCE));
    assert!(err.to_string().contains("no text layer"), "{err}");
}

#[test]
fn a_helper_killed_by_a_signal_is_named_with_it() {
    let dir = corpus();
    let err = pdf_failure(dir.path(), &helper("kill -SEGV $$", PATIENCE));
    assert!(
        err.to_string()
            .contains("cannot parse as pdf: the PDF reader was killed by SIGSEGV"),
        "{err}"
    );
}

#[test]
fn a_helper_out_of_memory_says_so() {
    let dir = corpus();
    // What a Rust program says when an allocation fails, before it aborts.
    let script = "echo 'memory allocation of 2147483648 bytes failed' >&2; kill -ABRT $$";
    let err = pdf_failure(dir.path(), &helper(script, PATIENCE));
    let message = err.to_string();
    assert!(
        message.contains("out of the memory a PDF may take"),
        "{message}"
    );
    assert!(message.contains("2147483648 bytes"), "{message}");
}

#[test]
fn a_helper_that_cannot_be_started_is_not_the_files_fault() {
    let dir = corpus();
    let options = LoadOptions {
        pdf: PdfParsing::Helper {
            program: dir.path().join("no-such-helper"),
            args: Vec::new(),
        },
        ..LoadOptions::default()
    };
    let err = pdf_failure(dir.path(), &options);
    assert!(matches!(err, IngestError::Helper { .. }), "{err}");
    assert!(!err.is_user_error());
    assert!(
        err.to_string()
            .contains("cannot run the PDF helper process"),
        "{err}"
    );
}
