//! [`FacetTally`]: how many matches carry each facet, one counter per facet ordinal of a
//! segment, named once per segment when the segment is done.
//!
//! tantivy's `FacetCollector` maps every ordinal of every match to the facet it counts
//! under with a search per ordinal; over all of a million releases that was the larger
//! part of a search with facets. pressarkiv's facets are all `/kind/value`, counted as
//! they are, so a plain counter per ordinal does the same work.

use rustc_hash::FxHashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::doc_values::{DocValues, Runs};
use crate::schema::FACETS;

/// Counts per facet, keyed by (kind, value).
pub(crate) type FacetTallies = FxHashMap<(String, String), u64>;

/// Collects [`FacetTallies`] over the matches of a search.
pub(crate) struct FacetTally;

impl Collector for FacetTally {
    type Fruit = FacetTallies;
    type Child = SegmentFacetTally;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetTally> {
        // A segment without a facets column (no document in it has any) counts nothing.
        let Some(column) = reader.fast_fields().str(FACETS)? else {
            return Ok(SegmentFacetTally {
                facets: None,
                runs: Runs::default(),
                counts: Vec::new(),
            });
        };
        let counts = vec![0u32; column.num_terms()];
        let ords = DocValues::new(column.ords().clone());
        Ok(SegmentFacetTally {
            facets: Some((FacetReader::new(column), ords)),
            runs: Runs::default(),
            counts,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<FacetTallies>) -> tantivy::Result<FacetTallies> {
        let mut total = FacetTallies::default();
        for segment in segments {
            for (facet, count) in segment {
                *total.entry(facet).or_default() += count;
            }
        }
        Ok(total)
    }
}

/// [`FacetTally`] in one segment.
pub(crate) struct SegmentFacetTally {
    /// The facets' names, and each document's facet ordinals.
    facets: Option<(FacetReader, DocValues)>,
    /// The matches not yet counted.
    runs: Runs,
    counts: Vec<u32>,
}

impl SegmentFacetTally {
    fn count(&mut self, run: std::ops::Range<DocId>) {
        let Some((_, ords)) = &mut self.facets else {
            return;
        };
        for &ord in ords.of_run(run) {
            if let Some(count) = self.counts.get_mut(ord as usize) {
                *count += 1;
            }
        }
    }
}

impl SegmentCollector for SegmentFacetTally {
    type Fruit = FacetTallies;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(run) = self.runs.push(doc) {
            self.count(run);
        }
    }

    fn harvest(mut self) -> FacetTallies {
        if let Some(run) = self.runs.finish() {
            self.count(run);
        }
        let mut out = FacetTallies::default();
        let Some((facets, _)) = &self.facets else {
            return out;
        };
        let mut facet = Facet::root();
        for (ord, &count) in self.counts.iter().enumerate() {
            if count == 0 || facets.facet_from_ord(ord as u64, &mut facet).is_err() {
                continue;
            }
            if let [kind, value] = facet.to_path().as_slice() {
                out.insert((kind.to_string(), value.to_string()), u64::from(count));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::FacetCollector;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::Term;

    use super::*;
    use crate::{Archive, IndexedDocument};

    #[test]
    fn counts_what_tantivy_s_facet_collector_counts() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive::open_or_create(dir.path()).unwrap();
        let mut writer = archive.writer().unwrap();
        let releases = [
            "Pengar till vården\n\nPublicerad 3 mars 2021. Region Skåne och Region Halland får \
             10 miljoner kronor, säger socialminister Lena Hallengren. Socialstyrelsen följer upp.",
            "Mer till skolan\n\nPublicerad 4 april 2022. Skolverket ger Region Skåne 5 miljoner \
             kronor, säger utbildningsminister Lotta Edholm.",
            "Vården igen\n\nPublicerad 5 maj 2022. Överenskommelse om ökad tillgänglighet i \
             hälso- och sjukvården med Region Halland, säger socialminister Lena Hallengren.",
        ];
        for (n, text) in releases.iter().enumerate() {
            let path = format!("{n}.txt");
            let extraction = pressarkiv_normalize::extract(text);
            writer
                .upsert(IndexedDocument {
                    path: &path,
                    hash: "h",
                    stamp: None,
                    extraction,
                })
                .unwrap();
        }
        writer.commit().unwrap();
        // A deleted release counts no more.
        writer.delete("1.txt");
        writer.commit().unwrap();
        archive.reload().unwrap();
        let searcher = archive.searcher();
        let fields = archive.fields();
        let vard = TermQuery::new(
            Term::from_field_text(fields.body, "vård"),
            IndexRecordOption::Basic,
        );
        let all: &dyn tantivy::query::Query = &AllQuery;
        for query in [all, &vard] {
            let mut theirs = FacetCollector::for_field(FACETS);
            for kind in ["minister", "agreement", "region", "organization", "year"] {
                theirs.add_facet(Facet::from_path([kind]));
            }
            let (ours, theirs) = searcher.search(query, &(FacetTally, theirs)).unwrap();
            let mut expected = FacetTallies::default();
            for kind in ["minister", "agreement", "region", "organization", "year"] {
                for (facet, count) in theirs.get(&format!("/{kind}")) {
                    let path = facet.to_path();
                    expected.insert((path[0].to_string(), path[1].to_string()), count);
                }
            }
            assert!(ours.len() >= 4, "{ours:?}");
            assert_eq!(ours, expected);
        }
    }
}
