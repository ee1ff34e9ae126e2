use super::*;

#[test]
fn unit_words_are_short_and_lower_case() {
    assert!(UNITS
        .iter()
        .all(|(w, ..)| w.len() <= MAX_UNIT_LEN && *w == w.to_ascii_lowercase()));
    assert_eq!(unit("MdKr").map(|u| u.multiplier), Some(MILJARD));
    assert_eq!(unit("miljarders"), None);
}

#[test]
fn unit_match_is_the_unit_list() {
    for &(word, multiplier, currency, bare_money) in UNITS {
        let found = unit(&word.to_uppercase()).map(|u| (u.multiplier, u.currency, u.bare_money));
        assert_eq!(found, Some((multiplier, currency, bare_money)), "{word}");
    }
    let listed = |w: &[u8]| UNITS.iter().any(|(u, ..)| u.as_bytes() == w);
    for word in ["kronors", "k", "m", "mil", "miljo", "sekr", "tkrs", ""] {
        assert_eq!(
            unit_entry(folded_key(word.as_bytes())).is_some(),
            listed(word.as_bytes())
        );
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
}
