//! Property tests: Swedish numerals parse back to their value in any magnitude and
//! separator style, and no input makes `extract` panic or return a bad span.

use pressarkiv_normalize::{extract, parse_sek, Extraction, Span};
use proptest::prelude::*;

/// Thousands separators Swedish text uses ("" writes the digits together).
const SEPARATORS: &[&str] = &[" ", "\u{00A0}", "\u{202F}", "\u{2009}", ".", ""];

/// Unit words and the kronor each stands for.
const UNITS: &[(&str, u64)] = &[
    ("kronor", 1),
    ("kr", 1),
    ("tkr", 1_000),
    ("tusen kronor", 1_000),
    ("miljoner kronor", 1_000_000),
    ("mkr", 1_000_000),
    ("mnkr", 1_000_000),
    ("miljarder kronor", 1_000_000_000),
    ("mdkr", 1_000_000_000),
];

fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn check_spans(e: &Extraction) {
    let ok = |s: &Span| {
        s.start <= s.end
            && s.end <= e.text.len()
            && e.text.is_char_boundary(s.start)
            && e.text.is_char_boundary(s.end)
    };
    for a in &e.amounts {
        assert!(ok(&a.span), "{a:?}");
        assert_eq!(&e.text[a.span.start..a.span.end], a.text);
    }
    let spans = e
        .ministers
        .iter()
        .flat_map(|m| &m.spans)
        .chain(e.agreements.iter().flat_map(|a| &a.spans))
        .chain(e.regions.iter().flat_map(|r| &r.spans))
        .chain(e.organizations.iter().flat_map(|o| &o.spans))
        .chain(e.people.iter().flat_map(|p| &p.spans));
    for s in spans {
        assert!(ok(s), "{s:?}");
    }
}

proptest! {
    #[test]
    fn swedish_numerals_parse_back(
        whole in 0u64..10_000_000,
        decimals in 0u32..3,
        frac_seed in 0u64..100,
        sep in prop::sample::select(SEPARATORS),
        unit in prop::sample::select(UNITS),
    ) {
        let (word, multiplier) = unit;
        // Decimals only where they stay whole kronor.
        let decimals = if multiplier >= 1_000 { decimals } else { 0 };
        let frac = frac_seed % 10u64.pow(decimals);
        let mut written = grouped(whole, sep);
        if decimals > 0 {
            written.push_str(&format!(",{frac:0width$}", width = decimals as usize));
        }
        let expected = whole * multiplier + frac * multiplier / 10u64.pow(decimals);
        prop_assert_eq!(parse_sek(&format!("{written} {word}")), Some(expected), "{} {}", written, word);
        let release = format!("Regeringen avsätter {written} {word} till vården.");
        let amounts = extract(&release).amounts;
        prop_assert_eq!(amounts.len(), 1, "{}", release);
        prop_assert_eq!(amounts[0].granted(), Some(expected), "{}", release);
    }

    #[test]
    fn millions_in_running_text(whole in 1u64..1_000_000, sep in prop::sample::select(SEPARATORS)) {
        let release = format!("Staten ger {} miljoner kronor.", grouped(whole, sep));
        let e = extract(&release);
        prop_assert_eq!(e.amounts.iter().map(|a| a.granted()).collect::<Vec<_>>(), vec![Some(whole * 1_000_000)]);
    }

    #[test]
    fn arbitrary_unicode_never_panics(raw in any::<String>()) {
        check_spans(&extract(&raw));
        let _ = parse_sek(&raw);
    }

    #[test]
    fn release_like_noise_never_panics(
        parts in prop::collection::vec(
            prop_oneof![
                Just("miljoner"), Just("kronor"), Just("Region"), Just("Östergötland"), Just("län"),
                Just("\n"), Just("\u{00A0}"), Just(" "), Just("1"), Just("303"), Just(","), Just("–"),
                Just("Totalt"), Just("Miljoner kronor\n"), Just("socialminister"), Just("Annika"),
                Just("överenskommelse om"), Just("miljarden"), Just("säger"), Just("en och en halv"),
                Just("ca."), Just("2023-11-30"), Just("Publicerad:"), Just("Stockholm"), Just("é"),
                Just("\t"), Just("SKR"), Just("-"), Just(":"), Just("Pressekreterare hos"),
                // The organization forms read at capitals, by the bytes around them.
                Just("("), Just("\n\n"), Just("Hjälmarens"), Just("hembygdsförbund"),
                Just("fackförbundet"), Just("Energi"), Just("ABF"), Just("Skidklubb"), Just("AB"),
                Just("Nordbybostäder"), Just("Studieförbundet"), Just("Lasarettet i"), Just("i"),
                // Bracketed initials after wide characters, the country's names, kinds
                // before and after a place, joiners of firms' names.
                Just("(BFA)"), Just(")"), Just("Barnen"), Just("Allt"), Just("\u{201d}"),
                Just("Sveriges"), Just("Svenska"), Just("Blå"), Just("IK"), Just("Sirius"),
                Just("Vårdcentralen"), Just("församling"), Just("skola"), Just("Ersängsskolan"),
                Just("&"), Just("of"), Just("Kyrkogårds-"), Just("och"), Just("a-kassa"),
                Just("sjukhus"), Just("Polismyndigheten"), Just("sektion"), Just("region"),
                // A word as many bytes as a kind of association, starting with a wide letter.
                Just("Äldsta"), Just("samfund"),
            ],
            0..60,
        )
    ) {
        let raw = parts.concat();
        let extraction = extract(&raw);
        check_spans(&extraction);
        prop_assert_eq!(&pressarkiv_normalize::extract_owned(raw.clone()), &extraction);
        let _ = parse_sek(&raw);
        // Letterheads and headings come in capitals, which other readers take.
        check_spans(&extract(&raw.to_uppercase()));
    }
}
