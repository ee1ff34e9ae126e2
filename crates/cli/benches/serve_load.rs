//! The web server under load: `wrk` sends a mix of searches, stats, document and health
//! requests on loopback for 60 s while new releases are dropped into the corpus.
//!
//! `cargo bench -p pressarkiv --bench serve_load` (needs `wrk`: `apt-get install wrk`).
//! `PRESSARKIV_BENCH_DOCS` (default 3000) generated releases beside the seeds,
//! `PRESSARKIV_BENCH_SECONDS` (default 60), `PRESSARKIV_BENCH_CONNECTIONS` (default 32).
//!
//! Builds the corpus and its index in a temp dir, starts the real `pressarkiv serve`,
//! then runs wrk with a Lua script cycling through the requests below while a thread
//! adds a release every 250 ms. Prints wrk's report, then p50/p99, requests/s, failed
//! requests (non-2xx and socket errors), the server's resident memory at the start and
//! end (and its peak), and checks that every added release became searchable.
//!
//! Memory over time: the server's RSS is sampled every second during the load and
//! printed at tenths of the run, split into anonymous memory (heap: what would leak)
//! and file-backed pages (the index's memory-mapped files, which grow with the releases
//! added and which the kernel can drop at will). A longer run
//! (`PRESSARKIV_BENCH_SECONDS=600`) shows whether the heap levels off.

#[path = "../tests/synthetic/mod.rs"]
mod synthetic;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use synthetic::{pressarkiv, release, release_path};

/// Pause between two dropped releases.
const ADD_EVERY: Duration = Duration::from_millis(250);
/// How long an added release may take to become searchable after the load stops.
const PATIENCE: Duration = Duration::from_secs(60);

/// The running server, stopped however the bench ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let generated = setting("PRESSARKIV_BENCH_DOCS", 3000);
    let seconds = setting("PRESSARKIV_BENCH_SECONDS", 60);
    let connections = setting("PRESSARKIV_BENCH_CONNECTIONS", 32);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    let seeds = synthetic::seed_texts();
    synthetic::copy_seeds(&corpus);
    synthetic::write_releases(&corpus, &seeds, 0..generated, 0);
    let started = Instant::now();
    synthetic::index(&corpus, &index);
    let documents = generated + seeds.len();
    eprintln!("indexed {documents} files in {:.2?}", started.elapsed());

    let mut child = pressarkiv(&corpus, &index, &["serve", "-q", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start pressarkiv serve");
    let mut first_line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut first_line)
        .expect("read the address");
    let server = Server(child);
    let base = first_line
        .trim()
        .strip_prefix("serving ")
        .expect("serve prints its address")
        .to_string();
    wait_for_documents(&base, documents);
    let pid = server.0.id();
    let rss_start = memory(pid, "VmRSS");

    let script = dir.path().join("mix.lua");
    std::fs::write(&script, lua_script(&base)).expect("write wrk script");

    let stop = Arc::new(AtomicBool::new(false));
    let added = Arc::new(AtomicUsize::new(0));
    let adder = {
        let (stop, added, corpus) = (stop.clone(), added.clone(), corpus.clone());
        std::thread::spawn(move || add_releases(&corpus, &seeds, generated, &stop, &added))
    };
    let sampler = {
        let stop = stop.clone();
        std::thread::spawn(move || sample_memory(pid, &stop))
    };
    let output = Command::new("wrk")
        .arg("-t2")
        .arg(format!("-c{connections}"))
        .arg(format!("-d{seconds}s"))
        .args(["--timeout", "10s", "--latency", "-s"])
        .arg(&script)
        .arg(&base)
        .output()
        .expect("run wrk (apt-get install wrk)");
    stop.store(true, Ordering::SeqCst);
    adder.join().expect("adder thread");
    let samples = sampler.join().expect("memory sampler");
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    println!("{report}");
    let rss_end = memory(pid, "VmRSS");
    let rss_peak = memory(pid, "VmHWM");

    let added = added.load(Ordering::SeqCst);
    let searchable = wait_for_documents(&base, documents + added);
    println!(
        "{documents} releases at start, {added} added during the run ({}), {connections} connections, {seconds} s",
        if searchable { "all searchable afterwards" } else { "NOT all searchable afterwards" }
    );
    println!(
        "p50 {} · p99 {} · {} requests/s · {} requests · failed: {} non-2xx, socket errors: {}",
        field(&report, "50%"),
        field(&report, "99%"),
        field(&report, "Requests/sec:"),
        requests(&report),
        field(&report, "Non-2xx or 3xx responses:").replace('?', "0"),
        socket_errors(&report),
    );
    println!(
        "server RSS: {:.1} MiB at start, {:.1} MiB at end, peak {:.1} MiB",
        rss_start as f64 / 1024.0,
        rss_end as f64 / 1024.0,
        rss_peak as f64 / 1024.0
    );
    print_memory_over_time(&samples);
}

/// One reading of the server's memory, in KiB.
struct MemorySample {
    at: Duration,
    anonymous: u64,
    file: u64,
}

