//! Watching the corpus folder: notify + notify-debouncer-full underneath, then a
//! coalescing stage of our own that waits until each path is quiet and stable, merges a
//! burst into a few batches, and turns raw events into [`Change`]s.

mod backend;
mod batch;
mod root;

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use notify::event::ModifyKind;
use notify::EventKind;
use notify_debouncer_full::DebounceEventResult;

use self::backend::Backend;
use self::batch::Pending;
use crate::IngestError;

/// One change in the corpus folder, with paths relative to the root, '/'-separated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    /// Created, modified or renamed/moved in: a file, or a folder. For a folder (moved or
    /// copied in with its files, or replaced), the consumer scans it and reconciles
    /// everything under it; its files are not listed one by one.
    Changed(String),
    /// Deleted, or renamed/moved away: a file or a whole folder. The consumer deletes
    /// the path and everything under it.
    Removed(String),
    /// Events were lost (queue overflow, watcher error, switch to polling): the consumer
    /// must reconcile the whole corpus with [`crate::scan`].
    Rescan,
}

/// How the corpus folder is watched.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// How long a path must stay quiet (no event, same size and modification time)
    /// before its change is reported. 200 ms by default, so a dropped file is reported
    /// well within a second.
    pub debounce: Duration,
    /// Poll the file system instead of using the OS's notifications (network drives,
    /// containers, or when inotify watches run out). notify's poller sees a
    /// modification only when the modification time moves to a later second.
    pub force_polling: bool,
    /// How often the polling watcher looks at the files.
    pub poll_interval: Duration,
    /// For tests only: behave as if the native watcher could not start (as when the
    /// inotify watch limit is reached), so that the fallback to polling can be exercised
    /// on any machine. Off by default.
    pub simulate_native_failure: bool,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            debounce: Duration::from_millis(200),
            force_polling: false,
            poll_interval: Duration::from_secs(1),
            simulate_native_failure: false,
        }
    }
}

