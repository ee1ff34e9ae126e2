//! Errors as JSON with the right status: `{"error":{"message":…,"position":…}}`.

use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use pressarkiv_search::SearchError;
use serde_json::json;

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    /// Byte offset of the problem in the query, for a malformed query.
    position: Option<usize>,
}

impl ApiError {
    /// 400: the request is wrong in a way the user can fix.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// 500; the cause is logged, not shown.
    pub fn internal(cause: impl std::fmt::Display) -> ApiError {
        tracing::error!("request failed: {cause}");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    }

    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            position: None,
        }
    }
}

impl From<SearchError> for ApiError {
    fn from(err: SearchError) -> ApiError {
        match err {
            SearchError::Query {
                position, message, ..
            } => ApiError {
                status: StatusCode::BAD_REQUEST,
                message,
                position: Some(position),
            },
            other if other.is_user_error() => ApiError::bad_request(other.to_string()),
            other => ApiError::internal(other),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"message": self.message, "position": self.position}});
        (self.status, Json(body)).into_response()
    }
}

/// Any path that is not a route.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such page")
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "only GET is served")
}

/// Refuses a declared body over [`crate::MAX_BODY_BYTES`] before any handler runs
/// (no route reads a body, so an undeclared one is never read at all).
pub async fn limit_body(request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > crate::MAX_BODY_BYTES as u64) {
        return ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "the request is too large")
            .into_response();
    }
    next.run(request).await
}
