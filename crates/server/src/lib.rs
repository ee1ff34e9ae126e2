//! pressarkiv's web app: a JSON API over a search [`Archive`], server-sent events when
//! releases are added, updated or removed, and the page itself (embedded, no build step).
//!
//! - [`Server`] holds the one shared reader (`Arc<Archive>`) and the channel of
//!   [`ChangeEvent`]s; [`Server::router`] is the axum router, [`Server::run`] serves it on
//!   a bound listener until a shutdown future completes.
//! - [`Events`] is the sending side that the index writer (the watcher) keeps: after each
//!   commit and [`Archive::reload`], it publishes what changed.
//!
//! Routes: `GET /`, `/assets/app.js`, `/assets/style.css`, `/api/health`,
//! `/api/search?q=&limit=&offset=&sort=&facets=&exact=`, `/api/documents/{id}`,
//! `/api/stats?q=&by=&exact=`, `/api/events`. Errors are JSON,
//! `{"error":{"message":…,"position":…}}`, with 400 for a bad query or parameter, 404,
//! 403, 405, 413 and 500. Documents are fetched by index id only; no CORS headers are
//! sent; on a loopback address, a `Host` that names another machine gets a 403.
//!
//! ```no_run
//! use std::sync::Arc;
//! use pressarkiv_search::Archive;
//! use pressarkiv_server::{ChangeEvent, ChangeKind, Server};
//!
//! # async fn example() -> std::io::Result<()> {
//! let archive = Arc::new(Archive::open(std::path::Path::new("index")).unwrap());
//! let server = Server::new(archive);
//! let events = server.events();
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:7700").await?;
//! tokio::spawn(server.run(listener, std::future::pending()));
//! events.publish(ChangeEvent::new(ChangeKind::Added, "ny.txt"));
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod api;
mod assets;
mod error;
mod events;
mod host;
mod params;
mod reply;

use std::future::Future;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::Router;
use pressarkiv_search::Archive;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use events::{ChangeEvent, ChangeKind, Events};

/// Largest request body accepted; every route is a GET, so anything bigger is abuse.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The web app over one archive.
#[derive(Clone)]
pub struct Server {
    state: Arc<State>,
}

/// What every handler shares.
pub(crate) struct State {
    pub archive: Arc<Archive>,
    pub events: Events,
    /// Turns true when the server stops, so that open event streams end.
    pub stopping: watch::Receiver<bool>,
    pub stop: watch::Sender<bool>,
}

impl Server {
    /// A server answering from `archive` (reload it after each commit to show changes).
    pub fn new(archive: Arc<Archive>) -> Server {
        let (stop, stopping) = watch::channel(false);
        Server {
            state: Arc::new(State {
                archive,
                events: Events::new(),
                stopping,
                stop,
            }),
        }
    }

    /// The handle to publish change events to every open `/api/events` stream.
    pub fn events(&self) -> Events {
        self.state.events.clone()
    }

    /// The routes, ready to serve.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/", get(assets::index))
            .route("/assets/app.js", get(assets::app_js))
            .route("/assets/style.css", get(assets::style_css))
            .route("/api/health", get(api::health))
            .route("/api/search", get(api::search))
            .route("/api/documents/{id}", get(api::document))
            .route("/api/stats", get(api::stats))
            .route("/api/events", get(events::stream))
            .fallback(error::not_found)
            .method_not_allowed_fallback(error::method_not_allowed)
            .layer(axum::middleware::from_fn(error::limit_body))
            .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
            .with_state(self.state.clone())
    }

    /// Serves on `listener` until `shutdown` completes; then open event streams end and
    /// requests in flight finish. On a loopback address, requests whose `Host` names
    /// another machine get a 403 (DNS rebinding).
    pub async fn run(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let stop = self.state.stop.clone();
        let mut app = self.router();
        if listener.local_addr()?.ip().is_loopback() {
            app = app.layer(axum::middleware::from_fn(host::require_local_host));
        }
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                shutdown.await;
                let _ = stop.send(true);
            })
            .await
    }
}
