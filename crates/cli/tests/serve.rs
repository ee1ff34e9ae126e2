//! `pressarkiv serve` on a temporary copy of the corpus: the real binary, the real
//! watcher, HTTP on a free port; a dropped file shows in searches and as an event.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::Workspace;
use serde_json::Value;

/// How long a change may take to show up before the test gives up.
const PATIENCE: Duration = Duration::from_secs(20);

struct Serving {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serving {
    fn start(ws: &Workspace) -> Serving {
        let mut child = ws
            .command(&["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start serve");
        let stdout = child.stdout.take().unwrap();
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let line = received.recv_timeout(PATIENCE).expect("no address printed");
        let base = line
            .strip_prefix("serving ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(PATIENCE))
            .build()
            .into();
        Serving { child, base, agent }
    }

    fn get(&self, path: &str) -> Value {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .call()
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap()
    }

    /// Polls `/api/search?q=query` until its hits are `expected`.
    fn wait_for(&self, query: &str, expected: &[String]) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let json = self.get(&format!("/api/search?limit=100&q={query}"));
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
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The events of `/api/events`, as (name, data) pairs on a channel.
    fn events(&self) -> mpsc::Receiver<(String, Value)> {
        let response = self
            .agent
            .get(format!("{}/api/events", self.base))
            .config()
            .timeout_global(None)
            .build()
            .call()
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let (events, received) = mpsc::channel();
        let reader = BufReader::new(response.into_body().into_reader());
        std::thread::spawn(move || {
            let mut name = String::new();
            for line in reader.lines().map_while(Result::ok) {
                if let Some(event) = line.strip_prefix("event:") {
                    name = event.trim().to_string();
                } else if let Some(data) = line.strip_prefix("data:") {
                    let data = serde_json::from_str(data.trim()).unwrap();
                    if events.send((std::mem::take(&mut name), data)).is_err() {
                        break;
                    }
                }
            }
        });
        received
    }
}

/// The next event about `path`, skipping others.
fn next_event_for(events: &mpsc::Receiver<(String, Value)>, path: &str) -> (String, Value) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let (name, data) = events
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no event for {path}"));
        if data["path"] == path {
            return (name, data);
        }
    }
}

#[test]
fn serve_indexes_watches_and_streams_changes() {
    let ws = Workspace::with_shipped_corpus();
    let server = Serving::start(&ws);
    server.wait_for("minister:hallengren", &[common::seed("004")]);
    let health = server.get("/api/health");
    assert_eq!(health["documents"], 5);
    let events = server.events();

    let new = ws.corpus().join("nytt.txt");
    std::fs::write(
        &new,
        "Pressmeddelande om kvastfeningar\n\nKvastfeningar får 5 miljoner kronor.",
    )
    .unwrap();
    let (name, data) = next_event_for(&events, "nytt.txt");
    assert_eq!(name, "added");
    // The event comes after the reader reloaded: the release is searchable at once.
    let found = server.get("/api/search?q=kvastfeningar");
    assert_eq!(found["hits"][0]["path"], "nytt.txt");
    assert_eq!(found["hits"][0]["id"], data["id"]);
    let document = server.get(&format!("/api/documents/{}", data["id"].as_str().unwrap()));
    assert!(document["text"].as_str().unwrap().contains("5 miljoner"));

    std::fs::write(
        &new,
        "Pressmeddelande om kvastfeningar\n\nNu 7 miljoner kronor.",
    )
    .unwrap();
    assert_eq!(next_event_for(&events, "nytt.txt").0, "updated");
    std::fs::remove_file(&new).unwrap();
    assert_eq!(next_event_for(&events, "nytt.txt").0, "removed");
    server.wait_for("kvastfeningar", &[]);
}

#[test]
fn sigterm_stops_serve_cleanly() {
    let ws = Workspace::with_shipped_corpus();
    let mut server = Serving::start(&ws);
    server.wait_for("minister:hallengren", &[common::seed("004")]);
    // An open event stream must not keep the server from stopping.
    let _events = server.events();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    // Committed and closed: the index opens for searching at once.
    let output = ws.run(&["search", "--json", "minister:hallengren"]);
    assert!(output.status.success());
}
