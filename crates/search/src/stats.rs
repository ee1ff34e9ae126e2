//! Sums of money per group (region, agreement, minister, year, organization) over the
//! releases a query matches.
//!
//! The same money is never counted twice within one release:
//! - a table's "Totalt" row, and any amount stated as a total of others, is not added
//!   to its parts;
//! - by region, a release contributes each sum tied to that region once: a repeated
//!   mention of the same sum in running text counts once, and a rounded restatement
//!   ("44 miljoner" in the headline, "44,3 miljoner" in the body) gives way to the
//!   precise figure; rows of different tables are different money and all count, and
//!   so are the cells of different columns of one table, which carry the column in
//!   their table's name ("Stöd per län / Kommuner", "… / Regioner"): the same figure in
//!   both is two sums;
//! - by any other group, a release contributes its own total once: the larger of its
//!   largest amount (the headline figure, which the body breaks down) and the sum of
//!   its region amounts as above.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn, TermOrdHit};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::archive::Archive;
use crate::doc_values::{DocValues, Runs};
use crate::document::{StoredEntities, FACET_AGREEMENT, FACET_MINISTER, FACET_ORG, FACET_YEAR};
use crate::error::SearchError;
use crate::query::parse_query;
use crate::schema::{FACETS, REGION_NAMES, REGION_SEK, TOTAL_SEK};

/// A restatement differs from the figure it rounds by less than this share.
const ROUNDING_TOLERANCE: f64 = 0.05;

/// A region's sum is packed with its region's code in one u64: the code in the top
/// bits, the kronor below. 2^48 kronor is far beyond any sum (the state budget is
/// about 2^40).
const SEK_BITS: u32 = 48;
const SEK_MASK: u64 = (1 << SEK_BITS) - 1;

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
        Ok(self.searcher().search(&*query.inner, &Sums { by })?)
    }
}

/// What `stats` needs of one release, computed when it is indexed and kept in fast
/// columns: its own total, and the sums tied to each region. The names of the other
/// groups are the release's facets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Money {
    /// The release's own total (see the module doc).
    pub(crate) total: u64,
    /// Region → the sums tied to it, each once.
    pub(crate) regions: Vec<(String, u64)>,
}

impl Money {
    pub(crate) fn of(entities: &StoredEntities) -> Money {
        let mut regions: BTreeMap<String, u64> = BTreeMap::new();
        for (region, sek) in region_amounts(entities) {
            *regions.entry(region).or_default() += sek;
        }
        let regional: u64 = regions.values().sum();
        Money {
            total: entities.max_amount().unwrap_or(0).max(regional),
            regions: regions.into_iter().collect(),
        }
    }
}

/// `region`'s sum as one number for the `region_sek` column.
pub(crate) fn pack_region_sek(region: &str, sek: u64) -> u64 {
    (u64::from(region_code(region)) << SEK_BITS) | sek.min(SEK_MASK)
}

/// A region's code: 16 bits of a hash of its name. Codes are only compared with the
/// codes of the names stored beside them, and the canonical names do not collide (a
/// test checks).
fn region_code(region: &str) -> u16 {
    let hash = blake3::hash(region.as_bytes());
    u16::from_le_bytes([hash.as_bytes()[0], hash.as_bytes()[1]])
}

/// The [`Collector`] behind [`Archive::stats`]: adds up fast columns per segment, so
/// no document is read.
struct Sums {
    by: GroupBy,
}

/// Where one segment's numbers come from.
enum Source {
    /// The packed region sums, and the group of each region code.
    Regions {
        sums: DocValues,
        groups: RegionGroups,
    },
    /// Each release's total, added to each of its facets of one kind (the facet
    /// ordinals in `kind`, group `ord - kind.start`).
    Facets {
        totals: Column<u64>,
        ords: DocValues,
        facets: FacetReader,
        kind: Range<u64>,
    },
    /// Nothing of the kind in this segment.
    Empty,
}

/// The regions named in a segment, each a group: its name, and a table from region code
/// to group, so that a sum finds its group by an index, not a hash.
struct RegionGroups {
    names: Vec<String>,
    group_of_code: Vec<u16>,
}

impl RegionGroups {
    /// Marks a code that no region of the segment has.
    const NONE: u16 = u16::MAX;

