//! Sums of money per group (region, agreement, minister, year, organization) over the
//! releases a query matches.
//!
//! The same money is never counted twice within one release:
//! - a table's "Totalt" row, and any amount stated as a total of others, is not added
//!   to its parts;
//! - by region, a release contributes each sum tied to that region once: a repeated
//!   mention of the same sum in running text counts once, and a rounded restatement
//!   ("44 miljoner" in the headline, "44,3 miljoner" in the body) gives way to the
//!   precise figure; rows of different tables are different money and all count;
//! - by any other group, a release contributes its own total once: the larger of its
//!   largest amount (the headline figure, which the body breaks down) and the sum of
//!   its region amounts as above.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tantivy::collector::DocSetCollector;

use crate::archive::Archive;
use crate::document::StoredEntities;
use crate::error::SearchError;
use crate::query::parse_query;
use crate::schema::MONEY;

/// A restatement differs from the figure it rounds by less than this share.
const ROUNDING_TOLERANCE: f64 = 0.05;

/// What to group sums by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// The region each sum is tied to.
    Region,
    /// Each agreement a release names.
    Agreement,
    /// Each minister a release names.
    Minister,
    /// Year of publication.
    Year,
    /// Each organization a release names.
    Organization,
}

/// One group's sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupSum {
    /// The group, e.g. "Stockholm".
    pub name: String,
    /// Kronor.
    pub sek: u64,
    /// Releases that contributed.
    pub documents: usize,
}

/// Sums per group, largest first, and the grand total (each release counted once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// The grouping.
    pub by: GroupBy,
    /// Matching releases.
    pub matched: usize,
    /// One row per group, largest sum first.
    pub groups: Vec<GroupSum>,
    /// All groups together, without counting a release twice.
    pub total: GroupSum,
}

impl Archive {
    /// Adds up the amounts of the releases matching `query`, per `by`.
    pub fn stats(&self, query: &str, by: GroupBy, exact: bool) -> Result<Stats, SearchError> {
        let query = parse_query(self, query, exact)?;
        let searcher = self.searcher();
        let addresses = searcher.search(&*query.inner, &DocSetCollector)?;
        let mut by_segment: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for address in &addresses {
            by_segment
                .entry(address.segment_ord)
                .or_default()
                .push(address.doc_id);
        }
        let mut groups: BTreeMap<String, GroupSum> = BTreeMap::new();
        let mut total = GroupSum {
            name: "Totalt".to_string(),
            sek: 0,
            documents: 0,
        };
        for (segment_ord, docs) in by_segment {
            let segment = searcher.segment_reader(segment_ord);
            let Some(column) = segment.fast_fields().bytes(MONEY)? else {
                continue;
            };
            // Resolve the ordinals in one sorted sweep of the column's dictionary rather
            // than one seek per release; a value shared by several releases counts for each.
            let mut ords: Vec<u64> = docs
                .iter()
                .filter_map(|&doc| column.term_ords(doc).next())
                .collect();
            ords.sort_unstable();
            let mut distinct: Vec<u64> = Vec::with_capacity(ords.len());
            let mut repeats: Vec<usize> = Vec::with_capacity(ords.len());
            for ord in ords {
                match distinct.last() {
                    Some(&last) if last == ord => {
                        if let Some(count) = repeats.last_mut() {
                            *count += 1;
                        }
                    }
                    _ => {
                        distinct.push(ord);
                        repeats.push(1);
                    }
                }
            }
            let mut index = 0;
            column
                .dictionary()
                .sorted_ords_to_term_cb(&distinct, |bytes| {
                    let times = repeats.get(index).copied().unwrap_or(0);
                    index += 1;
                    if let Ok(money) = serde_json::from_slice::<Money>(bytes) {
                        for _ in 0..times {
                            add(&money, by, &mut groups, &mut total);
                        }
                    }
                })
                .map_err(|err| SearchError::Tantivy(err.into()))?;
        }
        let mut groups: Vec<GroupSum> = groups.into_values().collect();
        groups.sort_by(|a, b| b.sek.cmp(&a.sek).then_with(|| a.name.cmp(&b.name)));
        Ok(Stats {
            by,
            matched: addresses.len(),
            groups,
            total,
        })
    }
}

/// What `stats` needs of one release, computed when it is indexed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Money {
    /// The release's own total (see the module doc).
    total: u64,
    /// Region → the sums tied to it, each once.
    regions: Vec<(String, u64)>,
    ministers: Vec<String>,
    agreements: Vec<String>,
    organizations: Vec<String>,
    year: Option<String>,
}

