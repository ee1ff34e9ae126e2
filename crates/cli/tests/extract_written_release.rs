//! One release written for this test in the shape of a regeringen.se page
//! (tests/fixtures/regeringen_page.txt: site chrome above the headline, a press contact
//! below): the region that receives a sum, agencies, a minister's definite title, end to
//! end through `extract` and `search`. The rules were tuned with it in view, so it proves
//! the pipeline carries them through, not how well they hold on releases never seen;
//! that is the dev set's job (extract_dev.rs).

mod common;

use common::Workspace;
use serde_json::Value;

const FILE: &str = "regeringen_page.txt";

fn workspace() -> Workspace {
    let ws = Workspace::with_shipped_corpus();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(FILE);
    std::fs::copy(fixture, ws.corpus().join(FILE)).expect("copy fixture");
    ws
}

fn extraction(ws: &Workspace) -> Value {
    let path = ws.corpus().join(FILE);
    let path = path.to_str().expect("UTF-8 path");
    ws.json(&["extract", "--json", path])
}

fn names(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|item| match item.get(key) {
            Some(value) => value.as_str().expect("string").to_string(),
            None => item.as_str().expect("string").to_string(),
        })
        .collect()
}

/// The sums of an extraction tied to a region, with their region, in order.
fn tied_sums(doc: &Value) -> Vec<(u64, String)> {
    doc["amounts"]
        .as_array()
        .expect("amounts")
        .iter()
        .filter_map(|a| Some((a["sek"].as_u64()?, a["region"].as_str()?.to_string())))
        .collect()
}

#[test]
fn sums_go_to_the_region_that_receives_them() {
    let ws = workspace();
    let doc = extraction(&ws);
    assert_eq!(
        tied_sums(&doc),
        [
            (25_600_000, "Västerbotten".to_string()),
            (24_000_000, "Norrbotten".to_string()),
            (15_000_000, "Dalarna".to_string()),
            (17_000_000, "Gävleborg".to_string()),
        ]
    );
}

#[test]
fn agencies_ministers_and_the_headline() {
    let ws = workspace();
    let doc = extraction(&ws);
    assert_eq!(
        doc["title"],
        "Regeringen förstärker psykiatrin med 1,2 miljarder kronor"
    );
    assert_eq!(doc["published"], "2024-03-14");
    let orgs = names(&doc["organizations"], "name");
    for agency in ["Skolverket", "Åklagarmyndigheten", "Socialstyrelsen"] {
        assert!(orgs.iter().any(|o| o == agency), "{agency} in {orgs:?}");
    }
    let ministers = names(&doc["ministers"], "name");
    assert_eq!(ministers, ["Jakob Forssmed"]);
    assert_eq!(doc["ministers"][0]["title"], "socialminister");
}

#[test]
fn the_new_entities_are_search_filters() {
    let ws = workspace();
    ws.index_corpus();
    assert_eq!(ws.search("org:skolverket"), [FILE]);
    assert_eq!(ws.search("org:åklagarmyndigheten psykiatrin"), [FILE]);
    // Seed 003's table also gives Västerbotten more than 20 mnkr.
    let hits = ws.search("region:västerbotten amount:>20mnkr");
    assert!(hits.iter().any(|hit| hit == FILE), "{hits:?}");
    let hits = ws.search("region:dalarna amount:[15mnkr TO 15mnkr]");
    assert!(hits.iter().any(|hit| hit == FILE), "{hits:?}");
}

/// A Markdown table saved as plain text: its pipe rows are a table's rows, each county's
/// sum tied to its region, with the unit from the header.
#[test]
fn a_pipe_table_in_a_text_file_gives_its_rows_sums() {
    let ws = Workspace::with_shipped_corpus();
    let path = ws.corpus().join("fordelning.txt");
    std::fs::write(
        &path,
        "Medel till regionerna\n\nRegeringen fördelar medlen så här.\n\n\
         | Region | Tkr |\n|---|---:|\n| Region Gotland | 4 500 |\n| Region Kalmar län | 12 250 |\n",
    )
    .expect("write release");
    let doc = ws.json(&["extract", "--json", path.to_str().expect("UTF-8 path")]);
    assert_eq!(
        tied_sums(&doc),
        [
            (4_500_000, "Gotland".to_string()),
            (12_250_000, "Kalmar län".to_string()),
        ]
    );
}
