//! [`CappedMergePolicy`]: tantivy's log merge policy, with merged segments kept under a
//! size on disk, so that no merge reads more than a bounded part of the archive at once.
//!
//! A merge maps every page of the segments it reads, and those pages count as the
//! process's memory until the merge ends. Under the log policy alone, segments keep
//! doubling: merging the last few of a million releases read 2 GB of index files at
//! once, on top of the heap.
//!
//! Segments that the latest deleting commit took documents from wait (see
//! [`MergeTurn`]): while a pass replaces every release (new extraction rules), each old
//! segment empties within seconds and is then dropped for free. Merged sooner, it would
//! be rewritten again and again on its way to empty; and tantivy throws away a merge one
//! of whose segments empties before it ends ("couldn't find segment in SegmentManager"),
//! which leaves the other segments it read mapped in full.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tantivy::index::{SegmentComponent, SegmentId};
use tantivy::indexer::{LogMergePolicy, MergeCandidate, MergePolicy};
use tantivy::{Opstamp, SegmentMeta};

/// Merges never make a segment larger than this on disk, and so never map more than this
/// of the segments they read, whatever the size of the releases. At the generated
/// corpus's 6.6 KB of index per release that is some 60 000 releases: a million end in
/// about 17 segments of even size, which a search splits evenly over the cores.
pub(crate) const MAX_MERGED_BYTES: u64 = 384 * 1024 * 1024;

/// The files that make up a segment's size (its bitset of deleted documents is tiny).
const SIZED_COMPONENTS: [SegmentComponent; 6] = [
    SegmentComponent::Postings,
    SegmentComponent::Positions,
    SegmentComponent::FastFields,
    SegmentComponent::FieldNorms,
    SegmentComponent::Terms,
    SegmentComponent::Store,
];

/// The bytes of a segment's files in the index folder `dir` (a file that cannot be read
/// counts as empty).
fn segment_bytes(dir: &Path, segment: &SegmentMeta) -> u64 {
    SIZED_COMPONENTS
        .into_iter()
        .filter_map(|component| std::fs::metadata(dir.join(segment.relative_path(component))).ok())
        .map(|metadata| metadata.len())
        .sum()
}

/// Segments of at least half of `max_bytes` are complete: merging two of them would pass
/// the cap, so they are only rewritten alone, to drop their deleted documents once these
/// are `deleted_ratio` of them. Below that, tantivy's log policy merges segments of
/// similar size as long as the result stays open (under half the cap); once the open
/// segments hold a full segment's worth, the largest of them that fit under the cap are
/// merged into one complete segment. Complete segments thus come out between half the
/// cap and the cap, not at whatever size a level happened to reach. All of this over
/// the segments that do not wait their [`MergeTurn`].
pub(crate) struct CappedMergePolicy {
    log: LogMergePolicy,
    max_bytes: u64,
    deleted_ratio: f32,
    size_of: Box<dyn Fn(&SegmentMeta) -> u64 + Send + Sync>,
    turn: MergeTurn,
}

/// Shared by the writer and its merge policy: whether segments still being emptied wait
/// their turn, and whether any did. The latest deleting commit is the only sign of a
/// segment still being emptied that the policy sees; the writer's last commit ends every
/// wait, since nothing will be deleted after it.
#[derive(Debug, Clone, Default)]
pub(crate) struct MergeTurn(Arc<MergeTurnState>);

#[derive(Debug, Default)]
struct MergeTurnState {
    last_commit: AtomicBool,
    any_waited: AtomicBool,
}

impl MergeTurn {
    /// From now on every segment may be merged.
    pub(crate) fn last_commit(&self) {
        self.0.last_commit.store(true, Ordering::Relaxed);
    }

    /// Whether the policy ever left a segment waiting.
    pub(crate) fn any_waited(&self) -> bool {
        self.0.any_waited.load(Ordering::Relaxed)
    }

    /// The segments of `segments` that may be merged now: all after the last commit;
    /// before it, those the latest deleting commit did not take documents from.
    fn settled<'a>(&self, segments: &'a [SegmentMeta]) -> Vec<&'a SegmentMeta> {
        let emptying = |segment: &SegmentMeta| -> Option<Opstamp> {
            (segment.num_deleted_docs() > 0)
                .then(|| segment.delete_opstamp())
                .flatten()
        };
        let latest = segments.iter().filter_map(emptying).max();
        if latest.is_none() || self.0.last_commit.load(Ordering::Relaxed) {
            return segments.iter().collect();
        }
        let settled: Vec<&SegmentMeta> = segments
            .iter()
            .filter(|segment| emptying(segment) != latest)
            .collect();
        self.0.any_waited.store(true, Ordering::Relaxed);
        settled
    }
}

impl fmt::Debug for CappedMergePolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CappedMergePolicy")
            .field("max_bytes", &self.max_bytes)
            .field("deleted_ratio", &self.deleted_ratio)
            .finish_non_exhaustive()
    }
}

