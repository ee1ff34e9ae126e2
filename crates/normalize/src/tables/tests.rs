use super::cells::cell_value;
use super::emit::is_total_label;
use super::header::mentions_kronor;
use super::lines::Lines;
use super::rows::split_words;
use super::*;
use crate::numbers::parse_numeral;
use crate::text::lines_with_offsets;

/// [`super::find`] with the text's unit parts found as `extract` finds them.
fn find(text: &str) -> Tables {
    super::find(
        text,
        &UnitParts::in_folded(&text.as_bytes().to_ascii_lowercase()),
    )
}

fn rows(text: &str) -> Vec<(i64, Option<String>, bool)> {
    find(text)
        .amounts
        .into_iter()
        .map(|a| (a.sek, a.region, a.is_total))
        .collect()
}

#[test]
fn table_header_scales_rows() {
    let text = "Region Sammanlagda medel per region.*\nMiljoner kronor\nStockholm 2 111\n\
                Jönköpings län 389\nTotalt 9 842\n\n*Denna tabell innehåller medel.";
    let tables = find(text);
    let got: Vec<_> = tables
        .amounts
        .iter()
        .map(|a| (a.sek, a.region.as_deref(), a.is_total))
        .collect();
    assert_eq!(
        got,
        [
            (2_111_000_000, Some("Stockholm"), false),
            (389_000_000, Some("Jönköpings län"), false),
            (9_842_000_000, None, true),
        ]
    );
    assert_eq!(
        tables.amounts[0].table.as_deref(),
        Some("Sammanlagda medel per region")
    );
    assert_eq!(tables.amounts[0].text, "Stockholm 2 111");
    assert_eq!(tables.amounts[2].qualifier.as_deref(), Some("totalt"));
    assert_eq!(tables.regions.len(), 2);
}

#[test]
fn tusentals_kronor_header() {
    let text = "Fördelning\nTusentals kronor\nSkåne 1 303\nGotland 81\n";
    assert_eq!(
        rows(text),
        [
            (1_303_000, Some("Skåne".into()), false),
            (81_000, Some("Gotland".into()), false)
        ]
    );
    let text = "Belopp (tkr)\nSkåne 500\nHalland 20\n";
    assert_eq!(rows(text)[0].0, 500_000);
    let text = "Belopp (TSEK)\nSkåne 500\nHalland 20\n";
    assert_eq!(rows(text)[0].0, 500_000);
}

#[test]
fn a_unit_restated_in_brackets_is_one_column() {
    // "3 420" under one column is one figure; read as two columns it would split in two.
    for caption in [
        "Stöd per kommun i tusen kronor (tkr)",
        "Bidrag per län, miljoner kronor (Mkr)",
    ] {
        let text = format!(
            "{caption}\nKommun            2011\nMalung-Sälen      3 420\nOrsa              1 760\n"
        );
        let got: Vec<i64> = find(&text).amounts.iter().map(|a| a.sek / 1_000).collect();
        let scale = if caption.contains("tusen") { 1 } else { 1_000 };
        assert_eq!(got, [3_420 * scale, 1_760 * scale], "{caption}");
    }
}

#[test]
fn a_footnote_mark_after_a_row_label_keeps_the_row() {
    let text = "Fördelning (tkr)\nLän      Tkr\nGotlands län1)      1 200\nSkåne län*      3 400\n\
                Hallands län²      900\nBlekinge län      150\n";
    assert_eq!(
        rows(text),
        [
            (1_200_000, Some("Gotland".into()), false),
            (3_400_000, Some("Skåne".into()), false),
            (900_000, Some("Halland".into()), false),
            (150_000, Some("Blekinge".into()), false),
        ]
    );
}

#[test]
fn kronor_header_and_tabs() {
    let text = "Region  Kronor\nVästra Götaland  1 606 000\nVärmland  279 500\n";
    assert_eq!(
        rows(text),
        [
            (1_606_000, Some("Västra Götaland".into()), false),
            (279_500, Some("Värmland".into()), false)
        ]
    );
}

#[test]
fn multi_column_rows() {
    let text = "Län  2023 mnkr  2024 mnkr\nStockholm  2 111  2 200\nUppsala  371  380\n";
    let got: Vec<i64> = rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        got,
        [2_111_000_000, 2_200_000_000, 371_000_000, 380_000_000]
    );
    let text = "Region 2023 2024\nMiljoner kronor\nStockholm 2 111 110\nUppsala 371 29\n";
    let got: Vec<i64> = rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, [2_111_000_000, 110_000_000, 371_000_000, 29_000_000]);
}

#[test]
fn a_long_captions_closing_unit_scales_the_rows() {
    let text = "Fördelning av medel enligt Överenskommelse om stärkt tillgång till barnmorskor i förlossningsvården 2024, miljoner kronor\n\
                Region  Mars  December\nRegion Gotland  7,5  7,5\nRegion Kronoberg  12,4  12,4\n";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|(sek, region, _)| (sek, region))
        .collect();
    assert_eq!(
        got,
        [
            (7_500_000, Some("Gotland".into())),
            (7_500_000, Some("Gotland".into())),
            (12_400_000, Some("Kronoberg".into())),
            (12_400_000, Some("Kronoberg".into()))
        ]
    );
}

#[test]
fn a_year_closing_a_label_is_the_labels() {
    let text = "Satsning  Miljoner kronor\nLäslyft i skolan 2024  120\nNära vård 2025  75\n";
    let got: Vec<i64> = rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, [120_000_000, 75_000_000]);
    // Under two columns a year that fills one is a cell.
    let text = "Län  Mnkr  Mnkr\nSkåne 2024  120\n";
    let got: Vec<i64> = rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(got, [2_024_000_000, 120_000_000]);
}

