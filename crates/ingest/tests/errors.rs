//! Files that cannot be indexed fail with an error naming the file and the reason; the
//! corpus listing, change detection and parallel loading.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use pressarkiv_ingest::{
    load, load_all, scan, ContentHash, IngestError, LoadOptions, Outcome, Version,
};

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn failure(root: &Path, rel: &str) -> IngestError {
    match load(root, rel, None) {
        Outcome::Failed(err) => {
            assert_eq!(err.path(), Some(rel));
            assert!(
                err.to_string().contains(rel),
                "message must name the file: {err}"
            );
            err
        }
        other => panic!("{rel}: expected Failed, got {other:?}"),
    }
}

#[test]
fn empty_and_blank_files_fail_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "blank.txt", b"  \n\t\r\n ");
    write(
        dir.path(),
        "empty.html",
        b"<html><body><nav>x</nav></body></html>",
    );
    for rel in ["empty.txt", "blank.txt", "empty.html"] {
        let err = failure(dir.path(), rel);
        assert!(matches!(err, IngestError::Empty { .. }), "{rel}: {err}");
        assert!(err.is_user_error());
    }
}

#[test]
fn random_bytes_in_a_txt_fail_as_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    write(dir.path(), "brus.txt", &bytes);
    let err = failure(dir.path(), "brus.txt");
    assert!(matches!(err, IngestError::NotText { .. }), "{err}");
    assert!(err.to_string().contains("binary"), "{err}");
    assert!(err.is_user_error());
}

#[test]
fn a_corrupt_pdf_fails_as_parse_error() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "trasig.pdf",
        b"%PDF-1.4\nthis is not really a pdf\n%%EOF",
    );
    let err = failure(dir.path(), "trasig.pdf");
    assert!(matches!(err, IngestError::Parse { .. }), "{err}");
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_listed_and_fails_with_the_os_reason() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", b"Hej");
    std::os::unix::fs::symlink(
        dir.path().join("finns-inte.txt"),
        dir.path().join("trasig.txt"),
    )
    .unwrap();
    assert_eq!(scan(dir.path()).unwrap(), ["ok.txt", "trasig.txt"]);
    let err = failure(dir.path(), "trasig.txt");
    assert!(matches!(err, IngestError::Read { .. }), "{err}");
    assert!(err.to_string().contains("No such file"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_non_utf8_file_name_fails_as_bad_name() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"pressmeddelande-\xF6.txt");
    std::fs::write(dir.path().join(name), "Hej").unwrap();
    let paths = scan(dir.path()).unwrap();
    assert_eq!(paths, ["pressmeddelande-\u{FFFD}.txt"]);
    let err = failure(dir.path(), &paths[0]);
    assert!(matches!(err, IngestError::BadName { .. }), "{err}");
}

#[test]
fn scan_lists_sorted_relative_paths_without_hidden_or_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    for rel in [
        "2016/b.txt",
        "2015/a.md",
        "2015/sub/c.html",
        "2015/.a.md.swp",
        "2015/a.md~",
        ".git/config",
        ".git/objects/x",
        "ladda.part",
        "4913",
        "#a#",
        "2015/.#a.md",
        "bild.png",
    ] {
        write(dir.path(), rel, b"x");
    }
    assert_eq!(
        scan(dir.path()).unwrap(),
        ["2015/a.md", "2015/sub/c.html", "2016/b.txt", "bild.png"]
    );
}

#[test]
fn scan_of_a_missing_root_is_a_walk_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = scan(&dir.path().join("saknas")).unwrap_err();
    assert!(matches!(err, IngestError::Walk { .. }), "{err}");
    assert!(!err.is_user_error());
}

#[test]
fn a_known_hash_means_unchanged_and_a_new_one_reindexes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Rubrik\n\nText om Region Gotland.");
    let Outcome::Indexed(doc) = load(dir.path(), "a.txt", None) else {
        panic!()
    };
    assert_eq!(doc.hash.to_string().len(), 32);
    let known = Version {
        hash: doc.hash,
        stamp: None,
    };
    assert!(matches!(
        load(dir.path(), "a.txt", Some(&known)),
        Outcome::Unchanged { ref path } if path == "a.txt"
    ));
    write(dir.path(), "a.txt", b"Rubrik\n\nNy text om Region Gotland.");
    let Outcome::Indexed(changed) = load(dir.path(), "a.txt", Some(&known)) else {
        panic!()
    };
    assert_ne!(changed.hash, doc.hash);
}

/// Loads `rel` until the file has settled and its version carries a stamp.
fn settled_version(root: &Path, rel: &str) -> Version {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let Outcome::Indexed(doc) = load(root, rel, None) else {
            panic!("{rel} loads");
        };
        if let Some(stamp) = doc.stamp {
            return Version {
                hash: doc.hash,
                stamp: Some(stamp),
            };
        }
        assert!(Instant::now() < deadline, "{rel} never settled");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_settled_file_with_its_known_stamp_is_not_read_again() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Rubrik\n\nText om Region Gotland.");
    let version = settled_version(dir.path(), "a.txt");
    // A wrong hash beside the right stamp: only a file left unread can pass as unchanged.
    let stamped_only = Version {
        hash: ContentHash::of(b"not the text"),
        stamp: version.stamp,
    };
    assert!(matches!(
        load(dir.path(), "a.txt", Some(&stamped_only)),
        Outcome::Unchanged { .. }
    ));
}

#[test]
fn new_content_of_the_same_size_and_time_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Rubrik\n\nText om Region Gotland.");
    let version = settled_version(dir.path(), "a.txt");
    let path = dir.path().join("a.txt");
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    // Same length, and the old modification time put back (as `cp -p` or `touch -r`
    // would): the change time still tells.
    write(dir.path(), "a.txt", b"Rubrik\n\nText om Region Uppsala");
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(modified).unwrap();
    let Outcome::Indexed(doc) = load(dir.path(), "a.txt", Some(&version)) else {
        panic!("the new content is indexed");
    };
    assert_ne!(doc.hash, version.hash);
}

#[test]
fn load_all_streams_one_outcome_per_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for i in 0..50 {
        let rel = format!("{:02}/r{i}.txt", i % 5);
        write(
            dir.path(),
            &rel,
            format!("Rubrik {i}\n\nText nummer {i}.").as_bytes(),
        );
        paths.push(rel);
    }
    write(dir.path(), "tom.txt", b"");
    paths.push("tom.txt".into());
    let known_version = match load(dir.path(), &paths[0], None) {
        Outcome::Indexed(doc) => Version {
            hash: doc.hash,
            stamp: doc.stamp,
        },
        other => panic!("{other:?}"),
    };
    let first = paths[0].clone();
    let known = move |rel: &str| (rel == first).then_some(known_version);
    let seen = Mutex::new(Vec::new());
    load_all(
        dir.path(),
        &paths,
        &LoadOptions::default(),
        &known,
        &|outcome: Outcome| {
            let kind = match outcome {
                Outcome::Indexed(_) => "indexed",
                Outcome::Unchanged { .. } => "unchanged",
                Outcome::Skipped { .. } => "skipped",
                Outcome::Failed(_) => "failed",
            };
            seen.lock().unwrap().push(kind);
        },
    );
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.len(), 51);
    assert_eq!(seen.iter().filter(|k| **k == "indexed").count(), 49);
    assert_eq!(seen.iter().filter(|k| **k == "unchanged").count(), 1);
    assert_eq!(seen.iter().filter(|k| **k == "failed").count(), 1);
}
