//! Helpers shared by the tests of loading files.

use pressarkiv_ingest::{IngestError, Outcome};

/// The error of an outcome that must be a failure of the file `rel`, naming it.
pub fn failure(outcome: Outcome, rel: &str) -> IngestError {
    match outcome {
        Outcome::Failed(err) => {
            assert_eq!(err.path(), Some(rel));
            err
        }
        other => panic!("{rel}: expected Failed, got {other:?}"),
    }
}
