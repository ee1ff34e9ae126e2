//! Scores extractions against the gold standard, by the rules of the gold README:
//! per document and per kind, precision / recall / F1, micro-averaged over documents.
//!
//! Works on `serde_json::Value` documents in the gold shape (`file`, `title`,
//! `published`, `department`, `amounts[{text, sek, qualifier, region}]`,
//! `ministers[{name, title}]`, `agreements[str]`, `regions[str]`, `organizations[str]`),
//! so both the library test and the CLI test (`pressarkiv extract --json`) can use it.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

/// The kinds scored, in the order they are printed.
pub const KINDS: &[&str] = &[
    "amounts",
    "amount_regions",
    "ministers",
    "agreements",
    "regions",
    "organizations",
    "published",
    "title",
    "department",
];

/// True positives, false positives and false negatives of one kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Precision; 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall; 1.0 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// Multiset match: each gold item matches at most one predicted item.
fn multiset<T: Eq + std::hash::Hash>(gold: Vec<T>, pred: Vec<T>) -> Counts {
    let mut left: HashMap<T, usize> = HashMap::new();
    let gold_len = gold.len();
    for g in gold {
        *left.entry(g).or_default() += 1;
    }
    let mut tp = 0;
    let pred_len = pred.len();
    for p in pred {
        if let Some(n) = left.get_mut(&p).filter(|n| **n > 0) {
            *n -= 1;
            tp += 1;
        }
    }
    Counts {
        tp,
        fp: pred_len - tp,
        fn_: gold_len - tp,
    }
}

/// Set match of case-folded strings.
fn set(gold: Vec<String>, pred: Vec<String>) -> Counts {
    let dedup = |v: Vec<String>| {
        let mut v: Vec<String> = v.into_iter().map(|s| s.trim().to_lowercase()).collect();
        v.sort();
        v.dedup();
        v
    };
    multiset(dedup(gold), dedup(pred))
}