impl CappedMergePolicy {
    /// For the index in the folder `dir`, sizing segments by their files.
    pub(crate) fn for_folder(
        dir: PathBuf,
        max_bytes: u64,
        deleted_ratio: f32,
        turn: MergeTurn,
    ) -> CappedMergePolicy {
        Self::with_sizes(max_bytes, deleted_ratio, turn, move |segment| {
            segment_bytes(&dir, segment)
        })
    }

    fn with_sizes(
        max_bytes: u64,
        deleted_ratio: f32,
        turn: MergeTurn,
        size_of: impl Fn(&SegmentMeta) -> u64 + Send + Sync + 'static,
    ) -> CappedMergePolicy {
        let mut log = LogMergePolicy::default();
        log.set_del_docs_ratio_before_merge(deleted_ratio);
        CappedMergePolicy {
            log,
            max_bytes,
            deleted_ratio,
            size_of: Box::new(size_of),
            turn,
        }
    }

    fn is_complete(&self, bytes: u64) -> bool {
        bytes >= self.max_bytes / 2
    }

    fn has_too_many_deleted(&self, segment: &SegmentMeta) -> bool {
        segment.max_doc() > 0
            && segment.num_deleted_docs() as f32 / segment.max_doc() as f32 > self.deleted_ratio
    }

    /// When `open` (segments and their sizes, largest first) holds at least a full
    /// segment, the largest segments that fit under the cap together; they make at least
    /// half of it, since each is under half.
    fn fill<'a>(&self, open: &[(&'a SegmentMeta, u64)]) -> Vec<&'a SegmentMeta> {
        let total: u64 = open.iter().map(|(_, bytes)| bytes).sum();
        if total < self.max_bytes {
            return Vec::new();
        }
        let mut filled = 0;
        let mut merge = Vec::new();
        for &(segment, bytes) in open {
            if filled + bytes <= self.max_bytes {
                filled += bytes;
                merge.push(segment);
            }
        }
        merge
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let sized = self
            .turn
            .settled(segments)
            .into_iter()
            .map(|segment| (segment, (self.size_of)(segment)));
        let (complete, mut open): (Vec<_>, Vec<_>) =
            sized.partition(|&(_, bytes)| self.is_complete(bytes));
        let mut merges: Vec<MergeCandidate> = complete
            .into_iter()
            .filter(|(segment, _)| self.has_too_many_deleted(segment))
            .map(|(segment, _)| MergeCandidate(vec![segment.id()]))
            .collect();
        open.sort_by_key(|&(_, bytes)| std::cmp::Reverse(bytes));
        let filled = self.fill(&open);
        if !filled.is_empty() {
            merges.push(MergeCandidate(
                filled.iter().map(|segment| segment.id()).collect(),
            ));
            open.retain(|(segment, _)| !filled.iter().any(|used| used.id() == segment.id()));
        }
        let bytes: HashMap<SegmentId, u64> = open
            .iter()
            .map(|&(segment, bytes)| (segment.id(), bytes))
            .collect();
        let open: Vec<SegmentMeta> = open
            .into_iter()
            .map(|(segment, _)| segment.clone())
            .collect();
        let stays_open = |candidate: &MergeCandidate| {
            let merged: u64 = candidate.0.iter().filter_map(|id| bytes.get(id)).sum();
            !self.is_complete(merged)
        };
        merges.extend(
            self.log
                .compute_merge_candidates(&open)
                .into_iter()
                .filter(stays_open),
        );
        merges
    }
}

#[cfg(test)]
mod tests {
    use tantivy::schema::Schema;
    use tantivy::Index;

    use super::*;

    /// Segment metas of (live, deleted) documents each.
    fn segments(sizes: &[(u32, u32)]) -> Vec<SegmentMeta> {
        let index = Index::create_in_ram(Schema::builder().build());
        sizes
            .iter()
            .map(|&(docs, deleted)| {
                let meta = index.new_segment_meta(SegmentId::generate_random(), docs + deleted);
                if deleted == 0 {
                    meta
                } else {
                    meta.with_delete_meta(deleted, 0)
                }
            })
            .collect()
    }

    /// A policy that sizes a segment by its live documents, capped at `max`.
    fn by_docs(max: u64) -> CappedMergePolicy {
        by_docs_taking_turns(max, MergeTurn::default())
    }

    fn by_docs_taking_turns(max: u64, turn: MergeTurn) -> CappedMergePolicy {
        CappedMergePolicy::with_sizes(max, 0.2, turn, |segment| u64::from(segment.num_docs()))
    }

    fn merged_sizes(policy: &CappedMergePolicy, segments: &[SegmentMeta]) -> Vec<Vec<u32>> {
        let docs: HashMap<SegmentId, u32> = segments
            .iter()
            .map(|segment| (segment.id(), segment.num_docs()))
            .collect();
        let mut sizes: Vec<Vec<u32>> = policy
            .compute_merge_candidates(segments)
            .into_iter()
            .map(|candidate| candidate.0.iter().map(|id| docs[id]).collect())
            .collect();
        sizes.sort();
        sizes
    }

