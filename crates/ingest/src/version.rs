//! [`Version`]: what the index remembers of a file to tell, without reading it again,
//! that it has not changed.

use std::fmt;
use std::fs::Metadata;
use std::time::{Duration, SystemTime};

/// A file's stamp is trusted only when the file had been left alone this long before it
/// was read: a change within the same tick of a coarse file-system clock (FAT keeps two
/// seconds) could otherwise leave size and times as they were.
const SETTLED: Duration = Duration::from_secs(2);

/// The version of a file as indexed. Kept for every file of the archive while indexing
/// or watching, so it holds numbers, not text: 56 bytes a file, none on the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    /// The hash of the file's bytes.
    pub hash: ContentHash,
    /// Size, modification and change times and inode, when the file had settled before
    /// it was read ([`Stamp`]); a file whose stamp is unchanged is not read again.
    pub stamp: Option<Stamp>,
}

/// A file's content hash: the first 128 bits of the blake3 hash of its bytes, plenty to
/// tell versions of a file apart. Written as 32 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash([u8; 16]);

impl ContentHash {
    /// The hash of `bytes`.
    pub fn of(bytes: &[u8]) -> ContentHash {
        let mut first = [0; 16];
        first.copy_from_slice(&blake3::hash(bytes).as_bytes()[..16]);
        ContentHash(first)
    }

    /// Reads the hash back from its 32 hex digits; `None` for anything else.
    pub fn parse(hex: &str) -> Option<ContentHash> {
        if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let value = u128::from_str_radix(hex, 16).ok()?;
        Some(ContentHash(value.to_be_bytes()))
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", u128::from_be_bytes(self.0))
    }
}

/// What the file system says of a file's version without reading it: size,
/// modification and change times (nanoseconds since 1970) and inode. Written as
/// `size-modified-changed-inode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stamp {
    size: u64,
    modified: u64,
    changed: u64,
    inode: u64,
}

impl Stamp {
    /// Reads a stamp back from its written form; `None` for anything else.
    pub fn parse(text: &str) -> Option<Stamp> {
        let mut numbers = text.split('-').map(|part| {
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse::<u64>().ok())
                .flatten()
        });
        let stamp = Stamp {
            size: numbers.next()??,
            modified: numbers.next()??,
            changed: numbers.next()??,
            inode: numbers.next()??,
        };
        numbers.next().is_none().then_some(stamp)
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Stamp {
            size,
            modified,
            changed,
            inode,
        } = self;
        write!(f, "{size}-{modified}-{changed}-{inode}")
    }
}

/// The stamp of a file with `metadata`, as of `now`: `None` when it changed too recently
/// to be trusted. The change time and inode (Unix) catch a copy that kept the old
/// modification time (`cp -p`, `touch -r`).
pub(crate) fn stamp(metadata: &Metadata, now: SystemTime) -> Option<Stamp> {
    let modified = metadata.modified().ok()?;
    let changed = changed(metadata).unwrap_or(modified);
    let latest = modified.max(changed);
    if now.duration_since(latest).ok()? < SETTLED {
        return None;
    }
    // Before 1970 counts as 1970; after 2554 a file goes unstamped (and is hashed).
    let nanos = |time: SystemTime| {
        time.duration_since(SystemTime::UNIX_EPOCH)
            .map_or(Some(0), |since| u64::try_from(since.as_nanos()).ok())
    };
    Some(Stamp {
        size: metadata.len(),
        modified: nanos(modified)?,
        changed: nanos(changed)?,
        inode: inode(metadata),
    })
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
        assert!(stamped.to_string().starts_with("4-"), "{stamped}");
        assert_eq!(stamp(&metadata, later), Some(stamped));
    }

    #[test]
    fn a_stamp_reads_back_from_what_it_writes_and_nothing_else() {
        let stamp = Stamp {
            size: 7_400,
            modified: 1_733_000_000_123_456_789,
            changed: 1_733_000_001_000_000_000,
            inode: 42,
        };
        let written = stamp.to_string();
        assert_eq!(written, "7400-1733000000123456789-1733000001000000000-42");
        assert_eq!(Stamp::parse(&written), Some(stamp));
        for bad in [
            "",
            "1-2-3",
            "1-2-3-4-5",
            "1-2-x-4",
            "1--3-4",
            "+1-2-3-4",
            "1-2-3-99999999999999999999",
        ] {
            assert_eq!(Stamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_content_hash_reads_back_from_its_hex_digits_and_nothing_else() {
        let text = "44 miljoner kronor till Region Östergötland".as_bytes();
        let hash = ContentHash::of(text);
        let hex = hash.to_string();
        assert_eq!(hex.len(), 32);
        assert!(blake3::hash(text).to_hex().starts_with(&hex));
        assert_eq!(ContentHash::parse(&hex), Some(hash));
        assert_eq!(ContentHash::parse(&hex.to_uppercase()), Some(hash));
        for bad in [
            "",
            &hex[1..],
            "+0000000000000000000000000000000",
            "g0000000000000000000000000000000",
        ] {
            assert_eq!(ContentHash::parse(bad), None, "{bad}");
        }
    }
}
