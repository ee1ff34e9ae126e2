//! `pressarkiv watch`: reconcile, then keep the index fresh while files change.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use crossbeam_channel::{select, Receiver};
use indicatif::ProgressBar;
use pressarkiv_ingest::{Change, CorpusWatcher, WatchOptions};
use pressarkiv_search::Archive;

use crate::sync::{PathChange, Syncer};
use crate::{progress, Global, Limits, EXIT_SOME_FILES_FAILED};

/// How soon a file that was still being written is looked at again.
const RETRY_AFTER: Duration = Duration::from_millis(300);

/// How often the index folder is checked for still being there: deleted under a running
/// `watch`, it would otherwise go unnoticed until the next commit.
const INDEX_CHECK_EVERY: Duration = Duration::from_secs(1);

pub fn run(global: &Global, limits: &Limits) -> Result<ExitCode> {
    let archive = super::open_for_writing(global)?;
    keep_fresh(global, limits, &archive, |_| Ok(()))
}

/// Brings the index up to date, then applies the watcher's batches until Ctrl-C or
/// SIGTERM, and commits. After each commit, `after_commit` gets the paths it wrote or
/// deleted (`serve` reloads its reader and tells the pages).
pub fn keep_fresh(
    global: &Global,
    limits: &Limits,
    archive: &Archive,
    mut after_commit: impl FnMut(Vec<(PathChange, String)>) -> Result<()>,
) -> Result<ExitCode> {
    let mut syncer = Syncer::new(&global.corpus, archive)?
        .with_load_options(limits.load_options()?)
        .recording_changes();
    let interrupted = interrupt_channel()?;

    // Watch before reconciling, so nothing that changes meanwhile slips through.
    let (_watcher, changes) = CorpusWatcher::start(&global.corpus, WatchOptions::default())
        .with_context(|| format!("watching {}", global.corpus.display()))?;

    let start = Instant::now();
    let bar = progress::bar(0, global.quiet);
    let summary = syncer.reconcile(&bar)?;
    bar.finish_and_clear();
    syncer.commit()?;
    after_commit(syncer.take_changes())?;
    tracing::info!("up to date: {}", summary.report(start.elapsed()));
    tracing::info!("watching {} (Ctrl-C to stop)", global.corpus.display());

    let quiet = ProgressBar::hidden();
    let index_meta = global.index.join("meta.json");
    loop {
        let timeout = if syncer.has_retries() {
            RETRY_AFTER
        } else {
            INDEX_CHECK_EVERY
        };
        let batch = select! {
            recv(changes) -> batch => match batch {
                Ok(batch) => batch,
                Err(_) => anyhow::bail!("the file watcher stopped unexpectedly"),
            },
            recv(interrupted) -> _ => break,
            default(timeout) => Vec::new(),
        };
        if !index_meta.is_file() {
            anyhow::bail!(
                "the index folder {} was deleted while watching; start `pressarkiv watch` again to rebuild it",
                global.index.display()
            );
        }
        let batch = without_rescan_of_missing_corpus(batch, global);
        let start = Instant::now();
        let summary = syncer.apply(batch, &quiet)?;
        syncer.commit()?;
        let changes = syncer.take_changes();
        if !changes.is_empty() {
            after_commit(changes)?;
        }
        // Report by what the batch did: a large batch may have been committed on the way.
        if summary.indexed + summary.removed + summary.failed > 0 {
            tracing::info!("{}", summary.report(start.elapsed()));
        }
    }
    tracing::info!("stopping: committing the index");
    syncer.commit()?;
    let failing = syncer.failing();
    syncer.finish()?;
    if failing > 0 {
        tracing::warn!("{failing} files could not be indexed (named above)");
        return Ok(ExitCode::from(EXIT_SOME_FILES_FAILED));
    }
    Ok(ExitCode::SUCCESS)
}

/// Drops a [`Change::Rescan`] while the corpus folder is missing (deleted under the
/// watcher, which sends another one when it is back): scanning nothing would fail.
fn without_rescan_of_missing_corpus(mut batch: Vec<Change>, global: &Global) -> Vec<Change> {
    if batch.contains(&Change::Rescan) && !global.corpus.is_dir() {
        batch.retain(|change| *change != Change::Rescan);
    }
    batch
}

/// A channel that receives once on Ctrl-C or SIGTERM.
fn interrupt_channel() -> Result<Receiver<()>> {
    let (sender, receiver) = crossbeam_channel::bounded(1);
    ctrlc::set_handler(move || {
        let _ = sender.try_send(());
    })
    .context("installing the Ctrl-C handler")?;
    Ok(receiver)
}
