//! The query language: free Swedish text, "phrases", AND/OR/NOT, parentheses, and
//! field filters (minister:, agreement:, region:, org:, amount:, published:, title:).

mod all_of;
mod any_of;
mod build;
mod folded;
mod lexer;
mod parser;
mod phrase;
mod positions;
mod queries;
mod term;
mod typo;
mod windowed;

pub(crate) use build::EntityFilter;
pub(crate) use folded::Spellings;
pub(crate) use parser::FieldName;

use std::sync::Arc;

use crate::archive::Archive;
use crate::error::SearchError;

/// A parsed query, ready to run against the [`Archive`] it was parsed for.
pub struct Query {
    pub(crate) inner: Box<dyn tantivy::query::Query>,
    /// Entity filters, for highlighting what they matched.
    pub(crate) filters: Vec<EntityFilter>,
    /// Terms looked up folded, for highlighting the spellings they matched.
    pub(crate) folded: Vec<String>,
    /// The spellings found for them.
    pub(crate) spellings: Arc<Spellings>,
    source: String,
}

impl Query {
    /// The query text as given.
    pub fn source(&self) -> &str {
        &self.source
    }
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Query")
            .field("source", &self.source)
            .finish()
    }
}

/// Parses `text` in pressarkiv's query language for `archive`; `exact` turns typo
/// tolerance off.
pub fn parse_query(archive: &Archive, text: &str, exact: bool) -> Result<Query, SearchError> {
    let tokens = lexer::tokenize(text)?;
    let tree = parser::parse(text, &tokens)?;
    let builder = build::Builder {
        query: text,
        fields: archive.fields(),
        tokenizers: archive.index().tokenizers(),
        exact,
        filters: Default::default(),
        folded: Default::default(),
        spellings: Default::default(),
    };
    let inner = builder.build(&tree)?;
    Ok(Query {
        inner,
        filters: builder.filters.into_inner(),
        folded: builder.folded.into_inner(),
        spellings: builder.spellings,
        source: text.to_string(),
    })
}

#[cfg(test)]
mod alias_tests;
#[cfg(test)]
mod range_tests;
#[cfg(test)]
mod test_archive;
#[cfg(test)]
mod test_index;
