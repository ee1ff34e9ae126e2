use super::headings::list_item;
use super::*;

/// The names of the agreements `find` reads in `text`.
pub(super) fn names(text: &str) -> Vec<String> {
    find(text).into_iter().map(|a| a.name).collect()
}

#[test]
fn heading_ends_at_colon() {
    let text = "Överenskommelse om ökad tillgänglighet i hälso- och sjukvården:\n\
                Överenskommelsen syftar till att öka vårdens kapacitet.";
    assert_eq!(
        names(text),
        ["Överenskommelse om ökad tillgänglighet i hälso- och sjukvården"]
    );
}

#[test]
fn heading_drops_trailing_verb_phrase() {
    let text = "Överenskommelser om förlossningsvård och kvinnors hälsa fortsätter under 2022\n";
    assert_eq!(
        names(text),
        ["Överenskommelse om förlossningsvård och kvinnors hälsa"]
    );
}

#[test]
fn phrase_in_running_text() {
    let text = "Regeringen och SKR har slutit en överenskommelse för 2022 om insatser för \
                utvecklingen till god och nära vård. I överenskommelsen med SKR om ökad \
                tillgänglighet inom hälso- och sjukvården avsätter regeringen nu 3 miljarder.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om insatser för utvecklingen till god och nära vård",
            "Överenskommelse om ökad tillgänglighet inom hälso- och sjukvården"
        ]
    );
}

#[test]
fn numbered_list_of_agreements() {
    let text = "De fyra överenskommelserna är:\n\n  1. Patientmiljarden\n\n  2. Kortare köer i \
                cancervården\n\n  3. Kvalitetsregister\n\nPatientmiljarden innebär mycket.";
    assert_eq!(
        names(text),
        [
            "Patientmiljarden",
            "Kortare köer i cancervården",
            "Kvalitetsregister"
        ]
    );
}

#[test]
fn named_funds_merge_case_insensitively() {
    let text = "Medlen kommer från den samordnings- och tillgänglighetsmiljard som beslutades. \
                Samordnings- och tillgänglighetsmiljarden ersätter den så kallade kömiljarden.";
    assert_eq!(
        names(text),
        ["Samordnings- och tillgänglighetsmiljarden", "Kömiljarden"]
    );
}

#[test]
fn amounts_and_compounds_are_not_funds() {
    assert!(names("en miljard kronor och en Miljardsatsning, en halvmiljard").is_empty());
}

#[test]
fn generic_mentions_are_not_agreements() {
    let text = "Om överenskommelsen\n\nI överenskommelsen finns mycket. En överenskommelse om \
                satsningen mellan regeringen och SKL.";
    assert!(names(text).is_empty());
}

#[test]
fn mentions_of_one_agreement_merge() {
    let text = "Överenskommelser om förlossningsvård och kvinnors hälsa fortsätter\n\n\
                Två överenskommelser med SKR om insatser inom förlossningsvården, \
                mödrahälsovården och kvinnors hälsa.";
    let found = find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].spans.len(), 2);
    for span in &found[0].spans {
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}

#[test]
fn list_items_are_bulleted_or_numbered_lines() {
    let long = format!("1. {}", "x".repeat(151));
    let longer = format!("1. {}", "x".repeat(152));
    assert_eq!(
        list_item("1. Ökad tillgänglighet"),
        Some((3, "Ökad tillgänglighet"))
    );
    assert_eq!(list_item("  12) Kortare köer "), Some((6, "Kortare köer ")));
    assert_eq!(list_item("• Punkt"), Some((4, "Punkt")));
    assert_eq!(list_item(&long).map(|(at, _)| at), Some(3));
    for line in [
        "123. Inte en punkt",
        "1.Utan mellanslag",
        "1. ",
        "* ",
        "Vanlig rad",
        "",
        &longer,
    ] {
        assert_eq!(list_item(line), None, "{line:?}");
    }
}

#[test]
fn lists_and_headings_are_read_wherever_they_are() {
    let text = "Inledning utan kolon.\n\nDe två överenskommelserna är:\n\n- Patientmiljarden\r\n\n\
                - Kortare köer\nÖverenskommelse om god vård:\nSlut.";
    assert_eq!(
        names(text),
        [
            "Patientmiljarden",
            "Kortare köer",
            "Överenskommelse om god vård"
        ]
    );
}

#[test]
fn agreements_between_named_parties() {
    let text = "Enligt överenskommelsen mellan staten och Sveriges Kommuner och Regioner om \
                stärkt elevhälsa får skolorna mer. Överenskommelsen med regionerna om snabbare \
                diagnostik gäller i tre år.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om stärkt elevhälsa",
            "Överenskommelse om snabbare diagnostik"
        ]
    );
    // A clause between the word and "om" that names no parties is no agreement's name.
    assert!(names("överenskommelsen med stor sannolikhet om hösten").is_empty());
}

#[test]
fn supplements_to_agreements() {
    let text = "Regeringen har tecknat en tilläggsöverenskommelse om vaccination mot mässling.\n\n\
                Tilläggsöverenskommelse om fler platser i barnpsykiatrin:\nText.";
    assert_eq!(
        names(text),
        [
            "Tilläggsöverenskommelse om vaccination mot mässling",
            "Tilläggsöverenskommelse om fler platser i barnpsykiatrin"
        ]
    );
}

#[test]
fn agreements_within_an_area() {
    let text = "Medlen fördelas enligt överenskommelsen inom området beroendevård.";
    assert_eq!(names(text), ["Överenskommelse om beroendevård"]);
}

#[test]
fn funding_lines_in_a_list_are_not_agreements() {
    let text = "Överenskommelsen omfattar följande delar:\n\
                - Fler barnmorskor (40 miljoner kronor)\n\
                - Stärkt jourverksamhet (12,5 mnkr)\n\
                - Kortare väntetider (2024)\n";
    assert_eq!(names(text), ["Kortare väntetider (2024)"]);
}

#[test]
fn european_and_purpose_funds_are_agreements() {
    let text = "Stödet kommer från Europeiska socialfonden och Fonden för en grön omställning.";
    assert_eq!(
        names(text),
        ["Europeiska socialfonden", "Fonden för en grön omställning"]
    );
}

