//! `pressarkiv extract --json` over the development set (40 releases written for this
//! work: many senders, years and formats) and the probe sets of `crates/normalize`
//! (releases written later to differ from it, annotated before the extractor ran on
//! them, each with its blind scores in its README), each scored against its gold with the rules of the gold README. Through the
//! binary, HTML and Markdown are read as the index reads them. `cargo test -p pressarkiv
//! --test extract_dev -- --nocapture` prints the tables and, per file, what was missed or
//! extra.
//!
//! The floors sit below 1.0 on purpose: the sets are for development, and pressarkiv is
//! judged on releases it has never seen, so a rule is written for a general pattern (and
//! unit-tested on sentences of its own), never to make one file here score.

mod common;
#[path = "common/gold_score.rs"]
mod gold_score;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Per kind, the F1 below which a set counts as a regression.
type Floors = [(&'static str, f64); 9];

/// The development set's floors.
const DEV_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.96),
    ("ministers", 0.97),
    ("regions", 0.97),
    ("organizations", 0.95),
    ("agreements", 0.95),
    ("published", 0.97),
    // The headline every hit shows, through the whole pipeline (an HTML <h1> included).
    ("title", 0.95),
    ("department", 0.90),
];

/// The first probe set's floors (`crates/normalize/tests/fixtures/probe`).
const PROBE_FLOORS: Floors = [
    ("amounts", 0.95),
    ("amount_regions", 0.8),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.9),
    ("department", 0.8),
];

/// The second probe set's floors (`crates/normalize/tests/fixtures/probe2`); at
/// annotation, before any rule was written against it, the same pipeline scored amounts
/// 0.985, organizations 0.949, agreements 0.865, published 0.979 (its README).
const PROBE2_FLOORS: Floors = [
    ("amounts", 0.95),
    ("amount_regions", 0.93),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.9),
    ("department", 0.9),
];

/// The third probe set's floors (`crates/normalize/tests/fixtures/probe3`); at
/// annotation, before any rule was written against it, the same pipeline scored amounts
/// 0.979, amount_regions 0.893, organizations 0.932, agreements 0.941 (its README).
const PROBE3_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.95),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.9),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.95),
    ("department", 0.9),
];

/// The fourth probe set's floors (`crates/normalize/tests/fixtures/probe4`, weighted
/// toward sums tied to regions and organizations); at annotation, before any rule was
/// written against it, the same pipeline scored amounts 0.811, amount_regions 0.600,
/// organizations 0.949, agreements 0.833 (its README).
const PROBE4_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.95),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.9),
    ("department", 0.9),
];

/// The fifth probe set's floors (`crates/normalize/tests/fixtures/probe5`, weighted
/// toward agreements, publication dates, organizations and ministers); at annotation,
/// before any rule was written against it, the same pipeline scored amount_regions 0.958,
/// agreements 0.727, organizations 0.918, published 0.938, title 0.833; the floors sit
/// under the scores after the rules of branch probe5 (its README).
const PROBE5_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.95),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.95),
    ("department", 0.9),
];

/// The sixth probe set's floors (`crates/normalize/tests/fixtures/probe6`, weighted
/// toward agreements named in many ways, among distractors); at annotation, before any
/// rule was written against it, the same pipeline scored amount_regions 0.923,
/// agreements 0.710, organizations 0.987 and 1.000 for every other kind; the floors sit
/// under the scores after the rules of branch probe6 (its README).
const PROBE6_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.95),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.9),
    ("published", 0.95),
    ("title", 0.95),
    ("department", 0.95),
];

/// The seventh probe set's floors (`crates/normalize/tests/fixtures/probe7`, weighted
/// toward agreements named in forms the earlier sets did not use, among distractors); at
/// annotation, before any rule was written against it, the same pipeline scored
/// amount_regions 0.667, agreements 0.600, organizations 0.958 and 1.000 for every other
/// kind. After the rules of branch probe7 it scores 1.000 on every kind (its README), as
/// the sixth set does, so the floors are the sixth set's.
const PROBE7_FLOORS: Floors = PROBE6_FLOORS;

/// The eighth probe set's floors (`crates/normalize/tests/fixtures/probe8`, weighted
/// toward agreements and sums tied to regions in forms the earlier sets did not use); at
/// annotation, before any rule was written against it, the same pipeline scored amounts
/// 0.944, amount_regions 0.831, agreements 0.667, regions 0.983, organizations 0.982,
/// department 0.889 and 1.000 for every other kind. The floors sit under the scores after
/// the rules of branch probe8 (its README), at the sixth set's floors but for department,
/// which stays at 0.889 (a newspaper's article on a department's release).
const PROBE8_FLOORS: Floors = {
    let mut floors = PROBE6_FLOORS;
    floors[8] = ("department", 0.85);
    floors
};

/// The ninth probe set's floors (`crates/normalize/tests/fixtures/probe9`, weighted
/// toward agreements and sums tied to regions in forms the earlier sets did not use, and
/// budget and result tables with signed cells); at annotation, before any rule was
/// written against it, the same pipeline scored amount_regions 0.868, agreements 0.556,
/// regions 0.984, organizations 0.958 and 1.000 for every other kind. After the rules of
/// branch probe9 it scores 1.000 on every kind but regions (0.984: a region named only in
/// the page's chrome), so the floors are the sixth set's.
const PROBE9_FLOORS: Floors = PROBE6_FLOORS;

/// The tenth probe set's floors (`crates/normalize/tests/fixtures/probe10`, a plain
/// sample of the releases a journalist saves: grants, state–SKR agreements, agency
/// decisions, municipal and regional budgets); at annotation, before any rule was written
/// against it, the same pipeline scored amount_regions 0.923, agreements 0.800, regions
/// 0.968, organizations 0.988, published 0.957 and 1.000 for every other kind. After the
/// rules of branch probe10 it scores 1.000 on every kind, so the floors are the sixth
/// set's.
const PROBE10_FLOORS: Floors = PROBE6_FLOORS;

/// The eleventh probe set's floors (`crates/normalize/tests/fixtures/probe11`, a second
/// plain sample of the ordinary case: grants to regions and municipalities, state–SKL/SKR
/// agreements, agency and county-board decisions, municipal and regional budgets); at
/// annotation, before any rule was written against it, the same pipeline scored
/// amount_regions 0.947 and 1.000 for every other kind. After the rule of branch probe11
/// it scores 1.000 on every kind, so the floors are the sixth set's.
const PROBE11_FLOORS: Floors = PROBE6_FLOORS;

/// The twelfth probe set's floors (`crates/normalize/tests/fixtures/probe12`, full-length
/// page saves with the sites' chrome kept: menus listing every minister, sidebars of other
/// releases with their own dates and sums, footers, long bodies with several tables); at
/// annotation, before any rule was written against it, the same pipeline scored amounts
/// 0.824, amount_regions 0.676, ministers 0.387, agreements 0.933, regions 0.929,
/// organizations 0.938, title 0.889, department 0.222 and published 1.000. After the
/// rules of branch probe12 it scores amounts 0.849, amount_regions 0.758, organizations
/// 0.987 and 1.000 for every other kind (its README: the misses left were table cells).
/// After the table headings of branch tables12 amounts and amount_regions score 1.000
/// too; the floors sit under those.
const PROBE12_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.95),
    ("ministers", 0.95),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.95),
    ("published", 0.95),
    ("title", 0.95),
    ("department", 0.95),
];

/// The thirteenth probe set's floors (`crates/normalize/tests/fixtures/probe13`, weighted
/// toward agreements named in forms the earlier sets did not use: by their parties alone,
/// amendments, the EU partnership agreement, IOP, contracts on care between regions,
/// "läkemedelsöverenskommelsen", "Klimatkontrakt 2030"); at annotation, before any rule was
/// written against it, the same pipeline scored amounts 0.975, amount_regions 0.800,
/// agreements 0.851, organizations 0.909 and 1.000 for every other kind. After the rules of
/// branch probe13 it scores amount_regions 0.941, organizations 0.949 and 1.000 for every
/// other kind; the floors are those scores, rounded down.
const PROBE13_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.941),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.948),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The fifteenth probe set's floors (`crates/normalize/tests/fixtures/probe15`, weighted
/// toward older releases of 2003–2010: e-mailed text, table-layout and framed HTML, Word
/// conversions with hyphenated wraps, sums in Mkr, mnkr, tkr and kr, county councils and
/// the agencies of the time); at annotation, before any rule was written against it, the
/// same pipeline scored amount_regions 0.889, ministers 0.889, agreements 0.889 (0.800
/// precision on a gold error since corrected), organizations 0.831, published 0.957, title
/// 0.917 and 1.000 for every other kind. After the rules of branch probe15 it scores
/// organizations 0.900 and 1.000 for every other kind; the floors are those scores,
/// rounded down.
const PROBE15_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The sixteenth probe set's floors (`crates/normalize/tests/fixtures/probe16`, weighted
/// toward organizations in ordinary releases of 2008–2025: agencies, research centres,
/// hospitals, courts, unions, patient organizations, companies with AB, Oy, AS and Ltd);
/// at annotation, before any rule was written against it, the same pipeline scored
/// amount_regions 0.857, organizations 0.818 (0.836 on the gold as corrected: RISE by its
/// listed canonical name), title 0.909 and 1.000 for every other kind. After the rules of
/// branch probe16 it scored organizations 0.946, 0.965 once lines wrapped before a
/// capital were joined (`clean.rs`) and 0.983 with the municipal sector's one-word
/// union and employer names, 1.000 for every other kind; the floors are those scores,
/// rounded down.
const PROBE16_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The seventeenth probe set's floors (`crates/normalize/tests/fixtures/probe17`, an
/// unbiased sample of ordinary releases of 2012–2025 from a spread of senders: grants,
/// decisions, reports, appointments, investments, a state–SKR agreement, two budgets
/// with a table); at annotation, before any rule was written against it, the same
/// pipeline scored amounts 0.991, amount_regions 0.667, organizations 0.821, title 0.917
/// and 1.000 for every other kind. After the rules of branch probe17 it scores
/// organizations 0.990 and 1.000 for every other kind; the floors are those scores,
/// rounded down.
const PROBE17_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The eighteenth probe set's floors (`crates/normalize/tests/fixtures/probe18`, weighted
/// toward agreements and ministers as ordinary releases of 2015–2025 write them: agreements
/// between the state and SKR, yearly agreements named by topic and year, agreements with
/// a region or a group of municipalities, co-financing contracts; joint releases of two
/// ministers, "statsrådet X", a minister named again by surname); at annotation, before
/// any rule was written against it, the same pipeline scored amounts 0.985,
/// amount_regions 0.545, agreements 0.818, organizations 0.958 (0.979 on the gold as
/// corrected: Kulturrådet by its listed canonical name), department 0.889 and 1.000 for
/// every other kind. After the rules of branch probe18 it scores amount_regions 0.933,
/// agreements 0.960, organizations 0.979 (0.990 with Sobona's forerunners listed) and
/// 1.000 for every other kind; the floors are those scores, rounded down.
const PROBE18_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.93),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 0.96),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-second probe set's floors (`crates/normalize/tests/fixtures/probe22`,
/// weighted toward organizations as the releases of municipalities, regions, county
/// boards and local bodies name them: municipal companies, joint municipal bodies,
/// schools, hospitals, clubs, parishes, business partners); at annotation, before any
/// rule was written against it, the same pipeline scored organizations 0.750 (0.762
/// against the corrected gold), amount_regions 0.000, agreements 0.000 and 1.000 for
/// every other kind. After the rules of branch probe22 it scores organizations 0.906
/// and the same for every other kind; the floors are those scores, rounded down.
const PROBE22_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-third probe set's floors (`crates/normalize/tests/fixtures/probe23`,
/// weighted toward agreements as regions, municipalities, county boards, SKR and
/// agencies name them); at annotation, before any rule was written against it, the
/// same pipeline scored agreements 0.769, amount_regions 0.857 and organizations 0.974
/// (against the corrected gold). After the rules of branch probe23 it scores agreements
/// 0.897 and the same for every other kind; the floors are those scores, rounded down.
const PROBE23_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.85),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.95),
    ("published", 1.0),
    ("title", 0.91),
    ("department", 1.0),
];

