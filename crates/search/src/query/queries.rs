//! [`Queries`]: the sub-queries of a query that combines several ([`super::all_of::AllOf`],
//! [`super::any_of::AnyOf`]), cloned, weighed and visited as one list.

use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::Term;

/// Boxed sub-queries, in their given order.
#[derive(Debug)]
pub(super) struct Queries(Vec<Box<dyn Query>>);

impl Clone for Queries {
    fn clone(&self) -> Queries {
        Queries(self.0.iter().map(|query| query.box_clone()).collect())
    }
}

impl Queries {
    pub(super) fn new(queries: Vec<Box<dyn Query>>) -> Queries {
        Queries(queries)
    }

    /// Each sub-query's weight, in order.
    pub(super) fn weights(
        &self,
        enable_scoring: EnableScoring<'_>,
    ) -> tantivy::Result<Vec<Box<dyn Weight>>> {
        self.0
            .iter()
            .map(|query| query.weight(enable_scoring))
            .collect()
    }

    /// Visits every sub-query's terms, as `Query::query_terms` does.
    pub(super) fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for query in &self.0 {
            query.query_terms(visitor);
        }
    }
}
