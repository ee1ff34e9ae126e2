//! The real watcher on a real folder: every kind of change arrives as a debounced,
//! coalesced batch of relative paths; temporary files never do.

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use pressarkiv_ingest::{Change, CorpusWatcher, WatchOptions};

/// Longest any expected change may take to arrive: generous, for a loaded machine.
const PATIENCE: Duration = Duration::from_secs(60);

/// The debounce window of most tests.
const DEBOUNCE: Duration = Duration::from_millis(200);

fn options() -> WatchOptions {
    WatchOptions {
        debounce: DEBOUNCE,
        ..WatchOptions::default()
    }
}

fn start(root: &Path, options: WatchOptions) -> (CorpusWatcher, Receiver<Vec<Change>>) {
    CorpusWatcher::start(root, options).expect("watcher starts")
}

fn changed(rel: &str) -> Change {
    Change::Changed(rel.into())
}

fn removed(rel: &str) -> Change {
    Change::Removed(rel.into())
}

/// Receives batches until every change in `wanted` has been seen (or panics after
/// [`PATIENCE`]); returns all batches received.
fn wait_for(rx: &Receiver<Vec<Change>>, wanted: &[Change]) -> Vec<Vec<Change>> {
    let deadline = Instant::now() + PATIENCE;
    let mut missing: HashSet<&Change> = wanted.iter().collect();
    let mut batches = Vec::new();
    while !missing.is_empty() {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(batch) => {
                for change in &batch {
                    missing.remove(change);
                }
                batches.push(batch);
            }
            Err(_) => panic!("still missing {missing:?}; got {batches:?}"),
        }
    }
    batches
}

/// Batches that arrive within `quiet`, for asserting that nothing more comes.
fn drain(rx: &Receiver<Vec<Change>>, quiet: Duration) -> Vec<Vec<Change>> {
    let mut batches = Vec::new();
    while let Ok(batch) = rx.recv_timeout(quiet) {
        batches.push(batch);
    }
    batches
}

/// How many pauses of at least `window` there were between consecutive `writes`: each
/// lets the watcher cut a batch legitimately.
fn pauses(writes: &[Instant], window: Duration) -> usize {
    writes
        .windows(2)
        .filter(|pair| pair[1].duration_since(pair[0]) >= window)
        .count()
}

#[test]
fn create_modify_and_delete_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "ett").unwrap();
    wait_for(&rx, &[changed("a.txt")]);
    std::fs::write(&file, "två").unwrap();
    wait_for(&rx, &[changed("a.txt")]);
    std::fs::remove_file(&file).unwrap();
    wait_for(&rx, &[removed("a.txt")]);
}

#[test]
fn rename_inside_reports_old_removed_and_new_changed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("2015")).unwrap();
    std::fs::write(dir.path().join("2015/a.txt"), "text").unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    std::fs::rename(dir.path().join("2015/a.txt"), dir.path().join("2015/b.txt")).unwrap();
    wait_for(&rx, &[removed("2015/a.txt"), changed("2015/b.txt")]);
}

#[test]
fn moves_into_and_out_of_the_folder_are_reported() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("in.txt"), "in").unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    std::fs::rename(outside.path().join("in.txt"), dir.path().join("in.txt")).unwrap();
    wait_for(&rx, &[changed("in.txt")]);
    std::fs::rename(dir.path().join("in.txt"), outside.path().join("out.txt")).unwrap();
    wait_for(&rx, &[removed("in.txt")]);
}

#[test]
fn a_folder_with_files_moved_in_is_one_changed_folder() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let staged = outside.path().join("2016");
    std::fs::create_dir_all(staged.join("mars")).unwrap();
    for i in 0..20 {
        std::fs::write(staged.join(format!("mars/r{i}.txt")), "text").unwrap();
    }
    let (_watcher, rx) = start(dir.path(), options());
    std::fs::rename(&staged, dir.path().join("2016")).unwrap();
    let batches = wait_for(&rx, &[changed("2016")]);
    let all: Vec<_> = batches.concat();
    assert!(
        all.iter()
            .all(|c| matches!(c, Change::Changed(p) if p == "2016")),
        "files under a changed folder are left to the consumer's scan: {all:?}"
    );
    // Files written into the new folder afterwards are watched too.
    std::fs::write(dir.path().join("2016/mars/ny.txt"), "ny").unwrap();
    wait_for(&rx, &[changed("2016/mars/ny.txt")]);
}

