//! `region:` and `org:` accept every name of a region or body (aliases, county forms,
//! abbreviations), through the real binary over releases written for this test.

mod common;

use common::Workspace;

/// A workspace whose corpus is the releases below, indexed.
fn indexed() -> Workspace {
    let ws = Workspace {
        dir: tempfile::tempdir().expect("temp dir"),
    };
    std::fs::create_dir(ws.corpus()).expect("corpus dir");
    for (name, text) in [
        (
            "ostergotland.txt",
            "Pengar till Region Östergötland\n\nPublicerad: 3 mars 2021\n\n\
             Region Östergötland får 12 miljoner kronor från Post- och telestyrelsen för \
             bredband på landsbygden.",
        ),
        (
            "jonkoping.txt",
            "Fler platser i Jönköpings län\n\nPublicerad: 9 maj 2019\n\n\
             Region Jönköpings län och Statistiska centralbyrån har gjort en ny kartläggning.",
        ),
        (
            "vastra-gotaland.txt",
            "Nya vårdcentraler i väst\n\nPublicerad: 1 juni 2020\n\n\
             Västra Götalandsregionen öppnar tre vårdcentraler. Sveriges Kommuner och \
             Landsting välkomnar beslutet.",
        ),
        (
            "sormland.md",
            "# Krisberedskap i Sörmland\n\nPublicerad: 2 februari 2018\n\n\
             Region Sörmland övar med Myndigheten för samhällsskydd och beredskap.",
        ),
    ] {
        std::fs::write(ws.corpus().join(name), text).expect("write release");
    }
    ws.index_corpus();
    ws
}

fn found(ws: &Workspace, query: &str) -> Vec<String> {
    ws.search(query)
        .into_iter()
        .map(|path| {
            std::path::Path::new(&path)
                .file_name()
                .map_or(path.clone(), |name| name.to_string_lossy().into_owned())
        })
        .collect()
}

#[test]
fn region_filter_accepts_every_name_of_a_region() {
    let ws = indexed();
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "region:östergötland",
                "region:\"region östergötland\"",
                "region:\"östergötlands län\"",
            ],
            "ostergotland.txt",
        ),
        (
            &[
                "region:jönköping",
                "region:\"jönköpings län\"",
                "region:\"landstinget i jönköpings län\"",
            ],
            "jonkoping.txt",
        ),
        (
            &[
                "region:vgr",
                "region:\"västra götaland\"",
                "region:\"västra götalandsregionen\"",
            ],
            "vastra-gotaland.txt",
        ),
        (
            &[
                "region:sörmland",
                "region:södermanland",
                "region:\"södermanlands län\"",
            ],
            "sormland.md",
        ),
    ];
    for (queries, file) in cases {
        for query in queries {
            assert_eq!(found(&ws, query), [file], "{query}");
        }
    }
}

#[test]
fn org_filter_accepts_abbreviations() {
    let ws = indexed();
    for (query, file) in [
        ("org:pts", "ostergotland.txt"),
        ("org:scb", "jonkoping.txt"),
        ("org:SKL", "vastra-gotaland.txt"),
        ("org:msb", "sormland.md"),
        ("org:\"post- och telestyrelsen\"", "ostergotland.txt"),
    ] {
        assert_eq!(found(&ws, query), [file], "{query}");
    }
    assert!(found(&ws, "org:fhm").is_empty());
}
