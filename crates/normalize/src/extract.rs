//! [`extract`]: cleans a release and runs every extractor over the cleaned text, so all
//! spans point into [`Extraction::text`].

use crate::entities::{Extraction, Organization, Region, Span};
use crate::units::UnitParts;
use crate::{
    agreements, amounts, boilerplate, clean, dates, ministers, organizations, people, regions,
    tables, ties, title,
};

/// Cleans `raw` (Unicode NFC, tidy white space, web-page chrome removed) and extracts
/// the headline, publication date, department and every entity from it.
///
/// The function is pure and thread-safe: its patterns are compiled once per process and
/// it keeps no state between calls.
pub fn extract(raw: &str) -> Extraction {
    extract_cleaned(clean::clean_text(raw))
}

/// [`extract`] of a text handed over, which is freed as soon as it is cleaned instead of
/// held beside the cleaned copy: for a huge file, one copy fewer at the peak.
pub fn extract_owned(raw: String) -> Extraction {
    let cleaned = clean::clean_text(&raw);
    drop(raw);
    extract_cleaned(cleaned)
}

fn extract_cleaned(cleaned: String) -> Extraction {
    let department = title::department(&cleaned);
    let text = boilerplate::strip_owned(cleaned);

    // One ASCII-lower-cased copy serves the case-blind searches for unit words and
    // staff titles. Each working buffer is dropped once its last user is done: in a huge
    // file they are as large as the text.
    let folded = text.as_bytes().to_ascii_lowercase();
    let unit_parts = UnitParts::in_folded(&folded);
    let tables = tables::find(&text, &unit_parts);
    let mut amounts = amounts::find(&text, &unit_parts, &tables.ranges);
    drop(unit_parts);
    let ministers = ministers::find(&text, &folded);
    drop(folded);
    let capitals = crate::gazetteer::capitals(&text);
    let regions::Found {
        mentions: region_mentions,
        county_bodies,
    } = regions::find(&text, &capitals, &tables.ranges);
    ties::tie(&text, &mut amounts, &region_mentions);
    tables::name_unit_cell_rows(&text, &mut amounts);
    amounts.extend(tables.amounts);
    amounts.sort_by_key(|a| a.span.start);

    // A county that only ends a branch's name in a list row is no region of the release;
    // its span still counts as taken for the organizations below. A table's own region
    // labels are never such rows.
    let branch_rows: Vec<usize> = region_mentions
        .iter()
        .filter(|m| ties::is_branch_row_label(&text, m))
        .map(|m| m.span.start)
        .collect();
    let mut all_regions = region_mentions;
    all_regions.extend(tables.regions);
    all_regions.sort_by_key(|m| m.span.start);
    let people = people::find(&text);
    let person_names: Vec<&str> = ministers
        .iter()
        .map(|m| m.name.as_str())
        .chain(people.iter().map(|p| p.name.as_str()))
        .collect();
    let mut named_apart = organizations::in_capitals(&text, &capitals, &person_names);
    named_apart.extend(organizations::coordinated_municipalities(&text));
    // The rows of a table of organizations ("Organisation   Belopp") name bodies.
    named_apart.extend(
        tables
            .bodies
            .iter()
            .map(|span| (text[span.start..span.end].to_string(), *span)),
    );
    named_apart.extend(
        county_bodies
            .iter()
            .map(|span| (text[span.start..span.end].to_string(), *span)),
    );
    let found = organizations::find(&text, &capitals, &person_names);
    // A region named in a speaker's role is no employer of theirs to read as a body.
    let employers = organizations::employers(&text, &people, &found, &named_apart, &all_regions);
    named_apart.extend(employers);
    // A county that is a word of a body's name ("HSB Skåne", "Norrbottens
    // Handelskammare") names the body, not a region the release is about; a county
    // board's is its county's.
    let names_a_body = |m: &regions::RegionMention| {
        let inside = |span: &Span| span.start <= m.span.start && m.span.end <= span.end;
        let body = organizations::names_its_county_as_a_body;
        found.iter().any(|o| inside(&o.span) && body(o.canonical))
            || named_apart
                .iter()
                .any(|(name, span)| inside(span) && body(name))
    };
    let regions = group(
        all_regions
            .iter()
            .filter(|m| !branch_rows.contains(&m.span.start) && !names_a_body(m))
            .map(|m| (m.canonical, m.span)),
    )
    .map(|(name, spans)| Region { name, spans })
    .collect();
    drop(all_regions);
    let organizations = group(
        found.iter().map(|m| (m.canonical, m.span)).chain(
            named_apart
                .iter()
                .map(|(name, span)| (name.as_str(), *span)),
        ),
    )
    .map(|(name, spans)| Organization { name, spans })
    .collect();
    let mut organizations = join_wrapped_names(organizations);
    let published = dates::published(&text);
    let published_on = published.as_deref().and_then(crate::date::parse_iso_date);
    organizations.retain(|org| {
        !organizations::is_police_before_its_authority(&text, &org.name, &org.spans, published_on)
    });
    drop(person_names);
    drop(capitals);

    Extraction {
        title: title::title(&text),
        published,
        department,
        amounts,
        ministers,
        agreements: agreements::find(&text),
        regions,
        organizations,
        people,
        text,
    }
}

