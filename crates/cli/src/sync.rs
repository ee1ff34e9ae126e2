//! Keeping the index equal to the corpus: the one place where ingest's outcomes meet
//! the single index writer. Used by `index` (once) and `watch` (at start and per batch).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use indexmap::IndexMap;
use indicatif::ProgressBar;
use pressarkiv_ingest::{Change, ContentHash, LoadOptions, Outcome, ShownPath, Stamp, Version};
use pressarkiv_search::{Archive, ArchiveWriter, IndexedDocument};

/// Commit at least this often during a long import, so that a killed run keeps most of
/// its work and the next run skips what was committed.
const COMMIT_EVERY_DOCS: usize = 10_000;

/// …and at least this often by the clock: a run killed with `kill -9` (or a power cut)
/// loses at most the last few seconds of work, however slow the files are to extract.
/// Much shorter would cut a long import into many small segments for the merger to fold
/// together again; every commit is durable on its own, so a kill between two is safe.
const COMMIT_INTERVAL: Duration = Duration::from_secs(5);

/// Outcomes waiting between the extraction threads and the writer: enough to keep the
/// writer busy, small enough to bound memory.
const CHANNEL_CAPACITY: usize = 256;

/// The extraction rules of this build (a hash of ingest's and normalize's sources, see
/// `build.rs`), recorded with each commit.
const RULES: &str = env!("PRESSARKIV_RULES_ID");

/// How many more times a one-off pass (`index`) reads a file that was still being
/// written, and the pause before the first of them (doubling each time): a copy in
/// progress usually ends within a second, and a file still changing after that is
/// reported as failed rather than indexed half-written or dropped unsaid.
const INCOMPLETE_ATTEMPTS: u32 = 3;
const FIRST_RETRY_PAUSE: Duration = Duration::from_millis(200);

/// What one pass changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub indexed: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl Summary {
    /// Adds what another pass did.
    pub fn add(&mut self, part: &Summary) {
        self.indexed += part.indexed;
        self.unchanged += part.unchanged;
        self.removed += part.removed;
        self.failed += part.failed;
        self.skipped += part.skipped;
    }

    pub fn report(&self, elapsed: Duration) -> String {
        format!(
            "indexed {}, unchanged {}, removed {}, failed {}, skipped {} in {:.2?}",
            self.indexed, self.unchanged, self.removed, self.failed, self.skipped, elapsed
        )
    }
}

/// What happened to one path, for whoever shows changes live (`serve`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathChange {
    Added,
    Updated,
    Removed,
}

/// Owns the writer and what is indexed (path → version: content hash and stamp).
pub struct Syncer {
    corpus: PathBuf,
    writer: ArchiveWriter,
    /// Every indexed path, with its version when the index holds one this build can read
    /// (else the file is read and indexed again). Entries side by side, not in a table
    /// of mostly empty slots: a million take about 120 MB here, 190 MB in a `HashMap`.
    indexed: IndexMap<Box<str>, Option<Version>>,
    /// Files that were still being written; tried again on the next pass.
    retry: HashSet<String>,
    /// Size limit, time budget and PDF helper per file.
    options: LoadOptions,
    /// Files whose last attempt failed, until they are indexed or removed.
    failing: HashSet<String>,
    /// The index holds entities found by other extraction rules than this build's
    /// ([`RULES`]): every release is read again, and the first full pass ends with a
    /// commit that records this build's rules (so an interrupted pass starts over).
    rules_outdated: bool,
    /// Every path written or deleted since the last [`Syncer::take_changes`], when
    /// someone asked for them ([`Syncer::recording_changes`]): a one-off import of a
    /// million files has no use for a million more strings.
    changes: Option<Vec<(PathChange, String)>>,
}

impl Syncer {
    pub fn new(corpus: &Path, archive: &Archive) -> Result<Syncer> {
        let mut writer = archive.writer()?;
        let mut indexed = IndexMap::with_capacity(archive.num_docs() as usize);
        archive
            .for_each_indexed_version(|path, hash, stamp| {
                let version = ContentHash::parse(hash).map(|hash| Version {
                    hash,
                    stamp: stamp.and_then(Stamp::parse),
                });
                indexed.insert(path.into(), version);
            })
            .context("reading what the index holds")?;
        let rules_outdated =
            !indexed.is_empty() && archive.extracted_by().as_deref() != Some(RULES);
        if rules_outdated {
            tracing::warn!(
                "the index at {} holds entities found by other extraction rules; every \
                 release is read again",
                archive.dir().display()
            );
            indexed.values_mut().for_each(|version| *version = None);
        } else {
            writer.set_extracted_by(RULES);
        }
        Ok(Syncer {
            corpus: corpus.to_path_buf(),
            writer,
            indexed,
            retry: HashSet::new(),
            options: LoadOptions::default(),
            failing: HashSet::new(),
            rules_outdated,
            changes: None,
        })
    }

    /// Keeps the paths written and deleted, for [`Syncer::take_changes`].
    pub fn recording_changes(mut self) -> Syncer {
        self.changes = Some(Vec::new());
        self
    }

