//! Index throughput: N generated releases (`xtask::write_corpus`, seed 1; set
//! PRESSARKIV_BENCH_DOCS, default 10 000) indexed in the same run by
//!
//! - bare tantivy: title and body, one field each, stored, analyzed by tantivy's
//!   Swedish Snowball stemmer (simple tokenizer, long tokens dropped, lower case, stem:
//!   pressarkiv's query analyzer), no extraction, the same 128 MB heap budget: the
//!   reference of issue 12's ratio;
//! - tantivy with pressarkiv's analysis: the same, with the terms pressarkiv indexes
//!   title and body with (compounds and their parts, stemmed, each word analyzed once),
//!   so that the gap between the two references is the analysis and the rest is
//!   extraction, reading and pressarkiv's own fields;
//! - the release `pressarkiv index`, everything on;
//!
//! each in a child process whose CPU time and peak RSS come from `wait4`. Then the
//! nothing-changed `pressarkiv index` (reconcile), whole-process CLI queries on that
//! index, and `pressarkiv search` on a 50-release index (process start-up cost).
//! Prints a Markdown table.
//!
//! `cargo bench -p pressarkiv --bench index_throughput`
//! (PRESSARKIV_BENCH_DIR keeps the corpus and indexes there instead of a temp dir, and
//! reuses a corpus already generated there; PRESSARKIV_BIN runs another `pressarkiv`
//! binary, e.g. a copy that a rebuild during an hour-long run cannot replace.)

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::tokenizer::{Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer};
use tantivy::{doc, Index};

const DEFAULT_DOCS: u64 = 10_000;
const SEED: u64 = 1;
/// pressarkiv's writer budget (crates/search/src/writer.rs).
const HEAP_BYTES: usize = 128_000_000;
/// Env var that makes this binary a tantivy-alone child: "ANALYSIS\tCORPUS\tINDEX".
const BARE_CHILD: &str = "PRESSARKIV_BENCH_BARE_CHILD";
/// Runs of each whole-process query; the median is reported.
const QUERY_RUNS: usize = 7;

/// What one child process cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    max_rss_kb: u64,
    /// Peak of the heap alone (`RssAnon`, sampled every 100 ms): the peak RSS also counts
    /// the index files that merges map and read, which the kernel may drop at will.
    max_heap_kb: u64,
}

