//! A release saved from a web page keeps the site's navigation above it: a skip link,
//! the site's name, a menu bar and a breadcrumb. None of it is the release: through
//! `index` and `search`, the snippet and the stored text start at the release, and the
//! menu's words find nothing. The page is written here, in the shape such saves take.

mod common;

use common::Workspace;

const FILE: &str = "kalkning.txt";

const PAGE: &str = "Gå direkt till innehållet\n\
    Länsstyrelsen i Dalarnas län\n\
    Meny   Sök   Kontakta oss   In English\n\
    Startsida > Nyheter > Natur och miljö\n\
    \n\
    Publicerad 3 maj 2021\n\
    \n\
    Fyra miljoner kronor till kalkning av sjöar\n\
    \n\
    Länsstyrelsen fördelar 4 miljoner kronor till kalkning av försurade sjöar och \
    vattendrag i länet under året.\n";

fn workspace() -> Workspace {
    let ws = Workspace::with_shipped_corpus();
    std::fs::write(ws.corpus().join(FILE), PAGE).expect("write release");
    ws.index_corpus();
    ws
}

#[test]
fn snippets_start_at_the_release_not_the_site_s_menus() {
    let ws = workspace();
    let json = ws.search_json("länsstyrelsen");
    let hit = json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|hit| hit["path"] == FILE)
        .expect("the release is found");
    assert_eq!(hit["title"], "Fyra miljoner kronor till kalkning av sjöar");
    let snippet = hit["snippet"].as_str().expect("snippet");
    for chrome in ["innehållet", "Meny", "English", "Startsida", " > "] {
        assert!(!snippet.contains(chrome), "{chrome:?} in {snippet:?}");
    }
}

#[test]
fn the_menu_s_words_find_nothing() {
    let ws = workspace();
    for word in ["english", "meny", "startsida", "\"natur och miljö\""] {
        let hits = ws.search(word);
        assert!(!hits.iter().any(|hit| hit == FILE), "{word}: {hits:?}");
    }
    assert_eq!(ws.search("kalkning"), [FILE]);
}
