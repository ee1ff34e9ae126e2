//! The generator's own guarantees: determinism, sizes, ministers in office.

use super::*;

#[test]
fn numbers_are_written_the_swedish_way() {
    assert_eq!(decimal(443), "44,3");
    assert_eq!(decimal(20), "2");
    assert_eq!(grouped(2111), "2 111");
    assert_eq!(grouped(999), "999");
    assert_eq!(grouped(1_234_567), "1 234 567");
}

#[test]
fn same_seed_same_release_other_seed_other_release() {
    let a = release(7, 42);
    let b = release(7, 42);
    assert_eq!(a.text, b.text);
    assert_eq!(a.path, b.path);
    assert_ne!(release(8, 42).text, a.text);
}

#[test]
fn sizes_stay_within_bounds() {
    for number in 0..300 {
        let len = release(1, number).text.len();
        assert!(
            (MIN_BYTES - CONTACT_BYTES..MAX_BYTES + 2_000).contains(&len),
            "release {number}: {len} bytes"
        );
    }
}

#[test]
fn ministers_serve_in_the_year_of_the_release() {
    for number in 0..300 {
        let release = release(3, number);
        let year: u16 = release.truth.published[..4].parse().unwrap();
        for minister in &release.truth.ministers {
            assert!(words::MINISTERS.iter().any(|m| m.name == minister.name
                && m.title == minister.title
                && m.years.0 <= year
                && year <= m.years.1));
        }
    }
}
