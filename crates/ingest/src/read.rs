//! Reading one file safely: only regular files (or symlinks to them), never more than
//! a size limit, and never a version caught mid-write.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;
use std::time::SystemTime;

use crate::version::{self, Stamp};
use crate::IngestError;

/// What reading a path gave.
pub(crate) enum Contents {
    /// The whole file, and its stamp if it had settled (see [`crate::Version`]).
    Bytes {
        bytes: Vec<u8>,
        stamp: Option<Stamp>,
    },
    /// Not a regular file (a named pipe, socket or device): not read, with what it is.
    NotRegular(&'static str),
}

/// Reads `path` (`rel` relative to the corpus root) if it is a regular file of at most
/// `max_bytes` bytes.
///
/// The file type is checked on the metadata before the file is opened (opening a named
/// pipe blocks until a writer comes), and again on the open handle, which is opened
/// non-blocking, in case the path was replaced in between.
pub(crate) fn read_regular(
    path: &Path,
    rel: &str,
    max_bytes: u64,
) -> Result<Contents, IngestError> {
    let read_error = |source: io::Error| {
        if rel.contains('\u{FFFD}') {
            IngestError::BadName {
                path: rel.to_owned(),
            }
        } else {
            IngestError::Read {
                path: rel.to_owned(),
                source,
            }
        }
    };
    let read_at = SystemTime::now();
    let before = fs::metadata(path).map_err(read_error)?;
    if before.is_dir() {
        return Err(read_error(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    if !before.is_file() {
        return Ok(Contents::NotRegular(kind(&before)));
    }
    let too_large = |size: u64| IngestError::TooLarge {
        path: rel.to_owned(),
        size,
        limit: max_bytes,
    };
    if before.len() > max_bytes {
        return Err(too_large(before.len()));
    }
    let file = open_without_blocking(path).map_err(read_error)?;
    let opened = file.metadata().map_err(read_error)?;
    if !opened.is_file() {
        return Ok(Contents::NotRegular(kind(&opened)));
    }
    // Never more than the limit, even if the file grows while it is read.
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    let after = fs::metadata(path).map_err(read_error)?;
    if !same_version(&before, &after) || after.len() != bytes.len() as u64 {
        return Err(IngestError::Incomplete {
            path: rel.to_owned(),
        });
    }
    Ok(Contents::Bytes {
        bytes,
        stamp: version::stamp(&after, read_at),
    })
}

/// The stamp of the file at `path` now, if it has one (see [`crate::Version`]).
pub(crate) fn stamp(path: &Path) -> Option<Stamp> {
    let now = SystemTime::now();
    version::stamp(&fs::metadata(path).ok()?, now)
}

fn same_version(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK changes nothing for a regular file; for a pipe swapped in after the
    // metadata check it makes open return at once.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// What a file that is not a regular file is, for the log.
fn kind(metadata: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let file_type = metadata.file_type();
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = metadata;
    "not a regular file"
}
