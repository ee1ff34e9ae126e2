//! [`Archive`]: an open index folder, shareable across threads for searching.

use std::path::{Path, PathBuf};

use tantivy::columnar::StrColumn;
use tantivy::directory::MmapDirectory;
use tantivy::Directory;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

use crate::analysis;
use crate::error::SearchError;
use crate::schema::{self, Fields};
use crate::terms_by_ord::TermsByOrd;
use crate::writer::ArchiveWriter;

/// An index of press releases in one folder.
///
/// Searches go through an [`IndexReader`] that tantivy also reloads by itself shortly
/// after another process commits (except for [`Archive::open_once`]); call
/// [`Archive::reload`] to see a commit at once.
pub struct Archive {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

/// Archives of at least this many releases (when opened) are searched on every core.
const PARALLEL_SEARCH_FROM_DOCS: u64 = 50_000;

impl Archive {
    /// Opens the index in `dir`, creating the folder and an empty index when there is none.
    /// An index built with another schema gives [`SearchError::SchemaMismatch`]; see
    /// [`Archive::recreate`].
    pub fn open_or_create(dir: &Path) -> Result<Archive, SearchError> {
        std::fs::create_dir_all(dir).map_err(|source| SearchError::Io {
            dir: dir.to_path_buf(),
            source,
        })?;
        let directory = open_directory(dir)?;
        Self::open_or_create_in(dir, Box::new(directory))
    }

    /// [`Archive::open_or_create`] through `directory`, a tantivy [`Directory`] over the
    /// folder `dir` (which must exist; it names the index in errors). For tests that
    /// wrap the real [`MmapDirectory`] to inject faults, such as a disk that fills up.
    pub fn open_or_create_in(
        dir: &Path,
        directory: Box<dyn Directory>,
    ) -> Result<Archive, SearchError> {
        let index = Index::open_or_create(directory, schema::build()).map_err(|err| match err {
            tantivy::TantivyError::SchemaError(_) => SearchError::SchemaMismatch {
                dir: dir.to_path_buf(),
            },
            other => SearchError::Tantivy(other),
        })?;
        Self::from_index(dir, index, ReloadPolicy::OnCommitWithDelay)
    }

    /// Opens an existing index for searching only, following the commits another
    /// process makes.
    pub fn open(dir: &Path) -> Result<Archive, SearchError> {
        Self::open_existing(dir, ReloadPolicy::OnCommitWithDelay)
    }

    /// Opens an existing index for searching only, as of its latest commit, for a
    /// process that answers a query or two and exits (`pressarkiv search`): it sees a
    /// later commit only after [`Archive::reload`]. Following commits costs two threads
    /// at start (tantivy's watcher of `meta.json` and its callbacks), about a seventh of
    /// a whole-process search on a small index (BENCHMARKS.md, session 26).
    pub fn open_once(dir: &Path) -> Result<Archive, SearchError> {
        Self::open_existing(dir, ReloadPolicy::Manual)
    }

    fn open_existing(dir: &Path, reload: ReloadPolicy) -> Result<Archive, SearchError> {
        if !dir.join("meta.json").is_file() {
            return Err(SearchError::NoIndex {
                dir: dir.to_path_buf(),
            });
        }
        let index = Index::open(open_directory(dir)?)?;
        if index.schema() != schema::build() {
            return Err(SearchError::SchemaMismatch {
                dir: dir.to_path_buf(),
            });
        }
        Self::from_index(dir, index, reload)
    }

    /// Removes the index files in `dir` (the index is derived data: the corpus is the
    /// truth) and creates an empty index. Fails with [`SearchError::Locked`] while
    /// another process writes there.
    pub fn recreate(dir: &Path) -> Result<Archive, SearchError> {
        {
            // Take the writer lock first, so a running writer is never pulled from under.
            let index = Index::open(open_directory(dir)?)?;
            let _guard = index
                .writer::<tantivy::TantivyDocument>(crate::writer::MEMORY_BUDGET)
                .map_err(|err| crate::writer::map_lock_error(err, dir))?;
            remove_index_files(dir)?;
        }
        Self::open_or_create(dir)
    }