#[test]
fn a_fund_after_a_dash_or_other_wide_character_is_read() {
    // The character before the fund's name takes three bytes.
    assert!(names("Stöd – regionala utvecklingsfonden ger pengar.").is_empty());
    assert_eq!(
        names("Medlen kommer från Europeiska – regionala utvecklingsfonden."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Pengar ur Europeiska regionala utvecklingsfonden»"),
        ["Europeiska regionala utvecklingsfonden"]
    );
}

#[test]
fn lists_of_agreements_name_them_without_their_sums() {
    let text = "Regeringen och SKR har träffat två överenskommelser, bland annat:\n\
                - Stärkt elevhälsa 2025 (1,2 miljarder kronor)\n\
                - Fler vårdplatser (300 miljoner kronor)\n";
    assert_eq!(names(text), ["Stärkt elevhälsa 2025", "Fler vårdplatser"]);
}

#[test]
fn flattened_lists_of_agreements() {
    let text = "De tre överenskommelserna är:\n\nStärkt elevhälsa\nFler vårdplatser (40 \
                miljoner kronor)\nKortare köer till barnpsykiatrin\n\nStärkt elevhälsa\n\n\
                Skolorna får mer. Mer text här.";
    assert_eq!(
        names(text),
        [
            "Stärkt elevhälsa",
            "Fler vårdplatser",
            "Kortare köer till barnpsykiatrin"
        ]
    );
    // Under one agreement, unmarked lines are prose, not a list.
    assert!(names("Överenskommelsen omfattar:\nStärkt elevhälsa\n").is_empty());
}

#[test]
fn a_generic_word_names_no_agreement() {
    assert!(
        names("Partierna slöt en överenskommelse om insatser med anledning av krisen.").is_empty()
    );
}

#[test]
fn deals_between_parties_or_states_are_not_agreements() {
    assert!(
        names("Reformen följer överenskommelsen med Vänsterpartiet om höjda pensioner.").is_empty()
    );
    assert!(names("Överenskommelsen mellan EU och Turkiet om migration gäller.").is_empty());
    assert!(names("Den sakpolitiska överenskommelsen om ett nytt skattesystem gäller.").is_empty());
    assert_eq!(
        names("Överenskommelsen mellan staten och SKR om god och nära vård gäller."),
        ["Överenskommelse om god och nära vård"]
    );
}

#[test]
fn a_name_ends_at_a_common_verb() {
    assert_eq!(
        names("Överenskommelsen om ett nytt stöd till vården ligger till grund för beslutet."),
        ["Överenskommelse om ett nytt stöd till vården"]
    );
}

#[test]
fn list_items_lose_their_sums_and_budget_lines_are_dropped() {
    let text = "Regeringen har beslutat om överenskommelser med SKR inom flera områden:\n\n\
                1. Ökad tillgänglighet i vården, 1,5 miljarder kronor\n\
                2. Kortare väntetider i cancervården – 500 miljoner kronor\n";
    assert_eq!(
        names(text),
        [
            "Ökad tillgänglighet i vården",
            "Kortare väntetider i cancervården"
        ]
    );
    let text = "Så fördelas medlen inom överenskommelsen:\n\n- Regionerna: 1 miljard kronor\n\
                - Kommunerna: 500 miljoner kronor\n";
    assert!(names(text).is_empty());
}

#[test]
fn an_agreement_named_by_a_compound() {
    assert_eq!(
        names("Regeringen och SKR har tecknat PRIO-överenskommelsen för 2015."),
        ["PRIO-överenskommelsen"]
    );
    assert!(names("Det var en ram-överenskommelse.").is_empty());
}

#[test]
fn an_agreement_named_right_after_the_noun() {
    let text = "Staten och SKR har tecknat överenskommelsen Vision e-hälsa 2025 som ska ge stöd.";
    assert_eq!(names(text), ["Vision e-hälsa 2025"]);
    let text = "Regionen deltar i avtalet Storstadspaketet Malmö. Inom avtalet Norrbotniapaketet byggs nya spår.";
    assert_eq!(names(text), ["Storstadspaketet Malmö", "Norrbotniapaketet"]);
    let text = "Enligt överenskommelsen God och nära vård 2021 ska regionerna få 2 miljarder.";
    assert_eq!(names(text), ["God och nära vård 2021"]);
    let text = "Parterna undertecknade i dag överenskommelsen Kortare väntan på operation i hela landet 2026.";
    assert_eq!(
        names(text),
        ["Kortare väntan på operation i hela landet 2026"]
    );
    let text = "Arbetet följer överenskommelsen Vision e-hälsa 2025 och strategin för 2030.";
    assert_eq!(names(text), ["Vision e-hälsa 2025"]);
}

#[test]
fn an_agreement_named_in_quotes_after_a_naming_verb() {
    let text = "Staten och SKR är överens. Överenskommelsen heter ”Snabbare cancervård 2027” och gäller ett år.";
    assert_eq!(names(text), ["Snabbare cancervård 2027"]);
    let text = "Det nya avtalet kallas \"Pendelstråk Syd\" i regionens budget.";
    assert_eq!(names(text), ["Pendelstråk Syd"]);
    let text =
        "Staten och SKR är överens. Överenskommelsen har rubriken ”Säker vård i hemmet 2026”.";
    assert_eq!(names(text), ["Säker vård i hemmet 2026"]);
    // A naming verb without quotes names nothing the noun could not.
    let text = "Överenskommelsen heter egentligen något annat.";
    assert!(names(text).is_empty());
}

#[test]
fn a_relative_clause_after_the_noun_gives_the_name_in_quotes() {
    let text = "Regeringen och SKR har tecknat en överenskommelse som fått namnet ”Trygg förlossning i hela landet 2026”.";
    assert_eq!(names(text), ["Trygg förlossning i hela landet 2026"]);
    let text = "Överenskommelsen, som har fått namnet \"Fler vårdplatser 2027\", omfattar två år.";
    assert_eq!(names(text), ["Fler vårdplatser 2027"]);
    let text = "Staten och SKL slöt i går en tilläggsöverenskommelse som kallas »Jour i glesbygd«.";
    assert_eq!(names(text), ["Jour i glesbygd"]);
    // A party or a lower-case quote after the clause names nothing.
    let text = "Det är en överenskommelse som kallas ”den bästa hittills” av många.";
    assert!(names(text).is_empty(), "{text}");
    let text = "Det blev en överenskommelse som fått namnet ”Region Halland och kommunerna”.";
    assert!(names(text).is_empty(), "{text}");
}

#[test]
fn the_particle_of_a_split_verb_ends_the_name() {
    let text = "Samtidigt sägs samverkansavtalet med Umeå kommun om nattpatrull i centrum upp och ersätts av en ny lösning.";
    assert_eq!(names(text), ["Samverkansavtal om nattpatrull i centrum"]);
    let text =
        "Staten och SKR säger överenskommelsen om jourapotek i glesbygd upp från årsskiftet.";
    assert_eq!(names(text), ["Överenskommelse om jourapotek i glesbygd"]);
}

#[test]
fn an_agreement_named_in_quotes_after_the_noun() {
    let text = "Regionerna har undertecknat avtalet ”Kollektivtrafik i Norrland 2030” i dag.";
    assert_eq!(names(text), ["Kollektivtrafik i Norrland 2030"]);
    let text =
        "Staten och SKR förlänger överenskommelsen \"Bättre vård för barn och unga\" ett år.";
    assert_eq!(names(text), ["Bättre vård för barn och unga"]);
    // Speech or a lower-case word in quotes after the noun names nothing.
    let text = "Enligt avtalet ”kan man säga upp det med tre månaders varsel” sa hon.";
    assert!(names(text).is_empty(), "{text}");
}

#[test]
fn parties_or_political_deals_after_the_noun_are_no_names() {
    for text in [
        "Enligt avtalet Trafikverket tecknat med kommunen ska bygget starta.",
        "I överenskommelsen Regeringen och SKR slöt i fjol ingick mer.",
        "Reformen följer av avtalet Januariavtalet mellan fyra partier.",
        "Det står i överenskommelsen att pengarna ska fördelas.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
}

#[test]
fn an_avtal_compound_the_state_makes_with_the_sector() {
    let text = "Nya stadsmiljöavtal ger pengar till cykelbanor.\n\n\
                Trafikverket har tecknat stadsmiljöavtal med fem kommuner. \
                Stadsmiljöavtalen löper till 2029.";
    let found = find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Stadsmiljöavtal");
    assert_eq!(found[0].spans.len(), 3);
    let text = "Regeringen har ingått bredbandsavtal med regionerna i norr.";
    assert_eq!(names(text), ["Bredbandsavtal"]);
    // A municipality named as a city is the sector's side.
    let text = "Malmö stad har tecknat ett stadsmiljöavtal med Trafikverket om nya busslinjer.";
    assert_eq!(names(text), ["Stadsmiljöavtal"]);
}

#[test]
fn an_avtal_compound_with_a_private_party_is_no_agreement() {
    // The sentence names the state and the regions, but the compound's party after "med"
    // is a provider.
    let text = "Regeringen har gett regionerna mer pengar, men deras tandvårdsavtal med privata kliniker förlängs inte.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // A public party after "med" keeps the compound.
    let text = "Regeringen och regionerna är överens, och Trafikverket tecknar nu bredbandsavtal med regionerna i norr.";
    assert_eq!(names(text), ["Bredbandsavtal"]);
}

#[test]
fn contracts_deals_and_compounds_without_both_sides_are_no_agreements() {
    for text in [
        "Kommunen har tecknat kollektivavtal med Kommunal.",
        "Kammarkollegiet har ramavtal som kommuner kan avropa via Statens inköpscentral.",
        "Föreningen ska teckna markavtal och servitutsavtal med fastighetsägarna.",
        "Reformen bygger på Tidöavtalet mellan fyra partier och Januariavtalet.",
        "Sverige har undertecknat klimatavtalet i Paris, sade regeringen till kommunerna.",
        "Stadsmiljöavtalen är populära bland städerna.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn a_negotiation_named_by_the_state() {
    let text = "Bostäderna byggs inom ramen för Sverigeförhandlingen och Storstadsförhandlingen.";
    assert_eq!(
        names(text),
        ["Sverigeförhandlingen", "Storstadsförhandlingen"]
    );
    // At a sentence's start a capital says nothing: "Förhandlingen" or a wage round.
    assert!(names("Avtalsförhandlingen avslutades i går. Förhandlingen var lång.").is_empty());
}

#[test]
fn parties_named_with_their_abbreviation_in_brackets() {
    let text = "Regeringen har tecknat en överenskommelse med Sveriges Kommuner och Regioner \
                (SKR) om stöd till äldreomsorgen.";
    assert_eq!(names(text), ["Överenskommelse om stöd till äldreomsorgen"]);
}

#[test]
fn a_contract_between_the_state_and_one_region_or_municipality() {
    let text = "Staten har slutit ett avtal med regionen om nya stationer i länet.";
    assert_eq!(names(text), ["Avtal om nya stationer i länet"]);
    let text = "Regeringen och kommunen har kommit överens om en ny bro.";
    assert_eq!(names(text), ["Överenskommelse om en ny bro"]);
    assert!(names("Regionen har slutit ett avtal med kommunen om parkering.").is_empty());
}

#[test]
fn a_headline_predicate_is_not_part_of_the_name() {
    assert_eq!(
        names("Överenskommelse om förlossningsvården undertecknad\n\nText."),
        ["Överenskommelse om förlossningsvården"]
    );
    assert_eq!(
        names("Regeringen meddelar: ny överenskommelse om barnhälsovård klar."),
        ["Överenskommelse om barnhälsovård"]
    );
}

#[test]
fn a_sum_after_the_name_is_not_part_of_it() {
    assert_eq!(
        names("SKR och staten har tecknat en tilläggsöverenskommelse om stöd till ambulanssjukvården på 80 miljoner kronor."),
        ["Tilläggsöverenskommelse om stöd till ambulanssjukvården"]
    );
}

#[test]
fn an_agreement_for_a_topic() {
    assert_eq!(
        names("Staten och SKR har tecknat en ny överenskommelse för barnhälsovården i glesbygd."),
        ["Överenskommelse om barnhälsovården i glesbygd"]
    );
    // A year after "för" is read by the pattern, which needs "om" after it.
    assert!(names("Överenskommelsen för 2024 gäller tre år.").is_empty());
    assert!(names("en överenskommelse för att korta köerna").is_empty());
    assert!(
        names("Staten och SKR har slutit tre överenskommelser för en starkare vård.").is_empty()
    );
}

#[test]
fn names_in_a_row_end_where_the_next_begins() {
    assert_eq!(
        names(
            "Pengarna kommer från överenskommelsen om stärkt tandvård för unga och en ny \
             överenskommelse för ambulanssjukvården i norr."
        ),
        [
            "Överenskommelse om stärkt tandvård för unga",
            "Överenskommelse om ambulanssjukvården i norr"
        ]
    );
    assert_eq!(
        names(
            "Beslutet gäller överenskommelsen om psykiatrisk vård, samt \
             tilläggsöverenskommelsen om vaccinationer."
        ),
        [
            "Överenskommelse om psykiatrisk vård",
            "Tilläggsöverenskommelse om vaccinationer"
        ]
    );
}

#[test]
fn a_name_defined_as_an_agreement_between_state_and_sector() {
    assert_eq!(
        names("Vårdgarantin är en överenskommelse mellan regeringen och SKR. Den gäller 2025."),
        ["Vårdgarantin"]
    );
    // Two words, or parties that are not the state and the sector, name none.
    assert!(names("Den nya garantin är en överenskommelse mellan regeringen och SKR.").is_empty());
    assert!(names("Planen är en överenskommelse mellan två bolag.").is_empty());
}

#[test]
fn an_agreement_made_to_do_something_is_named_by_its_clause() {
    assert_eq!(
        names("Regeringen och SKR har i dag tecknat en överenskommelse om att halvera väntetiderna i barnpsykiatrin."),
        ["Överenskommelse om att halvera väntetiderna i barnpsykiatrin"]
    );
    assert_eq!(
        names("Staten och regionerna sluter en ny överenskommelse om att bygga ut ambulansflyget, på 300 miljoner kronor."),
        ["Överenskommelse om att bygga ut ambulansflyget"]
    );
    // Without a verb of making one, "om att" says what is (or is not) agreed.
    for text in [
        "Det finns ingen överenskommelse om att höja avgifterna.",
        "Enligt överenskommelsen om att dela på kostnaderna betalar kommunen hälften.",
        "Regeringen har tecknat avtal med flera regioner, och det finns en överenskommelse om att se över taxorna.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
}

#[test]
fn a_nickname_in_brackets_names_the_same_agreement() {
    let text = "Staten och SKR har slutit tre överenskommelser:\n\
                - Överenskommelse om kortare köer (kömiljarden), 1 miljard kronor\n\
                - Överenskommelse om ökad patientsäkerhet, 70 miljoner kronor\n\n\
                Region Kalmar län får 20 miljoner kronor av kömiljarden.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om kortare köer",
            "Överenskommelse om ökad patientsäkerhet"
        ]
    );
}

#[test]
fn a_so_called_apposition_names_the_same_agreement() {
    // The headline's nickname and the body's name before its apposition are one agreement.
    let text = "Glesbygdsöverenskommelsen för 2019 klar\n\n\
                Staten och SKR har tecknat överenskommelsen om stöd till glesbygdens \
                vårdcentraler för 2019, den så kallade Glesbygdsöverenskommelsen. \
                Överenskommelsen om ambulansflyg från 2018 ligger fast.";
    assert_eq!(names(text).len(), 2);
}

#[test]
fn a_definite_apposition_describes_the_agreement_before_it() {
    let text = "Rubrik\n\nRegionen får 40 miljoner kronor ur vårdmiljarden, överenskommelsen \
                mellan staten och SKR om kortare väntetider i vården. Beslutet fattades i maj.";
    assert_eq!(names(text), ["Vårdmiljarden"]);
}

#[test]
fn a_list_of_contracts_between_state_and_sector_names_agreements() {
    let text =
        "Regeringen och SKR har slutit flera avtal om pengar till regionerna. De viktigaste är:\n\
                • Avtal om jourläkare i glesbygd, 200 miljoner kronor\n\
                • Överenskommelse om vaccinationer, 90 miljoner kronor\n\n\
                Därtill kommer riktade statsbidrag.";
    assert_eq!(
        names(text),
        [
            "Avtal om jourläkare i glesbygd",
            "Överenskommelse om vaccinationer"
        ]
    );
    // Contracts the municipality signs with suppliers name no agreements.
    let text = "Kommunen har tecknat följande avtal:\n\
                • Avtal om skolskjutsar, 20 miljoner kronor\n\
                • Avtal om städning, 8 miljoner kronor\n";
    assert!(names(text).is_empty());
}

#[test]
fn the_body_spells_out_the_name_a_headline_shortens() {
    let text = "Tilläggsöverenskommelse om barnpsykiatrin klar\n\n\
                Regeringen och SKR har tecknat en tilläggsöverenskommelse om kortare väntetider \
                inom barnpsykiatrin och elevhälsan. Regionerna får 200 miljoner kronor.";
    assert_eq!(
        names(text),
        ["Tilläggsöverenskommelse om kortare väntetider inom barnpsykiatrin och elevhälsan"]
    );
}

#[test]
fn a_plural_phrase_spells_out_no_headline_name() {
    let text = "Överenskommelser om barnpsykiatrin fortsätter under 2024\n\n\
                Två överenskommelser med SKR om kortare väntetider inom barnpsykiatrin och \
                elevhälsan gäller i år.";
    assert_eq!(names(text), ["Överenskommelse om barnpsykiatrin"]);
}

#[test]
fn compounds_of_a_kind_name_agreements_as_supplements_do() {
    assert_eq!(
        names(
            "Kommunerna och regionen har tecknat en ramöverenskommelse om nya pendeltågsstationer \
             längs kusten."
        ),
        ["Ramöverenskommelse om nya pendeltågsstationer längs kusten"]
    );
    assert_eq!(
        names("Länsstyrelsen har antagit en samverkansöverenskommelse om krisberedskap i länet."),
        ["Samverkansöverenskommelse om krisberedskap i länet"]
    );
    assert_eq!(
        names(
            "Samarbetsöverenskommelse om gemensam räddningstjänst\n\nParterna skriver under i dag."
        ),
        ["Samarbetsöverenskommelse om gemensam räddningstjänst"]
    );
    // Another first part is no kind of agreement; a word only ending in "ram" is none.
    assert!(names("Programöverenskommelsen om kulturen gäller i tre år.").is_empty());
    // An avsiktsförklaring is no agreement.
    assert!(names("Parterna har skrivit under en avsiktsförklaring om ny bro.").is_empty());
}

#[test]
fn respektive_pairs_two_agreements_with_their_topics() {
    assert_eq!(
        names(
            "Staten och SKR har tecknat de två överenskommelserna om barnhälsovård respektive \
             ungdomsmottagningar."
        ),
        [
            "Överenskommelse om barnhälsovård",
            "Överenskommelse om ungdomsmottagningar"
        ]
    );
    // In the singular the word joins two parts of one topic.
    assert_eq!(
        names("Regeringen har slutit en överenskommelse om lön respektive arbetstid för läkare."),
        ["Överenskommelse om lön respektive arbetstid för läkare"]
    );
}

#[test]
fn respektive_with_om_repeated_pairs_two_agreements() {
    // "om" repeated before the second topic, each topic closed by its year.
    assert_eq!(
        names(
            "Regionen får 4 miljoner kronor ur överenskommelserna om hörselvård för äldre 2013 \
             respektive om tolkstöd i primärvården 2013, som staten och SKL träffade."
        )
        .len(),
        2
    );
    // "om" repeated, no year between.
    assert_eq!(
        names(
            "Staten och SKR har tecknat överenskommelserna om barnhälsovård respektive om \
             ungdomsmottagningar."
        ),
        [
            "Överenskommelse om barnhälsovård",
            "Överenskommelse om ungdomsmottagningar"
        ]
    );
}

#[test]
fn a_period_in_brackets_stands_before_the_topic() {
    assert_eq!(
        names("Regeringen har godkänt Överenskommelsen (2023–2025) om förebyggande tandvård."),
        ["Överenskommelse om förebyggande tandvård"]
    );
    assert_eq!(
        names("Enligt överenskommelsen (2021) om vaccinationer ska regionerna rapportera."),
        ["Överenskommelse om vaccinationer"]
    );
    // Other words in brackets are no period.
    assert!(names("Överenskommelsen (se bilaga) om att dela kostnaderna är klar.").is_empty());
}

#[test]
fn an_agreement_with_an_agency_names_its_topic() {
    assert_eq!(
        names(
            "Kommunen har tecknat en överenskommelse med Migrationsverket och Länsstyrelsen i \
             Jämtlands län om bosättning av nyanlända."
        ),
        ["Överenskommelse om bosättning av nyanlända"]
    );
    // Parties that are no public bodies make a political deal.
    assert!(
        names("Partierna har slutit en överenskommelse med Liberalerna om skatterna.").is_empty()
    );
}

#[test]
fn a_proper_name_run_into_the_agreement_word_names_an_agreement() {
    assert_eq!(
        names(
            "Stockholmsöverenskommelsen 2009: fler vårdplatser\n\n\
             Landstinget har skrivit under årets Stockholmsöverenskommelse med kommunerna."
        ),
        ["Stockholmsöverenskommelsen 2009"]
    );
    // Capitalized only where a sentence starts, the compound is a common noun.
    assert!(names("Psykiatriöverenskommelsen omfattar 500 miljoner kronor.").is_empty());
}

#[test]
fn a_headline_names_the_bodys_one_agreement_in_words_of_its_own() {
    let text = "Region Kronoberg\nPressmeddelande 2011-05-02\n\n\
                Regionen skriver under överenskommelse om snabbare cancervård\n\n\
                Region Kronoberg ansluter sig till överenskommelsen om kortare väntetider \
                inom cancersjukvården. Regionen får 12 miljoner kronor.";
    assert_eq!(
        names(text),
        ["Överenskommelse om kortare väntetider inom cancersjukvården"]
    );
    // A body that names two agreements leaves the headline's alone.
    let text = "Överenskommelse om snabbare cancervård klar\n\n\
                Staten och SKR har tecknat en överenskommelse om kortare väntetider. \
                Den ersätter överenskommelsen om standardiserade vårdförlopp.";
    assert_eq!(names(text).len(), 3);
    // A nickname in the headline is a name of its own.
    let text = "Kömiljarden betalas ut\n\n\
                Staten och SKL har tecknat en överenskommelse om en tillgänglig vård.";
    assert_eq!(
        names(text),
        ["Kömiljarden", "Överenskommelse om en tillgänglig vård"]
    );
}

#[test]
fn an_agreement_in_principle_is_an_agreement_of_its_kind() {
    assert_eq!(
        names(
            "Kommunen och Trafikverket har undertecknat en principöverenskommelse om en ny \
             bro över älven."
        ),
        ["Principöverenskommelse om en ny bro över älven"]
    );
    assert_eq!(
        names("Principöverenskommelse om gemensam larmcentral\n\nParterna skrev under i går."),
        ["Principöverenskommelse om gemensam larmcentral"]
    );
    // A word only ending in "princip" is none.
    assert!(names("Grundprincipöverenskommelsen om skatten gäller.").is_empty());
}

#[test]
fn a_proper_name_of_several_words_before_a_hyphen_names_the_agreement_with_its_topic() {
    assert_eq!(
        names(
            "Staden och regionen har tecknat en Green Deal-överenskommelse om elektrifierade \
             byggplatser."
        ),
        ["Green Deal-överenskommelse om elektrifierade byggplatser"]
    );
    // Without a topic the compound is named alone, as before.
    assert_eq!(
        names("Regeringen och SKR har tecknat PRIO-överenskommelsen för 2015."),
        ["PRIO-överenskommelsen"]
    );
    // A sentence's first word is capitalized whatever it is, and joins no name.
    assert_eq!(
        names("Nya PRIO-överenskommelsen om psykiatrin gäller från i dag."),
        ["PRIO-överenskommelsen om psykiatrin"]
    );
}

#[test]
fn places_between_mellan_and_och_continue_a_name() {
    assert_eq!(
        names(
            "Regeringen och Region Halland har tecknat en överenskommelse om dubbelspår mellan \
             Varberg och Falkenberg."
        ),
        ["Överenskommelse om dubbelspår mellan Varberg och Falkenberg"]
    );
    // Parties after "mellan" end the name.
    assert_eq!(
        names(
            "Det finns en överenskommelse om ambulansflyg mellan Region Halland och \
             Region Skåne."
        ),
        ["Överenskommelse om ambulansflyg"]
    );
}

#[test]
fn the_rows_of_a_table_headed_by_the_agreement_word_name_agreements() {
    let text = "Årets avtal är klara.\n\
                Överenskommelse  Belopp (mnkr)\n\
                Stärkt tandvård  2 100\n\
                Fler vårdplatser  800\n\
                Summa  2 900\n\
                \n\
                Pengarna betalas ut i mars.";
    assert_eq!(names(text), ["Stärkt tandvård", "Fler vårdplatser"]);
    // A table headed otherwise names none.
    let text = "Satsning  Belopp (mnkr)\nStärkt tandvård  2 100\n";
    assert!(names(text).is_empty());
}

#[test]
fn the_body_names_in_full_what_the_headline_shortens() {
    let text = "Regionerna överens om vårdköerna\n\nRegeringen och SKR har i dag träffat två överenskommelser: om kortare vårdköer i primärvården och om stärkt elevhälsa.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om kortare vårdköer i primärvården",
            "Överenskommelse om stärkt elevhälsa"
        ]
    );
}

