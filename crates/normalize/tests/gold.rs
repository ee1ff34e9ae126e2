//! Scores `extract` against gold standards (`cargo test -p pressarkiv-normalize --test
//! gold -- --nocapture` prints the tables): the five seed releases, and the probe set
//! (`tests/fixtures/probe/`, releases written to differ from the development set in
//! sender, decade and layout, annotated before the extractor was run on them), and the
//! later probe sets (`tests/fixtures/probe2/`, `probe3/`, `probe5/` … `probe151/`), each
//! written and annotated blind, its README holding its blind scores, to estimate how the
//! rules carry over.

#[path = "../../cli/tests/common/gold_score.rs"]
mod gold_score;

use std::collections::BTreeMap;
use std::path::Path;

use pressarkiv_normalize::{extract, Extraction};
use serde_json::{json, Value};

/// An extraction in the gold shape.
fn gold_json(file: &str, e: &Extraction) -> Value {
    json!({
        "file": file,
        "title": e.title,
        "published": e.published,
        "department": e.department,
        "amounts": e.amounts.iter().map(|a| json!({
            "text": a.text, "sek": a.sek, "qualifier": a.qualifier,
            "region": a.region, "table": a.table,
        })).collect::<Vec<_>>(),
        "ministers": e.ministers.iter().map(|m| json!({"name": m.name, "title": m.title})).collect::<Vec<_>>(),
        "agreements": e.agreements.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
        "regions": e.regions.iter().map(|r| r.name.clone()).collect::<Vec<_>>(),
        "organizations": e.organizations.iter().map(|o| o.name.clone()).collect::<Vec<_>>(),
    })
}

/// A corpus file as text: UTF-8, or else ISO-8859-1 (an e-mailed release of the 2000s),
/// byte for character, as pressarkiv-ingest decodes it before `extract` sees it.
fn read_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    String::from_utf8(bytes)
        .unwrap_or_else(|e| e.into_bytes().iter().map(|&b| char::from(b)).collect())
}

/// Extracts every file a gold file lists, prints what each file missed and the
/// per-kind table, and returns the corpus scores.
fn score(gold_path: &Path, corpus: &Path) -> BTreeMap<&'static str, gold_score::Counts> {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
    let gold_docs = gold["documents"].as_array().unwrap().clone();
    let mut predicted = Vec::new();
    for doc in &gold_docs {
        let file = doc["file"].as_str().unwrap();
        let raw = read_text(&corpus.join(file));
        let extraction = extract(&raw);
        for a in &extraction.amounts {
            assert_eq!(&extraction.text[a.span.start..a.span.end], a.text, "{file}");
        }
        let pred = gold_json(file, &extraction);
        let scores = gold_score::score_document(doc, &pred);
        let misses: Vec<_> = scores
            .iter()
            .filter(|(_, c)| c.fp + c.fn_ > 0)
            .map(|(k, c)| format!("{k} {c:?}"))
            .collect();
        if !misses.is_empty() {
            println!(
                "{file}: {}\n{}\n",
                misses.join(", "),
                serde_json::to_string_pretty(&pred).unwrap()
            );
        }
        predicted.push(pred);
    }
    let scores = gold_score::score_corpus(&gold_docs, &predicted);
    println!("{}", gold_score::table(&scores));
    scores
}

#[test]
fn seeds_match_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scores = score(
        &root.join("../cli/tests/fixtures/gold_seeds.json"),
        &root.join("../cli/tests/fixtures/seeds"),
    );
    for kind in ["amounts", "amount_regions", "ministers"] {
        assert_eq!(scores[kind].f1(), 1.0, "{kind}: {:?}", scores[kind]);
    }
    for kind in [
        "agreements",
        "regions",
        "organizations",
        "published",
        "title",
    ] {
        assert!(scores[kind].f1() >= 0.9, "{kind}: {:?}", scores[kind]);
    }
}

/// Per kind, the probe set's F1 below which a change counts as a regression. The floors
/// sit under the measured scores, not at 1.0: the set measures how rules written for
/// general patterns carry to unseen releases, and must not become a target to fit.
const PROBE_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 0.8),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.85),
    ("department", 0.8),
];

/// Scores a probe set under `tests/fixtures/` and fails on any kind below its floor.
fn assert_probe_floors(dir: &str, floors: &[(&str, f64)]) {
    let probe = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let scores = score(&probe.join("gold.json"), &probe.join("corpus"));
    for &(kind, floor) in floors {
        assert!(
            scores[kind].f1() >= floor,
            "{dir} {kind}: F1 {:.3} below {floor}: {:?}",
            scores[kind].f1(),
            scores[kind]
        );
    }
}

#[test]
fn probe_set_scores_above_its_floors() {
    assert_probe_floors("probe", &PROBE_FLOORS);
}

/// Per kind, the second probe set's F1 below which a change counts as a regression; like
/// [`PROBE_FLOORS`], under the measured scores (the blind scores are in its README).
///
/// The four .html files are scored here as raw markup, which `extract` never sees in the
/// pipeline (pressarkiv-ingest turns HTML into text first): their tables, dates and
/// headlines miss in this test, so the amounts, published, title and department floors
/// sit lower than the pipeline's scores (README of the set).
const PROBE2_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.8),
    ("ministers", 0.93),
    ("regions", 0.97),
    ("organizations", 0.96),
    ("agreements", 0.9),
    ("published", 0.85),
    ("title", 0.78),
    ("department", 0.6),
];

#[test]
fn probe2_set_scores_above_its_floors() {
    assert_probe_floors("probe2", &PROBE2_FLOORS);
}

/// Per kind, the third probe set's F1 below which a change counts as a regression; like
/// [`PROBE2_FLOORS`], under the scores of `extract` on the raw files, where the five
/// .html files are read as markup and the .md files' pipe tables as text (the pipeline's scores, and the blind ones, are in
/// its README and in the CLI's `extract_dev` test).
const PROBE3_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.8),
    ("amount_regions", 0.45),
    ("ministers", 0.9),
    ("regions", 0.95),
    ("organizations", 0.9),
    ("agreements", 0.9),
    ("published", 0.85),
    ("title", 0.6),
    // Both departments stand in the markup of the two regeringen.se pages: read raw,
    // neither is found (through the pipeline both are).
    ("department", 0.0),
];

#[test]
fn probe3_set_scores_above_its_floors() {
    assert_probe_floors("probe3", &PROBE3_FLOORS);
}

/// Per kind, the fifth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the four .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE5_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.9),
    ("amount_regions", 0.75),
    ("ministers", 0.93),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.85),
    ("published", 0.9),
    ("title", 0.6),
    ("department", 0.6),
];

#[test]
fn probe5_set_scores_above_its_floors() {
    assert_probe_floors("probe5", &PROBE5_FLOORS);
}

/// Per kind, the sixth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the three .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE6_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 0.85),
    ("ministers", 0.9),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.6),
    ("department", 0.85),
];

#[test]
fn probe6_set_scores_above_its_floors() {
    assert_probe_floors("probe6", &PROBE6_FLOORS);
}

/// Per kind, the seventh probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the six .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE7_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 0.9),
    ("ministers", 0.85),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.8),
    ("published", 0.75),
    ("title", 0.5),
    ("department", 0.3),
];

#[test]
fn probe7_set_scores_above_its_floors() {
    assert_probe_floors("probe7", &PROBE7_FLOORS);
}

/// Per kind, the eighth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the eight .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE8_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.75),
    ("amount_regions", 0.7),
    ("ministers", 0.75),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.8),
    ("published", 0.85),
    ("title", 0.4),
    ("department", 0.3),
];

#[test]
fn probe8_set_scores_above_its_floors() {
    assert_probe_floors("probe8", &PROBE8_FLOORS);
}

/// Per kind, the ninth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the six .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE9_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.65),
    ("amount_regions", 0.6),
    ("ministers", 0.7),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.85),
    ("title", 0.45),
    ("department", 0.7),
];

#[test]
fn probe9_set_scores_above_its_floors() {
    assert_probe_floors("probe9", &PROBE9_FLOORS);
}

/// Per kind, the tenth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the four .html files read as markup, the
/// Markdown as text, its table's pipes and all). The pipeline's scores, blind and after,
/// are in its README.
const PROBE10_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.8),
    ("amount_regions", 0.8),
    ("ministers", 0.5),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.85),
    ("published", 0.7),
    ("title", 0.5),
    ("department", 0.45),
];

#[test]
fn probe10_set_scores_above_its_floors() {
    assert_probe_floors("probe10", &PROBE10_FLOORS);
}

/// Per kind, the eleventh probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the four .html files read as markup, the
/// Markdown as text). The pipeline's scores, blind and after, are in its README.
const PROBE11_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.7),
    ("amount_regions", 0.6),
    ("ministers", 0.6),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.7),
    ("published", 0.75),
    ("title", 0.45),
    ("department", 0.75),
];

#[test]
fn probe11_set_scores_above_its_floors() {
    assert_probe_floors("probe11", &PROBE11_FLOORS);
}

/// Per kind, the twelfth probe set's F1 below which a change counts as a regression; under
/// the scores of `extract` on the raw files (the seven .html pages read as markup, chrome
/// and all, the Markdown as text), which sit far under the pipeline's. The pipeline's
/// scores, blind and after, are in its README.
const PROBE12_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.62),
    ("amount_regions", 0.45),
    ("ministers", 0.65),
    ("regions", 0.7),
    ("organizations", 0.75),
    ("agreements", 0.9),
    ("published", 0.35),
    ("title", 0.1),
    ("department", 0.3),
];

#[test]
fn probe12_set_scores_above_its_floors() {
    assert_probe_floors("probe12", &PROBE12_FLOORS);
}

/// Per kind, the thirteenth probe set's F1 below which a change counts as a regression; the
/// scores of `extract` on the raw files after the rules of branch probe13, rounded down
/// (the five .html files read as markup, the Markdown with its front matter; blind, the
/// same test scored amount_regions 0.364, agreements 0.711, organizations 0.897). The
/// pipeline's scores, blind and after, are in its README.
const PROBE13_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.61),
    ("ministers", 0.77),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.88),
    ("published", 0.81),
    ("title", 0.46),
    ("department", 0.8),
];

#[test]
fn probe13_set_scores_above_its_floors() {
    assert_probe_floors("probe13", &PROBE13_FLOORS);
}

/// Per kind, the fourteenth probe set's F1 below which a change counts as a regression; the
/// scores of `extract` on the raw files after the rules of branch probe14, rounded down
/// (the five .html files read as markup; blind, the same test scored organizations 0.796
/// and published 0.900). The pipeline's scores, blind and after, are in its README.
const PROBE14_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 0.85),
    ("ministers", 0.76),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.9),
    ("title", 0.58),
    ("department", 1.0),
];

#[test]
fn probe14_set_scores_above_its_floors() {
    assert_probe_floors("probe14", &PROBE14_FLOORS);
}

/// Per kind, the fifteenth probe set's F1 below which a change counts as a regression; the
/// scores of `extract` on the raw files after the rules of branch probe15, rounded down
/// (the four .html files read as markup; blind, the same test scored amount_regions
/// 0.667, ministers 0.824, agreements 0.889 and organizations 0.810). The pipeline's
/// scores, blind and after, are in its README.
const PROBE15_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.82),
    ("ministers", 0.88),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.85),
    ("title", 0.66),
    ("department", 0.8),
];

#[test]
fn probe15_set_scores_above_its_floors() {
    assert_probe_floors("probe15", &PROBE15_FLOORS);
}

/// Per kind, the sixteenth probe set's F1 below which a change counts as a regression; the
/// scores of `extract` on the raw files after the rules of branch probe16, the join of
/// lines wrapped before a capital (`clean.rs`) and the one-word union names, rounded down (the four .html files read as markup; blind, the same test scored amounts 0.974,
/// amount_regions 0.857, ministers 0.667, organizations 0.818, published 0.952, title
/// 0.545 and department 0.000). The pipeline's scores, blind and after, are in its README.
const PROBE16_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 0.95),
    ("title", 0.63),
    ("department", 0.0),
];

#[test]
fn probe16_set_scores_above_its_floors() {
    assert_probe_floors("probe16", &PROBE16_FLOORS);
}

/// Per kind, the seventeenth probe set's F1 below which a change counts as a regression; the
/// scores of `extract` on the raw files after the rules of branch probe17, rounded down
/// (the four .html files read as markup; blind, the same test scored amount_regions
/// 0.667, organizations 0.833 and title 0.583). The pipeline's scores, blind and after,
/// are in its README.
const PROBE17_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 1.0),
    ("ministers", 0.5),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 0.8),
    ("title", 0.66),
    ("department", 0.0),
];

#[test]
fn probe17_set_scores_above_its_floors() {
    assert_probe_floors("probe17", &PROBE17_FLOORS);
}

/// Per kind, the eighteenth probe set's F1 below which a change counts as a regression
/// (weighted toward agreements and ministers as ordinary releases of 2015–2025 write
/// them); the scores of `extract` on the raw files after the rules of branch probe18,
/// rounded down (the six .html files read as markup, the front matter of a .md file as
/// text; blind, the same test scored amounts 0.935, amount_regions 0.545, ministers
/// 0.364, agreements 0.692, organizations 0.948, published 0.800, title 0.417 and
/// department 0.333). The pipeline's scores, blind and after, are in its README.
const PROBE18_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 0.87),
    ("ministers", 0.36),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.82),
    ("published", 0.8),
    ("title", 0.41),
    ("department", 0.33),
];

#[test]
fn probe18_set_scores_above_its_floors() {
    assert_probe_floors("probe18", &PROBE18_FLOORS);
}

/// Per kind, the twenty-second probe set's F1 below which a change counts as a
/// regression (weighted toward organizations as the releases of municipalities, regions
/// and local bodies name them); the scores of `extract` on the raw files after the rules
/// of branch probe22, rounded down (the four .html files read as markup, so their titles
/// and two dates do not match; the title's 0.500 one step lower, as it sits on the
/// boundary; blind, the same test scored organizations 0.762 against the corrected
/// gold and the same for every other kind). The pipeline's scores, blind and after, are
/// in its README.
const PROBE22_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 0.0),
    ("published", 0.9),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe22_set_scores_above_its_floors() {
    assert_probe_floors("probe22", &PROBE22_FLOORS);
}

/// Per kind, the twenty-third probe set's F1 below which a change counts as a
/// regression (weighted toward agreements as regions, municipalities, county boards, SKR
/// and agencies name them); the scores of `extract` on the raw files after the rules of
/// branch probe23, rounded down (the .html files read as markup, so their titles, dates
/// and minister do not match; amount_regions' 0.750 one step lower, as it
/// sits on the boundary; blind, the same test scored agreements 0.714 and the
/// same for every other kind). The pipeline's scores, blind and after, are in its README.
const PROBE23_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.9),
    ("amount_regions", 0.74),
    ("ministers", 0.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.83),
    ("published", 0.85),
    ("title", 0.41),
    ("department", 1.0),
];

#[test]
fn probe23_set_scores_above_its_floors() {
    assert_probe_floors("probe23", &PROBE23_FLOORS);
}