    /// Reads files under `options` (size limit, time budget, PDF helper) instead of the
    /// defaults.
    pub fn with_load_options(mut self, options: LoadOptions) -> Syncer {
        self.options = options;
        self
    }

    /// Makes the index equal to the corpus folder: new and changed files indexed,
    /// unchanged ones skipped, vanished ones deleted.
    pub fn reconcile(&mut self, progress: &ProgressBar) -> Result<Summary> {
        let on_disk = pressarkiv_ingest::scan(&self.corpus)
            .with_context(|| format!("reading corpus folder {}", self.corpus.display()))?;
        // `scan` lists in order: a binary search spares a set of a million paths.
        let present = |path: &str| {
            on_disk
                .binary_search_by(|listed| listed.as_str().cmp(path))
                .is_ok()
        };
        let vanished: Vec<String> = self
            .indexed
            .keys()
            .filter(|path| !present(path))
            .map(|path| path.to_string())
            .collect();
        self.failing.retain(|path| present(path));
        let mut summary = Summary::default();
        for path in vanished {
            self.remove(&path, &mut summary);
        }
        progress.set_length(on_disk.len() as u64);
        self.load(&on_disk, &mut summary, progress, false)?;
        if self.rules_outdated {
            self.writer.set_extracted_by(RULES);
            self.writer
                .commit()
                .context("recording the extraction rules")?;
            self.rules_outdated = false;
        }
        Ok(summary)
    }

    /// For a one-off pass: reads the files that were still being written a few more
    /// times, after short pauses, and counts those still changing as failed (with one
    /// error line each), so that none is dropped silently.
    pub fn retry_incomplete(&mut self, progress: &ProgressBar) -> Result<Summary> {
        let mut summary = Summary::default();
        let mut pause = FIRST_RETRY_PAUSE;
        for attempt in 1..=INCOMPLETE_ATTEMPTS {
            if self.retry.is_empty() {
                break;
            }
            std::thread::sleep(pause);
            pause *= 2;
            let mut paths: Vec<String> = self.retry.drain().collect();
            paths.sort();
            self.load(
                &paths,
                &mut summary,
                progress,
                attempt == INCOMPLETE_ATTEMPTS,
            )?;
        }
        Ok(summary)
    }

    /// Applies one batch of watcher changes.
    pub fn apply(&mut self, changes: Vec<Change>, progress: &ProgressBar) -> Result<Summary> {
        let mut summary = Summary::default();
        let mut to_load: Vec<String> = self.retry.drain().collect();
        for change in changes {
            match change {
                Change::Rescan => {
                    let rescanned = self.reconcile(progress)?;
                    summary.add(&rescanned);
                }
                Change::Removed(path) => self.remove_tree(&path, &mut summary),
                Change::Changed(path) => {
                    let absolute = self.corpus.join(&path);
                    if absolute.is_dir() {
                        let inside = pressarkiv_ingest::scan(&absolute)
                            .with_context(|| format!("reading folder {}", absolute.display()))?;
                        to_load.extend(inside.into_iter().map(|rel| format!("{path}/{rel}")));
                    } else if absolute.exists() || absolute.is_symlink() {
                        to_load.push(path);
                    } else {
                        // Gone again before we looked: a temporary file or a quick rename.
                        self.remove_tree(&path, &mut summary);
                    }
                }
            }
        }
        to_load.sort();
        to_load.dedup();
        self.load(&to_load, &mut summary, progress, false)?;
        Ok(summary)
    }

    /// Paths waiting for a retry (files that were still being written).
    pub fn has_retries(&self) -> bool {
        !self.retry.is_empty()
    }

    /// How many files failed at their last attempt and were not fixed or removed since.
    pub fn failing(&self) -> usize {
        self.failing.len()
    }

    /// Commits when anything changed since the last commit; says whether it did.
    pub fn commit(&mut self) -> Result<bool> {
        if self.writer.pending() == 0 {
            return Ok(false);
        }
        self.writer.commit().context("committing the index")?;
        Ok(true)
    }