#[test]
fn a_local_agreement_and_the_national_one_on_its_topic_are_two() {
    let text = "Rubrik\n\nRegion Kronoberg och kommunerna i länet har tecknat en \
                överenskommelse om samverkan kring en sammanhållen vård för äldre. \
                Arbetet får stöd genom överenskommelsen mellan staten och SKR om \
                sammanhållen vård för äldre.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om samverkan kring en sammanhållen vård för äldre",
            "Överenskommelse om sammanhållen vård för äldre"
        ]
    );
    // The national agreement named twice, or the headline's short name of it, stays one.
    let text = "Staten och SKR överens om sammanhållen vård\n\nRegeringen och SKR har \
                tecknat en överenskommelse om sammanhållen vård för äldre. Enligt \
                överenskommelsen mellan staten och SKR om sammanhållen vård får \
                regionerna mer.";
    assert_eq!(
        names(text),
        ["Överenskommelse om sammanhållen vård för äldre"]
    );
}

#[test]
fn an_amendment_is_named_by_the_agreement_it_amends() {
    let text = "Staten och SKR har tecknat en ändringsöverenskommelse avseende 2021 års \
                överenskommelse om stärkt cancervård. Regionerna får mer tid.";
    // The amended agreement is named too, and stays an agreement of its own.
    assert_eq!(
        names(text),
        [
            "Ändringsöverenskommelse om 2021 års överenskommelse om stärkt cancervård",
            "Överenskommelse om stärkt cancervård"
        ]
    );
    let text = "Regeringen har godkänt en ändringsöverenskommelse om ersättning för \
                ambulansflyg.";
    assert_eq!(
        names(text),
        ["Ändringsöverenskommelse om ersättning för ambulansflyg"]
    );
}