#[test]
fn a_stated_unit_below_an_introducing_line_scales_the_rows() {
    let text = "Följande bidrag beviljas:\n\nMottagare   Tkr 2024   Tkr 2025\n\
                Stadsteatern   4 100   4 300\nLänsmuseet   2 000   2 150\n";
    let got: Vec<i64> = rows(text).into_iter().map(|(sek, _, _)| sek).collect();
    assert_eq!(got, [4_100_000, 4_300_000, 2_000_000, 2_150_000]);
}

#[test]
fn signed_cells_keep_their_row_and_their_sign() {
    // A change column: "+" is a sum added, "−" a reduction, which keeps its sign: read
    // as a positive it would be money granted.
    let text = "Ramar, tkr   2023   2024   Förändring\n\
                Skola   8 400   8 900   +500\n\
                Kultur   1 200   1 150   −50\n\
                Gator   3 000   2 800   -200\n";
    let got: Vec<i64> = rows(text).into_iter().map(|(sek, _, _)| sek).collect();
    assert_eq!(
        got,
        [
            8_400_000, 8_900_000, 500_000, 1_200_000, 1_150_000, -50_000, 3_000_000, 2_800_000,
            -200_000
        ]
    );
    // A signed first cell: "Resultat –1 400 150" is two cells, the first a deficit.
    let text =
        "Miljoner kronor\tUtfall\tBudget\nIntäkter\t900\t950\nResultat\t\u{2013}1 400\t150\n";
    let got: Vec<i64> = rows(text).into_iter().map(|(sek, _, _)| sek).collect();
    assert_eq!(got, [900_000_000, 950_000_000, -1_400_000_000, 150_000_000]);
    // A sign inside a number or after a digit is no sign: "08-405 10 00" is no row.
    let text = "Kronor\nSkåne 1 200\nTelefon 08-405 10 00\n";
    assert_eq!(rows(text), [(1_200, Some("Skåne".to_string()), false)]);
}

#[test]
fn one_cell_per_line_table() {
    let text = "Medel per region\nMiljoner kronor\nRegion\nStockholm\n2 111\n110\nUppsala\n371\n29\nTotalt\n2 482\n139\n\nMer text här.";
    let got = rows(text);
    assert_eq!(got.len(), 6);
    assert_eq!(got[0], (2_111_000_000, Some("Stockholm".into()), false));
    assert_eq!(got[1], (110_000_000, Some("Stockholm".into()), false));
    assert_eq!(got[3], (29_000_000, Some("Uppsala".into()), false));
    assert_eq!(got[4], (2_482_000_000, None, true));
}

#[test]
fn no_break_spaces_and_leading_space() {
    let text = crate::clean_text("Län\u{a0}\nMedel per län.\u{a0}\nMiljoner kronor\nStockholm\u{a0} 110\n\u{a0}Skåne\u{a0} 129\u{a0}\n");
    let tables = find(&text);
    let got: Vec<_> = tables
        .amounts
        .iter()
        .map(|a| (a.sek, a.region.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (110_000_000, Some("Stockholm")),
            (129_000_000, Some("Skåne"))
        ]
    );
    assert_eq!(tables.amounts[0].table.as_deref(), Some("Medel per län"));
}

#[test]
fn prose_mentioning_kronor_is_not_a_table() {
    assert!(
        find("Över 6,3 miljarder kronor till vården\n\nRegeringen avsätter 5 miljoner.")
            .amounts
            .is_empty()
    );
    assert!(
        find("Miljoner kronor\nDet här är en mening som inte är en tabell.\n")
            .amounts
            .is_empty()
    );
}

#[test]
fn kronor_scan_matches_the_word_windows() {
    fn by_windows(line: &str) -> bool {
        let b = line.as_bytes();
        b.windows(2)
            .any(|w| w[0].eq_ignore_ascii_case(&b'k') && w[1].eq_ignore_ascii_case(&b'r'))
            || b.windows(3).any(|w| w.eq_ignore_ascii_case(b"sek"))
            || b.windows(3)
                .any(|w| w.eq_ignore_ascii_case(b"mdr") || w.eq_ignore_ascii_case(b"mrd"))
    }
    for line in [
        "",
        "k",
        "kr",
        "KR",
        "Miljoner kronor",
        "MSEK",
        "se",
        "Mdr",
        "mRd",
        "md",
        "ÖK",
        "[k]r",
        "Tkr",
        "Kk",
        "sEk.",
        "mr",
    ] {
        assert_eq!(mentions_kronor(line), by_windows(line), "{line:?}");
    }
}

#[test]
fn total_labels_ignore_case() {
    for (label, total) in [
        ("Totalt", true),
        ("TOTALT:", true),
        (" Hela riket ", true),
        ("Hela ri\u{212A}et", true),
        ("Totalt för regionerna", true),
        ("Summa kostnader", true),
        ("Totalsumman", false),
        ("Skåne", false),
        ("", false),
    ] {
        assert_eq!(is_total_label(label), total, "{label:?}");
    }
}

#[test]
fn lines_walk_like_lines_with_offsets() {
    for text in ["", "\n", "a", "a\r\nb\n\nc\r", "\r\n\r\nx\n"] {
        let want: Vec<_> = lines_with_offsets(text).collect();
        let lines = Lines::new(text);
        let forward: Vec<_> = lines.from(lines.at(0)).map(|l| (l.start, l.text)).collect();
        assert_eq!(forward, want, "{text:?}");
        let last = lines.from(lines.at(0)).last().unwrap();
        let mut backward: Vec<_> = lines.above(last).map(|l| (l.start, l.text)).collect();
        backward.reverse();
        assert_eq!(backward, want[..want.len() - 1], "{text:?}");
    }
}

