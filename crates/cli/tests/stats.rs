//! `pressarkiv stats`: sums per group without counting the same money twice.

mod common;

use common::Workspace;
use serde_json::Value;

fn stats(ws: &Workspace, args: &[&str]) -> Value {
    let mut all = vec!["stats", "--json"];
    all.extend_from_slice(args);
    ws.json(&all)
}

fn group<'a>(stats: &'a Value, name: &str) -> &'a Value {
    stats["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["name"] == name)
        .unwrap_or_else(|| panic!("no group {name}: {stats}"))
}

#[test]
fn regions_of_the_2024_agreements_add_up_without_the_totalt_row() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    let query = "minister:\"acko ankarberg\"";
    let by_region = stats(&ws, &["--by", "region", query]);
    // 2 111 to the region and 110 to its municipalities.
    assert_eq!(group(&by_region, "Stockholm")["sek"], 2_221_000_000u64);
    // 9 842 + 750, not a figure with the "Totalt 9 842" row added.
    assert_eq!(by_region["total"]["sek"], 10_592_000_000u64);
    assert_eq!(by_region["groups"].as_array().unwrap().len(), 21);

    let table = ws.run(&["stats", "--by", "region", query]);
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("2 221 mnkr"), "{table}");
    assert!(table.contains("10 592 mnkr"), "{table}");
}

#[test]
fn a_rounded_headline_and_a_repeated_mention_count_once() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    // 000_…: "44 miljoner kronor till Region Östergötland" (headline) restates
    // "preliminärt 44,3 miljoner kronor för Region Östergötland"; with 8,8 miljoner.
    let by_region = stats(&ws, &["--by", "region", "minister:strandhäll"]);
    assert_eq!(group(&by_region, "Östergötland")["sek"], 53_100_000u64);
}

#[test]
fn other_groupings_count_each_release_once() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    let by_minister = stats(&ws, &["--by", "minister", "*"]);
    assert_eq!(
        group(&by_minister, "Lena Hallengren")["sek"],
        11_000_000_000u64
    );
    let by_year = stats(&ws, &["--by", "year", "*"]);
    assert_eq!(group(&by_year, "2015")["sek"], 1_000_000_000u64);
    assert_eq!(by_year["total"]["documents"], 2);
}

#[test]
fn a_malformed_query_is_reported() {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    let output = ws.run(&["stats", "amount:>banana"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an amount"));
}

#[test]
fn a_deficit_in_a_result_table_keeps_its_sign_and_adds_to_no_sum() {
    let ws = Workspace::with_shipped_corpus();
    for entry in std::fs::read_dir(ws.corpus()).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    std::fs::write(
        ws.corpus().join("budget.txt"),
        "Region Uppsala antar budget för 2024\n\nPublicerad 2023-11-28\n\n\
         Regionfullmäktige i Region Uppsala har antagit budgeten för 2024.\n\n\
         Resultat i sammandrag, miljoner kronor\n\
         Verksamhetens intäkter   2 400\n\
         Verksamhetens kostnader   \u{2212}2 900\n\
         Årets resultat   \u{2212}500\n",
    )
    .unwrap();
    let extracted = ws.json(&[
        "extract",
        "--json",
        ws.corpus().join("budget.txt").to_str().unwrap(),
    ]);
    let sek: Vec<i64> = extracted["amounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|amount| amount["sek"].as_i64().unwrap())
        .collect();
    assert_eq!(sek, [2_400_000_000, -2_900_000_000, -500_000_000]);
    ws.index_corpus();
    // The costs are no sum of money granted: an amount filter sees only the income.
    assert_eq!(ws.search("amount:>\"2 miljarder\""), ["budget.txt"]);
    assert!(ws.search("amount:>\"2,5 miljarder\"").is_empty());
    let by_year = stats(&ws, &["--by", "year", "*"]);
    assert_eq!(group(&by_year, "2023")["sek"], 2_400_000_000u64);
}

#[test]
fn two_money_columns_of_one_table_are_two_tables_and_both_add_up() {
    let ws = Workspace::with_shipped_corpus();
    for entry in std::fs::read_dir(ws.corpus()).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    // Halland's municipalities and its region get the same sum: two sums, not one
    // repeated.
    std::fs::write(
        ws.corpus().join("stod.txt"),
        "Stöd till kommuner och regioner i två län\n\nPublicerad 2024-03-12\n\n\
         Regeringen fördelar ett tillfälligt stöd till kommunerna och regionerna.\n\n\
         Tillfälligt stöd per län, miljoner kronor\n\
         Län              Kommuner   Regioner\n\
         Hallands län        120        120\n\
         Gotlands län         40         12\n\
         Totalt              160        132\n",
    )
    .unwrap();
    let extracted = ws.json(&[
        "extract",
        "--json",
        ws.corpus().join("stod.txt").to_str().unwrap(),
    ]);
    let tables: Vec<&str> = extracted["amounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|amount| amount["table"].as_str())
        .collect();
    let kommuner = "Tillfälligt stöd per län, miljoner kronor / Kommuner";
    let regioner = "Tillfälligt stöd per län, miljoner kronor / Regioner";
    assert_eq!(
        tables,
        [kommuner, regioner, kommuner, regioner, kommuner, regioner]
    );
    ws.index_corpus();
    let by_region = stats(&ws, &["--by", "region", "*"]);
    assert_eq!(group(&by_region, "Halland")["sek"], 240_000_000u64);
    assert_eq!(group(&by_region, "Gotland")["sek"], 52_000_000u64);
    // The "Totalt" row adds nothing to its parts.
    assert_eq!(by_region["total"]["sek"], 292_000_000u64);
}