#[test]
fn a_partnership_agreement_with_the_commission_on_the_funds() {
    let text = "Kommissionen har godkänt Sveriges partnerskapsöverenskommelse för \
                EU:s fonder 2021–2027. Den styr hur pengarna används.";
    assert_eq!(names(text), ["Partnerskapsöverenskommelse om EU:s fonder"]);
}

#[test]
fn several_agreements_named_after_the_plural_noun() {
    let text = "Staten och SKR har tecknat överenskommelserna Bättre cancervård 2026 och \
                Hållbar tandvård för äldre 2026. Pengarna fördelas efter befolkning.";
    assert_eq!(
        names(text),
        ["Bättre cancervård 2026", "Hållbar tandvård för äldre 2026"]
    );
    let text = "Överenskommelserna ”Stärkt ambulansvård 2027”, ”Fler barnmorskor 2027” och \
                ”Digital vård 2027” är klara.";
    assert_eq!(
        names(text),
        [
            "Stärkt ambulansvård 2027",
            "Fler barnmorskor 2027",
            "Digital vård 2027"
        ]
    );
    // A capital after the plural noun with no year closing it names nothing.
    assert!(names(
        "Enligt överenskommelserna Socialstyrelsen följer upp ska regionerna rapportera."
    )
    .is_empty());
}