/// Per kind, the twenty-fourth probe set's F1 below which a change counts as a regression
/// (a third unbiased sample of ordinary releases of 2008–2025 on research, elderly care,
/// social services, drinking water, business grants, primary care, charging points,
/// school buildings, integration, a hospital donation, a nursing home and public
/// transport); the scores of `extract` on the raw files after the rule of branch probe24,
/// rounded down, one step more where a score sits on its boundary (the five .html files
/// read as markup, the front matter of a .md file as text; blind, the same test scored
/// organizations 0.912 and the same for every other kind). The pipeline's scores, blind
/// and after, are in its README.
const PROBE24_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 0.73),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe24_set_scores_above_its_floors() {
    assert_probe_floors("probe24", &PROBE24_FLOORS);
}

/// Per kind, the twenty-sixth probe set's F1 below which a change counts as a regression
/// (a fourth unbiased sample of ordinary releases of 2008–2025 from municipalities,
/// regions, county boards, agencies and SKR: budgets, buses, nature grants, a road, social
/// services, a school, culture grants, business grants by county, sports grounds, crisis
/// aid, broadband, district heating, a nursing home, an emergency ward); the scores of
/// `extract` on the raw files after the rule of branch probe26, rounded down, one step
/// more where a score sits on its boundary (the six .html files read as markup, the front
/// matter of a .md file as text; blind, the same test scored regions 0.966 and the same
/// for every other kind). The pipeline's scores, blind and after, are in its README.
const PROBE26_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 0.0),
    ("ministers", 0.85),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.49),
    ("department", 1.0),
];

#[test]
fn probe26_set_scores_above_its_floors() {
    assert_probe_floors("probe26", &PROBE26_FLOORS);
}

/// Per kind, the twenty-fifth probe set's F1 below which a change counts as a regression
/// (weighted toward agreements as releases of 2006–2023 name them: by topic and year,
/// by an acronym compound, in a list under a plural headline, with a purpose clause,
/// between the state and a named group of regions, run over a hard wrap); the scores of
/// `extract` on the raw files after the rules of branch probe25, rounded down, one step
/// more where a score sits on its boundary (the five .html files read as markup, the
/// front matter of a .md file as text; blind, the same test scored agreements 0.788 and
/// the same for every other kind). The pipeline's scores, blind and after, are in its
/// README.
const PROBE25_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.79),
    ("ministers", 0.61),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 0.96),
    ("published", 0.73),
    ("title", 0.41),
    ("department", 0.49),
];

#[test]
fn probe25_set_scores_above_its_floors() {
    assert_probe_floors("probe25", &PROBE25_FLOORS);
}

/// Per kind, the twenty-seventh probe set's F1 below which a change counts as a regression
/// (news-wire reposts and old page saves of 2003–2014, page chrome kept); the scores of
/// `extract` on the raw files after the rules of branch probe27, rounded down, one step
/// more where a score sits on its boundary (the seven .html files read as markup; blind,
/// the same test scored published 0.500, title 0.333 and the same for every other kind).
/// The pipeline's scores, blind and after, are in its README.
const PROBE27_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 0.33),
    ("ministers", 0.93),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 0.79),
    ("published", 0.58),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe27_set_scores_above_its_floors() {
    assert_probe_floors("probe27", &PROBE27_FLOORS);
}

/// Per kind, the twenty-ninth probe set's F1 below which a change counts as a regression
/// (weighted toward agreements as regions, municipalities and the government name them,
/// 2012–2024: in a relative clause, as table rows and list items, by a care contract's
/// compound); the scores of `extract` on the raw files after the rules of branch
/// probe29, rounded down, one step more where a score sits on its boundary (the five
/// .html files read as markup, the front matter of a .md file as text; blind, on the
/// corrected gold, the same test scored agreements 0.519 and the same for every other
/// kind). The pipeline's scores, blind and after, are in its README.
const PROBE29_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.85),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 0.73),
    ("published", 0.9),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe29_set_scores_above_its_floors() {
    assert_probe_floors("probe29", &PROBE29_FLOORS);
}

/// Per kind, the twenty-eighth probe set's F1 below which a change counts as a regression
/// (a plain sample of 2013–2025 shaped like the held-out set, page chrome kept); the
/// scores of `extract` on the raw files after the rules of branch probe28, rounded down,
/// one step more where a score sits on its boundary (the seven .html files read as
/// markup, so their tables, most of their dates and titles and two ministers do not come
/// out here; the pipeline's scores, blind and after, are in its README).
const PROBE28_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe28_set_scores_above_its_floors() {
    assert_probe_floors("probe28", &PROBE28_FLOORS);
}

/// Per kind, the thirtieth probe set's F1 below which a change counts as a regression (a
/// plain sample of 2003–2012 as saved then, page chrome kept); the scores of `extract` on
/// the raw files after the rules of branch probe30, rounded down, one step more where a
/// score sits on its boundary (the six .html files read as markup; blind, the same test
/// scored amount_regions 0.684 and the same for every other kind). The pipeline's
/// scores, blind and after, are in its README.
const PROBE30_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 0.71),
    ("ministers", 0.9),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe30_set_scores_above_its_floors() {
    assert_probe_floors("probe30", &PROBE30_FLOORS);
}

/// Per kind, the thirty-first probe set's F1 below which a change counts as a regression
/// (a plain sample of 2007–2025 weighted toward the bodies releases name, page chrome
/// kept); the scores of `extract` on the raw files after the rules of branch probe31,
/// rounded down, one step more where a score sits on its boundary (the six .html files
/// read as markup; blind, the same test scored amount_regions 0.800 and the same for
/// every other kind). The pipeline's scores, blind and after, are in its README.
const PROBE31_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 0.89),
    ("organizations", 0.85),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe31_set_scores_above_its_floors() {
    assert_probe_floors("probe31", &PROBE31_FLOORS);
}

/// Per kind, the thirty-seventh probe set's F1 below which a change counts as a
/// regression (organizations as releases of 2003–2025 name them, page chrome kept); the
/// blind scores of `extract` on the raw files, rounded down to a step of 0.01, one step
/// more where a score sits on its boundary (title 0.500; the six .html files read as
/// markup: their titles, four dates, a minister, the department and six sums next to
/// tags miss here). No rule was written against the set; the pipeline's scores are in
/// its README.
const PROBE37_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 0.87),
    ("organizations", 0.77),
    ("agreements", 0.66),
    ("published", 0.83),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe37_set_scores_above_its_floors() {
    assert_probe_floors("probe37", &PROBE37_FLOORS);
}

/// Per kind, the thirty-eighth probe set's F1 below which a change counts as a
/// regression (organizations as releases of 2003–2025 name them, page chrome kept); the
/// blind scores of `extract` on the raw files, rounded down to a step of 0.01 (the six
/// .html files read as markup: their titles, dates, two ministers, two departments and
/// four table sums miss here, and the two .md files' front matter gives their titles;
/// amount_regions 0.000: the gold ties no sum to a region and two are tied). No rule was
/// written against the set; the pipeline's scores are in its README.
const PROBE38_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 0.57),
    ("organizations", 0.79),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe38_set_scores_above_its_floors() {
    assert_probe_floors("probe38", &PROBE38_FLOORS);
}

/// Per kind, the twentieth probe set's F1 below which a change counts as a regression
/// (weighted toward sums and the regions they go to, in running text); the scores of
/// `extract` on the raw files after the rules of branch probe20, rounded down (the five
/// .html files read as markup, the front matter of a .md file as text; blind, the same
/// test scored amount_regions 0.812 and the same for every other kind). The pipeline's
/// scores, blind and after, are in its README.
const PROBE20_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 0.88),
    ("ministers", 0.5),
    ("regions", 1.0),
    ("organizations", 1.0),
    ("agreements", 1.0),
    ("published", 0.9),
    ("title", 0.5),
    ("department", 0.0),
];

#[test]
fn probe20_set_scores_above_its_floors() {
    assert_probe_floors("probe20", &PROBE20_FLOORS);
}

/// Per kind, the twenty-first probe set's F1 below which a change counts as a regression
/// (an unbiased sample of ordinary releases of 2011–2025 on culture, housing, water,
/// rail, schools, sport, civil protection and digitalization); the scores of `extract`
/// on the raw files after the rules of branch probe21, rounded down, one step more where
/// a score sits on its boundary (the five .html files read as markup, the front matter
/// of a .md file as text; blind, on the gold as corrected, the same test scored
/// organizations 0.901 and the same for every other kind). The pipeline's scores, blind
/// and after, are in its README.
const PROBE21_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.9),
    ("amount_regions", 1.0),
    ("ministers", 0.49),
    ("regions", 0.85),
    ("organizations", 0.93),
    ("agreements", 0.66),
    ("published", 0.73),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe21_set_scores_above_its_floors() {
    assert_probe_floors("probe21", &PROBE21_FLOORS);
}

/// Per kind, the nineteenth probe set's F1 below which a change counts as a regression
/// (weighted toward publication dates and headlines as real page saves and mails of
/// 2016–2025 carry them); the scores of `extract` on the raw files after the rules of
/// branch probe19, rounded down (the six .html files read as markup, the front matter
/// of a .md file as text; blind, the same test scored organizations 0.824 and title
/// 0.250, every other kind as now). The pipeline's scores, blind and after, are in its
/// README.
const PROBE19_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 0.85),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.58),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe19_set_scores_above_its_floors() {
    assert_probe_floors("probe19", &PROBE19_FLOORS);
}

/// Per kind, the thirty-sixth probe set's F1 below which a change counts as a regression
/// (news-wire reposts and regions' own releases, 2003–2025, page chrome kept); the scores
/// of `extract` on the raw files after the rules of branch probe36, rounded down (the six
/// .html files read as markup; blind, the same test scored amounts 0.852 and
/// amount_regions 0.500, every other kind as now). The pipeline's scores, blind and
/// after, are in its README.
const PROBE36_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.64),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 0.63),
    ("title", 0.46),
    ("department", 1.0),
];

#[test]
fn probe36_set_scores_above_its_floors() {
    assert_probe_floors("probe36", &PROBE36_FLOORS);
}

/// Per kind, the thirty-third probe set's F1 below which a change counts as a regression
/// (weighted toward agreements in fields the earlier sets used little: e-hälsa,
/// läkemedel, nyanlända, yrkesvux, kollektivtrafik, bredband, landsbygdsprogrammet, EU
/// funds); the scores of `extract` on the raw files after the rules of branch probe33,
/// rounded down, one step more where a score sits on its boundary (the five .html files
/// read as markup; blind, the same test scored agreements 0.878 and amount_regions 0.000
/// on the gold as first committed). The pipeline's scores are in its README.
const PROBE33_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.72),
    ("regions", 1.0),
    ("organizations", 1.0),
    ("agreements", 1.0),
    ("published", 0.9),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe33_set_scores_above_its_floors() {
    assert_probe_floors("probe33", &PROBE33_FLOORS);
}

/// Per kind, the thirty-fourth probe set's F1 below which a change counts as a regression
/// (a plain sample of county boards, agencies, municipalities and regions' committees,
/// 2004–2025, page chrome kept); the scores of `extract` on the raw files after the rules
/// of branch probe34, rounded down, one step more where a score sits on its boundary (the
/// six .html files read as markup; blind, the same test scored amounts 0.919,
/// amount_regions 0.375 and regions 0.950). The pipeline's scores, blind and after, are
/// in its README.
const PROBE34_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 0.46),
    ("ministers", 0.79),
    ("regions", 0.97),
    ("organizations", 0.81),
    ("agreements", 1.0),
    ("published", 0.69),
    ("title", 0.46),
    ("department", 1.0),
];

#[test]
fn probe34_set_scores_above_its_floors() {
    assert_probe_floors("probe34", &PROBE34_FLOORS);
}

/// Per kind, the thirty-second probe set's F1 below which a change counts as a regression
/// (a plain sample of regeringen.se and SKR/SKL releases, 2006–2025, page chrome kept);
/// the scores of `extract` on the raw files after the rules of branch probe32, rounded
/// down, one step more where a score sits on its boundary (the seven .html files read as
/// markup; blind, the same test scored amounts 0.839 and the same for every other kind).
/// The pipeline's scores, blind and after, are in its README.
const PROBE32_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.84),
    ("amount_regions", 0.62),
    ("ministers", 0.42),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.39),
    ("published", 0.66),
    ("title", 0.33),
    ("department", 0.39),
];

#[test]
fn probe32_set_scores_above_its_floors() {
    assert_probe_floors("probe32", &PROBE32_FLOORS);
}

/// Per kind, the thirty-fifth probe set's F1 below which a change counts as a regression
/// (weighted toward agreements in fields the earlier sets used little: libraries and
/// culture, Sami affairs, sport, the prison service, the police, pre-school, climate
/// adaptation, forestry, civil defence and crisis management); the scores of `extract` on
/// the raw files after the rules of branch probe35, rounded down, one step more where a
/// score sits on its boundary (the five .html files read as markup; blind, the same test
/// scored agreements 0.750 and the same for every other kind). The pipeline's scores are
/// in its README.
const PROBE35_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 1.0),
    ("ministers", 0.74),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.82),
    ("published", 0.85),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe35_set_scores_above_its_floors() {
    assert_probe_floors("probe35", &PROBE35_FLOORS);
}

/// Per kind, the thirty-ninth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set's mix, 2005–2023, page chrome kept); the scores of
/// `extract` on the raw files after the rules of branch probe39, rounded down to a step
/// of 0.01, one step more where a score sits on its boundary (ministers 0.750, published
/// 0.700; the six .html files read as markup: their titles, dates, two ministers, two
/// departments, two tables and three sums next to tags miss here; blind, the same test
/// scored amount_regions 0.636 and the same for every other kind). The pipeline's
/// scores, blind and after, are in its README.
const PROBE39_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 0.66),
    ("ministers", 0.74),
    ("regions", 0.97),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 0.69),
    ("title", 0.46),
    ("department", 0.57),
];

#[test]
fn probe39_set_scores_above_its_floors() {
    assert_probe_floors("probe39", &PROBE39_FLOORS);
}

/// Per kind, the fortieth probe set's F1 below which a change counts as a regression
/// (agreements in the releases of 2003–2025, page chrome kept); the scores of `extract`
/// on the raw files after the rules of branch probe40, rounded down to a step of 0.01
/// (the five .html files read as markup: their titles, three dates, a minister's title,
/// the departments and the sums of a list and a table next to tags miss here; blind, the
/// same test scored agreements 0.784 and the same for every other kind). The pipeline's
/// scores, blind and after, are in its README.
const PROBE40_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.72),
    ("amount_regions", 0.66),
    ("ministers", 0.88),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.9),
    ("published", 0.85),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe40_set_scores_above_its_floors() {
    assert_probe_floors("probe40", &PROBE40_FLOORS);
}