#[test]
fn a_deleted_folder_is_one_removed_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("gammal/djup")).unwrap();
    for i in 0..20 {
        std::fs::write(dir.path().join(format!("gammal/djup/r{i}.txt")), "text").unwrap();
    }
    let (_watcher, rx) = start(dir.path(), options());
    std::fs::remove_dir_all(dir.path().join("gammal")).unwrap();
    let batches = wait_for(&rx, &[removed("gammal")]);
    // Files deleted before a pause as long as the debounce window (a loaded machine)
    // may arrive in a batch of their own; once the folder is gone it covers them all.
    let last = batches.last().unwrap();
    assert_eq!(last, &[removed("gammal")], "{batches:?}");
    for change in batches.concat() {
        assert!(
            matches!(&change, Change::Removed(p) if p == "gammal" || p.starts_with("gammal/djup")),
            "{change:?} in {batches:?}"
        );
    }
}

#[test]
fn temporary_and_hidden_files_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    for name in [
        ".a.txt.swp",
        "a.txt~",
        "x.tmp",
        "4913",
        "ladda.part",
        ".#a.txt",
        "#a.txt#",
    ] {
        std::fs::write(dir.path().join(name), "temp").unwrap();
    }
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".git/index"), "git").unwrap();
    std::fs::write(dir.path().join("a.txt"), "riktig").unwrap();
    let mut batches = wait_for(&rx, &[changed("a.txt")]);
    batches.extend(drain(&rx, 5 * DEBOUNCE));
    assert_eq!(batches.concat(), [changed("a.txt")]);
}

#[test]
fn a_burst_of_files_arrives_in_few_batches() {
    const FILES: usize = 2_000;
    let dir = tempfile::tempdir().unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    let wanted: Vec<Change> = (0..FILES)
        .map(|i| changed(&format!("r{i:04}.txt")))
        .collect();
    for i in 0..FILES {
        std::fs::write(dir.path().join(format!("r{i:04}.txt")), format!("text {i}")).unwrap();
    }
    let batches = wait_for(&rx, &wanted);
    // How a burst is cut (a quiet debounce window, or MAX_BATCH_WAIT of activity) is
    // unit-tested on event times in `watch::batch`. Here the events come from real
    // writes, whose timing a loaded host stretches: a watcher thread held up for a
    // window sees a pause no write made. So this bound says only that the burst is
    // merged, into far fewer batches than files.
    assert!(
        batches.len() <= FILES / 100,
        "{} batches for {FILES} files",
        batches.len()
    );
    for batch in &batches {
        let unique: HashSet<_> = batch.iter().collect();
        assert_eq!(unique.len(), batch.len(), "a path repeated within a batch");
    }
}

#[test]
fn rapid_repeated_writes_coalesce() {
    let dir = tempfile::tempdir().unwrap();
    let (_watcher, rx) = start(dir.path(), options());
    let mut writes = Vec::new();
    for i in 0..20 {
        std::fs::write(dir.path().join("a.txt"), format!("version {i}")).unwrap();
        writes.push(Instant::now());
    }
    let mut batches = wait_for(&rx, &[changed("a.txt")]);
    batches.extend(drain(&rx, 5 * DEBOUNCE));
    let all = batches.concat();
    assert!(all.iter().all(|c| c == &changed("a.txt")), "{all:?}");
    // One report, unless the writer was held up for a whole debounce window.
    assert!(
        all.len() <= 1 + pauses(&writes, DEBOUNCE),
        "{} reports of 20 quick writes: {all:?}",
        all.len()
    );
}

#[test]
fn a_file_written_slowly_is_reported_only_when_complete() {
    use std::io::Write;
    const CHUNKS: usize = 30;
    const GAP: Duration = Duration::from_millis(80);
    // Five write gaps per window, and the writing lasts longer than MAX_BATCH_WAIT.
    const WINDOW: Duration = Duration::from_millis(400);
    let dir = tempfile::tempdir().unwrap();
    let options = WatchOptions {
        debounce: WINDOW,
        ..WatchOptions::default()
    };
    let (_watcher, rx) = start(dir.path(), options);
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let path = dir.path().join("lång.txt");
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let mut file = std::fs::File::create(path).unwrap();
            let mut writes = vec![Instant::now()];
            for i in 0..CHUNKS {
                std::thread::sleep(GAP);
                writeln!(file, "rad {i} av en långsamt skriven fil").unwrap();
                file.flush().unwrap();
                writes.push(Instant::now());
            }
            done.store(true, Ordering::SeqCst);
            writes
        })
    };
    // Reports until one arrives after the writer finished.
    let deadline = Instant::now() + PATIENCE;
    let mut early_reports = 0;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let batch = rx
            .recv_timeout(left)
            .expect("the finished file is reported");
        if !batch.contains(&changed("lång.txt")) {
            continue;
        }
        if done.load(Ordering::SeqCst) {
            break;
        }
        early_reports += 1;
    }
    let writes = writer.join().unwrap();
    let lines = std::fs::read_to_string(dir.path().join("lång.txt"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines, CHUNKS);
    // Reported mid-write only if the writer was held up for a whole window (a loaded
    // machine); each such pause allows one early report.
    let allowed = pauses(&writes, WINDOW);
    assert!(
        early_reports <= allowed,
        "reported {early_reports} times while still being written, with {allowed} pauses of {WINDOW:?}"
    );
}

