//! Running a query: ranked hits with snippets and the entities of each document.

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::snippet::SnippetGenerator;
use tantivy::TantivyDocument;

use crate::archive::Archive;
use crate::document::{StoredDocument, StoredEntities};
use crate::error::SearchError;
use crate::query::parse_query;

/// Longest snippet, in characters: two lines of a terminal.
const SNIPPET_CHARS: usize = 180;

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text in pressarkiv's query language.
    pub query: String,
    /// Hits to return at most.
    pub limit: usize,
    /// Hits to skip, for paging.
    pub offset: usize,
}

impl SearchRequest {
    /// The first ten hits of `query`.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            limit: 10,
            offset: 0,
        }
    }
}

/// A page of hits and the number of all matching documents.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// How many documents match in all.
    pub total: usize,
    /// The requested page of hits, best first.
    pub hits: Vec<Hit>,
}

/// One matching press release.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
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
    /// Byte ranges `[start, end)` of `text` that matched.
    pub highlights: Vec<(usize, usize)>,
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
        let query = parse_query(self, &request.query)?;
        let searcher = self.searcher();
        let top = TopDocs::with_limit(request.limit.max(1))
            .and_offset(request.offset)
            .order_by_score();
        let (top_docs, total) = searcher.search(&*query.inner, &(top, Count))?;
        let fields = self.fields();
        let mut snippets = SnippetGenerator::create(&searcher, &*query.inner, fields.body)?;
        snippets.set_max_num_chars(SNIPPET_CHARS);
        let mut hits = Vec::with_capacity(top_docs.len());
        for (score, address) in top_docs.into_iter().take(request.limit) {
            let doc: TantivyDocument = searcher.doc(address)?;
            let stored = StoredDocument::read(&doc, fields);
            let snippet = snippets.snippet(&stored.body);
            let snippet = if snippet.is_empty() {
                lead(&stored.body)
            } else {
                SnippetText {
                    text: snippet.fragment().to_string(),
                    highlights: snippet
                        .highlighted()
                        .iter()
                        .map(|range| (range.start, range.end))
                        .collect(),
                }
            };
            hits.push(Hit {
                path: stored.path,
                title: stored.title,
                published: stored.published,
                score,
                snippet,
                entities: stored.entities,
            });
        }
        Ok(SearchResults { total, hits })
    }
}

/// The opening of the body, for hits matched by filters alone.
fn lead(body: &str) -> SnippetText {
    let end = body
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(body.len(), |(at, _)| at);
    SnippetText {
        text: body[..end].to_string(),
        highlights: Vec::new(),
    }
}
