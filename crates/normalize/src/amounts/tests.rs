use crate::extract;

fn sums(text: &str) -> Vec<i64> {
    extract(text).amounts.into_iter().map(|a| a.sek).collect()
}

fn qualifiers(text: &str) -> Vec<Option<String>> {
    extract(text)
        .amounts
        .into_iter()
        .map(|a| a.qualifier)
        .collect()
}

#[test]
fn phone_number_is_not_money() {
    assert!(
        sums("Kontakt\nTelefon 076-116 65 62\nVäxel 08-405 10 00\nMobil 076-127 93 94").is_empty()
    );
}

#[test]
fn years_dates_counts_and_ordinals_are_not_money() {
    let text = "För åren 2018–2021 och 2020-2022. Beslutet togs den 24 maj 2018. Hittills har 28 \
                vårdförlopp införts inom tre dagar. Regeringen har träffat fem överenskommelser. \
                Anders Henriksson, 1:e vice ordförande. Boka via 1177 Vårdguiden. Covid-19.";
    assert!(sums(text).is_empty());
}

#[test]
fn fund_names_are_not_money() {
    let text = "Patientmiljarden och kömiljarden. Miljardsatsning på vården. Den så kallade \
                samordnings- och tillgänglighetsmiljarden.";
    assert!(sums(text).is_empty());
}

#[test]
fn numerals_in_every_separator_style() {
    assert_eq!(sums("Totalt 9 842 kronor."), [9_842]);
    assert_eq!(sums("Totalt 9\u{a0}842 kronor."), [9_842]);
    assert_eq!(sums("Totalt 9\u{202f}842 kronor."), [9_842]);
    assert_eq!(sums("Totalt 9\u{2009}842 kronor."), [9_842]);
    assert_eq!(sums("Det kostar 2.500.000 kronor."), [2_500_000]);
    assert_eq!(sums("Det blir 44,3 miljoner kronor."), [44_300_000]);
    assert_eq!(sums("Det blir 1,436 miljarder kronor."), [1_436_000_000]);
}

#[test]
fn a_year_before_a_sum_is_not_a_thousands_group() {
    assert_eq!(
        sums("Överenskommelsen omfattar 2022 totalt 6,37 miljarder kronor."),
        [6_370_000_000]
    );
    assert_eq!(sums("Under 2022 500 miljoner kronor."), [500_000_000]);
}

#[test]
fn units_and_magnitudes() {
    let text = "Det blir 500 tkr, 5 mkr, 5 Mkr, 7 mnkr, 2 mdkr, 3 mdr, 250 SEK, 40 kr, \
                5 tusen kronor, 2 miljoner kronor och 500mnkr.";
    assert_eq!(
        sums(text),
        [
            500_000,
            5_000_000,
            5_000_000,
            7_000_000,
            2_000_000_000,
            3_000_000_000,
            250,
            40,
            5_000,
            2_000_000,
            500_000_000
        ]
    );
}

#[test]
fn number_words() {
    assert_eq!(sums("En miljard för utveckling i vården"), [1_000_000_000]);
    assert_eq!(
        sums("Staten avsätter två miljarder kronor."),
        [2_000_000_000]
    );
    assert_eq!(sums("Det blir tjugofem miljoner kronor."), [25_000_000]);
    assert_eq!(sums("Det blir tvåhundra miljoner kronor."), [200_000_000]);
    assert_eq!(sums("Det kostar hundra kronor."), [100]);
    assert_eq!(
        sums("Regeringen avsätter en halv miljard till vården."),
        [500_000_000]
    );
}

#[test]
fn kvarts_miljard() {
    assert_eq!(
        sums(
            "Regeringen avsätter en kvarts miljard till vården och tre kvarts miljard till skolan."
        ),
        [250_000_000, 750_000_000]
    );
    assert_eq!(sums("Projektet får en kvarts miljon kronor."), [250_000]);
    let a = &extract("Satsningen (en kvarts miljard kronor) fördelas.").amounts[0];
    assert_eq!(a.text, "en kvarts miljard kronor");
    // A quarter of an hour is no sum, and a quarter needs its number word.
    assert!(sums("Mötet tog en kvart. Kvarts miljard nämndes inte.").is_empty());
}

