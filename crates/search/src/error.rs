//! Errors of the search crate: what the user got wrong (a malformed query) is kept apart
//! from what went wrong inside (index I/O, corruption), so a CLI or an HTTP API can
//! answer "bad request" versus "internal error" without guessing.

use std::path::PathBuf;

/// Everything that can go wrong in the search crate.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query text is malformed; `position` is the byte offset of the problem.
    #[error("{message} (at position {position} of query {query:?})")]
    Query {
        /// The query as given.
        query: String,
        /// Byte offset in `query` where the problem starts.
        position: usize,
        /// What is wrong, in words for the user.
        message: String,
    },
    /// Another writer (this process or another one) holds the index.
    #[error("another pressarkiv process is already writing to the index at {}; stop it first (searches keep working)", dir.display())]
    Locked {
        /// The index folder.
        dir: PathBuf,
    },
    /// The folder holds an index whose schema this version cannot read.
    #[error("the index at {} was built by another version of pressarkiv; run `pressarkiv index` to rebuild it", dir.display())]
    SchemaMismatch {
        /// The index folder.
        dir: PathBuf,
    },
    /// There is no index in the folder yet.
    #[error("no index at {}; run `pressarkiv index` first", dir.display())]
    NoIndex {
        /// The index folder.
        dir: PathBuf,
    },
    /// Creating or reading the index folder failed.
    #[error("cannot use index folder {}: {source}", dir.display())]
    Io {
        /// The index folder.
        dir: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Committing to the index failed: the disk is full, the folder was removed, … The
    /// index still holds the previous commit.
    #[error("cannot write the index at {}: {}{}", dir.display(), error, hint(error))]
    Write {
        /// The index folder.
        dir: PathBuf,
        /// tantivy's error, with the operating system's reason inside.
        error: tantivy::TantivyError,
    },
    /// tantivy failed inside (I/O, corruption, a bug).
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

impl SearchError {
    /// True when the user can fix it by changing their input (the query).
    pub fn is_user_error(&self) -> bool {
        matches!(self, SearchError::Query { .. })
    }

    pub(crate) fn query(query: &str, position: usize, message: impl Into<String>) -> Self {
        SearchError::Query {
            query: query.to_string(),
            position,
            message: message.into(),
        }
    }
}

/// What the user can do about a failed write, when the reason is one they can fix.
fn hint(error: &tantivy::TantivyError) -> &'static str {
    let text = error.to_string();
    // tantivy wraps the io::Error in several layers (a segment file, meta.json, the list
    // of managed files); the OS's words are what survives all of them.
    if text.contains("No space left") || text.contains("Disk quota exceeded") {
        " (free some disk space and run again; the index keeps its last commit)"
    } else {
        ""
    }
}
