//! From an extracted press release to a tantivy document, and back to what a hit shows.

use pressarkiv_normalize::Extraction;
use serde::{Deserialize, Serialize};
use tantivy::schema::{Facet, OwnedValue, Value};
use tantivy::{DateTime, TantivyDocument};

use crate::release_doc::ReleaseDoc;
use crate::schema::Fields;
use crate::stats::{pack_region_sek, Money};

/// The most of a release's text that is stored to be shown (snippets, the document
/// view). Every word past it is still indexed and found, and every entity counts in
/// facets and sums; only reading it back stops here. No press release comes near it; a
/// file of a hundred megabytes would otherwise be copied three times over by tantivy's
/// document store while indexing, and read and parsed whole for every hit.
pub const MAX_SHOWN_BYTES: usize = 1 << 20;

/// Facet roots, one per kind of entity that results are counted by.
pub(crate) const FACET_MINISTER: &str = "minister";
pub(crate) const FACET_AGREEMENT: &str = "agreement";
pub(crate) const FACET_REGION: &str = "region";
pub(crate) const FACET_ORG: &str = "organization";
pub(crate) const FACET_YEAR: &str = "year";

/// One press release, ready to be written. It owns its extraction so that the text
/// moves into the index without a copy.
#[derive(Debug, Clone)]
pub struct IndexedDocument<'a> {
    /// Path relative to the corpus root: the document's identity.
    pub path: &'a str,
    /// Content hash of the source file.
    pub hash: &'a str,
    /// The file's stamp (size, times, inode) when it was read, if it had settled: a
    /// file whose stamp is unchanged need not be read again.
    pub stamp: Option<&'a str>,
    /// What normalize read out of it.
    pub extraction: Extraction,
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
    /// Keeps what lies in the first `end` bytes of the text: amounts, and the mentions
    /// of each named entity (the entity itself stays, it is in the release).
    fn clip(&mut self, end: usize) {
        let within = |span: &pressarkiv_normalize::Span| span.end <= end;
        self.amounts.retain(|amount| within(&amount.span));
        let named = self
            .ministers
            .iter_mut()
            .map(|m| &mut m.spans)
            .chain(self.agreements.iter_mut().map(|a| &mut a.spans))
            .chain(self.regions.iter_mut().map(|r| &mut r.spans))
            .chain(self.organizations.iter_mut().map(|o| &mut o.spans))
            .chain(self.people.iter_mut().map(|p| &mut p.spans));
        for spans in named {
            spans.retain(within);
        }
    }

    /// The largest amount mentioned, in SEK.
    pub fn max_amount(&self) -> Option<u64> {
        self.amounts
            .iter()
            .filter_map(|amount| amount.granted_max().or(amount.granted()))
            .max()
    }
}

impl IndexedDocument<'_> {
    pub(crate) fn into_tantivy(self, fields: &Fields) -> ReleaseDoc {
        let Extraction {
            text,
            title,
            published,
            department,
            amounts,
            ministers,
            agreements,
            regions,
            organizations,
            people,
        } = self.extraction;
        let mut entities = StoredEntities {
            department,
            amounts,
            ministers,
            agreements,
            regions,
            organizations,
            people,
        };
        let money = Money::of(&entities);
        let max_amount = entities.max_amount().unwrap_or(0);
        let mut doc = ReleaseDoc::default();
        doc.add_text(fields.path, self.path);
        doc.add_text(fields.id, crate::view::document_id(self.path));
        doc.add_text(fields.hash, self.hash);
        if let Some(stamp) = self.stamp {
            doc.add_text(fields.stamp, stamp);
        }
        let mut facet = |kind: &str, value: &str| {
            doc.add(
                &[fields.facets],
                OwnedValue::Facet(Facet::from_path([kind, value])),
            );
        };
        for minister in &entities.ministers {
            facet(FACET_MINISTER, &minister.name);
        }
        for agreement in &entities.agreements {
            facet(FACET_AGREEMENT, &agreement.name);
        }
        for region in &entities.regions {
            facet(FACET_REGION, &region.name);
        }
        for org in &entities.organizations {
            facet(FACET_ORG, &org.name);
        }
        if let Some(year) = published.as_deref().and_then(|date| date.get(..4)) {
            facet(FACET_YEAR, year);
        }
        for minister in &entities.ministers {
            doc.add_text(fields.minister, minister.name.as_str());
        }
        for agreement in &entities.agreements {
            doc.add_text(fields.agreement, agreement.name.as_str());
        }
        for region in &entities.regions {
            doc.add_text(fields.region, region.name.as_str());
        }
        for org in &entities.organizations {
            doc.add_text(fields.org, org.name.as_str());
            // "Sveriges Kommuner och Regioner" is also found as org:skr.
            if let Some(acronym) = acronym(&org.name) {
                doc.add_text(fields.org, acronym);
            }
        }
        for amount in &entities.amounts {
            for sek in [amount.granted(), amount.granted_max()]
                .into_iter()
                .flatten()
            {
                doc.add(&[fields.amount], OwnedValue::U64(sek));
            }
        }
        doc.add(&[fields.max_amount], OwnedValue::U64(max_amount));
        if let Some(date) = published.as_deref().and_then(parse_iso_date) {
            doc.add(&[fields.published], OwnedValue::Date(date));
        }
        let shown_end = shown_end(&text);
        if shown_end < text.len() {
            entities.clip(shown_end);
        }
        // Serializing plain data with string keys cannot fail; an empty object is a safe fallback.
        let json = serde_json::to_string(&entities).unwrap_or_else(|_| "{}".to_string());
        doc.add_text(fields.entities, json);
        doc.add(&[fields.total_sek], OwnedValue::U64(money.total));
        for (region, sek) in money.regions {
            doc.add(
                &[fields.region_sek],
                OwnedValue::U64(pack_region_sek(&region, sek)),
            );
            doc.add_text(fields.region_names, region);
        }
        // The texts last and moved, not copied: each field that indexes one points at it.
        if let Some(title) = title {
            doc.add(&[fields.title], OwnedValue::Str(title));
        }
        if shown_end < text.len() {
            doc.add(&[fields.body_bytes], OwnedValue::U64(text.len() as u64));
            doc.add(
                &[fields.shown],
                OwnedValue::Str(text[..shown_end].to_string()),
            );
            doc.add(&[fields.body], OwnedValue::Str(text));
        } else {
            doc.add(&[fields.body, fields.shown], OwnedValue::Str(text));
        }
        doc
    }
}

/// Where the shown part of `text` ends: all of it, or the last line break (else the
/// last character boundary) within [`MAX_SHOWN_BYTES`].
fn shown_end(text: &str) -> usize {
    if text.len() <= MAX_SHOWN_BYTES {
        return text.len();
    }
    let mut end = MAX_SHOWN_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].rfind('\n').map_or(end, |newline| newline + 1)
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
    /// The shown text (see [`MAX_SHOWN_BYTES`]).
    pub body: String,
    /// The length of the whole text when `body` is only its start.
    pub full_body_bytes: Option<u64>,
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
            body: text(fields.shown).unwrap_or_default(),
            full_body_bytes: doc
                .get_first(fields.body_bytes)
                .and_then(|value| value.as_u64()),
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