    fn from_index(
        dir: &Path,
        mut index: Index,
        reload: ReloadPolicy,
    ) -> Result<Archive, SearchError> {
        analysis::register(index.tokenizers());
        // Segments of a large archive are searched in parallel, one thread per core: a
        // query over most of it (facets, sums) then takes about half its time. A small
        // one is searched in a few milliseconds on one thread, less than a thread pool
        // costs to start.
        let docs: u64 = index
            .searchable_segment_metas()?
            .iter()
            .map(|meta| u64::from(meta.num_docs()))
            .sum();
        if docs >= PARALLEL_SEARCH_FROM_DOCS {
            if let Err(err) = index.set_default_multithread_executor() {
                tracing::warn!("searching on one thread: {err}");
            }
        }
        let fields = Fields::from_schema(&index.schema()).ok_or(SearchError::SchemaMismatch {
            dir: dir.to_path_buf(),
        })?;
        let reader = index.reader_builder().reload_policy(reload).try_into()?;
        Ok(Archive {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
        })
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Takes the one writer of this index.
    pub fn writer(&self) -> Result<ArchiveWriter, SearchError> {
        ArchiveWriter::new(&self.index, self.fields, &self.dir)
    }

    /// What the last commit recorded as the producer of the entities this index holds
    /// ([`ArchiveWriter::set_extracted_by`]); `None` for an index committed without one
    /// (empty, or made by an older pressarkiv) or whose metadata cannot be read.
    pub fn extracted_by(&self) -> Option<String> {
        self.index.load_metas().ok()?.payload
    }

    /// Makes the latest commit visible to the next search.
    pub fn reload(&self) -> Result<(), SearchError> {
        Ok(self.reader.reload()?)
    }

    /// Number of documents searchable now.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Calls `visit(path, hash, stamp)` for every document of the latest commit (the
    /// stamp when the file had one, see [`crate::IndexedDocument`]), read from fast fields
    /// so that even a large archive is listed without touching the document store. The
    /// caller keeps what it needs in the form it needs: at a million releases a map of
    /// strings alone is hundreds of megabytes.
    pub fn for_each_indexed_version(
        &self,
        mut visit: impl FnMut(&str, &str, Option<&str>),
    ) -> Result<(), SearchError> {
        // A reader of its own, on a directory of its own, gone when this returns: the
        // column pages read here (about 110 MB at a million releases) leave the process
        // with it. Read through the archive's reader, they stayed resident for as long as
        // their segments lived, through a whole re-reading pass or a server's life.
        let index = Index::open(open_directory(&self.dir)?)?;
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let io_error = |source| SearchError::Io {
            dir: self.dir.clone(),
            source,
        };
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(paths), Some(hashes)) = (fast.str(schema::PATH)?, fast.str(schema::HASH)?)
            else {
                continue;
            };
            let terms = |column: &StrColumn| TermsByOrd::read(column).map_err(io_error);
            let (paths, hashes) = (terms(&paths)?, terms(&hashes)?);
            let stamps = fast.str(schema::STAMP)?.as_ref().map(terms).transpose()?;
            for doc in segment.doc_ids_alive() {
                let (Some(path), Some(hash)) = (paths.first_of(doc), hashes.first_of(doc)) else {
                    continue;
                };
                let stamp = stamps.as_ref().and_then(|stamps| stamps.first_of(doc));
                visit(path, hash, stamp);
            }
        }
        Ok(())
    }

    pub(crate) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
    }

    pub(crate) fn fields(&self) -> &Fields {
        &self.fields
    }
}

fn open_directory(dir: &Path) -> Result<MmapDirectory, SearchError> {
    MmapDirectory::open(dir).map_err(|err| SearchError::Io {
        dir: dir.to_path_buf(),
        source: std::io::Error::other(err.to_string()),
    })
}

/// Removes what tantivy wrote in `dir`, leaving anything else (such as .gitkeep) alone.
fn remove_index_files(dir: &Path) -> Result<(), SearchError> {
    let io_error = |source| SearchError::Io {
        dir: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io_error)? {
        let entry = entry.map_err(io_error)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_index_file = name == "meta.json"
            || name == ".managed.json"
            || name.ends_with(".idx")
            || name.ends_with(".pos")
            || name.ends_with(".term")
            || name.ends_with(".store")
            || name.ends_with(".fast")
            || name.ends_with(".fieldnorm")
            || name.ends_with(".del");
        if is_index_file {
            std::fs::remove_file(entry.path()).map_err(io_error)?;
        }
    }
    Ok(())
}
