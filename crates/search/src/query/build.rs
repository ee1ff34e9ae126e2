//! Syntax tree → tantivy query. Words go through the same analyzers as the indexed text,
//! so the query "miljarder" meets the indexed "miljard".

use std::cell::RefCell;
use std::ops::Bound;
use std::sync::Arc;

use pressarkiv_normalize::Date;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, ExistsQuery, FuzzyTermQuery,
    InvertedIndexRangeQuery, Occur, Query as TantivyQuery,
};
use tantivy::schema::Field;
use tantivy::tokenizer::TokenizerManager;
use tantivy::{DateTime, Term};

use super::all_of::AllOf;
use super::any_of::AnyOf;
use super::folded::{FoldedTermQuery, Spellings};
use super::lexer::Comparison;
use super::parser::{FieldName, FieldValue, Node};
use super::phrase::ExactPhrase;
use super::term::ScoredTerm;
use super::typo::UnlessKnown;
use crate::analysis::{self, FOLDED_QUERY, NAME, SWEDISH_QUERY};
use crate::document::{from_unix_seconds, to_tantivy};
use crate::error::SearchError;
use crate::schema::{Fields, AMOUNT, PUBLISHED};

/// A title match is worth more than the same words deep in the body.
const TITLE_BOOST: f32 = 2.0;
/// A word naming an entity of the release (a minister, an agreement, a region, an
/// organization) is worth more than the same word in running text.
const ENTITY_BOOST: f32 = 1.5;
/// A match only after folding å, ä, ö ranks below the exact spelling.
const FOLDED_BOOST: f32 = 0.4;
/// A typo match is a constant-score guess and ranks below any real match.
const FUZZY_BOOST: f32 = 0.2;
/// Words shorter than this get no typo tolerance: one edit changes them too much.
const FUZZY_MIN_CHARS: usize = 5;

pub struct Builder<'a> {
    pub query: &'a str,
    pub fields: &'a Fields,
    pub tokenizers: &'a TokenizerManager,
    /// No typo tolerance.
    pub exact: bool,
    /// The entity filters met while building, to highlight what they matched.
    pub filters: RefCell<Vec<EntityFilter>>,
    /// The folded terms looked up, to highlight the spellings they matched.
    pub folded: RefCell<Vec<String>>,
    /// Their spellings in the index, found once for the query and its snippets.
    pub spellings: Arc<Spellings>,
}

/// An entity filter of the query, kept so that a hit can highlight what it matched.
#[derive(Debug, Clone, PartialEq)]
pub enum EntityFilter {
    /// minister:, region:, org:, agreement: with the value's analyzed terms.
    Name {
        field: FieldName,
        terms: Vec<String>,
    },
    /// amount: with its bounds in kronor.
    Amount { low: Bound<u64>, high: Bound<u64> },
}

type Built = Box<dyn TantivyQuery>;

/// Folded `terms` in a text field: each matches the indexed terms that fold to it
/// ("ostergotland" finds "östergötland"). A spelling the exact query (`exact`) already
/// looks up is not counted again.
fn folded_in(
    field: Field,
    terms: &[String],
    exact: &[String],
    spellings: &Arc<Spellings>,
) -> Built {
    let skip = match exact {
        [one] => Some(one.as_str()),
        _ => None,
    };
    match terms {
        [] => Box::new(EmptyQuery),
        [one] => Box::new(FoldedTermQuery::new(
            field,
            one,
            skip,
            Arc::clone(spellings),
        )),
        many => Box::new(BooleanQuery::new(
            many.iter()
                .map(|text| {
                    let query: Built = Box::new(FoldedTermQuery::new(
                        field,
                        text,
                        None,
                        Arc::clone(spellings),
                    ));
                    (Occur::Must, query)
                })
                .collect(),
        )),
    }
}

/// Whether every word of `text` is a function word, spelled as the stop word list spells
/// it ("för", not "for").
fn is_stop_word_as_typed(text: &str) -> bool {
    let words = analysis::lower_case_words(text);
    !words.is_empty() && words.iter().all(|word| analysis::is_stop_word(word))
}

