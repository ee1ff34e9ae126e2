//! `amount:` and `published:` comparisons and ranges, open on either side or both.

use super::test_archive::{archive_of, paths};
use crate::Archive;

/// Four releases written for this test: three sums and one release without any, three
/// dates and one without.
fn archive() -> (tempfile::TempDir, Archive) {
    archive_of(&[
        (
            "liten.txt",
            "Stöd till biblioteken\n\nPublicerad 3 mars 2019. Kommunerna får 800 000 kronor.",
        ),
        (
            "mellan.txt",
            "Mer till vården\n\nPublicerad 4 april 2021. Regionerna får 12 miljoner kronor.",
        ),
        (
            "stor.txt",
            "Ny satsning på skolan\n\nPublicerad 5 maj 2023. Staten satsar 2 miljarder kronor.",
        ),
        (
            "utan.txt",
            "Möte om trafiken\n\nLänsstyrelsen bjuder in till ett samråd om vägarna.",
        ),
    ])
}

#[test]
fn amounts_are_compared_as_numbers_on_either_side() {
    let (_dir, archive) = archive();
    assert_eq!(
        paths(&archive, "amount:[1000000 TO 50000000]"),
        ["mellan.txt"]
    );
    assert_eq!(paths(&archive, "amount:>12000000"), ["stor.txt"]);
    assert_eq!(
        paths(&archive, "amount:>=12000000"),
        ["mellan.txt", "stor.txt"]
    );
    assert_eq!(paths(&archive, "amount:<12000000"), ["liten.txt"]);
    assert_eq!(
        paths(&archive, "amount:{799999 TO 12000000}"),
        ["liten.txt"]
    );
    assert_eq!(paths(&archive, "amount:>\"1 miljard\""), ["stor.txt"]);
}

#[test]
fn a_range_open_on_both_sides_finds_every_release_with_a_value() {
    let (_dir, archive) = archive();
    let with_values = ["liten.txt", "mellan.txt", "stor.txt"];
    assert_eq!(paths(&archive, "amount:[* TO *]"), with_values);
    assert_eq!(paths(&archive, "published:[* TO *]"), with_values);
    assert_eq!(
        paths(&archive, "published:[2020 TO *]"),
        ["mellan.txt", "stor.txt"]
    );
}
