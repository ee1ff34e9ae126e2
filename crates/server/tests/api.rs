//! The JSON API against a real server on a free loopback port, over a temp index built
//! from copies of the seed releases.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use pressarkiv_search::{Archive, GroupBy, IndexedDocument};
use pressarkiv_server::{ChangeEvent, ChangeKind, Events, Server};
use serde_json::Value;

/// How long anything may take before a test gives up.
const PATIENCE: Duration = Duration::from_secs(20);

/// A release with markup in it, indexed beside the seeds.
const HOSTILE_PATH: &str = "hostile.txt";
const HOSTILE_TEXT: &str = "Kvastfeningar <script>alert(1)</script> i vården\n\n\
    Regeringen ger 25 miljoner kronor till kvastfeningar <script>alert(2)</script>, \
    säger socialminister Lena Hallengren.";

struct TestServer {
    base: String,
    archive: Arc<Archive>,
    events: Events,
    agent: ureq::Agent,
    _runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl TestServer {
    fn start() -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let archive = Arc::new(Archive::open_or_create(dir.path()).unwrap());
        let mut writer = archive.writer().unwrap();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
        let mut documents: Vec<(String, String)> = std::fs::read_dir(seeds)
            .unwrap()
            .map(|entry| {
                let entry = entry.unwrap();
                let name = entry.file_name().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(entry.path()).unwrap())
            })
            .collect();
        documents.push((HOSTILE_PATH.to_string(), HOSTILE_TEXT.to_string()));
        for (path, text) in &documents {
            let extraction = pressarkiv_normalize::extract(text);
            writer
                .upsert(IndexedDocument {
                    path,
                    hash: "h",
                    stamp: None,
                    extraction,
                })
                .unwrap();
        }
        writer.commit().unwrap();
        archive.reload().unwrap();

        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = Server::new(archive.clone());
        let events = server.events();
        runtime.spawn(server.run(listener, std::future::pending()));
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(PATIENCE))
            .build()
            .into();
        TestServer {
            base,
            archive,
            events,
            agent,
            _runtime: runtime,
            _dir: dir,
        }
    }

    /// Status, content type and body of `GET path`.
    fn get_raw(&self, path: &str) -> (u16, String, String) {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .header("Origin", "http://evil.example")
            .call()
            .unwrap();
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{path} sent a CORS header"
        );
        let content_type = response
            .headers()
            .get("content-type")
            .map(|value| value.to_str().unwrap().to_string())
            .unwrap_or_default();
        let body = response.body_mut().read_to_string().unwrap();
        (response.status().as_u16(), content_type, body)
    }

    /// Status and JSON body of `GET path`.
    fn get(&self, path: &str) -> (u16, Value) {
        let (status, content_type, body) = self.get_raw(path);
        assert!(
            content_type.starts_with("application/json"),
            "{path}: {content_type}"
        );
        (status, serde_json::from_str(&body).unwrap())
    }

    /// Like [`Self::get`], insisting on 200.
    fn ok(&self, path: &str) -> Value {
        let (status, json) = self.get(path);
        assert_eq!(status, 200, "{path}: {json}");
        json
    }

    fn add(&self, path: &str, text: &str) {
        let mut writer = self.archive.writer().unwrap();
        let extraction = pressarkiv_normalize::extract(text);
        writer
            .upsert(IndexedDocument {
                path,
                hash: "h2",
                stamp: None,
                extraction,
            })
            .unwrap();
        writer.commit().unwrap();
        self.archive.reload().unwrap();
    }
}

fn paths(json: &Value) -> Vec<String> {
    json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["path"].as_str().unwrap().to_string())
        .collect()
}