#[test]
fn en_och_en_halv_miljard() {
    assert_eq!(
        sums("Regeringen avsätter en och en halv miljard kronor."),
        [1_500_000_000]
    );
    assert_eq!(
        sums("Regeringen avsätter två och en halv miljarder kronor."),
        [2_500_000_000]
    );
}

#[test]
fn money_without_kronor_from_context() {
    assert_eq!(
        sums("Totalt handlar det om 980 miljoner som ska förbättra vården."),
        [980_000_000]
    );
    assert_eq!(
        sums("Uppdraget är att betala ut en miljard till landstingen."),
        [1_000_000_000]
    );
    assert!(sums("Sverige har drygt 10 miljoner invånare.").is_empty());
    assert!(sums("Vården tog emot 2 miljoner besök.").is_empty());
    assert!(sums("Flera miljoner kronor.").is_empty());
}

#[test]
fn loose_totalt_is_a_total() {
    let a = extract("Totalt handlar det om 980 miljoner som ska gå till vården.").amounts;
    assert_eq!(a[0].qualifier.as_deref(), Some("totalt"));
    assert!(a[0].is_total);
    let text = "Regeringen avsätter totalt 284 miljoner kronor och regionerna tillför 100 miljoner kronor.";
    assert_eq!(qualifiers(text), [Some("totalt".into()), None]);
}

#[test]
fn every_qualifier_in_base_form() {
    let cases = [
        ("cirka", "cirka"),
        ("ca", "cirka"),
        ("ca.", "cirka"),
        ("nära", "nära"),
        ("Nära", "nära"),
        ("närmare", "närmare"),
        ("nästan", "nästan"),
        ("drygt", "drygt"),
        ("knappt", "knappt"),
        ("minst", "minst"),
        ("högst", "högst"),
        ("över", "över"),
        ("Över", "över"),
        ("mer än", "över"),
        ("upp till", "upp till"),
        ("totalt", "totalt"),
        ("sammanlagt", "totalt"),
        ("preliminärt", "preliminärt"),
        ("ytterligare", "ytterligare"),
    ];
    for (written, base) in cases {
        let text = format!("Staten ger {written} 5 miljoner kronor.");
        assert_eq!(qualifiers(&text), [Some(base.to_string())], "{written}");
    }
}

#[test]
fn nearest_hedge_wins() {
    assert_eq!(
        qualifiers("Det kan ge ytterligare cirka 8,8 miljoner kronor."),
        [Some("cirka".into())]
    );
    assert_eq!(
        qualifiers("Regeringen avsätter ytterligare nära 3 miljarder kronor."),
        [Some("nära".into())]
    );
    let a = extract("Regeringen riktar totalt ca 11 miljarder kronor.").amounts;
    assert_eq!(a[0].qualifier.as_deref(), Some("cirka"));
    assert_eq!(a[0].text, "totalt ca 11 miljarder kronor");
    assert!(a[0].is_total);
}

#[test]
fn range_gives_both_bounds() {
    for text in [
        "Det blir 10–15 miljoner kronor.",
        "Det blir 10 – 15 miljoner kronor.",
        "Det blir 10-15 miljoner kronor.",
        "Det blir 10 till 15 miljoner kronor.",
        "Det blir mellan 10 och 15 miljoner kronor.",
    ] {
        let a = &extract(text).amounts[0];
        assert_eq!((a.sek, a.sek_max), (10_000_000, Some(15_000_000)), "{text}");
    }
}

#[test]
fn a_change_from_one_sum_to_another_is_two_sums() {
    assert_eq!(
        sums("Anslaget har ökat från 250 till 310 miljoner kronor sedan 2015."),
        [250_000_000, 310_000_000]
    );
    assert_eq!(
        sums("Avgiften sänks från 1 200 till 900 kronor per månad."),
        [1_200, 900]
    );
    // Without a verb of change "från X till Y" is a span, one sum with its bounds.
    let a = &extract("Bidrag från 5 000 till 50 000 kronor kan sökas.").amounts;
    assert_eq!(a.len(), 1);
    assert_eq!((a[0].sek, a[0].sek_max), (5_000, Some(50_000)));
}

