//! Running a query: ranked hits with snippets and the entities of each document.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::Field;
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::{DateTime, DocAddress, Order, Score, Searcher, TantivyDocument, Term};

use crate::analysis;
use crate::archive::Archive;
use crate::document::{
    StoredDocument, StoredEntities, FACET_AGREEMENT, FACET_MINISTER, FACET_ORG, FACET_REGION,
    FACET_YEAR,
};
use crate::error::SearchError;
use crate::facet_tally::{FacetTallies, FacetTally};
use crate::highlight;
use crate::query::parse_query;
use crate::query::Query;
use crate::schema::{MAX_AMOUNT, PUBLISHED};

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text in pressarkiv's query language.
    pub query: String,
    /// Hits to return at most.
    pub limit: usize,
    /// Hits to skip, for paging.
    pub offset: usize,
    /// Order of the hits.
    pub sort: SortOrder,
    /// No typo tolerance.
    pub exact: bool,
    /// Also count all matching documents by minister, agreement, region, organization
    /// and year.
    pub facets: bool,
}

impl SearchRequest {
    /// The first ten hits of `query`, best first.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            limit: 10,
            offset: 0,
            sort: SortOrder::Relevance,
            exact: false,
            facets: false,
        }
    }
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Best match first; equal scores newest first.
    #[default]
    Relevance,
    /// Newest publication date first (undated last).
    Date,
    /// Largest amount in the release first.
    Amount,
}

/// A page of hits and the number of all matching documents.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// How many documents match in all.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Counts over all matching documents, when asked for: kind → (value, count),
    /// most frequent first.
    pub facets: Option<BTreeMap<String, Vec<FacetCount>>>,
}

/// How many matching documents have one value of a facet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value, e.g. "Lena Hallengren" or "2022".
    pub value: String,
    /// Matching documents with it.
    pub count: u64,
}

/// The facet kinds, in the order they are shown.
const FACET_KINDS: [&str; 5] = [
    FACET_MINISTER,
    FACET_AGREEMENT,
    FACET_REGION,
    FACET_ORG,
    FACET_YEAR,
];

/// One matching press release.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// The document's id, for [`Archive::document`].
    pub id: String,
    /// Path relative to the corpus root.
    pub path: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date (ISO), when known.
    pub published: Option<String>,
    /// Relevance score.
    pub score: f32,
    /// The best passage, with the matched words marked.
    pub snippet: SnippetText,
    /// The document's entities.
    pub entities: StoredEntities,
}

/// A passage of text and the byte ranges in it to highlight.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SnippetText {
    /// The passage.
    pub text: String,
    /// Byte ranges `[start, end)` of `text` that matched, sorted, not overlapping.
    pub highlights: Vec<(usize, usize)>,
    /// The amounts of money that stand in the passage.
    pub amounts: Vec<SnippetAmount>,
}

/// An amount of money as written, and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnippetAmount {
    /// As written, e.g. "ca 11 miljarder kronor".
    pub text: String,
    /// In kronor; negative for a table cell written with a minus sign.
    pub sek: i64,
}

impl SnippetText {
    /// The passage with every highlight wrapped in `open` … `close`; `escape` is applied
    /// to the text between (HTML escaping for the web, identity for a terminal).
    pub fn marked(&self, open: &str, close: &str, escape: impl Fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut at = 0;
        for &(start, end) in &self.highlights {
            let (Some(before), Some(marked)) =
                (self.text.get(at..start), self.text.get(start..end))
            else {
                continue;
            };
            out.push_str(&escape(before));
            out.push_str(open);
            out.push_str(&escape(marked));
            out.push_str(close);
            at = end;
        }
        out.push_str(&escape(self.text.get(at..).unwrap_or_default()));
        out
    }
}

