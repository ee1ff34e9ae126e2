//! [`ArchiveWriter`]: the one writer of an index.

use std::path::{Path, PathBuf};

use tantivy::indexer::IndexWriterOptions;
use tantivy::{Index, IndexWriter, Term};

use crate::document::IndexedDocument;
use crate::error::SearchError;
use crate::merge_policy::{CappedMergePolicy, MergeTurn, MAX_MERGED_BYTES};
use crate::release_doc::ReleaseDoc;
use crate::schema::Fields;

/// Heap for tantivy's indexing buffers. 128 MB keeps segments few on large imports and
/// leaves room under the 1 GiB target for readers and extraction.
pub(crate) const MEMORY_BUDGET: usize = 128_000_000;

/// tantivy's own bound on indexing threads.
const MAX_INDEXING_THREADS: usize = 8;

/// One merge at a time: each maps the segments it reads (see [`crate::merge_policy`]),
/// and two at once would double that; the indexing threads keep the cores busy anyway.
const MERGE_THREADS: usize = 1;

/// Segments whose share of deleted documents passes this are merged, so that an archive
/// whose files are rewritten again and again stays close to the size of a fresh build.
const DELETED_RATIO_BEFORE_MERGE: f32 = 0.2;

/// The single writer of an [`crate::Archive`]. Changes become visible at [`Self::commit`].
pub struct ArchiveWriter {
    writer: IndexWriter<ReleaseDoc>,
    fields: Fields,
    pending: usize,
    /// The index folder, for errors.
    dir: PathBuf,
    /// What each commit records as the producer of the entities it holds (see
    /// [`ArchiveWriter::set_extracted_by`]); at first what the last commit recorded.
    extracted_by: Option<String>,
    /// Shared with the merge policy, which holds back segments still being emptied
    /// until [`ArchiveWriter::finish`].
    merge_turn: MergeTurn,
}

impl ArchiveWriter {
    pub(crate) fn new(index: &Index, fields: Fields, dir: &Path) -> Result<Self, SearchError> {
        let threads =
            std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_INDEXING_THREADS));
        let options = IndexWriterOptions::builder()
            .num_worker_threads(threads)
            .memory_budget_per_thread(MEMORY_BUDGET / threads)
            .num_merge_threads(MERGE_THREADS)
            .build();
        let writer = index
            .writer_with_options(options)
            .map_err(|err| map_lock_error(err, dir))?;
        let merge_turn = MergeTurn::default();
        writer.set_merge_policy(Box::new(CappedMergePolicy::for_folder(
            dir.to_path_buf(),
            MAX_MERGED_BYTES,
            DELETED_RATIO_BEFORE_MERGE,
            merge_turn.clone(),
        )));
        // A writer killed mid-import or mid-merge leaves segment files that no commit
        // refers to. tantivy collects them only when it commits or merges, which an
        // index whose corpus did not change never does: collect them now.
        if let Err(err) = writer.garbage_collect_files().wait() {
            tracing::warn!("could not remove unused index files: {err}");
        }
        burn_committed_opstamp(&writer, fields.path);
        Ok(ArchiveWriter {
            writer,
            fields,
            pending: 0,
            dir: dir.to_path_buf(),
            extracted_by: index.load_metas()?.payload,
            merge_turn,
        })
    }

    /// Adds `doc`, replacing any document with the same path.
    ///
    /// # Errors
    /// [`SearchError::Write`] when the index could not be written (see
    /// [`ArchiveWriter::commit`]).
    pub fn upsert(&mut self, doc: IndexedDocument<'_>) -> Result<(), SearchError> {
        self.delete(doc.path);
        if let Err(killed) = self.writer.add_document(doc.into_tantivy(&self.fields)) {
            // An indexing thread died, most likely on a failed write (disk full). Its own
            // error, the real reason, comes out only where the threads are joined.
            let error = self.writer.commit().err().unwrap_or(killed);
            return Err(SearchError::Write {
                dir: self.dir.clone(),
                error,
            });
        }
        self.pending += 1;
        Ok(())
    }

    /// Deletes the document at `path`, if any.
    pub fn delete(&mut self, path: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.path, path));
        self.pending += 1;
    }

    /// Number of changes since the last commit.
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// Makes every change durable and visible to readers that reload, then removes
    /// segment files nothing refers to any more (left by merges or a killed process).
    ///
    /// # Errors
    /// [`SearchError::Write`] when the index cannot be written (disk full, folder
    /// removed): the index still holds the previous commit, and this writer's changes
    /// since then are lost; drop it and take a new one to go on.
    pub fn commit(&mut self) -> Result<(), SearchError> {
        let write_error = |error| SearchError::Write {
            dir: self.dir.clone(),
            error,
        };
        let mut prepared = self.writer.prepare_commit().map_err(write_error)?;
        if let Some(extracted_by) = &self.extracted_by {
            prepared.set_payload(extracted_by);
        }
        prepared.commit().map_err(write_error)?;
        self.pending = 0;
        if let Err(err) = self.writer.garbage_collect_files().wait() {
            tracing::warn!("could not remove unused index files: {err}");
        }
        Ok(())
    }

    /// Records `producer` (the extraction rules of this build, say) with the following
    /// commits, for [`crate::Archive::extracted_by`]. Until it is set, commits record
    /// what the last one did: a caller re-extracting an archive under new rules sets it
    /// once every release has been done, so that an interrupted pass is done again.
    pub fn set_extracted_by(&mut self, producer: &str) {
        self.extracted_by = Some(producer.to_owned());
    }

    /// Commits, then waits for background merges to finish, so the folder is compact.
    /// Nothing is deleted after this last commit, so the merge policy no longer holds
    /// back segments that were being emptied; when it held any back, the commit happens
    /// even with nothing pending, since a commit is what has it look again.
    pub fn finish(mut self) -> Result<(), SearchError> {
        self.merge_turn.last_commit();
        if self.pending > 0 || self.merge_turn.any_waited() {
            self.commit()?;
        }
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}