#[test]
fn foreign_currency_is_not_sek() {
    assert!(sums("EU ger 5 miljoner euro.").is_empty());
}

#[test]
fn spans_cover_the_mention() {
    let e = extract("Staten ger preliminärt 44,3 miljoner kronor för Region Östergötland.");
    let a = &e.amounts[0];
    assert_eq!(
        &e.text[a.span.start..a.span.end],
        "preliminärt 44,3 miljoner kronor"
    );
    assert_eq!(a.region.as_deref(), Some("Östergötland"));
}

#[test]
fn a_sum_in_parentheses_closing_a_list_item() {
    let text = "Pengarna går till:\n- Fler platser i elevhälsan (18,25 miljoner kronor)\n\
                - Nya lokaler för kulturskolan (1 250 miljoner kronor)";
    assert_eq!(sums(text), [18_250_000, 1_250_000_000]);
    let found = extract(text);
    let span = found.amounts[1].span;
    assert_eq!(&found.text[span.start..span.end], "1 250 miljoner kronor");
}

#[test]
fn money_words_in_context_without_kronor() {
    assert_eq!(
        sums("Staten lägger 4 miljarder i generella bidrag till kommunerna."),
        [4_000_000_000]
    );
    assert_eq!(
        sums("Av anslaget går 1,2 miljarder direkt till regionerna."),
        [1_200_000_000]
    );
    assert_eq!(
        sums("Kommunen får en extra miljard per år."),
        [1_000_000_000]
    );
    assert_eq!(
        sums("Nu byggs cykelbanor för en halv miljard"),
        [500_000_000]
    );
    // A verb of giving or receiving and the receiver's name before a sum closing its
    // clause.
    assert_eq!(
        sums("Ny satsning ger Jämtland 4,5 miljoner\n\nI år får Region Kalmar län 12 miljoner."),
        [4_500_000, 12_000_000]
    );
    assert_eq!(
        sums("Kortare väntetider gav 2,5 miljoner\n\nText."),
        [2_500_000]
    );
    // A comparison of sums in a sentence about money.
    assert_eq!(
        sums("Resultatet blev 31 miljoner bättre än budget."),
        [31_000_000]
    );
    assert!(sums("Resandet blev 2 miljoner högre än väntat.").is_empty());
    // Counted things stay counts.
    assert!(sums("Sverige har 10 miljoner invånare i dag.").is_empty());
    assert!(sums("Turismen ger Gotland 2 miljoner besökare.").is_empty());
    assert!(sums("Det bor 2 miljoner i regionen.").is_empty());
}

#[test]
fn inflected_and_run_together_units() {
    assert_eq!(
        sums("De 75 miljoner kronorna ska användas till vården."),
        [75_000_000]
    );
    assert_eq!(
        sums("Stödet uppgår till 300 miljonerkronor."),
        [300_000_000]
    );
    assert_eq!(sums("Ramen är 2 miljarderkronor."), [2_000_000_000]);
}

#[test]
fn a_footnote_mark_after_the_unit() {
    assert_eq!(
        sums("Av ramen går 120 miljoner² till medfinansiering."),
        [120_000_000]
    );
    assert_eq!(sums("Bidraget är 35 mkr¹."), [35_000_000]);
}

#[test]
fn a_rise_is_the_sum_it_adds() {
    assert_eq!(
        sums("Budgeten för kollektivtrafiken ökar, +45 mnkr jämfört med i fjol."),
        [45_000_000]
    );
    assert_eq!(sums("Förändring mot plan: +1 250 tkr"), [1_250_000]);
    assert_eq!(sums("(+3,5 miljoner kronor)"), [3_500_000]);
    assert_eq!(sums("Resultatet blev +37mnkr mot budget."), [37_000_000]);
}