/// The twentieth probe set's floors (`crates/normalize/tests/fixtures/probe20`, weighted
/// toward sums and the regions they go to, in running text: rankings, lists with the
/// verb left out, a region in the headline and its sum in the lead, counties by "X län"
/// and "länet", county councils by their old names; distractors of a region's own
/// budget, national totals, municipalities' sums, rates and sums shared by several
/// regions); at annotation, before any rule was written against it, the same pipeline
/// scored amount_regions 0.928 and 1.000 for every other kind. After the rules of branch
/// probe20 it scores 1.000 for every kind; the floors are those scores.
const PROBE20_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 1.0),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe24`, a
/// third unbiased sample of ordinary releases of 2008–2025 on research, elderly care,
/// social services, drinking water, business grants, primary care, charging points,
/// school buildings, integration, a hospital donation, a nursing home and public
/// transport); at annotation, before any rule was written against it, the pipeline
/// scored amounts 0.982, organizations 0.857 and 1.000 for every other kind. After the
/// rule of branch probe24 (regional energy agencies) it scores organizations 0.877 and
/// the same for every other kind; the floors are those scores, rounded down.
const PROBE24_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe26`, a
/// fourth unbiased sample of ordinary releases of 2008–2025 from municipalities, regions,
/// county boards, agencies and SKR); at annotation, before any rule was written against
/// it, the pipeline scored regions 0.966, organizations 0.784 and 1.000 for every other
/// kind. After the rule of branch probe26 (a county's name after an acronym names a
/// branch, not the region) it scores regions 1.000 and the same for every other kind; the
/// floors are those scores, rounded down.
const PROBE26_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe25`,
/// weighted toward agreements as releases of 2006–2023 name them: by topic and year, by
/// an acronym compound, in a list under a plural headline, with a purpose clause,
/// between the state and a named group of regions, run over a hard wrap); at
/// annotation, before any rule was written against it, the pipeline scored agreements
/// 0.812, amount_regions 0.889, organizations 0.957, title 0.917 and 1.000 for every
/// other kind. After the rules of branch probe25 (contracts with regions named in the
/// plural or on the line before a wrap, a plural headline summing up the agreements
/// below, an acronym compound referring back) it scores agreements 1.000 and the same
/// for every other kind; the floors are those scores, rounded down.
const PROBE25_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.88),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.91),
    ("department", 1.0),
];

/// The twenty-first probe set's floors (`crates/normalize/tests/fixtures/probe21`, an
/// unbiased sample of ordinary releases of 2011–2025 from two departments, two agencies,
/// a county board, a region, two municipalities, a municipal company, a university
/// college, a civil-society organization and a wire, on subjects the earlier sets used
/// little); at annotation, before any rule was written against it, the same pipeline
/// scored amount_regions 0.667 (1.000 on the gold as corrected), regions 0.857,
/// organizations 0.870, published 0.957 and 1.000 for every other kind. After the rules
/// of branch probe21 it scores regions 0.857, organizations 0.901 and 1.000 for every
/// other kind; the floors are those scores, rounded down.
const PROBE21_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.85),
    ("organizations", 0.9),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The nineteenth probe set's floors (`crates/normalize/tests/fixtures/probe19`, weighted
/// toward publication dates and headlines as real page saves and mails of 2016–2025
/// carry them: weekday and "kl." bylines, `<time>` elements, day.month.year, abbreviated
/// and English months, a mail's "Skickat:" header, front matter, beside "Uppdaterad"
/// dates, event dates, deadlines and related releases' dates); at annotation, before
/// any rule was written against it, the same pipeline scored amount_regions 0.857,
/// organizations 0.788, title 0.833 and 1.000 for every other kind. After the rules of
/// branch probe19 it scores amount_regions 0.857, organizations 0.957 and 1.000 for
/// every other kind; the floors are those scores, rounded down.
const PROBE19_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.85),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The fourteenth probe set's floors (`crates/normalize/tests/fixtures/probe14`, weighted
/// toward organizations and publication dates in forms the earlier sets did not use:
/// research charities, municipal companies, city missions, unions with their initials,
/// international bodies; dates after a weekday, in a wire's dateline, in a table cell, in
/// a footer, with English or abbreviated months); at annotation, before any rule was
/// written against it, the same pipeline scored amount_regions 0.857, organizations 0.784,
/// published 0.952 and 1.000 for every other kind. After the rules of branch probe14 it
/// scores amount_regions 0.857, organizations 0.951 and 1.000 for every other kind; the
/// floors are those scores, rounded down.
const PROBE14_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.857),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn development_set_scores_above_its_floors() {
    scores_above_floors("tests/fixtures/dev", DEV_FLOORS);
}

#[test]
fn first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe", PROBE_FLOORS);
}

#[test]
fn second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe2", PROBE2_FLOORS);
}

#[test]
fn third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe3", PROBE3_FLOORS);
}

#[test]
fn fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe4", PROBE4_FLOORS);
}

#[test]
fn fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe5", PROBE5_FLOORS);
}

#[test]
fn sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe6", PROBE6_FLOORS);
}

#[test]
fn seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe7", PROBE7_FLOORS);
}

#[test]
fn eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe8", PROBE8_FLOORS);
}

#[test]
fn ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe9", PROBE9_FLOORS);
}

#[test]
fn tenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe10", PROBE10_FLOORS);
}

#[test]
fn eleventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe11", PROBE11_FLOORS);
}

#[test]
fn twelfth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe12", PROBE12_FLOORS);
}

#[test]
fn thirteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe13", PROBE13_FLOORS);
}

#[test]
fn fourteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe14", PROBE14_FLOORS);
}

#[test]
fn fifteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe15", PROBE15_FLOORS);
}

#[test]
fn sixteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe16", PROBE16_FLOORS);
}

#[test]
fn seventeenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe17", PROBE17_FLOORS);
}

#[test]
fn eighteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe18", PROBE18_FLOORS);
}

#[test]
fn twenty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe22", PROBE22_FLOORS);
}

#[test]
fn twenty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe23", PROBE23_FLOORS);
}

#[test]
fn twentieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe20", PROBE20_FLOORS);
}

#[test]
fn nineteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe19", PROBE19_FLOORS);
}

#[test]
fn twenty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe24", PROBE24_FLOORS);
}

/// The twenty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe27`,
/// news-wire reposts and old page saves of 2003–2014, page chrome kept); at annotation,
/// before any rule was written against it, the pipeline scored amounts 0.990,
/// amount_regions 0.750, agreements 0.800, organizations 0.872, published 0.909, title
/// 0.917 and 1.000 for every other kind. After the rules of branch probe27 (a wire's tag
/// before the date, a page-info line's labelled field, a line about releases from
/// senders) it scores published and title 1.000 and the same for every other kind; the
/// floors are those scores, rounded down, one step more where a score sits on its
/// boundary.
const PROBE27_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 0.74),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn twenty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe27", PROBE27_FLOORS);
}

/// The twenty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe29`,
/// weighted toward agreements as regions, municipalities and the government name them,
/// 2012–2024); at annotation, before any rule was written against it, the pipeline
/// scored agreements 0.774 and organizations 0.914 (on the corrected gold) and 1.000 for
/// every other kind. After the rules of branch probe29 (a relative clause of the state
/// and the sector, list items written as phrases, a care contract's compound) it scores
/// agreements 0.941 and the same for every other kind; the floors are those scores,
/// rounded down.
const PROBE29_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 0.94),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

/// The twenty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe28`, a
/// plain sample of 2013–2025 shaped like the held-out set, page chrome kept); at
/// annotation, before any rule was written against it, the pipeline scored regions 0.917
/// (one gold name corrected since), organizations 0.900, department 0.857 and 1.000 for
/// every other kind. After the rules of branch probe28 (a department as the last field
/// of a labelled meta line) it scores organizations 0.900 and 1.000 for every other
/// kind; the floors are those scores, rounded down, one step more where a score sits on
/// its boundary.
const PROBE28_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn twenty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe29", PROBE29_FLOORS);
}

#[test]
fn twenty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe28", PROBE28_FLOORS);
}

/// The thirtieth probe set's floors (`crates/normalize/tests/fixtures/probe30`, a plain
/// sample of 2003–2012 as saved then, page chrome kept); at annotation, before any rule
/// was written against it, the pipeline scored amount_regions 0.958, organizations
/// 0.899, published 0.957, title 0.833 and 1.000 for every other kind. After the rules of
/// branch probe30 (a layout table's cell holding the headline, a Markdown page's site
/// name over its `##` headline, a county's share after an active verb of allotting) it
/// scores amount_regions 0.980, published and title 1.000 and the same for every other
/// kind; the floors are those scores, rounded down, one step more where a score sits on
/// its boundary.
const PROBE30_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.97),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirtieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe30", PROBE30_FLOORS);
}

/// The thirty-first probe set's floors (`crates/normalize/tests/fixtures/probe31`, a
/// plain sample of 2007–2025 weighted toward the bodies releases name, page chrome kept);
/// at annotation, before any rule was written against it, the pipeline scored
/// amount_regions 0.800, regions 0.900, organizations 0.857 and 1.000 for every other
/// kind. After the rule of branch probe31 (an adverbial between a region and its verb of
/// receiving in a subordinate clause) it scores amount_regions 1.000 and the same for
/// every other kind; the floors are those scores, rounded down, one step more where a
/// score sits on its boundary.
const PROBE31_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.89),
    ("organizations", 0.85),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe31", PROBE31_FLOORS);
}

/// The thirty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe37`,
/// organizations as releases of 2003–2025 name them, page chrome kept); written blind and
/// scored once, with no rule written against it: agreements 0.667, regions 0.875,
/// organizations 0.786 and 1.000 for every other kind. The floors are those scores
/// rounded down to a step of 0.01.
const PROBE37_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.87),
    ("organizations", 0.78),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe37", PROBE37_FLOORS);
}

/// The thirty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe38`,
/// organizations as releases of 2003–2025 name them, page chrome kept); written blind and
/// scored once, with no rule written against it: amount_regions 0.000 (no sum is tied to
/// a region in the gold, two are tied), regions 0.571, organizations 0.803 and 1.000 for
/// every other kind. The floors are those scores rounded down to a step of 0.01.
const PROBE38_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 0.57),
    ("organizations", 0.8),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe38", PROBE38_FLOORS);
}

#[test]
fn twenty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe26", PROBE26_FLOORS);
}

#[test]
fn twenty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe25", PROBE25_FLOORS);
}

#[test]
fn twenty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe21", PROBE21_FLOORS);
}

/// The thirty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe36`,
/// news-wire reposts and regions' own releases, 2003–2025, page chrome kept); at
/// annotation, before any rule was written against it, the pipeline scored amounts 0.994,
/// amount_regions 0.560, organizations 0.885, published 0.960 and 1.000 for every other
/// kind. After the rules of branch probe36 (a tax rate a verb and its complement away, a
/// grant "till" a region before a verb of size or change, a region placing the granting
/// body) it scores amounts 1.000 and amount_regions 0.769, the rest as before; the floors
/// are those scores, rounded down, one step more where a score sits on its boundary.
const PROBE36_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.76),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 0.95),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe36", PROBE36_FLOORS);
}

