//! What the browser tests stand on: `pressarkiv serve` over a temp corpus, chromedriver,
//! one headless Chromium session, and a [`Page`] to drive it and wait on its DOM.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::panic::resume_unwind;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::common::Workspace;

/// How long anything may take before a test gives up: a busy machine builds, indexes and
/// starts a browser at once.
const PATIENCE: Duration = Duration::from_secs(60);
/// How often a condition on the page is checked while waiting.
const POLL: Duration = Duration::from_millis(100);

/// Chromium is heavy; one at a time keeps a small machine responsive and the tests calm.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

/// The flags a headless Chromium needs here: no sandbox (containers), no GPU, and nothing
/// that calls home.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
];

/// The screen a test looks at.
#[derive(Clone, Copy, PartialEq)]
pub enum Screen {
    /// 1280 × 1000, Swedish.
    Desktop,
    /// A 360 px wide phone, English.
    PhoneEnglish,
}

/// The page under test, its server's address and corpus.
#[derive(Clone)]
pub struct Page {
    pub client: Client,
    pub base: String,
    pub corpus: PathBuf,
}

/// Starts a server over the seeds plus `extra` files (name, text), a browser, and runs
/// `test` on a page; skips loudly when no Chromium is installed.
pub fn with_page<F>(screen: Screen, extra: &[(&str, &str)], test: impl FnOnce(Page) -> F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let Some((chromium, chromedriver)) = browser_paths() else {
        return;
    };
    let _one = ONE_BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let workspace = seeded_workspace(extra);
    let server = Server::start(&workspace);
    let driver = Driver::start(&chromedriver);
    let profile = tempfile::tempdir().unwrap();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let client = runtime.block_on(driver.session(&chromium, profile.path(), screen));
    let page = Page {
        client: client.clone(),
        base: server.base.clone(),
        corpus: workspace.corpus(),
    };
    // The test runs as a task so that a failed assertion still closes the browser.
    let outcome = runtime.block_on(runtime.spawn(test(page)));
    let _ = runtime.block_on(client.close());
    if let Err(failure) = outcome {
        if let Ok(panic) = failure.try_into_panic() {
            resume_unwind(panic);
        }
        panic!("the browser test was cancelled");
    }
}

/// Chromium and chromedriver, or `None` after saying loudly why the tests do not run.
fn browser_paths() -> Option<(PathBuf, PathBuf)> {
    let path = |var: &str, default: &str| {
        PathBuf::from(std::env::var(var).unwrap_or_else(|_| default.to_string()))
    };
    let chromium = path("PRESSARKIV_CHROMIUM", "/usr/bin/chromium");
    let chromedriver = path("PRESSARKIV_CHROMEDRIVER", "/usr/bin/chromedriver");
    if chromium.exists() && chromedriver.exists() {
        return Some((chromium, chromedriver));
    }
    let message = format!(
        "browser tests need {} and {} (Debian: apt-get install chromium chromium-driver)",
        chromium.display(),
        chromedriver.display()
    );
    if std::env::var("PRESSARKIV_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("{message}; PRESSARKIV_REQUIRE_BROWSER=1 forbids skipping");
    }
    eprintln!("\n!!!!!!!! SKIPPED: {message} !!!!!!!!\n");
    None
}

/// A temp corpus of the seeds (the server crate's fixtures) plus `extra`.
fn seeded_workspace(extra: &[(&str, &str)]) -> Workspace {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/tests/fixtures/seeds");
    let workspace = Workspace {
        dir: tempfile::tempdir().unwrap(),
    };
    std::fs::create_dir(workspace.corpus()).unwrap();
    for entry in std::fs::read_dir(seeds).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), workspace.corpus().join(entry.file_name())).unwrap();
    }
    for (name, text) in extra {
        std::fs::write(workspace.corpus().join(name), text).unwrap();
    }
    workspace
}