fn words_by_chars(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out.extend(start.map(|s| (s, line.len())));
    out
}

fn cell_value_agrees(s: &str) {
    let want = parse_numeral(s).map(|n| (n.mantissa, n.scale));
    assert_eq!(cell_value(s).map(|n| (n.mantissa, n.scale)), want, "{s:?}");
}

#[test]
fn cell_values_agree_with_parse_numeral() {
    for s in [
        "",
        " ",
        "0",
        "2 111",
        "1 303 27",
        "1234 567",
        "12 34",
        " 12",
        "12 ",
        "1  234",
        "9999999999999999999999999",
        "999 999 999 999 999 999 999 999",
        "1,5",
        "2.500.000",
    ] {
        cell_value_agrees(s);
    }
}

/// Words, white space and the characters next to white space in the code tables.
const WHITE_SPACE_SOUP: &str = "[a-z0-9 \t\u{b}\u{1c}\u{85}\u{86}\u{a0}\u{a1}åÖ€–\u{1680}\u{1681}\
                                \u{2000}-\u{2010}\u{2027}-\u{2030}\u{205f}\u{2060}\u{3000}\u{3001}\u{10000}]*";

proptest::proptest! {
    #[test]
    fn words_split_like_char_is_whitespace(line in WHITE_SPACE_SOUP) {
        let mut words = Vec::new();
        split_words(&line, &mut words);
        let got: Vec<_> = words.iter().map(|w| (w.start, w.end)).collect();
        proptest::prop_assert_eq!(got, words_by_chars(&line));
    }

    #[test]
    fn spaced_numbers_agree_with_parse_numeral(s in "[0-9 ]{0,30}|[0-9 ,.]{0,12}") {
        cell_value_agrees(&s);
    }
}

#[test]
fn row_labels_hold_no_digits_inside_words() {
    let mut parser = RowParser::default();
    for (line, is_row) in [
        ("Skåne 1 303", true),
        ("A1 Foo 23", false),
        ("Foo A1 23", false),
        ("Foo 2a 23", false),
        ("23 Foo", false),
        ("Foo bar", false),
        ("Foo 23 kr", false),
        ("Övriga 12 kommuner 40", true),
        ("Foo A1 bar 23", false),
    ] {
        assert_eq!(parser.parse_row(line, 1, 0).is_some(), is_row, "{line:?}");
    }
}

#[test]
fn column_labels_under_the_header_give_the_columns() {
    let text = "Bidrag per län, miljoner kronor\nLän                  Stat      Kommuner\n\
                Kalmar län            1 204,5     88,1\nGotlands län            12,0      3,5\n\
                Totalt                1 216,5     91,6\n";
    assert_eq!(
        rows(text),
        [
            (1_204_500_000, Some("Kalmar län".into()), false),
            (88_100_000, Some("Kalmar län".into()), false),
            (12_000_000, Some("Gotland".into()), false),
            (3_500_000, Some("Gotland".into()), false),
            (1_216_500_000, None, true),
            (91_600_000, None, true),
        ]
    );
    let text = "Ramar per nämnd, tkr\n\nNämnd             Budget 2025   Plan 2026\n\
                Socialnämnden        45 100       46 000\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [45_100_000, 46_000_000]
    );
    let text =
        "Ramar, miljoner kronor\nRegion   2014–2025   2018–2029\nRegion Kronoberg   950   1 020\n";
    assert_eq!(
        rows(text),
        [
            (950_000_000, Some("Kronoberg".into()), false),
            (1_020_000_000, Some("Kronoberg".into()), false)
        ]
    );
}

#[test]
fn unit_stated_in_the_sentence_before_a_table() {
    let text = "Summorna nedan anges i tusentals kronor.\n\nLän   Anslag\nHalland   4 250\nGotland   900\n";
    assert_eq!(
        rows(text),
        [
            (4_250_000, Some("Halland".into()), false),
            (900_000, Some("Gotland".into()), false)
        ]
    );
    // Without a stated unit, or under a sentence of sums, the figures are no money.
    assert!(rows("Fördelningen ser ut så här.\n\nLän   Anslag\nHalland   4 250\n").is_empty());
    assert!(rows("Totalt 5 miljoner kronor.\n\nLän   Anslag\nHalland   4 250\n").is_empty());
    // The paragraph's last sentence states the unit, whatever sums come before it.
    let text = "Totalt går 5 miljoner kronor till länen. Beloppen anges i tusentals kronor.\n\n\
                Län   Anslag\nHalland   4 250\n";
    assert_eq!(rows(text), [(4_250_000, Some("Halland".into()), false)]);
}

#[test]
fn money_column_under_a_caption_naming_money_is_kronor() {
    let text = "Utbetalda bidrag 2019\n\nFörening   Belopp\nKalmar Konstförening   1 250 000\n\
                Byalaget i Öja   75 000\nSumma   1 325 000\n";
    let tables = find(text);
    let got: Vec<_> = tables.amounts.iter().map(|a| (a.sek, a.is_total)).collect();
    assert_eq!(
        got,
        [(1_250_000, false), (75_000, false), (1_325_000, true)]
    );
    assert_eq!(
        tables.amounts[0].table.as_deref(),
        Some("Utbetalda bidrag 2019")
    );
    // A caption that names no money, a sentence above, or figures too small for whole
    // kronor (a table in thousands whose unit was lost) leave the rows alone.
    assert!(rows("Föreningar i länet\n\nFörening   Belopp\nByalaget i Öja   75 000\n").is_empty());
    assert!(
        rows("Bidragen betalas ut i maj.\n\nFörening   Belopp\nByalaget i Öja   75 000\n")
            .is_empty()
    );
    assert!(rows("Fördelade medel\n\nLän   Anslag\nHalland   4 250\nGotland   900\n").is_empty());
}

