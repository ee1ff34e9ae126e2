//! The JSON routes: health, search, one document, stats.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use pressarkiv_search::Archive;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::{params, reply};

type Shared = State<Arc<crate::State>>;
type Params = Result<Query<HashMap<String, String>>, QueryRejection>;

/// `GET /api/health`.
pub async fn health(State(state): Shared) -> Json<Value> {
    Json(json!({"status": "ok", "documents": state.archive.num_docs()}))
}

/// `GET /api/search`.
pub async fn search(State(state): Shared, raw: Params) -> Result<Json<Value>, ApiError> {
    let request = params::search(&checked(raw)?)?;
    let reply = blocking(&state, move |archive| {
        let start = Instant::now();
        let results = archive.search(&request)?;
        let elapsed_ms = start.elapsed().as_secs_f64() * 1000.0;
        Ok(reply::search(&request, &results, elapsed_ms))
    })
    .await?;
    Ok(Json(reply))
}

/// `GET /api/documents/{id}`.
pub async fn document(
    State(state): Shared,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let view = blocking(&state, move |archive| Ok(archive.document(&id)?)).await?;
    match view {
        Some(view) => Ok(Json(reply::document(&view))),
        None => Err(ApiError::not_found("no document with this id")),
    }
}

/// `GET /api/stats`.
pub async fn stats(State(state): Shared, raw: Params) -> Result<Json<Value>, ApiError> {
    let raw = checked(raw)?;
    let query = params::query(&raw)?;
    let by = params::group_by(&raw)?;
    let exact = params::flag(&raw, "exact")?;
    let stats = blocking(&state, move |archive| Ok(archive.stats(&query, by, exact)?)).await?;
    Ok(Json(json!(stats)))
}

fn checked(raw: Params) -> Result<HashMap<String, String>, ApiError> {
    raw.map(|Query(raw)| raw)
        .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
}

/// Runs `work` on tokio's blocking threads: tantivy reads the index synchronously.
async fn blocking<T: Send + 'static>(
    state: &crate::State,
    work: impl FnOnce(&Archive) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let archive = state.archive.clone();
    tokio::task::spawn_blocking(move || work(&archive))
        .await
        .map_err(ApiError::internal)?
}
