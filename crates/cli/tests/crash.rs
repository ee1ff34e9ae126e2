//! `kill -9` at any moment of `index` or `watch` leaves an index that opens, and the
//! next `index` completes the work: the result equals a clean build of the same corpus
//! (same paths and content hashes, same hits for a range of queries).

mod synthetic;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use pressarkiv_search::Archive;
use synthetic::{count, hits, indexed, pressarkiv, total, unique_word, write_releases};

/// Generated releases besides the seeds: enough that `index` runs for a while, so kills
/// land in the middle of extraction, writing and commits.
const GENERATED: usize = 2_000;

/// Queries whose hits (paths and titles) must be the same in a recovered and a clean
/// index. Selective ones, since every hit costs a snippet: one release, a hundred by
/// amount, the rewritten ones, a few by headline.
const QUERIES: &[&str] = &[
    "zq123x123",
    "zq10x10 OR zq1999x1999 OR zq1000x1000",
    "amount:[1201000000 TO 1300000000]",
    "zr1y1",
    "title:miljard",
];

/// Broad queries (hundreds of hits each, every kind of field) whose number of hits must
/// be the same.
const COUNTED: &[&str] = &[
    "patientmiljarden",
    "\"god och nära vård\"",
    "minister:hallengren",
    "region:östergötland",
    "org:socialstyrelsen",
    "amount:>=10000000000",
    "published:2015",
    "pressmeddelande",
    "zr0y0",
];

/// Longest any step (a killed process to die, a change to show up) may take.
const PATIENCE: Duration = Duration::from_secs(30);

/// A temp dir with `corpus/` and any number of index folders beside it.
struct Site {
    dir: tempfile::TempDir,
    seeds: Vec<String>,
}

impl Site {
    fn new() -> Site {
        let site = Site {
            dir: tempfile::tempdir().expect("temp dir"),
            seeds: synthetic::seed_texts(),
        };
        synthetic::copy_seeds(&site.corpus());
        site
    }

    fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    fn index(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, numbers: std::ops::Range<usize>, round: usize) {
        write_releases(&self.corpus(), &self.seeds, numbers, round);
    }

    fn spawn(&self, index: &Path, command: &str) -> Child {
        pressarkiv(&self.corpus(), index, &[command, "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pressarkiv")
    }
}

/// SIGKILL; says whether the process was still running when it got it.
fn kill_9(child: &mut Child) -> bool {
    let running = child.try_wait().expect("try_wait").is_none();
    child.kill().expect("kill -9");
    child.wait().expect("wait");
    running
}

/// Right after a kill, the index opens and answers searches (unless the process died
/// before it had created the index at all).
fn assert_opens(site: &Site, index: &Path) {
    if !index.join("meta.json").exists() {
        return;
    }
    Archive::open(index).expect("a killed writer's index opens");
    hits(&site.corpus(), index, "patientmiljarden");
}

/// Every segment file in `index` belongs to a segment of its last commit: nothing a
/// killed writer left half-written survives the next run.
fn assert_no_orphans(index: &Path) {
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(index.join("meta.json")).expect("meta.json"))
            .expect("meta.json is JSON");
    let live: Vec<String> = meta["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .map(|segment| segment["segment_id"].as_str().expect("id").replace('-', ""))
        .collect();
    // Segment files are named "<segment id as 32 hex digits>.<ext>".
    let orphans: Vec<String> = std::fs::read_dir(index)
        .expect("index folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| {
            let id = name.split('.').next().unwrap_or_default();
            id.len() == 32
                && id.chars().all(|c| c.is_ascii_hexdigit())
                && !live.contains(&id.to_string())
        })
        .collect();
    assert!(orphans.is_empty(), "files of no segment: {orphans:?}");
}

/// `recovered` holds exactly what `clean` holds, and answers every query alike.
fn assert_same(site: &Site, recovered: &Path, clean: &Path) {
    assert_no_orphans(recovered);
    let (got, want) = (indexed(recovered), indexed(clean));
    let diff = differences(&got, &want);
    assert!(
        diff.is_empty(),
        "{} of {} documents differ from a clean build, e.g. {:?}",
        diff.len(),
        want.len(),
        &diff[..diff.len().min(10)]
    );
    for query in QUERIES {
        let (got, want) = (
            hits(&site.corpus(), recovered, query),
            hits(&site.corpus(), clean, query),
        );
        assert!(
            got == want,
            "{query}: {} hits after recovery, {} in a clean build",
            got.len(),
            want.len()
        );
    }
    for query in COUNTED {
        let (got, want) = (
            total(&site.corpus(), recovered, query),
            total(&site.corpus(), clean, query),
        );
        assert_eq!(
            got, want,
            "{query}: hits after recovery and in a clean build"
        );
    }
    assert_eq!(hits(&site.corpus(), clean, "zq123x123").len(), 1);
}

fn differences(got: &HashMap<String, String>, want: &HashMap<String, String>) -> Vec<String> {
    let mut diff: Vec<String> = want
        .iter()
        .filter(|(path, hash)| got.get(*path) != Some(hash))
        .map(|(path, _)| format!("missing or stale: {path}"))
        .chain(
            got.keys()
                .filter(|path| !want.contains_key(*path))
                .map(|path| format!("extra: {path}")),
        )
        .collect();
    diff.sort();
    diff
}