/// Per kind, the forty-first probe set's F1 below which a change counts as a regression
/// (organizations as releases of 2003–2025 name them, page chrome kept); the blind scores
/// of `extract` on the raw files (amount_regions 0.500, regions 0.778, organizations
/// 0.814, agreements 0.667, published 0.667, title 0.429, the rest 1.000; the six .html
/// files read as markup, so their titles and dates miss here, as do the two .md files'
/// titles and one front matter's date), rounded down to a step of 0.01, one step more for amount_regions, which sits
/// on its boundary. No rule was written against the set. The pipeline's scores are in its
/// README.
const PROBE41_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 0.49),
    ("ministers", 1.0),
    ("regions", 0.77),
    ("organizations", 0.81),
    ("agreements", 0.66),
    ("published", 0.66),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe41_set_scores_above_its_floors() {
    assert_probe_floors("probe41", &PROBE41_FLOORS);
}

/// Per kind, the forty-second probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set's mix, 2003–2024, page chrome kept); the scores of
/// `extract` on the raw files after the rules of branch probe42, rounded down to a step of
/// 0.01, one step more for organizations and published, which sit on their boundaries
/// (the six .html files read as markup: their titles, dates, two ministers, two
/// departments, a table and a list next to tags miss here; blind, the same test scored
/// amounts 0.870 and amount_regions 0.267 and the same for every other kind). The
/// pipeline's scores, blind and after, are in its README.
const PROBE42_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 0.28),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.69),
    ("title", 0.46),
    ("department", 0.66),
];

#[test]
fn probe42_set_scores_above_its_floors() {
    assert_probe_floors("probe42", &PROBE42_FLOORS);
}

/// Per kind, the forty-third probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set's mix, 2005–2023, page chrome kept, written blind
/// and weighted to no kind but naming many bodies); the blind scores of `extract` on the
/// raw files, rounded down to a step of 0.01 (the six .html files read as markup: their
/// titles, dates, two ministers, two departments and two sums next to tags miss here).
/// The pipeline's scores are in its README.
const PROBE43_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.96),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 0.66),
    ("organizations", 0.81),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe43_set_scores_above_its_floors() {
    assert_probe_floors("probe43", &PROBE43_FLOORS);
}

/// Per kind, the forty-fourth probe set's F1 below which a change counts as a regression
/// (weighted toward agreements, 2003–2025, page chrome kept); the scores of `extract` on
/// the raw files after the rules of branch probe44, rounded down to a step of 0.01, one
/// step more for amount_regions, published and title, which sit on their boundaries (the
/// five .html files read as markup: their titles, dates, departments, a table and list
/// items next to tags miss here; blind, the same test scored agreements 0.760 and the
/// same for every other kind). The pipeline's scores, blind and after, are in its README.
const PROBE44_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.68),
    ("amount_regions", 0.24),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.85),
    ("published", 0.79),
    ("title", 0.49),
    ("department", 0.0),
];

#[test]
fn probe44_set_scores_above_its_floors() {
    assert_probe_floors("probe44", &PROBE44_FLOORS);
}

/// Per kind, the forty-fifth probe set's F1 below which a change counts as a regression
/// (weighted toward organizations, 2005–2023, page chrome kept, no rule written against it);
/// the blind scores of `extract` on the raw files (amounts 0.978, ministers 0.667,
/// organizations 0.873, published 0.783, title 0.500, department 0.667, 1.000 for the rest;
/// the six .html files read as markup: their titles, five dates, a minister, a department
/// and a sum next to tags miss here), rounded down one step of 0.01, one step more for title,
/// which sits on its boundary. The pipeline's blind scores are in its README.
const PROBE45_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.49),
    ("department", 0.66),
];

#[test]
fn probe45_set_scores_above_its_floors() {
    assert_probe_floors("probe45", &PROBE45_FLOORS);
}

/// Per kind, the forty-sixth probe set's F1 below which a change counts as a regression (a
/// plain sample of the held-out set, organizations as its senders name them, 2004–2024,
/// page chrome kept; the set writes no rule): the blind scores of `extract` on the raw
/// files rounded down one step (0.01), one step more for department, which sits on its
/// boundary (0.400; the six .html files read as markup: their titles, dates,
/// departments, two ministers and two sums next to tags miss here, and the Markdown front
/// matter gives a title and one more sum). The pipeline's blind scores are in its README.
const PROBE46_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.39),
];

#[test]
fn probe46_set_scores_above_its_floors() {
    assert_probe_floors("probe46", &PROBE46_FLOORS);
}

/// Per kind, the forty-seventh probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set's mix, 2016–2025, page chrome kept); the scores of
/// `extract` on the raw files after the rules of branch probe47, rounded down to a step of
/// 0.01, one step more for amount_regions, which sits on its boundary (the six .html files
/// read as markup: their titles, dates, departments, two ministers and three tables miss
/// here, and i08's pipe table and front matter; blind, the same test scored amounts 0.762
/// and the same for every other kind). The pipeline's scores, blind and after, are in its
/// README.
const PROBE47_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.77),
    ("amount_regions", 0.49),
    ("ministers", 0.66),
    ("regions", 0.98),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 0.63),
    ("title", 0.46),
    ("department", 0.66),
];

#[test]
fn probe47_set_scores_above_its_floors() {
    assert_probe_floors("probe47", &PROBE47_FLOORS);
}

/// Per kind, the forty-eighth probe set's F1 below which a change counts as a regression
/// (organizations as releases of 2003–2025 name them, page chrome kept; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01) (the
/// six .html files read as markup: their titles, four dates, n01's minister and
/// department, n09's table and three sums next to tags miss here, and the Markdown front
/// matter comes out as the .md files' titles). The pipeline's blind scores are in its
/// README.
const PROBE48_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 1.0),
    ("ministers", 0.0),
    ("regions", 0.94),
    ("organizations", 0.81),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe48_set_scores_above_its_floors() {
    assert_probe_floors("probe48", &PROBE48_FLOORS);
}

/// Per kind, the forty-ninth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, 2005–2023, organizations as the senders name
/// them, page chrome kept); the blind scores of `extract` on the raw files, rounded down
/// one step (0.01), one more where a score sits on its boundary (the six .html files read
/// as markup: their dates, titles, two ministers and departments miss here, and the two
/// front matters' titles). The pipeline's scores are in its README.
const PROBE49_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.98),
    ("amount_regions", 0.66),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 0.66),
    ("published", 0.57),
    ("title", 0.42),
    ("department", 0.39),
];

#[test]
fn probe49_set_scores_above_its_floors() {
    assert_probe_floors("probe49", &PROBE49_FLOORS);
}

/// Per kind, the fiftieth probe set's F1 below which a change counts as a regression
/// (agreements in the releases of 2003–2025, a sample weighted toward them, page chrome
/// kept); the scores of `extract` on the raw files after the rules of branch probe50,
/// rounded down to a step of 0.01, one step more for published, which sits on its
/// boundary (the five .html files and the two front matters read as markup: titles,
/// dates, departments and both tables miss here; blind, the same test scored agreements
/// 0.857 and the same for every other kind). The pipeline's scores, blind and after, are
/// in its README.
const PROBE50_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.58),
    ("amount_regions", 0.18),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 0.9),
    ("published", 0.79),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe50_set_scores_above_its_floors() {
    assert_probe_floors("probe50", &PROBE50_FLOORS);
}

/// Per kind, the fifty-first probe set's F1 below which a change counts as a regression
/// (organizations as the releases of 2003–2025 name them, page chrome kept); the blind
/// scores of `extract` on the raw files, rounded down one step (0.01), one more where a
/// score sits on its boundary (agreements, published). The six .html files and the two
/// front matters read as markup: their titles and dates, p01's minister and department
/// miss here. The pipeline's scores are in its README.
const PROBE51_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.0),
    ("regions", 0.88),
    ("organizations", 0.94),
    ("agreements", 0.79),
    ("published", 0.59),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe51_set_scores_above_its_floors() {
    assert_probe_floors("probe51", &PROBE51_FLOORS);
}

/// Per kind, the fifty-second probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, 2003–2025, organizations as the senders name
/// them, page chrome kept); the blind scores of `extract` on the raw files, rounded down
/// one step (0.01), one more where a score sits on its boundary. Blind, `extract`
/// panicked on y02 (a byte index inside "–" in `organizations::initials::name_start`),
/// so this test fails until that is fixed; the blind scores count y02 as an empty
/// extraction (README of the set, which also has the pipeline's scores).
const PROBE52_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.39),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.37),
    ("department", 0.0),
];

#[test]
fn probe52_set_scores_above_its_floors() {
    assert_probe_floors("probe52", &PROBE52_FLOORS);
}

/// Per kind, the fifty-third probe set's F1 below which a change counts as a regression
/// (organizations as the releases of 2003–2025 name them, news-wire reposts and local
/// senders, page chrome kept; the set writes no rule): the blind scores of `extract` on
/// the raw files rounded down one step (0.01), one more for ministers, which sits on its
/// boundary (0.800) (the six .html files read as markup: their titles, five dates, t14's
/// department, three sums next to tags and a shortened minister's name miss here, the
/// two front matters come out as the .md files' titles, and t03's wire date line misses
/// both ways). The pipeline's blind scores
/// are in its README.
const PROBE53_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe53_set_scores_above_its_floors() {
    assert_probe_floors("probe53", &PROBE53_FLOORS);
}

/// Per kind, the fifty-fourth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, organizations as those senders name them, page
/// chrome kept; the set writes no rule): the blind scores of `extract` on the raw files
/// rounded down one step (0.01), one more for titles, which sit on their boundary (0.500)
/// (the six .html files read as markup: their titles and dates, and w01's and w04's
/// ministers and departments miss here, w03's front matter comes out as its title and gives
/// its headline sum a second time, and w06's `<h1>` closes a second agreement). The
/// pipeline's blind scores are in its README.
const PROBE54_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 0.66),
    ("published", 0.72),
    ("title", 0.49),
    ("department", 0.66),
];

#[test]
fn probe54_set_scores_above_its_floors() {
    assert_probe_floors("probe54", &PROBE54_FLOORS);
}

/// Per kind, the fifty-fifth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set of 2004–2024, organizations as its senders name
/// them, page chrome kept; the set writes no rule): the blind scores of `extract` on the
/// raw files rounded down one step (0.01) (the six .html files read as markup: their
/// titles, five dates, w01's department and minister and a sum before a tag miss here, and
/// the two front matters come out as the .md files' titles). The pipeline's blind scores
/// are in its README.
const PROBE55_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 0.94),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe55_set_scores_above_its_floors() {
    assert_probe_floors("probe55", &PROBE55_FLOORS);
}

/// Per kind, the fifty-sixth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set of 2003–2024, organizations as its senders name
/// them, page chrome kept; the set writes no rule): the blind scores of `extract` on the
/// raw files rounded down one step (0.01) (the six .html files read as markup: their
/// titles, four dates, n01's department, minister and a sum before a tag miss here, and the
/// three front matters come out as the .md files' titles, n03's date and department
/// with them); 0.800 and 0.500 sit on their boundary and go one step under. The
/// pipeline's blind scores are in its README.
const PROBE56_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe56_set_scores_above_its_floors() {
    assert_probe_floors("probe56", &PROBE56_FLOORS);
}

/// Per kind, the sixtieth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, organizations as those senders name them, page
/// chrome kept; the set writes no rule): the blind scores of `extract` on the raw files
/// rounded down one step (0.01), organizations one more (0.920 sits on its boundary); the
/// six .html files read as markup: their titles, four dates, y02's minister and sum
/// before a tag and both departments miss here. The pipeline's blind scores are in its
/// README.
const PROBE60_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 0.87),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe60_set_scores_above_its_floors() {
    assert_probe_floors("probe60", &PROBE60_FLOORS);
}

/// Per kind, the sixty-second probe set's F1 below which a change counts as a regression
/// (agreements of 2008–2025 and publication dates in varied page chrome, written blind):
/// the scores of `extract` on the raw files after the set's agreement rules, rounded down
/// one step (0.01) (the seven .html files read as markup: their titles, dates,
/// departments, three ministers and the sums in `<li>` items and table cells miss here;
/// d08's front matter comes out as its title and d10's front-matter date with a time is
/// not read). The blind scores, and the pipeline's, are in its README.
const PROBE62_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.81),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.88),
    ("published", 0.52),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe62_set_scores_above_its_floors() {
    assert_probe_floors("probe62", &PROBE62_FLOORS);
}

/// Per kind, the sixty-third probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, page chrome kept; the set writes no rule): the
/// blind scores of `extract` on the raw files rounded down one step (0.01), ministers one
/// more (0.400 sits on its boundary); the seven .html files read as markup: their titles,
/// six dates, three ministers and departments, and three sums before a tag miss here, and
/// o11's front matter comes out as its title. The pipeline's blind scores are in its
/// README.
const PROBE63_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.39),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe63_set_scores_above_its_floors() {
    assert_probe_floors("probe63", &PROBE63_FLOORS);
}

/// Per kind, the sixty-fourth probe set's F1 below which a change counts as a regression
/// (organizations as national senders name them, page chrome kept; the set writes no
/// rule): the scores of `extract` on the raw files after the gold's one correction,
/// rounded down one step (0.01) (the six .html files read as markup: their titles, four
/// dates, c07's department and c01's sum before a `</p>` miss here, and the two front
/// matters come out as the .md files' titles). The blind scores, and the pipeline's, are
/// in its README.
const PROBE64_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.0),
    ("published", 0.83),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe64_set_scores_above_its_floors() {
    assert_probe_floors("probe64", &PROBE64_FLOORS);
}

/// Per kind, the sixty-fifth probe set's F1 below which a change counts as a regression
/// (organizations as local and regional senders name them, page chrome kept; the set
/// writes no rule): the scores of `extract` on the raw files after the gold's one
/// correction, rounded down one step (0.01), organizations one more (0.880 sits on its
/// boundary) (the six .html files read as markup: their titles and six dates miss here,
/// and the two front matters come out as the .md files' titles). The blind scores, and
/// the pipeline's, are in its README.
const PROBE65_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe65_set_scores_above_its_floors() {
    assert_probe_floors("probe65", &PROBE65_FLOORS);
}

/// Per kind, the sixty-sixth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, page chrome kept; the set writes no rule): the
/// blind scores of `extract` on the raw files rounded down one step (0.01), ministers and
/// published one more (0.500 and 0.880 sit on their boundaries); the six .html files read
/// as markup: their titles, three dates, two ministers and two departments miss here, and
/// the two front matters come out as the .md files' titles. The pipeline's blind scores
/// are in its README.
const PROBE66_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.49),
    ("regions", 0.90),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 0.87),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe66_set_scores_above_its_floors() {
    assert_probe_floors("probe66", &PROBE66_FLOORS);
}

/// Per kind, the fifty-eighth probe set's F1 below which a change counts as a regression
/// (organizations as releases of 2003–2025 name them, page chrome kept; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01) (the
/// six .html files read as markup: their titles and dates, x01's minister and department
/// and six sums before a tag or in a table miss here, the two front matters come out as
/// the .md files' titles, and x05's Markdown table rows miss). The pipeline's blind
/// scores are in its README.
const PROBE58_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.82),
    ("amount_regions", 0.0),
    ("ministers", 0.0),
    ("regions", 0.90),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe58_set_scores_above_its_floors() {
    assert_probe_floors("probe58", &PROBE58_FLOORS);
}

