//! The entity filters find the releases they should. Every minister, region and amount
//! in the gold of the seeds, the development set and the probe sets is asked for with
//! `minister:`, `region:` and `amount:` through the real binary, over all those releases
//! indexed together (each set in a folder of its own). Per filter it prints the share of
//! the releases the gold names that come back (recall) and the share of the releases
//! that come back that the gold names (precision). Issue 10 asks for recall of at least
//! 0.95 on releases never seen; these sets are the nearest stand-in we have, so the
//! floors below sit under today's figures rather than at the target.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::Workspace;
use serde_json::Value;

/// A gold file and the folder of the releases it describes, relative to this crate.
struct Set {
    name: String,
    gold: PathBuf,
    corpus: PathBuf,
}

/// The seeds, the development set and every probe set of `crates/normalize`.
fn sets() -> Vec<Set> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sets = vec![
        Set {
            name: "seeds".into(),
            gold: root.join("tests/fixtures/gold_seeds.json"),
            corpus: root.join("tests/fixtures/seeds"),
        },
        Set {
            name: "dev".into(),
            gold: root.join("tests/fixtures/dev/gold.json"),
            corpus: root.join("tests/fixtures/dev/corpus"),
        },
    ];
    let probes = root.join("../normalize/tests/fixtures");
    for entry in std::fs::read_dir(&probes).expect("probe sets") {
        let dir = entry.expect("entry").path();
        if dir.join("gold.json").is_file() {
            sets.push(Set {
                name: dir
                    .file_name()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned(),
                gold: dir.join("gold.json"),
                corpus: dir.join("corpus"),
            });
        }
    }
    sets.sort_by(|a, b| a.name.cmp(&b.name));
    sets
}

/// For each filter query, the releases (paths under the corpus) whose gold holds it.
type Expected = BTreeMap<String, BTreeSet<String>>;

/// Copies every set into its own folder of the workspace's corpus and collects, per
/// filter kind, the queries the gold asks for and the releases each should find.
fn corpus_and_expected(ws: &Workspace) -> BTreeMap<&'static str, Expected> {
    let mut expected: BTreeMap<&'static str, Expected> = BTreeMap::new();
    for set in sets() {
        let folder = ws.corpus().join(&set.name);
        std::fs::create_dir_all(&folder).expect("set folder");
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&set.gold).expect("gold"))
            .expect("gold JSON");
        for doc in gold["documents"].as_array().expect("documents") {
            let file = doc["file"].as_str().expect("file");
            std::fs::copy(set.corpus.join(file), folder.join(file)).expect("copy release");
            let path = format!("{}/{file}", set.name);
            let mut expect = |kind: &'static str, query: String| {
                expected
                    .entry(kind)
                    .or_default()
                    .entry(query)
                    .or_default()
                    .insert(path.clone());
            };
            for minister in doc["ministers"].as_array().into_iter().flatten() {
                let name = minister["name"].as_str().expect("minister name");
                expect("minister", format!("minister:\"{name}\""));
            }
            for region in doc["regions"].as_array().into_iter().flatten() {
                let name = region.as_str().expect("region name");
                expect("region", format!("region:\"{name}\""));
            }
            // A sum given, not a table's negative change, is what a user asks for.
            for amount in doc["amounts"].as_array().into_iter().flatten() {
                if let Some(sek) = amount["sek"].as_i64().filter(|&sek| sek > 0) {
                    expect("amount", format!("amount:[{sek} TO {sek}]"));
                }
            }
        }
    }
    expected
}

/// The releases `query` finds, all of them.
fn found(ws: &Workspace, query: &str) -> BTreeSet<String> {
    ws.json(&["search", "--json", "--limit", "100000", query])["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| hit["path"].as_str().expect("path").replace('\\', "/"))
        .collect()
}

/// Releases found that the gold names, all the gold names, and all found, over the
/// queries of one kind, the queries shared between two threads.
fn tally(ws: &Workspace, queries: &Expected) -> (usize, usize, usize, Vec<String>) {
    let queries: Vec<(&String, &BTreeSet<String>)> = queries.iter().collect();
    let half = queries.len().div_ceil(2).max(1);
    let counts: Vec<_> = std::thread::scope(|scope| {
        let workers: Vec<_> = queries
            .chunks(half)
            .map(|chunk| {
                scope.spawn(move || {
                    let (mut hit, mut wanted, mut returned) = (0, 0, 0);
                    let mut misses = Vec::new();
                    for (query, should) in chunk {
                        let got = found(ws, query);
                        hit += should.intersection(&got).count();
                        wanted += should.len();
                        returned += got.len();
                        for path in should.difference(&got) {
                            misses.push(format!("{query} misses {path}"));
                        }
                    }
                    (hit, wanted, returned, misses)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("query thread"))
            .collect()
    });
    counts.into_iter().fold(
        (0, 0, 0, Vec::new()),
        |(h, w, r, mut m), (hit, wanted, returned, misses)| {
            m.extend(misses);
            (h + hit, w + wanted, r + returned, m)
        },
    )
}

/// Recall floors per filter, under the figures of 2026-12-06 over the seeds, the
/// development set and 141 probe sets (minister 887 of 887 releases, region 2 148 of
/// 2 151, amount 6 994 of 7 000). The rules were written against these sets, so the
/// figures say little of unseen releases; the floors keep a change from losing what they
/// find.
const RECALL_FLOORS: [(&str, f64); 3] = [("minister", 0.99), ("region", 0.99), ("amount", 0.99)];

#[test]
fn entity_filters_find_the_releases_the_gold_names() {
    let ws = Workspace {
        dir: tempfile::tempdir().expect("temp dir"),
    };
    let expected = corpus_and_expected(&ws);
    ws.index_corpus();
    println!("filter     queries  releases  found  returned  recall  precision");
    let mut failures = Vec::new();
    for (kind, floor) in RECALL_FLOORS {
        let queries = expected.get(kind).expect("the gold holds every kind");
        let (hit, wanted, returned, misses) = tally(&ws, queries);
        let recall = hit as f64 / wanted.max(1) as f64;
        let precision = hit as f64 / returned.max(1) as f64;
        println!(
            "{kind:<10} {:>7}  {wanted:>8}  {hit:>5}  {returned:>8}  {recall:>6.3}  {precision:>9.3}",
            queries.len()
        );
        for miss in &misses {
            println!("  {miss}");
        }
        if recall < floor {
            failures.push(format!(
                "{kind}: recall {recall:.3} under its floor {floor}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}