#[test]
fn a_long_body_name_set_apart_from_its_cells_labels_a_row() {
    let text = "Bidrag (kr)\nFöreningen för barn och unga med hörselnedsättning   640 000\n\
                Svenska Kyrkans Unga   410 000\n";
    assert_eq!(rows(text), [(640_000, None, false), (410_000, None, false)]);
    // Run on with one space, so many words are a sentence ending in a figure.
    let text = "Bidrag (kr)\nSvenska Kyrkans Unga   410 000\n\
                Det här är en mening om bidragen som når 5 000\n";
    assert_eq!(rows(text), [(410_000, None, false)]);
}

#[test]
fn a_colon_sets_a_long_label_apart_as_a_cell_break_does() {
    let text = "Kostnad för vinterväghållning, mnkr\nGlesbygdskommuner: 410\n\
                Kommuner i tätbefolkade regioner nära en större stad: 1 220\nTotalt: 1 630\n";
    assert_eq!(
        rows(text),
        [
            (410_000_000, None, false),
            (1_220_000_000, None, false),
            (1_630_000_000, None, true)
        ]
    );
}

#[test]
fn tusental_kronor_in_brackets_over_a_table() {
    // "tusental" is the "-tal" form of "tusen", as "tusentals".
    let text = "Bidrag till länen under året (tusental kronor):\n\nUppsala län\t1 720\n\
                Gävleborgs län\t2 045\n";
    assert_eq!(
        rows(text),
        [
            (1_720_000, Some("Uppsala".into()), false),
            (2_045_000, Some("Gävleborg".into()), false)
        ]
    );
}

#[test]
fn county_rows_named_by_the_receiving_body() {
    let text = "Tkr\nDalarna (länsstyrelse)   3 100\nDalarna (regionförbund)   2 700\n\
                Länsstyrelsen i Värmlands län   1 900\nLänsstyrelsen Gotland   800\n";
    assert_eq!(
        rows(text),
        [
            (3_100_000, Some("Dalarna".into()), false),
            (2_700_000, Some("Dalarna".into()), false),
            (1_900_000, Some("Värmland".into()), false),
            (800_000, Some("Gotland".into()), false),
        ]
    );
}

#[test]
fn municipality_rows_get_no_region() {
    let text = "Kommun  Belopp (kr)\nUppsala  2 100 000\nGotland  400 000\nÖvriga 40 kommuner  9 000 000\n";
    assert_eq!(
        rows(text),
        [
            (2_100_000, None, false),
            (400_000, None, false),
            (9_000_000, None, false)
        ]
    );
}

#[test]
fn a_label_may_hold_a_number_but_not_end_in_one() {
    let text = "Tkr\nÖvriga 9 länsstyrelser   12 400\n";
    assert_eq!(rows(text), [(12_400_000, None, false)]);
    let text = "Tkr\nSkåne   1 000\nKontakt: 08-123 45\n";
    assert_eq!(rows(text).len(), 1);
}

#[test]
fn long_label_lines_in_the_one_cell_layout() {
    let text = "Miljoner kronor\nInsats\nStöd till lovaktiviteter för barn i utsatta områden\n75\nTotalt\n75\n";
    assert_eq!(
        rows(text),
        [(75_000_000, None, false), (75_000_000, None, true)]
    );
}

#[test]
fn count_columns_are_not_money() {
    // One cell per line: the header names the first column, the label under it the next.
    let text = "Län\nStatsbidrag (kr)\nAntal platser\nHalland\n2 500 000\n40\nGotland\n\
                800 000\n12\n";
    assert_eq!(
        rows(text),
        [
            (2_500_000, Some("Halland".into()), false),
            (800_000, Some("Gotland".into()), false)
        ]
    );
    // One row per line, the count column named in the labels under the header.
    let text = "Tkr\nRegion      Antal elever      Bidrag\nVärmland      310      4 100\n\
                Dalarna      95      1 250\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [4_100_000, 1_250_000]
    );
    // Beside a column labelled with the unit, a column labelled with what it counts.
    let text = "Område      Beviljade projekt      Beviljat belopp (MSEK)
                Medicin      248      692
Teknik      231      610
";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [692_000_000, 610_000_000]
    );
    // Beside a column named for money under a caption stating the unit, a column
    // labelled with what it counts.
    let text = "Bidrag till ombyggnad 2004, tusen kronor\n\nOrt      Bostäder      Bidrag\n\
                Luleå      120      9 600\nPiteå      45      3 150\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [9_600_000, 3_150_000]
    );
    // After it, a column of what became of the money.
    let text = "Budget 2005, tkr\n\nNämnd      Budget      Förändring\n\
                Socialnämnden      98 100      +2 200\nKulturnämnden      12 400      -600\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [98_100_000, 2_200_000, 12_400_000, -600_000]
    );
    // A column of percentages beside the money.
    let text = "Nettokostnad (tkr)\nFörvaltning      Budget 2024      Budget 2025      Förändring, %\n\
                Tandvård      118 300      121 000      2,3\nLänstrafiken      97 450      95 200      -2,3\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [118_300_000, 121_000_000, 97_450_000, 95_200_000]
    );
}

#[test]
fn a_sentence_ending_in_its_unit_heads_the_rows() {
    let text = "Pengarna fördelas mellan förbunden för nästa säsong enligt följande, i tusentals \
                kronor:\nHandboll. 2 400\nOrientering. 950\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [2_400_000, 950_000]
    );
    // The last clause must name the unit; the kronor of an earlier one are a sum's.
    assert!(rows(
        "Förbunden får dela på de miljoner kronor som betalas ut i april, per förbund:\n\
         Handboll. 2 400\n"
    )
    .is_empty());
}

