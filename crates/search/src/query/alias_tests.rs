//! `region:` and `org:` accept every name of a region or body, as extraction does.

use crate::{Archive, SearchRequest};

/// An archive of three releases written for this test.
fn archive() -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = Archive::open_or_create(dir.path()).expect("archive");
    let mut writer = archive.writer().expect("writer");
    for (path, text) in [
        (
            "sormland.txt",
            "Nytt stöd till Region Sörmland\n\nRegion Sörmland får pengar av MSB.",
        ),
        (
            "jonkoping.txt",
            "Satsning i Jönköpings län\n\nRegion Jönköpings län bygger ut vården med SKL.",
        ),
        (
            "vg.txt",
            "Västra Götalandsregionen växer\n\nVGR anställer fler med stöd från Folkhälsomyndigheten.",
        ),
    ] {
        crate::writer::upsert_text(&mut writer, path, text);
    }
    writer.commit().expect("commit");
    archive.reload().expect("reload");
    (dir, archive)
}

fn paths(archive: &Archive, query: &str) -> Vec<String> {
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

#[test]
fn every_name_of_a_region_finds_it() {
    let (_dir, archive) = archive();
    for query in [
        "region:sörmland",
        "region:södermanland",
        "region:\"region sörmland\"",
        "region:\"Södermanlands län\"",
    ] {
        assert_eq!(paths(&archive, query), ["sormland.txt"], "{query}");
    }
    for query in [
        "region:jönköping",
        "region:\"jönköpings län\"",
        "region:\"Region Jönköpings län\"",
    ] {
        assert_eq!(paths(&archive, query), ["jonkoping.txt"], "{query}");
    }
    for query in [
        "region:vgr",
        "region:\"västra götaland\"",
        "region:\"Västra Götalandsregionen\"",
    ] {
        assert_eq!(paths(&archive, query), ["vg.txt"], "{query}");
    }
    assert!(paths(&archive, "region:skåne").is_empty());
}

#[test]
fn abbreviations_of_bodies_find_them() {
    let (_dir, archive) = archive();
    assert_eq!(paths(&archive, "org:msb"), ["sormland.txt"]);
    assert_eq!(
        paths(
            &archive,
            "org:\"myndigheten för samhällsskydd och beredskap\""
        ),
        ["sormland.txt"]
    );
    assert_eq!(paths(&archive, "org:FHM"), ["vg.txt"]);
    assert_eq!(paths(&archive, "org:skl"), ["jonkoping.txt"]);
    assert!(paths(&archive, "org:pts").is_empty());
}
