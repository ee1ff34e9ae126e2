//! `pressarkiv index`: incremental updates and bad input.

mod common;

use common::Workspace;

fn meta(ws: &Workspace) -> String {
    std::fs::read_to_string(ws.index().join("meta.json")).expect("meta.json")
}

/// The extraction rules an index records with its commits.
fn recorded_rules(ws: &Workspace) -> serde_json::Value {
    let meta: serde_json::Value = serde_json::from_str(&meta(ws)).expect("meta.json as JSON");
    meta["payload"].clone()
}

/// Makes the index's last commit record `rules`.
fn record_rules(ws: &Workspace, rules: serde_json::Value) {
    let mut meta: serde_json::Value = serde_json::from_str(&meta(ws)).expect("meta.json");
    meta["payload"] = rules;
    std::fs::write(ws.index().join("meta.json"), meta.to_string()).expect("meta.json");
}

fn summary_of_index(ws: &Workspace) -> String {
    String::from_utf8_lossy(&ws.index_corpus().stdout).into_owned()
}

#[test]
fn every_release_is_read_again_once_under_other_extraction_rules() {
    let ws = Workspace::with_shipped_corpus();
    assert!(summary_of_index(&ws).contains("indexed 5, unchanged 0"));
    let rules = recorded_rules(&ws);
    assert!(rules.as_str().is_some_and(|id| !id.is_empty()), "{rules}");
    // As an older build with other rules would have left it.
    record_rules(&ws, serde_json::Value::String("other rules".into()));
    let again = summary_of_index(&ws);
    assert!(again.contains("indexed 5, unchanged 0"), "{again}");
    assert_eq!(recorded_rules(&ws), rules);
    let settled = summary_of_index(&ws);
    assert!(settled.contains("indexed 0, unchanged 5"), "{settled}");
    // An index an older pressarkiv made records no rules at all: the same.
    record_rules(&ws, serde_json::Value::Null);
    assert!(summary_of_index(&ws).contains("indexed 5, unchanged 0"));
}

#[test]
fn second_run_over_an_unchanged_corpus_changes_nothing() {
    let ws = Workspace::with_shipped_corpus();
    let first = ws.index_corpus();
    let first = String::from_utf8_lossy(&first.stdout);
    assert!(first.contains("indexed 5, unchanged 0"), "{first}");
    let before = meta(&ws);

    let second = ws.index_corpus();
    let second = String::from_utf8_lossy(&second.stdout);
    assert!(
        second.contains("indexed 0, unchanged 5, removed 0, failed 0"),
        "{second}"
    );
    assert_eq!(
        meta(&ws),
        before,
        "an unchanged corpus must not be committed"
    );
}

#[test]
fn changed_and_removed_files_are_replaced_and_deleted() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    let changed = ws.corpus().join(common::seed("002"));
    std::fs::write(&changed, "Ny rubrik om zebrafinkar\n\nText om zebrafinkar.").unwrap();
    std::fs::remove_file(ws.corpus().join(common::seed("001"))).unwrap();

    let output = ws.index_corpus();
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(
        summary.contains("indexed 1, unchanged 3, removed 1"),
        "{summary}"
    );
    assert_eq!(ws.search("zebrafinkar"), vec![common::seed("002")]);
    assert_eq!(ws.search("patientmiljarden"), vec![common::seed("000")]);
    assert!(ws.search("\"En miljard för utveckling\"").is_empty());
}

#[test]
fn bad_files_are_named_and_the_rest_is_indexed() {
    let ws = Workspace::with_shipped_corpus();
    let corpus = ws.corpus();
    std::fs::write(corpus.join("empty.txt"), "").unwrap();
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(corpus.join("noise.txt"), noise).unwrap();
    std::os::unix::fs::symlink(
        corpus.join("does-not-exist.txt"),
        corpus.join("dangling.txt"),
    )
    .unwrap();

    let output = ws.run(&["index"]);
    assert_eq!(
        output.status.code(),
        Some(3),
        "exit status 3 means some files failed"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    for name in ["empty.txt", "noise.txt", "dangling.txt"] {
        let lines: Vec<&str> = stderr.lines().filter(|line| line.contains(name)).collect();
        assert_eq!(lines.len(), 1, "one line for {name}: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("indexed 5") && stdout.contains("failed 3"),
        "{stdout}"
    );
    assert_eq!(ws.search("patientmiljarden").len(), 2);
}

#[test]
fn a_second_writer_is_refused_while_searches_work() {
    use std::io::{BufRead, BufReader};

    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    let mut watcher = ws
        .command(&["watch"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start watch");
    // The watcher says "watching" once it holds the lock and is up to date.
    let stderr = watcher.stderr.take().expect("stderr");
    let (ready, is_ready) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("watching") {
                let _ = ready.send(());
            }
        }
    });
    is_ready
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("watch started");

    let output = ws.run(&["index"]);
    let refused = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "a second writer must fail");
    assert!(refused.contains("already writing"), "{refused}");
    assert!(
        refused.contains(&ws.index().display().to_string()),
        "{refused}"
    );
    assert_eq!(ws.search("minister:hallengren"), vec![common::seed("004")]);
    watcher.kill().unwrap();
    watcher.wait().unwrap();
}

/// Waits (on the files' own times, with a generous deadline) until every file under
/// `dir` was last changed long enough ago for `index` to record its stamp.
fn wait_until_settled(dir: &std::path::Path) {
    use std::os::unix::fs::MetadataExt;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        loop {
            let changed = std::fs::metadata(&path).unwrap().ctime();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            if now - changed > 3 {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{path:?} never settled"
            );
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }
}

/// The versions `index` writes read back as the numbers ingest compares, and a settled
/// file whose stamp the index holds is known unchanged without being read: even under a
/// hash that no longer fits it.
#[test]
fn versions_in_the_index_read_back_and_a_stamp_spares_reading_the_file() {
    use pressarkiv_ingest::{load, ContentHash, Outcome, Stamp, Version};

    let ws = Workspace::with_shipped_corpus();
    wait_until_settled(&ws.corpus());
    ws.index_corpus();
    let archive = pressarkiv_search::Archive::open(&ws.index()).expect("index");
    let mut versions = Vec::new();
    archive
        .for_each_indexed_version(|path, hash, stamp| {
            versions.push((path.to_owned(), hash.to_owned(), stamp.map(str::to_owned)));
        })
        .expect("versions");
    assert_eq!(versions.len(), 5);
    for (path, hash, stamp) in versions {
        let hash = ContentHash::parse(&hash).expect("a hash index wrote reads back");
        let stamp = Stamp::parse(stamp.as_deref().expect("settled files are stamped"))
            .expect("a stamp index wrote reads back");
        // The stamp alone says unchanged: a hash that no longer fits changes nothing.
        for known_hash in [hash, ContentHash::of(b"other text")] {
            let known = Version {
                hash: known_hash,
                stamp: Some(stamp),
            };
            let outcome = load(&ws.corpus(), &path, Some(&known));
            assert!(
                matches!(outcome, Outcome::Unchanged { .. }),
                "{path}: {outcome:?}"
            );
        }
        let Outcome::Indexed(doc) = load(&ws.corpus(), &path, None) else {
            panic!("{path} loads");
        };
        assert_eq!(doc.hash, hash, "{path}");
    }
}