fn assert_error(json: &Value) {
    assert!(
        json["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{json}"
    );
}

#[test]
fn health_counts_the_documents() {
    let server = TestServer::start();
    let json = server.ok("/api/health");
    assert_eq!(json["status"], "ok");
    assert_eq!(json["documents"], 6);
}

#[test]
fn search_returns_hits_with_ids_snippets_entities_and_facets() {
    let server = TestServer::start();
    let json =
        server.ok("/api/search?q=minister:hallengren%20AND%20%C3%B6verenskommelser&facets=true");
    assert_eq!(paths(&json), ["004_1a8efd3982ac3ebb.txt"]);
    assert_eq!(json["total"], 1);
    assert_eq!(json["limit"], 20);
    assert!(json["elapsed_ms"].as_f64().unwrap() >= 0.0);
    let hit = &json["hits"][0];
    let id = hit["id"].as_str().unwrap();
    assert!(pressarkiv_search::is_document_id(id), "{id}");
    assert!(hit["snippet"].as_str().unwrap().contains("<b>"), "{hit}");
    assert_eq!(hit["ministers"][0]["name"], "Lena Hallengren");
    assert!(hit["max_amount"].as_u64().unwrap() >= 10_000_000_000);
    let ministers = json["facets"]["minister"].as_array().unwrap();
    assert!(
        ministers
            .iter()
            .any(|m| m["value"] == "Lena Hallengren" && m["count"] == 1),
        "{ministers:?}"
    );
    for kind in ["agreement", "region", "organization", "year"] {
        assert!(json["facets"][kind].is_array(), "{kind} facet missing");
    }
}

#[test]
fn an_empty_query_lists_everything_and_pages() {
    let server = TestServer::start();
    let all = server.ok("/api/search");
    assert_eq!(all["total"], 6);
    assert!(all.get("facets").is_none());
    let first = server.ok("/api/search?q=&limit=2&sort=date");
    let second = server.ok("/api/search?q=&limit=2&offset=2&sort=date");
    assert_eq!(paths(&first).len(), 2);
    assert_eq!(paths(&second).len(), 2);
    assert!(paths(&first).iter().all(|p| !paths(&second).contains(p)));
}

#[test]
fn snippets_escape_markup_and_documents_carry_raw_text_with_spans() {
    let server = TestServer::start();
    let json = server.ok("/api/search?q=kvastfeningar");
    assert_eq!(paths(&json), [HOSTILE_PATH]);
    let snippet = json["hits"][0]["snippet"].as_str().unwrap();
    assert!(!snippet.contains("<script"), "{snippet}");
    assert!(snippet.contains("&lt;script&gt;"), "{snippet}");

    let id = json["hits"][0]["id"].as_str().unwrap();
    let doc = server.ok(&format!("/api/documents/{id}"));
    assert_eq!(doc["id"], id);
    assert_eq!(doc["path"], HOSTILE_PATH);
    let text = doc["text"].as_str().unwrap();
    assert!(text.contains("<script>alert(2)</script>"), "{text}");
    let entities = doc["entities"].as_array().unwrap();
    let spanned = |kind: &str| -> Vec<&str> {
        entities
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| {
                let (start, end) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
                &text[start as usize..end as usize]
            })
            .collect()
    };
    assert!(
        spanned("minister").iter().any(|s| s.contains("Hallengren")),
        "{entities:?}"
    );
    assert!(
        spanned("amount").iter().any(|s| s.contains("25 miljoner")),
        "{entities:?}"
    );
    let amount = entities.iter().find(|e| e["kind"] == "amount").unwrap();
    assert_eq!(amount["sek"], 25_000_000);
    let starts: Vec<u64> = entities
        .iter()
        .map(|e| e["start"].as_u64().unwrap())
        .collect();
    assert!(
        starts.windows(2).all(|pair| pair[0] <= pair[1]),
        "{starts:?}"
    );
}

#[test]
fn unknown_documents_and_routes_are_json_404s() {
    let server = TestServer::start();
    for path in [
        "/api/documents/0000000000000000",
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/documents/004_1a8efd3982ac3ebb.txt",
        "/api/nothing",
    ] {
        let (status, json) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert_error(&json);
    }
}

#[test]
fn a_malformed_query_is_a_400_with_its_position() {
    let server = TestServer::start();
    let (status, json) = server.get("/api/search?q=v%C3%A5rden%20)");
    assert_eq!(status, 400);
    assert_error(&json);
    // "vården )": the parenthesis is at byte 8 (å is two bytes).
    assert_eq!(json["error"]["position"], 8);
    let (status, json) = server.get("/api/stats?q=v%C3%A5rden%20)");
    assert_eq!(status, 400);
    assert_eq!(json["error"]["position"], 8);
}

#[test]
fn limits_past_the_caps_are_refused() {
    let server = TestServer::start();
    let long = "a".repeat(1001);
    for path in [
        "/api/search?limit=100000".to_string(),
        "/api/search?offset=10001".to_string(),
        "/api/search?limit=ten".to_string(),
        "/api/search?sort=size".to_string(),
        "/api/stats?by=path".to_string(),
        format!("/api/search?q={long}"),
    ] {
        let (status, json) = server.get(&path);
        assert_eq!(status, 400, "{path}");
        assert_error(&json);
        assert!(json["error"]["position"].is_null());
    }
    assert_eq!(server.ok("/api/search?limit=100")["limit"], 100);
}