#[test]
fn a_sum_referred_back_to_and_a_half_in_brackets() {
    assert_eq!(
        sums("Regeringen betalar ut 9,8 miljarder kronor. De 9,8 miljarderna betalas ut i maj."),
        [9_800_000_000, 9_800_000_000]
    );
    assert_eq!(
        sums("Satsningen (en halv miljard kronor) fördelas till regionerna."),
        [500_000_000]
    );
}

#[test]
fn an_abbreviated_magnitude_before_kronor() {
    assert_eq!(
        sums("Satsningen omfattar ca 40 milj. kr till regionen."),
        [40_000_000]
    );
    assert_eq!(sums("Det kostar 1,2 milj. kronor totalt."), [1_200_000]);
    // Without kronor after it the abbreviation ends the clause, and no sum is read.
    assert!(sums("Det gäller 40 milj. Nästa fråga.").is_empty());
}

#[test]
fn a_fall_keeps_its_minus_sign() {
    // A cut or a deficit written with a minus is money with its sign, never a grant.
    for (text, sek) in [
        (
            "Primärvården får −18 mkr jämfört med budgeten.",
            -18_000_000,
        ),
        ("Resultatet blev -7,5 miljoner kronor.", -7_500_000),
        ("Avvikelse mot budget: −2 400 tkr", -2_400_000),
        ("Avvikelse mot budget: –2 400 tkr", -2_400_000),
        ("Ramen för kulturen ändras med −12mkr.", -12_000_000),
        ("Kostnaden blir −1 200:- per år.", -1_200),
    ] {
        assert_eq!(sums(text), [sek], "{text}");
    }
    // No range ends in a fall, and its text keeps the sign.
    assert_eq!(
        sums("Utfallet blev −10–15 miljoner kronor."),
        Vec::<i64>::new()
    );
    let fall = &extract("Resultatet blev −1 303 miljoner kronor.").amounts[0];
    assert_eq!(
        (fall.sek, fall.text.as_str()),
        (-1_303_000_000, "−1 303 miljoner kronor")
    );
    assert_eq!(fall.granted(), None);
    // A dash and a space is a bullet or a quote's dash, not a sign.
    assert_eq!(sums("– 12 miljoner kronor går till vården."), [12_000_000]);
    assert_eq!(sums("- 4 mnkr till ambulanssjukvården"), [4_000_000]);
}