/// A free port on the loopback interface (for chromedriver, which cannot report one).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `pressarkiv serve` on a port it picks, killed on drop.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(workspace: &Workspace) -> Server {
        let files = std::fs::read_dir(workspace.corpus()).unwrap().count();
        let mut child = workspace
            .command(&["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pressarkiv serve");
        let stdout = child.stdout.take().unwrap();
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let line = received
            .recv_timeout(PATIENCE)
            .expect("serve printed no address");
        let base = line
            .strip_prefix("serving ")
            .unwrap_or_else(|| panic!("unexpected {line:?}"))
            .to_string();
        let server = Server { child, base };
        server.wait_until_indexed(files);
        server
    }

    /// Serving starts before the first indexing ends; the tests want every file in.
    fn wait_until_indexed(&self, files: usize) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(PATIENCE))
            .build()
            .into();
        let deadline = Instant::now() + PATIENCE;
        loop {
            let documents = agent
                .get(format!("{}/api/health", self.base))
                .call()
                .ok()
                .and_then(|mut response| response.body_mut().read_to_string().ok())
                .and_then(|body| serde_json::from_str::<Value>(&body).ok())
                .and_then(|health| health["documents"].as_u64());
            if documents == Some(files as u64) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{files} files never all indexed: {documents:?}"
            );
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// chromedriver on a free port, killed on drop.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(chromedriver: &Path) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// A new headless Chromium session; retried while chromedriver is still starting.
    async fn session(&self, chromium: &Path, profile: &Path, screen: Screen) -> Client {
        let (lang, size) = match screen {
            Screen::Desktop => ("sv-SE", "1280,1000"),
            Screen::PhoneEnglish => ("en-US", "500,900"),
        };
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|flag| flag.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--lang={lang}"));
        args.push(format!("--window-size={size}"));
        let mut options = json!({
            "binary": chromium,
            "args": args,
            "prefs": {"intl.accept_languages": lang},
        });
        if screen == Screen::PhoneEnglish {
            // Chromium windows are at least 500 px wide; emulation gives a phone's viewport.
            options["mobileEmulation"] =
                json!({"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2}});
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        let deadline = Instant::now() + PATIENCE;
        loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&self.url)
                .await
            {
                Ok(client) => return client,
                Err(err) if Instant::now() < deadline => {
                    let _ = err;
                    tokio::time::sleep(POLL).await;
                }
                Err(err) => panic!("no Chromium session via {}: {err}", self.url),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Page {
    /// Loads `path` (with its query string) from the server.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    /// Runs `script` (a function body with `return`) in the page.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|err| panic!("{script}: {err}"))
    }

    /// Runs `script` with `arguments[0] = argument`.
    pub async fn call(&self, script: &str, argument: Value) -> Value {
        self.client
            .execute(script, vec![argument])
            .await
            .unwrap_or_else(|err| panic!("{script}: {err}"))
    }

    /// Runs `script`, which ends by calling its last argument with the result.
    pub async fn eval_async(&self, script: &str) -> Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|err| panic!("{script}: {err}"))
    }

    /// Polls `script` until it returns something truthy, which it returns.
    pub async fn wait_until(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = self.eval(script).await;
            let truthy = !matches!(&value, Value::Null | Value::Bool(false))
                && value != json!(0)
                && value != json!("");
            if truthy {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "waited {PATIENCE:?} for {what}; last {value}"
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the results on screen answer `query` (the API's form of it, filters
    /// included) and returns how many hits the page says there are.
    pub async fn wait_for_results(&self, query: &str) -> u64 {
        let script = "const r = document.querySelector('#results');
            return r.dataset.query === arguments[0] && !document.body.dataset.busy";
        let deadline = Instant::now() + PATIENCE;
        while self.call(script, json!(query)).await != json!(true) {
            let shown = self
                .eval("return document.querySelector('#results').dataset.query ?? null")
                .await;
            assert!(
                Instant::now() < deadline,
                "waited {PATIENCE:?} for results of {query:?}; showing {shown}"
            );
            tokio::time::sleep(POLL).await;
        }
        let hits = self
            .eval("return document.querySelectorAll('#results .hit').length")
            .await;
        hits.as_u64().unwrap()
    }

    /// Waits until the document view has loaded what it was opened on.
    pub async fn wait_for_document(&self) {
        self.wait_until(
            "the document view",
            "return document.querySelector('#doc').dataset.loaded === 'true'",
        )
        .await;
    }

    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("{css}: {err}"))
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css).await.send_keys(text).await.unwrap();
    }

    pub async fn clear(&self, css: &str) {
        self.find(css).await.clear().await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        // Out from under the sticky header, which would take the click.
        self.call(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'}); return null",
            json!(css),
        )
        .await;
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|err| panic!("click {css}: {err}"));
    }

    pub async fn focus(&self, css: &str) {
        self.call(
            "document.querySelector(arguments[0]).focus(); return null",
            json!(css),
        )
        .await;
    }

    /// Sends one key to the element, as a keyboard user would.
    pub async fn press(&self, css: &str, key: Key) {
        self.find(css)
            .await
            .send_keys(&char::from(key).to_string())
            .await
            .unwrap();
    }
}