/// The thirty-third probe set's floors (`crates/normalize/tests/fixtures/probe33`,
/// weighted toward agreements in fields the earlier sets used little); at annotation,
/// before any rule was written against it, the pipeline scored agreements 0.878,
/// organizations 0.983 and 1.000 for every other kind (on the corrected gold). After the
/// rules of branch probe33 (a county board of the state's side, a wrap inside the
/// parties, a plain avtal between a region and a municipality on public transport or a
/// care compound, a definite plural meeting its indefinite form, a bare contract kind
/// yielding to the same word with its topic) it scores agreements 1.000 and the same for
/// every other kind; the floors are those scores, rounded down.
const PROBE33_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe33", PROBE33_FLOORS);
}

/// The thirty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe34`, a
/// plain sample of county boards, agencies, municipalities and regions' committees,
/// 2004–2025, page chrome kept); at annotation, before any rule was written against it,
/// the pipeline scored amounts 0.994, amount_regions 0.818, regions 0.950, organizations
/// 0.822 and 1.000 for every other kind. After the rules of branch probe34 (a range whose
/// ends carry units of their own, a list row labelled with a body named after its county,
/// a museum named after its county) it scores amounts 1.000, amount_regions 0.947,
/// regions 0.974 and the same for every other kind; the floors are those scores, rounded
/// down, one step more where a score sits on its boundary.
const PROBE34_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.94),
    ("ministers", 1.0),
    ("regions", 0.97),
    ("organizations", 0.82),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe34", PROBE34_FLOORS);
}

/// The thirty-second probe set's floors (`crates/normalize/tests/fixtures/probe32`, a
/// plain sample of regeringen.se and SKR/SKL releases, 2006–2025, page chrome kept); at
/// annotation, before any rule was written against it, the pipeline scored amounts 0.912,
/// amount_regions 0.800, agreements 0.667, organizations 0.968 and 1.000 for every other
/// kind. After the rules of branch probe32 (the "-tal" form of a magnitude in a table's
/// unit, a change of a tax rate without its base, a breadcrumb trail by id or class) it
/// scores amounts and amount_regions 1.000 and the same for every other kind; the floors
/// are those scores, rounded down, one step more where a score sits on its boundary.
const PROBE32_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe32", PROBE32_FLOORS);
}

/// The thirty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe35`,
/// weighted toward agreements in fields the earlier sets used little); at annotation,
/// before any rule was written against it, the pipeline scored agreements 0.889,
/// organizations 0.970, title 0.917 and 1.000 for every other kind. After the rules of
/// branch probe35 (a definite repetition of a contract's kind, a grant as joint funding, a
/// county council by its name, a contract "med" one party from a release's sender) it
/// scores agreements 0.973 and the same for every other kind; the floors are those
/// scores, rounded down.
const PROBE35_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.97),
    ("published", 1.0),
    ("title", 0.91),
    ("department", 1.0),
];

#[test]
fn thirty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe35", PROBE35_FLOORS);
}

/// The thirty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe39`, a plain
/// sample of the held-out set's mix, 2005–2023, page chrome kept); written blind and
/// scored once (amount_regions 0.963, regions 0.979, organizations 0.969, 1.000 for every
/// other kind), then scored after the rules of branch probe39: organizations 0.969 and
/// 1.000 for every other kind. The floors are those scores rounded down to a step of 0.01.
const PROBE39_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn thirty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe39", PROBE39_FLOORS);
}

/// The fortieth probe set's floors (`crates/normalize/tests/fixtures/probe40`,
/// agreements in the releases of 2003–2025, page chrome kept); blind it scored agreements
/// 0.857, organizations 0.944, title 0.917 and 1.000 for every other kind, and after the
/// rules of branch probe40 agreements 0.980 (the rest unchanged). The floors are those
/// scores rounded down to a step of 0.01, one step more for agreements, which sits on its
/// boundary.
const PROBE40_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.97),
    ("published", 1.0),
    ("title", 0.91),
    ("department", 1.0),
];

#[test]
fn fortieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe40", PROBE40_FLOORS);
}

/// The forty-first probe set's floors (`crates/normalize/tests/fixtures/probe41`,
/// organizations as releases of 2003–2025 name them, page chrome kept); blind it scored
/// amount_regions 0.500, regions 0.778, organizations 0.814, agreements 0.667 and 1.000
/// for every other kind (no rule was written against it). The floors are those scores
/// rounded down to a step of 0.01, one step more for amount_regions, which sits on its
/// boundary.
const PROBE41_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.49),
    ("ministers", 1.0),
    ("regions", 0.77),
    ("organizations", 0.81),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe41", PROBE41_FLOORS);
}

/// The forty-second probe set's floors (`crates/normalize/tests/fixtures/probe42`, a
/// plain sample of the held-out set's mix, 2003–2024, page chrome kept); blind it scored
/// amounts 0.989, amount_regions 0.960, organizations 0.959 (0.980 after the one gold
/// correction) and 1.000 for every other kind, and after the rules of branch probe42
/// amounts and amount_regions 1.000 (organizations 0.980). The floors are those scores
/// rounded down to a step of 0.01, one step more for organizations, which sits on its
/// boundary.
const PROBE42_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe42", PROBE42_FLOORS);
}

/// The forty-third probe set's floors (`crates/normalize/tests/fixtures/probe43`, a plain
/// sample of the held-out set's mix, 2005–2023, page chrome kept, written blind); the
/// blind scores through the binary (regions 0.667, organizations 0.819, every other kind
/// 1.000) rounded down to a step of 0.01.
const PROBE43_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.66),
    ("organizations", 0.81),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe43", PROBE43_FLOORS);
}

/// The forty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe44`,
/// weighted toward agreements, 2003–2025, page chrome kept); blind it scored agreements
/// 0.809, organizations 0.947, published 0.957, department 0.667 and 1.000 for every
/// other kind, and after the rules of branch probe44 agreements 0.917 (the rest
/// unchanged). The floors are those scores rounded down to a step of 0.01.
const PROBE44_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.91),
    ("published", 0.95),
    ("title", 1.0),
    ("department", 0.66),
];

#[test]
fn forty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe44", PROBE44_FLOORS);
}

/// The forty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe45`,
/// weighted toward organizations, 2005–2023, page chrome kept, no rule written against it):
/// blind it scored organizations 0.887 and 1.000 for every other kind. The floors are
/// those scores rounded down one step of 0.01.
const PROBE45_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe45", PROBE45_FLOORS);
}

/// The forty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe46`, a plain
/// sample of the held-out set, organizations as its senders name them, 2004–2024, page
/// chrome kept; the set writes no rule): its blind scores rounded down one step (0.01).
const PROBE46_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe46", PROBE46_FLOORS);
}

/// The forty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe47`, a
/// plain sample of the held-out set's mix, 2016–2025, page chrome kept); blind it scored
/// amounts 0.993, regions 0.984, organizations 0.931 and 1.000 for every other kind, and
/// after the rules of branch probe47 1.000 for every kind but organizations (0.931, left to
/// the organizations work). The floors are those scores rounded down to a step of 0.01.
const PROBE47_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe47", PROBE47_FLOORS);
}

/// The forty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe48`,
/// organizations as releases of 2003–2025 name them, page chrome kept; the set writes no
/// rule); blind it scored regions 0.947, organizations 0.816 and 1.000 for every other
/// kind. The floors are those scores rounded down one step (0.01).
const PROBE48_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.94),
    ("organizations", 0.81),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe48", PROBE48_FLOORS);
}

/// The forty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe49`, a plain
/// sample of the held-out set, 2005–2023, organizations as the senders name them, page
/// chrome kept); blind it scored amount_regions 0.667 (1.000 after the one correction of
/// the gold, its README), organizations 0.933 and 1.000 for every other kind; the floors
/// are those blind scores rounded down one step (0.01).
const PROBE49_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.66),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn forty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe49", PROBE49_FLOORS);
}

/// The fiftieth probe set's floors (`crates/normalize/tests/fixtures/probe50`, agreements
/// in the releases of 2003–2025, a sample weighted toward them, page chrome kept); blind
/// it scored agreements 0.851, amount_regions 0.947, regions 0.973, organizations 0.923
/// and 1.000 for every other kind, and after the rules of branch probe50 agreements
/// 0.939 and the same for every other kind (organizations left to the organizations
/// work). The floors are those scores rounded down to a step of 0.01.
const PROBE50_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.94),
    ("ministers", 1.0),
    ("regions", 0.97),
    ("organizations", 0.92),
    ("agreements", 0.93),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fiftieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe50", PROBE50_FLOORS);
}

/// The fifty-first probe set's floors (`crates/normalize/tests/fixtures/probe51`,
/// organizations as the releases of 2003–2025 name them, page chrome kept); blind it
/// scored organizations 0.942, regions 0.824, agreements 0.800 and 1.000 for every other
/// kind. The floors are those scores rounded down to a step of 0.01, one step more where a
/// score sits on its boundary (agreements).
const PROBE51_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.82),
    ("organizations", 0.94),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe51", PROBE51_FLOORS);
}

/// The fifty-second probe set's floors (`crates/normalize/tests/fixtures/probe52`, a plain
/// sample of the held-out set, 2003–2025, organizations as the senders name them, page
/// chrome kept). Blind, the binary failed on y02 ("the text reader failed": `extract`
/// panics on a byte index inside "–" in `organizations::initials::name_start`) and so
/// exits non-zero for the whole set: this test fails until that is fixed. Counting y02
/// as an empty extraction, it scored amounts 0.960, ministers 0.857, organizations
/// 0.875, published, title 0.963, department 0.857 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), one more for amounts, which
/// sits on its boundary.
const PROBE52_FLOORS: Floors = [
    ("amounts", 0.95),
    ("amount_regions", 1.0),
    ("ministers", 0.85),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 0.96),
    ("title", 0.96),
    ("department", 0.85),
];

#[test]
fn fifty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe52", PROBE52_FLOORS);
}

/// The fifty-third probe set's floors (`crates/normalize/tests/fixtures/probe53`,
/// organizations as the releases of 2003–2025 name them, news-wire reposts and local
/// senders, page chrome kept; the set writes no rule); blind it scored organizations
/// 0.863, published 0.963 and 1.000 for every other kind; the floors are those blind
/// scores rounded down one step (0.01).
const PROBE53_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 0.96),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe53", PROBE53_FLOORS);
}

/// The fifty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe54`, a plain
/// sample of the held-out set, organizations as those senders name them, page chrome
/// kept; the set writes no rule); blind it scored organizations 0.908 and 1.000 for every
/// other kind; the floors are those blind scores rounded down one step (0.01).
const PROBE54_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe54", PROBE54_FLOORS);
}

/// The fifty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe55`, a plain
/// sample of the held-out set of 2004–2024, organizations as its senders name them, page
/// chrome kept; the set writes no rule); blind it scored organizations 0.894, regions
/// 0.941 and 1.000 for every other kind; the floors are those blind scores rounded down
/// one step (0.01).
const PROBE55_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.94),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe55", PROBE55_FLOORS);
}

/// The fifty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe56`, a plain
/// sample of the held-out set of 2003–2024, organizations as its senders name them, page
/// chrome kept; the set writes no rule); blind it scored organizations 0.941 and 1.000 for
/// every other kind; the floors are those blind scores rounded down one step (0.01).
const PROBE56_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe56", PROBE56_FLOORS);
}

/// The sixtieth probe set's floors (`crates/normalize/tests/fixtures/probe60`, a plain
/// sample of the held-out set, organizations as those senders name them, page chrome kept;
/// the set writes no rule); blind it scored regions 0.933, organizations 0.931, title
/// 0.929 and 1.000 for every other kind; the floors are those scores rounded down one step
/// (0.01), listed in its README.
const PROBE60_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.93),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn sixtieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe60", PROBE60_FLOORS);
}

