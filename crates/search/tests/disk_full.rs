//! A disk that fills up during a commit: the real index folder, reached through a tantivy
//! `Directory` that passes everything to `MmapDirectory` but refuses to write more than
//! the bytes it is given, with the operating system's "no space left" error.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use pressarkiv_search::{Archive, ArchiveWriter, IndexedDocument, SearchError, SearchRequest};
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    AntiCallToken, DirectoryLock, FileHandle, Lock, MmapDirectory, TerminatingWrite, WatchCallback,
    WatchHandle, WritePtr,
};
use tantivy::Directory;

/// ENOSPC, so the error reads as it would on a full disk.
fn no_space() -> io::Error {
    io::Error::from_raw_os_error(28)
}

/// Bytes the disk can still take, shared by every clone of the directory and its writers.
#[derive(Debug, Clone)]
struct Space(Arc<AtomicU64>);

impl Space {
    /// Takes up to `wanted` bytes; how many it got.
    fn take(&self, wanted: usize) -> usize {
        let wanted = wanted as u64;
        let mut got = 0;
        let _ = self
            .0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                got = left.min(wanted);
                Some(left - got)
            });
        got as usize
    }

    fn set(&self, bytes: u64) {
        self.0.store(bytes, Ordering::SeqCst);
    }
}

/// `MmapDirectory` on a disk with [`Space`] left.
#[derive(Debug, Clone)]
struct FillingDisk {
    inner: MmapDirectory,
    space: Space,
}

/// A file being written: writes what fits, then fails.
struct FillingFile {
    inner: WritePtr,
    space: Space,
}

impl Write for FillingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        match self.space.take(buf.len()) {
            0 => Err(no_space()),
            fits => self.inner.write(&buf[..fits]),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl TerminatingWrite for FillingFile {
    fn terminate_ref(&mut self, token: AntiCallToken) -> io::Result<()> {
        self.inner.terminate_ref(token)
    }
}

impl Directory for FillingDisk {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        let inner = self.inner.open_write(path)?;
        let file: Box<dyn TerminatingWrite + Send + Sync> = Box::new(FillingFile {
            inner,
            space: self.space.clone(),
        });
        Ok(BufWriter::new(file))
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        // All or nothing, as the real one writes a temporary file and renames it.
        if self.space.take(data.len()) < data.len() {
            return Err(no_space());
        }
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.inner.acquire_lock(lock)
    }

    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(callback)
    }
}

fn open(dir: &Path, space: &Space) -> Archive {
    let directory = FillingDisk {
        inner: MmapDirectory::open(dir).unwrap(),
        space: space.clone(),
    };
    Archive::open_or_create_in(dir, Box::new(directory)).unwrap()
}

/// Upserts one release per word, each about that word, and commits.
fn add(writer: &mut ArchiveWriter, words: &[&str]) -> Result<(), SearchError> {
    for word in words {
        // Words that differ from release to release, so the stored text does not shrink
        // to nothing under compression.
        let body: String = (0..200).map(|i| format!("{word}{i} ")).collect();
        let extraction = pressarkiv_normalize::extract(&format!("Rubrik om {word}\n\n{body}"));
        writer.upsert(IndexedDocument {
            path: &format!("{word}.txt"),
            hash: word,
            stamp: None,
            extraction,
        })?;
    }
    writer.commit()
}

/// The paths a fresh reader (another `Archive` on the plain folder) finds for `query`.
fn found_by_fresh_reader(dir: &Path, query: &str) -> Vec<String> {
    let archive = Archive::open(dir).unwrap();
    let mut paths: Vec<String> = archive
        .search(&SearchRequest::new(query))
        .unwrap()
        .hits
        .into_iter()
        .map(|hit| hit.path)
        .collect();
    paths.sort();
    paths
}

const FIRST: &[&str] = &["abborre", "braxen"];

fn second() -> Vec<String> {
    (0..40).map(|i| format!("gädda{i}")).collect()
}

