//! The one error type of this crate, split into what the user's file did wrong and what
//! went wrong on this machine, so a caller can answer "bad file" versus "our fault".

use std::fmt;
use std::io;
use std::time::Duration;

use crate::Format;

/// A path as shown in a message: control characters (a newline in a file name) escaped,
/// so that every message about a file stays one line.
///
/// ```
/// use pressarkiv_ingest::ShownPath;
/// assert_eq!(ShownPath("a\nb.txt").to_string(), "a\\nb.txt");
/// ```
pub struct ShownPath<'a>(pub &'a str);

impl fmt::Display for ShownPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong while turning a corpus folder into documents.
///
/// Every variant that concerns one file names it by its path relative to the corpus root.
/// [`IngestError::is_user_error`] separates a bad file (fix the file) from an internal
/// failure (I/O, watcher); [`IngestError::is_retryable`] marks a file caught mid-write.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be read: dangling symlink, permission denied, vanished, …
    #[error("{}: cannot read: {source}", ShownPath(.path))]
    Read {
        /// Relative path of the file.
        path: String,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// The file is empty or holds only white space.
    #[error("{}: file is empty (no text to index)", ShownPath(.path))]
    Empty {
        /// Relative path of the file.
        path: String,
    },
    /// A file named as text holds binary data, not text in any known encoding.
    #[error("{}: not text: {reason}", ShownPath(.path))]
    NotText {
        /// Relative path of the file.
        path: String,
        /// What gave it away, e.g. the share of control characters.
        reason: String,
    },
    /// The file's format was recognised but its content could not be parsed.
    #[error("{}: cannot parse as {format}: {reason}", ShownPath(.path))]
    Parse {
        /// Relative path of the file.
        path: String,
        /// The format the content was recognised as.
        format: Format,
        /// The parser's reason.
        reason: String,
    },
    /// The file's name is not valid UTF-8; its path was converted lossily.
    #[error("{}: file name is not valid UTF-8 (rename the file)", ShownPath(.path))]
    BadName {
        /// The lossily converted relative path (with U+FFFD).
        path: String,
    },
    /// The file is larger than the limit: reported, not read.
    #[error("{}: file too large ({size} bytes, limit {limit})", ShownPath(.path))]
    TooLarge {
        /// Relative path of the file.
        path: String,
        /// Its size in bytes (at least this much).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Parsing and extraction took longer than the time budget of one file.
    #[error("{}: gave up after {budget:?} parsing it as {format} (time limit per file)", ShownPath(.path))]
    TimedOut {
        /// Relative path of the file.
        path: String,
        /// The format the content was recognised as.
        format: Format,
        /// The time budget that ran out.
        budget: Duration,
    },
    /// The helper process that parses PDFs could not be run (see
    /// [`crate::PdfParsing::Helper`]): the program is missing, or no process or pipe
    /// could be made.
    #[error("{}: cannot run the PDF helper process: {source}", ShownPath(.path))]
    Helper {
        /// Relative path of the PDF.
        path: String,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// The file changed while it was read (still being written): retry it later.
    #[error("{}: file changed while being read (still being written?); will retry", ShownPath(.path))]
    Incomplete {
        /// Relative path of the file.
        path: String,
    },
    /// Walking the corpus folder failed.
    #[error("{}: cannot list folder: {source}", ShownPath(.path))]
    Walk {
        /// The folder (the root itself, or relative to it) that could not be listed.
        path: String,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// The file system watcher could not be started or failed.
    #[error("{}: cannot watch folder: {reason}", ShownPath(.path))]
    Watch {
        /// The corpus root being watched.
        path: String,
        /// The watcher's reason.
        reason: String,
    },
}

impl IngestError {
    /// The path of the file or folder concerned, relative to the corpus root where the
    /// error is about a file inside it.
    pub fn path(&self) -> Option<&str> {
        match self {
            IngestError::Read { path, .. }
            | IngestError::Empty { path }
            | IngestError::NotText { path, .. }
            | IngestError::Parse { path, .. }
            | IngestError::TooLarge { path, .. }
            | IngestError::TimedOut { path, .. }
            | IngestError::BadName { path }
            | IngestError::Incomplete { path }
            | IngestError::Helper { path, .. }
            | IngestError::Walk { path, .. }
            | IngestError::Watch { path, .. } => Some(path),
        }
    }

    /// True when the file itself is at fault (empty, binary, unparsable, too large, too
    /// slow to parse, unreadable as given, badly named): the user fixes the file. False for internal failures (the
    /// watcher, walking the folder, a file caught mid-write, the PDF helper process).
    ///
    /// A [`IngestError::Read`] counts as the user's when the OS reason is about the file
    /// (not found, e.g. a dangling symlink; permission denied; invalid data).
    pub fn is_user_error(&self) -> bool {
        match self {
            IngestError::Empty { .. }
            | IngestError::NotText { .. }
            | IngestError::Parse { .. }
            | IngestError::TooLarge { .. }
            | IngestError::TimedOut { .. }
            | IngestError::BadName { .. } => true,
            IngestError::Read { source, .. } => matches!(
                source.kind(),
                io::ErrorKind::NotFound
                    | io::ErrorKind::PermissionDenied
                    | io::ErrorKind::InvalidData
                    | io::ErrorKind::IsADirectory
            ),
            IngestError::Incomplete { .. }
            | IngestError::Helper { .. }
            | IngestError::Walk { .. }
            | IngestError::Watch { .. } => false,
        }
    }

    /// True when trying the same file again later may succeed: it was caught while still
    /// being written.
    pub fn is_retryable(&self) -> bool {
        matches!(self, IngestError::Incomplete { .. })
    }
}