/// The sixty-second probe set's floors (`crates/normalize/tests/fixtures/probe62`,
/// agreements of 2008–2025 and publication dates in varied page chrome, written blind);
/// blind it scored amount_regions 0.889 (1.000 after one gold correction), agreements
/// 0.786 (0.931 after its agreement rules), organizations 0.940, department 0.800 and
/// 1.000 for every other kind; the floors are the scores after the rules rounded down one
/// step (0.01), one more where a score sits on its boundary, listed in its README.
const PROBE62_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.93),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.79),
];

#[test]
fn sixty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe62", PROBE62_FLOORS);
}

/// The sixty-third probe set's floors (`crates/normalize/tests/fixtures/probe63`, a plain
/// sample of the held-out set, page chrome kept; the set writes no rule); blind it scored
/// organizations 0.924, department 0.800 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), one more where a score sits on its boundary
/// (department), listed in its README.
const PROBE63_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.79),
];

#[test]
fn sixty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe63", PROBE63_FLOORS);
}

/// The sixty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe64`,
/// organizations as national senders name them: state agencies and news-wire reposts of
/// associations, unions, foundations and research institutes, page chrome kept; the set
/// writes no rule); blind it scored organizations 0.868 (0.877 after one gold correction,
/// listed in its README), agreements 0.000 (one false positive against none in the gold)
/// and 1.000 for every other kind; the floors are the scores after the correction rounded
/// down one step (0.01).
const PROBE64_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn sixty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe64", PROBE64_FLOORS);
}

/// The sixty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe65`,
/// organizations as local and regional senders name them: municipalities, regions,
/// county boards and news-wire reposts naming local firms, municipal companies,
/// associations, clubs, foundations, churches and museums, page chrome kept; the set
/// writes no rule); blind it scored organizations 0.890, amount_regions 0.000 (one sum a
/// county board receives, which the gold had left untied: 1.000 after that one
/// correction, listed in its README) and 1.000 for every other kind; the floors are the
/// scores after the correction rounded down one step (0.01), organizations one more
/// (0.890 sits on its boundary).
const PROBE65_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn sixty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe65", PROBE65_FLOORS);
}

/// The sixty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe66`, a plain
/// sample of the held-out set, page chrome kept; the set writes no rule); blind it scored
/// regions 0.909, organizations 0.930 (172/185, just under 0.93), department 0.800 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// one more where a score sits on its boundary (department), listed in its README.
const PROBE66_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.90),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.79),
];

#[test]
fn sixty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe66", PROBE66_FLOORS);
}

/// The sixty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe67`, weighted
/// toward organizations, national and local senders of 2003–2025, page chrome kept; the set
/// writes no rule); blind it scored regions 0.923, organizations 0.837 (0.845 after one gold
/// correction, an academy by the canonical name earlier golds give it), title 0.929 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE67_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.92),
    ("organizations", 0.84),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn sixty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe67", PROBE67_FLOORS);
}

/// The sixty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe68`,
/// agreements of 2006–2025 under new senders and sentence forms); blind it scored
/// agreements 0.588 (0.905 after the set's rules), organizations 0.950 (after one gold correction, "Bris"
/// by its canonical name), department 0.667 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), one more where a score sits on its boundary
/// (organizations), listed in its README.
const PROBE68_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.9),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.66),
];

#[test]
fn sixty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe68", PROBE68_FLOORS);
}

/// The seventy-second probe set's floors (`crates/normalize/tests/fixtures/probe72`,
/// amounts, tables and regions: distribution tables of counties, regions, landsting and
/// municipalities in every layout, sums in prose in new forms, written blind; the set
/// writes no rule); blind it scored agreements 0.500, organizations 0.952 (0.971 after one
/// gold correction, "Svenska Röda Korset" by its canonical name) and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), one more where a score
/// sits on its boundary (agreements), listed in its README.
const PROBE72_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 0.49),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe72", PROBE72_FLOORS);
}

/// The seventy-third probe set's floors (`crates/normalize/tests/fixtures/probe73`, a
/// plain sample like the owner's held-out set: seven regeringen.se releases of 2008–2025,
/// three SKL/SKR releases, four from an agency, a county board, a region and a
/// municipality, written blind; the set writes no rule); blind it scored amount_regions
/// 0.903, organizations 0.926 and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE73_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.9),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe73", PROBE73_FLOORS);
}

/// The sixty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe69`,
/// agreements and named funds of 2005–2025 in new sentence forms, with distractors); blind
/// it scored amounts 0.939, amount_regions 0.727, agreements 0.894 (0.958 after the set's
/// rules), organizations 0.937
/// (after one gold correction, "Regeringen" from "regeringens strategi") and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01), listed in its
/// README.
const PROBE69_FLOORS: Floors = [
    ("amounts", 0.93),
    ("amount_regions", 0.72),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.95),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn sixty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe69", PROBE69_FLOORS);
}

/// The fifty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe58`,
/// organizations as releases of 2003–2025 name them, page chrome kept; the set writes no
/// rule); blind it scored organizations 0.877, regions 0.909 and 1.000 for every other kind
/// but amount_regions (0.000 blind against a gold that had missed a region's state grant,
/// 1.000 after that one correction, listed in its README); the floors are those scores
/// rounded down one step (0.01).
const PROBE58_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.90),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe58", PROBE58_FLOORS);
}

/// The fifty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe57`,
/// agreements in the releases of 2003–2025, page chrome kept); blind it scored agreements
/// 0.857, organizations 0.889, department 0.667 and 1.000 for every other kind, and after
/// the rules of branch probe57 agreements 0.917; the floors are the scores after rounded
/// down to a step of 0.01.
const PROBE57_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 0.91),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.66),
];

#[test]
fn fifty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe57", PROBE57_FLOORS);
}

/// The fifty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe59`, a plain
/// sample of the held-out set, organizations as those senders name them, page chrome kept;
/// the set writes no rule); blind it scored organizations 0.890 and 1.000 for every other
/// kind but amount_regions (0.667 blind against a gold that had missed a county board's sum
/// tied to its county, 1.000 after that one correction, listed in its README); the floors
/// are those scores rounded down one step (0.01).
const PROBE59_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn fifty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe59", PROBE59_FLOORS);
}

/// The sixty-first probe set's floors (`crates/normalize/tests/fixtures/probe61`, a plain
/// sample weighted toward local senders and the bodies they name, page chrome kept; the
/// set writes no rule); blind it scored amount_regions 0.909, organizations 0.958 and 1.000
/// for every other kind; the floors are those scores rounded down one step (0.01), listed
/// in its README.
const PROBE61_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.90),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn sixty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe61", PROBE61_FLOORS);
}

/// Per set (its folder, relative to this crate: `gold.json` and `corpus/`), the gold amounts
/// of a table whose extracted amount must carry exactly the gold's table name
/// ("caption / column" for a cell of a table of several money columns), below which a
/// change counts as a regression. The floors sit a little under the counts reached:
/// the gold's naming is not uniform (a few tables of one money column name the column
/// too, a few of several name none), and a rule must not be bent to one file's.
const TABLE_NAME_FLOORS: [(&str, usize); 68] = [
    ("tests/fixtures/dev", 210),
    ("../normalize/tests/fixtures/probe", 50),
    ("../normalize/tests/fixtures/probe2", 110),
    ("../normalize/tests/fixtures/probe3", 58),
    ("../normalize/tests/fixtures/probe4", 58),
    ("../normalize/tests/fixtures/probe5", 4),
    ("../normalize/tests/fixtures/probe6", 0),
    ("../normalize/tests/fixtures/probe7", 0),
    ("../normalize/tests/fixtures/probe8", 18),
    ("../normalize/tests/fixtures/probe9", 31),
    ("../normalize/tests/fixtures/probe10", 0),
    ("../normalize/tests/fixtures/probe11", 8),
    ("../normalize/tests/fixtures/probe12", 76),
    ("../normalize/tests/fixtures/probe13", 5),
    ("../normalize/tests/fixtures/probe15", 9),
    ("../normalize/tests/fixtures/probe17", 9),
    ("../normalize/tests/fixtures/probe20", 7),
    ("../normalize/tests/fixtures/probe21", 4),
    ("../normalize/tests/fixtures/probe24", 3),
    ("../normalize/tests/fixtures/probe26", 11),
    ("../normalize/tests/fixtures/probe28", 6),
    ("../normalize/tests/fixtures/probe32", 18),
    ("../normalize/tests/fixtures/probe36", 17),
    ("../normalize/tests/fixtures/probe61", 5),
    ("../normalize/tests/fixtures/probe72", 97),
    ("../normalize/tests/fixtures/probe73", 13),
    ("../normalize/tests/fixtures/probe74", 23),
    ("../normalize/tests/fixtures/probe76", 95),
    ("../normalize/tests/fixtures/probe77", 12),
    ("../normalize/tests/fixtures/probe78", 34),
    ("../normalize/tests/fixtures/probe85", 22),
    ("../normalize/tests/fixtures/probe86", 60),
    ("../normalize/tests/fixtures/probe88", 8),
    ("../normalize/tests/fixtures/probe92", 18),
    ("../normalize/tests/fixtures/probe94", 4),
    ("../normalize/tests/fixtures/probe95", 21),
    ("../normalize/tests/fixtures/probe97", 76),
    ("../normalize/tests/fixtures/probe99", 4),
    ("../normalize/tests/fixtures/probe103", 8),
    ("../normalize/tests/fixtures/probe105", 75),
    ("../normalize/tests/fixtures/probe106", 9),
    ("../normalize/tests/fixtures/probe107", 4),
    ("../normalize/tests/fixtures/probe108", 12),
    ("../normalize/tests/fixtures/probe111", 20),
    ("../normalize/tests/fixtures/probe112", 17),
    ("../normalize/tests/fixtures/probe115", 18),
    ("../normalize/tests/fixtures/probe117", 15),
    ("../normalize/tests/fixtures/probe118", 1),
    ("../normalize/tests/fixtures/probe119", 16),
    ("../normalize/tests/fixtures/probe120", 98),
    ("../normalize/tests/fixtures/probe123", 4),
    ("../normalize/tests/fixtures/probe125", 13),
    ("../normalize/tests/fixtures/probe126", 13),
    ("../normalize/tests/fixtures/probe130", 6),
    ("../normalize/tests/fixtures/probe133", 13),
    ("../normalize/tests/fixtures/probe137", 32),
    ("../normalize/tests/fixtures/probe138", 4),
    ("../normalize/tests/fixtures/probe139", 17),
    ("../normalize/tests/fixtures/probe141", 7),
    ("../normalize/tests/fixtures/probe143", 25),
    ("../normalize/tests/fixtures/probe144", 34),
    ("../normalize/tests/fixtures/probe145", 33),
    ("../normalize/tests/fixtures/probe146", 38),
    ("../normalize/tests/fixtures/probe147", 33),
    ("../normalize/tests/fixtures/probe148", 33),
    ("../normalize/tests/fixtures/probe149", 33),
    ("../normalize/tests/fixtures/probe150", 38),
    ("../normalize/tests/fixtures/probe151", 29),
];

/// The seeds' floor of [`TABLE_NAME_FLOORS`]: their gold and corpus lie apart.
const SEEDS_TABLE_NAME_FLOOR: usize = 41;

