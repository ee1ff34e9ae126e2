//! The JSON shapes of the API (see API-CONTRACT in the README): hits and documents as
//! the page reads them.

use pressarkiv_normalize::Span;
use pressarkiv_search::{DocumentView, Hit, SearchRequest, SearchResults, StoredEntities};
use serde::Serialize;
use serde_json::{json, Value};

/// `/api/search`'s answer.
pub fn search(request: &SearchRequest, results: &SearchResults, elapsed_ms: f64) -> Value {
    let hits: Vec<Value> = results.hits.iter().map(hit).collect();
    let mut out = json!({
        "query": request.query,
        "total": results.total,
        "elapsed_ms": elapsed_ms,
        "offset": request.offset,
        "limit": request.limit,
        "hits": hits,
    });
    if let Some(facets) = &results.facets {
        out["facets"] = json!(facets);
    }
    out
}

fn hit(hit: &Hit) -> Value {
    let mut out = json!({
        "id": hit.id,
        "path": hit.path,
        "title": hit.title,
        "published": hit.published,
        "score": hit.score,
        // Plain text escaped; the only markup is <b> around what matched.
        "snippet": hit.snippet.marked("<b>", "</b>", |text| {
            html_escape::encode_safe(text).into_owned()
        }),
        "snippet_amounts": hit.snippet.amounts,
        "max_amount": hit.entities.max_amount(),
    });
    add_names(&mut out, &hit.entities);
    out
}

/// `department`, `ministers`, `agreements`, `regions` and `organizations`, as names.
fn add_names(out: &mut Value, entities: &StoredEntities) {
    let names = |names: Vec<&String>| json!(names);
    out["department"] = json!(entities.department);
    out["ministers"] = entities
        .ministers
        .iter()
        .map(|m| json!({"name": m.name, "title": m.title}))
        .collect();
    out["agreements"] = names(entities.agreements.iter().map(|a| &a.name).collect());
    out["regions"] = names(entities.regions.iter().map(|r| &r.name).collect());
    out["organizations"] = names(entities.organizations.iter().map(|o| &o.name).collect());
}

/// One highlighted stretch of a document's text.
#[derive(Debug, Serialize)]
struct EntitySpan<'a> {
    kind: &'static str,
    /// Byte offsets into the document's text.
    start: usize,
    end: usize,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sek: Option<i64>,
}

fn push_named<'a>(
    spans: &mut Vec<EntitySpan<'a>>,
    kind: &'static str,
    label: &'a str,
    ranges: &[Span],
) {
    spans.extend(ranges.iter().map(|range| EntitySpan {
        kind,
        start: range.start,
        end: range.end,
        label,
        sek: None,
    }));
}

/// `/api/documents/{id}`'s answer: the raw text (the page escapes it) and every entity
/// mention as a byte span into it, in text order.
pub fn document(view: &DocumentView) -> Value {
    let entities = &view.entities;
    let mut spans: Vec<EntitySpan> = Vec::new();
    for m in &entities.ministers {
        push_named(&mut spans, "minister", &m.name, &m.spans);
    }
    for a in &entities.agreements {
        push_named(&mut spans, "agreement", &a.name, &a.spans);
    }
    for r in &entities.regions {
        push_named(&mut spans, "region", &r.name, &r.spans);
    }
    for o in &entities.organizations {
        push_named(&mut spans, "organization", &o.name, &o.spans);
    }
    for p in &entities.people {
        push_named(&mut spans, "person", &p.name, &p.spans);
    }
    for amount in &entities.amounts {
        spans.push(EntitySpan {
            kind: "amount",
            start: amount.span.start,
            end: amount.span.end,
            label: &amount.text,
            sek: Some(amount.sek),
        });
    }
    spans.sort_by_key(|span| (span.start, span.end));
    let amounts: Vec<Value> = entities
        .amounts
        .iter()
        .map(|a| json!({"text": a.text, "sek": a.sek, "region": a.region, "table": a.table}))
        .collect();
    let mut out = json!({
        "id": view.id,
        "path": view.path,
        "title": view.title,
        "published": view.published,
        "text": view.text,
        "full_text_bytes": view.full_text_bytes,
        "entities": spans,
        "amounts": amounts,
    });
    add_names(&mut out, entities);
    out
}