#[test]
fn a_headline_over_a_hard_wrapped_body_names_the_bodys_agreement() {
    // The body's first sentence ends inside a wrapped line: the paragraph that holds it
    // is the body, and the headline's words yield to the contract it names.
    let text = "Staten och länets regioner överens om nattåg\n\n\
                Staten och regionerna Gävleborg, Dalarna, Värmland och Västra\n\
                Götaland har tecknat ett avtal om fler nattåg genom Bergslagen\n\
                från 2026. Staten betalar hälften av kostnaden för vagnarna och\n\
                regionerna resten.";
    assert_eq!(names(text), ["Avtal om fler nattåg genom Bergslagen"]);
}

#[test]
fn a_headline_summing_up_the_agreements_listed_below_names_none() {
    let body = "\n\nRegeringen och SKR har tecknat en överenskommelse om fler undersköterskor \
                2026 och en överenskommelse om bättre måltider i äldreboenden 2026.";
    assert_eq!(
        names(&format!("Tre nya överenskommelser om äldreomsorgen{body}")),
        [
            "Överenskommelse om fler undersköterskor",
            "Överenskommelse om bättre måltider i äldreboenden"
        ]
    );
    // A headline in the singular names an agreement of its own.
    assert_eq!(
        names(&format!(
            "En ny överenskommelse om äldreomsorgens personal{body}"
        ))
        .len(),
        3
    );
}