impl Builder<'_> {
    pub fn build(&self, node: &Node) -> Result<Built, SearchError> {
        Ok(match node {
            Node::All => Box::new(AllQuery),
            Node::Text { text, phrase } => self.free_text(text, *phrase)?,
            Node::Field {
                field,
                value,
                position,
            } => self.field(*field, value, *position)?,
            Node::And(parts) => self.boolean(parts, Occur::Must)?,
            Node::Or(parts) => self.boolean(parts, Occur::Should)?,
            Node::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Built),
                (Occur::MustNot, self.build(inner)?),
            ])),
        })
    }

    fn boolean(&self, parts: &[Node], occur: Occur) -> Result<Built, SearchError> {
        let mut clauses = Vec::with_capacity(parts.len());
        let mut required_parts = Vec::new();
        let mut optional = Vec::new();
        let all_stop_words = parts.iter().all(|part| self.is_stop_word(part));
        let is_optional = |part: &Node| !all_stop_words && self.is_stop_word(part);
        for part in parts {
            match (part, occur) {
                // A negated part inside AND is a plain MUST_NOT clause, so "vård -cancer"
                // ranks by "vård" alone.
                (Node::Not(inner), Occur::Must) => {
                    clauses.push((Occur::MustNot, self.build(inner)?));
                }
                // "och", "för", "i" among other words: optional, so they neither exclude
                // a release nor dominate the score.
                (part, Occur::Must) if is_optional(part) => {
                    optional.push(self.build(part)?);
                }
                (part, Occur::Must) => required_parts.push(self.build(part)?),
                _ => clauses.push((occur, self.build(part)?)),
            }
        }
        // The parts that must all match are one clause (see `AllOf`), or the whole query
        // when nothing else is asked.
        match required_parts.len() {
            0 => {}
            1 => clauses.extend(required_parts.into_iter().map(|part| (Occur::Must, part))),
            _ if clauses.is_empty() && optional.is_empty() => {
                return Ok(Box::new(AllOf::new(required_parts)));
            }
            _ => clauses.push((Occur::Must, Box::new(AllOf::new(required_parts)))),
        }
        // One clause for all of them, looked at only where the other words match (see
        // `AnyOf`): they are in most releases.
        if !optional.is_empty() {
            clauses.push((Occur::Should, Box::new(AnyOf::new(optional))));
        }
        if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    fn is_stop_word(&self, node: &Node) -> bool {
        match node {
            Node::Text {
                text,
                phrase: false,
            } => is_stop_word_as_typed(text),
            _ => false,
        }
    }

    /// Free text matches the title (boosted), the body, the entity names (boosted), the
    /// diacritics-folded copies (lower), and, unless `exact` or the word is common in the
    /// archive, words one typo away (lowest): an [`AnyOf`] of these alternatives.
    fn free_text(&self, text: &str, phrase: bool) -> Result<Built, SearchError> {
        let terms = analysis::terms(self.tokenizers, SWEDISH_QUERY, text);
        let names = analysis::terms(self.tokenizers, NAME, text);
        if terms.is_empty() {
            return Err(self.no_words(text));
        }
        let fields = self.fields;
        let boosted =
            |query: Built, boost: f32| -> Built { Box::new(BoostQuery::new(query, boost)) };
        let mut alternatives: Vec<Built> = vec![
            boosted(self.text_in(fields.title, &terms, true), TITLE_BOOST),
            self.text_in(fields.body, &terms, true),
            boosted(self.text_in(fields.agreement, &terms, true), ENTITY_BOOST),
        ];
        for field in [fields.minister, fields.region, fields.org] {
            alternatives.push(boosted(self.text_in(field, &names, true), ENTITY_BOOST));
        }
        // A function word spelled as the list spells it is what its writer meant: its
        // folded and misspelled neighbours ("pa" for "på") are other function words.
        if !phrase && !is_stop_word_as_typed(text) {
            let folded = analysis::terms(self.tokenizers, FOLDED_QUERY, text);
            for field in [fields.title, fields.body] {
                let folded = folded_in(field, &folded, &terms, &self.spellings);
                alternatives.push(boosted(folded, FOLDED_BOOST));
            }
            self.folded.borrow_mut().extend(folded);
            if let ([stemmed], false) = (terms.as_slice(), self.exact) {
                // Both the stem and the word as typed: "hallengrn" is one edit from the
                // stem of "Hallengren", "hallengren" one edit from "Hallengrem".
                let mut typed: String = text
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect();
                if typed == *stemmed {
                    typed.clear();
                }
                let mut typos: Vec<(Occur, Built)> = Vec::new();
                for term in [stemmed, &typed] {
                    if term.chars().count() < FUZZY_MIN_CHARS {
                        continue;
                    }
                    for field in [fields.title, fields.body] {
                        let fuzzy =
                            FuzzyTermQuery::new(Term::from_field_text(field, term), 1, true);
                        typos.push((Occur::Should, boosted(Box::new(fuzzy), FUZZY_BOOST)));
                    }
                }
                if !typos.is_empty() {
                    let exact = [fields.title, fields.body]
                        .map(|field| Term::from_field_text(field, stemmed))
                        .to_vec();
                    let typos = BooleanQuery::new(typos);
                    alternatives.push(Box::new(UnlessKnown::new(exact, typos)));
                }
            }
        }
        Ok(Box::new(AnyOf::new(alternatives)))
    }

    /// Searching for punctuation alone would silently find nothing: say so instead.
    fn no_words(&self, text: &str) -> SearchError {
        let position = self.query.find(text).unwrap_or(0);
        SearchError::query(
            self.query,
            position,
            format!("'{text}' has no letters or digits to search for"),
        )
    }

    /// One term: a term query. Several (a phrase, or "hälso-och" split by the analyzer):
    /// a phrase query when `phrase`, else all of them.
    fn text_in(&self, field: Field, terms: &[String], phrase: bool) -> Built {
        let to_term = |text: &String| Term::from_field_text(field, text);
        match terms {
            [] => Box::new(EmptyQuery),
            [one] => Box::new(ScoredTerm::new(to_term(one))),
            many if phrase => Box::new(ExactPhrase::new(many.iter().map(to_term).collect())),
            many => Box::new(BooleanQuery::new(
                many.iter()
                    .map(|text| {
                        let query: Built = Box::new(ScoredTerm::new(to_term(text)));
                        (Occur::Must, query)
                    })
                    .collect(),
            )),
        }
    }

    fn field(
        &self,
        field: FieldName,
        value: &FieldValue,
        position: usize,
    ) -> Result<Built, SearchError> {
        let (tantivy_field, analyzer) = match field {
            FieldName::Minister => (self.fields.minister, NAME),
            FieldName::Region => (self.fields.region, NAME),
            FieldName::Org => (self.fields.org, NAME),
            FieldName::Agreement => (self.fields.agreement, SWEDISH_QUERY),
            FieldName::Title => (self.fields.title, SWEDISH_QUERY),
            FieldName::Amount => return self.amount(value, position),
            FieldName::Published => return self.published(value, position),
        };
        let FieldValue::Text(text) = value else {
            return Err(SearchError::query(
                self.query,
                position,
                "comparisons and ranges work on amount: and published: only",
            ));
        };
        let terms = analysis::terms(self.tokenizers, analyzer, text);
        if terms.is_empty() {
            return Err(self.no_words(text));
        }
        // Releases store a region's or body's canonical name: any other name of it
        // (region:vgr, region:"jönköpings län", org:msb) finds what that name finds.
        let canonical = match field {
            FieldName::Region => pressarkiv_normalize::region_canonical(text),
            FieldName::Org => pressarkiv_normalize::org_canonical(text),
            _ => None,
        };
        let canonical_terms = canonical
            .map(|name| analysis::terms(self.tokenizers, analyzer, name))
            .filter(|canonical_terms| *canonical_terms != terms);
        if field != FieldName::Title {
            // Highlighting looks for the name the release stores.
            self.filters.borrow_mut().push(EntityFilter::Name {
                field,
                terms: canonical_terms.clone().unwrap_or_else(|| terms.clone()),
            });
        }
        // Names are matched as a phrase: minister:"acko ankarberg" must be one person.
        let as_typed = self.text_in(tantivy_field, &terms, true);
        Ok(match canonical_terms {
            Some(canonical_terms) => Box::new(BooleanQuery::new(vec![
                (Occur::Should, as_typed),
                (
                    Occur::Should,
                    self.text_in(tantivy_field, &canonical_terms, true),
                ),
            ])),
            None => as_typed,
        })
    }

    fn amount(&self, value: &FieldValue, position: usize) -> Result<Built, SearchError> {
        let field = self.fields.amount;
        let sek = |text: &str| {
            pressarkiv_normalize::parse_sek(text).ok_or_else(|| {
                SearchError::query(
                    self.query,
                    position,
                    format!(
                        "'{text}' is not an amount of money; write e.g. amount:>=1000000000, \
                         amount:>\"1 miljard\", amount:>=500mnkr or amount:[5000000 TO 50000000]"
                    ),
                )
            })
        };
        let (low, high) = match value {
            FieldValue::Text(text) => {
                let value = sek(text)?;
                (Bound::Included(value), Bound::Included(value))
            }
            FieldValue::Compare(comparison, text) => {
                let value = sek(text)?;
                match comparison {
                    Comparison::Greater => (Bound::Excluded(value), Bound::Unbounded),
                    Comparison::GreaterOrEqual => (Bound::Included(value), Bound::Unbounded),
                    Comparison::Less => (Bound::Unbounded, Bound::Excluded(value)),
                    Comparison::LessOrEqual => (Bound::Unbounded, Bound::Included(value)),
                }
            }
            FieldValue::Range {
                low,
                high,
                inclusive,
            } => {
                let bound = |side: &Option<String>| -> Result<Bound<u64>, SearchError> {
                    Ok(match side {
                        None => Bound::Unbounded,
                        Some(text) if *inclusive => Bound::Included(sek(text)?),
                        Some(text) => Bound::Excluded(sek(text)?),
                    })
                };
                (bound(low)?, bound(high)?)
            }
        };
        self.filters
            .borrow_mut()
            .push(EntityFilter::Amount { low, high });
        let term = |value: u64| Term::from_field_u64(field, value);
        // The indexed amounts, not the fast column: the column's range maps every matching
        // value back to its release by a scan, which took a fifth of an amount search over
        // a million releases; the postings of the amounts in range name the releases.
        if matches!((low, high), (Bound::Unbounded, Bound::Unbounded)) {
            return Ok(any_value(AMOUNT));
        }
        Ok(Box::new(InvertedIndexRangeQuery::new(
            low.map(term),
            high.map(term),
        )))
    }

    fn published(&self, value: &FieldValue, position: usize) -> Result<Built, SearchError> {
        let field = self.fields.published;
        let period = |text: &str| {
            date_period(text).map_err(|reason| {
                SearchError::query(
                    self.query,
                    position,
                    format!(
                        "{reason}; write published:2022, published:2022-01, \
                         published:2022-01-29 or published:[2015-01-01 TO 2015-12-31]"
                    ),
                )
            })
        };
        let term = |date: DateTime| Term::from_field_date_for_search(field, date);
        let (low, high) = match value {
            FieldValue::Text(text) => {
                let (start, end) = period(text)?;
                (Bound::Included(term(start)), Bound::Excluded(term(end)))
            }
            FieldValue::Compare(comparison, text) => {
                let (start, end) = period(text)?;
                match comparison {
                    Comparison::Greater => (Bound::Included(term(end)), Bound::Unbounded),
                    Comparison::GreaterOrEqual => (Bound::Included(term(start)), Bound::Unbounded),
                    Comparison::Less => (Bound::Unbounded, Bound::Excluded(term(start))),
                    Comparison::LessOrEqual => (Bound::Unbounded, Bound::Excluded(term(end))),
                }
            }
            FieldValue::Range {
                low,
                high,
                inclusive,
            } => {
                let low = match low {
                    None => Bound::Unbounded,
                    Some(text) if *inclusive => Bound::Included(term(period(text)?.0)),
                    Some(text) => Bound::Included(term(period(text)?.1)),
                };
                let high = match high {
                    None => Bound::Unbounded,
                    Some(text) if *inclusive => Bound::Excluded(term(period(text)?.1)),
                    Some(text) => Bound::Excluded(term(period(text)?.0)),
                };
                (low, high)
            }
        };
        if matches!((&low, &high), (Bound::Unbounded, Bound::Unbounded)) {
            return Ok(any_value(PUBLISHED));
        }
        // As for amounts, the indexed dates, not the fast column.
        Ok(Box::new(InvertedIndexRangeQuery::new(low, high)))
    }
}

