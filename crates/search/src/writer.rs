//! [`ArchiveWriter`]: the one writer of an index.

use std::path::{Path, PathBuf};

use tantivy::indexer::LogMergePolicy;
use tantivy::{Index, IndexWriter, Term};

use crate::document::IndexedDocument;
use crate::error::SearchError;
use crate::schema::Fields;

/// Heap for tantivy's indexing buffers. 128 MB keeps segments few on large imports and
/// leaves room under the 1 GiB target for readers and extraction.
pub(crate) const MEMORY_BUDGET: usize = 128_000_000;

/// Segments whose share of deleted documents passes this are merged, so that an archive
/// whose files are rewritten again and again stays close to the size of a fresh build.
const DELETED_RATIO_BEFORE_MERGE: f32 = 0.2;

/// The single writer of an [`crate::Archive`]. Changes become visible at [`Self::commit`].
pub struct ArchiveWriter {
    writer: IndexWriter,
    fields: Fields,
    pending: usize,
    /// The index folder, for errors.
    dir: PathBuf,
}

impl ArchiveWriter {
    pub(crate) fn new(index: &Index, fields: Fields, dir: &Path) -> Result<Self, SearchError> {
        let writer = index
            .writer(MEMORY_BUDGET)
            .map_err(|err| map_lock_error(err, dir))?;
        let mut policy = LogMergePolicy::default();
        policy.set_del_docs_ratio_before_merge(DELETED_RATIO_BEFORE_MERGE);
        writer.set_merge_policy(Box::new(policy));
        // A writer killed mid-import or mid-merge leaves segment files that no commit
        // refers to. tantivy collects them only when it commits or merges, which an
        // index whose corpus did not change never does: collect them now.
        if let Err(err) = writer.garbage_collect_files().wait() {
            tracing::warn!("could not remove unused index files: {err}");
        }
        Ok(ArchiveWriter {
            writer,
            fields,
            pending: 0,
            dir: dir.to_path_buf(),
        })
    }

    /// Adds `doc`, replacing any document with the same path.
    ///
    /// # Errors
    /// [`SearchError::Write`] when the index could not be written (see
    /// [`ArchiveWriter::commit`]).
    pub fn upsert(&mut self, doc: &IndexedDocument<'_>) -> Result<(), SearchError> {
        self.delete(doc.path);
        if let Err(killed) = self.writer.add_document(doc.to_tantivy(&self.fields)) {
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
        self.writer.commit().map_err(|error| SearchError::Write {
            dir: self.dir.clone(),
            error,
        })?;
        self.pending = 0;
        if let Err(err) = self.writer.garbage_collect_files().wait() {
            tracing::warn!("could not remove unused index files: {err}");
        }
        Ok(())
    }

    /// Commits, then waits for background merges to finish, so the folder is compact.
    pub fn finish(mut self) -> Result<(), SearchError> {
        if self.pending > 0 {
            self.commit()?;
        }
        self.writer.wait_merging_threads()?;
        Ok(())
    }
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