#[test]
fn a_range_from_kronor_to_millions() {
    let a = &extract("Föreningar kan söka mellan 150 000 och 1,5 miljoner kronor.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (150_000, Some(1_500_000)));
    let a = &extract("Bidraget är 20 000–40 000 kronor per elev.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (20_000, Some(40_000)));
    let a = &extract("Stödet blir 1 500 000-2 250 000 kr för varje kommun.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (1_500_000, Some(2_250_000)));
    assert_eq!(a.text, "1 500 000-2 250 000 kr");
    let a = &extract("Under 2024 12 000–15 000 kronor per plats.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (12_000, Some(15_000)));
    let a = &extract("Det kostar mellan 2 och 3 miljarder kronor.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (2_000_000_000, Some(3_000_000_000)));
}

#[test]
fn thousands_of_kronor_written_tsek() {
    assert_eq!(
        sums("Projektet får 850 TSEK och kommunen 1 200 tsek under 2025."),
        [850_000, 1_200_000]
    );
}

#[test]
fn the_currency_written_before_the_figure() {
    assert_eq!(
        sums("Myndigheten beviljar SEK 40 million till forskning och SEK 2.4 billion i lån."),
        [40_000_000, 2_400_000_000]
    );
    assert_eq!(
        sums("Intäkterna ökade till SEK 7,850 million (SEK 7,200 m). Ett anslag på SEK 35m."),
        [7_850_000_000, 7_200_000_000, 35_000_000]
    );
    assert_eq!(
        sums("Rörelseresultatet blev MSEK 2 340 under året."),
        [2_340_000_000]
    );
    assert_eq!(sums("Stödet uppgår till KSEK 750."), [750_000]);
    assert_eq!(sums("Stödet uppgår till TSEK 750."), [750_000]);
    let a = &extract("Bolaget investerar cirka SEK 90 million i anläggningen.").amounts[0];
    assert_eq!(a.text, "cirka SEK 90 million");
    assert_eq!(a.qualifier.as_deref(), Some("cirka"));
    // The figure after the currency is English: the comma groups thousands.
    assert_eq!(sums("Avgiften är SEK 1,500 per deltagare."), [1_500]);
}

#[test]
fn kronor_abbreviated_before_the_figure() {
    assert_eq!(
        sums("Priset är kr 150 000 och andra pris kr. 2,5 miljoner."),
        [150_000, 2_500_000]
    );
    assert_eq!(sums("Bidraget: SEK 150 000 per kommun."), [150_000]);
    // After "kr" the figure is Swedish: the comma is a decimal mark, not a grouping.
    assert_eq!(sums("Hyran höjs till kr 1,5 miljoner."), [1_500_000]);
    // The hedge before the currency word is part of the sum.
    let hedged = extract("Stödet uppgår till cirka kr 40 000 per år.");
    assert_eq!(hedged.amounts[0].text, "cirka kr 40 000");
    // The figure before "kr" still takes it as its unit; the next number is a count.
    assert_eq!(sums("Det kostar 50 kr 200 gånger om."), [50]);
}

#[test]
fn kronor_abbreviated_before_a_year_or_a_word_is_no_sum() {
    assert!(sums("Beloppen anges i kr 2021 års nivå.").is_empty());
    assert!(sums("Beloppen anges i kr, 15 projekt fick stöd.").is_empty());
    assert!(sums("Beloppen anges i kr och öre.").is_empty());
}

#[test]
fn a_currency_word_before_a_year_or_a_word_is_no_sum() {
    assert!(sums("Beloppen anges i SEK 2021 och i euro.").is_empty());
    assert!(sums("Priser i SEK och EUR. Alla belopp i kronor 2022 års nivå.").is_empty());
    assert!(sums("Beloppen i SEK. 15 projekt fick stöd.").is_empty());
}

#[test]
fn the_swedish_kronor_mark() {
    assert_eq!(
        sums("Stipendiet är på 25 000:- och ett andra pris på 10 000 :- delas ut."),
        [25_000, 10_000]
    );
    assert_eq!(sums("Avgiften är 350:-/månad för varje barn."), [350]);
    let a = &extract("Priset, 5 000:-, delas ut i maj.").amounts[0];
    assert_eq!((a.sek, a.text.as_str()), (5_000, "5 000:-"));
    assert_eq!(
        sums("Medlemsavgift: 200 kr. per år och 1 500 kr. för föreningar."),
        [200, 1_500]
    );
    // A ":-" after a word is no sum.
    assert!(sums("Se punkt a:- och b:-.").is_empty());
}

#[test]
fn millions_closing_a_clause_continue_the_money_of_the_sentence_before() {
    let text =
        "Regeringen fördelar 300 miljoner kronor till länen. Region Gävleborg får 12,5 miljoner.";
    assert_eq!(sums(text), [300_000_000, 12_500_000]);
    let text = "Regeringen ger bidrag till kulturen. Kommunen tilldelas 3 miljoner.";
    assert_eq!(sums(text), [3_000_000]);
    // Another paragraph, or a sentence about no money, is no such context.
    assert!(sums("Regeringen ger bidrag.\n\nStaden har 2 miljoner.").is_empty());
    assert!(sums("Länet växer snabbt. Nu bor här 1,2 miljoner.").is_empty());
}

#[test]
fn a_unit_per_month_or_year() {
    assert_eq!(
        sums("Avgiften är 1 200 kr/månad och hyran 95 000 kronor/år."),
        [1_200, 95_000]
    );
    assert_eq!(sums("Stödet blir 2 mnkr/år under tre år."), [2_000_000]);
}

#[test]
fn millions_received_at_the_end_of_a_clause() {
    assert_eq!(
        sums("Det innebär att kommunerna får 1 000 miljoner."),
        [1_000_000_000]
    );
    assert_eq!(
        sums("Länet tilldelas 45 miljoner, meddelar verket."),
        [45_000_000]
    );
    // A count after the figure keeps it a count.
    assert!(sums("Museet får 2 miljoner besökare.").is_empty());
}

#[test]
fn a_change_of_a_tax_rate_without_its_base_is_no_sum() {
    assert!(sums("Fullmäktige vill höja kommunalskatten med en krona nästa år.").is_empty());
    assert!(sums("Regionskatten sänks med 2 kronor från januari.").is_empty());
    assert!(sums("Efter beslutet blir skattesatsen 33 kronor.").is_empty());
    // Money the tax brings in, and larger sums after a tax's name, stay money.
    assert_eq!(
        sums("Höjningen av kommunalskatten med en krona ger 90 miljoner kronor."),
        [90_000_000]
    );
    assert_eq!(
        sums("Skatteintäkterna ökar med 40 kronor per invånare."),
        [40]
    );
    assert_eq!(sums("Av skatten går 450 kronor till vården."), [450]);
    assert_eq!(sums("Ersättningen är 80 kronor efter skatt."), [80]);
    assert_eq!(sums("Före skatt blir det 95 kronor om dagen."), [95]);
}

#[test]
fn a_tax_rate_a_verb_and_its_complement_away_is_no_sum() {
    assert!(sums("Kommunalskatten lämnas oförändrad på 21,40 kronor nästa år.").is_empty());
    assert!(sums("Enligt förslaget höjs landstingsskatten alltså med 30 öre.").is_empty());
    // A tax named in the sentence before leaves a small sum in this one money.
    assert_eq!(
        sums("Fullmäktige vill sänka regionskatten. Ett busskort kostar då 40 kronor."),
        [40]
    );
}

#[test]
fn a_tax_rate_is_no_sum() {
    assert!(sums("Skattesatsen höjs till 21,99 kronor per hundralapp.").is_empty());
    assert!(sums("Kommunalskatten blir 22,10 kronor per intjänad hundralapp.").is_empty());
    // Money per head stays money.
    assert_eq!(sums("Kommunen får 1 200 kronor per invånare."), [1200]);
    assert_eq!(
        sums("Höjningen ger 250 miljoner kronor. Per hundralapp blir det mer."),
        [250_000_000]
    );
}

#[test]
fn a_price_per_share_is_no_sum() {
    assert_eq!(
        sums("Styrelsen föreslår en utdelning om SEK 2.50 per share, totalt SEK 400 million."),
        [400_000_000]
    );
    assert!(sums("Utdelningen blir 4,50 kronor per B-aktie.").is_empty());
    // A sum per person or per unit of service is still money paid out.
    assert_eq!(sums("Ersättningen är 300 kronor per barn."), [300]);
}

#[test]
fn millions_invested_in_something() {
    assert_eq!(
        sums("Hamnen investerar 80 miljoner i nya kajer."),
        [80_000_000]
    );
    assert_eq!(
        sums("Det investeras 1,5 miljarder i skolor och förskolor."),
        [1_500_000_000]
    );
    assert!(sums("Sjukhuset tar emot 2 miljoner besök i året.").is_empty());
}

#[test]
fn a_year_and_a_dash_before_a_sum_is_no_range() {
    // A list line: label with its year, a spaced dash, the sum.
    let a = &extract("Bättre tandvård 2026 – 2,4 miljarder kronor").amounts;
    assert_eq!(a.len(), 1);
    assert_eq!((a[0].sek, a[0].sek_max), (2_400_000_000, None));
    let a = &extract("Planen för 2019 - 350 miljoner kronor till kollektivtrafiken.").amounts;
    assert_eq!((a[0].sek, a[0].sek_max), (350_000_000, None));
    // A year-like low end under the high end is still a range.
    let a = &extract("Stödet blir mellan 1990 och 2500 kronor per elev.").amounts[0];
    assert_eq!((a.sek, a.sek_max), (1_990, Some(2_500)));
}

#[test]
fn a_grant_received_before_a_preposition_is_money() {
    // A verb of receiving before a bare "miljoner" makes it money though a phrase follows.
    assert_eq!(
        sums("Kalix kommun får 12 miljoner genom det nya avtalet"),
        [12_000_000]
    );
    assert_eq!(
        sums("Skolan fick 3 miljoner i arv efter donatorn"),
        [3_000_000]
    );
    // Without one, and with no money in the sentence, a count stays a count.
    assert!(sums("Museet har haft 2 miljoner genom åren").is_empty());
    assert!(sums("Staden växer med 2 miljoner i regionen").is_empty());
}

#[test]
fn a_range_whose_ends_carry_units_of_their_own_is_one_sum() {
    let text = "Stipendierna är på mellan 40 tkr och 2,5 mnkr beroende på projektets storlek.";
    let found = extract(text).amounts;
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].sek, found[0].sek_max), (40_000, Some(2_500_000)));
    // Two sums joined by "och" without "mellan" stay two, as does a falling pair.
    assert_eq!(
        sums("Kommunen får 3 mnkr och 5 miljoner kronor går till regionen."),
        [3_000_000, 5_000_000]
    );
    assert_eq!(
        sums("Skillnaden mellan 9 miljoner kronor och 4 miljoner kronor är stor."),
        [9_000_000, 4_000_000]
    );
}

#[test]
fn a_round_number_word_after_a_vague_quantity_is_no_sum() {
    assert_eq!(
        sums("Varje åtgärd kostar några tusen kronor, de största 2 miljoner kronor."),
        [2_000_000]
    );
    assert_eq!(
        sums("Stödet är på ett par hundra tusen kronor per förening."),
        Vec::<i64>::new()
    );
    assert_eq!(
        sums("Flera hundra miljoner kronor har redan betalats ut."),
        Vec::<i64>::new()
    );
    assert_eq!(sums("Föreningen får hundra tusen kronor."), [100_000]);
}

#[test]
fn a_magnitude_stating_a_tables_unit_is_no_sum() {
    assert_eq!(
        sums("Stödet per län i tusen kronor visas nedan. Totalt 12 miljoner kronor."),
        [12_000_000]
    );
    assert_eq!(
        sums("Fördelning per kommun (tusen kronor) enligt beslutet."),
        Vec::<i64>::new()
    );
    assert_eq!(sums("Varje deltagare får tusen kronor."), [1_000]);
}

#[test]
fn a_sum_of_millions_after_a_verb_of_costing_is_money() {
    assert_eq!(
        sums("Nya bussdepån kostar regionen 1,8 miljarder"),
        [1_800_000_000]
    );
    assert_eq!(sums("Ombyggnaden kostade 40 miljoner"), [40_000_000]);
    assert_eq!(sums("Sjön rymmer 40 miljoner"), Vec::<i64>::new());
}

#[test]
fn a_bare_sum_followed_by_its_year_is_money_in_a_sentence_about_money() {
    assert_eq!(
        sums("Reformen väntas kosta 800 miljoner 2025 och 1,1 miljarder 2026."),
        [800_000_000, 1_100_000_000]
    );
    assert_eq!(sums("Anslaget höjs med 3 miljarder 2024."), [3_000_000_000]);
    // A count dated by a year stays a count where nothing speaks of money.
    assert!(sums("Resorna ökade till 12 miljoner 2019 och 14 miljoner 2022.").is_empty());
}

#[test]
fn a_bare_sum_that_is_financed_is_money() {
    assert_eq!(
        sums("Hälften betalas av staten. Resterande 9 miljoner finansieras via taxan."),
        [9_000_000]
    );
    // The verb alone tells, with nothing else about money in the paragraph.
    assert_eq!(sums("Resterande 9 miljoner finansieras i år."), [9_000_000]);
    assert!(sums("Resterande 9 miljoner invånare väntar.").is_empty());
}
