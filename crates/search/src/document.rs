//! From an extracted press release to a tantivy document, and back to what a hit shows.

use pressarkiv_normalize::Extraction;
use serde::{Deserialize, Serialize};
use tantivy::schema::{Facet, Value};
use tantivy::{DateTime, TantivyDocument};

use crate::schema::Fields;
use crate::stats::Money;

/// Facet roots, one per kind of entity that results are counted by.
pub(crate) const FACET_MINISTER: &str = "minister";
pub(crate) const FACET_AGREEMENT: &str = "agreement";
pub(crate) const FACET_REGION: &str = "region";
pub(crate) const FACET_ORG: &str = "organization";
pub(crate) const FACET_YEAR: &str = "year";

/// Room in a document's buffer beyond its texts: the id, the hash, facets, entity names,
/// numbers and the per-value headers, a few hundred bytes for a typical release.
const DOC_SLACK_BYTES: usize = 1024;

/// One press release, ready to be written.
#[derive(Debug, Clone, Copy)]
pub struct IndexedDocument<'a> {
    /// Path relative to the corpus root: the document's identity.
    pub path: &'a str,
    /// Content hash of the source file.
    pub hash: &'a str,
    /// What normalize read out of it.
    pub extraction: &'a Extraction,
}

/// The entities kept beside each document for display: everything of the
/// [`Extraction`] but its text (the body is stored on its own).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredEntities {
    /// Issuing department.
    pub department: Option<String>,
    /// Every amount, in document order.
    pub amounts: Vec<pressarkiv_normalize::Amount>,
    /// Ministers.
    pub ministers: Vec<pressarkiv_normalize::Minister>,
    /// Agreements.
    pub agreements: Vec<pressarkiv_normalize::Agreement>,
    /// Regions.
    pub regions: Vec<pressarkiv_normalize::Region>,
    /// Organizations.
    pub organizations: Vec<pressarkiv_normalize::Organization>,
    /// People quoted.
    pub people: Vec<pressarkiv_normalize::Person>,
}

impl StoredEntities {
    fn of(extraction: &Extraction) -> Self {
        StoredEntities {
            department: extraction.department.clone(),
            amounts: extraction.amounts.clone(),
            ministers: extraction.ministers.clone(),
            agreements: extraction.agreements.clone(),
            regions: extraction.regions.clone(),
            organizations: extraction.organizations.clone(),
            people: extraction.people.clone(),
        }
    }

    /// The largest amount mentioned, in SEK.
    pub fn max_amount(&self) -> Option<u64> {
        self.amounts
            .iter()
            .map(|amount| amount.sek_max.unwrap_or(amount.sek))
            .max()
    }
}

impl IndexedDocument<'_> {
    pub(crate) fn to_tantivy(self, fields: &Fields) -> TantivyDocument {
        let extraction = self.extraction;
        let entities = StoredEntities::of(extraction);
        // Serializing plain data with string keys cannot fail; an empty object is a safe fallback.
        let json = serde_json::to_string(&entities).unwrap_or_else(|_| "{}".to_string());
        let money = Money::of(&entities, extraction.published.as_deref());
        let money = serde_json::to_vec(&money).unwrap_or_default();
        // The document's buffer sized once: grown by doubling, it was copied several times
        // over (title and body go in twice) and took fresh pages from the kernel each time.
        let title = extraction.title.as_deref().map_or(0, str::len);
        let mut doc = TantivyDocument::with_capacity(
            2 * (title + extraction.text.len())
                + json.len()
                + money.len()
                + 2 * self.path.len()
                + entity_bytes(extraction)
                + DOC_SLACK_BYTES,
        );
        doc.add_text(fields.path, self.path);
        doc.add_text(fields.id, crate::view::document_id(self.path));
        doc.add_text(fields.hash, self.hash);
        if let Some(title) = &extraction.title {
            doc.add_text(fields.title, title);
            doc.add_text(fields.title_folded, title);
        }
        doc.add_text(fields.body, &extraction.text);
        doc.add_text(fields.body_folded, &extraction.text);
        let mut facet = |kind: &str, value: &str| {
            doc.add_facet(fields.facets, Facet::from_path([kind, value]));
        };
        for minister in &extraction.ministers {
            facet(FACET_MINISTER, &minister.name);
        }
        for agreement in &extraction.agreements {
            facet(FACET_AGREEMENT, &agreement.name);
        }
        for region in &extraction.regions {
            facet(FACET_REGION, &region.name);
        }
        for org in &extraction.organizations {
            facet(FACET_ORG, &org.name);
        }
        if let Some(year) = extraction
            .published
            .as_deref()
            .and_then(|date| date.get(..4))
        {
            facet(FACET_YEAR, year);
        }
        for minister in &extraction.ministers {
            doc.add_text(fields.minister, &minister.name);
        }
        for agreement in &extraction.agreements {
            doc.add_text(fields.agreement, &agreement.name);
        }
        for region in &extraction.regions {
            doc.add_text(fields.region, &region.name);
        }
        for org in &extraction.organizations {
            doc.add_text(fields.org, &org.name);
            // "Sveriges Kommuner och Regioner" is also found as org:skr.
            if let Some(acronym) = acronym(&org.name) {
                doc.add_text(fields.org, acronym);
            }
        }
        for amount in &extraction.amounts {
            doc.add_u64(fields.amount, amount.sek);
            if let Some(upper) = amount.sek_max {
                doc.add_u64(fields.amount, upper);
            }
        }
        doc.add_u64(fields.max_amount, entities.max_amount().unwrap_or(0));
        if let Some(date) = extraction.published.as_deref().and_then(parse_iso_date) {
            doc.add_date(fields.published, date);
        }
        doc.add_text(fields.entities, json);
        doc.add_bytes(fields.money, &money);
        doc
    }
}

