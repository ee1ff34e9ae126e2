//! `pressarkiv watch` on a temporary copy of the corpus: the real watcher, the real
//! binary, searches from another process.

mod common;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::Workspace;

/// How long a change may take to show up before the test gives up: generous, for a
/// loaded machine.
const PATIENCE: Duration = Duration::from_secs(60);

struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(ws: &Workspace) -> Watcher {
    let child = ws
        .command(&["watch"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start watch");
    Watcher(child)
}

/// Polls `query` until its hits equal `expected`.
fn wait_for(ws: &Workspace, query: &str, expected: &[String]) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let output = ws.run(&["search", "--json", "--limit", "100", query]);
        if output.status.success() {
            let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            let mut paths: Vec<String> = json["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|hit| hit["path"].as_str().unwrap().to_string())
                .collect();
            paths.sort();
            if paths == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{query}: got {paths:?}, want {expected:?}"
            );
        } else {
            assert!(
                Instant::now() < deadline,
                "{query}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn added_deleted_and_renamed_files_follow_the_folder() {
    let ws = Workspace::with_shipped_corpus();
    let _watcher = start(&ws);
    // The watcher first brings the index up to date with the corpus.
    wait_for(&ws, "minister:hallengren", &[common::seed("004")]);

    let new = ws.corpus().join("nytt.txt");
    std::fs::write(
        &new,
        "Pressmeddelande om kvastfeningar\n\nKvastfeningar får 5 miljoner kronor.",
    )
    .unwrap();
    wait_for(&ws, "kvastfeningar", &["nytt.txt".to_string()]);

    std::fs::rename(&new, ws.corpus().join("omdöpt.txt")).unwrap();
    wait_for(&ws, "kvastfeningar", &["omdöpt.txt".to_string()]);

    std::fs::remove_file(ws.corpus().join("omdöpt.txt")).unwrap();
    wait_for(&ws, "kvastfeningar", &[]);

    // Changing a file replaces its content.
    std::fs::write(
        ws.corpus().join(common::seed("001")),
        "Rubrik om sjöodjur\n\nSjöodjur.",
    )
    .unwrap();
    wait_for(&ws, "sjöodjur", &[common::seed("001")]);
    wait_for(&ws, "patientmiljarden", &[common::seed("000")]);
}

#[test]
fn changes_made_while_stopped_are_applied_at_start() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    std::fs::remove_file(ws.corpus().join(common::seed("004"))).unwrap();
    std::fs::write(
        ws.corpus().join("offline.txt"),
        "Om tussilago\n\nTussilago.",
    )
    .unwrap();
    let _watcher = start(&ws);
    wait_for(&ws, "tussilago", &["offline.txt".to_string()]);
    wait_for(&ws, "minister:hallengren", &[]);
}

#[test]
fn ctrl_c_commits_and_exits_cleanly() {
    let ws = Workspace::with_shipped_corpus();
    let mut watcher = start(&ws);
    wait_for(&ws, "minister:hallengren", &[common::seed("004")]);
    let pid = watcher.0.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + PATIENCE;
    let exit = loop {
        if let Some(exit) = watcher.0.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "watch did not stop on SIGINT");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    // The lock is released: index runs again.
    ws.index_corpus();
}