#[test]
fn a_bare_contract_kind_yields_to_the_same_word_read_with_its_topic() {
    let text = "Länsstyrelsen och Kalix kommun har tecknat ett samverkansavtal om vattenvård i \
                skärgården. Inom ramen för avtalet satsas mer.";
    assert_eq!(names(text), ["Samverkansavtal om vattenvård i skärgården"]);
}

#[test]
fn a_definite_repetition_of_a_contracts_kind_refers_back_to_it() {
    let text = "Nytt avtal om övningar\n\n\
                Region Kalmar län och Kustbevakningen har tecknat ett samverkansavtal om \
                gemensamma övningar till sjöss. Avtalet gäller i två år.\n\n\
                Enligt samverkansavtalet ska regionens ambulansflyg öva med Kustbevakningen.";
    assert_eq!(
        names(text),
        ["Samverkansavtal om gemensamma övningar till sjöss"]
    );
}

#[test]
fn a_bare_contract_kind_stays_where_no_contract_of_its_kind_is_named() {
    let text = "Staten och kommunerna har tecknat stadsmiljöavtal. Stadsmiljöavtalen ger \
                kommunerna pengar till kollektivtrafik.";
    assert_eq!(names(text), ["Stadsmiljöavtal"]);
}

#[test]
fn a_name_ends_at_the_verb_that_renews_or_renegotiates_it() {
    let text = "Samtidigt meddelar kommunen att överenskommelsen med Region Uppsala om \
                skolsköterskornas fortbildning omförhandlas under våren.";
    assert_eq!(
        names(text),
        ["Överenskommelse om skolsköterskornas fortbildning"]
    );
    let text = "Överenskommelsen om gemensam räddningsledning förnyas i höst.";
    assert_eq!(
        names(text),
        ["Överenskommelse om gemensam räddningsledning"]
    );
}

#[test]
fn a_name_ends_at_the_present_tense_of_paying_or_regulating() {
    let text = "Kommunen och Region Halland har tecknat ett samverkansavtal om gemensam \
                jourverksamhet. Enligt samverkansavtalet om jourverksamhet betalar \
                kommunen hälften.";
    assert_eq!(names(text), ["Samverkansavtal om gemensam jourverksamhet"]);
    let text = "Överenskommelsen om skolhälsovården reglerar hur journalerna delas.";
    assert_eq!(names(text), ["Överenskommelse om skolhälsovården"]);
}

#[test]
fn a_county_wide_agreement_by_its_compound() {
    let text = "Regionen och länets kommuner har antagit en länsöverenskommelse om \
                stöd till anhöriga för 2021–2023.";
    assert_eq!(names(text), ["Länsöverenskommelse om stöd till anhöriga"]);
    // At the head of a decision in a list, and a contract after it with one party named.
    let text = "Fullmäktige beslutade:\n\n\
                * Länsöverenskommelse om rehabilitering efter stroke.\n\
                * Avtal med Region Dalarna om gemensam barnhjärtvård.\n";
    assert_eq!(
        names(text),
        [
            "Länsöverenskommelse om rehabilitering efter stroke",
            "Avtal om gemensam barnhjärtvård"
        ]
    );
}

