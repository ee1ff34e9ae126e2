//! [`CappedMergePolicy`]: tantivy's log merge policy, with merged segments kept under a
//! size, so that no merge reads more than a bounded part of the archive at once.
//!
//! A merge maps every page of the segments it reads, and those pages count as the
//! process's memory until the merge ends. Under the log policy alone, segments keep
//! doubling: merging the last few of a million releases read 2 GB of index files at
//! once, on top of the heap.

use std::collections::HashMap;

use tantivy::index::SegmentId;
use tantivy::indexer::{LogMergePolicy, MergeCandidate, MergePolicy};
use tantivy::SegmentMeta;

/// Merges never make a segment of more documents than this. At the generated corpus's
/// 6.6 KB of index per release, a merge then reads at most about 430 MB, and a million
/// releases end in some 20 segments of even size, which a search splits evenly over the
/// cores.
pub(crate) const MAX_MERGED_DOCS: u32 = 65_536;

/// Log merging below [`MAX_MERGED_DOCS`]; a segment of at least half of it is complete
/// (merging two of them would pass the cap) and is only rewritten alone, to drop its
/// deleted documents once they are `deleted_ratio` of it.
#[derive(Debug)]
pub(crate) struct CappedMergePolicy {
    log: LogMergePolicy,
    max_docs: u32,
    deleted_ratio: f32,
}

impl CappedMergePolicy {
    pub(crate) fn new(max_docs: u32, deleted_ratio: f32) -> CappedMergePolicy {
        let mut log = LogMergePolicy::default();
        log.set_del_docs_ratio_before_merge(deleted_ratio);
        CappedMergePolicy {
            log,
            max_docs,
            deleted_ratio,
        }
    }

    fn is_complete(&self, segment: &SegmentMeta) -> bool {
        segment.num_docs() >= self.max_docs / 2
    }

    fn has_too_many_deleted(&self, segment: &SegmentMeta) -> bool {
        segment.max_doc() > 0
            && segment.num_deleted_docs() as f32 / segment.max_doc() as f32 > self.deleted_ratio
    }

    /// Cuts one of the log policy's candidates into merges of at most `max_docs`
    /// documents, largest segments first. A lone segment is kept only to drop its
    /// deleted documents.
    fn split(
        &self,
        candidate: &MergeCandidate,
        open: &HashMap<SegmentId, &SegmentMeta>,
    ) -> Vec<MergeCandidate> {
        let mut segments: Vec<&SegmentMeta> = candidate
            .0
            .iter()
            .filter_map(|id| open.get(id).copied())
            .collect();
        segments.sort_by_key(|segment| std::cmp::Reverse(segment.num_docs()));
        let mut merges: Vec<(u32, Vec<&SegmentMeta>)> = Vec::new();
        for segment in segments {
            let docs = segment.num_docs();
            match merges
                .iter_mut()
                .find(|(total, _)| total + docs <= self.max_docs)
            {
                Some((total, merge)) => {
                    *total += docs;
                    merge.push(segment);
                }
                None => merges.push((docs, vec![segment])),
            }
        }
        merges
            .into_iter()
            .filter(|(_, merge)| merge.len() > 1 || self.has_too_many_deleted(merge[0]))
            .map(|(_, merge)| MergeCandidate(merge.iter().map(|segment| segment.id()).collect()))
            .collect()
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let (complete, open): (Vec<&SegmentMeta>, Vec<&SegmentMeta>) = segments
            .iter()
            .partition(|segment| self.is_complete(segment));
        let mut merges: Vec<MergeCandidate> = complete
            .into_iter()
            .filter(|segment| self.has_too_many_deleted(segment))
            .map(|segment| MergeCandidate(vec![segment.id()]))
            .collect();
        let open_metas: Vec<SegmentMeta> = open.iter().map(|&segment| segment.clone()).collect();
        let by_id: HashMap<SegmentId, &SegmentMeta> = open
            .into_iter()
            .map(|segment| (segment.id(), segment))
            .collect();
        for candidate in self.log.compute_merge_candidates(&open_metas) {
            merges.extend(self.split(&candidate, &by_id));
        }
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
    fn a_level_of_small_segments_is_merged_in_parts_under_the_cap() {
        let policy = CappedMergePolicy::new(100, 0.2);
        let level = segments(&[(20, 0); 8]);
        let merges = merged_sizes(&policy, &level);
        assert_eq!(merges, vec![vec![20, 20, 20], vec![20, 20, 20, 20, 20]]);
        assert!(merges.iter().all(|merge| merge.iter().sum::<u32>() <= 100));
    }

    #[test]
    fn complete_segments_are_left_alone_however_many() {
        let policy = CappedMergePolicy::new(100, 0.2);
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
        let policy = CappedMergePolicy::new(100, 0.2);
        let archive = segments(&[(60, 40), (60, 5), (70, 0)]);
        assert_eq!(merged_sizes(&policy, &archive), vec![vec![60]]);
    }

    #[test]
    fn the_log_policy_still_waits_for_enough_small_segments() {
        let policy = CappedMergePolicy::new(100, 0.2);
        let few = segments(&[(10, 0); 7]);
        assert_eq!(merged_sizes(&policy, &few), Vec::<Vec<u32>>::new());
    }
}
