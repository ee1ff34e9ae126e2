//! Unit tests of [`super`].

use super::*;

fn names(text: &str) -> Vec<&'static str> {
    let capitals = crate::gazetteer::capitals(text);
    find(text, &capitals, &[])
        .iter()
        .map(|m| m.canonical)
        .collect()
}

#[test]
fn region_names_under_every_alias() {
    assert_eq!(names("till Region Östergötland."), ["Östergötland"]);
    assert_eq!(names("i Östergötlands län"), ["Östergötland"]);
    assert_eq!(names("landstinget i Östergötland"), ["Östergötland"]);
    assert_eq!(
        names("Västra Götalandsregionen och VGR"),
        ["Västra Götaland", "Västra Götaland"]
    );
    assert_eq!(names("Region Jönköpings län"), ["Jönköpings län"]);
    assert_eq!(names("Region Jämtland Härjedalen"), ["Jämtland Härjedalen"]);
    assert_eq!(names("Region Skånes arbete"), ["Skåne"]);
    assert_eq!(names("Stockholms läns landsting"), ["Stockholm"]);
    assert_eq!(
        names("Region Sörmland och Södermanlands län"),
        ["Sörmland", "Sörmland"]
    );
}

#[test]
fn region_names_are_whole_words() {
    assert!(names("Örebronyheter").is_empty());
    assert!(names("Hallandsåsen").is_empty());
    assert!(names("i Stockholm och Uppsala").is_empty());
}

#[test]
fn table_labels_include_cities() {
    assert_eq!(lookup_label("Stockholm"), Some("Stockholm"));
    assert_eq!(lookup_label("Jönköpings län"), Some("Jönköpings län"));
    assert_eq!(lookup_label("Örebro län"), Some("Örebro län"));
    assert_eq!(lookup_label("Totalt"), None);
}