/// Per kind, the fifty-seventh probe set's F1 below which a change counts as a regression
/// (agreements in the releases of 2003–2025, page chrome kept): the scores of `extract`
/// on the raw files after the rules of branch probe57 rounded down to a step of 0.01, one
/// step more where a score sits on its boundary (amounts 0.800, amount_regions 0.600)
/// (the .html files read as markup: their titles, three dates, two departments and
/// ministers and a sum after a tag miss here, and the two front matters come out as the
/// .md files' titles). The pipeline's scores are in its README.
const PROBE57_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.79),
    ("amount_regions", 0.59),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 0.89),
    ("published", 0.85),
    ("title", 0.41),
    ("department", 0.0),
];

#[test]
fn probe57_set_scores_above_its_floors() {
    assert_probe_floors("probe57", &PROBE57_FLOORS);
}

/// Per kind, the fifty-ninth probe set's F1 below which a change counts as a regression
/// (a plain sample of the held-out set, organizations as those senders name them, page
/// chrome kept; the set writes no rule): the blind scores of `extract` on the raw files
/// rounded down one step (0.01), one step more where a score sits on its boundary (the
/// .html files read as markup: their titles, five dates, y01's minister and department and
/// three sums next to tags miss here), amount_regions after the gold's one correction. The
/// pipeline's blind scores are in its README.
const PROBE59_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.49),
    ("department", 0.49),
];

#[test]
fn probe59_set_scores_above_its_floors() {
    assert_probe_floors("probe59", &PROBE59_FLOORS);
}

/// Per kind, the sixty-first probe set's F1 below which a change counts as a regression
/// (a plain sample weighted toward local senders and the bodies they name, page chrome
/// kept; the set writes no rule): the blind scores of `extract` on the raw files rounded
/// down one step (0.01); the six .html files read as markup: their titles, four dates,
/// z08's table rows and the two headline sums right after an `<h1>` miss here, and the
/// two front matters come out as the .md files' titles. The pipeline's blind scores are
/// in its README.
const PROBE61_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 0.66),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe61_set_scores_above_its_floors() {
    assert_probe_floors("probe61", &PROBE61_FLOORS);
}

/// Per kind, the sixty-seventh probe set's F1 below which a change counts as a regression
/// (weighted toward organizations, national and local senders of 2003–2025, page chrome
/// kept; the set writes no rule): the scores of `extract` on the raw files (blind, with one
/// gold correction listed in its README) rounded down one step (0.01), ministers one more
/// (0.400 sits on its boundary); the six .html files read as markup: their titles, four
/// dates, b01's minister (b02's comes out as "Lena Adelsohn") and both departments miss
/// here, as do b03's department in front matter and b09's "7 miljoner kronor" before a
/// `</p>`. The pipeline's blind scores are in its README.
const PROBE67_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.39),
    ("regions", 0.92),
    ("organizations", 0.84),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe67_set_scores_above_its_floors() {
    assert_probe_floors("probe67", &PROBE67_FLOORS);
}

/// Per kind, the sixty-eighth probe set's F1 below which a change counts as a regression
/// (agreements of 2006–2025 under new senders and sentence forms): the blind scores of
/// `extract` on the raw files rounded down one step (0.01), ministers and organizations one
/// more (0.800 and 0.950 sit on their boundaries); agreements after the set's rules (0.486
/// blind, 0.800 after, one more step as it sits on its boundary); the seven .html files
/// read as markup: their titles, dates, b01's and b06's ministers and b03's and b06's sums
/// after tags miss here, and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE68_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.79),
    ("published", 0.52),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe68_set_scores_above_its_floors() {
    assert_probe_floors("probe68", &PROBE68_FLOORS);
}

/// Per kind, the seventieth probe set's F1 below which a change counts as a regression
/// (organizations of national and local senders, 2004–2025, in forms earlier sets had not
/// used; the set writes no rule): the blind scores of `extract` on the raw files rounded
/// down one step (0.01), ministers one more (0.500 sits on its boundary); the six .html
/// files read as markup: their titles, two dates, i02's minister and both departments
/// miss here, as do two sums the pipeline finds (one of i01's two "180 miljoner kronor",
/// i14's "60 miljoner kronor"), and the two front matters come out as the .md files'
/// titles. The pipeline's blind scores are in its README.
const PROBE70_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.94),
    ("amount_regions", 1.0),
    ("ministers", 0.49),
    ("regions", 0.92),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.92),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe70_set_scores_above_its_floors() {
    assert_probe_floors("probe70", &PROBE70_FLOORS);
}

/// Per kind, the seventy-second probe set's F1 below which a change counts as a regression
/// (amounts, tables and regions: distribution tables of counties, regions, landsting and
/// municipalities in every layout, sums in prose in new forms, written blind; the set
/// writes no rule): the scores of `extract` on the raw files rounded down one step (0.01),
/// one more where a score sits on its boundary (agreements 0.500, published 0.600);
/// organizations after one gold correction (0.971). The seven .html files read as markup
/// and the two .md files' pipe tables read as text: their table rows, titles, dates,
/// ministers and departments miss here. The pipeline's blind scores are in its README.
const PROBE72_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.67),
    ("amount_regions", 0.48),
    ("ministers", 0.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.49),
    ("published", 0.59),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe72_set_scores_above_its_floors() {
    assert_probe_floors("probe72", &PROBE72_FLOORS);
}

/// Per kind, the seventy-third probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set: seven regeringen.se releases of
/// 2008–2025, three SKL/SKR releases, four from an agency, a county board, a region and a
/// municipality, written blind; the set writes no rule): the blind scores of `extract` on
/// the raw files rounded down one step (0.01), one more where a score sits on its boundary
/// (organizations 0.920). The seven .html files read as markup and the two front matters as
/// text: their titles, dates, ministers, departments and the two county tables miss here,
/// and the front-matter and `<title>` sums come out as extra mentions. The pipeline's blind
/// scores are in its README.
const PROBE73_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.83),
    ("amount_regions", 0.38),
    ("ministers", 0.61),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.44),
];

#[test]
fn probe73_set_scores_above_its_floors() {
    assert_probe_floors("probe73", &PROBE73_FLOORS);
}

/// Per kind, the sixty-ninth probe set's F1 below which a change counts as a regression
/// (agreements and named funds of 2005–2025 in new sentence forms, with distractors): the
/// blind scores of `extract` on the raw files rounded down one step (0.01), agreements
/// after the set's rules (0.809 blind, 0.875 after); the seven .html
/// files read as markup: their titles, dates, departments, c08's and c13's ministers and
/// c05's table miss here, and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE69_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.72),
    ("ministers", 0.54),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.87),
    ("published", 0.52),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe69_set_scores_above_its_floors() {
    assert_probe_floors("probe69", &PROBE69_FLOORS);
}

/// Per kind, the seventy-first probe set's F1 below which a change counts as a regression
/// (news-wire reposts and government and agency releases of 2003–2011, written blind): the
/// scores of `extract` on the raw files after three gold corrections and the set's date
/// and title rules (published 0.632 and title 0.214 before them), rounded down one step
/// (0.01), organizations, published and department one more (0.920, 0.700 and 0.500 sit
/// on their boundaries);
/// the seven .html files read as markup: their titles, six dates, both regeringen.se
/// departments and three sums before a `</p>` miss here, a `<title>` and a front matter
/// give a sum twice, and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE71_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.92),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 0.69),
    ("title", 0.28),
    ("department", 0.49),
];

#[test]
fn probe71_set_scores_above_its_floors() {
    assert_probe_floors("probe71", &PROBE71_FLOORS);
}

/// Per kind, the seventy-fifth probe set's F1 below which a change counts as a regression
/// (organizations of local senders: municipalities, regions and county boards of
/// 2004–2025 naming local and national bodies in new forms, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01);
/// the six .html files read as markup: their titles and dates miss here, as does w10's
/// "1 miljon kronor" before a `</p>`, and the two front matters come out as the .md
/// files' titles. The pipeline's blind scores are in its README.
const PROBE75_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe75_set_scores_above_its_floors() {
    assert_probe_floors("probe75", &PROBE75_FLOORS);
}

/// Per kind, the seventy-fourth probe set's F1 below which a change counts as a regression
/// (SKL/SKR's and the regions' own releases of 2007–2025 on state agreements, each region's
/// share in prose and in tables, and region budgets, written blind): the scores of
/// `extract` on the raw files after one gold correction and the set's agreement rules
/// (agreements 0.769 blind, 0.933 after), rounded down one step (0.01), published one more
/// (0.600 sits on its boundary); the seven .html files read as markup (their titles,
/// dates, three tables and l06's minister miss here, l13's agreement keeps its `</title>`)
/// and the two .md files' front matters and pipe table as text (their titles and l04's
/// table). The pipeline's blind scores are in its README.
const PROBE74_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.76),
    ("amount_regions", 0.58),
    ("ministers", 0.72),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 0.93),
    ("published", 0.59),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe74_set_scores_above_its_floors() {
    assert_probe_floors("probe74", &PROBE74_FLOORS);
}

/// Per kind, the seventy-sixth probe set's F1 below which a change counts as a regression
/// (state agencies' grants to regions, municipalities and organizations, 2006–2025, sums in
/// prose and in tables per county, per recipient and per year, written blind): the scores
/// of `extract` on the raw files after one gold correction and the set's rules (regions
/// 0.933 blind, 1.000 after), rounded down one step (0.01), amount_regions one more (0.500
/// sits on its boundary); the seven .html files read as markup and the three .md files'
/// pipe tables read as text: their table rows, titles, five ministers and seven dates miss
/// here, and the three front matters come out as the .md files' titles. The pipeline's
/// blind scores are in its README.
const PROBE76_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.66),
    ("amount_regions", 0.49),
    ("ministers", 0.76),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 1.0),
];

#[test]
fn probe76_set_scores_above_its_floors() {
    assert_probe_floors("probe76", &PROBE76_FLOORS);
}

/// Per kind, the seventy-seventh probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2003–2025, written blind): the blind
/// scores of `extract` on the raw files rounded down one step (0.01); the eight .html files
/// read as markup: their titles, seven dates, three ministers, five departments and the two
/// `<td>` tables miss here, and the two front matters come out as the .md files' titles.
/// The pipeline's blind scores are in its README.
const PROBE77_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.8),
    ("amount_regions", 0.42),
    ("ministers", 0.72),
    ("regions", 0.97),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 0.44),
];

#[test]
fn probe77_set_scores_above_its_floors() {
    assert_probe_floors("probe77", &PROBE77_FLOORS);
}

/// Per kind, the seventy-eighth probe set's F1 below which a change counts as a regression
/// (regions', landsting' and municipalities' own releases on their money, 2004–2025, sums in
/// prose and in tables per region, per municipality and per association, written blind):
/// the blind scores of `extract` on the raw files rounded down one step (0.01); the seven
/// .html files read as markup and the two .md files' front matter read as text: three
/// HTML tables, titles, dates and some sums next to a tag miss here, and the two front matters
/// come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE78_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.68),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe78_set_scores_above_its_floors() {
    assert_probe_floors("probe78", &PROBE78_FLOORS);
}

/// Per kind, the seventy-ninth probe set's F1 below which a change counts as a regression
/// (organizations of national senders, 2005–2025, written blind; the set writes no rule):
/// the scores of `extract` on the raw files after one gold correction (organizations 0.883
/// blind, 0.893 after), rounded down one step (0.01), published one more (0.600 sits on its
/// boundary); the eight .html files read as markup: their titles, dates, five ministers and
/// five departments miss here, as do two sums the pipeline finds (z11's "högst 6 miljoner
/// kronor", z14's "35 miljoner kronor"), and z06's front matter comes out as its title. The
/// pipeline's blind scores are in its README.
const PROBE79_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 1.0),
    ("ministers", 0.28),
    ("regions", 0.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.35),
    ("department", 0.28),
];

#[test]
fn probe79_set_scores_above_its_floors() {
    assert_probe_floors("probe79", &PROBE79_FLOORS);
}

/// Per kind, the eightieth probe set's F1 below which a change counts as a regression (a
/// plain sample like the owner's held-out set, 2004–2025, written blind; the set writes no
/// rule): the scores of `extract` on the raw files after two gold corrections (organizations
/// 0.954 blind, 0.966 after; agreements 0.667 blind, 0.800 after), rounded down one step
/// (0.01), one more where a score sits on its boundary (amount_regions 0.200, agreements
/// 0.800); the seven .html files read as markup: their titles, seven dates, three ministers,
/// five departments and the table's five cells miss here, as do five sums the pipeline finds
/// (k01's "1,5 miljoner kronor", k03's ingress sum and "400 000 kronor", k07's ingress sum, k11's
/// ingress sum), and the `<title>` and front matter add a sum and become the title. The
/// pipeline's blind scores are in its README.
const PROBE80_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.19),
    ("ministers", 0.76),
    ("regions", 0.96),
    ("organizations", 0.96),
    ("agreements", 0.79),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.44),
];

#[test]
fn probe80_set_scores_above_its_floors() {
    assert_probe_floors("probe80", &PROBE80_FLOORS);
}

/// Per kind, the eighty-first probe set's F1 below which a change counts as a regression
/// (municipalities' and county boards' grants, procurements and cooperation, 2004–2025,
/// written blind; the set writes no rule): the scores of `extract` on the raw files after one
/// gold correction (organizations 0.947 blind, 0.957 after), rounded down one step (0.01),
/// ministers one more (0.800 sits on its boundary); the six .html files read as markup:
/// their titles, dates, two ministers and eight sums miss here (h11's five table cells, two
/// of h01's sums and one of h09's before a `</p>` or `<br>`), and the two front matters come
/// out as the .md files' titles (h06's date with it: it has no other). The pipeline's
/// blind scores are in its README.
const PROBE81_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 0.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.85),
    ("published", 0.66),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe81_set_scores_above_its_floors() {
    assert_probe_floors("probe81", &PROBE81_FLOORS);
}

/// Per kind, the eighty-second probe set's F1 below which a change counts as a regression
/// (agreements of government, SKL/SKR and regions, 2007–2025, in sentence forms earlier sets
/// had not used, with distractors, written blind; the set writes no rule): the blind scores
/// of `extract` on the raw files rounded down one step (0.01); the seven .html files read
/// as markup: their titles and dates, four ministers (h06's cut to "Sven Otto") and the
/// four departments miss here, two sums before a `</p>` miss (h12's "3,6 miljoner kronor"
/// and "11,2 miljoner kronor"), the `<title>` or the front matter gives a headline's sum
/// once more (h03, h04, h07, h08, h10, h12), and the two front matters come out as the .md
/// files' titles. The pipeline's blind scores are in its README. Agreements 0.97 since
/// probe83's rules (0.971).
const PROBE82_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 0.73),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 0.97),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe82_set_scores_above_its_floors() {
    assert_probe_floors("probe82", &PROBE82_FLOORS);
}

/// Per kind, the eighty-third probe set's F1 below which a change counts as a regression
/// (agreements and named EU funds of government, SKL/SKR, regions and agencies, 2006–2025,
/// in sentence forms earlier sets had not used, with distractors, written blind): the blind
/// scores of `extract` on the raw files rounded down one step (0.01); the six .html files
/// read as markup: their titles, dates, ministers (j07's cut to "Camilla Waltersson") and
/// the three departments miss here, sums in `<li>` items, in table cells and in j07's
/// lead and paragraph miss (j01, j03, j07), the `<title>` gives j09's headline sum once
/// more, and the two front matters come out as the .md files' titles. The pipeline's blind
/// scores are in its README. Organizations 0.95 after one gold correction (0.955) and
/// agreements 1.0 after the set's agreement rules.
const PROBE83_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 0.93),
    ("ministers", 0.54),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 0.0),
];