impl Money {
    pub(crate) fn of(entities: &StoredEntities, published: Option<&str>) -> Money {
        let mut regions: BTreeMap<String, u64> = BTreeMap::new();
        for (region, sek) in region_amounts(entities) {
            *regions.entry(region).or_default() += sek;
        }
        let regional: u64 = regions.values().sum();
        Money {
            total: entities.max_amount().unwrap_or(0).max(regional),
            regions: regions.into_iter().collect(),
            ministers: entities.ministers.iter().map(|m| m.name.clone()).collect(),
            agreements: entities.agreements.iter().map(|a| a.name.clone()).collect(),
            organizations: entities
                .organizations
                .iter()
                .map(|o| o.name.clone())
                .collect(),
            year: published.and_then(|date| date.get(..4)).map(str::to_string),
        }
    }

    /// What this release adds to which group.
    fn contributions(&self, by: GroupBy) -> Vec<(&str, u64)> {
        if by == GroupBy::Region {
            return self
                .regions
                .iter()
                .map(|(r, sek)| (r.as_str(), *sek))
                .collect();
        }
        if self.total == 0 {
            return Vec::new();
        }
        let names: Vec<&str> = match by {
            GroupBy::Agreement => self.agreements.iter().map(String::as_str).collect(),
            GroupBy::Minister => self.ministers.iter().map(String::as_str).collect(),
            GroupBy::Organization => self.organizations.iter().map(String::as_str).collect(),
            GroupBy::Year => self.year.iter().map(String::as_str).collect(),
            GroupBy::Region => Vec::new(),
        };
        names.into_iter().map(|name| (name, self.total)).collect()
    }
}

fn add(money: &Money, by: GroupBy, groups: &mut BTreeMap<String, GroupSum>, total: &mut GroupSum) {
    let contributions = money.contributions(by);
    if contributions.is_empty() {
        return;
    }
    total.documents += 1;
    let mut counted = 0;
    for (name, sek) in contributions {
        // Look up before inserting: allocating the name for every release is the cost.
        if !groups.contains_key(name) {
            let group = GroupSum {
                name: name.to_string(),
                sek: 0,
                documents: 0,
            };
            groups.insert(name.to_string(), group);
        }
        let Some(group) = groups.get_mut(name) else {
            continue;
        };
        group.sek += sek;
        group.documents += 1;
        // By region the parts are different money; otherwise each group gets the same.
        counted = if by == GroupBy::Region {
            counted + sek
        } else {
            sek
        };
    }
    total.sek += counted;
}

/// The sums tied to a region, each once (see the module doc).
fn region_amounts(entities: &StoredEntities) -> Vec<(String, u64)> {
    let mut kept: Vec<(&str, Option<&str>, u64)> = Vec::new();
    for amount in &entities.amounts {
        let Some(region) = amount.region.as_deref() else {
            continue;
        };
        if amount.is_total {
            continue;
        }
        let table = amount.table.as_deref();
        let repeated = kept
            .iter()
            .any(|&(r, t, sek)| r == region && t == table && sek == amount.sek);
        if !repeated {
            kept.push((region, table, amount.sek));
        }
    }
    let restated = |index: usize| {
        let (region, table, sek) = kept[index];
        table.is_none()
            && kept.iter().any(|&(r, t, other)| {
                r == region && t.is_none() && other != sek && rounds_to(other, sek)
            })
    };
    (0..kept.len())
        .filter(|&index| !restated(index))
        .map(|index| (kept[index].0.to_string(), kept[index].2))
        .collect()
}

/// True when `rounded` looks like `precise` with fewer significant digits.
fn rounds_to(precise: u64, rounded: u64) -> bool {
    let difference = precise.abs_diff(rounded) as f64;
    difference < ROUNDING_TOLERANCE * precise as f64
        && significant_digits(rounded) < significant_digits(precise)
}

fn significant_digits(value: u64) -> usize {
    let digits = value.to_string();
    digits.trim_end_matches('0').len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_restatement_is_recognized() {
        assert!(rounds_to(44_300_000, 44_000_000));
        assert!(!rounds_to(44_300_000, 8_800_000));
        assert!(!rounds_to(44_000_000, 44_300_000));
        assert_eq!(significant_digits(2_111_000_000), 4);
    }
}