/// How many gold table cells get exactly the gold's table name, per set: printed, and
/// checked against [`TABLE_NAME_FLOORS`].
#[test]
fn table_names_match_gold() {
    let mut below = Vec::new();
    let (mut exact, mut total) = (0, 0);
    let seeds = (
        "tests/fixtures/gold_seeds.json".to_string(),
        "tests/fixtures/seeds".to_string(),
        SEEDS_TABLE_NAME_FLOOR,
    );
    let sets = TABLE_NAME_FLOORS
        .iter()
        .map(|&(set, floor)| (format!("{set}/gold.json"), format!("{set}/corpus"), floor));
    for (gold_file, corpus, floor) in std::iter::once(seeds).chain(sets) {
        let (gold_docs, predicted) = extract_set(&gold_file, &corpus);
        let mut names = gold_score::TableNames::default();
        for (gold_doc, pred) in gold_docs.iter().zip(&predicted) {
            let doc = gold_score::table_names(gold_doc, pred);
            names.exact += doc.exact;
            names.total += doc.total;
        }
        println!(
            "{corpus:<45} table names {:>4} of {:>4}",
            names.exact, names.total
        );
        (exact, total) = (exact + names.exact, total + names.total);
        if names.exact < floor {
            below.push(format!("{corpus}: {} below {floor}", names.exact));
        }
    }
    println!("{:<45} table names {exact:>4} of {total:>4}", "all");
    assert!(below.is_empty(), "{below:?}");
}

/// Runs `pressarkiv extract --json` over the files `gold_file` lists, read from `corpus`
/// (both relative to this crate); returns the gold documents and one prediction each.
fn extract_set(gold_file: &str, corpus: &str) -> (Vec<Value>, Vec<Value>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(gold_file)).expect("gold"))
            .expect("gold JSON");
    let gold_docs = gold["documents"].as_array().expect("documents").clone();
    let files: Vec<_> = gold_docs
        .iter()
        .map(|doc| root.join(corpus).join(doc["file"].as_str().expect("file")))
        .collect();
    let output = Command::new(env!("CARGO_BIN_EXE_pressarkiv"))
        .arg("extract")
        .arg("--json")
        .args(&files)
        .output()
        .expect("run extract");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let predicted: Vec<Value> = String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert_eq!(predicted.len(), gold_docs.len(), "one line per file");
    (gold_docs, predicted)
}

/// Runs `pressarkiv extract --json` over the files of the set in `set` (relative to this
/// crate: `gold.json` and `corpus/`), prints the misses and the table, and checks the
/// floors.
fn scores_above_floors(set: &str, floors: Floors) {
    let (gold_docs, predicted) = extract_set(&format!("{set}/gold.json"), &format!("{set}/corpus"));
    for (gold_doc, pred) in gold_docs.iter().zip(&predicted) {
        let misses: Vec<String> = gold_score::score_document(gold_doc, pred)
            .iter()
            .filter(|(_, c)| c.fp + c.fn_ > 0)
            .map(|(kind, c)| format!("{kind} fp {} fn {}", c.fp, c.fn_))
            .collect();
        if !misses.is_empty() {
            println!("{}: {}", gold_doc["file"], misses.join(", "));
        }
    }
    let scores = gold_score::score_corpus(&gold_docs, &predicted);
    println!("{}", gold_score::table(&scores));
    for (kind, floor) in floors {
        assert!(
            scores[kind].f1() >= floor,
            "{set}: {kind}: F1 {:.3} below {floor}: {:?}",
            scores[kind].f1(),
            scores[kind]
        );
    }
}

/// The seventieth probe set's floors (`crates/normalize/tests/fixtures/probe70`,
/// organizations of national and local senders, 2004–2025, in forms earlier sets had not
/// used; the set writes no rule); blind it scored regions 0.923, organizations 0.894 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE70_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.92),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe70", PROBE70_FLOORS);
}

/// The seventy-first probe set's floors (`crates/normalize/tests/fixtures/probe71`,
/// news-wire reposts and government and agency releases of 2003–2011, written blind);
/// blind it scored regions 0.600 and organizations 0.903 (0.923 and 0.926 after three gold
/// corrections that follow the earlier sets' conventions), title 0.929 (1.000 after the
/// set's title rule), department 0.800 and 1.000 for every other kind; the floors are the
/// scores after the corrections and rules rounded down one step (0.01), one more where a
/// score sits on its boundary (department), listed in its README.
const PROBE71_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.92),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.79),
];

#[test]
fn seventy_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe71", PROBE71_FLOORS);
}

/// The seventy-fifth probe set's floors (`crates/normalize/tests/fixtures/probe75`,
/// organizations of local senders: municipalities, regions and county boards of
/// 2004–2025 naming local and national bodies in new forms; the set writes no rule); blind
/// it scored organizations 0.885 and 1.000 for every other kind; the floors are those
/// scores rounded down one step (0.01), listed in its README.
const PROBE75_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.88),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe75", PROBE75_FLOORS);
}

/// The seventy-fourth probe set's floors (`crates/normalize/tests/fixtures/probe74`,
/// SKL/SKR's and the regions' own releases of 2007–2025 on state agreements, each region's
/// share in prose and in tables, and region budgets, written blind); blind it scored
/// amounts 0.921, amount_regions 0.806 (0.818 after one gold correction, l05's headline
/// tied to no region), agreements 0.846 (1.000 after the set's agreement rules),
/// organizations 0.902 and 1.000 for every other kind; the floors are the scores after the
/// correction and the rules rounded down one step (0.01), listed in its README.
const PROBE74_FLOORS: Floors = [
    ("amounts", 0.92),
    ("amount_regions", 0.81),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.9),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe74", PROBE74_FLOORS);
}

/// The seventy-sixth probe set's floors (`crates/normalize/tests/fixtures/probe76`, state
/// agencies' grants to regions, municipalities and organizations, 2006–2025, sums in prose
/// and in tables per county, per recipient and per year, written blind); blind it scored
/// amounts 0.976, regions 0.933 (0.951 after one gold correction that follows probe71's),
/// organizations 0.976 and 1.000 for every other kind; after the set's rules (a money
/// column under a caption naming money, long row labels, a wire's region tags) amounts and
/// regions 1.000; the floors are those scores rounded down one step (0.01), listed in its
/// README.
const PROBE76_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe76", PROBE76_FLOORS);
}

/// The seventy-seventh probe set's floors (`crates/normalize/tests/fixtures/probe77`, a
/// plain sample like the owner's held-out set: seven regeringen.se releases of 2005–2025,
/// three SKL/SKR releases, an agency and a region via wires, a county board and a
/// municipality, written blind; the set writes no rule); blind it scored amount_regions
/// 0.929, organizations 0.966 and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE77_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.92),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe77", PROBE77_FLOORS);
}

/// The seventy-eighth probe set's floors (`crates/normalize/tests/fixtures/probe78`,
/// regions', landsting' and municipalities' own releases on their money, 2004–2025: budgets,
/// results, investments, state grants per region and per municipality in prose and in
/// tables, grants to associations, sums in mnkr, tkr, miljoner, miljarder, ranges and per
/// invånare; the set writes no rule); blind it scored amounts 0.996, amount_regions 0.941,
/// organizations 0.971 and 1.000 for every other kind; the floors are those scores rounded
/// down one step (0.01), listed in its README.
const PROBE78_FLOORS: Floors = [
    ("amounts", 0.99),
    ("amount_regions", 0.94),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn seventy_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe78", PROBE78_FLOORS);
}

/// The seventy-ninth probe set's floors (`crates/normalize/tests/fixtures/probe79`,
/// organizations of national senders, 2005–2025, written blind; the set writes no rule);
/// blind it scored regions 0.000 (one false positive, no region in the gold), organizations
/// 0.883 (0.893 after one gold correction that follows probe6's canonical name), department
/// 0.909 and 1.000 for every other kind; the floors are those scores rounded down one step
/// (0.01), listed in its README.
const PROBE79_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.9),
];

#[test]
fn seventy_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe79", PROBE79_FLOORS);
}

/// The eightieth probe set's floors (`crates/normalize/tests/fixtures/probe80`, a plain
/// sample like the owner's held-out set, 2004–2025, written blind; the set writes no rule);
/// after two gold corrections that follow earlier golds' conventions (organizations 0.954
/// blind, 0.966 after; agreements 0.667 blind, 0.800 after) it scored amount_regions 0.875,
/// regions 0.966, organizations 0.966, agreements 0.800 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), agreements one more (0.800 sits on
/// its boundary), listed in its README.
const PROBE80_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.87),
    ("ministers", 1.0),
    ("regions", 0.96),
    ("organizations", 0.96),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eightieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe80", PROBE80_FLOORS);
}

/// The eighty-first probe set's floors (`crates/normalize/tests/fixtures/probe81`,
/// municipalities' and county boards' grants, procurements and cooperation, 2004–2025,
/// written blind; the set writes no rule); blind it scored amount_regions 0.000 (one false
/// positive, no amount tied to a region in the gold), agreements 0.857, regions 0.957,
/// organizations 0.941 (0.952 after one gold correction that follows the earlier golds'
/// "Vägverket" for "Vägverket Region Sydöst") and 1.000 for every other kind; the floors
/// are those scores rounded down one step (0.01), listed in its README.
const PROBE81_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 0.95),
    ("organizations", 0.95),
    ("agreements", 0.85),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe81", PROBE81_FLOORS);
}

/// The eighty-second probe set's floors (`crates/normalize/tests/fixtures/probe82`,
/// agreements of government, SKL/SKR and regions, 2007–2025, in sentence forms earlier sets
/// had not used, with distractors, written blind; the set writes no rule); blind it scored
/// amount_regions 0.875, agreements 0.714, organizations 0.894 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README;
/// agreements 0.97 since probe83's rules (0.971: the dated names set off beside the noun,
/// after "benämnd" and after "överenskommelser:", the supplement named by the agreement it
/// adds to).
const PROBE82_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.87),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 0.97),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe82", PROBE82_FLOORS);
}

/// The eighty-third probe set's floors (`crates/normalize/tests/fixtures/probe83`,
/// agreements and named EU funds of government, SKL/SKR, regions and agencies, 2006–2025,
/// in sentence forms earlier sets had not used, with distractors, written blind); blind it
/// scored agreements 0.905, organizations 0.949 and 1.000 for every other kind; after one
/// gold correction and the set's agreement rules, organizations 0.955 and agreements 1.000;
/// the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE83_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe83", PROBE83_FLOORS);
}

/// The eighty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe84`,
/// organizations of local and regional senders: municipal companies, kommunalförbund,
/// samordningsförbund, folkhögskolor, parishes, local firms and clubs, 2004–2025, written
/// blind; the set writes no rule); blind it scored amount_regions 0.000 (one false positive,
/// no amount tied to a region in the gold), organizations 0.946 (0.951 after one gold
/// correction that follows the earlier golds in holding a museum an organization), title
/// 0.929 and 1.000 for every other kind; the floors are those scores rounded down one step
/// (0.01), listed in its README.
const PROBE84_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn eighty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe84", PROBE84_FLOORS);
}

/// The eighty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe85`, a plain
/// sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2004–2024, written blind; the set writes no
/// rule); blind it scored amount_regions 0.909, organizations 0.938 and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01), listed in its
/// README.
const PROBE85_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.9),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe85", PROBE85_FLOORS);
}

/// The eighty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe86`, amounts,
/// ties and dates in older releases, 2003–2014, written blind; the set writes no rule); blind
/// it scored amounts 0.938, amount_regions 0.971, agreements 0.667, organizations 0.991 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE86_FLOORS: Floors = [
    ("amounts", 0.93),
    ("amount_regions", 0.97),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.99),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe86", PROBE86_FLOORS);
}

/// The eighty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe87`,
/// organizations of national senders, 2004–2025: agencies, government, SKL/SKR and national
/// bodies naming 6–8 bodies each in forms earlier sets had not used; the set writes no
/// rule); blind it scored agreements 0.667, regions 0.800, organizations 0.798 and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), one more
/// where a score sits exactly on its boundary (regions), listed in its README.
const PROBE87_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.79),
    ("organizations", 0.79),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe87", PROBE87_FLOORS);
}