#[test]
fn a_unit_in_parentheses_closing_a_long_sentence_heads_the_rows() {
    let text = "Av pengarna fördelas 300 miljoner kronor efter resultat. Så här mycket kan de \
                största landstingen i norra Sverige få som mest (miljoner kronor):\n\
                Region Västerbotten      31,5\nLandstinget i Jämtlands län   12,0\n\n\
                Övriga landsting får resten.";
    assert_eq!(
        rows(text),
        [
            (31_500_000, Some("Västerbotten".to_string()), false),
            (12_000_000, Some("Jämtland Härjedalen".to_string()), false)
        ]
    );
    // A parenthesis that names no kronor states no unit.
    assert!(
        rows("Så här många platser får de största kommunerna (avrundat):\nUmeå 31\n").is_empty()
    );
}

#[test]
fn a_unit_clause_closing_a_sentence_with_a_full_stop_heads_the_rows() {
    let text = "Tabellen visar vad de största länen har fått under de två senaste åren, i \
                tusen kronor.\n\nLän   2023   2024\nHallands län   4 100   4 300\n\
                Gotlands län   900   950\n";
    assert_eq!(
        rows(text),
        [
            (4_100_000, Some("Halland".to_string()), false),
            (4_300_000, Some("Halland".to_string()), false),
            (900_000, Some("Gotland".to_string()), false),
            (950_000, Some("Gotland".to_string()), false)
        ]
    );
    // A clause naming a sum, not a unit, heads nothing.
    assert!(rows("Länen får mer i år, 5 miljoner kronor.\nHalland   4 100\n").is_empty());
}

#[test]
fn columns_naming_regions_tie_their_cells() {
    // A table turned on its side: the regions label the columns, one row of sums.
    let text = "Fördelning 2009 (tusen kronor)\nRegion Halland  Landstinget i Kalmar län  \
                Gotlands läns landsting\nBelopp  4 100  3 200  900\n";
    assert_eq!(
        rows(text),
        [
            (4_100_000, Some("Halland".to_string()), false),
            (3_200_000, Some("Kalmar län".to_string()), false),
            (900_000, Some("Gotland".to_string()), false)
        ]
    );
    // Years label the rows, and a first column label ("År") the year column.
    let text = "Så mycket har de fått (miljoner kronor):\nÅr   Region Halland   Region Skåne\n\
                2023   41   130\n2024   43   128\nTotalt   84   258\n";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|(sek, region, total)| (sek / 1_000_000, region, total))
        .collect();
    let halland = Some("Halland".to_string());
    let skane = Some("Skåne".to_string());
    assert_eq!(
        got,
        [
            (41, halland.clone(), false),
            (130, skane.clone(), false),
            (43, halland, false),
            (128, skane, false),
            (84, None, true),
            (258, None, true)
        ]
    );
    assert_eq!(find(text).regions.len(), 2);
}

#[test]
fn a_row_column_label_run_into_the_caption_is_dropped() {
    let text = "Kommun Fördelning av medlen i länet\nTkr\nLidköping   1 200\n";
    let tables = find(text);
    assert_eq!(
        tables.amounts[0].table.as_deref(),
        Some("Fördelning av medlen i länet")
    );
    // A caption that names a region keeps it.
    let text = "Region Gotland\nTkr\nVisby   1 200\n";
    assert_eq!(
        find(text).amounts[0].table.as_deref(),
        Some("Region Gotland")
    );
    let text = "Län: fördelning per län\nTkr\nHalland   1 200\n";
    assert_eq!(
        find(text).amounts[0].table.as_deref(),
        Some("Län: fördelning per län")
    );
}

#[test]
fn a_caption_ending_in_its_year_names_the_table() {
    let text =
        "Anslag till fritidsgårdar 2027\n\nGård\tMiljoner kronor\nNorrgården\t4\nSödergården\t3\n";
    let tables = find(text);
    assert_eq!(
        tables.amounts[0].table.as_deref(),
        Some("Anslag till fritidsgårdar 2027")
    );
    assert_eq!(tables.amounts.len(), 2);
}

#[test]
fn a_header_naming_the_table_before_its_unit_is_its_name() {
    let tables = |text: &str| -> Vec<Option<String>> {
        find(text).amounts.into_iter().map(|a| a.table).collect()
    };
    // Not the sentence above: the header's own first cell.
    let text = "Fullmäktige antog budgeten.\n\nResultat i sammandrag, miljoner kronor\n\
                Intäkter   2 400\nKostnader   \u{2212}2 900\n";
    let name = Some("Resultat i sammandrag, miljoner kronor".to_string());
    assert_eq!(tables(text), [name.clone(), name]);
    // Its other cells label the columns ([`names`]).
    let text = "Nämndernas ramar (tkr)   2023   2024\nSkola   8 400   8 900\n";
    assert_eq!(
        tables(text),
        [
            Some("Nämndernas ramar (tkr) / 2023".to_string()),
            Some("Nämndernas ramar (tkr) / 2024".to_string())
        ]
    );
    // The unit alone, or a column label and the unit, names nothing: the line above does.
    let text = "Medel per region\nMiljoner kronor\nSkåne   120\n";
    assert_eq!(tables(text)[0].as_deref(), Some("Medel per region"));
    let text = "Medel per region\nRegion, tkr\nSkåne   120\n";
    assert_eq!(tables(text)[0].as_deref(), Some("Medel per region"));
}

#[test]
fn year_lines_under_the_header_name_columns() {
    let text = "Tkr\nÅtgärd\n2024\n2025\nFler sommarjobb för unga\n300\n350\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [300_000, 350_000]
    );
}

