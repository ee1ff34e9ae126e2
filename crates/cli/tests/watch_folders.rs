//! `pressarkiv watch` with folders and bursts: subfolders moved in and deleted, and
//! 10 000 files dropped at once, applied in a few commits.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::Workspace;

/// Long enough for 10 000 files on a loaded 2-core machine in a debug build.
const PATIENCE: Duration = Duration::from_secs(120);

/// A running `watch` whose log lines are collected.
struct Watch {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    fn start(ws: &Workspace) -> Watch {
        let mut child = ws
            .command(&["watch"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start watch");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let watch = Watch { child, log };
        watch.wait_for_log("watching");
        watch
    }

    fn wait_for_log(&self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self
            .log
            .lock()
            .unwrap()
            .iter()
            .any(|line| line.contains(needle))
        {
            assert!(
                Instant::now() < deadline,
                "no {needle:?} in {:?}",
                self.log.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The documents indexed by each committed batch after start-up, from the log
    /// lines "indexed N, unchanged …".
    fn batches(&self) -> Vec<u64> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|line| !line.contains("up to date"))
            .filter_map(|line| line.split("indexed ").nth(1))
            .filter_map(|rest| rest.split(',').next()?.trim().parse().ok())
            .collect()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
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
    for entry in std::fs::read_dir(&staging).unwrap() {
        let entry = entry.unwrap();
        std::fs::rename(entry.path(), ws.corpus().join(entry.file_name())).unwrap();
    }
    wait_for_total(&ws, "hjortronodling", FILES);
    // The log line of a batch follows its commit: wait until every file is accounted for.
    let deadline = Instant::now() + PATIENCE;
    while watch.batches().iter().sum::<u64>() < FILES {
        assert!(Instant::now() < deadline, "batches {:?}", watch.batches());
        std::thread::sleep(Duration::from_millis(50));
    }
    let batches = watch.batches();
    eprintln!(
        "{FILES} files applied in {} commits: {batches:?}",
        batches.len()
    );
    assert!(
        batches.len() <= 50,
        "{} commits for {FILES} files",
        batches.len()
    );
    assert_eq!(total(&ws, "*"), FILES + 5);
}
