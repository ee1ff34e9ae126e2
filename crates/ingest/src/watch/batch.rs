//! Pending paths between raw events and a sent batch: each waits until it has been quiet
//! (no event, same size and modification time) for the debounce window, then the batch
//! is cut and reduced to the fewest [`Change`]s that say the same.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use super::Change;
use crate::is_ignored;
use crate::scan::relative;

/// What a path looks like on disk: size, modification time, folder or not; `None` when
/// it does not exist.
type Stat = Option<(u64, Option<SystemTime>, bool)>;

fn stat(path: &Path) -> Stat {
    let meta = fs::symlink_metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok(), meta.is_dir()))
}

struct Entry {
    /// Last event or observed change of size/mtime.
    last_change: Instant,
    /// Last observed state.
    stat: Stat,
    /// When the state was last confirmed unchanged after a quiet window.
    confirmed_at: Option<Instant>,
}

/// Paths with a change not yet sent.
#[derive(Default)]
pub(super) struct Pending {
    paths: HashMap<String, Entry>,
    /// When the oldest change of the batch being gathered arrived.
    batch_started: Option<Instant>,
}

impl Pending {
    /// Records an event on `path` (absolute, under `root`) that happened `at`. Paths
    /// outside the root, the root itself and ignored names are dropped.
    ///
    /// The quiet window runs from when the event happened, not from when it arrived
    /// here: notify-debouncer-full holds every event back for its own short timeout
    /// first, and counting from arrival would add that delay to every change.
    pub(super) fn touch(&mut self, root: &Path, path: &Path, at: Instant) {
        let Some(rel) = relative(root, path) else {
            return;
        };
        if is_ignored(&rel) {
            return;
        }
        let state = stat(path);
        self.paths
            .entry(rel)
            .and_modify(|e| {
                e.last_change = e.last_change.max(at);
                e.stat = state;
                e.confirmed_at = None;
            })
            .or_insert(Entry {
                last_change: at,
                stat: state,
                confirmed_at: None,
            });
        self.batch_started.get_or_insert(at);
    }

    /// The next batch, if one is due: every pending path is quiet and stable for `quiet`,
    /// or the batch has waited `max_wait` (then only the stable paths go).
    pub(super) fn take_ready(
        &mut self,
        root: &Path,
        quiet: Duration,
        max_wait: Duration,
    ) -> Vec<Change> {
        self.take_ready_at(root, quiet, max_wait, Instant::now())
    }

    /// [`Pending::take_ready`] as of `now`.
    fn take_ready_at(
        &mut self,
        root: &Path,
        quiet: Duration,
        max_wait: Duration,
        now: Instant,
    ) -> Vec<Change> {
        let Some(started) = self.batch_started else {
            return Vec::new();
        };
        let mut ready = Vec::new();
        for (rel, entry) in &mut self.paths {
            if now.duration_since(entry.last_change) < quiet {
                continue;
            }
            let recently_confirmed = entry
                .confirmed_at
                .is_some_and(|t| now.duration_since(t) < quiet);
            if !recently_confirmed {
                let state = stat(&root.join(rel));
                if state != entry.stat {
                    // Still being written, though no event said so (polling, or a write
                    // that notify folded away): wait another window.
                    entry.stat = state;
                    entry.last_change = now;
                    entry.confirmed_at = None;
                    continue;
                }
                entry.confirmed_at = Some(now);
            }
            ready.push(rel.clone());
        }
        let all_ready = ready.len() == self.paths.len();
        let overdue = now.duration_since(started) >= max_wait;
        if ready.is_empty() || !(all_ready || overdue) {
            return Vec::new();
        }
        let changes = ready
            .into_iter()
            .filter_map(|rel| {
                let entry = self.paths.remove(&rel)?;
                Some(match entry.stat {
                    Some((_, _, is_dir)) => (rel, Some(is_dir)),
                    None => (rel, None),
                })
            })
            .collect();
        self.batch_started = (!self.paths.is_empty()).then_some(now);
        reduce(changes)
    }
}

/// Turns `(path, Some(is_dir) | None-if-gone)` into changes, dropping paths under a
/// removed path or a changed folder (the consumer handles the whole subtree), removals
/// first, each group sorted.
fn reduce(mut states: Vec<(String, Option<bool>)>) -> Vec<Change> {
    states.sort();
    let covering: HashSet<&str> = states
        .iter()
        .filter(|(_, state)| *state != Some(false))
        .map(|(rel, _)| rel.as_str())
        .collect();
    let is_covered = |rel: &str| {
        rel.char_indices()
            .filter(|(_, c)| *c == '/')
            .any(|(i, _)| covering.contains(&rel[..i]))
    };
    let mut removed = Vec::new();
    let mut changed = Vec::new();
    for (rel, state) in &states {
        if is_covered(rel) {
            continue;
        }
        match state {
            None => removed.push(Change::Removed(rel.clone())),
            Some(_) => changed.push(Change::Changed(rel.clone())),
        }
    }
    removed.extend(changed);
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_folder_covers_its_files() {
        let changes = reduce(vec![
            ("new".into(), Some(true)),
            ("new/a.txt".into(), Some(false)),
            ("new-b.txt".into(), Some(false)),
        ]);
        assert_eq!(
            changes,
            vec![
                Change::Changed("new".into()),
                Change::Changed("new-b.txt".into())
            ]
        );
    }

    /// Batches cut from a burst of events on `files` distinct paths under `root`, one
    /// every `every`, with a silence of `pause` after the first half, read at ticks of
    /// `tick` until nothing is pending.
    fn batches_of_burst(
        root: &Path,
        files: u32,
        every: Duration,
        pause: Duration,
        tick: Duration,
    ) -> usize {
        let start = Instant::now();
        let event_time = |i: u32| {
            start
                + every * i
                + if i >= files / 2 {
                    pause
                } else {
                    Duration::ZERO
                }
        };
        let mut pending = Pending::default();
        let (mut next, mut batches, mut now) = (0, 0, start);
        while next < files || !pending.paths.is_empty() {
            while next < files && event_time(next) <= now {
                pending.touch(
                    root,
                    &root.join(format!("r{next:05}.txt")),
                    event_time(next),
                );
                next += 1;
            }
            if !pending.take_ready_at(root, QUIET, MAX_WAIT, now).is_empty() {
                batches += 1;
            }
            now += tick;
        }
        batches
    }

    const QUIET: Duration = Duration::from_millis(200);
    const MAX_WAIT: Duration = Duration::from_secs(2);

    #[test]
    fn a_burst_is_cut_only_by_its_longest_wait_or_a_quiet_window() {
        let root = tempfile::tempdir().unwrap();
        let ms = Duration::from_millis;
        // Ten seconds of events, one each 2 ms: cut every two seconds, and the rest.
        let batches = batches_of_burst(root.path(), 5_000, ms(2), Duration::ZERO, ms(50));
        assert!((5..=6).contains(&batches), "{batches} batches");
        // A silence longer than the quiet window (and a tick) mid-burst cuts one more.
        let batches = batches_of_burst(root.path(), 1_000, ms(1), 2 * QUIET, ms(50));
        assert_eq!(batches, 2);
        // One second of events in one batch, however often the worker looks.
        assert_eq!(
            batches_of_burst(root.path(), 1_000, ms(1), Duration::ZERO, ms(5)),
            1
        );
    }

    #[test]
    fn a_removed_folder_covers_its_files() {
        let changes = reduce(vec![("old".into(), None), ("old/a.txt".into(), None)]);
        assert_eq!(changes, vec![Change::Removed("old".into())]);
    }
}
