//! Query latency on a generated archive of press releases (100 000 by default; set
//! PRESSARKIV_BENCH_DOCS to change it): a single term, a rare term, a phrase, an amount
//! range with facets, an entity filter, and `stats`. Prints p50/p99/max per query from
//! its own timed runs, then lets criterion measure the same queries.
//!
//! `cargo bench -p pressarkiv-search --bench query_latency`
//!
//! PRESSARKIV_BENCH_INDEX=DIR measures an index built elsewhere instead (e.g. the
//! million releases of the `index_throughput` bench), with the same queries plus facets
//! and sums over every release; each query then runs until 300 times or 30 seconds,
//! and criterion is skipped. PRESSARKIV_BENCH_ONLY=TEXT runs only the queries whose name
//! holds TEXT, and PRESSARKIV_BENCH_RUNS=N makes N timed runs after as many warm-up runs
//! (at most 20): both for a profiler.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;
use pressarkiv_search::{Archive, GroupBy, IndexedDocument, SearchRequest};

const DEFAULT_DOCS: usize = 100_000;
/// Timed runs per query for the percentiles.
const RUNS: usize = 300;
/// Untimed runs per query before them.
const WARM_UP_RUNS: usize = 20;
/// A question typed as a sentence: every word a clause of its own, most of them common.
const LONG_QUERY: &str = "regeringen har beslutat att fördela pengar till regionerna för att \
    korta köerna inom hälso och sjukvården";

const MINISTERS: &[&str] = &[
    "socialminister Lena Hallengren",
    "sjukvårdsminister Acko Ankarberg Johansson",
    "socialminister Annika Strandhäll",
    "finansminister Elisabeth Svantesson",
    "utbildningsminister Johan Pehrson",
    "statsrådet Jakob Forssmed",
];
const REGIONS: &[&str] = &[
    "Region Östergötland",
    "Region Stockholm",
    "Region Skåne",
    "Västra Götalandsregionen",
    "Region Uppsala",
    "Region Norrbotten",
    "Region Gotland",
    "Region Dalarna",
];
const TOPICS: &[&str] = &[
    "cancervården",
    "primärvården",
    "psykiatrin",
    "förlossningsvården",
    "tandvården",
    "äldreomsorgen",
    "ambulanssjukvården",
    "vårdköerna",
    "läkemedelsförsörjningen",
    "kompetensförsörjningen",
    "digitaliseringen",
    "folkhälsan",
];
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// A deterministic stream of numbers, so every run indexes the same archive.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

fn release(number: usize, seeds: &[String], random: &mut Lcg) -> String {
    let minister = MINISTERS[random.next(MINISTERS.len())];
    let region = REGIONS[random.next(REGIONS.len())];
    let topic = TOPICS[random.next(TOPICS.len())];
    let millions = 1 + random.next(2_000);
    let year = 2014 + random.next(11);
    let month = MONTHS[random.next(12)];
    let day = 1 + random.next(28);
    let seed = &seeds[number % seeds.len()];
    format!(
        "{millions} miljoner kronor till {region} för {topic}\n\n\
         Publicerad: {day} {month} {year}\n\n\
         Regeringen satsar {millions} miljoner kronor på {topic} i {region}. \
         Pressmeddelande nummer {number}.\n\n\
         – Det här stärker {topic}, säger {minister}.\n\n{seed}"
    )
}

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("seed"))
        .collect()
}