    fn of(names: &StrColumn) -> RegionGroups {
        let mut groups = RegionGroups {
            names: Vec::new(),
            group_of_code: vec![Self::NONE; 1 << 16],
        };
        let Ok(mut stream) = names.dictionary().stream() else {
            return groups;
        };
        while stream.advance() {
            let Ok(name) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            let Ok(group) = u16::try_from(groups.names.len()) else {
                break;
            };
            if group == Self::NONE {
                break;
            }
            groups.group_of_code[usize::from(region_code(name))] = group;
            groups.names.push(name.to_string());
        }
        groups
    }

    fn group(&self, packed: u64) -> Option<usize> {
        let group = self.group_of_code[(packed >> SEK_BITS) as usize & 0xFFFF];
        (group != Self::NONE).then_some(usize::from(group))
    }
}

/// One group's sum while counting.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    sek: u64,
    documents: usize,
}

impl Tally {
    fn add(&mut self, sek: u64) {
        self.sek += sek;
        self.documents += 1;
    }
}

struct SegmentSums {
    source: Source,
    /// Matches not yet added: they are added a run of consecutive documents at a time.
    runs: Runs,
    /// One per group of the source, named when the segment is done.
    groups: Vec<Tally>,
    total: Tally,
    matched: usize,
}

/// One segment's sums, by name.
struct SegmentFruit {
    groups: Vec<(String, Tally)>,
    total: Tally,
    matched: usize,
}

impl Collector for Sums {
    type Fruit = Stats;
    type Child = SegmentSums;