#[test]
fn probe83_set_scores_above_its_floors() {
    assert_probe_floors("probe83", &PROBE83_FLOORS);
}

/// Per kind, the eighty-fourth probe set's F1 below which a change counts as a regression
/// (organizations of local and regional senders, 2004–2025, written blind; the set writes no
/// rule): the scores of `extract` on the raw files after one gold correction (organizations
/// 0.936 blind, 0.941 after), rounded down one step (0.01); the six .html files read as
/// markup: their titles and four dates (n01, n05, n10, n12) miss here, three sums before a
/// `</p>` miss (n03's "1,1 miljoner kronor", n10's "185 miljoner kronor", n12's "cirka 95
/// miljoner kronor"), n10's "&amp;" cuts a firm's name to "Bygg AB", and the two front
/// matters come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE84_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.94),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe84_set_scores_above_its_floors() {
    assert_probe_floors("probe84", &PROBE84_FLOORS);
}

/// Per kind, the eighty-fifth probe set's F1 below which a change counts as a regression (a
/// plain sample drawn as the owner's held-out set is, 2004–2024, written blind; the set
/// writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01), department one more (0.400 sits on its boundary); the seven .html files read as
/// markup: their titles and dates, three ministers and three departments miss here, as do
/// the three HTML tables' cells and the HTML headlines' sums, the `<title>` gives g01's
/// headline sum once more, and the two front matters come out as the .md files' titles.
/// The pipeline's blind scores are in its README.
const PROBE85_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.77),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.39),
];

#[test]
fn probe85_set_scores_above_its_floors() {
    assert_probe_floors("probe85", &PROBE85_FLOORS);
}

/// Per kind, the eighty-sixth probe set's F1 below which a change counts as a regression
/// (amounts, ties and dates in older releases, 2003–2014, written blind; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01), one
/// step more where a score sits exactly on its boundary (amount_regions 0.600); the eight
/// .html files read as markup: their titles, dates, three ministers and the five
/// departments miss here, as do the cells of their `<table>`s (p01, p04, p08, p14, with the
/// ties of the county rows) and prose sums that close a paragraph before `</p>` (p01, p08,
/// p12); the two front matters come out as the .md files' titles. The pipeline's blind
/// scores are in its README.
const PROBE86_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.76),
    ("amount_regions", 0.59),
    ("ministers", 0.57),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 0.66),
    ("published", 0.52),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe86_set_scores_above_its_floors() {
    assert_probe_floors("probe86", &PROBE86_FLOORS);
}

/// Per kind, the eighty-seventh probe set's F1 below which a change counts as a regression
/// (organizations of national senders, 2004–2025, in forms earlier sets had not used; the
/// set writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01), regions one more (0.800 sits on its boundary); the seven .html files read as
/// markup: their titles, five dates, r06's minister and the four departments miss here, as
/// does one of the two mentions of r01's and of r02's headline sums, and the two front
/// matters come out as the .md files' titles. The pipeline's blind scores are in its
/// README.
const PROBE87_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.94),
    ("amount_regions", 1.0),
    ("ministers", 0.92),
    ("regions", 0.79),
    ("organizations", 0.79),
    ("agreements", 0.66),
    ("published", 0.78),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe87_set_scores_above_its_floors() {
    assert_probe_floors("probe87", &PROBE87_FLOORS);
}

/// Per kind, the eighty-eighth probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2005–2024, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01);
/// the eight .html files read as markup: their titles, seven dates, four ministers and the
/// four departments miss here, as do the four cells of q12's `<table>`; the two front
/// matters come out as the .md files' titles and their dates miss. The pipeline's blind
/// scores are in its README.
const PROBE88_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.33),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 0.52),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe88_set_scores_above_its_floors() {
    assert_probe_floors("probe88", &PROBE88_FLOORS);
}

/// Per kind, the eighty-ninth probe set's F1 below which a change counts as a regression
/// (agreements and named funds in new sentence forms with distractors, 2006–2025, written
/// blind; the set writes no rule): the scores of `extract` on the raw files after three gold
/// corrections rounded down one step (0.01), one more where a score sits exactly on its
/// boundary (department 0.500); the seven .html files read as markup: their titles, seven
/// dates, two ministers (d01's cut to "Acko Ankarberg", d04's missed) and two departments
/// miss here, and the two front matters come out as the .md files' titles; agreements 1.0
/// after probe94's agreement rules. The pipeline's blind scores are in its README.
const PROBE89_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.95),
    ("amount_regions", 0.57),
    ("ministers", 0.84),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe89_set_scores_above_its_floors() {
    assert_probe_floors("probe89", &PROBE89_FLOORS);
}

/// Per kind, the ninetieth probe set's F1 below which a change counts as a regression
/// (news-wire reposts of regions, municipalities, agencies, companies and associations,
/// 2005–2025, written blind; the set writes no rule): the blind scores of `extract` on the
/// raw files rounded down one step (0.01); the six .html files read as markup: their titles
/// (the `<title>` line or the doctype comes out) and their six dates miss here (w05's and
/// w06's through the binary too), w01's page `<title>` adds a sum, w05's and w06's headline
/// sums in `<h1>`/`<h2>` miss, and the three front matters come out as the .md files' titles
/// and add a sum each. The pipeline's blind scores are in its README.
const PROBE90_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 0.66),
    ("ministers", 1.0),
    ("regions", 0.93),
    ("organizations", 0.89),
    ("agreements", 0.88),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 1.0),
];

#[test]
fn probe90_set_scores_above_its_floors() {
    assert_probe_floors("probe90", &PROBE90_FLOORS);
}

/// Per kind, the ninety-first probe set's F1 below which a change counts as a regression
/// (organizations of national senders: agencies, the government, SKL/SKR, national
/// associations and a union, 2004–2025, written blind; the set writes no rule): the blind
/// scores of `extract` on the raw files rounded down one step (0.01), one more where a
/// score sits exactly on its boundary (published 0.600, department 0.400); the eight .html
/// files read as markup: their titles (the `<head>` line or the doctype comes out), seven
/// dates, three ministers and three departments miss here, as do one of n02's two "150
/// miljoner kronor", one of n05's two "215 miljoner kronor" and its "högst 12 miljoner
/// kronor"; the two front matters come out as the .md files' titles (n04's adding a sum) and
/// n04's date misses. The pipeline's blind scores are in its README.
const PROBE91_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.57),
    ("regions", 0.66),
    ("organizations", 0.78),
    ("agreements", 0.0),
    ("published", 0.59),
    ("title", 0.28),
    ("department", 0.39),
];

#[test]
fn probe91_set_scores_above_its_floors() {
    assert_probe_floors("probe91", &PROBE91_FLOORS);
}

/// Per kind, the ninety-second probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2003–2024, written blind; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01), one
/// more where a score sits exactly on its boundary (organizations, department); the seven
/// .html files read as markup: their titles (the doctype or `<title>` line comes out), their
/// dates, ministers and departments miss here, as do s01's table and headline sums, c01's
/// "20 000 kronor" and g02's "4,1 miljarder kronor"; r01's and r04's page `<title>` add a
/// sum each; the three front matters come out as the .md files' titles, s02's adds a sum,
/// and s02's and a03's `date:` lines give no date. The pipeline's blind scores are in its
/// README.
const PROBE92_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 1.0),
    ("ministers", 0.57),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.52),
    ("title", 0.28),
    ("department", 0.39),
];

#[test]
fn probe92_set_scores_above_its_floors() {
    assert_probe_floors("probe92", &PROBE92_FLOORS);
}

/// Per kind, the ninety-third probe set's F1 below which a change counts as a regression
/// (organizations of local and regional senders, 2004–2025, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01);
/// the seven .html files read as markup: their titles (the doctype or the `<head>` line
/// comes out) and their seven dates miss here, five sums before a `</p>` miss (u01, u02,
/// u13 and both of u06's), and the two front matters come out as the .md files' titles
/// (u05's adding a sum); u03's wire meta line comes out as its title, as through the
/// binary. The pipeline's blind scores are in its README.
const PROBE93_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 1.0),
];

#[test]
fn probe93_set_scores_above_its_floors() {
    assert_probe_floors("probe93", &PROBE93_FLOORS);
}

/// Per kind, the ninety-fourth probe set's F1 below which a change counts as a regression
/// (agreements and named funds of government, SKL/SKR, regions and agencies, 2006–2024, in
/// new sentence forms with distractors, written blind): the blind scores of `extract` on the
/// raw files rounded down one step (0.01); the seven .html files read as markup: their
/// titles, their seven dates, two ministers (u01's, u10's) and three departments miss here,
/// u01's five table rows and one of its two sums, u05's first sum and u07's range miss, and
/// the two front matters come out as the .md files' titles; agreements raised to the score
/// after the agreement rules of probe94 (0.944). The pipeline's blind scores are in its
/// README.
const PROBE94_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 0.57),
    ("ministers", 0.87),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.94),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe94_set_scores_above_its_floors() {
    assert_probe_floors("probe94", &PROBE94_FLOORS);
}

/// Per kind, the ninety-fifth probe set's F1 below which a change counts as a regression
/// (a plain sample drawn as the owner's held-out set is, 2005–2024, written blind; the set
/// writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01), one step more where a score sits exactly on its boundary (ministers 0.600,
/// department 0.400); the six .html files read as markup: their titles (the doctype or the
/// `<title>` line comes out), their six dates, three departments and three ministers
/// miss (x03's comes out as "Alice Bah"), the `<title>` lines add three sums, the two .html
/// tables' cells miss, as does x12's headline sum before `</h1>`, and x12's `&amp;` cuts a
/// firm's name; the two front matters come out as the .md files' titles, x06's date and its
/// Markdown table's cells miss. The pipeline's blind scores are in its README.
const PROBE95_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.82),
    ("amount_regions", 0.66),
    ("ministers", 0.59),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.42),
    ("department", 0.39),
];

#[test]
fn probe95_set_scores_above_its_floors() {
    assert_probe_floors("probe95", &PROBE95_FLOORS);
}

/// Per kind, the ninety-sixth probe set's F1 below which a change counts as a regression
/// (organizations of national senders, 2004–2025, written blind; the set writes no rule):
/// the blind scores of `extract` on the raw files rounded down one step (0.01), one step
/// more for department (0.400, exactly on its boundary); the six .html files read as
/// markup: their titles (the doctype or the `<head>` line comes out), four dates, three
/// departments and three ministers (a name before `</p>`) miss here, two sums miss (x01's
/// lead, x03's `<strong>` lead) and x09's `<title>` adds one, and the two front matters
/// come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE96_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.57),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.0),
    ("published", 0.83),
    ("title", 0.42),
    ("department", 0.39),
];

#[test]
fn probe96_set_scores_above_its_floors() {
    assert_probe_floors("probe96", &PROBE96_FLOORS);
}

/// Per kind, the ninety-seventh probe set's F1 below which a change counts as a regression
/// (amounts, ties and dates, 2005–2024, written blind; the set writes no rule): the blind
/// scores of `extract` on the raw files rounded down one step (0.01); the seven .html files
/// read as markup: their titles (the doctype, `<meta>` or `<title>` line comes out), their
/// seven dates, the four departments and ministers miss (ad12's comes out as "Acko
/// Ankarberg"), no cell of a `<table>` is read (ad01, ad03, ad04, ad08, ad10, with their
/// county ties), and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE97_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.79),
    ("amount_regions", 0.67),
    ("ministers", 0.0),
    ("regions", 0.96),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.52),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe97_set_scores_above_its_floors() {
    assert_probe_floors("probe97", &PROBE97_FLOORS);
}

/// Per kind, the ninety-eighth probe set's F1 below which a change counts as a regression
/// (news-wire reposts, 2005–2025, written blind; the set writes no rule): the blind scores
/// of `extract` on the raw files rounded down one step (0.01), one step more where a score
/// sits exactly on its boundary (amounts 0.880, published 0.600); the eight .html files read
/// as markup: their titles (the doctype or the `<title>` line comes out) and their eight
/// dates miss here, sums in a `<h1>` or before a `</p>` miss (w01, w04, w14) and the
/// `<title>` or front matter gives a headline's sum once more (w01, w06, w07), w08's
/// minister before a `</p>` misses, and the two front matters come out as the .md files'
/// titles; w02's wire sender field comes out as its title, as through the binary. The
/// pipeline's blind scores are in its README.
const PROBE98_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 1.0),
    ("ministers", 0.92),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.21),
    ("department", 1.0),
];

#[test]
fn probe98_set_scores_above_its_floors() {
    assert_probe_floors("probe98", &PROBE98_FLOORS);
}

/// Per kind, the ninety-ninth probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2004–2024, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01),
/// one step more where a score sits exactly on its boundary (ministers 0.250, department
/// 0.400); the eight .html files read as markup: their titles (the doctype or the `<title>`
/// line comes out), seven dates, three departments and x06's five table cells miss here,
/// the `<title>` gives x01's and x06's headline sums once more, x12's sum before a `</p>`
/// misses, x02's and x04's ministers miss and x01's and x06's come out cut to two names,
/// x04's footer `Regeringskansliet` after `<footer><p>` misses, and the two front matters
/// come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE99_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.9),
    ("amount_regions", 0.66),
    ("ministers", 0.24),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 0.39),
];

#[test]
fn probe99_set_scores_above_its_floors() {
    assert_probe_floors("probe99", &PROBE99_FLOORS);
}

/// Per kind, the hundredth probe set's F1 below which a change counts as a regression
/// (organizations of local and regional senders, 2004–2025, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01);
/// the seven .html files read as markup: their titles (the doctype, the XML declaration, a
/// `<meta>` or the `<title>` line comes out) and six dates miss here, sums right before a
/// `</p>` miss (m01, m08) and so does one of m01's two 48 millions, and the two front
/// matters come out as the .md files' titles (m07's giving its headline's sum once more). Amount_regions is 0.000 here
/// as through the binary (one false pair, no gold pair). The pipeline's blind scores are in
/// its README.
const PROBE100_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.94),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 0.93),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe100_set_scores_above_its_floors() {
    assert_probe_floors("probe100", &PROBE100_FLOORS);
}

/// Per kind, the hundred-and-first probe set's F1 below which a change counts as a
/// regression (agreements of government, SKL/SKR, regions and agencies, 2007–2025, in
/// sentence forms earlier sets had not used, with distractors, written blind; the set
/// writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01), published one more (0.600 sits on its boundary); the eight .html files read
/// as markup, so their titles, dates, departments and seven of their eight ministers miss
/// here, and the two front matters come out as the .md files' titles. Agreements 0.96
/// since probe116's rules (0.970, on its boundary). The pipeline's blind scores are in its
/// README.
const PROBE101_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 0.9),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.96),
    ("published", 0.59),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe101_set_scores_above_its_floors() {
    assert_probe_floors("probe101", &PROBE101_FLOORS);
}

