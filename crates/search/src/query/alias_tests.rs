//! `region:` and `org:` accept every name of a region or body, as extraction does.

use super::test_archive::{archive_of, paths};
use crate::Archive;

/// An archive of three releases written for this test.
fn archive() -> (tempfile::TempDir, Archive) {
    archive_of(&[
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
    ])
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