#[test]
fn a_contract_s_parties_named_by_the_sentence_after_it() {
    let text = "Beslut i styrelsen\n\nEtt samverkansavtal om gemensam strokevård godkändes. \
                Avtalet tecknas med Region Halland och Region Kronoberg.";
    assert_eq!(names(text), ["Samverkansavtal om gemensam strokevård"]);
    // A next sentence about something else names no parties.
    let text = "Beslut i styrelsen\n\nEtt samverkansavtal om gemensam strokevård godkändes. \
                Beslutet togs i enighet.";
    assert!(names(text).is_empty());
}

#[test]
fn a_headlines_plain_contract_is_the_bodys_agreement_on_the_same_topic() {
    let text = "Regionen och kommunerna sluter avtal om hemsjukvård\n\n\
                Region Örebro län och länets kommuner har enats om en överenskommelse om hemsjukvård för vuxna 2023–2026.\n";
    assert_eq!(names(text), ["Överenskommelse om hemsjukvård för vuxna"]);
    // On another topic the headline's contract stays an agreement of its own.
    let text = "Regionen och kommunerna sluter avtal om hemsjukvård\n\n\
                Region Örebro län och länets kommuner har enats om en överenskommelse om färdtjänst för vuxna 2023–2026.\n";
    assert_eq!(names(text).len(), 2);
}

#[test]
fn a_deal_named_after_a_month_is_political_not_an_agreement() {
    // A run-in compound of a month inside a sentence names a deal between parties.
    assert!(
        names("Budgeten kunde antas sedan Decemberöverenskommelsen slutits i riksdagen.")
            .is_empty()
    );
    assert!(names("Reformen finns med i Aprilöverenskommelsen mellan fyra partier.").is_empty());
    // It does not swallow the agreement a headline names beside it.
    assert_eq!(
        names(
            "Överenskommelse om fler platser i barnpsykiatrin ger länet 4 miljoner\n\n\
             Pengarna kommer från staten. Satsningen fanns med redan i \
             Novemberöverenskommelsen mellan partierna."
        ),
        ["Överenskommelse om fler platser i barnpsykiatrin"]
    );
    // A compound of a name that is no month stays an agreement.
    assert_eq!(
        names("Landstingen fick pengar genom årets Dagmaröverenskommelse med staten."),
        ["Dagmaröverenskommelse"]
    );
}

#[test]
fn a_headlines_supplement_is_not_the_agreement_the_body_adds_it_to() {
    let text =
        "Regionen får 12 miljoner ur Tilläggsöverenskommelse om mobila tandvårdsteam 2023\n\n\
                Regionen får pengarna i maj. Staten och SKR kom i mars överens om ett tillägg \
                till årets överenskommelse om en jämlik tandvård.";
    assert_eq!(
        names(text),
        [
            "Tilläggsöverenskommelse om mobila tandvårdsteam",
            "Överenskommelse om en jämlik tandvård"
        ]
    );
}

#[test]
fn dated_names_listed_after_a_colon_each_name_an_agreement() {
    assert_eq!(
        names(
            "Medlen kommer ur tre överenskommelser: Vård och omsorg i livets slutskede 2017, \
             Ökad tillgänglighet i barnhälsovården 2017 och Stärkt tandvård 2017."
        ),
        [
            "Vård och omsorg i livets slutskede 2017",
            "Ökad tillgänglighet i barnhälsovården 2017",
            "Stärkt tandvård 2017"
        ]
    );
    // Topics opened by "om" after the colon are read as phrases, and undated capitals are
    // no names.
    assert!(names("Det finns två överenskommelser: Socialstyrelsen följer upp båda.").is_empty());
}

#[test]
fn a_nickname_given_to_an_agreement_referred_to_by_order_adds_none() {
    let text =
        "Regeringen och SKR har tecknat dels Överenskommelse om kortare köer i hörselvården 2026, \
                dels Överenskommelse om tryggare hemgång 2026. Den första överenskommelsen, som \
                brukar kallas hörselmiljarden, gäller i ett år.";
    assert_eq!(
        names(text),
        [
            "Överenskommelse om kortare köer i hörselvården",
            "Överenskommelse om tryggare hemgång"
        ]
    );
    // Without a noun that refers back by order, the fund's name stands.
    let text = "Regeringen betalar ut hörselmiljarden i mars.";
    assert_eq!(names(text), ["Hörselmiljarden"]);
}

#[test]
fn a_plural_summing_up_a_table_names_none_of_its_rows() {
    let text = "Två nya överenskommelser med SKR om tandvården 2023\n\n\
                Regeringen och SKR har kommit överens om hur pengarna fördelas.\n\n\
                Överenskommelse  Belopp\n\
                Tandvård för unga vuxna 2023  300 miljoner kronor\n\
                Förebyggande munhälsa i äldreomsorgen 2023  200 miljoner kronor\n";
    assert_eq!(
        names(text),
        [
            "Tandvård för unga vuxna 2023",
            "Förebyggande munhälsa i äldreomsorgen 2023"
        ]
    );
}

#[test]
fn a_name_brought_in_by_under_namnet_may_hold_a_dash() {
    let text = "Staten och SKR har tecknat en överenskommelse under namnet Trygg vård – \
                färre fall 2023. Regionerna får 90 miljoner kronor.";
    assert_eq!(names(text), ["Trygg vård – färre fall 2023"]);
    // Between dashes, a dash closes the apposition: the name ends before it.
    let between = "Regeringen och SKL har slutit en överenskommelse – Snabbare vård 2012 – \
                   om kortare köer.";
    assert_eq!(names(between), ["Snabbare vård 2012"]);
}

#[test]
fn a_genitive_phrase_names_its_topic_without_the_owned_noun() {
    let text = "Större delen av överenskommelsens om säkrare hemsjukvård pengar, 3 miljoner \
                kronor, går till nattpatrullerna.";
    assert_eq!(names(text), ["Överenskommelse om säkrare hemsjukvård"]);
    let year = "Tilläggsöverenskommelsens om fler barnmorskor 2022 villkor är uppfyllda.";
    // The year closes the topic before the owned noun, as in any phrase.
    assert_eq!(names(year), ["Tilläggsöverenskommelse om fler barnmorskor"]);
}

