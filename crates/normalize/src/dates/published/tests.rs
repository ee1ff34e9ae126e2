use super::*;

/// A headline, `header` lines and a body paragraph, as a release reads.
fn release(header: &str) -> String {
    format!("Ny satsning på vården i länet\n{header}\n\nRegionen satsar mer på vården i år, och pengarna går till vårdcentralerna i hela länet.")
}

fn date_of(header: &str) -> Option<String> {
    published(&release(header))
}

#[test]
fn label_first_bytes_cover_every_label() {
    assert!(LABELS
        .iter()
        .all(|l| LABEL_FIRST_BYTES.contains(&l.as_bytes()[0])));
}

#[test]
fn word_lists_are_lower_case() {
    assert!(crate::text::is_folded(FOOTER_LABEL));
    for list in [
        LABELS,
        CHANGED_LABELS,
        PUBLISHED_WORDS,
        CHANGED_WORDS,
        FILLER_WORDS,
    ] {
        assert!(list.iter().all(|l| crate::text::is_folded(l)));
    }
}

#[test]
fn publication_date_formats() {
    assert_eq!(
        published("Publicerad: 25 april 2015\n\nRubrik").as_deref(),
        Some("2015-04-25")
    );
    assert_eq!(
        published("Rubrik\n\nBy on 29 januari, 2022\nArkivbild").as_deref(),
        Some("2022-01-29")
    );
    assert_eq!(
        published("Rubrik\n2023-11-30\nText").as_deref(),
        Some("2023-11-30")
    );
    assert_eq!(
        published("Rubrik\nPublicerad 3 okt. 2023").as_deref(),
        Some("2023-10-03")
    );
}

