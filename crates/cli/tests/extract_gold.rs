//! `pressarkiv extract --json` over the shipped seeds, scored against the gold standard
//! with the rules of the gold README (`cargo test --test extract_gold -- --nocapture`
//! prints the table).

mod common;
#[path = "common/gold_score.rs"]
mod gold_score;

use std::process::Command;

use serde_json::Value;

#[test]
fn extract_json_matches_the_gold_standard() {
    let gold: Value =
        serde_json::from_str(include_str!("fixtures/gold_seeds.json")).expect("gold JSON");
    let gold_docs = gold["documents"].as_array().expect("documents").clone();
    let files: Vec<_> = gold_docs
        .iter()
        .map(|doc| common::shipped_corpus().join(doc["file"].as_str().expect("file")))
        .collect();
    let output = Command::new(env!("CARGO_BIN_EXE_pressarkiv"))
        .arg("extract")
        .arg("--json")
        .args(&files)
        .output()
        .expect("run extract");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let predicted: Vec<Value> = String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert_eq!(predicted.len(), gold_docs.len(), "one line per file");

    let scores = gold_score::score_corpus(&gold_docs, &predicted);
    println!("{}", gold_score::table(&scores));
    for kind in ["amounts", "amount_regions", "ministers"] {
        assert_eq!(scores[kind].f1(), 1.0, "{kind}: {:?}", scores[kind]);
    }
    for kind in ["agreements", "regions", "organizations", "published"] {
        assert!(scores[kind].f1() >= 0.9, "{kind}: {:?}", scores[kind]);
    }
}

#[test]
fn extract_names_a_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("tom.txt");
    std::fs::write(&empty, "").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_pressarkiv"))
        .args(["extract", "--json"])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stderr).contains("tom.txt"));
}
