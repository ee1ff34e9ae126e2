//! On a loopback address, only requests that name this machine in their `Host` header
//! are answered. Otherwise a page on any web site could point a name of its own at
//! 127.0.0.1 (DNS rebinding) and read the archive through its visitor's browser: the
//! browser sees one origin and lets the page read the answers.

use std::net::IpAddr;

use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// Answers 403 to a request whose `Host` names another machine. A request without a
/// `Host` (HTTP/1.0, a script) comes from no browser page and is served.
pub async fn require_local_host(request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .map(|value| value.to_str().unwrap_or_default());
    match host {
        Some(host) if !names_this_machine(host) => ApiError::new(
            StatusCode::FORBIDDEN,
            "this server answers only requests for localhost or a loopback address \
             (Host header); to share the archive, serve on another --addr",
        )
        .into_response(),
        _ => next.run(request).await,
    }
}

/// `localhost`, `*.localhost` or a loopback address, with or without a port.
fn names_this_machine(host: &str) -> bool {
    let name = without_port(host.trim()).to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    let literal = name.trim_start_matches('[').trim_end_matches(']');
    literal.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// `name:port` → `name`; `[::1]:port` → `[::1]`.
fn without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_and_addresses_with_or_without_ports() {
        for host in [
            "localhost",
            "localhost:7700",
            "LOCALHOST:7700",
            "app.localhost:7700",
            "127.0.0.1",
            "127.0.0.1:7700",
            "127.1.2.3:80",
            "[::1]",
            "[::1]:7700",
        ] {
            assert!(names_this_machine(host), "{host}");
        }
    }

    #[test]
    fn other_names_and_addresses() {
        for host in [
            "evil.example",
            "evil.example:7700",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "192.168.1.5:7700",
            "[2001:db8::1]:7700",
            "",
        ] {
            assert!(!names_this_machine(host), "{host}");
        }
    }
}