fn main() {
    if let Ok(args) = std::env::var(BARE_CHILD) {
        let mut args = args.split('\t');
        let (Some(analysis), Some(corpus), Some(index)) = (args.next(), args.next(), args.next())
        else {
            panic!("{BARE_CHILD} is ANALYSIS\\tCORPUS\\tINDEX");
        };
        let analysis = Analysis::from_name(analysis).expect("plain or pressarkiv");
        bare_index(Path::new(corpus), Path::new(index), analysis);
        return;
    }
    let docs: u64 = std::env::var("PRESSARKIV_BENCH_DOCS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(DEFAULT_DOCS);
    let temp = tempfile::tempdir().expect("temp dir");
    let root = std::env::var_os("PRESSARKIV_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| temp.path().to_path_buf());
    let corpus = root.join(format!("corpus-g{}-{docs}", xtask::GENERATOR_VERSION));
    if !xtask::truth_path(&corpus).is_file() {
        let started = Instant::now();
        xtask::write_corpus(&corpus, docs, SEED).expect("generate corpus");
        eprintln!("generated {docs} releases in {:.1?}", started.elapsed());
    }
    let bytes = folder_bytes(&corpus);
    let mb = bytes as f64 / 1e6;

    let bare_dir = root.join(format!("bare-{docs}"));
    let same_terms_dir = root.join(format!("bare-pressarkiv-terms-{docs}"));
    let full_dir = root.join(format!("index-{docs}"));
    for dir in [&bare_dir, &same_terms_dir, &full_dir] {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).expect("index dir");
    }
    // Each build reads the corpus from the page cache, as the later ones would anyway: at
    // a million releases (7.4 GB) the first reader of a cold corpus waited on the disk
    // and ran a third slower, which flattered whichever build came after it.
    warm_page_cache(&corpus);
    let bare = measure(&mut bare_child(Analysis::Plain, &corpus, &bare_dir));
    warm_page_cache(&corpus);
    let same_terms = measure(&mut bare_child(
        Analysis::Pressarkiv,
        &corpus,
        &same_terms_dir,
    ));
    warm_page_cache(&corpus);
    let full = measure(&mut pressarkiv(&corpus, &full_dir, &["index", "-q"]));
    let reconcile = measure(&mut pressarkiv(&corpus, &full_dir, &["index", "-q"]));

    let small_corpus = root.join("corpus-small");
    let small_index = root.join("index-small");
    let _ = std::fs::remove_dir_all(&small_corpus);
    let _ = std::fs::remove_dir_all(&small_index);
    xtask::write_corpus(&small_corpus, 50, SEED).expect("small corpus");
    measure(&mut pressarkiv(
        &small_corpus,
        &small_index,
        &["index", "-q"],
    ));

    println!("\n{docs} generated releases, {mb:.1} MB, {} cores", cores());
    println!(
        "\n| run | wall | releases/s | MB/s | CPU s | releases per CPU s | peak RSS | peak heap | index size |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let row = |name: &str, cost: &Cost, size: Option<u64>| {
        let wall = cost.wall.as_secs_f64();
        let cpu = cost.cpu.as_secs_f64();
        println!(
            "| {name} | {wall:.2} s | {:.0} | {:.1} | {cpu:.2} | {:.0} | {} MB | {} MB | {} |",
            docs as f64 / wall,
            mb / wall,
            docs as f64 / cpu,
            cost.max_rss_kb / 1000,
            cost.max_heap_kb / 1000,
            size.map_or("–".to_string(), |size| format!("{} MB", size / 1_000_000)),
        );
    };
    row("bare tantivy", &bare, Some(folder_bytes(&bare_dir)));
    row(
        "tantivy, pressarkiv's analysis",
        &same_terms,
        Some(folder_bytes(&same_terms_dir)),
    );
    row("`pressarkiv index`", &full, Some(folder_bytes(&full_dir)));
    row("`pressarkiv index`, nothing changed", &reconcile, None);
    let ratio = |reference: &Cost, of: &Cost| {
        (
            reference.wall.as_secs_f64() / of.wall.as_secs_f64(),
            reference.cpu.as_secs_f64() / of.cpu.as_secs_f64(),
        )
    };
    let (wall, cpu) = ratio(&bare, &full);
    println!("\nratio pressarkiv / bare: {wall:.2} by wall-clock throughput, {cpu:.2} by CPU time");
    let (wall, cpu) = ratio(&same_terms, &full);
    println!(
        "ratio pressarkiv / tantivy with pressarkiv's analysis: {wall:.2} by wall-clock \
         throughput, {cpu:.2} by CPU time"
    );
    let (wall, cpu) = ratio(&bare, &same_terms);
    println!(
        "ratio tantivy with pressarkiv's analysis / bare: {wall:.2} by wall-clock throughput, \
         {cpu:.2} by CPU time"
    );

    println!("\n| whole process, median of {QUERY_RUNS} | wall | CPU | peak RSS |");
    println!("|---|---|---|---|");
    let small: &[&str] = &["search", "vården"];
    let queries: &[(&str, &[&str])] = &[
        ("50 releases: `search vården`", small),
        ("`search vården`", &["search", "vården"]),
        (
            "`search \"god och nära vård\"`",
            &["search", "\"god och nära vård\""],
        ),
        (
            "`search 'amount:>\"1 miljard\"'`",
            &["search", "amount:>\"1 miljard\""],
        ),
        ("`search '*' --facets`", &["search", "*", "--facets"]),
        ("`stats '*' --by region`", &["stats", "*", "--by", "region"]),
    ];
    for (at, (name, args)) in queries.iter().enumerate() {
        let (corpus, index) = match at {
            0 => (&small_corpus, &small_index),
            _ => (&corpus, &full_dir),
        };
        let mut costs: Vec<Cost> = (0..QUERY_RUNS)
            .map(|_| measure(pressarkiv(corpus, index, args).stdout(std::process::Stdio::null())))
            .collect();
        costs.sort_by_key(|cost| cost.wall);
        let median = costs[QUERY_RUNS / 2];
        let mut cpus: Vec<Duration> = costs.iter().map(|cost| cost.cpu).collect();
        cpus.sort();
        println!(
            "| {name} | {:.1} ms | {:.1} ms | {} MB |",
            median.wall.as_secs_f64() * 1e3,
            cpus[QUERY_RUNS / 2].as_secs_f64() * 1e3,
            median.max_rss_kb / 1000
        );
    }
}

/// Which terms a tantivy-alone child indexes title and body with.
#[derive(Debug, Clone, Copy)]
enum Analysis {
    /// tantivy's own stemming chain (pressarkiv's query analyzer).
    Plain,
    /// pressarkiv's index analysis, compound parts included.
    Pressarkiv,
}

impl Analysis {
    fn name(self) -> &'static str {
        match self {
            Analysis::Plain => "plain",
            Analysis::Pressarkiv => "pressarkiv",
        }
    }

    fn from_name(name: &str) -> Option<Analysis> {
        [Analysis::Plain, Analysis::Pressarkiv]
            .into_iter()
            .find(|analysis| analysis.name() == name)
    }

    fn analyzer(self) -> TextAnalyzer {
        match self {
            Analysis::Plain => TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(60))
                .filter(LowerCaser)
                .filter(Stemmer::new(Language::Swedish))
                .build(),
            Analysis::Pressarkiv => pressarkiv_search::swedish_text(),
        }
    }
}

