//! One module per subcommand.

pub mod extract;
pub mod index;
pub mod search;
pub mod serve;
pub mod stats;
pub mod watch;

use anyhow::{Context, Result};
use pressarkiv_search::{Archive, SearchError};

use crate::Global;

/// Opens the index for the writer, rebuilding it when an older pressarkiv made it:
/// the index is derived from the corpus, so nothing is lost.
pub fn open_for_writing(global: &Global) -> Result<Archive> {
    match Archive::open_or_create(&global.index) {
        Err(SearchError::SchemaMismatch { .. }) => {
            tracing::warn!(
                "the index at {} was built by another version; rebuilding it",
                global.index.display()
            );
            Archive::recreate(&global.index).context("rebuilding the index")
        }
        other => other.with_context(|| format!("opening index {}", global.index.display())),
    }
}
