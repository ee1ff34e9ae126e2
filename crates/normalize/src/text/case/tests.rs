use super::*;

#[test]
fn prefixes_and_words_ignoring_case() {
    assert!(starts_with_ci("FÖLJ oss på X", "följ "));
    assert!(starts_with_ci("ÅÄÖ", "åäö"));
    assert!(starts_with_ci("\u{212A}ronor", "kronor"));
    assert!(!starts_with_ci("Följ", "följ "));
    assert!(!starts_with_ci("ß", "ss"));
    assert!(eq_ci("NYHET", "nyhet"));
    assert!(!eq_ci("Nyheter", "nyhet"));
}

#[test]
fn lowercase_agrees_with_the_standard_library() {
    for s in [
        "ÖVERENSKOMMELSE om Ökad ÅÄÖ éÉ ×ÞþßÿµªÀ",
        "ΣΑΣ Straße İstanbul",
        "\u{212A}ronor",
        "",
        "abc123 ,.!",
        "Ångström\u{a0}Æther",
        "Ökad VÅRD",
        "ÉÅ×Þ",
        "Straße İSTANBUL",
        "a\u{c2}\u{a0}B",
    ] {
        assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
    }
}

proptest::proptest! {
    #[test]
    fn lowercase_is_the_standard_lowercase(s in "\\PC*", latin in "[a-zA-ZÀ-ÿ ]*") {
        proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
        proptest::prop_assert_eq!(lowercase(&latin), latin.to_lowercase());
    }
}