/// A new tantivy `IndexWriter` (0.27) stamps its first operation with the opstamp of
/// the last commit. Segments whose deletes were applied by that commit count as up to
/// date with it, so a merge that starts before this writer's first commit skips such an
/// operation on them while it takes the merged segment's delete cursor from a segment
/// that did apply it: the first delete of a session could be lost, and a removed file
/// stayed searchable. A delete that matches nothing takes that opstamp instead. (The
/// path term "" is never indexed: every path names a file.)
fn burn_committed_opstamp(writer: &IndexWriter<ReleaseDoc>, path: tantivy::schema::Field) {
    writer.delete_term(Term::from_field_text(path, ""));
}

pub(crate) fn map_lock_error(err: tantivy::TantivyError, dir: &Path) -> SearchError {
    match err {
        tantivy::TantivyError::LockFailure(..) => SearchError::Locked {
            dir: dir.to_path_buf(),
        },
        other => SearchError::Tantivy(other),
    }
}

impl std::fmt::Debug for ArchiveWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArchiveWriter")
            .field("pending", &self.pending)
            .finish()
    }
}

/// Indexes `text` as the release at `path` (its hash is the path), for tests.
#[cfg(test)]
pub(crate) fn upsert_text(writer: &mut ArchiveWriter, path: &str, text: &str) {
    let extraction = pressarkiv_normalize::extract(text);
    writer
        .upsert(IndexedDocument {
            path,
            hash: path,
            stamp: None,
            extraction,
        })
        .expect("upsert");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Archive;

    fn upsert(writer: &mut ArchiveWriter, path: &str) {
        upsert_text(writer, path, &format!("Rubrik\n\nText om {path}."));
    }

    /// A writer of `archive` that committed the releases "a0" to "a99".
    fn a_hundred_releases(archive: &Archive) -> ArchiveWriter {
        let mut writer = archive.writer().expect("writer");
        for n in 0..100 {
            upsert(&mut writer, &format!("a{n}"));
        }
        writer.commit().expect("commit");
        writer
    }

    #[test]
    fn indexed_versions_are_those_of_the_latest_commit_even_before_a_reload() {
        let dir = tempfile::tempdir().expect("temp dir");
        let archive = Archive::open_or_create(dir.path()).expect("archive");
        let mut writer = a_hundred_releases(&archive);
        writer.delete("a7");
        writer.commit().expect("commit");
        // No reload: the archive's own reader may still show an earlier commit.
        let indexed = indexed_paths(&archive);
        assert_eq!(indexed.len(), 99, "{indexed:?}");
        assert!(!indexed.contains("a7"), "a7 was deleted");
    }

    #[test]
    fn an_archive_opened_once_searches_its_commit_and_a_later_one_after_a_reload() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut writer = a_hundred_releases(&Archive::open_or_create(dir.path()).expect("new"));
        let once = Archive::open_once(dir.path()).expect("opened once");
        assert_eq!(once.num_docs(), 100);
        writer.delete("a7");
        writer.delete("a8");
        writer.commit().expect("commit");
        once.reload().expect("reload");
        assert_eq!(once.num_docs(), 98);
        let missing = Archive::open_once(&dir.path().join("none"));
        assert!(
            matches!(missing, Err(crate::SearchError::NoIndex { .. })),
            "a folder without an index"
        );
    }

    /// The paths [`Archive::for_each_indexed_version`] lists.
    fn indexed_paths(archive: &Archive) -> std::collections::HashSet<String> {
        let mut indexed = std::collections::HashSet::new();
        archive
            .for_each_indexed_version(|path, _, _| {
                indexed.insert(path.to_owned());
            })
            .expect("versions");
        indexed
    }

    /// The paths alive in the segment `id`.
    fn paths_in(archive: &Archive, id: tantivy::index::SegmentId) -> Vec<String> {
        archive.reload().expect("reload");
        let searcher = archive.searcher();
        let segment = searcher
            .segment_readers()
            .iter()
            .find(|segment| segment.segment_id() == id)
            .expect("segment");
        let paths = segment
            .fast_fields()
            .str(crate::schema::PATH)
            .expect("path column")
            .expect("paths");
        segment
            .doc_ids_alive()
            .map(|doc| {
                let ord = paths.term_ords(doc).next().expect("a path");
                let mut path = String::new();
                paths.ord_to_str(ord, &mut path).expect("path");
                path
            })
            .collect()
    }

    /// One path alive in the segment `id`.
    fn a_path_in(archive: &Archive, id: tantivy::index::SegmentId) -> String {
        paths_in(archive, id)
            .into_iter()
            .next()
            .expect("a live document")
    }

    #[test]
    fn the_producer_of_the_entities_outlives_writers_until_it_is_set_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let archive = Archive::open_or_create(dir.path()).expect("archive");
        assert_eq!(archive.extracted_by(), None);
        {
            let mut writer = archive.writer().expect("writer");
            upsert(&mut writer, "a");
            writer.set_extracted_by("rules 1");
            writer.commit().expect("commit");
        }
        assert_eq!(archive.extracted_by().as_deref(), Some("rules 1"));
        // A later writer that sets nothing records what the last commit did.
        let mut writer = archive.writer().expect("writer");
        upsert(&mut writer, "b");
        writer.commit().expect("commit");
        assert_eq!(archive.extracted_by().as_deref(), Some("rules 1"));
        writer.set_extracted_by("rules 2");
        writer.commit().expect("commit");
        assert_eq!(archive.extracted_by().as_deref(), Some("rules 2"));
    }

    /// Segments the latest deleting commit took from wait for the writer's last commit
    /// (see `merge_policy::MergeTurn`); `finish` must still merge their deleted documents
    /// away, even when that deleting commit left nothing pending.
    #[test]
    fn finish_merges_away_what_the_last_deleting_commit_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let archive = Archive::open_or_create(dir.path()).expect("archive");
        let mut writer = a_hundred_releases(&archive);
        // However the indexing threads shared the documents, each segment loses more
        // than the share that has the merge policy merge it.
        let metas = archive.index().searchable_segment_metas().expect("metas");
        for meta in &metas {
            let paths = paths_in(&archive, meta.id());
            for path in &paths[..paths.len() * 3 / 5] {
                writer.delete(path);
            }
        }
        writer.commit().expect("commit");
        writer.finish().expect("finish");

        let metas = archive.index().searchable_segment_metas().expect("metas");
        let deleted: Vec<u32> = metas.iter().map(|meta| meta.num_deleted_docs()).collect();
        assert!(
            deleted.iter().all(|&n| n == 0),
            "deleted per segment: {deleted:?}"
        );
        let live: u32 = metas.iter().map(|meta| meta.num_docs()).sum();
        assert!((40..50).contains(&live), "{live} documents left");
    }

    /// The first delete of a new writer must hold even when a merge of the committed
    /// segments runs before that writer's first commit, and the merge lists first a
    /// segment without deletes and then one whose deletes the last commit applied: the
    /// case that left a removed file searchable after a killed `watch`.
    #[test]
    fn first_delete_of_a_writer_survives_a_merge_before_its_commit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let archive = Archive::open_or_create(dir.path()).expect("archive");
        {
            let mut writer = a_hundred_releases(&archive);
            // The last commit deletes one document of the largest segment (however the
            // indexing threads shared the documents, it holds at least 50, so one delete
            // stays below the share that has the merge policy merge it) and adds a
            // segment without deletes.
            let metas = archive.index().searchable_segment_metas().expect("metas");
            let largest = metas
                .iter()
                .max_by_key(|meta| meta.max_doc())
                .expect("a segment");
            let victim = a_path_in(&archive, largest.id());
            upsert(&mut writer, "b1");
            upsert(&mut writer, "b2");
            writer.delete(&victim);
            writer.commit().expect("commit");
        }
        let metas = archive.index().searchable_segment_metas().expect("metas");
        let last_commit = archive.index().load_metas().expect("meta").opstamp;
        let with_deletes = metas
            .iter()
            .find(|meta| meta.delete_opstamp() == Some(last_commit))
            .expect("a segment whose deletes the last commit applied");
        let without_deletes = metas
            .iter()
            .find(|meta| meta.delete_opstamp().is_none())
            .expect("a segment without deletes");
        let doomed = a_path_in(&archive, with_deletes.id());

        let mut writer = archive.writer().expect("second writer");
        writer.delete(&doomed);
        writer
            .writer
            .merge(&[without_deletes.id(), with_deletes.id()])
            .wait()
            .expect("merge");
        writer.finish().expect("finish");

        archive.reload().expect("reload");
        let indexed = indexed_paths(&archive);
        assert!(
            !indexed.contains(&doomed),
            "{doomed} was deleted, yet it is still indexed"
        );
        assert_eq!(indexed.len(), 100, "{indexed:?}");
    }
}
