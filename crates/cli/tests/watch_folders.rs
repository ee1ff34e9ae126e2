//! `pressarkiv watch` with folders and bursts: subfolders moved in and deleted, and
//! 10 000 files dropped at once, applied in a few commits.

mod common;

use std::time::{Duration, Instant};

use common::watch::{Watch, PATIENCE};
use common::Workspace;

/// The watcher's debounce window (`WatchOptions::default`) and longest batch wait
/// (`MAX_BATCH_WAIT`): a batch is cut no more often than either allows.
const DEBOUNCE: Duration = Duration::from_millis(200);
const MAX_BATCH_WAIT: Duration = Duration::from_secs(2);

/// The documents indexed by each committed batch after start-up, from the log lines
/// "indexed N, unchanged …".
fn batches(watch: &Watch) -> Vec<u64> {
    watch
        .log()
        .iter()
        .filter(|line| !line.contains("up to date"))
        .filter_map(|line| line.split("indexed ").nth(1))
        .filter_map(|rest| rest.split(',').next()?.trim().parse().ok())
        .collect()
}

fn total(ws: &Workspace, query: &str) -> u64 {
    let output = ws.run(&["search", "--json", "--limit", "1", query]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json["total"].as_u64().unwrap()
}

fn wait_for_total(ws: &Workspace, query: &str, expected: u64) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let found = total(ws, query);
        if found == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{query}: {found} hits, want {expected}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_subfolder_moved_in_is_indexed_and_deleting_it_removes_its_files() {
    let ws = Workspace::with_shipped_corpus();
    let _watch = Watch::start(&ws);
    let outside = ws.dir.path().join("utanför");
    std::fs::create_dir_all(outside.join("inre")).unwrap();
    std::fs::write(outside.join("a.txt"), "Rubrik\n\nOm murmeldjur i fjällen.").unwrap();
    std::fs::write(outside.join("inre/b.txt"), "Rubrik\n\nFler murmeldjur.").unwrap();
    std::fs::rename(&outside, ws.corpus().join("mapp")).unwrap();
    wait_for_total(&ws, "murmeldjur", 2);
    assert_eq!(
        ws.search("murmeldjur"),
        vec!["mapp/a.txt", "mapp/inre/b.txt"]
    );

    std::fs::remove_dir_all(ws.corpus().join("mapp")).unwrap();
    wait_for_total(&ws, "murmeldjur", 0);
    assert_eq!(total(&ws, "*"), 5, "the seeds stay");
}

#[test]
fn ten_thousand_files_dropped_at_once_arrive_in_a_few_commits() {
    const FILES: u64 = 10_000;
    let ws = Workspace::with_shipped_corpus();
    let watch = Watch::start(&ws);
    let staging = ws.dir.path().join("staging");
    std::fs::create_dir(&staging).unwrap();
    for i in 0..FILES {
        std::fs::write(
            staging.join(format!("r{i:05}.txt")),
            format!("Pressmeddelande {i}\n\nRegionen får {i} miljoner kronor för hjortronodling."),
        )
        .unwrap();
    }
    // "Dropped at once": the files appear in the corpus in one move of each file.
    let mut moves = Vec::new();
    for entry in std::fs::read_dir(&staging).unwrap() {
        let entry = entry.unwrap();
        std::fs::rename(entry.path(), ws.corpus().join(entry.file_name())).unwrap();
        moves.push(Instant::now());
    }
    wait_for_total(&ws, "hjortronodling", FILES);
    // The log line of a batch follows its commit: wait until every file is accounted for.
    let deadline = Instant::now() + PATIENCE;
    while batches(&watch).iter().sum::<u64>() < FILES {
        assert!(Instant::now() < deadline, "batches {:?}", batches(&watch));
        std::thread::sleep(Duration::from_millis(50));
    }
    let batches = batches(&watch);
    // A batch is cut after a quiet debounce window or MAX_BATCH_WAIT of activity, never
    // more often: the bound follows from how the moves actually went on this machine.
    let moving = moves[moves.len() - 1].duration_since(moves[0]);
    let pauses = moves
        .windows(2)
        .filter(|pair| pair[1].duration_since(pair[0]) >= DEBOUNCE)
        .count();
    let bound = 2 + pauses + (moving.as_millis() / MAX_BATCH_WAIT.as_millis()) as usize;
    // The watcher sees the moves later than they were made, and on a loaded machine
    // spread out over more quiet windows than the moves had; what must never happen is
    // a commit per file or per handful of files: at most one per 500 files.
    let bound = bound.max((FILES / 500) as usize);
    eprintln!(
        "{FILES} files moved in {moving:?} applied in {} commits: {batches:?}",
        batches.len()
    );
    assert!(
        batches.len() <= bound,
        "{} commits for {FILES} files moved in {moving:?} (bound {bound})",
        batches.len()
    );
    assert!(
        bound <= 100,
        "the moves were too slow for the test to say anything"
    );
    assert_eq!(total(&ws, "*"), FILES + 5);
}