/// Watches a corpus folder recursively; dropping it stops watching and closes the
/// channel returned by [`CorpusWatcher::start`].
///
/// Hidden and temporary names ([`crate::is_ignored`]) never appear in a batch. Each path
/// is reported at most once per batch, with its state at the time the batch is sent. A
/// burst (a folder of thousands of files dropped in) is merged into few batches: a
/// batch is sent when every pending path has been quiet for
/// [`WatchOptions::debounce`], or at the latest [`MAX_BATCH_WAIT`] after its first event
/// (then with the paths that are quiet by then).
///
/// Each folder is watched on its own, so ignored folders (`.git`, …) are never entered;
/// a folder that appears is watched as soon as its event arrives, and reported as
/// [`Change::Changed`] so the consumer's scan picks up files written into it before that.
///
/// If the native watcher cannot start or fails (e.g. the inotify watch limit), it falls
/// back to polling with a `tracing` warning and sends [`Change::Rescan`].
///
/// If the root folder itself is deleted (or moved away), the watcher says so once with a
/// `tracing` warning and waits until a folder of that name exists again; it then watches
/// the new folder and sends [`Change::Rescan`]. Its files are not reported removed one by
/// one, and no [`Change::Rescan`] is sent while there is no folder to scan.
#[derive(Debug)]
pub struct CorpusWatcher {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// Longest a pending change waits for the rest of a burst to settle before its batch is
/// sent anyway: keeps latency bounded while files keep arriving.
pub const MAX_BATCH_WAIT: Duration = Duration::from_secs(2);

/// While polling, watcher errors (a file vanishing mid-poll) can repeat at every poll;
/// at most one [`Change::Rescan`] per this interval is sent for them.
const POLL_RESCAN_INTERVAL: Duration = Duration::from_secs(60);

impl CorpusWatcher {
    /// Starts watching `root` recursively.
    ///
    /// # Errors
    /// [`IngestError::Watch`] when `root` is not a readable folder or neither the native
    /// nor the polling watcher can watch it.
    pub fn start(
        root: &Path,
        options: WatchOptions,
    ) -> Result<(CorpusWatcher, Receiver<Vec<Change>>), IngestError> {
        let watch_error = |reason: String| IngestError::Watch {
            path: root.display().to_string(),
            reason,
        };
        let root = root
            .canonicalize()
            .map_err(|e| watch_error(e.to_string()))?;
        if !root.is_dir() {
            return Err(watch_error("not a folder".into()));
        }
        let (raw_tx, raw_rx) = crossbeam_channel::unbounded();
        let (out_tx, out_rx) = crossbeam_channel::unbounded();
        let (stop_tx, stop_rx) = crossbeam_channel::bounded(1);

        let root_id = root::identity(&root).ok_or_else(|| watch_error("not a folder".into()))?;
        let (backend, fell_back) =
            Backend::start(&root, &options, &raw_tx, options.force_polling).map_err(watch_error)?;
        if fell_back {
            // Nothing is lost yet, but the caller should not rely on that.
            let _ = out_tx.send(vec![Change::Rescan]);
        }
        let worker = Worker {
            root,
            root_id: Some(root_id),
            options,
            backend,
            raw_tx,
            out_tx,
            pending: Pending::default(),
            last_poll_rescan: None,
        };
        let thread = std::thread::Builder::new()
            .name("pressarkiv-watch".into())
            .spawn(move || worker.run(&raw_rx, &stop_rx))
            .map_err(|e| watch_error(format!("cannot start watcher thread: {e}")))?;
        Ok((
            CorpusWatcher {
                stop: Some(stop_tx),
                thread: Some(thread),
            },
            out_rx,
        ))
    }
}

impl Drop for CorpusWatcher {
    fn drop(&mut self) {
        // Closing the stop channel ends the worker, which drops the notify watcher.
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The watcher thread: receives debounced events, keeps paths pending until quiet, sends
/// batches.
struct Worker {
    root: PathBuf,
    /// The root folder being watched; `None` while it does not exist.
    root_id: Option<root::Identity>,
    options: WatchOptions,
    backend: Backend,
    raw_tx: Sender<DebounceEventResult>,
    out_tx: Sender<Vec<Change>>,
    pending: Pending,
    last_poll_rescan: Option<Instant>,
}

impl Worker {
    fn run(mut self, raw_rx: &Receiver<DebounceEventResult>, stop_rx: &Receiver<()>) {
        let tick = (self.options.debounce / 4).max(Duration::from_millis(10));
        loop {
            crossbeam_channel::select! {
                recv(stop_rx) -> _ => return,
                recv(raw_rx) -> msg => match msg {
                    Ok(result) => self.receive(result),
                    Err(_) => return,
                },
                default(tick) => {}
            }
            while let Ok(result) = raw_rx.try_recv() {
                self.receive(result);
            }
            self.check_root();
            let batch = self
                .pending
                .take_ready(&self.root, self.options.debounce, MAX_BATCH_WAIT);
            if !batch.is_empty() && self.out_tx.send(batch).is_err() {
                return; // nobody listens any more
            }
        }
    }

    fn receive(&mut self, result: DebounceEventResult) {
        match result {
            Ok(events) => {
                for event in events {
                    if event.need_rescan() {
                        tracing::warn!(root = %self.root.display(), "file watcher lost events; full rescan needed");
                        self.send_rescan();
                        continue;
                    }
                    if matches!(event.kind, EventKind::Access(_)) {
                        continue;
                    }
                    let may_add_folder = matches!(
                        event.kind,
                        EventKind::Create(_)
                            | EventKind::Modify(ModifyKind::Name(_))
                            | EventKind::Any
                    );
                    let removed = matches!(
                        event.kind,
                        EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
                    );
                    for path in &event.paths {
                        if removed && *path == self.root {
                            self.lose_root();
                            continue;
                        }
                        self.pending.touch(&self.root, path, event.time);
                        if may_add_folder && path.is_dir() && !self.watch_folder(path) {
                            return self.fall_back_to_polling();
                        }
                    }
                }
            }
            Err(errors) => self.on_errors(errors),
        }
    }

    /// Notices the root folder being deleted (then waits for it without a word more) and
    /// coming back or being replaced by a new folder of the same name (then watches the
    /// new one and asks for a rescan, since its files were never reported).
    fn check_root(&mut self) {
        let now = root::identity(&self.root);
        if now == self.root_id {
            return;
        }
        let Some(id) = now else {
            return self.lose_root();
        };
        let polling = self.backend.is_polling();
        match Backend::start(&self.root, &self.options, &self.raw_tx, polling) {
            Ok((backend, _)) => {
                tracing::warn!(root = %self.root.display(), "the corpus folder is back (or was replaced); watching it again");
                self.backend = backend;
                self.root_id = Some(id);
                self.send_rescan();
            }
            // Gone again at once, or unreadable: tried again at the next tick.
            Err(reason) => {
                tracing::debug!(root = %self.root.display(), "cannot watch the corpus folder yet: {reason}");
            }
        }
    }

    /// The root folder is gone (or the watch on it is: a new folder of the same name may
    /// have taken its inode). The files under it are not reported one by one: notify
    /// folds them into the root's removal, and a drive that went away should not empty
    /// the index. [`Self::check_root`] takes over when a folder is there again.
    fn lose_root(&mut self) {
        if self.root_id.take().is_some() {
            tracing::warn!(root = %self.root.display(), "the corpus folder was deleted; waiting for it to come back");
        }
    }

    fn on_errors(&mut self, errors: Vec<notify::Error>) {
        if self.root_id.is_none() || root::identity(&self.root) != self.root_id {
            // The root itself went away: check_root deals with that, and a rescan now
            // would only find no folder.
            return;
        }
        for error in &errors {
            tracing::warn!(root = %self.root.display(), "file watcher error: {error}");
        }
        if self.backend.is_polling() {
            let now = Instant::now();
            if self
                .last_poll_rescan
                .is_none_or(|t| now.duration_since(t) >= POLL_RESCAN_INTERVAL)
            {
                self.last_poll_rescan = Some(now);
                self.send_rescan();
            }
            return;
        }
        self.fall_back_to_polling();
    }

    /// Watches a new folder and the folders under it; false if the native watcher ran
    /// out of watches (or failed otherwise) and polling must take over.
    fn watch_folder(&mut self, dir: &Path) -> bool {
        match self.backend.watch_tree(dir) {
            Ok(()) => true,
            Err(err) => {
                tracing::warn!(root = %self.root.display(), "cannot watch {}: {err}", dir.display());
                self.backend.is_polling()
            }
        }
    }

    fn fall_back_to_polling(&mut self) {
        tracing::warn!(root = %self.root.display(), "native file watcher failed; falling back to polling");
        match Backend::poll(&self.root, &self.options, self.raw_tx.clone()) {
            Ok(backend) => self.backend = backend,
            Err(reason) => {
                tracing::error!(root = %self.root.display(), "polling watcher failed too: {reason}")
            }
        }
        self.send_rescan();
    }

    fn send_rescan(&self) {
        if self.root_id.is_none() {
            return; // check_root sends one when the folder is back
        }
        let _ = self.out_tx.send(vec![Change::Rescan]);
    }
}