fn build(dir: &Path, docs: usize) -> Archive {
    let archive = Archive::open_or_create(dir).expect("archive");
    let mut writer = archive.writer().expect("writer");
    let seeds = seeds();
    let started = Instant::now();
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let (sender, receiver) = std::sync::mpsc::sync_channel(256);
    std::thread::scope(|scope| {
        for thread in 0..threads {
            let sender = sender.clone();
            let seeds = &seeds;
            scope.spawn(move || {
                let mut random = Lcg(thread as u64 + 1);
                for number in (thread..docs).step_by(threads) {
                    let text = release(number, seeds, &mut random);
                    let extraction = pressarkiv_normalize::extract(&text);
                    if sender.send((number, extraction)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);
        for (number, extraction) in receiver {
            let path = format!("gen/{number:06}.txt");
            writer
                .upsert(IndexedDocument {
                    path: &path,
                    hash: "bench",
                    stamp: None,
                    extraction,
                })
                .expect("upsert");
        }
    });
    writer.finish().expect("commit");
    archive.reload().expect("reload");
    eprintln!(
        "indexed {docs} generated releases in {:.1?} ({} docs searchable)",
        started.elapsed(),
        archive.num_docs()
    );
    archive
}

enum Work {
    Search(SearchRequest),
    Stats(&'static str, GroupBy),
}

fn run(archive: &Archive, work: &Work) {
    match work {
        Work::Search(request) => {
            std::hint::black_box(archive.search(request).expect("search"));
        }
        Work::Stats(query, by) => {
            std::hint::black_box(archive.stats(query, *by, false).expect("stats"));
        }
    }
}

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * share).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() {
    let existing = std::env::var_os("PRESSARKIV_BENCH_INDEX").map(std::path::PathBuf::from);
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = match &existing {
        Some(index) => Archive::open(index).expect("open the index"),
        None => {
            let docs = std::env::var("PRESSARKIV_BENCH_DOCS")
                .ok()
                .and_then(|value| value.parse().ok())
                .unwrap_or(DEFAULT_DOCS);
            build(dir.path(), docs)
        }
    };
    let docs = archive.num_docs();

    let search = |query: &str| SearchRequest::new(query);
    let cases: Vec<(&str, Work)> = vec![
        ("single term (common)", Work::Search(search("vården"))),
        ("single term (rare)", Work::Search(search("hudcancer"))),
        ("phrase", Work::Search(search("\"god och nära vård\""))),
        (
            "amount range + facets",
            Work::Search(SearchRequest {
                facets: true,
                ..search("amount:[5000000 TO 50000000]")
            }),
        ),
        (
            "minister filter + term",
            Work::Search(search("minister:hallengren tandvården")),
        ),
        ("typo", Work::Search(search("hallengrn"))),
        ("long query of free words", Work::Search(search(LONG_QUERY))),
        // Words that most releases hold, together: a conjunction read nearly whole.
        (
            "common words together",
            Work::Search(search("vården regionerna miljoner")),
        ),
        (
            "typed without diacritics (common)",
            Work::Search(search("primarvarden")),
        ),
        (
            "stats by region (one region's releases)",
            Work::Stats("region:gotland psykiatrin", GroupBy::Region),
        ),
        (
            "facets over all releases",
            Work::Search(SearchRequest {
                facets: true,
                ..search("*")
            }),
        ),
        (
            "stats by region (all releases)",
            Work::Stats("*", GroupBy::Region),
        ),
        (
            "stats by agreement (all releases)",
            Work::Stats("*", GroupBy::Agreement),
        ),
    ];
    let only = std::env::var("PRESSARKIV_BENCH_ONLY").unwrap_or_default();
    let cases: Vec<(&str, Work)> = cases
        .into_iter()
        .filter(|(name, _)| name.contains(only.as_str()))
        .collect();
    // On a large index some queries take long: enough runs for a p99, within a bound.
    let budget = match existing {
        Some(_) => Duration::from_secs(30),
        None => Duration::MAX,
    };

    let runs = std::env::var("PRESSARKIV_BENCH_RUNS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(RUNS);
    let warm_up_runs = runs.min(WARM_UP_RUNS);
    println!("{docs} documents, up to {runs} runs each, after {warm_up_runs} warm-up runs");
    println!(
        "{:<42} {:>9} {:>9} {:>9} {:>6}",
        "query", "p50", "p99", "max", "runs"
    );
    for (name, work) in &cases {
        for _ in 0..warm_up_runs {
            run(&archive, work);
        }
        let started = Instant::now();
        let mut times: Vec<Duration> = Vec::with_capacity(runs);
        while times.len() < runs && (times.len() < runs.min(10) || started.elapsed() < budget) {
            let start = Instant::now();
            run(&archive, work);
            times.push(start.elapsed());
        }
        times.sort();
        println!(
            "{:<42} {:>9.2?} {:>9.2?} {:>9.2?} {:>6}",
            name,
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            times[times.len() - 1],
            times.len()
        );
    }

    if existing.is_some() {
        return;
    }
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut group = criterion.benchmark_group("query");
    for (name, work) in &cases {
        group.bench_function(*name, |bencher| bencher.iter(|| run(&archive, work)));
    }
    group.finish();
    criterion.final_summary();
}