/// Samples the server's memory every second until told to stop.
fn sample_memory(pid: u32, stop: &AtomicBool) -> Vec<MemorySample> {
    let started = Instant::now();
    let mut samples = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        samples.push(MemorySample {
            at: started.elapsed(),
            anonymous: memory(pid, "RssAnon"),
            file: memory(pid, "RssFile"),
        });
        std::thread::sleep(Duration::from_secs(1));
    }
    samples
}

/// The samples at each tenth of the run, and how much the heap grew in each half.
fn print_memory_over_time(samples: &[MemorySample]) {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return;
    };
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!("server memory over the run (MiB): time · anonymous (heap) · file-backed (index)");
    for tenth in 0..=10 {
        let sample = &samples[(samples.len() - 1) * tenth / 10];
        println!(
            "  {:>5.0} s · {:>7.1} · {:>7.1}",
            sample.at.as_secs_f64(),
            mib(sample.anonymous),
            mib(sample.file)
        );
    }
    let middle = &samples[samples.len() / 2];
    let peak = samples.iter().map(|s| s.anonymous).max().unwrap_or(0);
    println!(
        "heap growth: first half {:+.1} MiB, second half {:+.1} MiB, peak {:.1} MiB",
        mib(middle.anonymous) - mib(first.anonymous),
        mib(last.anonymous) - mib(middle.anonymous),
        mib(peak)
    );
}

/// Drops a new release into the corpus every [`ADD_EVERY`] until told to stop.
fn add_releases(
    corpus: &Path,
    seeds: &[String],
    first: usize,
    stop: &AtomicBool,
    added: &AtomicUsize,
) {
    let mut number = first;
    while !stop.load(Ordering::SeqCst) {
        let path = corpus.join(release_path(number));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("release folder");
        }
        std::fs::write(&path, release(seeds, number, 1)).expect("write release");
        added.fetch_add(1, Ordering::SeqCst);
        number += 1;
        std::thread::sleep(ADD_EVERY);
    }
}

/// The wrk script: each request the next of a fixed mix, in turn.
fn lua_script(base: &str) -> String {
    let id = first_id(base, "minister:hallengren");
    let requests = [
        "/api/search?q=v%C3%A5rden".to_string(),
        "/api/search?q=minister:hallengren&facets=true".to_string(),
        "/api/search?q=%22god%20och%20n%C3%A4ra%20v%C3%A5rd%22".to_string(),
        "/api/search?q=amount:%5B5000000%20TO%2050000000%5D&sort=amount".to_string(),
        "/api/search?q=hallengrn".to_string(),
        "/api/search?q=region:%C3%B6sterg%C3%B6tland%20k%C3%B6&facets=true".to_string(),
        "/api/search?q=&sort=date&offset=40".to_string(),
        "/api/stats?q=cancerv%C3%A5rd&by=region".to_string(),
        format!("/api/documents/{id}"),
        "/api/health".to_string(),
    ];
    let list: Vec<String> = requests.iter().map(|r| format!("  \"{r}\",")).collect();
    format!(
        "local paths = {{\n{}\n}}\nlocal n = 0\nrequest = function()\n  n = n + 1\n  \
         return wrk.format(\"GET\", paths[(n % #paths) + 1])\nend\n",
        list.join("\n")
    )
}

/// The id of the first hit of `query`.
fn first_id(base: &str, query: &str) -> String {
    let json = get_json(base, &format!("/api/search?q={query}"));
    json["hits"][0]["id"]
        .as_str()
        .expect("a hit with an id")
        .to_string()
}

fn get_json(base: &str, path: &str) -> serde_json::Value {
    let mut response = ureq::get(format!("{base}{path}"))
        .call()
        .unwrap_or_else(|err| panic!("GET {path}: {err}"));
    let body = response.body_mut().read_to_string().expect("read body");
    serde_json::from_str(&body).expect("JSON")
}

/// Waits until `/api/health` counts `expected` documents; false after [`PATIENCE`].
fn wait_for_documents(base: &str, expected: usize) -> bool {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        let json = get_json(base, "/api/health");
        if json["documents"].as_u64() == Some(expected as u64) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}

/// A line of /proc/PID/status, in KiB.
fn memory(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// The word after `label` in wrk's report, "?" when absent.
fn field(report: &str, label: &str) -> String {
    report
        .lines()
        .find_map(|line| line.trim().strip_prefix(label))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or("?")
        .to_string()
}

/// "N requests in 60.00s".
fn requests(report: &str) -> String {
    report
        .lines()
        .find(|line| line.contains(" requests in "))
        .and_then(|line| line.split_whitespace().next())
        .unwrap_or("?")
        .to_string()
}

/// wrk's "Socket errors: connect 0, read 0, write 0, timeout 0", or 0 when absent.
fn socket_errors(report: &str) -> String {
    report
        .lines()
        .find_map(|line| line.trim().strip_prefix("Socket errors:"))
        .map(|rest| rest.trim().to_string())
        .unwrap_or_else(|| "0".to_string())
}