/// `[* TO *]`: the releases with any value in the field (tantivy's ranges need a bound).
fn any_value(field_name: &str) -> Built {
    Box::new(ExistsQuery::new(field_name.to_string(), false))
}

/// "2022" → [2022-01-01, 2023-01-01); "2022-03" → the month; "2022-03-04" → the day.
/// An error says why the text is no date ("'2015-02-31': februari 2015 has 28 days").
fn date_period(text: &str) -> Result<(DateTime, DateTime), String> {
    let not_a_date = || format!("'{text}' is not a date");
    let number = |part: &str| part.parse::<i32>().ok();
    let parts: Vec<&str> = text.split('-').collect();
    let (start, end) = match parts.as_slice() {
        [year] if year.len() == 4 => {
            let year = number(year).ok_or_else(not_a_date)?;
            (Date::new(year, 1, 1), Date::new(year + 1, 1, 1))
        }
        [year, month] if year.len() == 4 => {
            let (year, month) = (
                number(year).ok_or_else(not_a_date)?,
                number(month).ok_or_else(not_a_date)?,
            );
            let month = u8::try_from(month).map_err(|_| not_a_date())?;
            let (next_year, next_month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
            (
                Date::new(year, month, 1),
                Date::new(next_year, next_month, 1),
            )
        }
        [_, _, _] => {
            let day = Date::parse_iso(text).map_err(|e| e.to_string())?;
            let start = to_tantivy(day);
            let end = from_unix_seconds(day.unix_seconds() + 86_400);
            return Ok((start, end));
        }
        _ => return Err(not_a_date()),
    };
    match (start, end) {
        (Some(start), Some(end)) => Ok((to_tantivy(start), to_tantivy(end))),
        _ => Err(not_a_date()),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use crate::document::format_iso_date;

    fn period(text: &str) -> (String, String) {
        let (start, end) = date_period(text).unwrap();
        (format_iso_date(start), format_iso_date(end))
    }

    #[test]
    fn date_periods_cover_a_year_a_month_or_a_day() {
        assert_eq!(period("2016"), ("2016-01-01".into(), "2017-01-01".into()));
        assert_eq!(
            period("2016-12"),
            ("2016-12-01".into(), "2017-01-01".into())
        );
        assert_eq!(
            period("2016-02-29"),
            ("2016-02-29".into(), "2016-03-01".into())
        );
    }

    /// Found by the `query` fuzz target: tantivy's dates end in 2262, and a later year
    /// overflowed while the query was built.
    #[test]
    fn years_past_what_the_index_can_hold_find_nothing_rather_than_overflow() {
        for text in ["4110", "4110-05", "4110-05-01", "1000", "1000-01-01"] {
            let (start, end) = date_period(text).unwrap();
            assert!(start <= end, "{text}");
        }
        // The last year `time` knows has no next one to end the period: an error.
        assert!(date_period("9999-12").is_err());
    }

    #[test]
    fn a_day_that_does_not_exist_is_an_error_that_says_why() {
        assert_eq!(
            date_period("2015-02-31").unwrap_err(),
            "'2015-02-31': februari 2015 has 28 days"
        );
        assert!(date_period("2015-13").is_err());
        assert!(date_period("igår").is_err());
    }
}