#[test]
fn the_sentence_before_an_introduced_unit_is_not_table() {
    let text =
        "Pengarna delas ut av förbunden som följer upp arbetet, belopp i tusentals kronor:\n\
                Handboll. 2 400\n";
    let tables = find(text);
    let start = text.find("belopp").unwrap_or_default();
    assert_eq!(tables.ranges[0].start, start);
}

#[test]
fn rows_of_whole_kronor_under_a_line_naming_money() {
    let text = "Så fördelas pengarna:\nUmeå kommun 1 100 000\nSkellefteå kommun 800 000\n\
                Region Norrbotten 450 000\n\nText efter.";
    assert_eq!(
        rows(text),
        [
            (1_100_000, None, false),
            (800_000, None, false),
            (450_000, Some("Norrbotten".to_string()), false)
        ]
    );
    // Figures too small for kronor have their unit elsewhere: no table is read.
    let text = "Så fördelas medlen:\nUmeå kommun 12,5\nSkellefteå kommun 8\n";
    assert!(find(text).amounts.is_empty());
    assert!(find(text).ranges.is_empty());
}

#[test]
fn a_row_that_describes_its_label_in_a_text_cell() {
    let text = "Projektägare\tProjekt\tStöd (kr)\n\
                Region Skåne\tNya vårdplatser i hela regionen\t12 000 000\n\
                Umeå universitet\tForskning om is\t8 450 000\n\
                Totalt\t\t20 450 000\n";
    assert_eq!(
        rows(text),
        [
            (12_000_000, Some("Skåne".to_string()), false),
            (8_450_000, None, false),
            (20_450_000, None, true)
        ]
    );
    // Cells set off by spaces: the total's row leaves the text column empty.
    let text = "Projektägare  Projekt  Stöd (kr)\n\
                Umeå universitet  Forskning om is  8 450 000\n\
                Totalt    8 450 000\n";
    assert_eq!(
        rows(text),
        [(8_450_000, None, false), (8_450_000, None, true)]
    );
}

#[test]
fn bodies_named_in_table_rows_are_organizations() {
    let text =
        "Rubrik\n\nBeviljat stöd (kr)\nUmeå universitet  1 200 000\nGävle Hamn AB  800 000\n";
    let extraction = crate::extract(text);
    let names: Vec<&str> = extraction
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Umeå universitet", "Gävle Hamn AB"]);
    assert_eq!(extraction.amounts.len(), 2);
}

#[test]
fn a_header_padded_to_its_figures_is_a_header() {
    // Over 80 bytes with its padding, a short line without it.
    let header = format!("Insats{}Kommunens andel 2024, tkr", " ".repeat(52));
    assert!(header.len() > 80);
    let text = format!(
        "Text.\n\n{header}\nHemtjänst                                           4 200\n\
         Skolskjuts                                          1 150\n"
    );
    assert_eq!(
        rows(&text),
        [(4_200_000, None, false), (1_150_000, None, false)]
    );
    // A paragraph stays prose, however many spaces it holds.
    let prose = format!(
        "Kommunen {}satsar 4 200 tkr på hemtjänsten och skolskjutsen i år{}.",
        " ".repeat(40),
        " ".repeat(90)
    );
    assert!(find(&prose).amounts.is_empty());
}

#[test]
fn a_header_stating_one_regions_share_ties_its_rows() {
    let text = "Överenskommelse            Region Dalarnas andel, mnkr\n\
                Psykisk hälsa              42\n\
                Kortare väntetider         31\n\
                Summa                      73\n";
    assert_eq!(
        rows(text),
        [
            (42_000_000, Some("Dalarna".to_string()), false),
            (31_000_000, Some("Dalarna".to_string()), false),
            (73_000_000, None, true)
        ]
    );
    assert_eq!(super::header::region_of_share("Kommunens andel, tkr"), None);
}

#[test]
fn a_text_column_header_before_the_unit_column_adds_no_amount_column() {
    let text =
        "Satsning\tBelopp (mnkr)\nVård i hemmet\t6 900\nBarnhälsovård\t1 140\nTandvård\t500\n";
    assert_eq!(
        rows(text),
        [
            (6_900_000_000, None, false),
            (1_140_000_000, None, false),
            (500_000_000, None, false)
        ]
    );
    // A date line above the paragraph before the header labels no year column.
    let text = "Publicerad 16 februari 2023 · Uppdaterad 20 februari 2023\n\
                Staten ger i år 8 540 miljoner kronor till vården.\n\
                Satsning\tBelopp (mnkr)\nVård i hemmet\t6 900\nBarnhälsovård\t1 140\nTandvård\t500\n";
    assert_eq!(
        rows(text),
        [
            (6_900_000_000, None, false),
            (1_140_000_000, None, false),
            (500_000_000, None, false)
        ]
    );
}

/// The table name of each amount `find` reads in `text`.
fn table_names(text: &str) -> Vec<String> {
    find(text)
        .amounts
        .into_iter()
        .map(|a| a.table.unwrap_or_default())
        .collect()
}