#[test]
fn polling_watcher_reports_changes_too() {
    let dir = tempfile::tempdir().unwrap();
    let options = WatchOptions {
        debounce: DEBOUNCE,
        force_polling: true,
        poll_interval: Duration::from_millis(100),
        ..WatchOptions::default()
    };
    let (_watcher, rx) = start(dir.path(), options);
    std::fs::create_dir(dir.path().join("2015")).unwrap();
    std::fs::write(dir.path().join("2015/a.txt"), "ett").unwrap();
    wait_for(&rx, &[changed("2015")]);
    // notify's PollWatcher compares modification times in whole seconds (and sizes not
    // at all): a rewrite within the same second is invisible to it, so let one pass.
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(dir.path().join("2015/a.txt"), "två, längre").unwrap();
    wait_for(&rx, &[changed("2015/a.txt")]);
    std::fs::remove_dir_all(dir.path().join("2015")).unwrap();
    wait_for(&rx, &[removed("2015")]);
}

#[test]
fn dropping_the_watcher_closes_the_channel() {
    let dir = tempfile::tempdir().unwrap();
    let (watcher, rx) = start(dir.path(), options());
    drop(watcher);
    // Disconnected, not merely quiet until the timeout.
    assert_eq!(
        rx.recv_timeout(PATIENCE),
        Err(RecvTimeoutError::Disconnected)
    );
}

#[test]
fn a_native_watcher_that_cannot_start_falls_back_to_polling() {
    let dir = tempfile::tempdir().unwrap();
    let options = WatchOptions {
        debounce: DEBOUNCE,
        poll_interval: Duration::from_millis(100),
        simulate_native_failure: true,
        ..WatchOptions::default()
    };
    let (_watcher, rx) = start(dir.path(), options);
    // Not silent: the consumer is told to rescan, since it cannot rely on the events.
    let first = rx.recv_timeout(PATIENCE).expect("a first batch");
    assert_eq!(first, vec![Change::Rescan]);
    // And the poller keeps reporting changes.
    std::fs::write(dir.path().join("a.txt"), "ett").unwrap();
    wait_for(&rx, &[changed("a.txt")]);
    std::fs::remove_file(dir.path().join("a.txt")).unwrap();
    wait_for(&rx, &[removed("a.txt")]);
}

/// The corpus folder deleted and created again while watched: nothing asks for a rescan
/// while there is no folder, and the new folder is watched, with a rescan for the files
/// it got before the watch.
fn a_deleted_and_recreated_root_is_watched_again(options: WatchOptions) {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("corpus");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("a.txt"), "ett").unwrap();
    let (_watcher, rx) = start(&root, options);
    std::fs::remove_dir_all(&root).unwrap();
    let batches = drain(&rx, 5 * DEBOUNCE);
    assert!(
        !batches.concat().contains(&Change::Rescan),
        "a rescan with no folder to scan: {batches:?}"
    );

    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("b.txt"), "två").unwrap();
    wait_for(&rx, &[Change::Rescan]);
    std::fs::write(root.join("c.txt"), "tre").unwrap();
    wait_for(&rx, &[changed("c.txt")]);
}

#[test]
fn a_deleted_and_recreated_root_is_watched_again_natively() {
    a_deleted_and_recreated_root_is_watched_again(options());
}

#[test]
fn a_deleted_and_recreated_root_is_watched_again_by_polling() {
    a_deleted_and_recreated_root_is_watched_again(WatchOptions {
        debounce: DEBOUNCE,
        force_polling: true,
        poll_interval: Duration::from_millis(100),
        ..WatchOptions::default()
    });
}