#[test]
fn stats_are_the_archives_sums_in_kronor() {
    let server = TestServer::start();
    let json = server.ok("/api/stats?q=*&by=region");
    let expected = server.archive.stats("*", GroupBy::Region, false).unwrap();
    assert_eq!(json, serde_json::to_value(&expected).unwrap());
    assert_eq!(json["by"], "region");
    assert!(!json["groups"].as_array().unwrap().is_empty());
    assert!(json["total"]["sek"].as_u64().unwrap() > 0);
    let by_year = server.ok("/api/stats?by=year");
    assert_eq!(by_year["matched"], 6);
}

#[test]
fn the_page_and_its_assets_are_served() {
    let server = TestServer::start();
    let (status, content_type, body) = server.get_raw("/");
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    assert!(body.contains("/assets/app.js"));
    let (status, content_type, _) = server.get_raw("/assets/app.js");
    assert_eq!(status, 200);
    assert!(
        content_type.starts_with("text/javascript"),
        "{content_type}"
    );
    let (status, content_type, _) = server.get_raw("/assets/style.css");
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/css"), "{content_type}");
}

/// Sends `request` as is and returns the status line and the body.
fn raw_request(server: &TestServer, request: &str) -> (String, String) {
    let address = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.lines().next().unwrap_or_default().to_string();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn other_methods_and_large_bodies_are_refused_as_json() {
    let server = TestServer::start();
    let (status, body) = raw_request(
        &server,
        "POST /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
    );
    assert!(status.contains(" 405 "), "{status}");
    assert!(body.contains("\"error\""), "{body}");
    let (status, body) = raw_request(
        &server,
        "GET /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n",
    );
    assert!(status.contains(" 413 "), "{status}");
    assert!(body.contains("\"error\""), "{body}");
}

#[test]
fn published_changes_reach_event_streams_and_searches() {
    let server = TestServer::start();
    let response = server
        .agent
        .get(format!("{}/api/events", server.base))
        .config()
        .timeout_global(None)
        .build()
        .call()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let content_type = response.headers().get("content-type").unwrap();
    assert!(content_type
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    let (lines, received) = mpsc::channel();
    let reader = BufReader::new(response.into_body().into_reader());
    std::thread::spawn(move || {
        for line in reader.lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });

    server.add(
        "ny.txt",
        "Nytt om kvastfeningar\n\nKvastfeningar i Region Skåne.",
    );
    assert_eq!(
        paths(&server.ok("/api/search?q=kvastfeningar&sort=date")).len(),
        2
    );
    // The stream may subscribe a moment after the response starts: publish until seen.
    let deadline = Instant::now() + PATIENCE;
    let mut event = None;
    let mut data = None;
    while data.is_none() {
        assert!(Instant::now() < deadline, "no event arrived");
        server
            .events
            .publish(ChangeEvent::new(ChangeKind::Added, "ny.txt"));
        while let Ok(line) = received.recv_timeout(Duration::from_millis(200)) {
            if let Some(name) = line.strip_prefix("event:") {
                event = Some(name.trim().to_string());
            } else if let Some(json) = line.strip_prefix("data:") {
                data = Some(serde_json::from_str::<Value>(json.trim()).unwrap());
                break;
            }
        }
    }
    assert_eq!(event.as_deref(), Some("added"));
    let data = data.unwrap();
    assert_eq!(data["path"], "ny.txt");
    let id = data["id"].as_str().unwrap();
    assert_eq!(server.ok(&format!("/api/documents/{id}"))["path"], "ny.txt");
}

#[test]
fn requests_for_another_host_are_refused_on_loopback() {
    let server = TestServer::start();
    let port = server
        .base
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .to_string();
    // A page of a site whose name was pointed at 127.0.0.1 (DNS rebinding).
    let (status, body) = raw_request(
        &server,
        &format!(
            "GET /api/search?q=v%C3%A5rden HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(status.contains(" 403 "), "{status}");
    assert!(body.contains("\"error\""), "{body}");
    assert!(!body.contains("hits"), "{body}");
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let (status, body) = raw_request(
            &server,
            &format!(
                "GET /api/search?q=v%C3%A5rden HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            ),
        );
        assert!(status.contains(" 200 "), "{host}: {status}");
        assert!(body.contains("\"hits\""), "{host}: {body}");
    }
}