/// Per kind, the hundred-second probe set's F1 below which a change counts as a regression
/// (news-wire reposts, 2006–2025, written blind; the set writes no rule): the blind scores
/// of `extract` on the raw files rounded down one step (0.01), one step more where a score
/// sits exactly on its boundary (amount_regions 0.800, ministers 0.500); the nine .html
/// files read as markup: their titles (the doctype, the XML declaration or the `<title>`
/// line comes out) and their nine dates miss, sums in a `<h1>` or before a `</p>` miss
/// (ah01, ah06, ah14) and the `<title>` or front matter gives a headline's sum once more
/// (ah04, ah07, ah08, ah11, ah12, ah13), four ministers before a `</p>` miss, and the two
/// front matters come out as the .md files' titles; ah02's wire sender field comes out as
/// its title, as through the binary. The pipeline's blind scores are in its README.
const PROBE102_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.87),
    ("amount_regions", 0.79),
    ("ministers", 0.49),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 0.52),
    ("title", 0.14),
    ("department", 1.0),
];

#[test]
fn probe102_set_scores_above_its_floors() {
    assert_probe_floors("probe102", &PROBE102_FLOORS);
}

/// Per kind, the hundred-third probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2003–2025, written blind; the set writes
/// no rule): the scores of `extract` on the raw files rounded down one step (0.01), one
/// step more where a score sits exactly on its boundary (ministers 0.500, department
/// 0.400); the six .html files read as markup: their titles (the doctype or the `<title>`
/// line comes out) and their dates, the three regeringen.se ministers and departments
/// miss, ai03's table and lead and ai07's table miss, ai01's `<title>` gives the headline's
/// sum once more, and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE103_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 0.44),
    ("ministers", 0.49),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.66),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.39),
];

#[test]
fn probe103_set_scores_above_its_floors() {
    assert_probe_floors("probe103", &PROBE103_FLOORS);
}

/// Per kind, the hundred-and-fourth probe set's F1 below which a change counts as a
/// regression (organizations of national senders, 2004–2025, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01),
/// one step more where a score sits exactly on its boundary (ministers 0.250, department
/// 0.250); the nine .html files read as markup: their titles (the doctype or the `<title>`
/// line comes out), seven dates, six departments and six ministers miss here, sums in a
/// `<h1>` or before a `</p>` miss (ax01, ax04, ax07, ax12), and the front matter comes out
/// as the .md file's title. Agreements is 0.000 here as through the binary (one false
/// agreement, no gold one). The pipeline's blind scores are in its README.
const PROBE104_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.9),
    ("amount_regions", 1.0),
    ("ministers", 0.24),
    ("regions", 1.0),
    ("organizations", 0.81),
    ("agreements", 0.0),
    ("published", 0.66),
    ("title", 0.28),
    ("department", 0.24),
];

#[test]
fn probe104_set_scores_above_its_floors() {
    assert_probe_floors("probe104", &PROBE104_FLOORS);
}

/// Per kind, the hundred-fifth probe set's F1 below which a change counts as a regression
/// (amounts, ties and dates: distributions per landsting, region, county and municipality
/// in tables and prose, budget changes with signs, 2003–2025, written blind; the set
/// writes no rule): the scores of `extract` on the raw files rounded down one step (0.01).
/// The ten .html files read as markup: their tables, titles, dates, ministers and departments
/// miss here, the `<title>` and the front matter give a headline's sum once more, and am02's
/// minister comes out as "Sven Otto". The pipeline's blind scores are in its README.
const PROBE105_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.72),
    ("amount_regions", 0.42),
    ("ministers", 0.0),
    ("regions", 1.0),
    ("organizations", 0.99),
    ("agreements", 1.0),
    ("published", 0.44),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe105_set_scores_above_its_floors() {
    assert_probe_floors("probe105", &PROBE105_FLOORS);
}

/// Per kind, the hundred-sixth probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2004–2024, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01), one
/// step more where a score sits exactly on its boundary (ministers 0.800, department 0.500);
/// the seven .html files read as markup: their titles (the doctype or the `<title>` line
/// comes out) and dates miss, the two regeringen.se pages' departments and al01's minister
/// miss, al03's and al10's table cells and al13's sum before a `</p>` miss (so no
/// amount–region pair is found), and the two front matters come out as the .md files'
/// titles; al01's `<title>` gives the headline's sum once more. The pipeline's blind
/// scores are in its README.
const PROBE106_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.83),
    ("amount_regions", 0.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe106_set_scores_above_its_floors() {
    assert_probe_floors("probe106", &PROBE106_FLOORS);
}

/// Per kind, the hundred-eighth probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2003–2025, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01), one
/// step more where a score sits exactly on its boundary (department 0.500); the seven .html
/// files read as markup: their titles (the `<title>` line comes out) and dates miss, the two
/// regeringen.se pages' ministers and departments miss, sums and a minister's surname before
/// a `</p>` miss (bq01, bq03, bq08, bq10; bq05's minister comes out as "Alice Bah"), bq13's
/// table cells miss, bq03's `<title>` gives the headline's sum once more, and the two front
/// matters come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE108_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 0.66),
    ("ministers", 0.33),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe108_set_scores_above_its_floors() {
    assert_probe_floors("probe108", &PROBE108_FLOORS);
}

/// Per kind, the hundred-ninth probe set's F1 below which a change counts as a regression
/// (agreements and named funds of government, SKL/SKR, regions, a landsting and an agency,
/// 2005–2025, in sentence forms earlier sets had not used, with distractors, written blind;
/// the set writes no rule): the blind scores of `extract` on the raw files rounded down one
/// step (0.01), published one more (0.600 sits on its boundary); the eight .html files read
/// as markup, so their titles, dates, departments, six of their seven ministers and eight
/// sums miss here, and the two front matters come out as the .md files' titles.
/// Agreements 0.96 since probe116's rules (0.968). The pipeline's blind scores are in its
/// README.
const PROBE109_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.82),
    ("amount_regions", 0.71),
    ("ministers", 0.22),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.96),
    ("published", 0.59),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe109_set_scores_above_its_floors() {
    assert_probe_floors("probe109", &PROBE109_FLOORS);
}

/// The hundred-tenth probe set (`tests/fixtures/probe110`): fourteen national senders'
/// releases naming 6–10 bodies each, written blind; `extract` on the raw files, the
/// floors its blind scores rounded down one step (0.01; ministers, 0.800 exactly, one
/// step more). The six .html files read as markup: their titles (the doctype or the
/// `<title>` line comes out) and dates miss, the two regeringen.se pages' departments and
/// bq02's minister miss, bq02's `<title>` gives its headline's sum a third time, one of
/// bq01's two sums of 45 million and bq14's only sum (closing its `<p>`) miss, and the
/// three front matters come out as the .md files' titles (bq04's gives its sum once more). The pipeline's blind scores
/// are in its README.
const PROBE110_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.84),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe110_set_scores_above_its_floors() {
    assert_probe_floors("probe110", &PROBE110_FLOORS);
}

/// Per kind, the hundred-seventh probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2004–2023, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01); the
/// seven .html files read as markup: their titles (the doctype or the `<title>` line comes
/// out) and dates miss, the two regeringen.se pages' departments and j01's minister miss,
/// j03's table cells and the sums right before a `</p>` (j03, j08) miss, j03's company names
/// in table cells lose their "AB", and the two front matters come out as the .md files'
/// titles. The pipeline's blind scores are in its README.
const PROBE107_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 1.0),
    ("ministers", 0.88),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe107_set_scores_above_its_floors() {
    assert_probe_floors("probe107", &PROBE107_FLOORS);
}

/// Per kind, the hundred-fourteenth probe set's F1 below which a change counts as a
/// regression (news-wire reposts of 2005–2025, written blind; the set writes no rule): the
/// blind scores of `extract` on the raw files rounded down one step (0.01); the six .html
/// files read as markup: their titles (the doctype or the `<title>` line comes out) and
/// dates miss, the sums right before a `</p>` (bw01, bw04, bw09) and bw03's agreement miss,
/// the `<title>` and the front-matter titles give a headline's sum once more (bw01, bw06,
/// bw11, bw12), and the two front matters come out as the .md files' titles. The pipeline's
/// blind scores are in its README.
const PROBE114_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.88),
    ("organizations", 0.94),
    ("agreements", 0.66),
    ("published", 0.72),
    ("title", 0.42),
    ("department", 1.0),
];

#[test]
fn probe114_set_scores_above_its_floors() {
    assert_probe_floors("probe114", &PROBE114_FLOORS);
}

/// Per kind, the hundred-fifteenth probe set's F1 below which a change counts as a
/// regression (a plain sample like the owner's held-out set, 2003–2025, written blind; the
/// set writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01; published, 0.600, exactly on its boundary, one step more; department, 0.000,
/// stays). The eight .html files read as markup: their titles (the doctype, a `<meta>` or
/// the `<title>` line comes out) and dates miss, the four regeringen.se pages' departments
/// and ministers miss (cx02's minister comes out as "Lena Adelsohn"), the table cells of
/// cx04 and cx07 miss, as do one of cx07's two sums of 14 million kronor and cx14's sum
/// closing a `</p>`, and the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE115_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.83),
    ("amount_regions", 0.22),
    ("ministers", 0.28),
    ("regions", 0.91),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe115_set_scores_above_its_floors() {
    assert_probe_floors("probe115", &PROBE115_FLOORS);
}

/// The hundred-seventeenth probe set (`tests/fixtures/probe117`): a plain sample like the
/// owner's held-out set, regeringen.se, SKL, state agencies, county boards, landsting and
/// regions and a municipality of 2004–2012, written blind; `extract` on the raw files, the
/// floors its blind scores rounded down one step (0.01), one more where a score sits on its
/// boundary (ministers 0.600, organizations 0.950, published 0.600, department 0.400). The
/// eight .html files read as markup: their titles (the doctype comes out), dates and
/// departments miss, as do the ministers of ek02 and ek03 (ek01's comes out as "Lena
/// Adelsohn"), the table rows of ek02 and ek10 (so every amount–region pair) and the sums in
/// a headline or before a `</p>` (ek02, ek14); the two front matters come out as the
/// .md files' titles. The pipeline's blind scores are in its README.
const PROBE117_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.80),
    ("amount_regions", 0.0),
    ("ministers", 0.59),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.28),
    ("department", 0.39),
];

#[test]
fn probe117_set_scores_above_its_floors() {
    assert_probe_floors("probe117", &PROBE117_FLOORS);
}

/// Per kind, the hundred-eighteenth probe set's F1 below which a change counts as a
/// regression (a plain sample like the owner's held-out set, 2015–2025, written blind; the
/// set writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01), department one more (0.500 sits on its boundary); the seven .html files read as
/// markup: their titles (the `<title>` line comes out) and dates miss, the two regeringen.se
/// pages' ministers and departments miss, the sums closing a `</p>` (s08's two, s13's "990
/// kronor") and s12's headline sum right after `<h1>` miss, and s06's front matter gives its
/// headline's sum once more; the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE118_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe118_set_scores_above_its_floors() {
    assert_probe_floors("probe118", &PROBE118_FLOORS);
}

/// Per kind, the hundred-nineteenth probe set's F1 below which a change counts as a
/// regression (a plain sample like the owner's held-out set, 2003–2024, written blind; the
/// set writes no rule): the blind scores of `extract` on the raw files rounded down one step
/// (0.01; amount_regions, 0.000, stays). The seven .html files read as markup: their titles
/// (the doctype or the `<title>` line comes out) and dates miss, the two regeringen.se pages'
/// ministers and departments miss, v06's minister loses her last name before a `</p>`
/// ("Acko Ankarberg"), the table cells of v06 and v07 miss, as does v07's "90 000 kronor"
/// closing a `</p>`, v06's `<title>` gives its headline's sum a third time, and the two front
/// matters come out as the .md files' titles. The pipeline's blind scores are in its README.
const PROBE119_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 0.97),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe119_set_scores_above_its_floors() {
    assert_probe_floors("probe119", &PROBE119_FLOORS);
}

/// The hundred-twentieth probe set (`tests/fixtures/probe120`): money as the owner's
/// held-out set holds it, regeringen.se, SKL/SKR, county boards, regions and state
/// agencies, 2004–2025, written blind; `extract` on the raw files, the floors its blind
/// scores rounded down one step (0.01). The
/// eight .html files read as markup: their table rows (w01, w03, w04, w07, w08, w10, w13),
/// titles, dates, departments and the ministers closing a `</p>` miss, and the `<title>`
/// lines of w08 and w12 and w11's front matter give their headline's sum once more; the two
/// front matters come out as the .md files' titles. The pipeline's blind scores are in its
/// README.
const PROBE120_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.68),
    ("amount_regions", 0.42),
    ("ministers", 0.54),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.28),
    ("department", 0.33),
];

#[test]
fn probe120_set_scores_above_its_floors() {
    assert_probe_floors("probe120", &PROBE120_FLOORS);
}

/// Per kind, the hundred-twenty-first probe set's F1 below which a change counts as a
/// regression (news-wire reposts, 2005–2025, written blind; the set writes no rule): the
/// blind scores of `extract` on the raw files rounded down one step (0.01), published one
/// more (0.600 sits on its boundary); the eight .html files read as markup: their titles (the
/// doctype, `<?xml`, `<meta>` or `<title>` line comes out) and dates miss, the sums closing a
/// `</p>` miss (dw01, dw02, dw08, dw09, dw12), the `<title>` of dw14 and the front matter of
/// dw05 give their headline's sum once more, and the front matter comes out as dw05's title.
/// The pipeline's blind scores are in its README.
const PROBE121_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.88),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe121_set_scores_above_its_floors() {
    assert_probe_floors("probe121", &PROBE121_FLOORS);
}

/// Per kind, the hundred-twenty-second probe set's F1 below which a change counts as a
/// regression (whole page saves of regeringen.se, SKL/SKR, agencies, county boards and
/// regions, 2009–2024, written blind; the set writes no rule): the blind scores of `extract`
/// on the raw files rounded down one step (0.01), ministers one more (0.250 sits on its
/// boundary); the 14 .html files read as markup: the doctype or `<meta charset>` line comes
/// out as every title, the dates of the five regeringen.se pages, their departments and five
/// of six ministers miss, the `<title>`, `og:title`, descriptions and JSON-LD repeat the
/// headline's and lead's sums, and the `<title>`, `<h1>` and a related headline give SKR's
/// agreement three more times. The pipeline's blind scores are in its README.
const PROBE122_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.61),
    ("amount_regions", 1.0),
    ("ministers", 0.24),
    ("regions", 0.92),
    ("organizations", 0.86),
    ("agreements", 0.57),
    ("published", 0.78),
    ("title", 0.0),
    ("department", 0.0),
];

#[test]
fn probe122_set_scores_above_its_floors() {
    assert_probe_floors("probe122", &PROBE122_FLOORS);
}

