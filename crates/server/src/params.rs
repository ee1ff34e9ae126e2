//! The query-string parameters of `/api/search` and `/api/stats`, checked and capped.

use std::collections::HashMap;

use pressarkiv_search::{GroupBy, SearchRequest, SortOrder};

use crate::error::ApiError;

/// Longest query text, in bytes: far past anything typed, short enough that parsing and
/// running it stays cheap.
pub const MAX_QUERY_BYTES: usize = 1000;
/// Most hits in one page; a larger `limit` is refused rather than quietly cut.
pub const MAX_LIMIT: usize = 100;
/// Hits in a page when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 20;
/// Deepest page start: deep paging costs a sort of offset + limit documents per request.
pub const MAX_OFFSET: usize = 10_000;

type Raw = HashMap<String, String>;

/// `q`, where empty or missing means every release.
pub fn query(raw: &Raw) -> Result<String, ApiError> {
    let query = raw.get("q").map(|q| q.trim()).unwrap_or_default();
    if query.len() > MAX_QUERY_BYTES {
        return Err(ApiError::bad_request(format!(
            "the query is {} bytes long; at most {MAX_QUERY_BYTES} are accepted",
            query.len()
        )));
    }
    Ok(if query.is_empty() { "*" } else { query }.to_string())
}

/// The parameters of `/api/search`.
pub fn search(raw: &Raw) -> Result<SearchRequest, ApiError> {
    let sort = match value(raw, "sort") {
        None | Some("relevance") => SortOrder::Relevance,
        Some("date") => SortOrder::Date,
        Some("amount") => SortOrder::Amount,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "sort must be relevance, date or amount, not {other:?}"
            )))
        }
    };
    Ok(SearchRequest {
        query: query(raw)?,
        limit: number(raw, "limit", DEFAULT_LIMIT, MAX_LIMIT)?,
        offset: number(raw, "offset", 0, MAX_OFFSET)?,
        sort,
        exact: flag(raw, "exact")?,
        facets: flag(raw, "facets")?,
    })
}

/// `by` of `/api/stats`, region when missing.
pub fn group_by(raw: &Raw) -> Result<GroupBy, ApiError> {
    Ok(match value(raw, "by") {
        None | Some("region") => GroupBy::Region,
        Some("agreement") => GroupBy::Agreement,
        Some("minister") => GroupBy::Minister,
        Some("year") => GroupBy::Year,
        Some("organization") => GroupBy::Organization,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "by must be region, agreement, minister, year or organization, not {other:?}"
            )))
        }
    })
}

/// A boolean parameter: `true`/`1` or `false`/`0`, false when missing.
pub fn flag(raw: &Raw, name: &str) -> Result<bool, ApiError> {
    match value(raw, name) {
        None | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") => Ok(true),
        Some(other) => Err(ApiError::bad_request(format!(
            "{name} must be true or false, not {other:?}"
        ))),
    }
}

fn number(raw: &Raw, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
    let Some(text) = value(raw, name) else {
        return Ok(default);
    };
    let number: usize = text.parse().map_err(|_| {
        ApiError::bad_request(format!("{name} must be a whole number, not {text:?}"))
    })?;
    if number > max {
        return Err(ApiError::bad_request(format!(
            "{name} must be at most {max}, not {number}"
        )));
    }
    Ok(number)
}

/// A parameter's value; an empty one counts as missing.
fn value<'a>(raw: &'a Raw, name: &str) -> Option<&'a str> {
    raw.get(name).map(String::as_str).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn missing_parameters_take_defaults() {
        let request = search(&raw(&[])).unwrap();
        assert_eq!(request.query, "*");
        assert_eq!(request.limit, DEFAULT_LIMIT);
        assert_eq!(request.offset, 0);
        assert_eq!(request.sort, SortOrder::Relevance);
        assert!(!request.facets && !request.exact);
    }

    #[test]
    fn caps_are_refused_not_clamped() {
        assert!(search(&raw(&[("limit", "100")])).is_ok());
        assert!(search(&raw(&[("limit", "101")])).is_err());
        assert!(search(&raw(&[("offset", "10001")])).is_err());
        assert!(search(&raw(&[("limit", "-1")])).is_err());
        let long = "a".repeat(MAX_QUERY_BYTES + 1);
        assert!(search(&raw(&[("q", &long)])).is_err());
    }

    #[test]
    fn words_are_checked() {
        assert_eq!(
            search(&raw(&[("sort", "date"), ("facets", "true")]))
                .unwrap()
                .sort,
            SortOrder::Date
        );
        assert!(search(&raw(&[("sort", "size")])).is_err());
        assert!(flag(&raw(&[("exact", "yes")]), "exact").is_err());
        assert_eq!(group_by(&raw(&[("by", "year")])).unwrap(), GroupBy::Year);
        assert!(group_by(&raw(&[("by", "path")])).is_err());
    }
}
