//! The notify watcher underneath: native (inotify, …) or polling, each folder watched on
//! its own so ignored folders are never entered.

use std::path::Path;
use std::time::Duration;

use crossbeam_channel::Sender;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer_opt, DebounceEventResult, Debouncer, NoCache};
use walkdir::WalkDir;

use super::WatchOptions;
use crate::scan::is_ignored_name;

/// The notify watcher in use; dropping it stops watching.
pub(super) enum Backend {
    Native(Debouncer<RecommendedWatcher, NoCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

/// notify-debouncer-full's own delay, short: it pairs rename halves and drops duplicate
/// events; the quiet-window logic is ours ([`batch::Pending`]).
fn inner_timeout(options: &WatchOptions) -> Duration {
    (options.debounce / 2).max(Duration::from_millis(20))
}

/// The debouncer's event handler: hands everything to the worker thread.
fn forward(tx: Sender<DebounceEventResult>) -> impl FnMut(DebounceEventResult) + Send + 'static {
    move |result| {
        // The worker is gone only while the watcher is being dropped.
        let _ = tx.send(result);
    }
}

impl Backend {
    /// Watches `root`: natively unless `polling`, and by polling when the native watcher
    /// cannot start (with a warning). The flag says it fell back.
    pub(super) fn start(
        root: &Path,
        options: &WatchOptions,
        tx: &Sender<DebounceEventResult>,
        polling: bool,
    ) -> Result<(Backend, bool), String> {
        if polling {
            return Ok((Backend::poll(root, options, tx.clone())?, false));
        }
        let native = if options.simulate_native_failure {
            Err("simulated failure (WatchOptions::simulate_native_failure)".to_string())
        } else {
            Backend::native(root, options, tx.clone())
        };
        match native {
            Ok(backend) => Ok((backend, false)),
            Err(reason) => {
                tracing::warn!(root = %root.display(), "native file watcher failed ({reason}); polling instead");
                Ok((Backend::poll(root, options, tx.clone())?, true))
            }
        }
    }

    pub(super) fn native(
        root: &Path,
        options: &WatchOptions,
        tx: Sender<DebounceEventResult>,
    ) -> Result<Backend, String> {
        let debouncer = new_debouncer_opt::<_, RecommendedWatcher, NoCache>(
            inner_timeout(options),
            None,
            forward(tx),
            NoCache,
            notify::Config::default(),
        )
        .map_err(|e| e.to_string())?;
        let mut backend = Backend::Native(debouncer);
        backend.watch_tree(root).map_err(|e| e.to_string())?;
        Ok(backend)
    }

    pub(super) fn poll(
        root: &Path,
        options: &WatchOptions,
        tx: Sender<DebounceEventResult>,
    ) -> Result<Backend, String> {
        let config = notify::Config::default()
            .with_poll_interval(options.poll_interval)
            .with_compare_contents(false);
        let debouncer = new_debouncer_opt::<_, PollWatcher, NoCache>(
            inner_timeout(options),
            None,
            forward(tx),
            NoCache,
            config,
        )
        .map_err(|e| e.to_string())?;
        let mut backend = Backend::Poll(debouncer);
        backend.watch_tree(root).map_err(|e| e.to_string())?;
        Ok(backend)
    }

    /// Watches `dir` and every folder under it except ignored ones (`.git`, …), each
    /// on its own and non-recursively, so the watcher never enters an ignored folder. A
    /// folder that vanished meanwhile is no error: its removal is reported anyway.
    pub(super) fn watch_tree(&mut self, dir: &Path) -> notify::Result<()> {
        let folders = WalkDir::new(dir)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()))
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_dir());
        for folder in folders {
            let result = match self {
                Backend::Native(d) => d.watch(folder.path(), RecursiveMode::NonRecursive),
                Backend::Poll(d) => d.watch(folder.path(), RecursiveMode::NonRecursive),
            };
            match result {
                Err(err) if is_gone(&err) => {}
                other => other?,
            }
        }
        Ok(())
    }

    pub(super) fn is_polling(&self) -> bool {
        matches!(self, Backend::Poll(_))
    }
}

/// True when watching failed because the folder is gone (deleted right after creation).
fn is_gone(err: &notify::Error) -> bool {
    match &err.kind {
        notify::ErrorKind::PathNotFound | notify::ErrorKind::WatchNotFound => true,
        notify::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::NotFound,
        _ => false,
    }
}
