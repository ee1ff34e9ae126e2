use super::*;

#[test]
fn folded_head_agrees_with_starts_with_ci() {
    let lines = [
        "Följ Annika",
        "FÖLJ oss",
        "ÅÄÖ",
        "\u{212A}ronor",
        "İstanbul",
        "Läs mer om kakor på en väldigt lång rad som fortsätter långt bortom bufferten",
        "",
        "ß",
    ];
    let prefixes = [
        "följ ",
        "åäö",
        "kronor",
        "i̇stanbul",
        "istanbul",
        "läs mer om kakor på en väldigt lång rad som fortsätter långt bort",
        "",
        "ß",
        "ss",
    ];
    for line in lines {
        let head = FoldedHead::new(line);
        for p in prefixes {
            assert_eq!(
                head.starts_with(p),
                starts_with_ci(line, p),
                "{line:?} {p:?}"
            );
            assert_eq!(head.equals(p), eq_ci(line, p), "{line:?} {p:?}");
        }
    }
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

proptest::proptest! {
    #[test]
    fn folded_head_is_starts_with_ci(
        line in "[aAöÖåÅéÉ×ß \u{212A}İ]{0,50}",
        take in 0usize..50,
        other in "[aöåé ]{0,45}",
    ) {
        // A lower-cased start of the line, which often matches, or any text.
        let start: String = line.chars().take(take).collect::<String>().to_lowercase();
        let prefix = if take % 2 == 0 { start } else { other };
        proptest::prop_assume!(is_folded(&prefix));
        let head = FoldedHead::new(&line);
        proptest::prop_assert_eq!(head.starts_with(&prefix), starts_with_ci(&line, &prefix));
        proptest::prop_assert_eq!(head.equals(&prefix), eq_ci(&line, &prefix));
    }
}