fn strings(doc: &Value, key: &str) -> Vec<String> {
    doc[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

fn amounts(doc: &Value) -> Vec<&Value> {
    doc["amounts"].as_array().into_iter().flatten().collect()
}

/// One optional value: a match, a wrong or extra prediction, a miss.
fn single(gold: &Value, pred: &Value) -> Counts {
    let norm = |v: &Value| {
        v.as_str()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    match (norm(gold), norm(pred)) {
        (Some(g), Some(p)) if g == p => Counts {
            tp: 1,
            fp: 0,
            fn_: 0,
        },
        (Some(_), Some(_)) => Counts {
            tp: 0,
            fp: 1,
            fn_: 1,
        },
        (Some(_), None) => Counts {
            tp: 0,
            fp: 0,
            fn_: 1,
        },
        (None, Some(_)) => Counts {
            tp: 0,
            fp: 1,
            fn_: 0,
        },
        (None, None) => Counts::default(),
    }
}

/// Lower case, without a leading "överenskommelse(n) om".
fn agreement_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    for prefix in ["överenskommelsen om ", "överenskommelse om "] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    lower
}

fn words(key: &str) -> Vec<String> {
    let mut w: Vec<String> = key
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    w.sort();
    w.dedup();
    w
}

/// The README's rule: one name contains the other, or they share at least 60% of their
/// words (of the longer name's words, the stricter reading).
pub fn agreement_matches(gold: &str, pred: &str) -> bool {
    let (g, p) = (agreement_key(gold), agreement_key(pred));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    if g.contains(&p) || p.contains(&g) {
        return true;
    }
    let (wg, wp) = (words(&g), words(&p));
    let shared = wg.iter().filter(|w| wp.contains(w)).count();
    let most = wg.len().max(wp.len());
    most > 0 && shared as f64 / most as f64 >= 0.6
}

fn agreements(gold: Vec<String>, pred: Vec<String>) -> Counts {
    let mut used = vec![false; gold.len()];
    let mut tp = 0;
    for p in &pred {
        if let Some(i) = (0..gold.len()).find(|&i| !used[i] && agreement_matches(&gold[i], p)) {
            used[i] = true;
            tp += 1;
        }
    }
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// Scores one predicted document against its gold document.
pub fn score_document(gold: &Value, pred: &Value) -> BTreeMap<&'static str, Counts> {
    let sek = |docs: &Value| {
        amounts(docs)
            .iter()
            .filter_map(|a| a["sek"].as_i64())
            .collect::<Vec<_>>()
    };
    let pairs = |docs: &Value| {
        amounts(docs)
            .iter()
            .filter_map(|a| {
                Some((
                    a["region"].as_str()?.trim().to_lowercase(),
                    a["sek"].as_i64()?,
                ))
            })
            .collect::<Vec<_>>()
    };
    let ministers = |docs: &Value| {
        docs["ministers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["name"].as_str().map(str::to_string))
            .collect()
    };
    let mut out = BTreeMap::new();
    out.insert("amounts", multiset(sek(gold), sek(pred)));
    out.insert("amount_regions", multiset(pairs(gold), pairs(pred)));
    out.insert("ministers", set(ministers(gold), ministers(pred)));
    out.insert(
        "agreements",
        agreements(strings(gold, "agreements"), strings(pred, "agreements")),
    );
    out.insert(
        "regions",
        set(strings(gold, "regions"), strings(pred, "regions")),
    );
    out.insert(
        "organizations",
        set(
            strings(gold, "organizations"),
            strings(pred, "organizations"),
        ),
    );
    out.insert("published", single(&gold["published"], &pred["published"]));
    out.insert("title", single(&gold["title"], &pred["title"]));
    out.insert(
        "department",
        single(&gold["department"], &pred["department"]),
    );
    out
}

/// Scores predictions against gold documents, matched by `file` (a predicted `file` may
/// be a path ending in the gold name). A gold document without a prediction scores as
/// an empty prediction.
pub fn score_corpus(gold: &[Value], pred: &[Value]) -> BTreeMap<&'static str, Counts> {
    let mut total: BTreeMap<&'static str, Counts> =
        KINDS.iter().map(|k| (*k, Counts::default())).collect();
    let empty = Value::Object(Default::default());
    for g in gold {
        let name = g["file"].as_str().unwrap_or_default();
        let p = pred
            .iter()
            .find(|p| {
                p["file"]
                    .as_str()
                    .is_some_and(|f| !name.is_empty() && f.ends_with(name))
            })
            .unwrap_or(&empty);
        for (kind, counts) in score_document(g, p) {
            total.entry(kind).or_default().add(counts);
        }
    }
    total
}

/// The scores as a table, one row per kind.
pub fn table(scores: &BTreeMap<&'static str, Counts>) -> String {
    let mut out = format!(
        "{:<16} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n",
        "kind", "tp", "fp", "fn", "P", "R", "F1"
    );
    for kind in KINDS {
        if let Some(c) = scores.get(kind) {
            out.push_str(&format!(
                "{:<16} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}\n",
                kind,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            ));
        }
    }
    out
}

/// Gold amounts that name a table, and how many of them a predicted amount names
/// exactly alike.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct TableNames {
    pub exact: usize,
    pub total: usize,
}

/// Counts the gold amounts with a `table` whose predicted amount carries the same name.
/// Each gold amount is matched, in document order, to the first predicted amount of the
/// same `sek` not matched before, as the amounts are scored.
pub fn table_names(gold: &Value, pred: &Value) -> TableNames {
    let predicted = amounts(pred);
    let mut used = vec![false; predicted.len()];
    let mut counts = TableNames::default();
    for g in amounts(gold) {
        let matched = (0..predicted.len())
            .find(|&i| !used[i] && g["sek"].as_i64().is_some() && predicted[i]["sek"] == g["sek"]);
        if let Some(i) = matched {
            used[i] = true;
        }
        let Some(table) = g["table"].as_str() else {
            continue;
        };
        counts.total += 1;
        if matched.is_some_and(|i| predicted[i]["table"].as_str() == Some(table)) {
            counts.exact += 1;
        }
    }
    counts
}