    fn for_segment(
        &self,
        _segment_ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentSums> {
        let fast = segment.fast_fields();
        let source = match facet_kind(self.by) {
            None => match (fast.column_opt(REGION_SEK)?, fast.str(REGION_NAMES)?) {
                (Some(sums), Some(names)) => Source::Regions {
                    sums: DocValues::new(sums),
                    groups: RegionGroups::of(&names),
                },
                _ => Source::Empty,
            },
            Some(kind) => match (fast.column_opt(TOTAL_SEK)?, fast.str(FACETS)?) {
                (Some(totals), Some(column)) => {
                    let ords = DocValues::new(column.ords().clone());
                    let facets = FacetReader::new(column);
                    let kind = facet_ords(&facets, kind)?;
                    Source::Facets {
                        totals,
                        ords,
                        facets,
                        kind,
                    }
                }
                _ => Source::Empty,
            },
        };
        let groups = match &source {
            Source::Regions { groups, .. } => groups.names.len(),
            Source::Facets { kind, .. } => (kind.end - kind.start) as usize,
            Source::Empty => 0,
        };
        Ok(SegmentSums {
            source,
            runs: Runs::default(),
            groups: vec![Tally::default(); groups],
            total: Tally::default(),
            matched: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentFruit>) -> tantivy::Result<Stats> {
        let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
        let mut total = Tally::default();
        let mut matched = 0;
        for segment in segments {
            for (name, tally) in segment.groups {
                let group = groups.entry(name).or_default();
                group.sek += tally.sek;
                group.documents += tally.documents;
            }
            total.sek += segment.total.sek;
            total.documents += segment.total.documents;
            matched += segment.matched;
        }
        let mut groups: Vec<GroupSum> = groups
            .into_iter()
            .map(|(name, tally)| GroupSum {
                name,
                sek: tally.sek,
                documents: tally.documents,
            })
            .collect();
        groups.sort_by(|a, b| b.sek.cmp(&a.sek).then_with(|| a.name.cmp(&b.name)));
        Ok(Stats {
            by: self.by,
            matched,
            groups,
            total: GroupSum {
                name: "Totalt".to_string(),
                sek: total.sek,
                documents: total.documents,
            },
        })
    }
}

impl SegmentSums {
    /// Adds the releases of `run` from the segment's source.
    fn add(&mut self, run: Range<DocId>) {
        match self.source {
            Source::Regions { .. } => self.add_regions(run),
            Source::Facets { .. } => self.add_totals(run),
            Source::Empty => {}
        }
    }

    /// Adds the region sums of the releases of `run`. By region the parts are different
    /// money: a release adds each.
    fn add_regions(&mut self, run: Range<DocId>) {
        let Source::Regions { sums, groups } = &mut self.source else {
            return;
        };
        let mut run_sek = 0;
        let values = sums.of_run(run.clone());
        let any = !values.is_empty();
        for &packed in values {
            let sek = packed & SEK_MASK;
            if let Some(group) = groups.group(packed) {
                self.groups[group].add(sek);
            }
            run_sek += sek;
        }
        self.total.sek += run_sek;
        // A lone document (a sparse match) has values or not: no look-up needed.
        let documents = if run.len() == 1 {
            u32::from(any)
        } else {
            sums.docs_with_values(run)
        };
        self.total.documents += documents as usize;
    }

    /// Adds the total of each release of `run` to each of its groups, and once to the
    /// grand total.
    fn add_totals(&mut self, run: Range<DocId>) {
        let Source::Facets {
            totals, ords, kind, ..
        } = &mut self.source
        else {
            return;
        };
        for (doc, doc_ords) in ords.docs_of_run(run).iter() {
            let mut of_kind = doc_ords.iter().filter(|ord| kind.contains(ord)).peekable();
            if of_kind.peek().is_none() {
                continue;
            }
            let Some(total) = totals.first(doc).filter(|&total| total > 0) else {
                continue;
            };
            for &ord in of_kind {
                self.groups[(ord - kind.start) as usize].add(total);
            }
            self.total.add(total);
        }
    }
}

impl SegmentCollector for SegmentSums {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.matched += 1;
        if let Some(run) = self.runs.push(doc) {
            self.add(run);
        }
    }

    fn harvest(mut self) -> SegmentFruit {
        if let Some(run) = self.runs.finish() {
            self.add(run);
        }
        let mut facet = Facet::root();
        let mut name_of = |group: usize| -> Option<String> {
            match &self.source {
                Source::Regions { groups, .. } => groups.names.get(group).cloned(),
                Source::Facets { facets, kind, .. } => {
                    facets
                        .facet_from_ord(kind.start + group as u64, &mut facet)
                        .ok()?;
                    Some(facet.to_path().get(1)?.to_string())
                }
                Source::Empty => None,
            }
        };
        let groups = self
            .groups
            .iter()
            .enumerate()
            .filter(|(_, tally)| tally.documents > 0)
            .filter_map(|(group, &tally)| Some((name_of(group)?, tally)))
            .collect();
        SegmentFruit {
            groups,
            total: self.total,
            matched: self.matched,
        }
    }
}

/// The facets that name a grouping's groups; none for regions, whose sums are their own.
fn facet_kind(by: GroupBy) -> Option<&'static str> {
    match by {
        GroupBy::Agreement => Some(FACET_AGREEMENT),
        GroupBy::Minister => Some(FACET_MINISTER),
        GroupBy::Organization => Some(FACET_ORG),
        GroupBy::Year => Some(FACET_YEAR),
        GroupBy::Region => None,
    }
}

/// The ordinals of the facets under `/kind/` in one segment: a run, as facets sort by
/// their path, found by two look-ups in the dictionary.
fn facet_ords(facets: &FacetReader, kind: &str) -> tantivy::Result<Range<u64>> {
    let dictionary = facets.facet_dict();
    let terms = dictionary.num_terms() as u64;
    let ord_at_or_after = |key: String| -> tantivy::Result<u64> {
        Ok(match dictionary.term_ord_or_next(key)? {
            TermOrdHit::Exact(ord) | TermOrdHit::Next(ord) => ord.min(terms),
        })
    };
    let kind = Facet::from_path([kind]);
    // Under the kind, a path goes on with the separator 0; the next byte bounds them all.
    let start = ord_at_or_after(format!("{}\0", kind.encoded_str()))?;
    let end = ord_at_or_after(format!("{}\u{1}", kind.encoded_str()))?;
    Ok(start..end.max(start))
}

/// The sums tied to a region, each once (see the module doc).
fn region_amounts(entities: &StoredEntities) -> Vec<(String, u64)> {
    let mut kept: Vec<(&str, Option<&str>, u64)> = Vec::new();
    for amount in &entities.amounts {
        let Some(region) = amount.region.as_deref() else {
            continue;
        };
        let Some(sek) = amount.granted().filter(|_| !amount.is_total) else {
            continue;
        };
        let table = amount.table.as_deref();
        let repeated = kept
            .iter()
            .any(|&(r, t, other)| r == region && t == table && other == sek);
        if !repeated {
            kept.push((region, table, sek));
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
    use crate::IndexedDocument;

    /// An archive of `releases` (named by their position), with `deleted` removed
    /// after they were committed.
    fn archive_of(dir: &std::path::Path, releases: &[String], deleted: &[usize]) -> Archive {
        let archive = Archive::open_or_create(dir).unwrap();
        let mut writer = archive.writer().unwrap();
        for (n, text) in releases.iter().enumerate() {
            let path = format!("{n}.txt");
            writer
                .upsert(IndexedDocument {
                    path: &path,
                    hash: "h",
                    stamp: None,
                    extraction: pressarkiv_normalize::extract(text),
                })
                .unwrap();
        }
        writer.commit().unwrap();
        for n in deleted {
            writer.delete(&format!("{n}.txt"));
        }
        writer.commit().unwrap();
        archive.reload().unwrap();
        archive
    }

    #[test]
    fn deleted_releases_add_nothing_and_every_grouping_adds_up() {
        let regions = ["Skåne", "Halland", "Gotland", "Uppsala"];
        let releases: Vec<String> = (0..40)
            .map(|n| {
                let region = regions[n % regions.len()];
                let other = regions[(n / 3) % regions.len()];
                let agreement = if n % 5 == 0 {
                    ""
                } else {
                    "Överenskommelse om god och nära vård. "
                };
                format!(
                    "Pengar nummer {n}\n\nPublicerad {} mars 20{}. {agreement}Region {region} får \
                     {} miljoner kronor och Region {other} får {} miljoner kronor, säger \
                     socialminister Lena Hallengren.",
                    n % 28 + 1,
                    15 + n % 8,
                    n + 1,
                    2 * n + 3,
                )
            })
            .collect();
        let deleted = [0, 7, 8, 9, 23, 39];
        let kept: Vec<String> = releases
            .iter()
            .enumerate()
            .filter(|(n, _)| !deleted.contains(n))
            .map(|(_, text)| text.clone())
            .collect();
        let with_deletes = tempfile::tempdir().unwrap();
        let with_deletes = archive_of(with_deletes.path(), &releases, &deleted);
        let never_had = tempfile::tempdir().unwrap();
        let never_had = archive_of(never_had.path(), &kept, &[]);
        for by in [
            GroupBy::Region,
            GroupBy::Agreement,
            GroupBy::Minister,
            GroupBy::Year,
        ] {
            for query in ["*", "skåne", "region:halland"] {
                let ours = with_deletes.stats(query, by, false).unwrap();
                let theirs = never_had.stats(query, by, false).unwrap();
                assert!(!ours.groups.is_empty(), "{by:?} {query}");
                assert_eq!(ours, theirs, "{by:?} {query}");
            }
        }
        let all = with_deletes.stats("*", GroupBy::Region, false).unwrap();
        assert_eq!(all.matched, kept.len());
        assert_eq!(all.total.documents, kept.len());
    }

    #[test]
    fn no_two_regions_share_a_code() {
        let regions = [
            "Stockholm",
            "Uppsala",
            "Södermanland",
            "Östergötland",
            "Jönköping",
            "Kronoberg",
            "Kalmar",
            "Gotland",
            "Blekinge",
            "Skåne",
            "Halland",
            "Västra Götaland",
            "Värmland",
            "Örebro",
            "Västmanland",
            "Dalarna",
            "Gävleborg",
            "Västernorrland",
            "Jämtland",
            "Västerbotten",
            "Norrbotten",
        ];
        let mut codes: Vec<u16> = regions
            .iter()
            .map(|region| {
                let canonical = pressarkiv_normalize::region_canonical(region)
                    .unwrap_or_else(|| panic!("{region} is a region"));
                region_code(canonical)
            })
            .collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), regions.len());
    }

    #[test]
    fn a_region_sum_unpacks_to_its_code_and_kronor() {
        let packed = pack_region_sek("Skåne", 44_300_000);
        assert_eq!(packed & SEK_MASK, 44_300_000);
        assert_eq!(packed >> SEK_BITS, u64::from(region_code("Skåne")));
        assert_eq!(pack_region_sek("Skåne", u64::MAX) & SEK_MASK, SEK_MASK);
    }

    #[test]
    fn rounded_restatement_is_recognized() {
        assert!(rounds_to(44_300_000, 44_000_000));
        assert!(!rounds_to(44_300_000, 8_800_000));
        assert!(!rounds_to(44_000_000, 44_300_000));
        assert_eq!(significant_digits(2_111_000_000), 4);
    }
}