/// Per kind, the hundred-sixteenth probe set's F1 below which a change counts as a
/// regression (agreements and named funds of government, SKL/SKR, regions, landsting and
/// agencies, 2006–2025, in sentence forms earlier sets had not used, with distractors,
/// written blind): the blind scores of `extract` on the raw files rounded down one step
/// (0.01). The eight .html files read as markup: their titles (the `<title>` or first markup
/// line comes out), dates and departments miss, three of four ministers miss (av12's comes
/// out as "Acko Ankarberg"), av01's table cells and their agreement names miss, as do the
/// sums in an `<h1>` or closing a `</p>` (av03, av04, av12), and av10's `&rdquo;` gives a
/// false agreement; the two front matters come out as the .md files' titles. The
/// pipeline's blind scores are in its README.
const PROBE116_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.84),
    ("amount_regions", 0.66),
    ("ministers", 0.44),
    ("regions", 1.0),
    ("organizations", 1.0),
    ("agreements", 0.86),
    ("published", 0.44),
    ("title", 0.28),
    ("department", 0.0),
];

#[test]
fn probe116_set_scores_above_its_floors() {
    assert_probe_floors("probe116", &PROBE116_FLOORS);
}

/// Per kind, the hundred-twenty-third probe set's F1 below which a change counts as a
/// regression (local and regional senders, 2003–2025, written blind; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01); the
/// seven .html files read as markup: their titles (the doctype, `<title>` or `<link>` line
/// comes out) and six of their dates miss, ls05's table cells and ls14's sum closing a `</p>`
/// miss, the front matter comes out as the three .md files' titles, ls04's date, stated
/// only in its front matter, misses, and ls06's title is its letterhead's second line, as
/// through the binary. The pipeline's blind scores are in its README.
const PROBE123_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.93),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.21),
    ("department", 1.0),
];

#[test]
fn probe123_set_scores_above_its_floors() {
    assert_probe_floors("probe123", &PROBE123_FLOORS);
}

/// The hundred-twenty-fifth probe set (`tests/fixtures/probe125`): a plain sample of fourteen
/// releases drawn as the owner's held-out set is, written blind; `extract` on the raw files,
/// the floors its blind scores rounded down one step (0.01), department one more (0.400 sits
/// on its boundary). The eight .html files read as markup: their titles (the doctype or the
/// `<head>` line comes out), four dates and two departments miss, as do the sums and the
/// minister closing a `<p>` (fy02's headline "45 miljoner kronor" and "miljöminister Andreas
/// Carlgren", fy05's "19 500 kronor") and fy10's table cells; the front matter comes out as
/// fy04's title and its department misses. The pipeline's blind scores are in its README.
const PROBE125_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 1.0),
    ("ministers", 0.88),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 0.83),
    ("title", 0.35),
    ("department", 0.39),
];

#[test]
fn probe125_set_scores_above_its_floors() {
    assert_probe_floors("probe125", &PROBE125_FLOORS);
}

/// Per kind, the hundred-twenty-fourth probe set's F1 below which a change counts as a
/// regression (agreements and named funds of government, SKL/SKR, regions, landsting and
/// agencies, 2005–2024, in sentence forms earlier sets had not used, with distractors,
/// written blind): the blind scores of `extract` on the raw files (agreements on the gold
/// as corrected, see its README) rounded down one step (0.01). The six .html files read as
/// markup: their titles (the `<title>` line comes out) and dates miss, the three
/// regeringen.se pages' departments and ministers miss; the two front matters come out as
/// the .md files' titles. Agreements 1.0 since its rules (1.000). The pipeline's blind
/// scores are in its README.
const PROBE124_FLOORS: [(&str, f64); 9] = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 0.52),
    ("title", 0.35),
    ("department", 0.0),
];

#[test]
fn probe124_set_scores_above_its_floors() {
    assert_probe_floors("probe124", &PROBE124_FLOORS);
}

/// The hundred-twenty-sixth probe set (`tests/fixtures/probe126`): a plain sample of fourteen
/// releases drawn as the owner's held-out set is, written blind; `extract` on the raw files, the
/// floors its blind scores rounded down one step (0.01), agreements one more (0.500 sits on its
/// boundary). The seven .html files read as markup: their titles (the doctype, the `<title>` line
/// or the header's logo comes out) and their seven dates miss, as do two departments, the two
/// ministers closing a `<p>` (hb01's "miljöminister Lena Sommestad", hb04's "landsbygdsminister
/// Peter Kullgren") and two sums closing a `<p>` (hb09's "minst 7 miljoner kronor", hb11's "20 000
/// kronor"); the front matter comes out as hb03's title. The pipeline's blind scores are in its
/// README.
const PROBE126_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 0.49),
    ("published", 0.66),
    ("title", 0.42),
    ("department", 0.66),
];

#[test]
fn probe126_set_scores_above_its_floors() {
    assert_probe_floors("probe126", &PROBE126_FLOORS);
}

/// Per kind, the hundred-twenty-seventh probe set's F1 below which a change counts as a
/// regression (whole page saves as a browser saves them: regeringen.se, SKL, state agencies,
/// county boards, regions and municipalities, 2005–2025, written blind; the set writes no
/// rule): the blind scores of `extract` on the raw files rounded down one step (0.01); the
/// 14 .html files read as markup: the doctype line comes out as every title, no date is
/// found, the county pickers and menus give 37 more regions, and related headlines, meta
/// descriptions and JSON-LD repeat sums. The pipeline's blind scores are in its README.
const PROBE127_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.68),
    ("amount_regions", 1.0),
    ("ministers", 0.85),
    ("regions", 0.27),
    ("organizations", 0.79),
    ("agreements", 1.0),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 0.0),
];

#[test]
fn probe127_set_scores_above_its_floors() {
    assert_probe_floors("probe127", &PROBE127_FLOORS);
}

/// The hundred-thirtieth probe set (`tests/fixtures/probe130`): text copied from a browser,
/// whole pages pasted into eleven .txt and three .md files with their chrome as plain lines,
/// 2007–2024, written blind; `extract` on the raw files, the floors its blind scores rounded
/// down one step (0.01). The titles miss (a chrome line comes out for the .txt files, the
/// front matter for the .md files, whose titles' sums then count once more), as does cb09's
/// date below its front matter. The pipeline's blind scores are in its README.
const PROBE130_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 0.9),
    ("ministers", 0.57),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 0.96),
    ("title", 0.07),
    ("department", 1.0),
];

#[test]
fn probe130_set_scores_above_its_floors() {
    assert_probe_floors("probe130", &PROBE130_FLOORS);
}

/// The hundred-thirty-first probe set (`tests/fixtures/probe131`): whole page saves as a
/// browser saves them (municipalities, regions and landsting, county boards and municipal
/// companies, 2004–2025), written blind; `extract` on the raw files, the floors its blind
/// scores rounded down one step (0.01; published and title, 0.000, stay). The 14 .html files
/// read as markup: the doctype, `<title>` or first head line comes out as every title, no
/// date is found, the two county pickers give 35 more regions, and the head's titles and
/// descriptions and the related headlines repeat sums. The pipeline's blind scores are in
/// its README.
const PROBE131_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.36),
    ("organizations", 0.87),
    ("agreements", 0.66),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 1.0),
];

#[test]
fn probe131_set_scores_above_its_floors() {
    assert_probe_floors("probe131", &PROBE131_FLOORS);
}

/// The hundred-thirty-third probe set (`tests/fixtures/probe133`): a plain sample drawn like
/// the owner's held-out set, written blind; `extract` on the raw files, the floors its blind
/// scores rounded down one step (0.01), ministers one more (0.600 sits on its boundary). The
/// five .html files read as markup: their titles (the doctype, a `<meta>` or the `<title>`
/// line comes out), four dates, two departments and ob01's minister miss, ob03's minister
/// comes out as "Alice Bah", ob07's two sums closing a `<p>` miss, ob01's `<title>` and
/// ob06's front matter repeat a headline's sum, and the three front matters come out as the
/// .md files' titles. The pipeline's blind scores are in its README.
const PROBE133_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.96),
    ("amount_regions", 1.0),
    ("ministers", 0.59),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe133_set_scores_above_its_floors() {
    assert_probe_floors("probe133", &PROBE133_FLOORS);
}

/// The hundred-thirty-second probe set (`tests/fixtures/probe132`): text copied from a
/// browser, whole pages pasted into eleven .txt and three .md files with their chrome as plain
/// lines, 2006–2025, written blind; `extract` on the raw files, the floors its blind scores
/// rounded down one step (0.01). The misses are those through the binary (ck01's title a
/// chrome line) and more: the three front matters come out as the .md files' titles (ck04's
/// then counts its sum once more), and ck11's date below its front matter is not found. The pipeline's blind scores are
/// in its README.
const PROBE132_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.96),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.66),
    ("published", 0.96),
    ("title", 0.71),
    ("department", 1.0),
];

#[test]
fn probe132_set_scores_above_its_floors() {
    assert_probe_floors("probe132", &PROBE132_FLOORS);
}

/// The hundred-thirty-fourth probe set (`tests/fixtures/probe134`): whole regeringen.se page
/// saves as a browser saves them (the old /sb/d/ layout and the layout of 2015 onwards,
/// 2006–2025), written blind; `extract` on the raw files, the floors its blind scores rounded
/// down one step (0.01): the 14 .html files read as markup, so no title, date or department
/// and no whole minister come out, and the head's meta tags and JSON-LD, breadcrumbs, footers,
/// related headlines and share links add repeated sums, bodies, regions and agreements. The
/// pipeline's blind scores are in its README.
const PROBE134_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.62),
    ("amount_regions", 0.53),
    ("ministers", 0.38),
    ("regions", 0.90),
    ("organizations", 0.88),
    ("agreements", 0.66),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 0.0),
];

#[test]
fn probe134_set_scores_above_its_floors() {
    assert_probe_floors("probe134", &PROBE134_FLOORS);
}

/// The hundred-thirty-seventh probe set (`tests/fixtures/probe137`): a plain sample drawn as
/// the owner's held-out set is (four regeringen.se releases, two of SKL/SKR, three state
/// agencies, two county boards, two regions and a municipality, 2003–2025), written blind;
/// `extract` on the raw files, the floors its blind scores rounded down one step (0.01): the
/// six .html files read as markup, so their titles and dates, the two regeringen.se pages'
/// departments and ministers miss (pt01's comes out as "Lena Adelsohn"), pt06's HTML table
/// gives none of its 22 sums, a sum before a `</p>` misses and a head's description or a
/// front matter repeats a sum; the three front matters come out as the .md files' titles.
/// The pipeline's blind scores are in its README.
const PROBE137_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.76),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.72),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe137_set_scores_above_its_floors() {
    assert_probe_floors("probe137", &PROBE137_FLOORS);
}

/// The hundred-thirty-fifth probe set (`tests/fixtures/probe135`): whole pages copied from a
/// browser into text files (2006–2025), written blind; `extract` on the raw files, the floors
/// its blind scores rounded down one step (0.01): the two front matters come out as the .md
/// files' titles (dp04's also as a third "20 miljoner kronor"), and dp06's and dp07's titles
/// are chrome lines, as through the binary. The pipeline's blind scores are in its README.
const PROBE135_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.71),
    ("department", 1.0),
];

#[test]
fn probe135_set_scores_above_its_floors() {
    assert_probe_floors("probe135", &PROBE135_FLOORS);
}

/// The hundred-thirty-sixth probe set (`tests/fixtures/probe136`): whole page saves of news
/// wires' pages of one release as a browser saves them (Cision Wire, Mynewsdesk, PR Newswire,
/// Via TT/TT Spektra and two senders' own newsrooms, 2006–2025), written blind; `extract` on
/// the raw files, the floors its blind scores rounded down one step (0.01; agreements, exactly
/// on its boundary, one step more): the 14 .html files read as markup, so no title or date
/// comes out, and side columns, related headlines, footers and meta descriptions add bodies,
/// regions and repeated sums. The pipeline's blind scores are in its README.
const PROBE136_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.65),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 0.62),
    ("organizations", 0.62),
    ("agreements", 0.79),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 1.0),
];

#[test]
fn probe136_set_scores_above_its_floors() {
    assert_probe_floors("probe136", &PROBE136_FLOORS);
}

/// The hundred-thirty-eighth probe set (`tests/fixtures/probe138`): whole page saves as a
/// browser saves them (SKL/SKR, six state agencies, two county boards and two regions,
/// 2009–2024), written blind; `extract` on the raw files, the floors its blind scores rounded
/// down one step (0.01), one step more on a boundary: the 14 .html files read as markup, so no
/// title or date comes out, and menus, county pickers, related headlines and side columns add
/// sums, regions and bodies. The pipeline's blind scores are in its README.
const PROBE138_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.75),
    ("amount_regions", 0.0),
    ("ministers", 0.49),
    ("regions", 0.41),
    ("organizations", 0.84),
    ("agreements", 0.79),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 1.0),
];

#[test]
fn probe138_set_scores_above_its_floors() {
    assert_probe_floors("probe138", &PROBE138_FLOORS);
}

/// The hundred-thirty-ninth probe set (`tests/fixtures/probe139`): a plain sample like the
/// owner's held-out set (four regeringen.se releases, SKL/SKR, three state agencies, two
/// county boards, two regions and a municipality, 2003–2024), written blind; `extract` on the
/// raw files, the floors its blind scores rounded down one step (0.01). The seven .html files
/// read as markup: their titles (the doctype or the `<title>` line comes out), dates and the
/// two regeringen.se HTML releases' ministers and departments miss, the cells of both HTML
/// tables miss (zq03, zq06), and the `<title>` or meta description repeats a headline's sum
/// (zq01, zq06); the two front matters come out as the .md files' titles. The pipeline's
/// blind scores are in its README.
const PROBE139_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.85),
    ("amount_regions", 0.0),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.66),
];

#[test]
fn probe139_set_scores_above_its_floors() {
    assert_probe_floors("probe139", &PROBE139_FLOORS);
}

/// The hundred-fortieth probe set (`tests/fixtures/probe140`): news-wire reposts (TT Spektra,
/// Via TT, Mynewsdesk, Cision and PR Newswire pages and copies, 2005–2025), written blind;
/// `extract` on the raw files, the floors its blind scores rounded down one step (0.01).
/// (agreements 0.800 and published 0.600, exactly on their boundaries, one step more). The
/// seven .html files read as markup: their titles (the doctype or the `<title>` line comes
/// out) and dates miss, four sums before a `</p>` miss (w08, w09, w13 twice), the `<title>`
/// repeats w02's headline sum and the front matter w07's and w12's; PR Newswire's "News
/// Releases" link comes out as a body (w03). The pipeline's blind scores are in its README.
const PROBE140_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.79),
    ("published", 0.59),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe140_set_scores_above_its_floors() {
    assert_probe_floors("probe140", &PROBE140_FLOORS);
}

/// The hundred-forty-first probe set (`tests/fixtures/probe141`): a plain sample like the
/// owner's held-out set (regeringen.se, SKL, state agencies, county boards, regions and
/// municipalities, 2005–2025), written blind; `extract` on the raw files, the floors its blind
/// scores rounded down one step (0.01; agreements and department, 0.800, exactly on their
/// boundary, one step more; amount_regions, 0.000, stays). The seven .html files read as
/// markup: their titles (the doctype or the `<title>` line comes out) and dates miss, ku01's
/// minister and department miss, ku04's table cells miss, and two sums closing a `</p>` miss
/// (ku01, ku09); the front matter comes out as the two .md files' titles. The pipeline's blind
/// scores are in its README.
const PROBE141_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.86),
    ("amount_regions", 0.0),
    ("ministers", 0.85),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.79),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.79),
];

