//! An archive of releases written for a query test, and what a query finds in it.

use crate::{Archive, SearchRequest};

/// An archive of `releases` (path, text), committed and searchable.
pub(super) fn archive_of(releases: &[(&str, &str)]) -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = Archive::open_or_create(dir.path()).expect("archive");
    let mut writer = archive.writer().expect("writer");
    for &(path, text) in releases {
        crate::writer::upsert_text(&mut writer, path, text);
    }
    writer.commit().expect("commit");
    archive.reload().expect("reload");
    (dir, archive)
}

/// The paths of the releases `query` finds, sorted.
pub(super) fn paths(archive: &Archive, query: &str) -> Vec<String> {
    let mut found: Vec<String> = archive
        .search(&SearchRequest::new(query))
        .expect(query)
        .hits
        .into_iter()
        .map(|hit| hit.path)
        .collect();
    found.sort();
    found
}
