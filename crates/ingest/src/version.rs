//! [`Version`]: what the index remembers of a file to tell, without reading it again,
//! that it has not changed.

use std::fs::Metadata;
use std::time::{Duration, SystemTime};

/// A file's stamp is trusted only when the file had been left alone this long before it
/// was read: a change within the same tick of a coarse file-system clock (FAT keeps two
/// seconds) could otherwise leave size and times as they were.
const SETTLED: Duration = Duration::from_secs(2);

/// The version of a file as indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The content hash ([`crate::content_hash`]).
    pub hash: String,
    /// Size, modification and change times and inode, when the file had settled before
    /// it was read ([`stamp`]); a file whose stamp is unchanged is not read again.
    pub stamp: Option<String>,
}

/// The stamp of a file with `metadata`, as of `now`: `None` when it changed too recently
/// to be trusted. The change time and inode (Unix) catch a copy that kept the old
/// modification time (`cp -p`, `touch -r`).
pub(crate) fn stamp(metadata: &Metadata, now: SystemTime) -> Option<String> {
    let modified = metadata.modified().ok()?;
    let changed = changed(metadata).unwrap_or(modified);
    let latest = modified.max(changed);
    if now.duration_since(latest).ok()? < SETTLED {
        return None;
    }
    let nanos = |time: SystemTime| {
        time.duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos())
    };
    Some(format!(
        "{}-{}-{}-{}",
        metadata.len(),
        nanos(modified),
        nanos(changed),
        inode(metadata)
    ))
}

#[cfg(unix)]
fn changed(metadata: &Metadata) -> Option<SystemTime> {
    use std::os::unix::fs::MetadataExt;
    let seconds = u64::try_from(metadata.ctime()).ok()?;
    let nanos = u32::try_from(metadata.ctime_nsec()).ok()?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::new(seconds, nanos))
}

#[cfg(not(unix))]
fn changed(_metadata: &Metadata) -> Option<SystemTime> {
    None
}

#[cfg(unix)]
fn inode(metadata: &Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    metadata.ino()
}

#[cfg(not(unix))]
fn inode(_metadata: &Metadata) -> u64 {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_stamped_only_once_it_has_settled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "text").unwrap();
        let metadata = std::fs::metadata(&path).unwrap();
        let written = metadata.modified().unwrap();
        assert_eq!(stamp(&metadata, written), None);
        let later = written + Duration::from_secs(60);
        let stamped = stamp(&metadata, later).expect("settled");
        assert!(stamped.starts_with("4-"), "{stamped}");
        assert_eq!(stamp(&metadata, later), Some(stamped));
    }
}
