//! The index schema, in one place, and the handles of its fields.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

use crate::analysis::{NAME, SWEDISH};

/// Handles of every field, looked up once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Path relative to the corpus root: the document's identity.
    pub path: Field,
    /// A short stable id derived from the path (see [`crate::document_id`]), so that a
    /// web request names a document without naming a file.
    pub id: Field,
    /// Content hash of the source file, to skip unchanged files.
    pub hash: Field,
    /// The source file's size, times and inode when it was read, if it had settled: a
    /// file whose stamp is unchanged is not even read.
    pub stamp: Field,
    pub title: Field,
    /// The whole cleaned text, indexed, not stored: [`Self::shown`] is what a reader sees.
    pub body: Field,
    /// The text a hit's snippet and the document view show, stored only: the body, or
    /// for a huge file its first [`crate::document::MAX_SHOWN_BYTES`].
    pub shown: Field,
    /// The length of the whole body in bytes, stored only when `shown` is cut short.
    pub body_bytes: Field,
    /// Facets: /minister/…, /agreement/…, /region/…, /org/…, /year/….
    pub facets: Field,
    pub minister: Field,
    pub agreement: Field,
    pub region: Field,
    pub org: Field,
    /// Every amount in the document, in SEK (multi-valued).
    pub amount: Field,
    /// The largest amount, for sorting.
    pub max_amount: Field,
    pub published: Field,
    /// The entities as JSON, stored only, for display.
    pub entities: Field,
    /// The release's own total in SEK (see [`crate::stats`]), for sums by any group but
    /// region.
    pub total_sek: Field,
    /// The sums tied to each region, each a region's code and SEK packed in one number
    /// (see [`crate::stats`]): adding up a million releases reads numbers, not documents.
    pub region_sek: Field,
    /// The names of the regions in `region_sek`, to turn codes back into names.
    pub region_names: Field,
}

pub const PATH: &str = "path";
pub const ID: &str = "id";
pub const HASH: &str = "hash";
pub const STAMP: &str = "stamp";
pub const PUBLISHED: &str = "published";
pub const AMOUNT: &str = "amount";
pub const MAX_AMOUNT: &str = "max_amount";
pub const FACETS: &str = "facets";
pub const TOTAL_SEK: &str = "total_sek";
pub const REGION_SEK: &str = "region_sek";
pub const REGION_NAMES: &str = "region_names";
pub const SHOWN: &str = "shown";
pub const BODY_BYTES: &str = "body_bytes";

/// Builds pressarkiv's schema.
pub fn build() -> Schema {
    let mut builder = Schema::builder();
    let text = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    builder.add_text_field(PATH, STRING | STORED | FAST);
    builder.add_text_field(ID, STRING | STORED);
    builder.add_text_field(HASH, STRING | STORED | FAST);
    builder.add_text_field(STAMP, FAST);
    builder.add_text_field("title", text(SWEDISH).set_stored());
    builder.add_text_field("body", text(SWEDISH));
    builder.add_text_field(SHOWN, STORED);
    builder.add_u64_field(BODY_BYTES, STORED);
    builder.add_facet_field(FACETS, FacetOptions::default());
    builder.add_text_field("minister", text(NAME));
    builder.add_text_field("agreement", text(SWEDISH));
    builder.add_text_field("region", text(NAME));
    builder.add_text_field("org", text(NAME));
    builder.add_u64_field(AMOUNT, NumericOptions::default().set_indexed().set_fast());
    builder.add_u64_field(
        MAX_AMOUNT,
        NumericOptions::default().set_fast().set_stored(),
    );
    builder.add_date_field(
        PUBLISHED,
        DateOptions::default()
            .set_indexed()
            .set_fast()
            .set_stored()
            .set_precision(DateTimePrecision::Seconds),
    );
    builder.add_text_field("entities", STORED);
    builder.add_u64_field(TOTAL_SEK, FAST);
    builder.add_u64_field(REGION_SEK, FAST);
    builder.add_text_field(REGION_NAMES, FAST);
    builder.build()
}

impl Fields {
    /// Looks up every field of `schema`; `None` when the schema is not pressarkiv's.
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let field = |name: &str| schema.get_field(name).ok();
        Some(Fields {
            path: field(PATH)?,
            id: field(ID)?,
            hash: field(HASH)?,
            stamp: field(STAMP)?,
            title: field("title")?,
            body: field("body")?,
            shown: field(SHOWN)?,
            body_bytes: field(BODY_BYTES)?,
            facets: field(FACETS)?,
            minister: field("minister")?,
            agreement: field("agreement")?,
            region: field("region")?,
            org: field("org")?,
            amount: field(AMOUNT)?,
            max_amount: field(MAX_AMOUNT)?,
            published: field(PUBLISHED)?,
            entities: field("entities")?,
            total_sek: field(TOTAL_SEK)?,
            region_sek: field(REGION_SEK)?,
            region_names: field(REGION_NAMES)?,
        })
    }
}