#[test]
fn header_lines_of_swedish_public_sites() {
    for header in [
        "Publicerad 3 mars 2021",
        "Publicerad: 2021-03-03 kl. 10.15",
        "Publicerad den 3 mars 2021",
        "Publicerat 2021-03-03",
        "Publiceringsdatum: 3 mars 2021",
        "Pressmeddelande 3 mars 2021",
        "Pressmeddelande, 3 mars 2021",
        "03 MAR 2021",
        "2021-03-03 08:00",
        "3 mars 2021, kl. 09:30",
        "Datum 2021-03-03",
        "Datum: 2021-03-03 Diarienummer: S2021/01234",
        "tisdag 3 mars 2021",
        "Tue, Mar 03, 2021 08:00 CET",
        "ons, mar 03, 2021 08:00 CET",
        "Region Skåne 3 mars 2021 08:00",
        "Nyhet · 3 mars 2021",
        "2021-03-03 | Pressmeddelande",
        "Pressmeddelande  |  2021-03-03  |  Socialdepartementet",
        "Pressmeddelande · Onsdag 3 mars 2021 · Region Skåne",
        "Region Skåne | Nyheter | Publicerad 3 mars 2021 | Lästid 2 minuter",
        "Mar 3, 2021 08:00 CET | Pressmeddelande",
        "Published: 3 March 2021",
        "2021-03-03 | Region Halland | Hälso- och sjukvård",
        "2021-03-03 10:00 | Samordningsförbundet Västra Mälardalen och Köping",
        "2021-03-03 kl. 10.15 | Region Halland",
        "3 mars 2021 · Kultur och fritid · Malmö stad",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
}

#[test]
fn a_label_alone_labels_the_next_line() {
    assert_eq!(
        date_of("Publicerad\n3 mars 2021").as_deref(),
        Some("2021-03-03")
    );
    let body = "En rad text.\n".repeat(50);
    let text = format!("Rubrik\n{body}Publicerad:\n2021-03-03\n");
    assert_eq!(published(&text).as_deref(), Some("2021-03-03"));
}

#[test]
fn the_publication_date_wins_over_a_change_date_in_any_order() {
    for header in [
        "Senast uppdaterad 5 mars 2021\nPublicerad 3 mars 2021",
        "Uppdaterad: 5 mars 2021 Publicerad: 3 mars 2021",
        "Publicerad 3 mars 2021 kl 10:15 | Uppdaterad 5 mars 2021 kl 11:00",
        "Uppdaterad 5 mars 2021\n2021-03-03",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
    assert_eq!(date_of("Senast uppdaterad: 5 mars 2021"), None);
    assert_eq!(date_of("Sista ansökningsdag senast 5 mars 2021"), None);
}

#[test]
fn a_header_behind_web_page_chrome() {
    let chrome = "Meny\nSök\nStart\nNyheter\nPressmeddelanden\nRegion Skåne\nLyssna\nDela\nSkriv ut\nFacebook\n";
    let text = format!("{chrome}Ny satsning på vården\n2021-03-03\n\nRegionen satsar mer på vården i år, och pengarna går till vårdcentralerna i hela länet.");
    assert_eq!(published(&text).as_deref(), Some("2021-03-03"));
    // Below the first paragraph only labelled lines count.
    let text = format!("{chrome}Rubrik\n\nRegionen satsar mer på vården i år, och pengarna går till vårdcentralerna i hela länet.\n{}2021-03-03\n", "Kort rad.\n".repeat(HEADER_LINES));
    assert_eq!(published(&text), None);
}

#[test]
fn a_footer_label_counts_below_the_body() {
    let text = format!(
        "{}\n\nPublicerad: 3 mars 2021\nSenast uppdaterad: 4 mars 2021",
        release("")
    );
    assert_eq!(published(&text).as_deref(), Some("2021-03-03"));
    let text = format!(
        "{}\n\nSidan publicerades 3 mars 2021\nSidan uppdaterades 5 mars 2021",
        release("")
    );
    assert_eq!(published(&text).as_deref(), Some("2021-03-03"));
    let text = format!("{}\n\nSidan uppdaterades 5 mars 2021", release(""));
    assert_eq!(published(&text), None);
}

#[test]
fn a_letter_dateline_when_nothing_else_dates_the_page() {
    let text = format!(
        "{}\n\nStockholm den 3 mars 2021\n\nKommunstyrelsen",
        release("")
    );
    assert_eq!(published(&text).as_deref(), Some("2021-03-03"));
    let text = format!(
        "Rubrik\n2021-03-01\n{}\n\nStockholm den 3 mars 2021",
        release("")
    );
    assert_eq!(published(&text).as_deref(), Some("2021-03-01"));
    // A sentence with "den" is no dateline.
    let text = format!("{}\n\nMötet hålls den 3 mars 2021.", release(""));
    assert_eq!(published(&text), None);
}

#[test]
fn no_date_without_one() {
    assert_eq!(published("Rubrik\n\nPublicerad\n\nText."), None);
    assert_eq!(
        published("Regeringen beslutade den 24 maj att ge uppdraget."),
        None
    );
}

#[test]
fn body_dates_are_not_publication_dates() {
    let text = "Rubrik\n\nInsatsen pågår mellan den 8 mars 2018 och den 1 juni 2019 i hela landet enligt beslutet.";
    assert_eq!(published(text), None);
    // "Rapporten publicerad 3 mars" in a body sentence is about a report.
    let text = format!(
        "{}\n{}Rapporten som publicerades i fjol och den publicerad 3 mars 2020 visar mer.",
        release(""),
        "Kort rad.\n".repeat(HEADER_LINES)
    );
    assert_eq!(published(&text), None);
}

#[test]
fn day_month_year_with_full_stops() {
    assert_eq!(
        published("Nyheter\n\n04.11.2016\n\nVägen byggs om").as_deref(),
        Some("2016-11-04")
    );
}

#[test]
fn news_wire_dates_in_english() {
    assert_eq!(
        published("Press\nPressmeddelande • Jun 9, 2011 14:00 CET\nRubrik").as_deref(),
        Some("2011-06-09")
    );
}

#[test]
fn labels_in_markup_still_label() {
    let body = "Text.\n".repeat(HEADER_LINES);
    assert_eq!(
        published(&format!(
            "{body}[Pressmeddelande] Kommunstyrelsen, 2016-05-03."
        ))
        .as_deref(),
        Some("2016-05-03")
    );
    assert_eq!(
        published(&format!("{body}*Publicerad 2019-01-15 08:00*")).as_deref(),
        Some("2019-01-15")
    );
    assert_eq!(
        published("[Pressmeddelande] Beslut i nämnden, 2012-10-02.\n\nText.").as_deref(),
        Some("2012-10-02")
    );
}

#[test]
fn a_change_date_is_not_a_publication_date() {
    assert_eq!(published("Rubrik\nUppdaterad 2020-08-12\nText."), None);
    assert_eq!(published("Rubrik\nSenast ändrad: 4 maj 2021\nText."), None);
    assert_eq!(
        published("Rubrik\nPublicerad 3 maj 2021 · Uppdaterad 5 maj 2021").as_deref(),
        Some("2021-05-03")
    );
}

#[test]
fn an_event_in_a_heading_yields_to_the_dateline() {
    let text = "Kommunfullmäktige 14 mars 2024\n\n2024-03-15\n\nBeslut om budgeten.";
    assert_eq!(published(text).as_deref(), Some("2024-03-15"));
    let text = "Styrelsemöte 2 oktober 2019\nPublicerad 30 september 2019\nText.";
    assert_eq!(published(text).as_deref(), Some("2019-09-30"));
    // With no other date the worded line is the dateline it most often is.
    let text = "Rubrik\nGöteborg 12 maj 2022\nText om vården.";
    assert_eq!(published(text).as_deref(), Some("2022-05-12"));
}

#[test]
fn a_date_line_with_a_sender_or_a_time() {
    for header in [
        "Kommunledningskontoret 2021-03-03",
        "Mar 3, 2021 08:00 CET | Pressmeddelande",
        "2021-03-03T08:00:00+01:00",
        "Datum: 3/3 2021",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
}

#[test]
fn a_date_line_after_a_sender_whose_name_ends_in_a_lower_case_word() {
    for header in [
        "Kiruna kommun, 2021-03-03",
        "Uppsala stad 3 mars 2021",
        "Landstinget Dalarna 2021-03-03",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
    // The name word after a lower-case word is still a sentence's: a meeting date.
    assert_eq!(date_of("Mötet i kommun 2021-03-03"), None);
}

#[test]
fn a_dateline_opening_the_lead() {
    for lead in [
        "STOCKHOLM, 3 mars 2021 /PRNewswire/ -- Regionen satsar mer.",
        "(Stockholm 2021-03-03) Regionen satsar mer.",
        "Sundsvall 2021-03-03. Regionen satsar mer på vården i år enligt beslut.",
    ] {
        assert_eq!(
            published(&format!("Rubrik\n{lead}")).as_deref(),
            Some("2021-03-03"),
            "{lead}"
        );
    }
    // Two words before the date are a sentence, not a place.
    assert_eq!(
        published("Rubrik\nMötet hölls 3 mars 2021 i Umeå med alla kommuner i länet som deltog."),
        None
    );
}

#[test]
fn an_english_wire_label_before_a_month_first_date() {
    for (header, iso) in [
        ("Press release   Apr 02, 2019 08:15 CEST", "2019-04-02"),
        (
            "Press release / Pressmeddelande\nDate: 5 May 2020",
            "2020-05-05",
        ),
    ] {
        assert_eq!(date_of(header).as_deref(), Some(iso), "{header}");
    }
}

#[test]
fn a_letterhead_column_holds_the_date() {
    let letterhead = "KRIMINALVÅRDEN                                  PRESSMEDDELANDE\n\
                      Huvudkontoret                                   Norrköping 2006-01-12\n\n\
                      Fler platser på anstalterna\n\n\
                      Kriminalvården bygger ut.";
    assert_eq!(published(letterhead).as_deref(), Some("2006-01-12"));
    // A column with a sentence before its date is no dateline.
    let sentence = "Huvudkontoret                      Mötet hålls den 3 mars 2006\n\nText.";
    assert_eq!(published(sentence), None);
}

#[test]
fn a_table_cell_of_the_header_holds_the_date() {
    // Cells joined by a tab, which clean-up has turned into two spaces.
    let header = "Kommunen i Norr  tisdag 3 maj 2011\n\nNy skola byggs\n\nSkolan byggs i år.";
    assert_eq!(published(header).as_deref(), Some("2011-05-03"));
    let fields = "Start  Nyheter  2019-04-02\n\nRubrik\n\nText.";
    assert_eq!(published(fields).as_deref(), Some("2019-04-02"));
    // A cell with a sentence before its date is no dateline.
    let sentence = "Kalender  Mötet hålls den 3 mars 2006\n\nText.";
    assert_eq!(published(sentence), None);
}

#[test]
fn a_wire_dateline_with_the_agency_tag() {
    for lead in [
        "GÖTEBORG (TT), 3 mars 2021. Kommunen bygger om hamnen för att ta emot större fartyg.",
        "BRYSSEL (TT-AFP) 2021-03-03 EU:s ministrar möts i dag för att enas om nya regler för hamnar.",
        "Malmö (Direkt) 3 mars 2021: Bolaget redovisar en vinst som är högre än analytikerna trott.",
    ] {
        assert_eq!(
            published(&format!("Hamnen byggs om\n{lead}")).as_deref(),
            Some("2021-03-03"),
            "{lead}"
        );
    }
    // A bracket of several words is no agency's tag.
    assert_eq!(
        published("Hamnen byggs om\nGÖTEBORG (och i hela landet) 3 mars 2021 höjs avgifterna för alla fartyg i hamnen."),
        None
    );
}

#[test]
fn a_release_label_with_its_sender() {
    for header in [
        "Region Kronoberg – Pressmeddelande från Region Kronoberg, 3 mars 2021",
        "Nyhet från Länsstyrelsen i Västra Götalands län 2021-03-03",
        "Pressmeddelande från Kommunstyrelsen i Ale, 3 mars 2021",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
    // "från" and a lower-case phrase is no sender: the date is the meeting's.
    assert_eq!(
        date_of("Region Kronoberg – Nyhet från mötet i regionstyrelsen, 3 mars 2021 i Växjö med flera ärenden"),
        None
    );
}

#[test]
fn a_chrome_line_counts_only_when_a_label_of_the_pages_own_date_opens_it() {
    assert_eq!(
        chrome_published("Publicerad 3 februari 2022 | Uppdaterad 9 februari 2022").as_deref(),
        Some("2022-02-03")
    );
    assert_eq!(
        chrome_published("Sidan publicerades 2017-05-30").as_deref(),
        Some("2017-05-30")
    );
    assert_eq!(
        chrome_published("Published: 12 March 2020").as_deref(),
        Some("2020-03-12")
    );
    // A changed date, another release's date and a line opened by other words are none.
    assert_eq!(chrome_published("Senast ändrad 9 februari 2022"), None);
    assert_eq!(chrome_published("Uppdaterad: 2022-02-09"), None);
    assert_eq!(
        chrome_published("Pressmeddelande · 1 februari 2022 · Nya regler för bygglov"),
        None
    );
    assert_eq!(
        chrome_published("28 januari 2022 Skolstart efter lovet"),
        None
    );
}

#[test]
fn a_wires_tag_alone_before_the_date_opening_the_lead() {
    for lead in [
        "(Hugin) 2007-10-01 - Bolaget tecknar ett nytt avtal om leveranser till regionerna",
        "(Direkt) 1 oktober 2007: Kommunen säljer sina bostäder till ett kommunalt bolag",
    ] {
        assert_eq!(
            published(&format!("Nytt avtal för bolaget\n{lead}")).as_deref(),
            Some("2007-10-01"),
            "{lead}"
        );
    }
    // Words in the brackets, or a change label, make no wire's tag.
    assert_eq!(
        published("Nytt avtal för bolaget\n(se bilaga) 2007-10-01 gäller de nya reglerna för alla bolag i gruppen"),
        None
    );
    assert_eq!(
        published("Nytt avtal för bolaget\n(Uppdaterad) 2007-10-01 - Bolaget tecknar ett nytt avtal om leveranser"),
        None
    );
}

#[test]
fn a_page_info_line_below_the_text_dates_the_page() {
    let page = |info: &str| {
        // Below the header: the body and the page's tools come first.
        let body = "Biblioteket flyttar till nya lokaler i centrum under hösten, och öppettiderna blir längre.\n\n";
        published(&format!(
            "Nya lokaler för biblioteket\n\n{}Kontakt\nAnna Berg, bibliotekschef\n\nSkriv ut\nTipsa en vän\n\n{info}\n",
            body.repeat(4)
        ))
    };
    for info in [
        "Sidansvarig: Webbredaktionen | Skapad: 2009-09-14 | Senast ändrad: 2009-10-02",
        "Senast ändrad 2009-10-02 | Skapad 2009-09-14",
        "Skapad: 2009-09-14",
        "Ansvarig utgivare: Anna Berg | Publicerad: 14 september 2009",
    ] {
        assert_eq!(page(info).as_deref(), Some("2009-09-14"), "{info}");
    }
    // A change date alone, and fields no label opens, date nothing.
    for info in [
        "Sidansvarig: Webbredaktionen | Senast ändrad: 2009-10-02",
        "Sidansvarig: Webbredaktionen | 2009-09-14 | Kontakt",
    ] {
        assert_eq!(page(info), None, "{info}");
    }
    assert_eq!(
        chrome_published("Sidansvarig: Webbredaktionen | Skapad: 2009-09-14").as_deref(),
        Some("2009-09-14")
    );
}

#[test]
fn a_date_closing_a_meta_line_after_the_senders_field() {
    for header in [
        "**Sveriges Kommuner och Regioner** · 3 mars 2021",
        "Myndigheten för delaktighet | Wed, Mar 3, 2021 09:15 CET",
        "Stiftelsen för strategisk forskning • 2021-03-03 10:00",
    ] {
        assert_eq!(date_of(header).as_deref(), Some("2021-03-03"), "{header}");
    }
    // A sentence before the separator, or a field longer than a name, is no sender.
    assert_eq!(
        date_of("Mötet om budgeten hölls i Umeå. · 3 mars 2021"),
        None
    );
    assert_eq!(
        date_of("Seminarium om skolans och förskolans lokaler i hela länet · 3 mars 2021"),
        None
    );
}
