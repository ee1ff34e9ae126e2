//! Unit tests of [`super`].

use super::*;

fn names(text: &str) -> Vec<&'static str> {
    let capitals = crate::gazetteer::capitals(text);
    find(text, &capitals, &[])
        .mentions
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
    assert_eq!(names("Sörmlands landsting"), ["Sörmland"]);
    assert_eq!(names("Uppsalas regionförbund"), ["Uppsala"]);
    assert_eq!(names("Gävleborgs landstings budget"), ["Gävleborg"]);
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

#[test]
fn table_labels_naming_a_county_body() {
    assert_eq!(
        lookup_label("Länsstyrelsen i Hallands län"),
        Some("Halland")
    );
    assert_eq!(lookup_label("Halland (länsstyrelse)"), Some("Halland"));
    assert_eq!(lookup_label("Kalmar (samverkansorgan)"), Some("Kalmar län"));
    assert_eq!(
        lookup_label("Regionförbundet i Jönköpings län"),
        Some("Jönköpings län")
    );
    assert_eq!(lookup_label("Gotlands kommun"), Some("Gotland"));
    assert_eq!(lookup_label("Kiruna (kommun)"), None);
}

#[test]
fn every_name_of_a_region_resolves() {
    for (name, canonical) in [
        ("södermanland", "Sörmland"),
        ("Sörmlands län", "Sörmland"),
        ("jönköping", "Jönköpings län"),
        ("region östergötland", "Östergötland"),
        ("JÖNKÖPINGS LÄN", "Jönköpings län"),
        ("vgr", "Västra Götaland"),
        ("landstinget i uppsala län", "Uppsala"),
        ("Härjedalen", "Jämtland Härjedalen"),
    ] {
        assert_eq!(region_canonical(name), Some(canonical), "{name}");
    }
    assert_eq!(region_canonical("Norden"), None);
}

#[test]
fn county_boards_are_named_by_the_county_genitive() {
    assert_eq!(county_board("Skåne"), Some("Länsstyrelsen i Skåne län"));
    assert_eq!(
        county_board("Jönköpings län"),
        Some("Länsstyrelsen i Jönköpings län")
    );
    assert_eq!(county_board("Narnia"), None);
}

#[test]
fn coordinated_county_genitives_share_the_word_lan() {
    assert_eq!(
        names("Stockholms, Uppsala och Hallands län får mest."),
        ["Stockholm", "Uppsala", "Halland"]
    );
    assert_eq!(
        names("Medel går till Örebro och Västmanlands län."),
        ["Örebro län", "Västmanland"]
    );
    // A city's genitive before something else is no county.
    assert!(names("Stockholms, Göteborgs och Malmös hamnar").is_empty());
    assert_eq!(names("Stockholms stad och Hallands län"), ["Halland"]);
}

#[test]
fn a_school_named_after_its_county_names_no_region() {
    assert!(names("kurser vid Högskolan Dalarna och Högskolan på Gotland").is_empty());
    assert!(names("forskare vid Blekinge tekniska högskola").is_empty());
    assert!(names("studenter vid Högskolan i Jönköping").is_empty());
    // The region's own name beside it still counts, and so does the county's genitive
    // before another word.
    assert_eq!(names("Region Dalarna och Högskolan Dalarna"), ["Dalarna"]);
    assert_eq!(
        names("Blekinge tekniska högskola i Blekinge län"),
        ["Blekinge"]
    );
    assert_eq!(names("Hallands universitetssjukhus"), ["Halland"]);
}

#[test]
fn a_county_after_an_acronym_names_a_branch_not_the_region() {
    assert!(names("Kursen ordnas av LRF Kronoberg i vår.").is_empty());
    assert!(names("Bidraget går till SISU-IF Blekinge och PRO Gävleborg.").is_empty());
    assert!(names("Anmälan görs hos studieförbundet (ABF Halland).").is_empty());
    assert_eq!(
        names("Föreningen ST Dalarna och Region Dalarna delar på kostnaden."),
        ["Dalarna"]
    );
    // One capital is a sentence's first word, and a name after a full stop is no branch.
    assert_eq!(names("I Gotland finns 40 kyrkor."), ["Gotland"]);
    assert_eq!(names("Det meddelar SCB. Halland ökar mest."), ["Halland"]);
    assert_eq!(names("Skolorna i Värmland får mer."), ["Värmland"]);
}

#[test]
fn a_museum_named_after_its_county_names_no_region() {
    assert!(
        names("Utställningen visas på Dalarnas museum och på Gävleborgs läns museum.").is_empty()
    );
    assert!(names("Norrbottens konstmuseum köper in tre verk.").is_empty());
    // The county itself, and a region's body beside the museum, still count.
    assert_eq!(
        names("Region Jämtland Härjedalen stöder Jämtlands läns museum."),
        ["Jämtland Härjedalen"]
    );
    assert_eq!(names("Museer i Dalarna får mer pengar."), ["Dalarna"]);
}

#[test]
fn a_regions_body_signing_a_page_names_the_region_and_a_town_does_not() {
    assert_eq!(crate::sender_region("Region Sörmland"), Some("Sörmland"));
    assert_eq!(
        crate::sender_region("Landstinget i Värmland"),
        Some("Värmland")
    );
    assert_eq!(crate::sender_region("Jönköping"), None);
    assert_eq!(crate::sender_region("Regionens nyheter"), None);
}