/// A fresh index in `temp` after the first commit, with unlimited space, and its
/// writer (kept, as `watch` keeps its writer).
fn index_after_first_commit(temp: &Path) -> (PathBuf, Archive, ArchiveWriter, Space) {
    let dir = temp.join("index");
    std::fs::create_dir(&dir).unwrap();
    let space = Space(Arc::new(AtomicU64::new(u64::MAX)));
    let archive = open(&dir, &space);
    let mut writer = archive.writer().unwrap();
    add(&mut writer, FIRST).unwrap();
    (dir, archive, writer, space)
}

/// Bytes the second commit writes when nothing stops it.
fn bytes_of_second_commit() -> u64 {
    let temp = tempfile::tempdir().unwrap();
    let (_dir, _archive, mut writer, space) = index_after_first_commit(temp.path());
    let before = space.0.load(Ordering::SeqCst);
    let second = second();
    add(
        &mut writer,
        &second.iter().map(String::as_str).collect::<Vec<_>>(),
    )
    .unwrap();
    before - space.0.load(Ordering::SeqCst)
}

/// What must hold after the disk filled up during the second commit (`when` says how):
/// the error names the index and the reason; a fresh reader finds the first commit and
/// nothing of the second; and once space returns, a new writer commits and the index is
/// whole.
fn assert_failed_cleanly_and_recovers(
    result: Result<(), SearchError>,
    dir: &Path,
    archive: &Archive,
    space: &Space,
    when: &str,
) {
    let err = result.expect_err(&format!("the second commit succeeded {when}"));
    let message = err.to_string();
    assert!(
        matches!(err, SearchError::Write { .. })
            && message.contains(&dir.display().to_string())
            && message.contains("No space left on device")
            && message.contains("free some disk space"),
        "{when}: {message}"
    );
    assert_eq!(
        found_by_fresh_reader(dir, "abborre OR braxen"),
        ["abborre.txt", "braxen.txt"],
        "{when}"
    );
    assert!(found_by_fresh_reader(dir, "gädda0 OR gädda39").is_empty());

    space.set(u64::MAX);
    let mut writer = archive.writer().unwrap();
    add(&mut writer, &["gös"]).unwrap();
    assert_eq!(
        found_by_fresh_reader(dir, "abborre OR braxen OR gös OR gädda0"),
        ["abborre.txt", "braxen.txt", "gös.txt"],
        "after space returned ({when})"
    );
}

/// The disk fills up at several points of the second commit (segment files, the list
/// of managed files, meta.json), under a writer that was open all along.
#[test]
fn a_disk_full_commit_fails_clearly_keeps_the_last_commit_and_recovers() {
    let needed = bytes_of_second_commit();
    assert!(
        needed > 10_000,
        "the second commit wrote only {needed} bytes"
    );
    let second = second();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    for room in [
        0,
        needed / 10,
        needed / 4,
        needed / 2,
        needed * 3 / 4,
        needed * 9 / 10,
    ] {
        let temp = tempfile::tempdir().unwrap();
        let (dir, archive, mut writer, space) = index_after_first_commit(temp.path());
        space.set(room);
        let result = add(&mut writer, &second);
        drop(writer);
        let when = format!("with {room} of {needed} bytes left");
        assert_failed_cleanly_and_recovers(result, &dir, &archive, &space, &when);
    }
}

/// A writer taken when the disk is already full fails at its first document, with the
/// same clear error.
#[test]
fn a_writer_on_a_full_disk_fails_clearly_and_recovers() {
    let temp = tempfile::tempdir().unwrap();
    let (dir, archive, writer, space) = index_after_first_commit(temp.path());
    drop(writer);
    space.set(0);
    let result = archive
        .writer()
        .and_then(|mut writer| add(&mut writer, &["gädda0"]));
    assert_failed_cleanly_and_recovers(result, &dir, &archive, &space, "on a full disk");
}
