//! Live changes: the watcher publishes what each commit added, updated or removed, and
//! every open `GET /api/events` receives it as a server-sent event.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde::Serialize;
use tokio::sync::broadcast::{self, error::RecvError};

/// Events held for a slow stream before it misses some: a commit of a large batch sends
/// one per file, and a page that misses some just searches again.
const BUFFERED_EVENTS: usize = 1024;

/// A comment line this often keeps proxies and browsers from closing an idle stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What happened to a release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// A new release was indexed.
    Added,
    /// A release already indexed was indexed again with new content.
    Updated,
    /// A release left the index.
    Removed,
}

impl ChangeKind {
    fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Updated => "updated",
            ChangeKind::Removed => "removed",
        }
    }
}

/// One change, as sent: `event: added` with `data: {"path":…,"id":…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeEvent {
    /// What happened.
    #[serde(skip)]
    pub kind: ChangeKind,
    /// Path relative to the corpus root.
    pub path: String,
    /// The document id of `path`.
    pub id: String,
}

impl ChangeEvent {
    /// The event for `path`, with its document id.
    pub fn new(kind: ChangeKind, path: impl Into<String>) -> ChangeEvent {
        let path = path.into();
        ChangeEvent {
            kind,
            id: pressarkiv_search::document_id(&path),
            path,
        }
    }
}

/// The publishing side of the change events; cheap to clone.
#[derive(Debug, Clone)]
pub struct Events {
    sender: broadcast::Sender<ChangeEvent>,
}

impl Events {
    pub(crate) fn new() -> Events {
        Events {
            sender: broadcast::channel(BUFFERED_EVENTS).0,
        }
    }

    /// Sends `event` to every open stream (none open is fine).
    pub fn publish(&self, event: ChangeEvent) {
        let _ = self.sender.send(event);
    }
}

/// `GET /api/events`.
pub async fn stream(
    State(state): State<Arc<crate::State>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = state.events.sender.subscribe();
    let stopping = state.stopping.clone();
    let events = futures_util::stream::unfold(
        (receiver, stopping),
        |(mut receiver, mut stopping)| async move {
            loop {
                let received = tokio::select! {
                    received = receiver.recv() => received,
                    // The only change ever sent is "stop" (an error: the server is gone).
                    _ = stopping.changed() => return None,
                };
                match received {
                    Ok(change) => {
                        let event = Event::default()
                            .event(change.kind.name())
                            .json_data(&change)
                            .unwrap_or_default();
                        return Some((Ok(event), (receiver, stopping)));
                    }
                    Err(RecvError::Lagged(missed)) => {
                        tracing::debug!("an event stream missed {missed} changes");
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        },
    );
    Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
}