#[test]
fn a_fact_lists_label_gives_the_agreements_name() {
    let text = "Staten och SKR har tecknat en ny överenskommelse.\n\n\
                Överenskommelsens namn\n\
                Jämlik tandvård för äldre 2025\n\
                Parter\n\
                Staten och Sveriges Kommuner och Regioner\n";
    assert_eq!(names(text), ["Jämlik tandvård för äldre 2025"]);
    let same_line = "Överenskommelsens namn: Säker läkemedelsanvändning hos äldre 2019\n";
    assert_eq!(
        names(same_line),
        ["Säker läkemedelsanvändning hos äldre 2019"]
    );
    // A sentence after the label is prose, no name.
    let prose = "Överenskommelsens namn\nDet bestäms när parterna har skrivit under.\n";
    assert!(names(prose).is_empty(), "{:?}", names(prose));
}

#[test]
fn a_description_named_in_the_next_sentence_is_that_name() {
    let text = "Staten och SKR har kommit fram till en överenskommelse om stöd till bättre \
                tolkning i vården. Den nya överenskommelsen – Tolkning i vården 2019 – ger \
                regionerna 80 miljoner kronor.";
    assert_eq!(names(text), ["Tolkning i vården 2019"]);
    let comma = "Regeringen har slutit en överenskommelse om mer personal i glesbygdens \
                 ambulanser. Överenskommelsen, Ambulans i glesbygd 2021, gäller i ett år.";
    assert_eq!(names(comma), ["Ambulans i glesbygd 2021"]);
}

#[test]
fn a_contracts_title_inside_a_sentence_is_one_contract() {
    let text = "Trafikverket och Lerums kommun har skrivit under Avtal om medfinansiering av \
                en ny pendelparkering i Lerum. Bygget startar i höst.";
    assert_eq!(
        names(text),
        ["Avtal om medfinansiering av en ny pendelparkering i Lerum"]
    );
    // Opening a sentence, the capital marks no title: a bare "Avtal om" there may be
    // several contracts.
    let opening = "Trafikverket och Lerums kommun förhandlar.\nAvtal om parkering tecknas senare.";
    assert!(names(opening).is_empty(), "{:?}", names(opening));
}

#[test]
fn a_nickname_in_everyday_speech_ends_the_topic() {
    let text = "Trafikverket och Alingsås kommun har tecknat ett avtal om en ny gångbro över \
                järnvägen, i dagligt tal Brobygget. Bron öppnar 2027.";
    assert_eq!(names(text), ["Avtal om en ny gångbro över järnvägen"]);
}

#[test]
fn a_nickname_after_a_participle_of_calling_is_the_agreement_named_before_it() {
    let text = "Regeringen och SKR har tecknat Överenskommelse om säkrare förlossningar 2016, \
                bland barnmorskor kallad ”förlossningsmiljarden”. Förlossningsmiljarden \
                fördelas efter antalet födslar i varje region.";
    assert_eq!(names(text), ["Överenskommelse om säkrare förlossningar"]);
    let text = "Staten och SKL träffade i går överenskommelsen om snabbare cancervård, \
                ofta kallat cancermiljarden, som gäller i tre år.";
    assert_eq!(names(text), ["Överenskommelse om snabbare cancervård"]);
    // A nickname said in a sentence of its own names it too, but is not read here; a
    // participle deep in a long clause, or no comma opening the apposition, is none.
    let text = "Landstinget får pengar ur överenskommelsen om kortare köer, som regeringen \
                i flera år i rad har kallat en framgång, och ur vårdmiljarden.";
    assert_eq!(
        names(text),
        ["Överenskommelse om kortare köer", "Vårdmiljarden"]
    );
}

#[test]
fn a_noun_of_a_period_before_the_years_ends_the_name_with_them() {
    let text = "Kommunerna får pengar genom Överenskommelse om läxhjälp i biblioteken för \
                perioden 2021–2022, som staten och SKR har tecknat.";
    assert_eq!(names(text), ["Överenskommelse om läxhjälp i biblioteken"]);
    let text = "Pengarna kommer från överenskommelsen om fler lärare i glesbygd under åren \
                2019–2021.";
    assert_eq!(names(text), ["Överenskommelse om fler lärare i glesbygd"]);
    // A period the topic is about, with no years after it, stays in the name.
    let text = "Regionen har tecknat en överenskommelse om stöd för perioden efter pandemin.";
    assert_eq!(
        names(text),
        ["Överenskommelse om stöd för perioden efter pandemin"]
    );
}

#[test]
fn a_name_given_after_a_description_of_the_making_is_the_one_kept() {
    let text = "Staten och SKR överens om tidigare upptäckt av stroke\n\n\
                Regeringen och Sveriges Kommuner och Regioner har kommit överens om en \
                satsning på att upptäcka och behandla stroke tidigare. Överenskommelse om \
                tidig upptäckt av stroke 2021 omfattar 60 miljoner kronor.";
    assert_eq!(names(text), ["Överenskommelse om tidig upptäckt av stroke"]);
}

#[test]
fn a_description_followed_by_a_sentence_opening_with_the_dated_name_is_that_agreement() {
    let text = "Regeringen och SKR har i dag tecknat en överenskommelse om stöd till regionernas \
                arbete med unga vuxna som har fått en diagnos, ofta sent. Överenskommelsen om \
                psykisk hälsa för unga vuxna 2023 omfattar 90 miljoner kronor.";
    assert_eq!(
        names(text),
        ["Överenskommelse om psykisk hälsa för unga vuxna"]
    );
}

#[test]
fn a_dated_title_names_the_agreement_prose_describes() {
    // The prose describes the agreement first; its title, with the years it runs for,
    // comes later and is the name kept (the years are read as no part of a name).
    let text = "Regeringen och SKR har i dag tecknat en överenskommelse om stöd till \
                kommunernas och regionernas arbete med elevhälsa. Staten avsätter 20 \
                miljoner kronor.\n\n\
                Överenskommelsen om stöd till elevhälsoarbete i kommuner och regioner \
                2021–2023 innebär att SKR får 5 miljoner kronor.";
    assert_eq!(
        names(text),
        ["Överenskommelse om stöd till elevhälsoarbete i kommuner och regioner"]
    );
    // A dated name the headline gives ("… för 2022") is the title, which a longer
    // description in the body does not replace.
    let text = "Överenskommelse om elevhälsan för 2022\n\n\
                Regeringen och SKR har i dag tecknat en överenskommelse om en stärkt, \
                likvärdig och tillgänglig elevhälsa. Staten avsätter 20 miljoner kronor.";
    assert_eq!(names(text), ["Överenskommelse om elevhälsan"]);
}
