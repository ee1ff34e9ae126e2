use super::*;

#[test]
fn unit_words_are_lower_case() {
    assert!(UNITS.iter().all(|(w, ..)| *w == w.to_ascii_lowercase()));
    assert_eq!(unit("MdKr").map(|u| u.multiplier), Some(MILJARD));
    assert_eq!(unit("miljarders"), None);
}

#[test]
fn unit_match_is_the_unit_list() {
    for &(word, multiplier, currency, bare_money) in UNITS {
        let found = unit(&word.to_uppercase()).map(|u| (u.multiplier, u.currency, u.bare_money));
        assert_eq!(found, Some((multiplier, currency, bare_money)), "{word}");
    }
    for word in ["kronors", "k", "m", "mil", "miljo", "sekr", "tkrs", ""] {
        assert!(unit(word).is_none(), "{word}");
    }
}

#[test]
fn unit_words_case_insensitive() {
    assert_eq!(unit("Mkr").map(|u| u.multiplier), Some(MILJON));
    assert_eq!(unit("mnkr").map(|u| u.multiplier), Some(MILJON));
    assert_eq!(unit("mdkr").map(|u| u.multiplier), Some(MILJARD));
    assert_eq!(unit("mdr").map(|u| u.multiplier), Some(MILJARD));
    assert_eq!(unit("tkr").map(|u| u.multiplier), Some(TUSEN));
    assert_eq!(unit("SEK").map(|u| u.currency), Some(true));
    assert!(unit("Miljardsatsning").is_none());
}

#[test]
fn glued_units() {
    let (n, u) = split_glued("500mnkr").unwrap();
    assert_eq!((n, u.multiplier), ("500", MILJON));
    assert!(split_glued("Covid-19").is_none());
}

#[test]
fn qualifiers_in_base_form() {
    assert_eq!(qualifier("Ca"), Some("cirka"));
    assert_eq!(qualifier("Över"), Some("över"));
    assert_eq!(qualifier("sammanlagt"), Some("totalt"));
    assert_eq!(qualifier_pair("upp", "till"), Some("upp till"));
    assert_eq!(qualifier("kronor"), None);
    assert_eq!(qualifier("PRELIMINÄRT"), Some("preliminärt"));
    // The Kelvin sign lowers to "k".
    assert_eq!(qualifier("\u{212A}nappt"), Some("knappt"));
}

#[test]
fn every_unit_that_anchors_a_sum_holds_a_unit_part() {
    let holds = |word: &str, parts: &[&[u8]]| holds_part(word, parts);
    for &(word, _, currency, bare_money) in UNITS {
        if currency || bare_money {
            assert!(holds(word, &UNIT_PARTS), "{word}");
        }
        if currency {
            assert!(holds(word, &CURRENCY_PARTS), "{word}");
        }
    }
    assert!(holds("Belopp (TKR)", &CURRENCY_PARTS));
    assert!(!holds("Antal platser", &CURRENCY_PARTS));
}

#[test]
fn magnitudes_in_genitive_and_tals_form() {
    assert_eq!(
        unit_any_form("Miljarders").map(|u| u.multiplier),
        Some(MILJARD)
    );
    assert_eq!(
        unit_any_form("tusentals").map(|u| u.multiplier),
        Some(TUSEN)
    );
    assert_eq!(
        unit_any_form("miljoners").map(|u| u.multiplier),
        Some(MILJON)
    );
    assert_eq!(unit_any_form("Tusental").map(|u| u.multiplier), Some(TUSEN));
    assert_eq!(unit_any_form("kr").map(|u| u.currency), Some(true));
    // A currency word takes no genitive of its own, and a stem must be a unit.
    assert!(unit_any_form("kronors").is_none());
    assert!(unit_any_form("tals").is_none());
    assert!(unit_any_form("tal").is_none());
    assert!(unit_any_form("antal").is_none());
    assert!(unit_any_form("s").is_none());
}

#[test]
fn the_vector_search_and_the_automaton_find_the_same_unit_parts() {
    let folded =
        b"250:- per deltagare, 3 mdkr, 40 msek, 2 miljarder, 5 mdr, 7 mrd, 12 kronor och mkr";
    let automaton: Vec<usize> = Literals::new(&UNIT_PARTS)
        .without_vector()
        .find_iter(&folded[..])
        .map(|m| m.start())
        .collect();
    assert_eq!(automaton.len(), 8);
    assert_eq!(UnitParts::in_folded(folded).positions(), automaton);
}