/// This binary as a tantivy-alone child that indexes `corpus` into `index`.
fn bare_child(analysis: Analysis, corpus: &Path, index: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("own path"));
    command.env(
        BARE_CHILD,
        format!(
            "{}\t{}\t{}",
            analysis.name(),
            corpus.display(),
            index.display()
        ),
    );
    command
}

fn pressarkiv(corpus: &Path, index: &Path, args: &[&str]) -> Command {
    // A copy of the binary for long runs, so that a rebuild meanwhile cannot swap it.
    let binary = std::env::var_os("PRESSARKIV_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pressarkiv")));
    let mut command = Command::new(binary);
    command
        .args(args)
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .env_remove("PRESSARKIV_LOG");
    command
}

/// Runs `command` to completion; its wall time, user+system CPU time and peak RSS.
/// The child is reaped by `wait4` (which also gives its own rusage), not `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measure(command: &mut Command) -> Cost {
    let started = Instant::now();
    let child = command.spawn().expect("spawn");
    let heap = HeapSampler::start(child.id());
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own unwaited child; status and usage are valid pointers.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed: status {status}"
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1_000);
    Cost {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss as u64,
        max_heap_kb: heap.peak_kb(),
    }
}

/// Polls a child's `RssAnon` until it exits, keeping the largest value.
struct HeapSampler {
    thread: std::thread::JoinHandle<u64>,
}

impl HeapSampler {
    fn start(pid: u32) -> HeapSampler {
        let status = format!("/proc/{pid}/status");
        let thread = std::thread::spawn(move || {
            let mut peak = 0;
            // The file goes away (or turns into a zombie's, without the line) at exit.
            while let Some(kb) = std::fs::read_to_string(&status)
                .ok()
                .and_then(|text| rss_anon_kb(&text))
            {
                peak = peak.max(kb);
                std::thread::sleep(Duration::from_millis(100));
            }
            peak
        });
        HeapSampler { thread }
    }

    fn peak_kb(self) -> u64 {
        self.thread.join().unwrap_or(0)
    }
}

fn rss_anon_kb(status: &str) -> Option<u64> {
    let line = status.lines().find(|line| line.starts_with("RssAnon:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A reference: what tantivy alone costs for these files with `analysis`.
fn bare_index(corpus: &Path, dir: &Path, analysis: Analysis) {
    let mut builder = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("sv_stem")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let title = builder.add_text_field("title", text.clone());
    let body = builder.add_text_field("body", text);
    let index = Index::create_in_dir(dir, builder.build()).expect("bare index");
    index.tokenizers().register("sv_stem", analysis.analyzer());
    let mut writer = index.writer(HEAP_BYTES).expect("writer");
    for_each_file(corpus, |path| {
        let text = std::fs::read_to_string(path).expect("read release");
        let first = text.lines().next().unwrap_or_default().to_string();
        writer
            .add_document(doc!(title => first, body => text))
            .expect("add");
    });
    writer.commit().expect("commit");
    writer.wait_merging_threads().expect("merges");
}

/// Reads every file under `dir`, so that the next build finds them in the page cache
/// (indexes written meanwhile may have pushed some out).
fn warm_page_cache(dir: &Path) {
    let started = Instant::now();
    let mut buffer = Vec::new();
    for_each_file(dir, |path| {
        buffer.clear();
        let mut file = std::fs::File::open(path).expect("open release");
        std::io::Read::read_to_end(&mut file, &mut buffer).expect("read release");
    });
    eprintln!(
        "read the corpus into the page cache in {:.1?}",
        started.elapsed()
    );
}

fn folder_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for_each_file(dir, |path| {
        total += std::fs::metadata(path).expect("metadata").len();
    });
    total
}

/// Calls `visit` with each file under `dir`, at any depth, without listing them first
/// (a million paths would weigh on the children's measured memory).
fn for_each_file(dir: &Path, mut visit: impl FnMut(&Path)) {
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                visit(&path);
            }
        }
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