/// The stage of a run at which a test kills it, each recognised by what the run has
/// left on disk, never by the clock.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// Right after the process started.
    Started,
    /// Once the index folder holds a `meta.json` (created, possibly empty).
    IndexCreated,
    /// Once the run has committed documents of its own.
    Committed,
}

/// Documents in the last commit of the index at `dir`, read from its `meta.json` (0 if
/// there is none or it is being replaced).
fn committed_docs(dir: &Path) -> u64 {
    let Ok(text) = std::fs::read_to_string(dir.join("meta.json")) else {
        return 0;
    };
    let Ok(meta) = serde_json::from_str::<serde_json::Value>(&text) else {
        return 0;
    };
    meta["segments"]
        .as_array()
        .map(|segments| {
            segments
                .iter()
                .filter_map(|segment| segment["max_doc"].as_u64())
                .sum()
        })
        .unwrap_or(0)
}

/// Waits until the run `child` writing `index` reaches `stage` (or ends by itself).
fn wait_for(stage: Stage, child: &mut Child, index: &Path, docs_before: u64) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let reached = match stage {
            Stage::Started => true,
            Stage::IndexCreated => index.join("meta.json").exists(),
            Stage::Committed => committed_docs(index) > docs_before,
        };
        if reached || child.try_wait().expect("try_wait").is_some() {
            return;
        }
        assert!(Instant::now() < deadline, "index never reached {stage:?}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn index_killed_at_any_moment_is_completed_by_the_next_run() {
    let site = Site::new();
    site.write(0..GENERATED, 0);
    let clean = site.index("clean");
    synthetic::index(&site.corpus(), &clean);

    // Each kill lands on a different stage: starting, creating the index, after a
    // commit in the middle of the import (commits come every few seconds or at the
    // end); each later run resumes from what the earlier ones committed.
    let crashed = site.index("crashed");
    let stages = [
        Stage::Started,
        Stage::IndexCreated,
        Stage::Committed,
        Stage::Committed,
    ];
    let mut killed_while_running = 0;
    for stage in stages {
        let docs_before = committed_docs(&crashed);
        let mut child = site.spawn(&crashed, "index");
        wait_for(stage, &mut child, &crashed, docs_before);
        if kill_9(&mut child) {
            killed_while_running += 1;
        }
        assert_opens(&site, &crashed);
    }
    // The first two kills come long before a run over thousands of files can end.
    assert!(
        killed_while_running >= 2,
        "only {killed_while_running} kills hit a running index"
    );
    synthetic::index(&site.corpus(), &crashed);
    assert_same(&site, &crashed, &clean);
}

// This test found a lost delete: a new tantivy writer reused the last commit's opstamp
// for its first operation (see `burn_committed_opstamp` in crates/search/src/writer.rs).
#[test]
fn watch_killed_while_files_arrive_is_completed_by_the_next_index() {
    let site = Site::new();
    let initial = GENERATED / 3;
    site.write(0..initial, 0);
    let crashed = site.index("crashed");
    synthetic::index(&site.corpus(), &crashed);

    let mut watcher = site.spawn(&crashed, "watch");
    // Wait until the watcher applies what it sees: it is watching and writing.
    site.write(initial..initial + 10, 0);
    let archive = Archive::open(&crashed).expect("index opens");
    let deadline = Instant::now() + PATIENCE;
    while count(&archive, &unique_word(initial)) != 1 {
        assert!(
            Instant::now() < deadline,
            "the watcher never applied a change"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(archive);

    // Files arrive and change in a stream; the watcher dies in the middle of it: once
    // it has applied part of the stream and more is on its way, the rest comes after.
    let batches: Vec<usize> = (initial + 10..GENERATED).step_by(100).collect();
    let half = batches.len() / 2;
    let (killed, watcher_killed) = std::sync::mpsc::channel::<()>();
    let (halfway, reached_half) = std::sync::mpsc::channel::<()>();
    let (site_ref, batches_ref) = (&site, &batches);
    let writer = std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            let (site, batches) = (site_ref, batches_ref);
            for (step, &start) in batches.iter().enumerate() {
                if step == half {
                    halfway.send(()).expect("test alive");
                    watcher_killed.recv().expect("the watcher is killed");
                }
                site.write(start..(start + 100).min(GENERATED), 0);
                site.write(step * 20..step * 20 + 20, 1);
                std::thread::sleep(Duration::from_millis(100));
            }
        });
        reached_half.recv().expect("writer reached half way");
        let archive = Archive::open(&crashed).expect("index opens");
        let deadline = Instant::now() + PATIENCE;
        while count(&archive, &unique_word(batches[0])) != 1 {
            assert!(
                Instant::now() < deadline,
                "the watcher never applied the stream"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let running = kill_9(&mut watcher);
        assert!(running, "watch stopped by itself");
        killed.send(()).expect("writer alive");
        writer.join()
    });
    writer.expect("writing the corpus");
    assert_opens(&site, &crashed);

    // And some go away while nothing watches.
    for number in (0..initial).step_by(7) {
        std::fs::remove_file(site.corpus().join(synthetic::release_path(number)))
            .expect("remove release");
    }

    synthetic::index(&site.corpus(), &crashed);
    let clean = site.index("clean");
    synthetic::index(&site.corpus(), &clean);
    assert_same(&site, &crashed, &clean);
}
