//! Listing the corpus: which files under the root are candidates for indexing.

use std::path::Path;

use walkdir::WalkDir;

use crate::{IngestError, ShownPath};

/// Suffixes of the names editors, browsers and downloaders give files still being made.
const TEMP_SUFFIXES: &[&str] = &[".swp", ".swx", "~", ".tmp", ".part", ".crdownload"];

/// The name vim creates and deletes to probe whether a folder is writable.
const VIM_PROBE: &str = "4913";

/// True for hidden and temporary names, which are never indexed nor watched: any
/// component that is a dotfile or dot-folder (`.git`, `.DS_Store`, `.#x` Emacs locks),
/// and names ending in `.swp`, `.swx`, `~`, `.tmp`, `.part`, `.crdownload`, Emacs
/// autosaves `#x#`, and vim's probe file `4913`.
///
/// ```
/// use pressarkiv_ingest::is_ignored;
/// assert!(is_ignored(".git/config"));
/// assert!(is_ignored("2015/.x.txt.swp"));
/// assert!(is_ignored("2015/#notes#"));
/// assert!(!is_ignored("2015/x.txt"));
/// ```
pub fn is_ignored(rel_path: &str) -> bool {
    rel_path
        .split(['/', '\\'])
        .filter(|c| !c.is_empty())
        .any(is_ignored_name)
}

/// [`is_ignored`] for one path component.
pub(crate) fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name == VIM_PROBE
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || TEMP_SUFFIXES
            .iter()
            .any(|suffix| name.len() > suffix.len() && name.ends_with(suffix))
}

/// Turns `path` (under `root`) into a relative, '/'-separated path. A name that is not
/// valid UTF-8 is converted lossily (U+FFFD); [`crate::load`] then fails it with
/// [`IngestError::BadName`].
pub(crate) fn relative(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    if parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

/// Lists every file under `root`, recursively, as relative '/'-separated paths, sorted.
///
/// Hidden and temporary files and folders ([`is_ignored`]) are left out, and the walk
/// does not descend into ignored folders such as `.git`. Every other file is listed
/// whatever its extension: [`crate::load`] sniffs the content and reports an unsupported
/// file as [`crate::Outcome::Skipped`] (one log line), so nothing vanishes unexplained.
/// Symbolic links are followed; a broken entry (dangling symlink, unreadable
/// sub-folder) is listed too so that loading it fails with the OS reason, but a link
/// loop is left out with a warning.
///
/// # Errors
/// [`IngestError::Walk`] when the root itself cannot be listed.
pub fn scan(root: &Path) -> Result<Vec<String>, IngestError> {
    let walk_error = |source| IngestError::Walk {
        path: root.display().to_string(),
        source,
    };
    std::fs::read_dir(root).map_err(walk_error)?;
    let mut paths = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !is_ignored_name(&entry.file_name().to_string_lossy())
        });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => paths.extend(relative(root, entry.path())),
            Err(err) if err.loop_ancestor().is_some() => {
                let rel = err
                    .path()
                    .and_then(|p| relative(root, p))
                    .unwrap_or_default();
                tracing::warn!(
                    "{}: skipped: a symbolic link to a folder that contains it (a loop)",
                    ShownPath(&rel)
                );
            }
            Err(err) if err.depth() == 0 => {
                let source = err
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("walk failed"));
                return Err(walk_error(source));
            }
            Err(err) => match err.path().and_then(|p| relative(root, p)) {
                Some(rel) if !is_ignored(&rel) => paths.push(rel),
                _ => tracing::warn!("skipping unlistable entry: {}", ShownPath(&err.to_string())),
            },
        }
    }
    paths.sort_unstable();
    paths.dedup();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_and_download_temporaries_are_ignored() {
        for name in [
            "a/.x.swp",
            "x.swx",
            "x.txt~",
            "x.tmp",
            "x.part",
            "x.crdownload",
            ".#x.txt",
            "#x.txt#",
            "4913",
            ".hidden/x.txt",
            ".DS_Store",
        ] {
            assert!(is_ignored(name), "{name}");
        }
    }

    #[test]
    fn ordinary_names_are_kept() {
        for name in [
            "x.txt",
            "2015/a b.md",
            "#1 nyhet.txt",
            "tmp/x.html",
            "49130.txt",
        ] {
            assert!(!is_ignored(name), "{name}");
        }
    }
}
