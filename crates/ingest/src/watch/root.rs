//! Which folder the corpus root is: a folder deleted and created again under the same
//! name is a new folder that nothing watches yet.

use std::path::Path;

/// Device and inode of a folder on Unix; elsewhere only that a folder is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Identity {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
}

/// The identity of the folder at `path`, or `None` when there is no folder there.
pub(super) fn identity(path: &Path) -> Option<Identity> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(Identity {
            dev: meta.dev(),
            ino: meta.ino(),
        })
    }
    #[cfg(not(unix))]
    Some(Identity {})
}