#[test]
fn probe141_set_scores_above_its_floors() {
    assert_probe_floors("probe141", &PROBE141_FLOORS);
}

/// The hundred-forty-second probe set (`tests/fixtures/probe142`): whole page saves as a
/// browser saves them (three regeringen.se releases, four municipalities, four state agencies
/// and three regions, 2009–2025), written blind; `extract` on the raw files, the floors its
/// blind scores rounded down one step (0.01), one step more on a boundary (regions, 0.880):
/// the 14 .html files read as markup, so no title, date, minister or department comes out,
/// a sum right before `.</p>` misses, and menus, side columns and related headlines add sums,
/// regions and bodies. The pipeline's blind scores are in its README.
const PROBE142_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.83),
    ("amount_regions", 0.0),
    ("ministers", 0.0),
    ("regions", 0.87),
    ("organizations", 0.75),
    ("agreements", 1.0),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 0.0),
];

#[test]
fn probe142_set_scores_above_its_floors() {
    assert_probe_floors("probe142", &PROBE142_FLOORS);
}

/// The hundred-forty-third probe set (`tests/fixtures/probe143`): a plain sample like the
/// owner's held-out set (four regeringen.se releases, SKL, three state agencies, two county
/// boards, two regions and two municipalities, 2003–2025; 7 .html, 5 .txt, 2 .md), written
/// blind; `extract` on the raw files, the floors its blind scores rounded down one step
/// (0.01), one step more on a boundary (department, 0.400): the .html files read as
/// markup, so the cells of their two tables, their titles and dates and two of their
/// ministers and departments miss, and the .md files' front matter comes out as their
/// titles. The pipeline's blind scores are in its README.
const PROBE143_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.82),
    ("amount_regions", 0.44),
    ("ministers", 0.66),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.39),
];

#[test]
fn probe143_set_scores_above_its_floors() {
    assert_probe_floors("probe143", &PROBE143_FLOORS);
}

/// The hundred-forty-fourth probe set (`tests/fixtures/probe144`): a plain sample like the
/// owner's held-out set (five regeringen.se releases, SKL, three state agencies, a
/// landsting and a region, two municipalities and a university, 1999–2025; 9 .txt, 3
/// .html, 2 .md), written blind; `extract` on the raw files, the floors its blind scores
/// rounded down one step (0.01): the .html files read as markup (qw01 writes every
/// letter with a diacritic as an entity), so the cells of qw06's table, their titles and
/// dates and two ministers miss, and the .md front matter comes out as a title. The
/// pipeline's blind scores are in its README.
const PROBE144_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 0.83),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.79),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.66),
];

#[test]
fn probe144_set_scores_above_its_floors() {
    assert_probe_floors("probe144", &PROBE144_FLOORS);
}

/// The hundred-forty-fifth probe set (`tests/fixtures/probe145`): a plain sample like the
/// owner's held-out set (four regeringen.se releases, SKR, three state agencies, two
/// county boards, a landsting and a region, a municipality and a foundation, 2001–2022;
/// 9 .txt, 3 .html, 2 .md), written blind; `extract` on the raw files, the floors its
/// blind scores rounded down one step (0.01), one step more on a boundary (published,
/// 0.880): the .html files read as markup, so the cells of qx05's table, their titles
/// and dates and two departments miss, and the .md front matter comes out as a title.
/// The pipeline's blind scores are in its README.
const PROBE145_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 0.58),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 0.57),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.66),
];

#[test]
fn probe145_set_scores_above_its_floors() {
    assert_probe_floors("probe145", &PROBE145_FLOORS);
}

/// The hundred-forty-sixth probe set (`tests/fixtures/probe146`): a plain sample like the
/// owner's held-out set on health care, schools, research, culture, sport and civil
/// society (four regeringen.se releases, SKR, three state agencies, a county board, two
/// landsting and regions, a municipality and a university, 1998–2025; 9 .txt, 3 .html, 2
/// .md), written blind; `extract` on the raw files, the floors its blind scores rounded
/// down one step (0.01), one step more on a boundary (ministers, 0.750; published, 0.880):
/// the .html files read as markup, so their titles, dates, a department and a minister
/// miss, with the cells of qy07's table; seven sums of qy05 (.md) miss, and qy10's front
/// matter comes out as a title. The pipeline's blind scores are in its README.
const PROBE146_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 0.82),
    ("ministers", 0.74),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.0),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.85),
];

#[test]
fn probe146_set_scores_above_its_floors() {
    assert_probe_floors("probe146", &PROBE146_FLOORS);
}

/// The hundred-forty-seventh probe set (`tests/fixtures/probe147`): a plain sample like
/// the owner's held-out set on roads, transport, energy, nature, water, farming, housing,
/// the labour market, crisis preparedness and justice (four regeringen.se releases, SKR,
/// three state agencies, two county boards, a landsting and a region, a municipality and a
/// state-owned company, 1998–2025; 9 .txt, 3 .html, 2 .md), written blind; `extract` on
/// the raw files, the floors its blind scores rounded down one step (0.01), one step more
/// on a boundary (ministers, 0.800; published, 0.880): the .html files read as markup, so
/// their titles, dates, two departments and ministers and the cells of qz04's table
/// miss, qz05's front matter comes out as a title, and qz10's column of flats was read
/// as money. The pipeline's blind scores are in its README.
const PROBE147_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.89),
    ("amount_regions", 0.57),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 0.61),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.66),
];

#[test]
fn probe147_set_scores_above_its_floors() {
    assert_probe_floors("probe147", &PROBE147_FLOORS);
}

/// The hundred-forty-eighth probe set (`tests/fixtures/probe148`): a plain sample like
/// the owner's held-out set on regional development, EU funds, tourism, fisheries,
/// integration, libraries, dental care and regions' budgets (four regeringen.se
/// releases, SKL, three state agencies, a county board, two regions, a municipality, a
/// federation of municipalities and a state-owned company, 1999–2025; 9 .txt, 3 .html, 2
/// .md), written blind; `extract` on the raw files, the floors its blind scores rounded
/// down one step (0.01), one step more on a boundary (agreements, 0.750; published,
/// 0.880): the .html files read as markup, so their titles, dates, a department and a
/// minister miss, with the cells of ra14's table; ra12's Markdown table loses its rows
/// and its front matter comes out as a title. The pipeline's blind scores are in its
/// README.
const PROBE148_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.90),
    ("amount_regions", 0.76),
    ("ministers", 0.85),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 0.74),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.85),
];

#[test]
fn probe148_set_scores_above_its_floors() {
    assert_probe_floors("probe148", &PROBE148_FLOORS);
}

/// The hundred-forty-ninth probe set (`tests/fixtures/probe149`): a plain sample like the
/// owner's held-out set on elder care, disability, youth, public health, defence,
/// foreign aid, research infrastructure, museums and waste (four regeringen.se releases,
/// SKR, three state agencies, a county board, a landsting and a region, a municipality
/// and a federation of municipalities, 1998–2024; 9 .txt, 3 .html, 2 .md), written blind;
/// `extract` on the raw files, the floors its blind scores rounded down one step (0.01),
/// one step more on a boundary (published, 0.880): the .html files read as markup, so
/// their titles, dates, a department and the cells of rb12's table miss; rb07's Markdown
/// table loses its rows and its front matter comes out as a title. The pipeline's blind
/// scores are in its README.
const PROBE149_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.91),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.0),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.85),
];

#[test]
fn probe149_set_scores_above_its_floors() {
    assert_probe_floors("probe149", &PROBE149_FLOORS);
}

/// The hundred-fiftieth probe set (`tests/fixtures/probe150`): a plain sample like the
/// owner's held-out set on schools, research, culture, sport, press support, elections,
/// consumer affairs and equality (four regeringen.se releases, SKL, three state
/// agencies, two county boards, a landsting and a region, a municipality and a research
/// foundation, 1999–2025; 9 .txt, 3 .html, 2 .md), written blind; `extract` on the raw
/// files, the floors its blind scores rounded down one step (0.01), one step more on a
/// boundary (published, 0.880): the .html files read as markup, so their titles, dates,
/// a department and a minister and the cells of rc02's table miss, and so does rc03's
/// (.md) department. The pipeline's blind scores are in its README.
const PROBE150_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.92),
    ("amount_regions", 1.0),
    ("ministers", 0.88),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.87),
    ("title", 0.78),
    ("department", 0.66),
];

#[test]
fn probe150_set_scores_above_its_floors() {
    assert_probe_floors("probe150", &PROBE150_FLOORS);
}

/// The hundred-fifty-first probe set (`tests/fixtures/probe151`): a plain sample like
/// the owner's held-out set on hospital and primary care, psychiatry, medicines and
/// vaccination, patient safety and care staff (four regeringen.se releases, SKL, three
/// state agencies, two county boards, a landsting and a region, a municipality and the
/// regions' mutual insurer, 1998–2024; 9 .txt, 3 .html, 2 .md), written blind; `extract`
/// on the raw files, the floors its blind scores rounded down one step (0.01), one step
/// more on a boundary (published, 0.880): the .html files read as markup, so their
/// titles, dates, a department and a minister and the cells of rd05's table miss, rd06's
/// Markdown table loses its rows, and rd04's front matter comes out as a title. The
/// pipeline's blind scores are in its README.
const PROBE151_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.88),
    ("amount_regions", 0.57),
    ("ministers", 0.85),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.85),
    ("published", 0.87),
    ("title", 0.71),
    ("department", 0.85),
];

#[test]
fn probe151_set_scores_above_its_floors() {
    assert_probe_floors("probe151", &PROBE151_FLOORS);
}

/// The hundred-twenty-eighth probe set (`tests/fixtures/probe128`): releases of national
/// senders naming 4–8 bodies each, 2004–2025, written blind; `extract` on the raw files, the
/// floors its blind scores rounded down one step (0.01; published, 0.600, exactly on its
/// boundary, one step more; ministers and department, 0.000, stay). The eight .html files
/// read as markup: their titles (the doctype or the `<title>` line comes out) and dates miss,
/// as do the five regeringen.se releases' ministers and departments and t11's "25 miljoner
/// kronor" closing a `<p>`; the front matter comes out as the two .md files' titles, and t10's
/// sender line as its title (as through the binary). The pipeline's blind scores are in its
/// README.
const PROBE128_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.97),
    ("amount_regions", 1.0),
    ("ministers", 0.0),
    ("regions", 1.0),
    ("organizations", 0.83),
    ("agreements", 1.0),
    ("published", 0.59),
    ("title", 0.21),
    ("department", 0.0),
];

#[test]
fn probe128_set_scores_above_its_floors() {
    assert_probe_floors("probe128", &PROBE128_FLOORS);
}

/// The hundred-twenty-ninth probe set (`tests/fixtures/probe129`): whole page saves as a
/// browser saves them (regeringen.se, state agencies, news wires' pages, SKL/SKR and research
/// bodies, 2004–2025), written blind; `extract` on the raw files, the floors its blind scores
/// rounded down one step (0.01; ministers, regions and agreements, exactly on their
/// boundaries, one step more): the 14 .html files read as markup, so no title, date or
/// department and one minister of four come out, and menus, sitemaps, related headlines,
/// meta descriptions and JSON-LD add regions, bodies and repeated sums. The pipeline's blind
/// scores are in its README.
const PROBE129_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.76),
    ("amount_regions", 1.0),
    ("ministers", 0.39),
    ("regions", 0.39),
    ("organizations", 0.81),
    ("agreements", 0.79),
    ("published", 0.0),
    ("title", 0.0),
    ("department", 0.0),
];

#[test]
fn probe129_set_scores_above_its_floors() {
    assert_probe_floors("probe129", &PROBE129_FLOORS);
}

/// The hundred-eleventh probe set (`tests/fixtures/probe111`): a plain sample like the
/// owner's held-out set, 2003–2025, written blind; `extract` on the raw files, the floors
/// its blind scores rounded down one step (0.01; ministers, 0.500, and department, 0.400,
/// exactly on their boundaries, one step more; amount_regions, 0.000, stays). The seven
/// .html files read as markup: their titles (the doctype or the `<title>` line comes out)
/// and dates miss, the three regeringen.se pages' departments miss, the ministers closing a
/// `</p>` miss or lose their last name (cm01's "Lena Adelsohn"), the table cells of cm02,
/// cm10 and cm12 miss, as do cm09's sum closing a `</p>` and one of cm10's two sums of 2,4
/// million, cm03's `<title>` gives its headline's sum a third time, cm02's agreement comes
/// out twice (its `<title>` and `<h1>` lines), and the two front matters come out as the
/// .md files' titles. The pipeline's blind scores are in its README.
const PROBE111_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.73),
    ("amount_regions", 0.0),
    ("ministers", 0.49),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 0.66),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.39),
];

#[test]
fn probe111_set_scores_above_its_floors() {
    assert_probe_floors("probe111", &PROBE111_FLOORS);
}

/// Per kind, the hundred-twelfth probe set's F1 below which a change counts as a regression
/// (a plain sample like the owner's held-out set, 2004–2025, written blind; the set writes
/// no rule): the blind scores of `extract` on the raw files rounded down one step (0.01;
/// ministers, 0.800, and department, 0.500, sit on their boundaries, one step more). The
/// seven .html files read as markup: their titles (the doctype or the `<title>` line comes
/// out), dates and table cells miss, the two regeringen.se pages' departments miss, one of
/// cm02's two "30 miljoner kronor" and cm05's "12 miljoner kronor" (closing its `<p>`)
/// miss, and cm02's minister comes out as "Alice Bah"; the two front matters come out as
/// the .md files' titles. The pipeline's blind scores are in its README.
const PROBE112_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.71),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 0.66),
    ("title", 0.35),
    ("department", 0.49),
];

#[test]
fn probe112_set_scores_above_its_floors() {
    assert_probe_floors("probe112", &PROBE112_FLOORS);
}

/// The hundred-thirteenth probe set (`tests/fixtures/probe113`): fourteen local and regional
/// senders' releases naming 6–9 bodies each, written blind; `extract` on the raw files, the
/// floors its blind scores rounded down one step (0.01). The five .html files read as
/// markup: their titles (the doctype or the `<head>` line comes out) and four dates miss,
/// the sums closing a `<p>` miss (bf05's "5,2 miljoner kronor", bf10's "14 miljoner
/// kronor"), bf01's "Rörö Fisk &amp; Skaldjur AB" comes out as two names, and the three
/// front matters come out as the .md files' titles (bf07's date misses too). The
/// pipeline's blind scores are in its README.
const PROBE113_FLOORS: [(&str, f64); 9] = [
    ("amounts", 0.96),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 0.78),
    ("title", 0.35),
    ("department", 1.0),
];

#[test]
fn probe113_set_scores_above_its_floors() {
    assert_probe_floors("probe113", &PROBE113_FLOORS);
}