/// The eighty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe88`, a plain
/// sample like the owner's held-out set: regeringen.se, SKL/SKR, state agencies, county
/// boards, regions and a municipality, 2005–2024, written blind; the set writes no rule);
/// blind it scored amounts 0.988, organizations 0.924 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
const PROBE88_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe88", PROBE88_FLOORS);
}

/// The eighty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe89`,
/// agreements and named funds of government, SKL/SKR, regions and agencies, 2006–2025, in new
/// sentence forms with distractors, written blind; the set writes no rule); blind it scored
/// amounts 0.959, amount_regions 0.571, agreements 0.867, organizations 0.943 (0.968 after
/// three gold corrections that follow the earlier sets' conventions) and 1.000 for every
/// other kind; the floors are the scores after the corrections rounded down one step (0.01),
/// agreements the score after probe94's agreement rules (0.966), listed in its README.
const PROBE89_FLOORS: Floors = [
    ("amounts", 0.95),
    ("amount_regions", 0.57),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.96),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn eighty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe89", PROBE89_FLOORS);
}

/// The ninetieth probe set's floors (`crates/normalize/tests/fixtures/probe90`, news-wire
/// reposts of regions, municipalities, agencies, companies and associations, 2005–2025,
/// written blind; the set writes no rule); blind it scored amount_regions 0.800,
/// agreements 0.889, organizations 0.899, published 0.880, title 0.929 and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01), one step more where
/// a score sits exactly on its boundary (amount_regions, published), listed in its README.
const PROBE90_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.79),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 0.88),
    ("published", 0.87),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn ninetieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe90", PROBE90_FLOORS);
}

/// The ninety-first probe set's floors (`crates/normalize/tests/fixtures/probe91`,
/// organizations of national senders: agencies, the government, SKL/SKR, national
/// associations and a union, 2004–2025, written blind; the set writes no rule); blind it
/// scored agreements 0.000 (one false positive, no gold agreement), regions 0.667,
/// organizations 0.788, department 0.857 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), listed in its README.
const PROBE91_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.66),
    ("organizations", 0.78),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.85),
];

#[test]
fn ninety_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe91", PROBE91_FLOORS);
}

/// The ninety-second probe set's floors (`crates/normalize/tests/fixtures/probe92`, a plain
/// sample like the owner's held-out set: regeringen.se, SKL/SKR, state agencies, county
/// boards, regions and a municipality, 2003–2024, written blind; the set writes no rule);
/// blind it scored organizations 0.955 (0.966 after one gold correction) and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), listed in
/// its README.
const PROBE92_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn ninety_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe92", PROBE92_FLOORS);
}

/// The ninety-third probe set's floors (`crates/normalize/tests/fixtures/probe93`,
/// organizations of local and regional senders (municipalities, municipal companies,
/// kommunalförbund, a county board, regions and local firms), 2004–2025, written blind;
/// the set writes no rule); blind it scored organizations 0.942, title 0.929 and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), listed in
/// its README.
const PROBE93_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn ninety_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe93", PROBE93_FLOORS);
}

/// The ninety-fourth probe set's floors (`crates/normalize/tests/fixtures/probe94`,
/// agreements and named funds of government, SKL/SKR, regions and agencies, 2006–2024, in
/// new sentence forms with distractors, written blind); blind it scored amount_regions
/// 0.947, agreements 0.833, organizations 0.931, title 0.929 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), agreements the score after the
/// set's agreement rules (0.914) rounded down, listed in its README.
const PROBE94_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.94),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.91),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn ninety_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe94", PROBE94_FLOORS);
}

/// The ninety-fifth probe set's floors (`crates/normalize/tests/fixtures/probe95`, a plain
/// sample drawn as the owner's held-out set is: four regeringen.se releases, two of SKR/SKL,
/// three state agencies, two county boards, two regions and a municipality, 2005–2024,
/// written blind; the set writes no rule); blind it scored organizations 0.977 and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), listed in its
/// README.
const PROBE95_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn ninety_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe95", PROBE95_FLOORS);
}

/// The ninety-sixth probe set's floors (`crates/normalize/tests/fixtures/probe96`,
/// organizations of national senders (the government, state agencies, SKR and national
/// associations), 2004–2025, written blind; the set writes no rule); blind it scored
/// organizations 0.867, department 0.857, agreements 0.000 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE96_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.85),
];

#[test]
fn ninety_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe96", PROBE96_FLOORS);
}

/// The ninety-seventh probe set's floors (`crates/normalize/tests/fixtures/probe97`,
/// amounts, ties and dates: distributions per county and region in tables and prose, sums
/// per municipality, budget changes and project sums, 2005–2024, written blind; the set
/// writes no rule); blind it scored amounts 0.984, amount_regions 0.988, organizations 0.897,
/// published 0.963 and 1.000 for every other kind; the floors are those scores rounded down
/// one step (0.01), listed in its README.
const PROBE97_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 0.98),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 0.96),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn ninety_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe97", PROBE97_FLOORS);
}

/// The ninety-eighth probe set's floors (`crates/normalize/tests/fixtures/probe98`,
/// news-wire reposts (PR Newswire, TT Spektra, Via TT, TT, Mynewsdesk, Cision) of
/// regions, municipalities, agencies, companies and associations, 2005–2025, written
/// blind; the set writes no rule); blind it scored organizations 0.971, title 0.929 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE98_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn ninety_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe98", PROBE98_FLOORS);
}

/// The ninety-ninth probe set's floors (`crates/normalize/tests/fixtures/probe99`,
/// a plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state
/// agencies, county boards, regions and a municipality, 2004–2024, written blind; the set
/// writes no rule); blind it scored organizations 0.959 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
const PROBE99_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn ninety_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe99", PROBE99_FLOORS);
}

/// The hundredth probe set's floors (`crates/normalize/tests/fixtures/probe100`,
/// organizations of local and regional senders, 2004–2025, written blind; the set writes
/// no rule); blind it scored organizations 0.952, regions 0.933, amount_regions 0.000 (its
/// only pair is a false one: no gold amount is tied to a region) and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE100_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 0.93),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundredth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe100", PROBE100_FLOORS);
}

/// The hundred-and-first probe set's floors (`crates/normalize/tests/fixtures/probe101`,
/// agreements of government, SKL/SKR, regions and agencies, 2007–2025, in sentence forms
/// earlier sets had not used, with distractors, written blind; the set writes no rule);
/// blind it scored amounts 0.978, amount_regions 0.909, agreements 0.867, organizations
/// 0.966 and 1.000 for every other kind; the floors are those scores rounded down one
/// step (0.01), listed in its README; agreements 1.0 since probe116's rules (a genitive
/// phrase, a contract's title inside a sentence, a description named in the next
/// sentence) brought it to 1.000.
const PROBE101_FLOORS: Floors = [
    ("amounts", 0.97),
    ("amount_regions", 0.9),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe101", PROBE101_FLOORS);
}

/// The hundred-second probe set's floors (`crates/normalize/tests/fixtures/probe102`,
/// news-wire reposts (PR Newswire, TT Spektra, Mynewsdesk, Cision Wire, Via TT, TT, Cision,
/// Cision News) of regions, a landsting, municipalities, agencies, companies and
/// associations, 2006–2025, written blind; the set writes no rule); blind it scored
/// organizations 0.933, title 0.929 and 1.000 for every other kind; the floors are those
/// scores rounded down one step (0.01), listed in its README.
const PROBE102_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn hundred_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe102", PROBE102_FLOORS);
}

/// The hundred-third probe set's floors (`crates/normalize/tests/fixtures/probe103`,
/// a plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state
/// agencies, county boards, regions and a municipality, 2003–2025, written blind; the set
/// writes no rule); blind it scored organizations 0.942, agreements 0.667 and 1.000 for
/// every other kind, organizations 0.965 once three missing "Regeringskansliet" were added
/// to the gold; the floors are those scores rounded down one step (0.01), listed in its
/// README.
const PROBE103_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.66),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe103", PROBE103_FLOORS);
}

/// The hundred-and-fourth probe set's floors (`crates/normalize/tests/fixtures/probe104`,
/// organizations of national senders: regeringen.se, SKL/SKR, state agencies and a national
/// association, 2004–2025, written blind; the set writes no rule); blind it scored
/// organizations 0.814, agreements 0.000 (its only agreement is a false one: the gold has
/// none) and 1.000 for every other kind; the floors are those scores rounded down one step
/// (0.01), listed in its README.
const PROBE104_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.81),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe104", PROBE104_FLOORS);
}

/// The hundred-fifth probe set's floors (`crates/normalize/tests/fixtures/probe105`,
/// amounts, ties and dates: distributions per landsting, region, county and municipality
/// in tables and prose, budget changes with signs, 2003–2025, written blind; the set writes
/// no rule); blind it scored amounts 0.981, amount_regions 0.980, organizations 0.992 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE105_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 0.98),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.99),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe105", PROBE105_FLOORS);
}

/// The hundred-sixth probe set's floors (`crates/normalize/tests/fixtures/probe106`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL, state agencies,
/// county boards, regions and municipalities, 2004–2024, written blind; the set writes no
/// rule); blind it scored organizations 0.945 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), listed in its README.
const PROBE106_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe106", PROBE106_FLOORS);
}

/// The hundred-eighth probe set's floors (`crates/normalize/tests/fixtures/probe108`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL, state agencies,
/// county boards, regions and municipalities, 2003–2025, written blind; the set writes no
/// rule); blind it scored amounts 0.961, amount_regions 0.667, organizations 0.974 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE108_FLOORS: Floors = [
    ("amounts", 0.96),
    ("amount_regions", 0.66),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe108", PROBE108_FLOORS);
}

/// The hundred-ninth probe set's floors (`crates/normalize/tests/fixtures/probe109`,
/// agreements and named funds of government, SKL/SKR, regions, a landsting and an agency,
/// 2005–2025, in sentence forms earlier sets had not used, with distractors, written blind;
/// the set writes no rule); blind it scored agreements 0.933, organizations 0.955 and 1.000
/// for every other kind; the floors are those scores rounded down one step (0.01), listed in
/// its README; agreements 1.0 since probe116's rules (a fact list's name label, a dash
/// inside a name after "under namnet") brought it to 1.000.
const PROBE109_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe109", PROBE109_FLOORS);
}

/// The hundred-tenth probe set's floors (`crates/normalize/tests/fixtures/probe110`,
/// national senders' releases naming 6–10 bodies each in forms earlier sets did not use:
/// regeringen.se, SKL/SKR, state agencies and a national association, 2004–2025, written
/// blind; the set writes no rule); blind it scored organizations 0.844 and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE110_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.84),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_tenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe110", PROBE110_FLOORS);
}

/// The hundred-seventh probe set's floors (`crates/normalize/tests/fixtures/probe107`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2004–2023, written blind; the set writes no
/// rule); blind it scored organizations 0.968 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), listed in its README.
const PROBE107_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe107", PROBE107_FLOORS);
}

/// The hundred-fourteenth probe set's floors (`crates/normalize/tests/fixtures/probe114`,
/// news-wire reposts of 2005–2025 for companies, associations, agencies, a landsting, a
/// region and municipalities, written blind; the set writes no rule); blind it scored regions
/// 0.889 (1.000 after a gold correction to the earlier sets' canonical "Sörmland"),
/// organizations 0.952 and 1.000 for every other kind; the floors are those scores rounded
/// down one step (0.01), listed in its README.
const PROBE114_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.88),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fourteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe114", PROBE114_FLOORS);
}