#[test]
fn cells_of_two_money_columns_carry_caption_and_column() {
    // Labels on a line of their own under the caption.
    let text = "Stöd per län, miljoner kronor\nLän          Stat    Kommuner\n\
                Kalmar län     12       3\nGotlands län    4       4\n";
    let stat = "Stöd per län, miljoner kronor / Stat";
    let kommuner = "Stöd per län, miljoner kronor / Kommuner";
    assert_eq!(table_names(text), [stat, kommuner, stat, kommuner]);
    // Labels after the caption on the header line, a label's unit kept as written.
    let text = "Ramar per nämnd, tkr   Budget 2025   Plan 2026 (tkr)\nSkolnämnden   400   420\n";
    assert_eq!(
        table_names(text),
        [
            "Ramar per nämnd, tkr / Budget 2025",
            "Ramar per nämnd, tkr / Plan 2026 (tkr)"
        ]
    );
    // Labels holding their unit, on a line of their own after a blank line.
    let text = "Bidrag per region\n\nRegion  Bidrag 2023 (tkr)  Bidrag 2024 (tkr)\n\
                Region Kronoberg  1 200  1 250\n";
    assert_eq!(
        table_names(text),
        [
            "Bidrag per region / Bidrag 2023 (tkr)",
            "Bidrag per region / Bidrag 2024 (tkr)"
        ]
    );
    // A label line indented past an empty row-column label names every column.
    let text = "Resultat i korthet, mnkr\n\n              Utfall 2023    Budget 2024\n\
                Intäkter          310            330\n";
    assert_eq!(
        table_names(text),
        [
            "Resultat i korthet, mnkr / Utfall 2023",
            "Resultat i korthet, mnkr / Budget 2024"
        ]
    );
}

#[test]
fn a_table_of_one_money_column_carries_its_caption_alone() {
    let text = "Bidrag per kommun\n\nKommun          Belopp (kr)\nBoden      1 200 000\n";
    assert_eq!(table_names(text), ["Bidrag per kommun"]);
    // A column counting things beside the money is no second money column.
    let text = "Bidrag per kommun\n\nKommun      Projekt   Beviljat (kr)\n\
                Boden          3       1 200 000\nLuleå          2         800 000\n";
    assert_eq!(table_names(text), ["Bidrag per kommun"; 2]);
    // Nor is a column the rows fill with text.
    let text = crate::clean::clean_text(
        "Bidrag per förening, kronor\n\n| Förening | Evenemang | Stöd |\n|---|---|--:|\n\
         | IFK Boden | Bodencupen | 320 000 |\n| Luleå FF | Sommarspelen | 90 000 |\n",
    );
    assert_eq!(table_names(&text), ["Bidrag per förening, kronor"; 2]);
}

#[test]
fn cells_of_the_one_cell_per_line_layout_carry_their_column() {
    // Years under the label of the row column name the columns.
    let text = "Så fördelas satsningen\n\nMiljoner kronor\nSatsning\n2025\n2026\n\
                Läxhjälp i skolan\n40\n45\n";
    assert_eq!(
        table_names(text),
        [
            "Så fördelas satsningen / 2025",
            "Så fördelas satsningen / 2026"
        ]
    );
    // Label lines under a header of the unit alone, which labels no column.
    let text = "Stöd per län\n\nTkr\nLän\nBidrag\nLån\nHalland\n120\n300\n";
    assert_eq!(
        table_names(text),
        ["Stöd per län / Bidrag", "Stöd per län / Lån"]
    );
}

#[test]
fn a_table_without_caption_is_named_by_its_column_labels() {
    // A label naming the money names its column's cells, one column or more.
    let text = "Nämnd  Budget 2026, mnkr  Förändring, mnkr\nSkolnämnden  410  12\n";
    assert_eq!(table_names(text), ["Budget 2026, mnkr", "Förändring, mnkr"]);
    let text = "Projektägare  Beviljat belopp, kr\nByalaget i Kall  450 000\n";
    assert_eq!(table_names(text), ["Beviljat belopp, kr"]);
    // A year or a unit alone says what the money is with the row column's label.
    let text = "Tabellen visar vad regionerna får, i tusen kronor.\n\n\
                Region   2025   2026\nRegion Halland   300   320\n";
    assert_eq!(table_names(text), ["Region / 2025", "Region / 2026"]);
    let text = "Finansiär  Mnkr\nTrafikverket  340\n";
    assert_eq!(table_names(text), ["Finansiär / Mnkr"]);
}

#[test]
fn prose_above_a_table_is_no_caption() {
    // Two sentences above the header are prose, not the table's name.
    let text = "Kommunen får mer i år. Bidraget ökar med en tiondel\n\
                Kommun  Bidrag (kr)\nBoden  120 000\n";
    assert_eq!(table_names(text), ["Bidrag (kr)"]);
    // A header closing a paragraph: the last sentence, the one naming the unit, names it.
    let text = "Hälften går till vården. Så fördelas resten (miljoner kronor):\n\
                Region Halland   12\nRegion Skåne   30\n";
    assert_eq!(
        table_names(text),
        ["Så fördelas resten (miljoner kronor)"; 2]
    );
}

#[test]
fn a_line_introducing_rows_of_kronor_names_them() {
    let text = "Så fördelas stödet:\n\nBoden   1 200 000\nLuleå   2 400 000\n";
    assert_eq!(table_names(text), ["Så fördelas stödet"; 2]);
}

#[test]
fn a_remark_after_the_unit_stays_in_the_name() {
    let text = "Medel per län, mnkr (urval)\nHalland   12\nSkåne   30\n";
    assert_eq!(table_names(text), ["Medel per län, mnkr (urval)"; 2]);
}

#[test]
fn a_header_under_the_row_column_label_is_a_column_label() {
    // The one-cell-per-line layout: "Kommun", then "Bidrag (kr)", label the columns.
    let text = "Fördelning av stödet\nKommun\nBidrag (kr)\nBoden\n420 000\nLuleå\n380 000\n";
    assert_eq!(table_names(text), ["Fördelning av stödet"; 2]);
}

