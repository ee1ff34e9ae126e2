//! Search that understands Swedish: compounds, folding, typos, ranking, facets,
//! sorting, paging (the acceptance list of the search issue), over the shipped corpus
//! and small corpora made for one point each.

mod common;

use common::{seed, seeds, Workspace};
use serde_json::Value;

fn indexed() -> Workspace {
    let ws = Workspace::with_shipped_corpus();
    ws.index_corpus();
    ws
}

/// A workspace whose corpus is exactly `files`.
fn corpus_of(files: &[(&str, &str)]) -> Workspace {
    let ws = Workspace::with_shipped_corpus();
    for entry in std::fs::read_dir(ws.corpus()).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    for (name, text) in files {
        std::fs::write(ws.corpus().join(name), text).unwrap();
    }
    ws.index_corpus();
    ws
}

fn ranked(ws: &Workspace, args: &[&str]) -> Vec<String> {
    let mut all = vec!["search", "--json"];
    if !args.contains(&"--limit") {
        all.extend_from_slice(&["--limit", "100"]);
    }
    all.extend_from_slice(args);
    let json = ws.json(&all);
    json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn compound_parts_are_found_and_sjukskoterska_is_not_cut_around_ko() {
    let ws = indexed();
    assert_eq!(ws.search("kö"), seeds(&["000", "002", "003"]));
    assert_eq!(ws.search("förlopp"), seeds(&["000", "004"]));
    assert_eq!(ws.search("hud"), seeds(&["000"]));
    assert!(
        ws.search("vård").contains(&seed("003")),
        "primärvården, vårdköerna"
    );
    // Pinned, so that two empty results cannot pass as equal; 000 by "patientmiljarden".
    assert_eq!(ws.search("miljard"), seeds(&["000", "001", "002", "004"]));
    assert_eq!(ws.search("miljarder"), ws.search("miljard"));
}

#[test]
fn short_words_found_inside_long_ones_by_chance_are_no_parts() {
    let ws = corpus_of(&[
        (
            "kommun.txt",
            "Rubrik\n\nKommunerna fick budgeten beslutad och arbetet publicerad.",
        ),
        ("kö.txt", "Rubrik\n\nVårdköerna och hudcancern minskar."),
    ]);
    for chance in ["mun", "bud", "lut", "bet", "era"] {
        assert_eq!(ranked(&ws, &[chance]), Vec::<String>::new(), "{chance}");
    }
    assert_eq!(ranked(&ws, &["kommun"]), vec!["kommun.txt"]);
    assert_eq!(ranked(&ws, &["budget"]), vec!["kommun.txt"]);
    for part in ["kö", "vård", "hud", "cancer"] {
        assert_eq!(ranked(&ws, &[part]), vec!["kö.txt"], "{part}");
    }
}

#[test]
fn whole_words_rank_above_compound_parts() {
    let ws = corpus_of(&[
        ("del.txt", "Rubrik\n\nEtt nytt vårdförlopp införs."),
        ("hel.txt", "Rubrik\n\nEtt nytt förlopp införs."),
    ]);
    assert_eq!(ranked(&ws, &["förlopp"]), vec!["hel.txt", "del.txt"]);
}

#[test]
fn folding_finds_words_typed_without_diacritics_ranked_below_exact() {
    let ws = indexed();
    for query in [
        "ostergotland",
        "Ostergotland",
        "ÖSTERGÖTLAND",
        "östergötland",
    ] {
        assert_eq!(ws.search(query), seeds(&["000", "003"]), "{query}");
    }
    let ws = corpus_of(&[
        ("ascii.txt", "Rubrik\n\nPengar till Ostergotland."),
        ("svensk.txt", "Rubrik\n\nPengar till Östergötland."),
    ]);
    assert_eq!(
        ranked(&ws, &["Östergötland"]),
        vec!["svensk.txt", "ascii.txt"]
    );
    assert_eq!(
        ranked(&ws, &["Ostergotland"]),
        vec!["ascii.txt", "svensk.txt"]
    );
    // The folded copy holds only words that fold, so the parts of one typed word are
    // looked up in either field: "hälso" folded, "och" as it is.
    let ws = corpus_of(&[
        ("vard.txt", "Rubrik\n\nStöd till hälso- och sjukvården."),
        ("annat.txt", "Rubrik\n\nStöd till skolan och förskolan."),
    ]);
    assert_eq!(ranked(&ws, &["halso-och"]), vec!["vard.txt"]);
    assert_eq!(ranked(&ws, &["forskolan"]), vec!["annat.txt"]);
}

#[test]
fn folded_words_reach_compound_parts_and_their_spelling_is_highlighted() {
    let ws = corpus_of(&[
        (
            "del.txt",
            "Rubrik\n\nMer pengar till cancervården i Östergötland.",
        ),
        (
            "annat.txt",
            "Rubrik\n\nMer pengar till skolan i Västergötland.",
        ),
    ]);
    assert_eq!(ranked(&ws, &["vard"]), vec!["del.txt"]);
    assert_eq!(ranked(&ws, &["cancervarden"]), vec!["del.txt"]);
    let json = ws.json(&["search", "--json", "ostergotland"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{json}");
    let snippet = hits[0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("<b>Östergötland</b>"), "{snippet}");
}

#[test]
fn typos_one_edit_away_match_unless_exact() {
    let ws = indexed();
    assert_eq!(ws.search("hallengrn"), seeds(&["004"]));
    assert!(ranked(&ws, &["--exact", "hallengrn"]).is_empty());
    let ws = corpus_of(&[
        ("fel.txt", "Rubrik\n\nEtt brev från Hallengrem."),
        ("rätt.txt", "Rubrik\n\nEtt brev från Hallengren."),
    ]);
    assert_eq!(ranked(&ws, &["hallengren"]), vec!["rätt.txt", "fel.txt"]);
}

#[test]
fn a_word_many_releases_hold_is_taken_as_spelled() {
    let right: Vec<(String, String)> = (0..10)
        .map(|n| {
            let text = format!("Brev {n}\n\nBrev nummer {n} från Hallengren.");
            (format!("rätt{n}.txt"), text)
        })
        .collect();
    let mut files: Vec<(&str, &str)> = right
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    files.push(("fel.txt", "Rubrik\n\nEtt brev från Hallengrem."));
    let ws = corpus_of(&files);
    let found = ranked(&ws, &["hallengren"]);
    assert_eq!(found.len(), 10, "{found:?}");
    assert!(!found.contains(&"fel.txt".to_string()), "{found:?}");
    // A word no release holds still meets the words one edit away.
    assert_eq!(ranked(&ws, &["hallengrn"]).len(), 10);
}

#[test]
fn stop_words_are_optional_but_phrases_keep_them() {
    let ws = indexed();
    assert_eq!(ws.search("patientmiljarden och"), seeds(&["000", "001"]));
    assert_eq!(ws.search("patientmiljarden"), seeds(&["000", "001"]));
    assert_eq!(ws.search("\"god och nära vård\""), seeds(&["003", "004"]));
    assert!(ws.search("\"god i nära vård\"").is_empty());
}

#[test]
fn stop_words_with_å_ä_ö_are_optional_too() {
    let ws = corpus_of(&[("a.txt", "Rubrik\n\nTandvården blir billigare.")]);
    for query in [
        "tandvården och",
        "tandvården för",
        "tandvården på",
        "tandvården är",
    ] {
        assert_eq!(ranked(&ws, &[query]), vec!["a.txt"], "{query}");
    }
    // A word that only folds to a stop word is still a word of the query.
    assert!(ranked(&ws, &["tandvården år"]).is_empty());
}

#[test]
fn title_ranks_above_body_and_entities_above_text() {
    let ws = corpus_of(&[
        (
            "brodtext.txt",
            "Rubrik om annat\n\nHär nämns tandvården en gång.",
        ),
        (
            "rubrik.txt",
            "Tandvården får mer\n\nText om annat helt och hållet.",
        ),
    ]);
    assert_eq!(
        ranked(&ws, &["tandvården"]),
        vec!["rubrik.txt", "brodtext.txt"]
    );
    let ws = corpus_of(&[
        (
            "namn.txt",
            "Rubrik\n\nEn gata uppkallad efter Hallengren, säger Per Olsson.",
        ),
        (
            "minister.txt",
            "Rubrik\n\nDetta säger socialminister Lena Hallengren.",
        ),
    ]);
    assert_eq!(
        ranked(&ws, &["hallengren"]),
        vec!["minister.txt", "namn.txt"]
    );
}

#[test]
fn equal_scores_put_newer_releases_first_and_sorting_works() {
    let ws = indexed();
    // A filter alone scores every match alike: the newest comes first.
    let filtered = ranked(&ws, &["amount:>=1000000000"]);
    assert_eq!(filtered[..2], [seed("004"), seed("002")]);
    assert_eq!(
        ranked(&ws, &["--sort", "date", "*"])[..2],
        [seed("004"), seed("002")]
    );
    let by_amount = ranked(&ws, &["--sort", "amount", "*"]);
    assert_eq!(by_amount[..3], [seed("004"), seed("003"), seed("000")]);
}

#[test]
fn paging_with_limit_and_offset() {
    let ws = indexed();
    let all = ranked(&ws, &["--sort", "amount", "*"]);
    let page = ranked(
        &ws,
        &["--sort", "amount", "--limit", "2", "--offset", "2", "*"],
    );
    assert_eq!(page, all[2..4]);
}

#[test]
fn facet_counts_equal_what_the_gold_entities_imply() {
    let ws = indexed();
    let output = ws.run(&["search", "--json", "--facets", "*"]);
    assert!(output.status.success());
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let facets = &json["facets"];
    let gold: Value = serde_json::from_str(include_str!("fixtures/gold_seeds.json")).unwrap();
    let documents = gold["documents"].as_array().unwrap();
    let count = |kind: &str, value: &str| -> u64 {
        facets[kind]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["value"] == value)
            .map_or(0, |entry| entry["count"].as_u64().unwrap())
    };
    let mut expected: std::collections::BTreeMap<(String, String), u64> = Default::default();
    for doc in documents {
        for minister in doc["ministers"].as_array().unwrap() {
            *expected
                .entry(("minister".into(), minister["name"].as_str().unwrap().into()))
                .or_default() += 1;
        }
        for (kind, key) in [("region", "regions"), ("organization", "organizations")] {
            for value in doc[key].as_array().unwrap() {
                *expected
                    .entry((kind.into(), value.as_str().unwrap().into()))
                    .or_default() += 1;
            }
        }
        if let Some(date) = doc["published"].as_str() {
            *expected
                .entry(("year".into(), date[..4].into()))
                .or_default() += 1;
        }
    }
    for ((kind, value), n) in &expected {
        assert_eq!(count(kind, value), *n, "{kind} {value}: {facets}");
    }
    let agreements: u64 = facets["agreement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["count"].as_u64().unwrap())
        .sum();
    let gold_agreements: usize = documents
        .iter()
        .map(|doc| doc["agreements"].as_array().unwrap().len())
        .sum();
    assert_eq!(agreements as usize, gold_agreements);
    // Facets count the matches of the query only.
    let output = ws.run(&["search", "--json", "--facets", "minister:hallengren"]);
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["facets"]["year"][0]["value"], "2022");
    assert_eq!(json["facets"]["year"].as_array().unwrap().len(), 1);
}

#[test]
fn snippets_show_the_best_passage_with_words_entities_and_amounts_marked() {
    let ws = indexed();
    let hit = &ws.search_json("hudcancer")["hits"][0];
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains("<b>hudcancer</b>"), "{snippet}");
    assert!(
        !snippet.starts_with("44 miljoner"),
        "not the first lines: {snippet}"
    );

    let hit = &ws.search_json("minister:hallengren")["hits"][0];
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains("<b>Lena Hallengren</b>"), "{snippet}");

    let json = ws.search_json("amount:>\"10 miljarder\"");
    let hit = &json["hits"][0];
    assert_eq!(hit["path"], seed("004"));
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("<b>Nära 11 miljarder kronor</b>"),
        "{snippet}"
    );
    let amounts = hit["snippet_amounts"].as_array().unwrap();
    assert!(
        amounts.iter().any(|a| a["sek"] == 11_000_000_000u64),
        "{amounts:?}"
    );

    let text = ws.run(&["search", "amount:>\"10 miljarder\""]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Nära 11 miljarder kronor = 11 000 000 000 kr"),
        "{text}"
    );
}