/// The hundred-fifteenth probe set's floors (`crates/normalize/tests/fixtures/probe115`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2003–2025, written blind; the set writes no
/// rule); blind it scored amount_regions 0.857, regions 0.917, organizations 0.957 and 1.000
/// for every other kind; the floors are those scores rounded down one step (0.01), listed in
/// its README.
const PROBE115_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.85),
    ("ministers", 1.0),
    ("regions", 0.91),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fifteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe115", PROBE115_FLOORS);
}

/// The hundred-seventeenth probe set's floors (`crates/normalize/tests/fixtures/probe117`,
/// a plain sample like the owner's held-out set: regeringen.se, SKL, state agencies, county
/// boards, landsting and regions and a municipality of 2004–2012, written blind; the set
/// writes no rule); blind it scored organizations 0.957 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
const PROBE117_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_seventeenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe117", PROBE117_FLOORS);
}

/// The hundred-eighteenth probe set's floors (`crates/normalize/tests/fixtures/probe118`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKR, state agencies,
/// county boards, regions and a municipality, 2015–2025, written blind; the set writes no
/// rule); blind it scored amounts 0.953, organizations 0.945 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE118_FLOORS: Floors = [
    ("amounts", 0.95),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_eighteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe118", PROBE118_FLOORS);
}

/// The hundred-nineteenth probe set's floors (`crates/normalize/tests/fixtures/probe119`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2003–2024, written blind; the set writes no
/// rule); blind it scored regions 0.973, organizations 0.977 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE119_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.97),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_nineteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe119", PROBE119_FLOORS);
}

/// The hundred-twentieth probe set's floors (`crates/normalize/tests/fixtures/probe120`,
/// money as the owner's held-out set holds it: regeringen.se, SKL/SKR, county boards, regions
/// and state agencies, 2004–2025, sums in prose and in tables of several layouts, written
/// blind; the set writes no rule); blind it scored
/// organizations 0.963 and 1.000 for every other kind; the floors are those scores rounded
/// down one step (0.01), listed in its README.
const PROBE120_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twentieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe120", PROBE120_FLOORS);
}

/// The hundred-twenty-first probe set's floors (`crates/normalize/tests/fixtures/probe121`,
/// news-wire reposts: Cision, Mynewsdesk, TT Spektra, Via TT and PR Newswire, 2005–2025,
/// for municipalities, agencies, companies and associations, written blind; the set writes
/// no rule); blind it scored regions 0.889, organizations 0.967 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE121_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 0.88),
    ("organizations", 0.96),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe121", PROBE121_FLOORS);
}

/// The hundred-twenty-second probe set's floors (`crates/normalize/tests/fixtures/probe122`,
/// whole page saves as a browser saves them: regeringen.se, SKL/SKR, state agencies, county
/// boards and regions, 2009–2024, with all their chrome, written blind; the set writes no
/// rule); blind it scored ministers 0.222 (the old regeringen.se layout's "Statsråd" menu
/// comes out as 42 ministers), organizations 0.876 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README; ministers
/// 1.0 since the HTML reader drops a menu marked as one by its id or class.
const PROBE122_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.87),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe122", PROBE122_FLOORS);
}

/// The hundred-sixteenth probe set's floors (`crates/normalize/tests/fixtures/probe116`,
/// agreements and named funds of government, SKL/SKR, regions, landsting and agencies,
/// 2006–2025, in sentence forms earlier sets had not used, with distractors, written blind);
/// blind it scored agreements 0.947, organizations 0.991 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README; agreements
/// 1.0 since its rules (an indefinite plural names none of the agreements it sums up).
const PROBE116_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.99),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_sixteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe116", PROBE116_FLOORS);
}

/// The hundred-twenty-third probe set's floors (`crates/normalize/tests/fixtures/probe123`,
/// local and regional senders: municipalities, regions and landsting, county boards, a
/// municipal company and a municipal federation, 2003–2025, written blind; the set writes no
/// rule); blind it scored organizations 0.979, title 0.929 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
/// Title 1.0 since a municipal unit's line under the letterhead counts as a sender line.
const PROBE123_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe123", PROBE123_FLOORS);
}

/// The hundred-twenty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe125`,
/// a plain sample drawn as the owner's held-out set is: four regeringen.se releases, SKL and
/// SKR, three state agencies, two county boards, a landsting and a region, a municipality,
/// 2003–2025, written blind; the set writes no rule); blind it scored organizations 0.971
/// and 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE125_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.97),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe125", PROBE125_FLOORS);
}

/// The hundred-twenty-fourth probe set's floors
/// (`crates/normalize/tests/fixtures/probe124`, agreements and named funds of government,
/// SKL/SKR, regions, landsting and agencies, 2005–2024, in sentence forms earlier sets had
/// not used, with distractors, written blind); blind it scored agreements 0.944 (on the
/// gold as corrected, see its README), organizations 0.992, title 0.929 and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01), listed in its
/// README; agreements 1.0 since its rules (a nickname after a participle of calling, a
/// numbered supplement).
/// Title 1.0 since the HTML reader takes a page's headline from its first long lower
/// heading where it has no `<h1>`.
const PROBE124_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.99),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe124", PROBE124_FLOORS);
}

/// The hundred-twenty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe126`,
/// a plain sample drawn as the owner's held-out set is: four regeringen.se releases, SKL and
/// SKR, three state agencies, two county boards, a region and a landsting, a municipality,
/// 2005–2024, written blind; the set writes no rule); blind it scored organizations 0.925,
/// agreements 0.500 and 1.000 for every other kind; the floors are those scores rounded down
/// one step (0.01), one more for agreements (0.500 sits on its boundary), listed in its
/// README.
const PROBE126_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 0.49),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe126", PROBE126_FLOORS);
}

/// The hundred-twenty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe127`,
/// whole page saves as a browser saves them: regeringen.se, SKL, state agencies, county
/// boards, regions and municipalities, 2005–2025, with all their chrome, written blind; the
/// set writes no rule); blind it scored amounts 0.909, amount_regions 0.800, agreements 0.000,
/// organizations 0.862, published 0.963 and title 0.929 (an ASP.NET page's `<form
/// id="aspnetForm">` wraps two whole pages, which the HTML reader drops as a form) and 1.000
/// for every other kind; the floors are those scores rounded down one step (0.01), one step
/// more where a score sits on its boundary, listed in its README. Since the HTML reader
/// reads a form that wraps the page and drops a side box of dated headlines: amounts,
/// amount_regions, agreements and published 1.0; organizations 0.95 since it also drops a
/// long list of bare links (a site map).
/// Title 1.0 since the HTML reader takes a page's headline from its first long lower
/// heading where it has no `<h1>`.
const PROBE127_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe127", PROBE127_FLOORS);
}

/// The hundred-thirtieth probe set's floors (`crates/normalize/tests/fixtures/probe130`,
/// text copied from a browser: whole pages selected and pasted into .txt and .md files, the
/// chrome kept as plain lines, 2007–2024, written blind; the set writes no rule); blind it
/// scored amount_regions 0.909, ministers 0.571 (the regeringen.se pages' minister lists),
/// organizations 0.917, title 0.286 (a chrome line comes out for the eleven .txt files) and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
/// Ministers 0.79 and title 0.92 since a roster may set each name and title on a line of
/// its own and the headline may stand forty lines down, below a copied page's menus.
/// Ministers 1.0 and organizations 0.92 since a "Senaste nytt" list is chrome.
const PROBE130_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.9),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.92),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn hundred_thirtieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe130", PROBE130_FLOORS);
}

/// The hundred-thirty-first probe set's floors (`crates/normalize/tests/fixtures/probe131`,
/// whole page saves as a browser saves them: municipalities, regions and landsting, county
/// boards and municipal companies, 2004–2025, with all their chrome, written blind; the set
/// writes no rule); blind it scored amounts 0.971, agreements 0.800, organizations 0.923,
/// title 0.929 and 1.000 for every other kind; the floors are those scores rounded down one
/// step (0.01), one step more where a score sits on its boundary, listed in its README.
/// Since the HTML reader's changes on main (a headline from a lower heading, a site map and
/// a breadcrumb by "crumbs" dropped): amounts 0.98, organizations 0.93, title 1.0.
/// Agreements 1.0 since a "Senaste nytt" list is chrome.
const PROBE131_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe131", PROBE131_FLOORS);
}

/// The hundred-thirty-third probe set's floors (`crates/normalize/tests/fixtures/probe133`,
/// a plain sample drawn like the owner's held-out set: four regeringen.se releases, SKL and
/// SKR, three state agencies, two county boards, a county council and a region, a
/// municipality, 2005–2024, written blind; the set writes no rule); blind it scored
/// ministers 0.909, organizations 0.918, title 0.929 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
/// Title 1.0 since a department box's line of a minister's title and name is no headline.
const PROBE133_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.90),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe133", PROBE133_FLOORS);
}

/// The hundred-thirty-second probe set's floors (`crates/normalize/tests/fixtures/probe132`,
/// text copied from a browser: whole pages selected and pasted into eleven .txt and three .md
/// files, the chrome kept as plain lines, 2006–2025, written blind; the set writes no rule);
/// blind it scored amounts 0.972 (related headlines' sums), ministers 0.800 (a menu's
/// statsråd), agreements 0.667 (after one gold correction), organizations 0.869, title 0.929
/// and 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
/// Title 1.0 since a logo's copied text ("… logotyp, länk till startsidan") is a label.
/// Agreements 0.79 since a description yields to the dated name the next sentence opens with.
/// Amounts 1.0 since a "Senaste nytt" list is chrome, with the summary under an entry's date.
const PROBE132_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 0.79),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe132", PROBE132_FLOORS);
}

/// The hundred-thirty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe134`,
/// whole regeringen.se page saves as a browser saves them, the old /sb/d/ layout and the
/// layout of 2015 onwards, 2006–2025, written blind; the set writes no rule); blind it scored
/// amounts 0.964, agreements 0.909, organizations 0.926 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
/// Since the HTML reader drops a breadcrumb marked "brodsmulor" and a list of links each
/// beside a `<time>` ("Läs också"): amounts and agreements 1.0, organizations 0.94.
const PROBE134_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe134", PROBE134_FLOORS);
}

/// The hundred-thirty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe137`,
/// a plain sample drawn as the owner's held-out set is: four regeringen.se releases, two of
/// SKL/SKR, three state agencies, two county boards, two regions and a municipality,
/// 2003–2025, written blind; the set writes no rule); blind it scored organizations 0.954 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE137_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe137", PROBE137_FLOORS);
}

/// The hundred-thirty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe135`,
/// whole pages copied from a browser into text files, 2006–2025, written blind; the set writes
/// no rule); blind it scored organizations 0.899, title 0.857 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
/// Title 0.92 since a section's heading "Nyheter från …" over the headline is a label.
const PROBE135_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.89),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe135", PROBE135_FLOORS);
}

/// The hundred-thirty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe136`,
/// whole page saves of news wires' pages of one release as a browser saves them: Cision Wire,
/// Mynewsdesk, PR Newswire, Via TT/TT Spektra and two senders' own newsrooms, 2006–2025,
/// written blind; the set writes no rule); blind it scored amounts 0.962, amount_regions 0.000,
/// agreements 0.800, regions 0.870, organizations 0.895, title 0.929 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01, agreements one more: 0.800
/// sits on its boundary), listed in its README.
/// Amounts and regions 1.0, organizations 0.96 since the HTML reader drops a wire's list of
/// other senders' releases, each a headline's link beside the sender and the date.
/// Title 1.0 since a newsroom's `<h1>` holding the sender's name alone is no headline.
const PROBE136_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe136", PROBE136_FLOORS);
}