#[test]
fn a_column_label_may_count_what_its_words_name() {
    // "inom 90 dagar": a label's figure counts the days its next word names.
    let text = "Väntetider per region, miljoner kronor\n\
                Region    Besök inom 90 dagar    Operation inom 90 dagar\n\
                Region Halland    14    9\nRegion Kronoberg    11    6\n";
    let halland = Some("Halland".to_string());
    assert_eq!(
        rows(text),
        [
            (14_000_000, halland.clone(), false),
            (9_000_000, halland, false),
            (11_000_000, Some("Kronoberg".to_string()), false),
            (6_000_000, Some("Kronoberg".to_string()), false),
        ]
    );
    assert_eq!(
        table_names(text)[1],
        "Väntetider per region, miljoner kronor / Operation inom 90 dagar"
    );
    // A figure before a unit, or alone, is a row's cell: the line is no label line.
    assert!(column_labels("Region    Besök    12 mkr").is_none());
    assert!(column_labels("Region    Besök    12").is_none());
    assert!(column_labels("Region    Besök    Över 65 år").is_some());
}

#[test]
fn a_caption_dated_by_a_span_of_years_heads_the_rows() {
    let text = "Satsningar på järnväg 2019–2023, miljarder kronor\n\n\
                Bana  Belopp\nOstkustbanan  1,5\nNorrbotniabanan  0,8\n";
    assert_eq!(
        rows(text),
        [(1_500_000_000, None, false), (800_000_000, None, false)]
    );
    assert_eq!(
        table_names(text),
        [
            "Satsningar på järnväg 2019–2023, miljarder kronor",
            "Satsningar på järnväg 2019–2023, miljarder kronor"
        ]
    );
    // Columns of years under it are each named.
    let text = "Tillskott 2026-2027, miljoner kronor\n2026  2027\nKommuner  800  900\n";
    assert_eq!(
        table_names(text),
        [
            "Tillskott 2026-2027, miljoner kronor / 2026",
            "Tillskott 2026-2027, miljoner kronor / 2027"
        ]
    );
    // A date is no span of years, and a sum no caption's date.
    assert!(header_scale("Beslut 2019-05-14 i miljoner kronor").is_none());
    assert!(header_scale("Regionen får 40 miljoner kronor").is_none());
}

#[test]
fn a_caption_stating_a_sum_heads_the_rows_with_its_closing_unit() {
    let text = "Intro.\n\nSå delas 90 miljoner kronor ut per län (kronor)\n\n\
                Län  Belopp\nGävleborgs län  4 200 000\nDalarnas län  3 900 000\nSumma  8 100 000\n";
    assert_eq!(
        rows(text),
        [
            (4_200_000, Some("Gävleborg".to_string()), false),
            (3_900_000, Some("Dalarna".to_string()), false),
            (8_100_000, None, true),
        ]
    );
    assert_eq!(
        table_names(text)[0],
        "Så delas 90 miljoner kronor ut per län (kronor)"
    );
    // The table starts at its unit: the caption's sum is a sum of the prose, once.
    let tables = find(text);
    assert_eq!(
        tables.ranges[0].start,
        text.find("(kronor)").unwrap_or_default()
    );
    let sums: Vec<i64> = crate::extract(text)
        .amounts
        .iter()
        .filter(|a| a.table.is_none())
        .map(|a| a.sek)
        .collect();
    assert_eq!(sums, [90_000_000]);
    // The unit after the last comma does the same.
    let text = "Fördelning av 12 miljoner kronor, tkr\nRegion Gotland  1 500\n";
    assert_eq!(
        rows(text),
        [(1_500_000, Some("Gotland".to_string()), false)]
    );
    // A closing parenthesis with more than a unit leaves the line prose.
    assert!(header_scale("Regionen får 40 miljoner kronor (se bilaga)").is_none());
    assert!(header_scale("Regionen får 40 miljoner kronor (i kronor per invånare)").is_none());
}

#[test]
fn rows_under_a_year_column_are_labelled_by_their_year() {
    let text = "Statens bidrag per år, tusen kronor\nÅr    Bidrag\n2021    2 500\n\
                2022    2 750\nTotalt    5 250\n";
    let tables = find(text);
    let got: Vec<_> = tables
        .amounts
        .iter()
        .map(|a| (a.text.as_str(), a.sek, a.is_total))
        .collect();
    assert_eq!(
        got,
        [
            ("2021    2 500", 2_500_000, false),
            ("2022    2 750", 2_750_000, false),
            ("Totalt    5 250", 5_250_000, true),
        ]
    );
    assert_eq!(
        tables.amounts[0].table.as_deref(),
        Some("Statens bidrag per år, tusen kronor")
    );
    // Without the label "År" a line opening with a year is read as before: no row.
    let text = "Statens bidrag per år, tusen kronor\nPeriod    Bidrag\n2021    2 500\n";
    assert!(find(text).amounts.is_empty());
}

#[test]
fn a_column_labelled_in_whole_kronor_keeps_kronor_beside_a_column_in_millions() {
    // The header's unit scales the first column only; the per-child column is in kronor
    // and the share column counts nothing.
    let text = "Län  Miljoner kronor  Andel, procent  Kronor per barn\n\
                Värmland  6,2  3,1  140\nHalland  4,0  2,0  85\nSumma  10,2  5,1  112\n";
    assert_eq!(
        rows(text),
        [
            (6_200_000, Some("Värmland".into()), false),
            (140, Some("Värmland".into()), false),
            (4_000_000, Some("Halland".into()), false),
            (85, Some("Halland".into()), false),
            (10_200_000, None, true),
            (112, None, true),
        ]
    );
    // Labels under a caption that states thousands: "Kr/inv." is whole kronor.
    let text = "Bidrag per kommun, tkr\nKommun  Bidrag  Kr/inv.\nArvika  1 450  56\nEda  380  45\n";
    assert_eq!(
        rows(text).iter().map(|r| r.0).collect::<Vec<_>>(),
        [1_450_000, 56, 380_000, 45]
    );
}