/// Room for the entity values in a document's buffer: each name goes in as a facet and
/// as a term (an organization's initials too), each amount as one or two numbers. Short
/// of it by a byte, the buffer doubles: for a long file with thousands of entities, that
/// was a copy of the whole text twice over.
fn entity_bytes(extraction: &Extraction) -> usize {
    /// A facet's path ("/minister/"), length prefixes and an acronym, per name.
    const PER_NAME: usize = 48;
    let names = extraction
        .ministers
        .iter()
        .map(|minister| minister.name.len())
        .chain(
            extraction
                .agreements
                .iter()
                .map(|agreement| agreement.name.len()),
        )
        .chain(extraction.regions.iter().map(|region| region.name.len()))
        .chain(extraction.organizations.iter().map(|org| org.name.len()));
    let names: usize = names.map(|len| 2 * len + PER_NAME).sum();
    names + 2 * std::mem::size_of::<u64>() * extraction.amounts.len()
}

/// The initials of a name of several capitalized words: "Sveriges Kommuner och
/// Regioner" → "SKR". None for a one-word name.
fn acronym(name: &str) -> Option<String> {
    let initials: String = name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .filter(|initial| initial.is_uppercase())
        .collect();
    (initials.chars().count() >= 2).then_some(initials)
}

/// Reads the stored parts of a hit.
pub(crate) struct StoredDocument {
    pub path: String,
    pub title: Option<String>,
    pub body: String,
    pub published: Option<String>,
    pub entities: StoredEntities,
}

impl StoredDocument {
    pub(crate) fn read(doc: &TantivyDocument, fields: &Fields) -> StoredDocument {
        let text = |field| {
            doc.get_first(field)
                .and_then(|value| value.as_str())
                .map(str::to_string)
        };
        let published = doc
            .get_first(fields.published)
            .and_then(|value| value.as_datetime())
            .map(format_iso_date);
        StoredDocument {
            path: text(fields.path).unwrap_or_default(),
            title: text(fields.title),
            body: text(fields.body).unwrap_or_default(),
            published,
            entities: text(fields.entities)
                .and_then(|json| serde_json::from_str(&json).ok())
                .unwrap_or_default(),
        }
    }
}

/// "2015-04-25" → a tantivy date at midnight UTC; `None` unless the day exists, by the
/// workspace's one date check ([`pressarkiv_normalize::Date`]).
pub(crate) fn parse_iso_date(iso: &str) -> Option<DateTime> {
    pressarkiv_normalize::parse_iso_date(iso).map(to_tantivy)
}

/// The start of `date`, midnight UTC, as a tantivy date.
pub(crate) fn to_tantivy(date: pressarkiv_normalize::Date) -> DateTime {
    from_unix_seconds(date.unix_seconds())
}

/// tantivy keeps nanoseconds in an i64 (the years 1678 to 2262); a time beyond, such as
/// a query for `published:4110`, would overflow, so it is held at the edge, where no
/// release is.
pub(crate) fn from_unix_seconds(seconds: i64) -> DateTime {
    const LIMIT: i64 = i64::MAX / 1_000_000_000;
    DateTime::from_timestamp_secs(seconds.clamp(-LIMIT, LIMIT))
}

/// A tantivy date → "2015-04-25".
pub(crate) fn format_iso_date(date: DateTime) -> String {
    pressarkiv_normalize::Date::from_unix_seconds(date.into_timestamp_secs())
        .map(|d| d.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organizations_get_their_initials() {
        assert_eq!(
            acronym("Sveriges Kommuner och Regioner").as_deref(),
            Some("SKR")
        );
        assert_eq!(acronym("Socialstyrelsen"), None);
    }

    #[test]
    fn iso_dates_round_trip() {
        let date = parse_iso_date("2022-01-29").unwrap();
        assert_eq!(format_iso_date(date), "2022-01-29");
        assert!(parse_iso_date("2022-13-01").is_none());
        assert!(parse_iso_date("2015-02-31").is_none());
        assert!(parse_iso_date("not a date").is_none());
    }
}