/// The hundred-thirty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe138`,
/// whole page saves as a browser saves them: SKL/SKR, six state agencies, two county boards and
/// two regions, 2009–2024, written blind; the set writes no rule); blind it scored amounts
/// 0.982, amount_regions 0.909, ministers 0.909, organizations 0.947, published 0.929 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
/// Amounts and ministers 1.0 since the HTML reader drops a side column's list of dated
/// headlines (merged after those changes).
const PROBE138_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.90),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 0.92),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_thirty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe138", PROBE138_FLOORS);
}

/// The hundred-thirty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe139`,
/// a plain sample like the owner's held-out set: four regeringen.se releases, SKL/SKR, three
/// state agencies, two county boards, two regions and a municipality, 2003–2024, written
/// blind; the set writes no rule); blind it scored organizations 0.951, department 0.857 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01),
/// listed in its README.
const PROBE139_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.85),
];

#[test]
fn hundred_thirty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe139", PROBE139_FLOORS);
}

/// The hundred-fortieth probe set's floors (`crates/normalize/tests/fixtures/probe140`,
/// news-wire reposts: TT Spektra, Via TT, Mynewsdesk, Cision and PR Newswire pages and
/// copies for municipalities, a region, an institute, companies and associations, 2005–2025,
/// written blind; the set writes no rule); blind it scored organizations 0.963, agreements
/// 0.800 and 1.000 for every other kind; the floors are those scores rounded down one step
/// (0.01; agreements, exactly on its boundary, one step more), listed in its README.
const PROBE140_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.96),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fortieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe140", PROBE140_FLOORS);
}

/// The hundred-forty-first probe set's floors (`crates/normalize/tests/fixtures/probe141`,
/// a plain sample like the owner's held-out set: three regeringen.se releases, SKL, four
/// state agencies, two county boards, two regions and two municipalities, 2005–2025, written
/// blind; the set writes no rule); blind it scored organizations 0.953, agreements 0.800 and
/// 1.000 for every other kind; the floors are those scores rounded down one step (0.01;
/// agreements, exactly on its boundary, one step more), listed in its README.
const PROBE141_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe141", PROBE141_FLOORS);
}

/// The hundred-forty-second probe set's floors (`crates/normalize/tests/fixtures/probe142`,
/// whole page saves as a browser saves them: three regeringen.se releases (2010, 2013, 2019),
/// four municipalities, four state agencies and three regions, 2009–2025, written blind; the
/// set writes no rule); blind it scored organizations 0.903, published 0.963, department 0.800,
/// amount_regions 0.000 (its one region-tied sum) and 1.000 for every other kind; the floors
/// are those scores rounded down one step (0.01; department, exactly on its boundary, one step
/// more), listed in its README.
const PROBE142_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 1.0),
    ("published", 0.96),
    ("title", 1.0),
    ("department", 0.79),
];

#[test]
fn hundred_forty_second_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe142", PROBE142_FLOORS);
}

/// The hundred-forty-third probe set's floors (`crates/normalize/tests/fixtures/probe143`,
/// a plain sample like the owner's held-out set: four regeringen.se releases (2003, 2008,
/// 2018, 2025), SKL, three state agencies, two county boards, two regions and two
/// municipalities, 2003–2025, 7 .html, 5 .txt and 2 .md, written blind; the set writes no
/// rule); blind it scored organizations 0.909, department 0.857 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE143_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.85),
];

#[test]
fn hundred_forty_third_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe143", PROBE143_FLOORS);
}

/// The hundred-forty-fourth probe set's floors (`crates/normalize/tests/fixtures/probe144`,
/// a plain sample like the owner's held-out set: five regeringen.se releases (1999, 2007,
/// 2012, 2016, 2024), SKL, three state agencies, a landsting and a region, two
/// municipalities and a university, 1999–2025, 9 .txt, 3 .html and 2 .md, written blind;
/// the set writes no rule); blind it scored amount–region pairs 0.980, agreements 0.800,
/// organizations 0.908 and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE144_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.97),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 0.79),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_fourth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe144", PROBE144_FLOORS);
}

/// The hundred-forty-fifth probe set's floors (`crates/normalize/tests/fixtures/probe145`,
/// a plain sample like the owner's held-out set: four regeringen.se releases (2001,
/// 2008, 2016, 2019), SKR, three state agencies, two county boards, a landsting and a
/// region, a municipality and a foundation, 2001–2022, 9 .txt, 3 .html and 2 .md,
/// written blind; the set writes no rule); blind it scored amounts 0.986, amount–region
/// pairs 0.957, agreements 0.571, organizations 0.909 and 1.000 for every other kind;
/// the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE145_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 0.95),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 0.57),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_fifth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe145", PROBE145_FLOORS);
}

/// The hundred-forty-sixth probe set's floors (`crates/normalize/tests/fixtures/probe146`,
/// a plain sample like the owner's held-out set on health care, schools, research,
/// culture, sport and civil society: four regeringen.se releases, SKR, three state
/// agencies, a county board, two landsting and regions, a municipality and a university,
/// 1998–2025, 9 .txt, 3 .html and 2 .md, written blind; the set writes no rule); blind it
/// scored amount–region pairs 0.824, agreements 0.000, organizations 0.951 and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), listed in
/// its README.
const PROBE146_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 0.82),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_sixth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe146", PROBE146_FLOORS);
}

/// The hundred-forty-seventh probe set's floors (`crates/normalize/tests/fixtures/probe147`,
/// a plain sample like the owner's held-out set on roads, transport, energy, nature,
/// water, farming, housing, the labour market, crisis preparedness and justice: four
/// regeringen.se releases, SKR, three state agencies, two county boards, a landsting and a
/// region, a municipality and a state-owned company, 1998–2025, 9 .txt, 3 .html and 2 .md,
/// written blind; the set writes no rule); blind it scored amounts 0.983, amount–region
/// pairs 0.962, agreements 0.615, organizations 0.982 and 1.000 for every other kind; the
/// floors are those scores rounded down one step (0.01), listed in its README.
const PROBE147_FLOORS: Floors = [
    ("amounts", 0.98),
    ("amount_regions", 0.96),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.98),
    ("agreements", 0.61),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_seventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe147", PROBE147_FLOORS);
}

/// The hundred-forty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe148`,
/// a plain sample like the owner's held-out set on regional development, EU funds,
/// tourism, fisheries, integration, libraries and adult education, dental care and
/// regions' budgets: four regeringen.se releases, SKL, three state agencies, a county
/// board, two regions, a municipality, a federation of municipalities and a state-owned
/// company, 1999–2025, 9 .txt, 3 .html and 2 .md, written blind; the set writes no rule);
/// blind it scored amounts 0.996, agreements 0.750, organizations 0.909 and 1.000 for
/// every other kind; the floors are those scores rounded down one step (0.01), one step
/// more on a boundary, listed in its README.
const PROBE148_FLOORS: Floors = [
    ("amounts", 0.99),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.90),
    ("agreements", 0.74),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe148", PROBE148_FLOORS);
}

/// The hundred-forty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe149`,
/// a plain sample like the owner's held-out set on elder care, disability, youth, public
/// health, defence, foreign aid, research infrastructure, museums and waste: four
/// regeringen.se releases, SKR, three state agencies, a county board, a landsting and a
/// region, a municipality and a federation of municipalities, 1998–2024, 9 .txt, 3 .html
/// and 2 .md, written blind; the set writes no rule); blind it scored amounts 0.993,
/// agreements 0.000, organizations 0.948 and 1.000 for every other kind; the floors are
/// those scores rounded down one step (0.01), listed in its README.
const PROBE149_FLOORS: Floors = [
    ("amounts", 0.99),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 0.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_forty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe149", PROBE149_FLOORS);
}

/// The hundred-fiftieth probe set's floors (`crates/normalize/tests/fixtures/probe150`, a
/// plain sample like the owner's held-out set on schools, research, culture, sport,
/// press support, elections, consumer affairs and equality: four regeringen.se releases,
/// SKL, three state agencies, two county boards, a landsting and a region, a
/// municipality and a research foundation, 1999–2025, 9 .txt, 3 .html and 2 .md,
/// written blind; the set writes no rule); blind it scored amounts 0.996, organizations
/// 0.959 and 1.000 for every other kind; the floors are those scores rounded down one
/// step (0.01), listed in its README.
const PROBE150_FLOORS: Floors = [
    ("amounts", 0.99),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fiftieth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe150", PROBE150_FLOORS);
}

/// The hundred-fifty-first probe set's floors (`crates/normalize/tests/fixtures/probe151`,
/// a plain sample like the owner's held-out set on hospital and primary care,
/// psychiatry, medicines and vaccination, patient safety and care staff: four
/// regeringen.se releases, SKL, three state agencies, two county boards, a landsting and
/// a region, a municipality and the regions' mutual insurer, 1998–2024, 9 .txt, 3 .html
/// and 2 .md, written blind; the set writes no rule); blind it scored agreements 0.857,
/// organizations 0.938 and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE151_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.93),
    ("agreements", 0.85),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_fifty_first_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe151", PROBE151_FLOORS);
}

/// The hundred-twenty-eighth probe set's floors (`crates/normalize/tests/fixtures/probe128`,
/// releases of national senders naming 4–8 bodies each, 2004–2025, written blind; the set
/// writes no rule); blind it scored organizations 0.863, title 0.929 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE128_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.86),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_eighth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe128", PROBE128_FLOORS);
}

/// The hundred-twenty-ninth probe set's floors (`crates/normalize/tests/fixtures/probe129`,
/// whole page saves as a browser saves them: regeringen.se, state agencies, news wires' pages,
/// SKL/SKR and research bodies, 2004–2025, written blind; the set writes no rule); blind it
/// scored organizations 0.951 and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE129_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twenty_ninth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe129", PROBE129_FLOORS);
}

/// The hundred-eleventh probe set's floors (`crates/normalize/tests/fixtures/probe111`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL/SKR, state agencies,
/// county boards, regions and a municipality, 2003–2025, written blind; the set writes no
/// rule); blind it scored organizations 0.918, department 0.857 and 1.000 for every other
/// kind; the floors are those scores rounded down one step (0.01), listed in its README.
const PROBE111_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.91),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 0.85),
];

#[test]
fn hundred_eleventh_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe111", PROBE111_FLOORS);
}

/// The hundred-twelfth probe set's floors (`crates/normalize/tests/fixtures/probe112`, a
/// plain sample drawn as the owner's held-out set is: regeringen.se, SKL, state agencies,
/// county boards, regions and municipalities, 2004–2025, written blind; the set writes no
/// rule); blind it scored organizations 0.952 (0.959 after one gold correction that follows
/// an earlier set's convention) and 1.000 for every other kind; the floors are those scores
/// rounded down one step (0.01), listed in its README.
const PROBE112_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.95),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 1.0),
    ("department", 1.0),
];

#[test]
fn hundred_twelfth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe112", PROBE112_FLOORS);
}

/// The hundred-thirteenth probe set's floors (`crates/normalize/tests/fixtures/probe113`,
/// local and regional senders' releases naming 6–9 bodies each in forms earlier sets did not
/// use: municipalities, a county council and a region, a county board, a kommunalförbund, a
/// samordningsförbund, a parish and municipal companies, 2005–2025, written blind; the set
/// writes no rule); blind it scored organizations 0.950, title 0.929 and 1.000 for every
/// other kind; the floors are those scores rounded down one step (0.01, organizations one
/// more: 0.950 sits on its boundary), listed in its README.
const PROBE113_FLOORS: Floors = [
    ("amounts", 1.0),
    ("amount_regions", 1.0),
    ("ministers", 1.0),
    ("regions", 1.0),
    ("organizations", 0.94),
    ("agreements", 1.0),
    ("published", 1.0),
    ("title", 0.92),
    ("department", 1.0),
];

#[test]
fn hundred_thirteenth_probe_set_scores_above_its_floors() {
    scores_above_floors("../normalize/tests/fixtures/probe113", PROBE113_FLOORS);
}
