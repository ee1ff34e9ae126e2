//! The corpus generator (`cargo run -p xtask -- gen-corpus`) against the real binary:
//! the same seed writes the same bytes, and `pressarkiv extract` finds the ministers
//! and regions the generator says it put in. Recall at scale is printed (run with
//! `--nocapture`); the floors sit under today's figures.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const DOCS: u64 = 50;
const SEED: u64 = 20_261_203;

/// Every file under `dir`, relative path → bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("inside").to_string_lossy();
                out.insert(rel.into_owned(), std::fs::read(&path).expect("read"));
            }
        }
    }
    out
}

fn truth(corpus: &Path) -> Vec<Value> {
    std::fs::read_to_string(xtask::truth_path(corpus))
        .expect("truth file")
        .lines()
        .map(|line| serde_json::from_str(line).expect("truth line is JSON"))
        .collect()
}

#[test]
fn same_seed_writes_the_same_corpus_and_truth() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        dir.path().join("a"),
        dir.path().join("b"),
        dir.path().join("c"),
    );
    xtask::write_corpus(&a, DOCS, SEED).unwrap();
    xtask::write_corpus(&b, DOCS, SEED).unwrap();
    xtask::write_corpus(&c, DOCS, SEED + 1).unwrap();
    let (files_a, files_b) = (files(&a), files(&b));
    assert_eq!(files_a.len(), DOCS as usize);
    assert!(files_a == files_b, "same seed, different files");
    assert_eq!(
        std::fs::read(xtask::truth_path(&a)).unwrap(),
        std::fs::read(xtask::truth_path(&b)).unwrap()
    );
    assert!(files(&c) != files_a, "another seed gave the same corpus");
    // Spread over year/month folders, 1–20 KB each, and not one text repeated.
    let folders: std::collections::HashSet<&str> = files_a
        .keys()
        .filter_map(|path| path.rsplit_once('/'))
        .map(|(dir, _)| dir)
        .collect();
    assert!(folders.len() > 10, "{folders:?}");
    for (path, bytes) in &files_a {
        assert!(
            (800..22_000).contains(&bytes.len()),
            "{path}: {} bytes",
            bytes.len()
        );
    }
    let distinct: std::collections::HashSet<&Vec<u8>> = files_a.values().collect();
    assert_eq!(distinct.len(), files_a.len());
}

/// Share of `wanted` names found in `found`, over all releases: (found, wanted).
fn recall(pairs: &[(Vec<String>, Vec<String>)]) -> (usize, usize) {
    pairs.iter().fold((0, 0), |(hit, all), (wanted, found)| {
        let hits = wanted.iter().filter(|name| found.contains(name)).count();
        (hit + hits, all + wanted.len())
    })
}

fn names(value: &Value, key: &str, field: Option<&str>) -> Vec<String> {
    value[key]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| match field {
                    Some(field) => item[field].as_str(),
                    None => item.as_str(),
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn amounts(value: &Value) -> Vec<String> {
    value["amounts"]
        .as_array()
        .map(|items| items.iter().map(|item| item["sek"].to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn extract_finds_the_generated_ministers_and_regions() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    xtask::write_corpus(&corpus, DOCS, SEED).unwrap();
    let truth = truth(&corpus);
    assert_eq!(truth.len(), DOCS as usize);
    let output = Command::new(env!("CARGO_BIN_EXE_pressarkiv"))
        .arg("extract")
        .arg("--json")
        .args(
            truth
                .iter()
                .map(|t| corpus.join(t["file"].as_str().unwrap())),
        )
        .output()
        .expect("run pressarkiv extract");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(found.len(), truth.len());

    let pairs = |pick: &dyn Fn(&Value) -> Vec<String>| -> Vec<(Vec<String>, Vec<String>)> {
        truth
            .iter()
            .zip(&found)
            .map(|(t, f)| (pick(t), pick(f)))
            .collect()
    };
    let ministers = recall(&pairs(&|v| names(v, "ministers", Some("name"))));
    let regions = recall(&pairs(&|v| names(v, "regions", None)));
    let agreements = recall(&pairs(&|v| names(v, "agreements", None)));
    let money = recall(&pairs(&amounts));
    let published = recall(&pairs(&|v| {
        v["published"]
            .as_str()
            .map(str::to_string)
            .into_iter()
            .collect()
    }));
    for (what, (hit, all)) in [
        ("ministers", ministers),
        ("regions", regions),
        ("agreements", agreements),
        ("amounts (sek values)", money),
        ("publication dates", published),
    ] {
        println!(
            "{what:<22} recall {hit}/{all} = {:.3}",
            hit as f64 / all.max(1) as f64
        );
    }
    let share = |(hit, all): (usize, usize)| hit as f64 / all as f64;
    assert!(
        ministers.1 >= DOCS as usize,
        "every release names a minister"
    );
    assert!(share(ministers) >= 0.95, "minister recall {ministers:?}");
    assert!(share(regions) >= 0.95, "region recall {regions:?}");
}