impl Archive {
    /// Runs `request` on the latest reloaded commit.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let query = parse_query(self, &request.query, request.exact)?;
        let searcher = self.searcher();
        let (top_docs, total, facet_counts) = top_documents(&searcher, &query, request)?;
        let facets = facet_counts.map(by_kind);
        let fields = self.fields();
        let snippets = snippet_generator(&searcher, &query, fields.body)?;
        let mut hits = Vec::with_capacity(top_docs.len());
        for (score, address) in top_docs.into_iter().take(request.limit) {
            let doc: TantivyDocument = searcher.doc(address)?;
            let stored = StoredDocument::read(&doc, fields);
            let spans = highlight::entity_spans(
                &stored.entities,
                &query.filters,
                self.index().tokenizers(),
            );
            let passage = match &snippets {
                Some(snippets) => snippets.snippet(&stored.body),
                None => Snippet::empty(),
            };
            let snippet = highlight::compose(&stored.body, &passage, &spans, &stored.entities);
            hits.push(Hit {
                id: crate::view::document_id(&stored.path),
                path: stored.path,
                title: stored.title,
                published: stored.published,
                score,
                snippet,
                entities: stored.entities,
            });
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
        })
    }
}

/// tantivy's `SnippetGenerator::create` with an analyzer that analyzes only the words
/// that may yield the query's terms (see [`crate::analysis::snippet_analyzer`]). None
/// when the query has no term of `field` in the archive (`*`, filters only): tantivy's
/// snippet is then empty whatever the text, so no text need be analyzed.
fn snippet_generator(
    searcher: &Searcher,
    query: &Query,
    field: Field,
) -> tantivy::Result<Option<SnippetGenerator>> {
    let mut terms: BTreeSet<Term> = BTreeSet::new();
    query.inner.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.insert(term.clone());
        }
    });
    for folded in &query.folded {
        terms.extend(query.spellings.of(searcher, field, folded)?.iter().cloned());
    }
    // Rarer terms weigh more in choosing the passage, as in tantivy's own.
    let mut weights: BTreeMap<String, Score> = BTreeMap::new();
    for term in &terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        let doc_freq = searcher.doc_freq(term)?;
        if doc_freq > 0 {
            weights.insert(text.to_string(), 1.0 / (1.0 + doc_freq as Score));
        }
    }
    if weights.is_empty() {
        return Ok(None);
    }
    let analyzer = analysis::snippet_analyzer(weights.keys().map(String::as_str));
    Ok(Some(SnippetGenerator::new(
        weights,
        analyzer,
        field,
        highlight::SNIPPET_CHARS,
    )))
}

type Ranked = Vec<(f32, DocAddress)>;

/// The requested page in the requested order, the number of all matches and, when
/// asked for, their facet counts: one pass over the matches for all three.
fn top_documents(
    searcher: &Searcher,
    query: &Query,
    request: &SearchRequest,
) -> tantivy::Result<(Ranked, usize, Option<FacetTallies>)> {
    let facets = request.facets.then_some(FacetTally);
    let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
    let by_date = (
        SortByStaticFastValue::<DateTime>::for_field(PUBLISHED),
        Order::Desc,
    );
    Ok(match request.sort {
        SortOrder::Relevance => {
            let collector = top.order_by(((SortBySimilarityScore, Order::Desc), by_date));
            let (docs, total, facets) =
                searcher.search(&*query.inner, &(collector, Count, facets))?;
            let docs = docs
                .into_iter()
                .map(|((score, _), doc)| (score, doc))
                .collect();
            (docs, total, facets)
        }
        SortOrder::Date => {
            let (docs, total, facets) =
                searcher.search(&*query.inner, &(top.order_by(by_date), Count, facets))?;
            (
                docs.into_iter().map(|(_, doc)| (0.0, doc)).collect(),
                total,
                facets,
            )
        }
        SortOrder::Amount => {
            let by_amount = (
                SortByStaticFastValue::<u64>::for_field(MAX_AMOUNT),
                Order::Desc,
            );
            let (docs, total, facets) =
                searcher.search(&*query.inner, &(top.order_by(by_amount), Count, facets))?;
            (
                docs.into_iter().map(|(_, doc)| (0.0, doc)).collect(),
                total,
                facets,
            )
        }
    })
}

/// Counts the matching documents per value of each facet kind.
/// Facet counts per kind, most frequent value first.
fn by_kind(counts: FacetTallies) -> BTreeMap<String, Vec<FacetCount>> {
    let mut out: BTreeMap<String, Vec<FacetCount>> = FACET_KINDS
        .iter()
        .map(|kind| (kind.to_string(), Vec::new()))
        .collect();
    for ((kind, value), count) in counts {
        if let Some(values) = out.get_mut(&kind) {
            values.push(FacetCount { value, count });
        }
    }
    for values in out.values_mut() {
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    }
    out
}
