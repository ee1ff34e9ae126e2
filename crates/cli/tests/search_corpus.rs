//! The acceptance searches of the end-to-end issue, over the shipped corpus.

mod common;

use common::{seeds, Workspace};

fn indexed() -> Workspace {
    let workspace = Workspace::with_shipped_corpus();
    workspace.index_corpus();
    workspace
}

#[test]
fn acceptance_queries_find_the_right_releases() {
    let ws = indexed();
    assert_eq!(ws.search("patientmiljarden"), seeds(&["000", "001"]));
    assert!(ws.search("cancervården").contains(&common::seed("000")));
    assert_eq!(ws.search("minister:hallengren"), seeds(&["004"]));
    assert_eq!(ws.search("minister:Hallengren"), seeds(&["004"]));
    assert_eq!(ws.search("minister:\"acko ankarberg\""), seeds(&["003"]));
    let eleven = ws.search("amount:>=10000000000");
    assert!(eleven.contains(&common::seed("004")), "{eleven:?}");
    assert!(!eleven.contains(&common::seed("003")), "{eleven:?}");
    let ostergotland = ws.search("region:östergötland");
    assert!(
        ostergotland.contains(&common::seed("000")),
        "{ostergotland:?}"
    );
    assert!(
        ostergotland.contains(&common::seed("003")),
        "{ostergotland:?}"
    );
}

#[test]
fn stemming_and_swedish_amounts() {
    let ws = indexed();
    // "miljarder" and "miljard" share a stem. Each pair is pinned to the releases it
    // must find, so that two empty results cannot pass as equal.
    let every_release = seeds(&["000", "001", "002", "003", "004"]);
    assert_eq!(ws.search("miljard"), seeds(&["000", "001", "002", "004"]));
    assert_eq!(ws.search("miljarder"), ws.search("miljard"));
    assert_eq!(
        ws.search("amount:>\"1 miljard\""),
        seeds(&["000", "003", "004"])
    );
    assert_eq!(
        ws.search("amount:>1000000000"),
        seeds(&["000", "003", "004"])
    );
    assert_eq!(ws.search("amount:>=500mnkr"), every_release);
    assert_eq!(ws.search("amount:>=500000000"), every_release);
    assert_eq!(ws.search("amount:<\"2,5 miljarder\""), every_release);
    assert_eq!(ws.search("amount:<2500000000"), every_release);
    assert_eq!(
        ws.search("amount:[5000000 TO 50000000]"),
        seeds(&["000", "001", "003"])
    );
}

#[test]
fn every_entity_kind_is_a_filter() {
    let ws = indexed();
    assert_eq!(ws.search("published:2022"), seeds(&["004"]));
    assert_eq!(ws.search("published:2015-04"), seeds(&["002"]));
    assert_eq!(
        ws.search("published:[2015-01-01 TO 2015-12-31]"),
        seeds(&["002"])
    );
    assert_eq!(ws.search("published:>=2020"), seeds(&["004"]));
    assert_eq!(ws.search("published:<2020"), seeds(&["002"]));
    assert_eq!(ws.search("org:kammarkollegiet"), seeds(&["001"]));
    assert_eq!(ws.search("org:skr"), seeds(&["003", "004"]));
    assert_eq!(
        ws.search("org:\"sveriges kommuner och landsting\""),
        seeds(&["000", "001", "002"])
    );
    assert_eq!(ws.search("agreement:cancervård"), seeds(&["000", "003"]));
    assert_eq!(ws.search("agreement:\"kortare köer\""), seeds(&["000"]));
    assert_eq!(ws.search("region:\"västra götaland\""), seeds(&["003"]));
    assert_eq!(ws.search("title:utveckling"), seeds(&["002"]));
}

#[test]
fn boolean_operators_and_phrases() {
    let ws = indexed();
    let both = ws.search("patientmiljarden AND cancervården");
    assert_eq!(both, seeds(&["000"]));
    let either = ws.search("minister:hallengren OR minister:wikström");
    assert_eq!(either, seeds(&["002", "004"]));
    let without = ws.search("patientmiljarden NOT cancervården");
    assert_eq!(without, seeds(&["001"]));
    assert_eq!(ws.search("patientmiljarden -cancervården"), seeds(&["001"]));
    assert_eq!(ws.search("\"god och nära vård\""), seeds(&["003", "004"]));
}

#[test]
fn hits_carry_title_snippet_and_entities() {
    let ws = indexed();
    let json = ws.search_json("hallengren");
    let hit = &json["hits"][0];
    assert_eq!(hit["path"], common::seed("004"));
    assert!(hit["title"]
        .as_str()
        .unwrap()
        .starts_with("Nära 11 miljarder"));
    assert!(
        hit["snippet"]
            .as_str()
            .unwrap()
            .contains("<b>Hallengren</b>"),
        "{hit}"
    );
    assert_eq!(hit["ministers"][0]["name"], "Lena Hallengren");
    assert_eq!(hit["max_amount"], 11_000_000_000u64);
    assert_eq!(hit["published"], "2022-01-29");

    let text = ws.run(&["search", "hallengren"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Lena Hallengren (socialminister)"), "{text}");
    assert!(text.contains("11 miljarder kr"), "{text}");
}

#[test]
fn malformed_queries_get_a_clear_message() {
    let ws = indexed();
    for (query, expected) in [
        ("\"god och", "never closed"),
        ("amount:>banana", "not an amount"),
        ("foo:bar", "unknown field"),
        ("(vård", "never closed"),
        ("published:[2015 TO", "never closed"),
        ("minister:", "needs a value"),
        ("?!", "no letters or digits"),
        ("minister:\"--\"", "no letters or digits"),
        ("vård OR", "ends where a word"),
    ] {
        let output = ws.run(&["search", query]);
        assert!(!output.status.success(), "{query} should fail");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{query}: {stderr}");
        assert!(!stderr.contains("panicked"), "{query}: {stderr}");
    }
}

#[test]
fn search_without_an_index_says_so() {
    let ws = Workspace::with_shipped_corpus();
    let output = ws.run(&["search", "vård"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("pressarkiv index"));
}