    #[test]
    fn open_segments_holding_a_full_segment_are_merged_largest_first_under_the_cap() {
        let policy = by_docs(100);
        let open = segments(&[(40, 0), (30, 0), (20, 0), (15, 0), (10, 0), (5, 0)]);
        assert_eq!(merged_sizes(&policy, &open), vec![vec![40, 30, 20, 10]]);
    }

    #[test]
    fn a_level_is_merged_while_the_result_stays_open_and_left_for_filling_after() {
        let policy = by_docs(1_000_000);
        let level = segments(&[(20_000, 0); 8]);
        assert_eq!(merged_sizes(&policy, &level), vec![vec![20_000; 8]]);
        // Eight of 80 000 would make a complete segment: they wait until the open
        // segments hold a full one, then fill it.
        let bigger = segments(&[(80_000, 0); 8]);
        assert_eq!(merged_sizes(&policy, &bigger), Vec::<Vec<u32>>::new());
        let full = segments(&[(80_000, 0); 13]);
        assert_eq!(merged_sizes(&policy, &full), vec![vec![80_000; 12]]);
    }

    #[test]
    fn complete_segments_are_left_alone_however_many() {
        let policy = by_docs(100);
        let complete = segments(&[
            (50, 0),
            (60, 0),
            (70, 0),
            (80, 0),
            (90, 0),
            (95, 0),
            (99, 0),
            (100, 0),
            (55, 0),
        ]);
        assert_eq!(merged_sizes(&policy, &complete), Vec::<Vec<u32>>::new());
    }

    #[test]
    fn a_complete_segment_with_many_deleted_documents_is_rewritten_alone() {
        let policy = by_docs(100);
        let mut archive = segments(&[(60, 40), (65, 0), (70, 0)]);
        // The latest deleting commit took from another segment.
        archive[1] = emptied(&archive[1], 5, 1);
        assert_eq!(merged_sizes(&policy, &archive), vec![vec![60]]);
    }

    /// `meta` once `deleted` of its documents are deleted, by the commit at `opstamp`.
    fn emptied(meta: &SegmentMeta, deleted: u32, opstamp: u64) -> SegmentMeta {
        meta.clone().with_delete_meta(deleted, opstamp)
    }

    #[test]
    fn segments_the_latest_deleting_commit_took_from_wait_until_the_last_commit() {
        let turn = MergeTurn::default();
        let policy = by_docs_taking_turns(100, turn.clone());
        let metas = segments(&[
            (90, 0),
            (70, 0),
            (40, 0),
            (30, 0),
            (20, 0),
            (15, 0),
            (10, 0),
        ]);
        // The commit at opstamp 7 took documents from the complete segment of 90; the
        // one at 5 from the open segment of 40, which has been left alone since.
        let mut archive = metas.clone();
        archive[0] = emptied(&metas[0], 20, 7);
        archive[2] = emptied(&metas[2], 10, 5);
        // The segment of 70 live documents is still being emptied: it is not rewritten
        // alone yet, while the open segments fill a complete one.
        assert_eq!(merged_sizes(&policy, &archive), vec![vec![30, 30, 20, 15]]);
        assert!(turn.any_waited());
        turn.last_commit();
        assert_eq!(
            merged_sizes(&policy, &archive),
            vec![vec![30, 30, 20, 15], vec![70]]
        );
    }

    #[test]
    fn without_deletes_nothing_waits() {
        let turn = MergeTurn::default();
        let policy = by_docs_taking_turns(100, turn.clone());
        let open = segments(&[(40, 0), (30, 0), (20, 0), (15, 0), (10, 0), (5, 0)]);
        assert_eq!(merged_sizes(&policy, &open), vec![vec![40, 30, 20, 10]]);
        assert!(!turn.any_waited());
    }

    #[test]
    fn the_log_policy_still_waits_for_enough_small_segments() {
        let policy = by_docs(100);
        let few = segments(&[(10, 0); 7]);
        assert_eq!(merged_sizes(&policy, &few), Vec::<Vec<u32>>::new());
    }

    #[test]
    fn a_segment_is_sized_by_its_files_in_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", tantivy::schema::TEXT | tantivy::schema::STORED);
        let index = Index::create_in_dir(dir.path(), schema.build()).unwrap();
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        for n in 0..500 {
            writer
                .add_document(
                    tantivy::doc!(text => format!("release {n} om vården i Region Gotland")),
                )
                .unwrap();
        }
        writer.commit().unwrap();
        let metas = index.searchable_segment_metas().unwrap();
        assert_eq!(metas.len(), 1);
        let uuid = metas[0].id().uuid_string();
        let on_disk: u64 = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap())
            .filter(|entry| entry.file_name().to_string_lossy().starts_with(&uuid))
            .map(|entry| entry.metadata().unwrap().len())
            .sum();
        assert!(on_disk > 0);
        assert_eq!(segment_bytes(dir.path(), &metas[0]), on_disk);
    }
}