/// Groups mentions by canonical name, in order of first mention.
/// A name read as written across a hard-wrapped line ("Länsarbetsnämnden i\nNorrbottens
/// län", in e-mailed and PDF releases) is reported on one line, and merged with the same
/// name written on one. Names are short and rarely wrapped: the byte test comes first.
fn join_wrapped_names(organizations: Vec<Organization>) -> Vec<Organization> {
    if !organizations
        .iter()
        .any(|o| memchr::memchr(b'\n', o.name.as_bytes()).is_some())
    {
        return organizations;
    }
    let mut out: Vec<Organization> = Vec::with_capacity(organizations.len());
    for mut org in organizations {
        if org.name.contains('\n') {
            org.name = org.name.replace('\n', " ");
        }
        match out.iter_mut().find(|o| o.name == org.name) {
            Some(same) => {
                same.spans.extend(org.spans);
                same.spans.sort_by_key(|s| s.start);
            }
            None => out.push(org),
        }
    }
    out
}

fn group<'a>(
    mentions: impl Iterator<Item = (&'a str, Span)>,
) -> impl Iterator<Item = (String, Vec<Span>)> {
    let mut groups: Vec<(String, Vec<Span>)> = Vec::new();
    for (name, span) in mentions {
        match groups.iter_mut().find(|(n, _)| n == name) {
            Some((_, spans)) => spans.push(span),
            None => groups.push((name.to_string(), vec![span])),
        }
    }
    groups.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions_of(text: &str) -> Vec<String> {
        extract(text).regions.into_iter().map(|r| r.name).collect()
    }

    #[test]
    fn a_county_inside_a_bodys_name_is_no_region_of_the_release() {
        assert!(regions_of(
            "Rubrik\n\nStödet går till HSB Värmland och Hallands Handelskammare.\n"
        )
        .is_empty());
        // A county's own bodies and a county named apart are its region.
        assert_eq!(
            regions_of("Rubrik\n\nLänsstyrelsen i Hallands län beslutar om stöd till HSB Värmland i Värmland.\n"),
            ["Halland", "Värmland"]
        );
    }

    fn organizations_of(text: &str) -> Vec<String> {
        extract(text)
            .organizations
            .into_iter()
            .map(|o| o.name)
            .collect()
    }

    #[test]
    fn the_rows_of_a_table_of_organizations_name_bodies() {
        let release = |column: &str| {
            crate::clean::clean_text(&format!(
                "Rubrik\n\nMyndigheten fördelar bidrag till ideella organisationer.\n\n\
                 Beviljade bidrag 2018, tusen kronor\n\n\
                 | {column} | Belopp |\n|---|---:|\n| Noaks Ark | 3 400 |\n| Convictus | 1 300 |\n\
                 | Övriga 13 organisationer | 8 600 |\n| Övriga | 100 |\n| **Summa** | **13 400** |\n"
            ))
        };
        assert_eq!(
            organizations_of(&release("Organisation")),
            ["Noaks Ark", "Convictus"]
        );
        // Rows of projects, under another label, name none.
        assert!(organizations_of(&release("Projekt")).is_empty());
    }

    #[test]
    fn the_police_is_the_police_authority_only_since_it_was_formed() {
        let release = |date: &str| {
            format!("Rubrik\n\nStockholm {date}\n\nKommunen och polisen inleder ett samarbete om trygghet i centrum.\n")
        };
        assert_eq!(
            organizations_of(&release("2016-03-01")),
            ["Polismyndigheten"]
        );
        assert!(organizations_of(&release("2009-03-01")).is_empty());
        // A release of that time naming the authority keeps it.
        assert_eq!(
            organizations_of("Rubrik\n\nStockholm 2009-03-01\n\nPolismyndigheten i Skåne och polisen i Malmö samarbetar.\n"),
            ["Polismyndigheten i Skåne"]
        );
    }
}
