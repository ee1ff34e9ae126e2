//! A small index for testing query operators against tantivy's own: three fields, and
//! words spread so that every mix of matches occurs, common and rare.

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TEXT};
use tantivy::{doc, DocAddress, Index, Score, Term};

use super::term::ScoredTerm;

pub(super) type Boxed = Box<dyn Query>;

/// Three fields, words spread so that every mix of matches occurs, in two segments
/// of documents far enough apart for a skip to pass tantivy's 4 096-document buffer.
pub(super) fn index() -> (Index, [Field; 3]) {
    let mut schema = Schema::builder();
    let fields = ["title", "body", "region"].map(|name| schema.add_text_field(name, TEXT));
    let index = Index::create_in_ram(schema.build());
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
    for segment in 0..2u32 {
        for i in 0..20_000u32 {
            let i = i + segment * 7;
            let word = |every: u32, word: &'static str| if i % every == 0 { word } else { "" };
            writer
                .add_document(doc!(
                    fields[0] => format!(
                        "{} {} {} {}",
                        word(3, "vård"),
                        word(10, "skola"),
                        word(13, "omsorg"),
                        word(211, "gles"),
                    ),
                    fields[1] => format!(
                        "{} {} {} {} {} {}",
                        word(5, "vård vård"),
                        word(7, "vård"),
                        word(4001, "skola"),
                        word(2999, "sällsynt"),
                        word(2, "omsorg"),
                        word(307, "gles"),
                    ),
                    fields[2] => format!("{} {}", word(11, "vård"), word(6007, "skola")),
                ))
                .unwrap();
        }
        writer.commit().unwrap();
    }
    (index, fields)
}

/// `word` in each of the three fields, boosted 1, 2 and 3, as tantivy's `TermQuery`.
pub(super) fn alternatives(fields: &[Field; 3], word: &str) -> Vec<Boxed> {
    boosted_in_each(fields, word, |term| {
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
    })
}

/// The same as pressarkiv builds them, with [`ScoredTerm`].
pub(super) fn our_alternatives(fields: &[Field; 3], word: &str) -> Vec<Boxed> {
    boosted_in_each(fields, word, |term| Box::new(ScoredTerm::new(term)))
}

fn boosted_in_each(fields: &[Field; 3], word: &str, query: fn(Term) -> Boxed) -> Vec<Boxed> {
    fields
        .iter()
        .enumerate()
        .map(|(boost, field)| {
            let term = query(Term::from_field_text(*field, word));
            Box::new(BoostQuery::new(term, 1.0 + boost as f32)) as Boxed
        })
        .collect()
}

pub(super) fn as_should(alternatives: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        alternatives
            .into_iter()
            .map(|query| (Occur::Should, query))
            .collect(),
    ))
}

/// Every match with its score, in document order. Read twice, as tantivy reads a query
/// for a page of hits alone (`Weight::for_each_pruning`) and beside a count
/// (`Weight::for_each`, as pressarkiv's searches do): both must agree.
pub(super) fn matches(index: &Index, query: &dyn Query) -> Vec<(DocAddress, Score)> {
    let searcher = index.reader().unwrap().searcher();
    let top = || TopDocs::with_limit(100_000).order_by_score();
    let sorted = |found: Vec<(Score, DocAddress)>| {
        let mut found: Vec<(DocAddress, Score)> = found
            .into_iter()
            .map(|(score, address)| (address, score))
            .collect();
        found.sort_by_key(|(address, _)| *address);
        found
    };
    let (with_count, count) = searcher.search(query, &(top(), Count)).unwrap();
    let with_count = sorted(with_count);
    assert_eq!(with_count.len(), count);
    assert_eq!(sorted(searcher.search(query, &top()).unwrap()), with_count);
    with_count
}

pub(super) fn assert_same(expected: &[(DocAddress, Score)], got: &[(DocAddress, Score)]) {
    assert_eq!(expected.len(), got.len());
    for ((want_doc, want), (doc, score)) in expected.iter().zip(got) {
        assert_eq!(want_doc, doc);
        assert!(
            (want - score).abs() <= 1e-5 * want.abs(),
            "{doc:?}: {want} vs {score}"
        );
    }
}