    /// The paths written or deleted since the last call, in order (none unless
    /// [`Syncer::recording_changes`]).
    pub fn take_changes(&mut self) -> Vec<(PathChange, String)> {
        self.changes
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Commits and waits for merges, leaving a compact index.
    pub fn finish(self) -> Result<()> {
        self.writer.finish().context("finishing the index")
    }

    fn remove(&mut self, path: &str, summary: &mut Summary) {
        self.writer.delete(path);
        self.indexed.swap_remove(path);
        self.failing.remove(path);
        if let Some(changes) = &mut self.changes {
            changes.push((PathChange::Removed, path.to_string()));
        }
        summary.removed += 1;
    }

    /// Deletes `path` and, when it was a folder, everything that was indexed under it.
    fn remove_tree(&mut self, path: &str, summary: &mut Summary) {
        self.failing.retain(|failed| !is_at_or_under(failed, path));
        let doomed: Vec<String> = self
            .indexed
            .keys()
            .filter(|indexed| is_at_or_under(indexed, path))
            .map(|indexed| indexed.to_string())
            .collect();
        for indexed in doomed {
            self.remove(&indexed, summary);
        }
    }

    /// Loads `paths` on rayon's threads while this thread, the only writer, writes what
    /// they produce: extraction never waits for indexing, and the other way round only
    /// when the bounded channel is full. A file still being written is kept for a retry,
    /// or on the `last_attempt` counted as failed.
    fn load(
        &mut self,
        paths: &[String],
        summary: &mut Summary,
        progress: &ProgressBar,
        last_attempt: bool,
    ) -> Result<()> {
        if paths.is_empty() {
            return Ok(());
        }
        let (sender, receiver) = crossbeam_channel::bounded(CHANNEL_CAPACITY);
        let corpus = self.corpus.clone();
        let options = &self.options;
        // The loaders read the versions known before they load a file, while this thread
        // records each one it writes: a list of the updates to apply after the pass held
        // a second copy of every path at its end.
        let indexed = RwLock::new(std::mem::take(&mut self.indexed));
        let known = &indexed;
        let writer = &mut self.writer;
        let retry = &mut self.retry;
        let failing = &mut self.failing;
        let changes = &mut self.changes;
        let written: Result<()> = std::thread::scope(|scope| {
            scope.spawn(move || {
                pressarkiv_ingest::load_all(
                    &corpus,
                    paths,
                    options,
                    &|path: &str| {
                        let versions = known.read().unwrap_or_else(PoisonError::into_inner);
                        versions.get(path).copied().flatten()
                    },
                    &|outcome: Outcome| {
                        // The receiver is gone only after a write error; the rest is moot then.
                        let _ = sender.send(outcome);
                    },
                );
            });
            // Owned here, so that an early return on a write error drops it and unblocks the loaders.
            let receiver = receiver;
            let mut since_commit = 0;
            let mut last_commit = Instant::now();
            for outcome in receiver.iter() {
                progress.inc(1);
                match outcome {
                    Outcome::Indexed(doc) => {
                        writer.upsert(IndexedDocument {
                            path: &doc.path,
                            hash: &doc.hash.to_string(),
                            stamp: doc.stamp.map(|stamp| stamp.to_string()).as_deref(),
                            extraction: doc.extraction,
                        })?;
                        failing.remove(&doc.path);
                        let version = Some(Version {
                            hash: doc.hash,
                            stamp: doc.stamp,
                        });
                        let mut versions = known.write().unwrap_or_else(PoisonError::into_inner);
                        let change = match versions.get_mut(doc.path.as_str()) {
                            Some(slot) => {
                                *slot = version;
                                PathChange::Updated
                            }
                            None => {
                                versions.insert(doc.path.as_str().into(), version);
                                PathChange::Added
                            }
                        };
                        drop(versions);
                        if let Some(changes) = changes.as_mut() {
                            changes.push((change, doc.path));
                        }
                        summary.indexed += 1;
                        since_commit += 1;
                        if since_commit >= COMMIT_EVERY_DOCS
                            || last_commit.elapsed() >= COMMIT_INTERVAL
                        {
                            writer.commit()?;
                            since_commit = 0;
                            last_commit = Instant::now();
                        }
                    }
                    Outcome::Unchanged { .. } => summary.unchanged += 1,
                    Outcome::Skipped { path, reason } => {
                        tracing::info!("skipped {}: {reason}", ShownPath(&path));
                        failing.remove(&path);
                        summary.skipped += 1;
                    }
                    Outcome::Failed(error) if error.is_retryable() && last_attempt => {
                        let path = error.path().unwrap_or_default();
                        tracing::error!(
                            "{}: still being written after {INCOMPLETE_ATTEMPTS} more tries; \
                             not indexed this time",
                            ShownPath(path)
                        );
                        failing.insert(path.to_string());
                        summary.failed += 1;
                    }
                    Outcome::Failed(error) if error.is_retryable() => {
                        tracing::debug!("{error}; trying again shortly");
                        if let Some(path) = error.path() {
                            retry.insert(path.to_string());
                        }
                    }
                    Outcome::Failed(error) => {
                        tracing::error!("{error}");
                        if let Some(path) = error.path() {
                            failing.insert(path.to_string());
                        }
                        summary.failed += 1;
                    }
                }
            }
            Ok(())
        });
        self.indexed = indexed.into_inner().unwrap_or_else(PoisonError::into_inner);
        written
    }
}

/// Whether `candidate` is `path` or lies in the folder `path`.
fn is_at_or_under(candidate: &str, path: &str) -> bool {
    candidate
        .strip_prefix(path)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::is_at_or_under;

    #[test]
    fn a_path_is_under_its_folders_not_under_a_longer_name() {
        assert!(is_at_or_under("2021/03/a.txt", "2021/03/a.txt"));
        assert!(is_at_or_under("2021/03/a.txt", "2021/03"));
        assert!(is_at_or_under("2021/03/a.txt", "2021"));
        assert!(!is_at_or_under("2021/03/a.txt", "2021/0"));
        assert!(!is_at_or_under("2021-old/a.txt", "2021"));
        assert!(!is_at_or_under("2021", "2021/03"));
    }
}
